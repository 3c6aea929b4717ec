/**
 * MediaPipe's face_detection solution, which `@aws-amplify/ui-react-liveness` 3.x bundles (inside
 * TensorFlow.js's face-detection model) and never runs: its BlazeFace detector is created with
 * `runtime: 'tfjs'`, so only the TensorFlow.js runtime is used. About 66 kB of minified code
 * (18.5 kB with brotli in a build of the bench page), evaluated in every check. `livenessAssets()`
 * builds a stand-in in its place, and only where Amplify's modules are the ones this was written
 * for: the wrapper that imports the solution, and a BlazeFace module that asks for `tfjs`.
 */
import path from 'node:path';
import { BLAZEFACE_IN_ESM } from './lazyCpuBackend';

/** Amplify's CommonJS wrapper around the solution; the only module that imports it. */
const WRAPPER = /[\\/]@aws-amplify[\\/]ui-react-liveness[\\/]dist[\\/]esm[\\/]_virtual[\\/]face_detection\.mjs$/;
/** What that wrapper imports: MediaPipe's solution, bundled into Amplify's dist. */
const SOLUTION = '/node_modules/@mediapipe/face_detection/face_detection.mjs';

const STAND_IN = `// react-face-liveness/vite: MediaPipe's face_detection solution left out (Amplify's detector runs TensorFlow.js).
export default class FaceDetection {
  constructor() {
    throw new Error("react-face-liveness/vite left MediaPipe's face_detection solution out of this build: Amplify's detector does not use it. Pass { keepMediaPipe: true } to livenessAssets() to keep it.");
  }
}
`;

const fileOf = (id: string) => id.split('?')[0]!;

/** Whether a module id (a file path, maybe with a query) is Amplify's wrapper of the solution. */
export function isMediaPipeWrapper(id: string): boolean {
  return !id.startsWith('\0') && WRAPPER.test(fileOf(id));
}

/** Where the BlazeFace module that goes with this wrapper is: it names the runtime it creates. */
export function blazeFaceModuleOf(wrapperId: string): string {
  return path.resolve(path.dirname(fileOf(wrapperId)), '..', BLAZEFACE_IN_ESM);
}

/**
 * The stand-in for the wrapper, or undefined when `wrapper` is not the wrapper this was written
 * for or `blazeFace` (the BlazeFace module's code, if found) may run MediaPipe's runtime.
 */
export function standInFor(wrapper: string, blazeFace: string | undefined): string | undefined {
  const isWrapper = wrapper.includes(SOLUTION) && /export \{ \w+ as default \}/.test(wrapper);
  const runsTfjs = !!blazeFace && /runtime: 'tfjs'/.test(blazeFace) && !/runtime: 'mediapipe'/.test(blazeFace);
  return isWrapper && runsTfjs ? STAND_IN : undefined;
}
