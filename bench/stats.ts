/** Small statistics and formatting helpers for the bench tables. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
export const list = (values: readonly number[], unit = '') => values.map((v) => `${Math.round(v)}${unit}`).join(', ');

/** One line of a section's table. */
export interface Row {
  what: string;
  value: string;
  note?: string;
}

/** A measured section: its rows and any prose notes for BENCHMARKS.md. */
export interface Section {
  title: string;
  rows: Row[];
  notes?: string[];
}
