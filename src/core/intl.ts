/**
 * Intl formatters, made once per language tag and kept: building an Intl.NumberFormat costs far
 * more than formatting with one, and the results view formats on every render. An invalid tag
 * (display text is app data) falls back to English instead of throwing.
 */
type Kind = 'decimal' | 'percent' | 'integer' | 'plural';

const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules>();
/** Language tags come from app data: keep a bounded number, dropping the oldest. */
const MAX_FORMATTERS = 64;

const OPTIONS: Record<Exclude<Kind, 'plural'>, Intl.NumberFormatOptions> = {
  decimal: { maximumFractionDigits: 1, useGrouping: false },
  percent: { style: 'percent', maximumFractionDigits: 1, useGrouping: false },
  integer: { maximumFractionDigits: 0 },
};

function make(kind: Kind, locale: string): Intl.NumberFormat | Intl.PluralRules {
  return kind === 'plural' ? new Intl.PluralRules(locale) : new Intl.NumberFormat(locale, OPTIONS[kind]);
}

const tags = new Map<string, string>();

/** The tag Intl will use: the canonical form, or English for a tag Intl refuses. */
function supportedTag(locale: string): string {
  let tag = tags.get(locale);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(locale)[0] ?? 'en';
    } catch {
      tag = 'en';
    }
    tags.set(locale, tag);
    if (tags.size > MAX_FORMATTERS) tags.delete(tags.keys().next().value!);
  }
  return tag;
}

function formatter(kind: Kind, locale: string) {
  const tag = supportedTag(locale);
  const key = `${kind}|${tag}`;
  let found = formatters.get(key);
  if (!found) {
    found = make(kind, tag);
    formatters.set(key, found);
    if (formatters.size > MAX_FORMATTERS) formatters.delete(formatters.keys().next().value!);
  }
  return found;
}

/** A number with at most one decimal, in the digits and separator of `locale` (93.4, 93,4, ٩٣٫٤). */
export function formatDecimal(value: number, locale: string): string {
  return (formatter('decimal', locale) as Intl.NumberFormat).format(value);
}

/** `value` out of 100 as a percentage of `locale` (93.4%, 93,4 %, ٩٣٫٤٪). */
export function formatPercent(value: number, locale: string): string {
  return (formatter('percent', locale) as Intl.NumberFormat).format(value / 100);
}

/** A count, in the digits of `locale`. */
export function formatCount(count: number, locale: string): string {
  return (formatter('integer', locale) as Intl.NumberFormat).format(count);
}

/** The plural category of `count` in `locale` (`one`, `few`, `other`…). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return (formatter('plural', locale) as Intl.PluralRules).select(count);
}

/**
 * Builds the first formatter of the page ahead of need. The first Intl.NumberFormat a page makes
 * costs about 30 ms in Chromium (ICU's set-up), whatever its locale; later ones, microseconds.
 */
export function warmIntl(): void {
  formatter('percent', 'en');
}

/** How many formatters are kept (for tests: rendering must not add new ones). */
export function intlFormatterCount(): number {
  return formatters.size;
}
