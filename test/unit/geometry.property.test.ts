/**
 * Property-based tests of the box and gauge maths: any numbers (NaN and infinities included) give
 * either nothing to draw or a box inside the image, never an exception.
 * Generated cases here: 2,000 + 1,000 + 1,000 + 500 + 500 = 5,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../fixtures/propertyRuns';
import { boxToPercentages, clipBoundingBox, GAUGE_VIEWBOX, gaugePoint } from '../../src/core/geometry';

// One ulp of slack at 1: `left + width` of a clipped box is a sum of two rounded doubles.
const ONE = 1 + Number.EPSILON;
const anyNumber = fc.oneof(
  fc.double(),
  fc.double({ min: -2, max: 3 }),
  fc.constantFrom(0, 1, -0, NaN, Infinity, -Infinity),
);
const anyBox = fc.record({ left: anyNumber, top: anyNumber, width: anyNumber, height: anyNumber });
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const insideBox = fc
  .tuple(unit, unit, unit, unit)
  // A width that vanishes when added to `left` (5e-324 next to 0.5) has no right edge to draw.
  .filter(([l, t, w, h]) => l + w > l && t + h > t && l + w <= 1 && t + h <= 1)
  .map(([left, top, width, height]) => ({ left, top, width, height }));

describe('clipBoundingBox', () => {
  it('never throws, and returns nothing or a non-empty box inside the image with the edges it cut', () => {
    fc.assert(
      fc.property(anyBox, (box) => {
        const clipped = clipBoundingBox(box);
        const drawable =
          [box.left, box.top, box.width, box.height].every(Number.isFinite) &&
          box.width > 0 &&
          box.height > 0 &&
          Math.min(1, box.left + box.width) > Math.max(0, box.left) &&
          Math.min(1, box.top + box.height) > Math.max(0, box.top);
        expect(clipped !== undefined).toBe(drawable);
        if (!clipped) return;
        for (const value of [clipped.left, clipped.top]) expect(value >= 0 && value <= 1).toBe(true);
        expect(clipped.width > 0 && clipped.height > 0).toBe(true);
        expect(clipped.left + clipped.width).toBeLessThanOrEqual(ONE);
        expect(clipped.top + clipped.height).toBeLessThanOrEqual(ONE);
        // Clipping only ever shrinks a box (up to the rounding of `left + width - left`).
        expect(clipped.width).toBeLessThanOrEqual(box.width + Number.EPSILON);
        expect(clipped.height).toBeLessThanOrEqual(box.height + Number.EPSILON);
        const edges = [
          box.left < 0 && 'left',
          box.top < 0 && 'top',
          box.left + box.width > 1 && 'right',
          box.top + box.height > 1 && 'bottom',
        ].filter(Boolean);
        expect(clipped.clippedEdges).toEqual(edges);
      }),
      { numRuns: propertyRuns(2_000) },
    );
  });

  it('is idempotent: clipping a clipped box changes nothing and cuts no edge', () => {
    fc.assert(
      fc.property(anyBox, (box) => {
        const once = clipBoundingBox(box);
        if (!once) return;
        const twice = clipBoundingBox(once);
        expect(twice?.clippedEdges.filter((edge) => edge === 'left' || edge === 'top')).toEqual([]);
        expect(twice?.left).toBe(once.left);
        expect(twice?.top).toBe(once.top);
        expect(Math.abs(twice!.width - once.width)).toBeLessThanOrEqual(Number.EPSILON);
        expect(Math.abs(twice!.height - once.height)).toBeLessThanOrEqual(Number.EPSILON);
      }),
      { numRuns: propertyRuns(1_000) },
    );
  });

  it('leaves a box that lies inside the image as it is', () => {
    fc.assert(
      fc.property(insideBox, (box) => {
        const clipped = clipBoundingBox(box)!;
        expect(clipped.clippedEdges).toEqual([]);
        expect(clipped.left).toBe(box.left);
        expect(clipped.top).toBe(box.top);
        expect(Math.abs(clipped.width - box.width)).toBeLessThanOrEqual(Number.EPSILON);
        expect(Math.abs(clipped.height - box.height)).toBeLessThanOrEqual(Number.EPSILON);
      }),
      { numRuns: propertyRuns(1_000) },
    );
  });
});

describe('boxToPercentages', () => {
  it('gives CSS percentages between 0% and 100% for any clipped box', () => {
    fc.assert(
      fc.property(anyBox, (box) => {
        const clipped = clipBoundingBox(box);
        if (!clipped) return;
        for (const value of Object.values(boxToPercentages(clipped))) {
          expect(value).toMatch(/^\d+(\.\d{1,4})?%$/);
          const n = Number.parseFloat(value);
          expect(n >= 0 && n <= 100).toBe(true);
        }
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});

describe('gaugePoint', () => {
  it('stays on the gauge arc for any value, NaN and infinities included', () => {
    fc.assert(
      fc.property(anyNumber, (value) => {
        const { x, y } = gaugePoint(value);
        const { cx, cy, radius } = GAUGE_VIEWBOX;
        expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
        expect(x >= cx - radius && x <= cx + radius).toBe(true);
        expect(y >= cy - radius && y <= cy).toBe(true);
        expect(Math.abs(Math.hypot(x - cx, y - cy) - radius)).toBeLessThan(0.01);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
