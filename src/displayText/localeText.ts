/**
 * Loading a locale pack's lazy part once per pack, shared by every component on the page: the
 * check loads it when it starts, and a result shown afterwards finds it already here.
 */
import type { FlowText, LivenessLocale, LocaleText, ResultText } from './detectorText';
import { en, enResult, type LivenessDisplayText } from './en';

const loaded = new WeakMap<LivenessLocale, LocaleText>();
const loading = new WeakMap<LivenessLocale, Promise<LocaleText>>();

/** The pack's lazy part, loaded once; a failed load is forgotten so that the next call tries again. */
export function loadLocaleText(locale: LivenessLocale): Promise<LocaleText> {
  const pending =
    loading.get(locale) ??
    locale.load().then(
      (text) => {
        loaded.set(locale, text);
        return text;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
  loading.set(locale, pending);
  return pending;
}

/** The pack's lazy part if it has loaded, else undefined. */
export function loadedLocaleText(locale: LivenessLocale): LocaleText | undefined {
  return loaded.get(locale);
}

/** The pack's result-screen strings if they are at hand: inline (`completeLocale`) or loaded. */
export function localeResultText(locale: LivenessLocale): ResultText | undefined {
  return 'resultPassedHeading' in locale.text ? (locale.text as ResultText) : loaded.get(locale)?.result;
}

/** Every string of ours for `locale`: the flow's from the pack, the result screen's as given (English until then). */
export function localeDisplayText(locale: LivenessLocale | undefined, result?: ResultText): LivenessDisplayText {
  if (!locale) return en;
  return { ...en, ...result, ...(locale.text as FlowText) } as LivenessDisplayText;
}

/**
 * A pack with its result-screen strings inline (each pack's `xxResultLocale`), for a
 * `<LivenessResult>` that must render in that language at once, as on the server.
 */
export function completeLocale(locale: LivenessLocale, result: ResultText): LivenessLocale {
  return { ...locale, text: { ...locale.text, ...result } };
}

/**
 * What stands in for a pack's lazy part that could not load: the pack's own "could not reach the
 * server" for every error message there (a module that failed to arrive is a network problem, and
 * English would be wrong), English for the rest.
 */
export function unloadedResultText(locale: LivenessLocale): ResultText {
  const unreachable = (locale.text as FlowText).errorNETWORK_ERROR;
  const errors = Object.keys(enResult).filter((key) => key.startsWith('error'));
  return { ...enResult, ...Object.fromEntries(errors.map((key) => [key, unreachable])) };
}
