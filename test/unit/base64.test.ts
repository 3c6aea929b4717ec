/**
 * Base64 with the platform's codecs: `Buffer` on the server (btoa where an edge runtime has no
 * Buffer), `atob` in the browser where `Uint8Array.fromBase64` is missing (Node 20 has none).
 * test/browser/base64.test.ts runs the same table through Chromium's `Uint8Array.fromBase64`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBase64 } from '../../src/core/base64';
import { encodeBase64, encodeBase64Url } from '../../src/server/base64';
import { BASE64_CASES, BASE64_VARIANTS } from '../fixtures/base64Cases';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('encodeBase64 (server)', () => {
  it.each(BASE64_CASES)('%s: Buffer gives the exact text', (_name, bytes, base64) => {
    const from = vi.spyOn(Buffer, 'from');
    expect(encodeBase64(bytes)).toBe(base64);
    expect(from).toHaveBeenCalledTimes(1);
  });

  it.each(BASE64_CASES)('%s: btoa gives the same text without Buffer', (_name, bytes, base64) => {
    vi.stubGlobal('Buffer', undefined);
    const btoa = vi.spyOn(globalThis, 'btoa');
    expect(encodeBase64(bytes)).toBe(base64);
    expect(btoa).toHaveBeenCalledTimes(1);
  });

  it('encodes only the view it is given, not the rest of its buffer', () => {
    const backing = Uint8Array.from([0xff, 0x66, 0x6f, 0x6f, 0xff]);
    expect(encodeBase64(backing.subarray(1, 4))).toBe('Zm9v');
    vi.stubGlobal('Buffer', undefined);
    expect(encodeBase64(backing.subarray(1, 4))).toBe('Zm9v');
  });

  it('encodes base64url without padding', () => {
    expect(encodeBase64Url(Uint8Array.from([0xfb, 0xff, 0xbf, 0x01]))).toBe('-_-_AQ');
    expect(encodeBase64Url(new Uint8Array(0))).toBe('');
  });
});

describe('decodeBase64 (browser, atob)', () => {
  it('has no Uint8Array.fromBase64 here, so atob is the path under test', () => {
    expect('fromBase64' in Uint8Array).toBe(false);
  });

  it.each(BASE64_CASES)('%s: atob gives the exact bytes', (_name, bytes, base64) => {
    const atob = vi.spyOn(globalThis, 'atob');
    expect(decodeBase64(base64)).toEqual(bytes);
    expect(atob).toHaveBeenCalledTimes(1);
  });

  it.each(BASE64_VARIANTS)('%j decodes to %j', (text, bytes) => {
    expect(decodeBase64(text)).toEqual(bytes && Uint8Array.from(bytes));
  });

  it('prefers Uint8Array.fromBase64 when the engine has it: the text as given, then normalised', () => {
    // As the engine's: the standard alphabet only (ASCII white space skipped), else a SyntaxError.
    const fromBase64 = vi.fn((text: string) => {
      if (/[^A-Za-z0-9+/=\t\n\f\r ]/.test(text)) throw new SyntaxError('not base64');
      return Uint8Array.from(Buffer.from(text, 'base64'));
    });
    vi.stubGlobal('Uint8Array', Object.assign(class extends Uint8Array {}, { fromBase64 }));
    const atob = vi.spyOn(globalThis, 'atob');
    expect(decodeBase64('AQID')).toEqual(Uint8Array.from([1, 2, 3]));
    expect(fromBase64.mock.calls).toEqual([['AQID']]);
    fromBase64.mockClear();
    expect(decodeBase64('-_8')).toEqual(Uint8Array.from([0xfb, 0xff]));
    expect(fromBase64.mock.calls).toEqual([['-_8'], ['+/8']]);
    expect(atob).not.toHaveBeenCalled();
  });
});
