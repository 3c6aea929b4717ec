import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FaceLivenessDetectorCoreProps } from '@aws-amplify/ui-react-liveness';
import {
  resolveDisplayText,
  type DetectorDisplayText,
  type LivenessDisplayText,
  type LivenessLocale,
} from '../../displayText';

type DetectorText = FaceLivenessDetectorCoreProps['displayText'];

export interface CheckLocale {
  text: LivenessDisplayText;
  detectorText: DetectorText;
  /** Loads the pack's detector strings; part of the capture's preparation. */
  prepareDetectorText: () => Promise<void>;
  rootProps: { lang?: string; dir?: 'ltr' | 'rtl' };
  dir: 'ltr' | 'rtl' | undefined;
}

/**
 * What a locale pack gives `<LivenessCheck>`: our text (the pack under the app's overrides), the
 * detector's text (likewise; its module loads with the detector, through `prepare`), and
 * `lang`/`dir` for the root. Without a pack: English, Amplify's own detector text, and no
 * `lang`/`dir` (the page's apply).
 */
export function useCheckLocale(
  locale: LivenessLocale | undefined,
  displayText: Partial<LivenessDisplayText> | undefined,
  detectorDisplayText: DetectorText,
): CheckLocale {
  const text = useMemo(() => resolveDisplayText(displayText, locale?.text), [displayText, locale]);
  const [loaded, setLoaded] = useState<{ locale: LivenessLocale; text: DetectorDisplayText }>();
  const prepare = useCallback(async () => {
    if (locale) setLoaded({ locale, text: await locale.loadDetectorText() });
  }, [locale]);
  // A pack switched after a check began: load the new one's detector text too.
  const stale = loaded !== undefined && loaded.locale !== locale;
  useEffect(() => {
    if (!stale || !locale) return;
    let current = true;
    locale.loadDetectorText().then(
      (detectorText) => current && setLoaded({ locale, text: detectorText }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [stale, locale]);

  const detectorText = useMemo<DetectorText>(
    () => (locale && loaded?.locale === locale ? { ...loaded.text, ...detectorDisplayText } : detectorDisplayText),
    [locale, loaded, detectorDisplayText],
  );
  const rootProps = locale ? { lang: text.numberLocale, dir: locale.dir } : {};
  return { text, detectorText, prepareDetectorText: prepare, rootProps, dir: locale?.dir };
}
