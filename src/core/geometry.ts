/**
 * Bounding-box and gauge maths. Pure functions: no React, no DOM.
 * Rekognition gives a face box as ratios of the image; at the image's edges those ratios can be
 * negative or reach past 1, so a box is clipped to the image before it is drawn.
 */
import type { BoundingBox } from './types';

/** An image edge a box was cut at. Image space: it does not mirror in right-to-left layouts. */
export type BoxEdge = 'left' | 'top' | 'right' | 'bottom';

/** A box that lies within the image (all ratios 0–1), and the edges it was cut at. */
export interface ClippedBox extends BoundingBox {
  /** Empty when the whole box was inside the image. In the order left, top, right, bottom. */
  clippedEdges: readonly BoxEdge[];
}

/** The box as CSS percentages of the image, ready for `left`/`top`/`width`/`height`. */
export interface BoxPercentages {
  left: string;
  top: string;
  width: string;
  height: string;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/**
 * Clips a box to the image. Returns `undefined` when there is nothing to draw: a missing box,
 * a non-finite or non-positive size, or a box wholly outside the image.
 */
export function clipBoundingBox(box: BoundingBox | undefined): ClippedBox | undefined {
  if (!isDrawable(box)) return undefined;
  const { left, top, width, height } = box;
  const x0 = clamp01(left);
  const y0 = clamp01(top);
  const x1 = clamp01(left + width);
  const y1 = clamp01(top + height);
  if (x1 <= x0 || y1 <= y0) return undefined;
  const clippedEdges: BoxEdge[] = [];
  if (left < 0) clippedEdges.push('left');
  if (top < 0) clippedEdges.push('top');
  if (left + width > 1) clippedEdges.push('right');
  if (top + height > 1) clippedEdges.push('bottom');
  return { left: x0, top: y0, width: x1 - x0, height: y1 - y0, clippedEdges };
}

function isDrawable(box: BoundingBox | undefined): box is BoundingBox {
  if (!box) return false;
  const { left, top, width, height } = box;
  return [left, top, width, height].every(Number.isFinite) && width > 0 && height > 0;
}

/**
 * Where a face box lies against its picture. A box wholly outside gets a marker rather than
 * nothing, so that a reviewer can tell it from a picture without a box: the box pressed onto the
 * picture (zero wide or tall on the side it lies beyond), and the edges it lies beyond.
 */
export type BoxPlacement =
  | { placement: 'inside' | 'partly'; box: ClippedBox }
  | { placement: 'outside'; beyond: readonly BoxEdge[]; marker: BoundingBox };

/** Classifies a box as inside, partly inside or wholly outside the picture; `undefined` when there is no usable box. */
export function placeBoundingBox(box: BoundingBox | undefined): BoxPlacement | undefined {
  if (!isDrawable(box)) return undefined;
  const clipped = clipBoundingBox(box);
  if (clipped) return { placement: clipped.clippedEdges.length > 0 ? 'partly' : 'inside', box: clipped };
  const { left, top, width, height } = box;
  const beyond: BoxEdge[] = [];
  if (left + width <= 0) beyond.push('left');
  if (top + height <= 0) beyond.push('top');
  if (left >= 1) beyond.push('right');
  if (top >= 1) beyond.push('bottom');
  const x0 = clamp01(left);
  const y0 = clamp01(top);
  return {
    placement: 'outside',
    beyond,
    marker: { left: x0, top: y0, width: clamp01(left + width) - x0, height: clamp01(top + height) - y0 },
  };
}

// Four decimals of a percentage is far below a pixel on any screen and keeps style strings short.
const percent = (ratio: number) => `${Math.round(ratio * 1_000_000) / 10_000}%`;

/** A clipped box as CSS percentages of the image it belongs to. */
export function boxToPercentages(box: BoundingBox): BoxPercentages {
  return {
    left: percent(box.left),
    top: percent(box.top),
    width: percent(box.width),
    height: percent(box.height),
  };
}

/** The gauge is a half circle drawn left to right; this is its size in SVG user units. */
export const GAUGE_VIEWBOX = {
  width: 120,
  height: 68,
  cx: 60,
  cy: 62,
  radius: 52,
} as const;

/** The SVG path of the gauge's half-circle arc, from 0 (left) to 100 (right). */
export function gaugeArcPath(): string {
  const { cx, cy, radius } = GAUGE_VIEWBOX;
  return `M ${cx - radius} ${cy} A ${radius} ${radius} 0 0 1 ${cx + radius} ${cy}`;
}

/** A point on a circle around the gauge centre at `value` (0–100) along the arc. */
export function gaugePoint(value: number, radius: number = GAUGE_VIEWBOX.radius): { x: number; y: number } {
  const { cx, cy } = GAUGE_VIEWBOX;
  const angle = Math.PI * (1 - clampPercent(value) / 100);
  return {
    x: round3(cx + radius * Math.cos(angle)),
    y: round3(cy - radius * Math.sin(angle)),
  };
}

function clampPercent(value: number): number {
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
