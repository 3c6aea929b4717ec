/**
 * react-face-liveness/locales: one locale pack per language, each its own module (an app's
 * bundler keeps only the packs it imports). Each pack's result-screen and detector strings are
 * further modules, loaded with the detector when a check starts; `xxResultLocale` has the
 * result screen's inline, for a `<LivenessResult>` that must render in that language at once.
 */
export { arLocale } from './ar';
export { arResultLocale } from './ar.result';
export { deLocale } from './de';
export { deResultLocale } from './de.result';
export { enLocale } from './en';
export { esLocale } from './es';
export { esResultLocale } from './es.result';
export { frLocale } from './fr';
export { frResultLocale } from './fr.result';
export { itLocale } from './it';
export { itResultLocale } from './it.result';
export { jaLocale } from './ja';
export { jaResultLocale } from './ja.result';
export { koLocale } from './ko';
export { koResultLocale } from './ko.result';
export { ptBRLocale } from './ptBR';
export { ptBRResultLocale } from './ptBR.result';
export type { DetectorDisplayText, FlowText, LivenessLocale, LocaleText, ResultText } from '../detectorText';
