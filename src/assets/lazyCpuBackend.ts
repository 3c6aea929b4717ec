/**
 * TensorFlow.js's CPU backend. `@aws-amplify/ui-react-liveness` 3.x imports it for its side effect
 * (registering every CPU kernel) from each of its entry modules, but BlazeFace runs on it only where
 * WebAssembly is missing (`_loadCPUBackend`). That is about 108 kB of minified code (21 kB brotli
 * less in the detector's chunk of the bench page), evaluated in every check. `livenessAssets()`
 * moves it into a chunk of its own that BlazeFace's module starts loading when it is evaluated
 * without WebAssembly, and awaits before `setBackend('cpu')`: browsers with WebAssembly never load
 * it. Only where Amplify's BlazeFace module is the one this was written for.
 */

/** An Amplify module: the folder of Amplify's ES modules, then the module's path inside it. */
const AMPLIFY_ESM = /^(.*[\\/]@aws-amplify[\\/]ui-react-liveness[\\/]dist[\\/]esm)[\\/]/;
/** Amplify's BlazeFace module, inside that folder: the one place the CPU backend is chosen. */
export const BLAZEFACE_IN_ESM = 'components/FaceLivenessDetector/service/utils/blazefaceFaceDetection.mjs';
/** Amplify's side-effect import of the backend, a line of its own in each module that has it. */
const CPU_IMPORT = /^import '@tensorflow\/tfjs-backend-cpu';\n/gm;
/** BlazeFace's choice of the CPU backend, where it awaits the backend's chunk instead. */
const CPU_CHOSEN = /(async _loadCPUBackend\(\) \{\n)(\s*)(await setBackend\('cpu'\);)/;
/** BlazeFace's own test for WebAssembly, which decides whether the chunk is wanted. */
const WASM_TEST = "import { isWebAssemblySupported } from './support.mjs';";
/** What BlazeFace's module gets: the chunk's import, started as soon as it is known to be needed. */
const CPU_LOADER =
  '\n// react-face-liveness/vite: the CPU backend, a chunk of its own, loaded only without WebAssembly.\n' +
  'let cpuBackend;\n' +
  'const loadCpuBackend = () =>\n' +
  "  (cpuBackend ??= import('@tensorflow/tfjs-backend-cpu').catch((error) => {\n" +
  '    cpuBackend = undefined;\n' +
  '    throw error;\n' +
  '  }));\n' +
  'if (!isWebAssemblySupported()) loadCpuBackend().catch(() => undefined);\n';
const AWAIT_LOADER = 'await loadCpuBackend();';

/** The folder of Amplify's ES modules that a module id (a path, maybe with a query) is in. */
export function amplifyEsmOf(id: string): string | undefined {
  if (id.startsWith('\0')) return undefined;
  return AMPLIFY_ESM.exec(id.split(/[?#]/)[0]!)?.[1];
}

const count = (code: string, text: string) => code.split(text).length - 1;

/**
 * BlazeFace's module loading the backend itself, or undefined when it is not the module this was
 * written for: the CPU backend must then stay where Amplify imports it. Written for exactly one
 * `setBackend('cpu')`, in `_loadCPUBackend`, and BlazeFace's own WebAssembly test.
 */
export function cpuBackendOnDemand(blazeFace: string): string | undefined {
  const fits =
    count(blazeFace, "setBackend('cpu')") === 1 && CPU_CHOSEN.test(blazeFace) && count(blazeFace, WASM_TEST) === 1;
  if (!fits) return undefined;
  const loaded = (withoutCpuImport(blazeFace) ?? blazeFace).replace(CPU_CHOSEN, `$1$2${AWAIT_LOADER}\n$2$3`);
  return loaded.replace(WASM_TEST, `${WASM_TEST}${CPU_LOADER}`);
}

/**
 * One of Amplify's modules with the backend loaded on demand, null when it is to stay as it is, or
 * undefined when it is BlazeFace's but cannot be rewritten (the build must stop: the other modules
 * no longer import the backend). Called only once BlazeFace's file is known to fit.
 */
export function withCpuBackendOnDemand(code: string): string | null | undefined {
  // Rewritten already (the plugin listed twice), or nothing to do.
  if (code.includes(AWAIT_LOADER)) return null;
  if (code.includes('_loadCPUBackend')) return cpuBackendOnDemand(code);
  const without = withoutCpuImport(code);
  // A module other than BlazeFace's that picks a backend keeps its import: the backend stays eager.
  return without === undefined || /setBackend|getBackend|'cpu'/.test(without) ? null : without;
}

/** A module without Amplify's side-effect import of the backend, or undefined when it has none. */
function withoutCpuImport(code: string): string | undefined {
  const without = code.replace(CPU_IMPORT, '');
  return without === code ? undefined : without;
}
