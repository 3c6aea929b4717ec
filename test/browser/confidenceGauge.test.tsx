/**
 * The gauge as Chromium draws it: the arc's filled length follows the value through the
 * stylesheet, the threshold tick sits where the threshold is, and right to left mirrors the arc.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { ConfidenceGauge } from '../../src/components/ConfidenceGauge';

afterEach(() => cleanup());

// No animation, so the computed style is the final one at once.
const still = { ['--rfl-motion-duration' as string]: '0s' };

function renderGauge(value: number, threshold: number, dir: 'ltr' | 'rtl' = 'ltr') {
  const { container } = render(
    <div dir={dir} style={{ inlineSize: '240px', ...still }}>
      <ConfidenceGauge value={value} threshold={threshold} style={{ ['--rfl-gauge-size' as string]: '240px' }} />
    </div>,
  );
  return {
    arc: container.querySelector('svg')!,
    indicator: container.querySelector<SVGPathElement>('.rfl-gauge-indicator')!,
    marker: container.querySelector<SVGLineElement>('.rfl-gauge-threshold')!,
  };
}

describe('the gauge in Chromium', () => {
  it.each([0, 37.5, 79.9, 100])('fills %s of 100 units of the arc', (value) => {
    const { indicator } = renderGauge(value, 80);
    const style = getComputedStyle(indicator);
    expect(parseFloat(style.strokeDashoffset)).toBeCloseTo(100 - value, 3);
    expect(style.strokeDasharray.replace(/px/g, '')).toBe('100, 100');
  });

  it('puts the threshold tick on the arc at the threshold', () => {
    const { arc, marker } = renderGauge(50, 25);
    const arcBox = arc.getBoundingClientRect();
    const tick = marker.getBoundingClientRect();
    // At 25 of 100 the tick points up and to the left at 45°, in the left half and upper part of the arc.
    expect(tick.left + tick.width / 2).toBeLessThan(arcBox.left + arcBox.width / 2);
    expect(tick.top + tick.height / 2).toBeLessThan(arcBox.top + arcBox.height * 0.6);
    expect(Math.abs(tick.width - tick.height)).toBeLessThanOrEqual(1);
  });

  it('mirrors the arc right to left, so that it fills from the inline start', () => {
    const ltr = renderGauge(50, 25).marker.getBoundingClientRect();
    cleanup();
    const { arc, marker } = renderGauge(50, 25, 'rtl');
    const rtl = marker.getBoundingClientRect();
    const box = arc.getBoundingClientRect();
    expect(rtl.left + rtl.width / 2 - box.left).toBeCloseTo(box.right - (ltr.left + ltr.width / 2), 0);
  });
});
