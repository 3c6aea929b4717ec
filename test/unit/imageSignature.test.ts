// @vitest-environment node
// Pure functions: run without any DOM to prove they need none.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageTypeOf } from '../../src/core/imageSignature';

describe('imageTypeOf', () => {
  it('recognises the JPEG fixture by its bytes', () => {
    const jpeg = new Uint8Array(readFileSync(path.join(process.cwd(), 'test/fixtures/astronaut.jpg')));
    expect(imageTypeOf(jpeg)).toBe('image/jpeg');
  });

  it('recognises a PNG signature', () => {
    expect(imageTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(
      'image/png',
    );
  });

  it('refuses other formats, truncated signatures and empty input', () => {
    const text = (value: string) => new TextEncoder().encode(value);
    expect(imageTypeOf(text('GIF89a'))).toBeUndefined();
    expect(imageTypeOf(text('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toBeUndefined();
    expect(imageTypeOf(text('RIFF\0\0\0\0WEBPVP8 '))).toBeUndefined();
    expect(imageTypeOf(new Uint8Array([0xff, 0xd8]))).toBeUndefined();
    expect(imageTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    expect(imageTypeOf(new Uint8Array())).toBeUndefined();
  });
});
