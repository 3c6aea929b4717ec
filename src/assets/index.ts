/**
 * react-face-liveness/vite: the detector's self-hosted assets for Vite apps (the plugin) and for
 * any build (copyDetectorAssets, also `npx react-face-liveness assets <dir>`). Node only.
 */
export { livenessAssets, type LivenessAssetsPluginOptions } from './livenessAssetsPlugin';
export {
  detectorAssetsMiddleware,
  DEFAULT_ASSETS_BASE,
  type AssetsMiddleware,
  type DetectorAssetsMiddlewareOptions,
} from './detectorAssetsMiddleware';
export {
  copyDetectorAssets,
  findDetectorAssets,
  DetectorAssetsError,
  WASM_FILES,
  FACE_MODEL_FILES,
  type DetectorAssetFile,
  type DetectorAssets,
} from './detectorAssets';
