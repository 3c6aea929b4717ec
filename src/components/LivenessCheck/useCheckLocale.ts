import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FaceLivenessDetectorCoreProps } from '@aws-amplify/ui-react-liveness';
import { resolveDisplayText, type LivenessDisplayText, type LivenessLocale, type LocaleText } from '../../displayText';
import { loadedLocaleText, loadLocaleText, localeDisplayText } from '../../displayText/localeText';

type DetectorText = FaceLivenessDetectorCoreProps['displayText'];

export interface CheckLocale {
  text: LivenessDisplayText;
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
  const [loaded, setLoaded] = useState<{ locale: LivenessLocale; text: LocaleText }>();
  const prepare = useCallback(async () => {
    if (locale) setLoaded({ locale, text: await loadLocaleText(locale) });
  }, [locale]);
  // A pack switched after a check began: load the new one's strings too.
  const stale = loaded !== undefined && loaded.locale !== locale;
  useEffect(() => {
    if (!stale || !locale) return;
    let current = true;
    loadLocaleText(locale).then(
      (text) => current && setLoaded({ locale, text }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [stale, locale]);

  const localeText = locale && (loaded?.locale === locale ? loaded.text : loadedLocaleText(locale));
  const text = useMemo(
    () => resolveDisplayText(displayText, localeDisplayText(locale, localeText?.result)),
    [displayText, locale, localeText],
  );
  const detectorText = useMemo<DetectorText>(
    () => (localeText ? { ...localeText.detector, ...detectorDisplayText } : detectorDisplayText),
    [localeText, detectorDisplayText],
  );
  const rootProps = locale ? { lang: text.numberLocale, dir: locale.dir } : {};
  return { text, detectorText, prepareLocaleText: prepare, rootProps, dir: locale?.dir };
}
