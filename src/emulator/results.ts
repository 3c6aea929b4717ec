import type { BoundingBox } from './types';

/** A face box at one moment of the video (client clock, ms). */
export interface TimedBox {
  at: number;
  box: BoundingBox;
}

const lerp = (a: number, b: number, f: number) => a + (b - a) * f;

/**
 * The face box at `at`: the client's InitialFace before it moved, its TargetFace once in the
 * oval, and a straight-line blend in between (the person moves closer between the two).
 */
export function boxAt(
  at: number,
  initial: TimedBox | undefined,
  target: TimedBox | undefined,
): BoundingBox | undefined {
  if (!initial && !target) return undefined;
  if (!initial) return target!.box;
  if (!target || at <= initial.at) return initial.box;
  if (at >= target.at || target.at <= initial.at) return target.box;
  const f = (at - initial.at) / (target.at - initial.at);
  return {
    Width: lerp(initial.box.Width, target.box.Width, f),
    Height: lerp(initial.box.Height, target.box.Height, f),
    Left: lerp(initial.box.Left, target.box.Left, f),
    Top: lerp(initial.box.Top, target.box.Top, f),
  };
}

/**
 * When to take the images, in ms of client clock: the reference image in the middle of the time
 * the face was in the oval (else near the end), audit images spread evenly over the video.
 */
export function imageTimes(
  video: { start: number; end: number },
  targetWindow: { start: number; end: number } | undefined,
  auditImages: number,
): { reference: number; audit: number[] } {
  const span = Math.max(0, video.end - video.start);
  const reference = targetWindow ? (targetWindow.start + targetWindow.end) / 2 : video.start + span * 0.9;
  const audit = Array.from({ length: auditImages }, (_, i) => video.start + (span * (i + 1)) / (auditImages + 1));
  return { reference: Math.min(Math.max(reference, video.start), video.end), audit };
}

export function isBoundingBox(value: unknown): value is BoundingBox {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['Width', 'Height', 'Left', 'Top'].every((k) => typeof v[k] === 'number' && Number.isFinite(v[k]));
}
