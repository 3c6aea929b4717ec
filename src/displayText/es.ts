import type { LivenessDisplayText } from './en';
import { esLocale } from './locales/es';
import { esResultText } from './locales/es.result';

/**
 * Spanish: a complete locale, typed against the English keys so that a key added there and
 * missing here fails the type check. Pass it as `displayText` (or as the base of
 * `resolveDisplayText`) to render the whole library in Spanish.
 */
// A call marked pure, not a spread at the top level: bundlers then drop `es` from pages that do not use it.
export const es: LivenessDisplayText = /* @__PURE__ */ Object.assign({}, esLocale.text, esResultText);
