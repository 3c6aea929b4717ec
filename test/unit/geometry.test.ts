// @vitest-environment node
// Pure functions: run without any DOM to prove they need none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxToPercentages,
  clipBoundingBox,
  gaugeArcPath,
  gaugePoint,
  GAUGE_VIEWBOX,
  placeBoundingBox,
} from '../../src/core/geometry';

describe('clipBoundingBox', () => {
  it('keeps a box that lies inside the image as it is, with no clipped edges', () => {
    expect(clipBoundingBox({ left: 0.25, top: 0.1, width: 0.5, height: 0.6 })).toEqual({
      left: 0.25,
      top: 0.1,
      width: 0.5,
      height: 0.6,
      clippedEdges: [],
    });
  });

  it('treats a box that touches the edges exactly as not clipped', () => {
    expect(clipBoundingBox({ left: 0, top: 0, width: 1, height: 1 })?.clippedEdges).toEqual([]);
  });

  it('cuts negative left and top at the image and names those edges', () => {
    const clipped = clipBoundingBox({ left: -0.1, top: -0.2, width: 0.5, height: 0.6 });
    expect(clipped?.left).toBe(0);
    expect(clipped?.top).toBe(0);
    expect(clipped?.width).toBeCloseTo(0.4, 12);
    expect(clipped?.height).toBeCloseTo(0.4, 12);
    expect(clipped?.clippedEdges).toEqual(['left', 'top']);
  });

  it('cuts a box that reaches past the right and bottom edges', () => {
    const clipped = clipBoundingBox({ left: 0.7, top: 0.8, width: 0.5, height: 0.4 });
    expect(clipped?.width).toBeCloseTo(0.3, 12);
    expect(clipped?.height).toBeCloseTo(0.2, 12);
    expect(clipped?.clippedEdges).toEqual(['right', 'bottom']);
  });

  it('names all four edges when the box is larger than the image', () => {
    expect(clipBoundingBox({ left: -0.5, top: -0.5, width: 2, height: 2 })).toEqual({
      left: 0,
      top: 0,
      width: 1,
      height: 1,
      clippedEdges: ['left', 'top', 'right', 'bottom'],
    });
  });

  it('returns nothing to draw for a missing, empty, non-finite or wholly outside box', () => {
    expect(clipBoundingBox(undefined)).toBeUndefined();
    expect(clipBoundingBox({ left: 0.1, top: 0.1, width: 0, height: 0.2 })).toBeUndefined();
    expect(clipBoundingBox({ left: 0.1, top: 0.1, width: -0.2, height: 0.2 })).toBeUndefined();
    expect(clipBoundingBox({ left: Number.NaN, top: 0.1, width: 0.2, height: 0.2 })).toBeUndefined();
    expect(clipBoundingBox({ left: 0.1, top: 0.1, width: Infinity, height: 0.2 })).toBeUndefined();
    expect(clipBoundingBox({ left: 1.2, top: 0.1, width: 0.3, height: 0.2 })).toBeUndefined();
    expect(clipBoundingBox({ left: 0.1, top: -0.5, width: 0.3, height: 0.5 })).toBeUndefined();
  });

  it('always returns a box within the image that is no larger than the input (property)', () => {
    const ratio = fc.double({ min: -3, max: 3, noNaN: true });
    fc.assert(
      fc.property(ratio, ratio, ratio, ratio, (left, top, width, height) => {
        const clipped = clipBoundingBox({ left, top, width, height });
        if (!clipped) return;
        expect(clipped.left).toBeGreaterThanOrEqual(0);
        expect(clipped.top).toBeGreaterThanOrEqual(0);
        expect(clipped.left + clipped.width).toBeLessThanOrEqual(1 + 1e-12);
        expect(clipped.top + clipped.height).toBeLessThanOrEqual(1 + 1e-12);
        expect(clipped.width).toBeGreaterThan(0);
        expect(clipped.width).toBeLessThanOrEqual(width + 1e-12);
        expect(clipped.height).toBeLessThanOrEqual(height + 1e-12);
        expect(clipped.clippedEdges.includes('left')).toBe(left < 0);
        expect(clipped.clippedEdges.includes('bottom')).toBe(top + height > 1);
      }),
    );
  });
});

