/**
 * `react-face-liveness/vite`: a Vite plugin that serves the detector's assets in development and
 * writes them into the build, under `base` (default `/liveness-assets/`), and leaves out of the
 * build the MediaPipe code Amplify's detector bundles but never runs.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import {
  DEFAULT_ASSETS_BASE,
  detectorAssetsMiddleware,
  normaliseBase,
  type AssetsMiddleware,
  type DetectorAssetsMiddlewareOptions,
} from './detectorAssetsMiddleware';
import { blazeFaceModuleOf, isMediaPipeWrapper, standInFor } from './unusedMediaPipe';

export interface LivenessAssetsPluginOptions extends DetectorAssetsMiddlewareOptions {
  /**
   * Keep MediaPipe's face_detection solution in the production build. Amplify's detector bundles
   * it but runs BlazeFace on TensorFlow.js only, so it is left out by default (18.5 kB brotli).
   * @default false
   */
  keepMediaPipe?: boolean;
}

export function livenessAssets(options: LivenessAssetsPluginOptions = {}): Plugin {
  const base = normaliseBase(options.base ?? DEFAULT_ASSETS_BASE);
  let middleware: AssetsMiddleware;
  // The stand-in is for production builds; the dev server pre-bundles Amplify as it is.
  let building = false;
  return {
    name: 'react-face-liveness:assets',
    // Refuses at start-up (dev and build) when TensorFlow.js does not match the detector.
    configResolved(config) {
      building = config.command === 'build';
      middleware = detectorAssetsMiddleware({ base, projectRoot: options.projectRoot ?? config.root });
    },
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    async transform(code, id) {
      if (!building || options.keepMediaPipe || !isMediaPipeWrapper(id)) return null;
      const blazeFace = await readFile(blazeFaceModuleOf(id), 'utf8').catch(() => undefined);
      const standIn = standInFor(code, blazeFace);
      if (standIn === undefined) {
        this.warn(
          "kept MediaPipe's face_detection solution: this @aws-amplify/ui-react-liveness may use it (its modules " +
            'are not the ones react-face-liveness/vite was written for).',
        );
      }
      return standIn ?? null;
    },
    async generateBundle() {
      for (const file of middleware.assets.files) {
        this.emitFile({ type: 'asset', fileName: (base + file.to).slice(1), source: await readFile(file.from) });
      }
    },
  };
}
