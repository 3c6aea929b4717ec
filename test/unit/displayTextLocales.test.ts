// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en, es, formatText, resolveDisplayText } from '../../src/displayText';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the Spanish locale', () => {
  it('has exactly the English keys, none of them empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const value of Object.values(es)) expect(value.trim()).not.toBe('');
  });

  it('keeps every placeholder of the English string', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([key, placeholders(es[key])]).toEqual([key, placeholders(en[key])]);
    }
  });

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
