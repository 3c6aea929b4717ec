/**
 * `react-face-liveness/vite`: a Vite plugin that serves the detector's assets in development and
 * writes them into the build, under `base` (default `/liveness-assets/`). In the build it also
 * leaves out the MediaPipe code Amplify's detector bundles but never runs, and loads TensorFlow.js's
 * CPU backend only where the detector runs on it (no WebAssembly).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import {
  DEFAULT_ASSETS_BASE,
  detectorAssetsMiddleware,
  normaliseBase,
  type AssetsMiddleware,
  type DetectorAssetsMiddlewareOptions,
} from './detectorAssetsMiddleware';
import { amplifyEsmOf, BLAZEFACE_IN_ESM, cpuBackendOnDemand, withCpuBackendOnDemand } from './lazyCpuBackend';
import { blazeFaceModuleOf, isMediaPipeWrapper, standInFor } from './unusedMediaPipe';

export interface LivenessAssetsPluginOptions extends DetectorAssetsMiddlewareOptions {
  /**
   * Keep MediaPipe's face_detection solution in the production build. Amplify's detector bundles
   * it but runs BlazeFace on TensorFlow.js only, so it is left out by default (18.5 kB brotli).
   * @default false
   */
  keepMediaPipe?: boolean;
  /**
   * Keep TensorFlow.js's CPU backend in the detector's chunk. Amplify's detector runs on it only
   * where WebAssembly is missing, so by default it is a chunk of its own, loaded only there (21 kB
   * brotli less in every other check).
   * @default false
   */
  eagerCpuBackend?: boolean;
}

type TransformContext = ThisParameterType<Extract<NonNullable<Plugin['transform']>, (...args: never[]) => unknown>>;

const KEPT_CPU_BACKEND =
  "kept TensorFlow.js's CPU backend in the detector's chunk: this @aws-amplify/ui-react-liveness's BlazeFace " +
  'module is not the one react-face-liveness/vite was written for.';

function mediaPipeStandIn(context: TransformContext, code: string, id: string) {
  return readFile(blazeFaceModuleOf(id), 'utf8')
    .catch(() => undefined)
    .then((blazeFace) => {
      const standIn = standInFor(code, blazeFace);
      if (standIn === undefined) {
        context.warn(
          "kept MediaPipe's face_detection solution: this @aws-amplify/ui-react-liveness may use it (its modules " +
            'are not the ones react-face-liveness/vite was written for).',
        );
      }
      return standIn ?? null;
    });
}

export function livenessAssets(options: LivenessAssetsPluginOptions = {}): Plugin {
  const base = normaliseBase(options.base ?? DEFAULT_ASSETS_BASE);
  let middleware: AssetsMiddleware;
  // Both rewrites are for production builds; the dev server pre-bundles Amplify as it is.
  let building = false;
  /** Per folder of Amplify's modules: whether its BlazeFace module can import the CPU backend itself. */
  const deferrable = new Map<string, Promise<boolean>>();
  const cpuBackendDeferrableIn = (context: TransformContext, esm: string) => {
    if (!deferrable.has(esm)) {
      const blazeFace = readFile(path.join(esm, BLAZEFACE_IN_ESM), 'utf8').catch(() => '');
      const decision = blazeFace.then((text) => cpuBackendOnDemand(text) !== undefined);
      void decision.then((yes) => yes || context.warn(KEPT_CPU_BACKEND));
      deferrable.set(esm, decision);
    }
    return deferrable.get(esm)!;
  };
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
    async transform(code, id, transformOptions) {
      // Server bundles are not downloaded: they keep Amplify's modules as they are.
      if (!building || transformOptions?.ssr) return null;
      if (isMediaPipeWrapper(id)) return options.keepMediaPipe ? null : mediaPipeStandIn(this, code, id);
      const esm = options.eagerCpuBackend ? undefined : amplifyEsmOf(id);
      if (esm === undefined || !(await cpuBackendDeferrableIn(this, esm))) return null;
      // BlazeFace's file could be rewritten, so its code must be: the others no longer import the backend.
      const onDemand = withCpuBackendOnDemand(code);
      return onDemand !== undefined ? onDemand : this.error(`react-face-liveness/vite could not rewrite ${id}.`);
    },
    async generateBundle() {
      for (const file of middleware.assets.files) {
        this.emitFile({ type: 'asset', fileName: (base + file.to).slice(1), source: await readFile(file.from) });
      }
    },
  };
}
