/**
 * The results view right to left, laid out by Chromium: the layout mirrors (gauge on the right,
 * text aligned right, the arc filling from the right), the pictures and their face boxes do not,
 * and numbers keep their own direction inside Arabic text.
 */
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { LivenessResult } from '../../src/components/LivenessResult';
import type { LivenessResults } from '../../src/core/types';
import { arLocale, enLocale } from '../../src/displayText/locales';
import { astronautJpeg } from '../fixtures/results';

afterEach(() => cleanup());

const box = { left: 0.25, top: 0.1, width: 0.5, height: 0.6 };
const results = (): LivenessResults => ({
  sessionId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  status: 'SUCCEEDED',
  confidence: 93.46,
  referenceImage: { source: { kind: 'bytes', bytes: astronautJpeg }, boundingBox: box },
  auditImages: [{ source: { kind: 'bytes', bytes: astronautJpeg }, boundingBox: box }],
  feedback: [],
});

async function renderIn(locale: typeof arLocale) {
  const { container } = render(
    <div style={{ inlineSize: '720px' }}>
      <LivenessResult results={results()} threshold={80} locale={locale} />
    </div>,
  );
  await waitFor(
    () =>
      expect([...container.querySelectorAll('.rfl-audit-image')].map((e) => e.getAttribute('data-state'))).toEqual([
        'loaded',
        'loaded',
      ]),
    { timeout: 5000 },
  );
  const rect = (selector: string) => container.querySelector(selector)!.getBoundingClientRect();
  return { container, rect };
}

describe('right to left (arLocale) in Chromium', () => {
  it('mirrors the layout: the gauge on the right of the verdict, headings aligned right', async () => {
    const rtl = await renderIn(arLocale);
    const root = rtl.container.querySelector('.rfl-result')!;
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(rtl.rect('.rfl-gauge').left).toBeGreaterThan(rtl.rect('.rfl-result-summary-text').right);
    const card = rtl.rect('.rfl-result');
    const heading = rtl.rect('.rfl-result-reference .rfl-result-subheading');
    expect(card.right - heading.right).toBeLessThan(card.width / 10);
    cleanup();

    const ltr = await renderIn(enLocale);
    expect(ltr.rect('.rfl-gauge').right).toBeLessThan(ltr.rect('.rfl-result-summary-text').left);
  });

  it('mirrors the gauge’s arc but not the pictures, and keeps each box on the face', async () => {
    const { container, rect } = await renderIn(arLocale);
    expect(getComputedStyle(container.querySelector('.rfl-gauge-arc')!).transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    for (const frame of container.querySelectorAll('.rfl-audit-image')) {
      const img = frame.querySelector('img')!;
      expect(getComputedStyle(img).transform).toBe('none');
      expect(getComputedStyle(frame).transform).toBe('none');
      const picture = img.getBoundingClientRect();
      const face = frame.querySelector('.rfl-audit-image-box')!.getBoundingClientRect();
      // Physical left 25% of the picture, as in left to right: not 25% from the right.
      expect(Math.abs(face.left - (picture.left + 0.25 * picture.width))).toBeLessThanOrEqual(1);
      expect(Math.abs(face.width - 0.5 * picture.width)).toBeLessThanOrEqual(1);
    }
    expect(rect('.rfl-result-reference img').width).toBeGreaterThan(0);
  });

  it('isolates numbers: the percentage sits whole at the left end of the Arabic threshold label', async () => {
    const { container } = await renderIn(arLocale);
    const label = container.querySelector('.rfl-gauge-threshold-label')!;
    const value = label.querySelector('bdi')!;
    expect(label.textContent).toBe('الحد الأدنى 80\u200e%\u200e');
    expect(getComputedStyle(value).unicodeBidi).toBe('isolate');
    // Right to left, the label reads from the right: its words first, then the number on the left.
    expect(Math.abs(value.getBoundingClientRect().left - label.getBoundingClientRect().left)).toBeLessThanOrEqual(1);
    expect(value.textContent).toBe('80\u200e%\u200e');
    // The session id is isolated too, so its hyphens and digits do not reorder.
    const session = container.querySelector('.rfl-result-session bdi')!;
    expect(session.textContent).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(getComputedStyle(session).direction).toBe('ltr');
  });
});
