// @vitest-environment node
// Pure functions: run without any DOM to prove they need none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampConfidence, displayConfidence, verdictFor } from '../../src/core/verdict';

describe('verdictFor', () => {
  it('is live at or above the threshold and not live below it', () => {
    expect(verdictFor({ confidence: 80, threshold: 80 })).toBe('live');
    expect(verdictFor({ confidence: 99.9, threshold: 80 })).toBe('live');
    expect(verdictFor({ confidence: 79.99, threshold: 80 })).toBe('not-live');
    expect(verdictFor({ confidence: 0, threshold: 0 })).toBe('live');
  });

  it("lets the server's isLive win over the browser's threshold", () => {
    expect(verdictFor({ confidence: 99, threshold: 50, isLive: false })).toBe('not-live');
    expect(verdictFor({ confidence: 10, threshold: 50, isLive: true })).toBe('live');
    expect(verdictFor({ isLive: true })).toBe('live');
    expect(verdictFor({ isLive: false })).toBe('not-live');
  });

  it('gives no verdict without a threshold or without a usable score', () => {
    expect(verdictFor({ confidence: 99 })).toBeUndefined();
    expect(verdictFor({ threshold: 80 })).toBeUndefined();
    expect(verdictFor({ confidence: Number.NaN, threshold: 80 })).toBeUndefined();
    expect(verdictFor({ confidence: 90, threshold: Number.NaN })).toBeUndefined();
    expect(verdictFor({})).toBeUndefined();
  });

  it('clamps out-of-range scores and thresholds before comparing', () => {
    expect(verdictFor({ confidence: 140, threshold: 100 })).toBe('live');
    expect(verdictFor({ confidence: -5, threshold: 0 })).toBe('live');
    expect(verdictFor({ confidence: 50, threshold: 180 })).toBe('not-live');
  });

  it('agrees with a plain comparison for every score and threshold in range (property)', () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(score, score, (confidence, threshold) => {
        expect(verdictFor({ confidence, threshold })).toBe(confidence >= threshold ? 'live' : 'not-live');
      }),
    );
  });
});

describe('clampConfidence', () => {
  it('keeps values in range and clamps the rest', () => {
    expect(clampConfidence(42.5)).toBe(42.5);
    expect(clampConfidence(-1)).toBe(0);
    expect(clampConfidence(100.5)).toBe(100);
  });

  it('reports anything that is not a finite number as unavailable', () => {
    for (const value of [undefined, null, Number.NaN, Infinity, -Infinity, '90', {}]) {
      expect(clampConfidence(value)).toBeUndefined();
    }
  });
});

describe('displayConfidence', () => {
  it('shows one decimal at most, rounded down so it never reaches a threshold the score missed', () => {
    expect(displayConfidence(79.96)).toBe('79.9');
    expect(displayConfidence(80)).toBe('80');
    expect(displayConfidence(99.25)).toBe('99.2');
    expect(displayConfidence(0)).toBe('0');
    expect(displayConfidence(100)).toBe('100');
    // Binary floating point stores 0.3 as 0.2999…; it must still show as 0.3.
    expect(displayConfidence(0.3)).toBe('0.3');
  });

  it('uses the decimal separator of the locale, and survives a bad language tag', () => {
    expect(displayConfidence(93.46, 'es')).toBe('93,4');
    expect(displayConfidence(93.46, 'de')).toBe('93,4');
    expect(displayConfidence(1234.5, 'en')).toBe('1234.5');
    expect(displayConfidence(93.46, 'not a tag!')).toBe('93.4');
  });
});
