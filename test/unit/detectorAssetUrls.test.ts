import { describe, expect, it } from 'vitest';
import { modelWeightUrls, wasmUrl } from '../../src/core/detectorAssetUrls';

describe('detector asset URLs', () => {
  it('names the SIMD WASM build, threaded when the page is cross-origin isolated', () => {
    expect(wasmUrl('/liveness/wasm/', false)).toBe('/liveness/wasm/tfjs-backend-wasm-simd.wasm');
    expect(wasmUrl('/liveness/wasm', false)).toBe('/liveness/wasm/tfjs-backend-wasm-simd.wasm');
    expect(wasmUrl('https://a.example/w/', true)).toBe('https://a.example/w/tfjs-backend-wasm-threaded-simd.wasm');
  });

  it("resolves the model's weight files against the model's URL", () => {
    const json = { weightsManifest: [{ paths: ['a.bin', '../b.bin'] }, { paths: ['c.bin', 7] }, {}] };
    expect(modelWeightUrls('https://a.example/m/model.json', json)).toEqual([
      'https://a.example/m/a.bin',
      'https://a.example/b.bin',
      'https://a.example/m/c.bin',
    ]);
    expect(modelWeightUrls('https://a.example/m/model.json', null)).toEqual([]);
    expect(modelWeightUrls('https://a.example/m/model.json', { weightsManifest: 'x' })).toEqual([]);
  });
});
