import { formatCount, pluralCategory } from '../core/intl';
import { en, type LivenessDisplayText, type PluralKey } from './en';
import { es } from './es';

export { en, es, type LivenessDisplayText, type PluralKey };
export type { DetectorDisplayText, FlowText, LivenessLocale, LocaleText, ResultText } from './detectorText';

/**
 * Fills `{name}` placeholders. Values are inserted as plain text: React renders the result as
 * a text node, so markup in a translation or a value is never interpreted.
 */
export function formatText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** Merges partial overrides over a complete base (English by default). Call once, not per render. */
export function resolveDisplayText(
  overrides?: Partial<LivenessDisplayText>,
  base: LivenessDisplayText = en,
): LivenessDisplayText {
  if (!overrides) return base;
  const merged: LivenessDisplayText = { ...base };
  for (const key of Object.keys(base) as (keyof LivenessDisplayText)[]) {
    const value = overrides[key];
    if (typeof value === 'string') merged[key] = value;
  }
  return merged;
}

/**
 * The plural form of `key` for `count` in the text's language (Intl.PluralRules picks `_one`,
 * `_few`…; a form the language does not define falls back to `_other`), with `{count}` formatted
 * in the language's digits.
 */
export function pluralText(text: LivenessDisplayText, key: PluralKey, count: number): string {
  const form = text[`${key}_${pluralCategory(count, text.numberLocale)}`] ?? text[`${key}_other`];
  return formatText(form, { count: formatCount(count, text.numberLocale) });
}
