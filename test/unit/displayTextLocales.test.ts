// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  en,
  es,
  formatText,
  pluralText,
  resolveDisplayText,
  type LivenessDisplayText,
  type LivenessLocale,
} from '../../src/displayText';
import { enResult } from '../../src/displayText/en';
import * as exported from '../../src/displayText/locales';

// Amplify's own defaults: the full key set of the installed detector (3.6.8), read at run time.
const amplify = (await import(
  new URL(
    '../../node_modules/@aws-amplify/ui-react-liveness/dist/esm/components/FaceLivenessDetector/displayText.mjs',
    import.meta.url,
  ).href
)) as { defaultLivenessDisplayText: Record<string, string> };
/** Misspelt duplicates Amplify keeps; the correctly spelt keys win over them in the detector. */
const AMPLIFY_KEYS = Object.keys(amplify.defaultLivenessDisplayText)
  .filter((key) => !key.startsWith('photosensitivyWarning'))
  .sort();

const packs = exported;
/** The plain packs (`xxLocale`); the `xxResultLocale` variants are tested apart. */
const PACKS = Object.entries(exported).filter(([name]) => !name.includes('Result')) as [string, LivenessLocale][];
/** What each pack loads when a check starts: the result screen's strings and the detector's. */
const LOADED = new Map(await Promise.all(PACKS.map(async ([, pack]) => [pack, await pack.load()] as const)));
/** Every string of ours in a pack: the flow's, in its module, and the result screen's, loaded. */
const ourText = (pack: LivenessLocale) => ({ ...pack.text, ...LOADED.get(pack)!.result }) as LivenessDisplayText;
const TRANSLATED = PACKS.filter(([name]) => name !== 'enLocale');
const english = packs.enLocale;
const OURS = Object.keys(en) as (keyof typeof en)[];
const PLURAL = /_(zero|one|two|few|many|other)$/;
const EXTRA_PLURALS = ['zero', 'two', 'few', 'many'].map((category) => `auditImagesCount_${category}`);

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const allStrings = (pack: LivenessLocale) =>
  ({ ...ourText(pack), ...LOADED.get(pack)!.detector }) as Record<string, string>;

/** Words that stay as they are in every language. */
const BRAND_WORDS = ['AWS'];
/**
 * Strings identical to the English on purpose, with the reason: the same word in that language.
 * Anything else identical to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  esLocale: ['errorLabelText'], // "Error" is Spanish
  frLocale: ['resultSessionId'], // "Session" is French
};
/** English words that are not words in the other Latin-script languages shipped. */
const ENGLISH_WORDS = /\b(the|your|please|try|again|with|and|you|of|is|move|closer|check|camera|face)\b/i;
/** Each pack's word for the oval and the camera, used wherever the English has them. */
const GLOSSARY: Record<string, { oval: string; camera: string }> = {
  esLocale: { oval: 'óvalo', camera: 'cámara' },
  frLocale: { oval: 'ovale', camera: 'caméra' },
  deLocale: { oval: 'Oval', camera: 'Kamera' },
  ptBRLocale: { oval: 'oval', camera: 'câmera' },
  itLocale: { oval: 'ovale', camera: 'fotocamera' },
  jaLocale: { oval: '楕円', camera: 'カメラ' },
  arLocale: { oval: 'بيضاوي', camera: 'كاميرا' },
  koLocale: { oval: '타원', camera: '카메라' },
};

