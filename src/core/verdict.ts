import { formatDecimal, formatPercent } from './intl';

/**
 * From a confidence score to a verdict. Pure functions: no React, no DOM.
 * AWS recommends no fixed threshold, so without one (and without the server's own decision)
 * there is no verdict at all rather than a guessed one.
 */

/** The outcome of a check, as the results view shows it. */
export type Verdict = 'live' | 'not-live';

export interface VerdictInput {
  /** Confidence 0–100 from GetFaceLivenessSessionResults. */
  confidence?: number | undefined;
  /** The app's threshold, 0–100. */
  threshold?: number | undefined;
  /** The server's decision; when present it wins over any threshold in the browser. */
  isLive?: boolean | undefined;
}

/**
 * A score 0–100 for display: out-of-range values are clamped, and anything that is not a finite
 * number (missing, NaN, Infinity, a string) is `undefined`, shown as "unavailable".
 */
export function clampConfidence(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(100, Math.max(0, value));
}

/**
 * The verdict: the server's `isLive` when present; otherwise live when confidence ≥ threshold;
 * `undefined` when there is no decision to report (no `isLive`, or no usable score or threshold).
 */
export function verdictFor({ confidence, threshold, isLive }: VerdictInput): Verdict | undefined {
  if (typeof isLive === 'boolean') return isLive ? 'live' : 'not-live';
  const score = clampConfidence(confidence);
  const bar = clampConfidence(threshold);
  if (score === undefined || bar === undefined) return undefined;
  return score >= bar ? 'live' : 'not-live';
}

/** One decimal, rounded down, so that a score just under the threshold never reads as equal to it. */
function floorToTenth(value: number): number {
  return Math.floor(value * 10 + 1e-9) / 10;
}

/**
 * The score as shown: one decimal, rounded down (79.96 shows as 79.9, not 80). `locale` picks the
 * digits and the decimal separator; an invalid tag falls back to English.
 */
export function displayConfidence(value: number, locale = 'en'): string {
  return formatDecimal(floorToTenth(value), locale);
}

/** The score as a percentage of `locale`, rounded down like `displayConfidence` ("79.9%", "79,9 %", "٧٩٫٩٪"). */
export function displayConfidencePercent(value: number, locale = 'en'): string {
  return formatPercent(floorToTenth(value), locale);
}
