import { describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../src/server/routes';

describe('normaliseBasePath', () => {
  it.each([
    ['/liveness/', '/liveness'],
    ['/api/liveness//', '/api/liveness'],
    ['liveness/', '/liveness'],
    ['/a//b', '/a//b'],
    ['/', ''],
    ['', ''],
  ])('keeps %j as %j: one leading slash, no trailing one', (basePath, expected) => {
    expect(normaliseBasePath(basePath)).toBe(expected);
  });
});
