import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FaceLivenessDetectorCoreProps } from '@aws-amplify/ui-react-liveness';
import { resolveDisplayText, type LivenessDisplayText, type LivenessLocale, type LocaleText } from '../../displayText';
import {
  loadedLocaleText,
  loadLocaleText,
  localeDisplayText,
  localeResultText,
  unloadedResultText,
} from '../../displayText/localeText';

type DetectorText = FaceLivenessDetectorCoreProps['displayText'];

export interface CheckLocale {
  text: LivenessDisplayText;
  /**
   * True while a pack's lazy part (most error messages, the result screen) is still on its way:
   * a screen that needs it waits rather than flash English.
   */
  textPending: boolean;
  detectorText: DetectorText;
  /** Loads the pack's result-screen and detector strings; part of the capture's preparation. */
  prepareLocaleText: () => Promise<void>;
  rootProps: { lang?: string; dir?: 'ltr' | 'rtl' };
  dir: 'ltr' | 'rtl' | undefined;
}

/**
 * What a locale pack gives `<LivenessCheck>`: our text (the pack under the app's overrides), the
 * detector's text (likewise), and `lang`/`dir` for the root. The pack's result-screen and detector
 * strings load with the detector, through `prepareLocaleText`, so they are here before the camera
 * opens and long before a result shows. Without a pack: English, Amplify's own detector text, and
 * no `lang`/`dir` (the page's apply).
 */
export function useCheckLocale(
  locale: LivenessLocale | undefined,
  displayText: Partial<LivenessDisplayText> | undefined,
  detectorDisplayText: DetectorText,
): CheckLocale {
  // `text` undefined: the load failed, and the pack's fallback stands in.
  const [loaded, setLoaded] = useState<{ locale: LivenessLocale; text?: LocaleText }>();
  const prepare = useCallback(async () => {
    if (!locale) return;
    try {
      setLoaded({ locale, text: await loadLocaleText(locale) });
    } catch (error) {
      setLoaded({ locale });
      throw error;
    }
  }, [locale]);
  // A pack switched after a check began: load the new one's strings too.
  const stale = loaded !== undefined && loaded.locale !== locale;
  useEffect(() => {
    if (!stale || !locale) return;
    let current = true;
    loadLocaleText(locale).then(
      (text) => current && setLoaded({ locale, text }),
      () => current && setLoaded({ locale }),
    );
    return () => {
      current = false;
    };
  }, [stale, locale]);

  const settled = loaded?.locale === locale ? loaded : undefined;
  const localeText = locale && (settled ? settled.text : loadedLocaleText(locale));
  const failed = settled !== undefined && settled.text === undefined;
  const result = useMemo(
    () =>
      locale && (localeResultText(locale) ?? localeText?.result ?? (failed ? unloadedResultText(locale) : undefined)),
    [locale, localeText, failed],
  );
  const text = useMemo(
    () => resolveDisplayText(displayText, localeDisplayText(locale, result)),
    [displayText, locale, result],
  );
  const detectorText = useMemo<DetectorText>(
    () => (localeText ? { ...localeText.detector, ...detectorDisplayText } : detectorDisplayText),
    [localeText, detectorDisplayText],
  );
  const rootProps = locale ? { lang: text.numberLocale, dir: locale.dir } : {};
  const textPending = locale !== undefined && result === undefined;
  return { text, textPending, detectorText, prepareLocaleText: prepare, rootProps, dir: locale?.dir };
}