describe('boxToPercentages', () => {
  it('turns ratios into CSS percentages', () => {
    expect(boxToPercentages({ left: 0.25, top: 0, width: 0.5, height: 1 })).toEqual({
      left: '25%',
      top: '0%',
      width: '50%',
      height: '100%',
    });
  });

  it('rounds away floating-point noise', () => {
    expect(boxToPercentages({ left: 0.1 + 0.2, top: 1 / 3, width: 0.7, height: 0.1 }).left).toBe('30%');
    expect(boxToPercentages({ left: 0, top: 1 / 3, width: 0.7, height: 0.1 }).top).toBe('33.3333%');
  });
});

describe('gauge geometry', () => {
  it('draws a half circle from the left end to the right end', () => {
    const { cx, cy, radius } = GAUGE_VIEWBOX;
    expect(gaugeArcPath()).toBe(`M ${cx - radius} ${cy} A ${radius} ${radius} 0 0 1 ${cx + radius} ${cy}`);
  });

  it('places 0 at the left, 50 at the top and 100 at the right of the arc', () => {
    const { cx, cy, radius } = GAUGE_VIEWBOX;
    expect(gaugePoint(0)).toEqual({ x: cx - radius, y: cy });
    expect(gaugePoint(50)).toEqual({ x: cx, y: cy - radius });
    expect(gaugePoint(100)).toEqual({ x: cx + radius, y: cy });
  });

  it('clamps out-of-range and non-finite values onto the arc', () => {
    expect(gaugePoint(-20)).toEqual(gaugePoint(0));
    expect(gaugePoint(150)).toEqual(gaugePoint(100));
    expect(gaugePoint(Number.NaN)).toEqual(gaugePoint(0));
  });
});

describe('placeBoundingBox', () => {
  it('tells a box inside the picture from one cut at its edges', () => {
    expect(placeBoundingBox({ left: 0.25, top: 0.1, width: 0.5, height: 0.6 })).toEqual({
      placement: 'inside',
      box: { left: 0.25, top: 0.1, width: 0.5, height: 0.6, clippedEdges: [] },
    });
    expect(placeBoundingBox({ left: 0, top: 0, width: 1, height: 1 })?.placement).toBe('inside');
    expect(placeBoundingBox({ left: -0.25, top: 0.5, width: 0.5, height: 0.25 })).toEqual({
      placement: 'partly',
      box: { left: 0, top: 0.5, width: 0.25, height: 0.25, clippedEdges: ['left'] },
    });
  });

  it('marks a box wholly outside on the edge it lies beyond, at its own extent along that edge', () => {
    expect(placeBoundingBox({ left: 1.05, top: 0.2, width: 0.2, height: 0.25 })).toEqual({
      placement: 'outside',
      beyond: ['right'],
      marker: { left: 1, top: 0.2, width: 0, height: 0.25 },
    });
    expect(placeBoundingBox({ left: 0.5, top: -0.75, width: 0.25, height: 0.5 })).toEqual({
      placement: 'outside',
      beyond: ['top'],
      marker: { left: 0.5, top: 0, width: 0.25, height: 0 },
    });
    // Touching the edge from outside is outside: nothing of it lies on the picture.
    expect(placeBoundingBox({ left: -0.5, top: 0.25, width: 0.5, height: 0.5 })).toEqual({
      placement: 'outside',
      beyond: ['left'],
      marker: { left: 0, top: 0.25, width: 0, height: 0.5 },
    });
    expect(placeBoundingBox({ left: 1.5, top: 1.25, width: 0.5, height: 0.5 })).toEqual({
      placement: 'outside',
      beyond: ['right', 'bottom'],
      marker: { left: 1, top: 1, width: 0, height: 0 },
    });
  });

  it('has nothing to place without a usable box', () => {
    expect(placeBoundingBox(undefined)).toBeUndefined();
    expect(placeBoundingBox({ left: 2, top: 0.1, width: 0, height: 0.2 })).toBeUndefined();
    expect(placeBoundingBox({ left: 2, top: Number.NaN, width: 0.2, height: 0.2 })).toBeUndefined();
  });
});
