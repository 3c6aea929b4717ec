/**
 * react-face-liveness/locales: one locale pack per language, each its own module (an app's
 * bundler keeps only the packs it imports). Each pack's detector strings are a further module,
 * loaded with the detector when a check starts.
 */
export { arLocale } from './ar';
export { deLocale } from './de';
export { enLocale } from './en';
export { esLocale } from './es';
export { frLocale } from './fr';
export { itLocale } from './it';
export { jaLocale } from './ja';
export { koLocale } from './ko';
export { ptBRLocale } from './ptBR';
