// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConfidenceGauge } from '../../src/components/ConfidenceGauge';
import { formatPercent, intlFormatterCount, pluralCategory } from '../../src/core/intl';
import { displayConfidencePercent } from '../../src/core/verdict';
import { arLocale, deLocale, frLocale, jaLocale } from '../../src/displayText/locales';

describe('Intl formatting', () => {
  it('formats percentages in each language, rounded down to one decimal', () => {
    expect(displayConfidencePercent(79.96, 'en')).toBe('79.9%');
    expect(displayConfidencePercent(93.46, 'fr')).toBe('93,4\u00a0%');
    expect(displayConfidencePercent(93.46, 'de')).toBe('93,4\u00a0%');
    expect(displayConfidencePercent(93.46, 'ja')).toBe('93.4%');
    expect(displayConfidencePercent(93.46, 'ar')).toBe('93.4\u200e%\u200e');
    expect(displayConfidencePercent(93.46, 'ar-EG')).toBe('٩٣٫٤٪؜');
    expect(formatPercent(100, 'en')).toBe('100%');
    expect(displayConfidencePercent(93.46, 'not a tag!')).toBe('93.4%');
  });

  it('picks plural categories per language', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory(n, 'ar'))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect([0, 1, 2].map((n) => pluralCategory(n, 'fr'))).toEqual(['one', 'one', 'other']);
    expect(pluralCategory(1, 'ja')).toBe('other');
  });

  it('makes each formatter once: re-renders in known languages create none', () => {
    const packs = [arLocale, deLocale, frLocale, jaLocale];
    const { rerender } = render(<ConfidenceGauge value={50} threshold={80} displayText={arLocale.text} />);
    for (const pack of packs) rerender(<ConfidenceGauge value={51} threshold={80} displayText={pack.text} />);
    const made = intlFormatterCount();
    for (let i = 0; i < 5; i++) {
      for (const pack of packs) rerender(<ConfidenceGauge value={60 + i} threshold={70} displayText={pack.text} />);
    }
    expect(intlFormatterCount()).toBe(made);
  });

  it('keeps at most 64 formatters however many language tags app data brings, and still formats', () => {
    // Private-use tags are well formed and each distinct: 70 of them overflow the cache.
    for (let i = 0; i < 70; i++) expect(formatPercent(12.34, `en-x-t${i}`)).toBe('12.3%');
    expect(intlFormatterCount()).toBe(64);
    // The oldest were dropped, not broken: asked again, they are made again and still right.
    expect(formatPercent(12.34, 'en-x-t0')).toBe('12.3%');
    expect(intlFormatterCount()).toBe(64);
  });

  it('falls back to English for a tag Intl refuses, instead of throwing', () => {
    expect(formatPercent(50, 'not a tag')).toBe('50%');
    expect(pluralCategory(1, '')).toBe('one');
  });
});
