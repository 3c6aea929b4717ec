import type { LivenessLocale } from '../detectorText';
import { en, enResult } from '../en';

/**
 * English (the default) for the whole flow: our screens and the detector's. Our English is in the
 * first chunk anyway (it is every component's fallback), so only the detector's is a module apart.
 */
export const enLocale: LivenessLocale = {
  dir: 'ltr',
  text: en,
  load: () => import('../detectorEn').then((module) => ({ result: enResult, detector: module.detectorEn })),
};
