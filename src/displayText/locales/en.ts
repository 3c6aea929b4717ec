import type { LivenessLocale } from '../detectorText';
import { en } from '../en';

/** English (the default) for the whole flow: our screens and the detector's. */
export const enLocale: LivenessLocale = {
  dir: 'ltr',
  text: en,
  loadDetectorText: () => import('../detectorEn').then((module) => module.detectorEn),
};
