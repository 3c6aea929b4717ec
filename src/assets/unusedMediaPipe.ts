/**
 * MediaPipe's face_detection solution, which `@aws-amplify/ui-react-liveness` 3.x bundles (inside
 * TensorFlow.js's face-detection model) and never runs: its BlazeFace detector is created with
 * `runtime: 'tfjs'`, so only the TensorFlow.js runtime is used. About 66 kB of minified code,
 * 18 kB with brotli, in every build of the detector. `livenessAssets()` puts a stand-in in its
 * place, and only where Amplify's module is the wrapper of that solution this was written for.
 */

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

/** Whether a module id (a path, maybe with a query) is Amplify's wrapper of the solution. */
export function isMediaPipeWrapper(id: string): boolean {
  return WRAPPER.test(id.split('?')[0]!);
}

/** The stand-in for the wrapper, or undefined when `code` is not the wrapper this was written for. */
export function standInFor(code: string): string | undefined {
  return code.includes(SOLUTION) && /export \{ \w+ as default \}/.test(code) ? STAND_IN : undefined;
}