describe('locale packs', () => {
  it('ships the nine languages of the issue, Arabic right to left', () => {
    expect(PACKS.map(([, pack]) => [pack.text.numberLocale, pack.dir]).sort()).toEqual([
      ['ar', 'rtl'],
      ['de', 'ltr'],
      ['en', 'ltr'],
      ['es', 'ltr'],
      ['fr', 'ltr'],
      ['it', 'ltr'],
      ['ja', 'ltr'],
      ['ko', 'ltr'],
      ['pt-BR', 'ltr'],
    ]);
    expect(ourText(packs.esLocale)).toEqual(es);
  });

  /** The keys of the result screen, written out: the split must not move with the code under test. */
  const RESULT_SAMPLE = [
    'resultPassedHeading',
    'gaugeLabel',
    'verdictLive',
    'auditImagesCount_other',
    'feedbackUnknown',
  ];

  it.each(TRANSLATED)('%s keeps the result screen’s strings out of its first module', (_name, pack) => {
    expect(Object.keys(pack.text)).toContain('startHeading');
    expect(Object.keys(pack.text)).toContain('errorNETWORK_ERROR');
    expect(Object.keys(pack.text)).toContain('numberLocale');
    for (const key of RESULT_SAMPLE) expect(Object.keys(pack.text)).not.toContain(key);
    expect(Object.keys(pack.text).filter((key) => Object.hasOwn(enResult, key))).toEqual([]);
    for (const key of RESULT_SAMPLE)
      expect(typeof LOADED.get(pack)!.result[key as keyof typeof enResult]).toBe('string');
  });

  it.each(TRANSLATED)('%s has a ResultLocale with the same strings inline', (name, pack) => {
    const complete = exported[name.replace('Locale', 'ResultLocale') as keyof typeof exported] as LivenessLocale;
    expect(complete.dir).toBe(pack.dir);
    expect(complete.text).toEqual(ourText(pack));
    expect(complete.load).toBe(pack.load);
  });

  it.each(PACKS)('%s has every key of ours and every key of the detector, none empty', (_name, pack) => {
    const text = ourText(pack);
    const extra = Object.keys(text).filter((key) => !OURS.includes(key as keyof typeof en));
    expect(extra.every((key) => EXTRA_PLURALS.includes(key))).toBe(true);
    for (const key of OURS) expect([key, typeof text[key]]).toEqual([key, 'string']);
    expect(Object.keys(LOADED.get(pack)!.detector).sort()).toEqual(AMPLIFY_KEYS);
    for (const [key, value] of Object.entries(allStrings(pack))) expect([key, value.trim()]).not.toEqual([key, '']);
  });

  it.each(PACKS)('%s keeps every placeholder (a plural form may leave out {count})', (_name, pack) => {
    const ours = allStrings(pack);
    const base = allStrings(english);
    for (const [key, value] of Object.entries(ours)) {
      const source = base[key] ?? base[key.replace(PLURAL, '_other')]!;
      if (PLURAL.test(key)) expect(placeholders(source)).toEqual(expect.arrayContaining(placeholders(value)));
      else expect([key, placeholders(value)]).toEqual([key, placeholders(source)]);
    }
  });

  it.each(TRANSLATED)('%s has no untranslated English outside the brand words', (name, pack) => {
    const base = allStrings(english);
    for (const [key, value] of Object.entries(allStrings(pack))) {
      if (key === 'numberLocale') continue;
      const onlyPlaceholders = value.replace(/\{\w+\}/g, '').trim() === '';
      if (!onlyPlaceholders && !SAME_AS_ENGLISH[name]?.includes(key))
        expect([key, value]).not.toEqual([key, base[key]]);
      const words = BRAND_WORDS.reduce((rest, brand) => rest.replaceAll(brand, ''), value.replace(/\{\w+\}/g, ''));
      if (['jaLocale', 'arLocale', 'koLocale'].includes(name))
        expect([key, words]).not.toEqual([key, expect.stringMatching(/[A-Za-z]/)]);
      else expect([key, words]).not.toEqual([key, expect.stringMatching(ENGLISH_WORDS)]);
    }
  });

  it.each(TRANSLATED)(
    '%s says the same thing the same way: one translation per English string, one word per term',
    (name, pack) => {
      const base = allStrings(english);
      const ours = allStrings(pack);
      const byEnglish = new Map<string, Set<string>>();
      for (const [key, source] of Object.entries(base)) {
        if (!byEnglish.has(source)) byEnglish.set(source, new Set());
        byEnglish.get(source)!.add(ours[key]!);
      }
      for (const [source, translations] of byEnglish) expect([source, translations.size]).toEqual([source, 1]);
      const terms = GLOSSARY[name]!;
      for (const [key, source] of Object.entries(base)) {
        if (/\boval\b/i.test(source)) expect([key, ours[key]]).toEqual([key, expect.stringContaining(terms.oval)]);
        if (/\bcamera\b/i.test(source)) expect([key, ours[key]]).toEqual([key, expect.stringContaining(terms.camera)]);
      }
    },
  );
});

describe('plurals', () => {
  it('picks the form Intl.PluralRules gives the language, and formats the count', () => {
    const ar = packs.arResultLocale.text as LivenessDisplayText;
    expect([1, 2, 3, 11, 100].map((count) => pluralText(ar, 'auditImagesCount', count))).toEqual([
      'أرجعت الخدمة صورة تدقيق واحدة.',
      'أرجعت الخدمة صورتَي تدقيق.',
      'أرجعت الخدمة 3 صور تدقيق.',
      'أرجعت الخدمة 11 صورة تدقيق.',
      'أرجعت الخدمة 100 صورة تدقيق.',
    ]);
    expect(pluralText(en, 'auditImagesCount', 1)).toBe('The service returned 1 audit image.');
    expect(pluralText(en, 'auditImagesCount', 4)).toBe('The service returned 4 audit images.');
    // French counts 0 and 1 as singular; a form the language lacks falls back to _other.
    expect(pluralText(ourText(packs.frLocale), 'auditImagesCount', 1)).toBe('Le service a renvoyé 1 image d’audit.');
    expect(pluralText({ ...en, numberLocale: 'ar' }, 'auditImagesCount', 3)).toBe(
      'The service returned 3 audit images.',
    );
    expect(pluralText({ ...en, numberLocale: 'ar-EG' }, 'auditImagesCount', 12)).toBe(
      'The service returned ١٢ audit images.',
    );
  });
});

describe('the Spanish locale', () => {
  it('serves as the base for partial overrides', () => {
    const text = resolveDisplayText({ verdictLive: 'Viva' }, es);
    expect(text.verdictLive).toBe('Viva');
    expect(text.verdictNotLive).toBe(es.verdictNotLive);
    expect(formatText(text.auditImageAlt, { index: 2, count: 4 })).toBe(
      'Imagen de auditoría 2 de 4, tomada durante la comprobación',
    );
  });
});

describe('results-view strings', () => {
  it('has a message for every feedback code the service documents', () => {
    const codes = [
      'EYES_CLOSED_DETECTED',
      'FACE_NOT_ALIGNED',
      'FACE_NOT_VISIBLE',
      'FACE_OBSTRUCTION_DETECTED',
      'HIGH_LIGHTING_DETECTED',
      'LOW_LIGHTING_DETECTED',
      'LOW_VIDEO_QUALITY_DETECTED',
    ];
    for (const code of codes) expect(Object.hasOwn(en, `feedback${code}`)).toBe(true);
  });
});
