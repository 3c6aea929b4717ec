// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decisionConflict, outcomeOf } from '../../src/core/outcome';
import type { LivenessResults } from '../../src/core/types';

const results = (over: Partial<LivenessResults>): LivenessResults => ({
  sessionId: 's',
  status: 'SUCCEEDED',
  auditImages: [],
  feedback: [],
  ...over,
});

describe('outcomeOf', () => {
  it.each([
    [{ status: 'CREATED' }, 80, 'pending'],
    [{ status: 'IN_PROGRESS' }, 80, 'pending'],
    [{ status: 'FAILED' }, 80, 'service-failed'],
    [{ status: 'EXPIRED' }, 80, 'expired'],
    [{ confidence: 80 }, 80, 'passed'],
    [{ confidence: 79.99 }, 80, 'not-passed'],
    [{ confidence: 97 }, undefined, 'complete'],
    [{ confidence: 97, isLive: false }, 80, 'not-passed'],
    [{ confidence: 12, isLive: true }, 80, 'passed'],
    [{ isLive: true }, undefined, 'passed'],
  ] as const)('%o with threshold %s is %s', (over, threshold, expected) => {
    expect(outcomeOf(results(over), threshold)).toBe(expected);
  });
});

describe('decisionConflict', () => {
  it.each([
    [{ confidence: 97, isLive: false }, 80, 'not-live-above'],
    [{ confidence: 80, isLive: false }, 80, 'not-live-above'],
    [{ confidence: 79.9, isLive: false }, 80, undefined],
    [{ confidence: 12, isLive: true }, 80, 'live-below'],
    [{ confidence: 80, isLive: true }, 80, undefined],
    [{ confidence: 97, isLive: false }, undefined, undefined],
    [{ confidence: 97 }, 80, undefined],
    [{ isLive: false }, 80, undefined],
  ] as const)('%o with threshold %s: %s', (over, threshold, expected) => {
    expect(decisionConflict(results(over), threshold)).toBe(expected);
  });
});
