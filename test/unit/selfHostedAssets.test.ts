// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { selfHostedAssets } from '../../src/core/selfHostedAssets';

describe('selfHostedAssets', () => {
  it('resolves a path against the page, with or without a trailing slash', () => {
    const expected = {
      binaryPath: 'https://app.example/liveness-assets/wasm/',
      faceModelUrl: 'https://app.example/liveness-assets/face-model/model.json',
    };
    expect(selfHostedAssets('/liveness-assets', 'https://app.example/checks/new')).toEqual(expected);
    expect(selfHostedAssets('/liveness-assets/', 'https://app.example/')).toEqual(expected);
  });

  it('keeps a full URL on another origin', () => {
    expect(selfHostedAssets('https://static.example/rfl', 'https://app.example/')).toEqual({
      binaryPath: 'https://static.example/rfl/wasm/',
      faceModelUrl: 'https://static.example/rfl/face-model/model.json',
    });
  });

  it('uses the page address by default (jsdom: http://localhost:3000/)', () => {
    expect(selfHostedAssets('assets').binaryPath).toBe(`${new URL('assets/wasm/', location.href).href}`);
    expect(location.href).toMatch(/^http:\/\/localhost/);
  });
});
