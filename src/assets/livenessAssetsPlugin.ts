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
import { isMediaPipeWrapper, standInFor } from './unusedMediaPipe';

export interface LivenessAssetsPluginOptions extends DetectorAssetsMiddlewareOptions {
  /**
   * Keep MediaPipe's face_detection solution in the build. Amplify's detector bundles it but runs
   * BlazeFace on TensorFlow.js only, so it is left out by default (18 kB brotli).
   * @default false
   */
  keepMediaPipe?: boolean;
}

export function livenessAssets(options: LivenessAssetsPluginOptions = {}): Plugin {
  const base = normaliseBase(options.base ?? DEFAULT_ASSETS_BASE);
  let middleware: AssetsMiddleware;
  return {
    name: 'react-face-liveness:assets',
    // Refuses at start-up (dev and build) when TensorFlow.js does not match the detector.
    configResolved(config) {
      middleware = detectorAssetsMiddleware({ base, projectRoot: options.projectRoot ?? config.root });
    },
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    async load(id) {
      if (options.keepMediaPipe || !isMediaPipeWrapper(id)) return null;
      return standInFor(await readFile(id.split('?')[0]!, 'utf8')) ?? null;
    },
    async generateBundle() {
      for (const file of middleware.assets.files) {
        this.emitFile({ type: 'asset', fileName: (base + file.to).slice(1), source: await readFile(file.from) });
      }
    },
  };
}
