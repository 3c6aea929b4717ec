/**
 * Which files the Amplify detector downloads at run time, from its `config`: TensorFlow.js's WASM
 * binary (the SIMD build every current browser runs, threaded when the page is cross-origin
 * isolated) and the face model's `model.json` with the weight files it lists. Prefetching them
 * takes these downloads off the path from Start to the oval.
 */

/** The WASM file TensorFlow.js 4 picks from `binaryPath` (it always finds SIMD in current browsers). */
export function wasmUrl(binaryPath: string, crossOriginIsolated: boolean): string {
  const folder = binaryPath.endsWith('/') ? binaryPath : `${binaryPath}/`;
  return `${folder}${crossOriginIsolated ? 'tfjs-backend-wasm-threaded-simd.wasm' : 'tfjs-backend-wasm-simd.wasm'}`;
}

/** The weight files a TFJS graph model's `model.json` lists, resolved against the model's URL. */
export function modelWeightUrls(modelUrl: string, modelJson: unknown): string[] {
  const manifest = (modelJson as { weightsManifest?: unknown } | null)?.weightsManifest;
  if (!Array.isArray(manifest)) return [];
  return manifest.flatMap((group: { paths?: unknown }) =>
    Array.isArray(group?.paths)
      ? group.paths.filter((p): p is string => typeof p === 'string').map((p) => new URL(p, modelUrl).href)
      : [],
  );
}
