import { useEffect, useMemo, useState } from 'react';
import { enResult } from '../../displayText/en';
import { resolveDisplayText, type LivenessDisplayText, type LivenessLocale, type ResultText } from '../../displayText';
import { loadLocaleText, localeDisplayText, localeResultText } from '../../displayText/localeText';

/**
 * `<LivenessResult>`'s strings: the pack's (with the app's overrides), once its result-screen
 * strings are here. They are inline in `xxResultLocale` and in English; a plain pack loads them
 * (usually already done by the check), and until then this is `undefined`, so that no English
 * flashes. A pack whose strings fail to load falls back to English.
 */
export function useResultText(
  locale: LivenessLocale | undefined,
  displayText: Partial<LivenessDisplayText> | undefined,
): LivenessDisplayText | undefined {
  const [loaded, setLoaded] = useState<{ locale: LivenessLocale; result: ResultText }>();
  const result = locale && (localeResultText(locale) ?? (loaded?.locale === locale ? loaded.result : undefined));
  const waiting = locale !== undefined && result === undefined;
  useEffect(() => {
    if (!waiting) return;
    let current = true;
    loadLocaleText(locale).then(
      (text) => current && setLoaded({ locale, result: text.result }),
      () => current && setLoaded({ locale, result: enResult }),
    );
    return () => {
      current = false;
    };
  }, [waiting, locale]);
  return useMemo(
    () => (waiting ? undefined : resolveDisplayText(displayText, localeDisplayText(locale, result))),
    [waiting, displayText, locale, result],
  );
}
