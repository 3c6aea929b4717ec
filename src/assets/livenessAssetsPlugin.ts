/**
 * `react-face-liveness/vite`: a Vite plugin that serves the detector's assets in development and
 * writes them into the build, under `base` (default `/liveness-assets/`).
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

export type LivenessAssetsPluginOptions = DetectorAssetsMiddlewareOptions;

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
    async generateBundle() {
      for (const file of middleware.assets.files) {
        this.emitFile({ type: 'asset', fileName: (base + file.to).slice(1), source: await readFile(file.from) });
      }
    },
  };
}
