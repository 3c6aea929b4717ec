import type { LivenessLocale } from '../detectorText';
import { es } from '../es';

/** Spanish for the whole flow: our screens (`es`) and the detector's. Informal "tú", as in `es`. */
export const esLocale: LivenessLocale = {
  dir: 'ltr',
  text: es,
  loadDetectorText: () => import('./es.detector').then((module) => module.esDetectorText),
};
