/** The browser's path: Chromium has `Uint8Array.fromBase64`, and decodeBase64 uses it (not atob). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBase64 } from '../../src/core/base64';
import { BASE64_CASES, BASE64_VARIANTS } from '../fixtures/base64Cases';

interface WithFromBase64 {
  fromBase64: (text: string) => Uint8Array;
}

afterEach(() => vi.restoreAllMocks());

describe('decodeBase64 in Chromium', () => {
  it.each(BASE64_CASES)('%s: Uint8Array.fromBase64 gives the exact bytes', (_name, bytes, base64) => {
    const fromBase64 = vi.spyOn(Uint8Array as unknown as WithFromBase64, 'fromBase64');
    const atob = vi.spyOn(window, 'atob');
    expect(decodeBase64(base64)).toEqual(bytes);
    // Once, on the text as given: no normalised copy is made of a string that decodes as it is.
    expect(fromBase64).toHaveBeenCalledTimes(1);
    expect(fromBase64).toHaveBeenCalledWith(base64);
    expect(atob).not.toHaveBeenCalled();
  });

  it.each(BASE64_VARIANTS)('%j decodes to %j', (text, bytes) => {
    expect(decodeBase64(text)).toEqual(bytes && Uint8Array.from(bytes));
  });
});
