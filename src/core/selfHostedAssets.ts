/**
 * Where the detector's run-time downloads live when an app hosts them itself (see
 * `npx react-face-liveness assets <dir>` and the `react-face-liveness/vite` plugin): one folder
 * with `wasm/` (TensorFlow.js's WASM binaries) and `face-model/` (the face detector).
 */
export const SELF_HOSTED_WASM_FOLDER = 'wasm/';
export const SELF_HOSTED_FACE_MODEL = 'face-model/model.json';

/** What the detector's `config` needs to load nothing from Amazon's CDN. */
export interface SelfHostedAssets {
  /** Folder URL (ending in `/`) TensorFlow.js appends its WASM file names to. */
  binaryPath: string;
  /** The face model's `model.json`. */
  faceModelUrl: string;
}

/**
 * `binaryPath` and `faceModelUrl` for the detector's `config`, from the URL the asset folder is
 * served at (`'/liveness-assets'`, `'https://static.example.com/liveness/'`). A path is resolved
 * against the page's address, because the face-model loader wants a full URL.
 *
 *   <LivenessCheck config={{ ...selfHostedAssets('/liveness-assets'), endpointOverride }} … />
 */
export function selfHostedAssets(baseUrl: string, pageUrl?: string): SelfHostedAssets {
  const folder = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const page = pageUrl ?? (typeof location === 'undefined' ? undefined : location.href);
  const absolute = page ? new URL(folder, page).href : folder;
  return { binaryPath: absolute + SELF_HOSTED_WASM_FOLDER, faceModelUrl: absolute + SELF_HOSTED_FACE_MODEL };
}
