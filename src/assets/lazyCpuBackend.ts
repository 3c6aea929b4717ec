/**
 * TensorFlow.js's CPU backend. `@aws-amplify/ui-react-liveness` 3.x imports it for its side effect
 * (registering every CPU kernel) from each of its entry modules, but BlazeFace runs on it only where
 * WebAssembly is missing (`_loadCPUBackend`). That is about 108 kB of minified code (21 kB brotli
 * less in the detector's chunk of the bench page), evaluated in every check. `livenessAssets()` moves it into a chunk
 * of its own that BlazeFace imports just before `setBackend('cpu')`, so browsers with WebAssembly
 * never load it. Only where Amplify's BlazeFace module is the one this was written for.
 */

/** An Amplify module: the folder of Amplify's ES modules, then the module's path inside it. */
const AMPLIFY_ESM = /^(.*[\\/]@aws-amplify[\\/]ui-react-liveness[\\/]dist[\\/]esm)[\\/]/;
/** Amplify's BlazeFace module, inside that folder: the one place the CPU backend is chosen. */
export const BLAZEFACE_IN_ESM = 'components/FaceLivenessDetector/service/utils/blazefaceFaceDetection.mjs';
/** Amplify's side-effect import of the backend, a line of its own in each module that has it. */
const CPU_IMPORT = /^import '@tensorflow\/tfjs-backend-cpu';\n/gm;
/** BlazeFace's choice of the CPU backend, where the import goes instead. */
const CPU_CHOSEN = /(async _loadCPUBackend\(\) \{\n)(\s*)(await setBackend\('cpu'\);)/;

/** Whether a module id is Amplify's BlazeFace module. */
export function isBlazeFaceModule(id: string): boolean {
  const esm = amplifyEsmOf(id);
  return (
    esm !== undefined &&
    id
      .split('?')[0]!
      .slice(esm.length + 1)
      .replaceAll('\\', '/') === BLAZEFACE_IN_ESM
  );
}

/** The folder of Amplify's ES modules that a module id (a path, maybe with a query) is in. */
export function amplifyEsmOf(id: string): string | undefined {
  if (id.startsWith('\0')) return undefined;
  return AMPLIFY_ESM.exec(id.split('?')[0]!)?.[1];
}

/**
 * BlazeFace's module importing the backend when it chooses it, or undefined when the module is not
 * the one this was written for (so the backend must stay where Amplify imports it).
 */
export function cpuBackendOnDemand(blazeFace: string): string | undefined {
  const chosen = blazeFace.match(new RegExp(CPU_CHOSEN, 'g'));
  if (chosen?.length !== 1) return undefined;
  return (withoutCpuImport(blazeFace) ?? blazeFace).replace(
    CPU_CHOSEN,
    "$1$2await import('@tensorflow/tfjs-backend-cpu');\n$2$3",
  );
}

/** A module without Amplify's side-effect import of the backend, or null when it has none. */
export function withoutCpuImport(code: string): string | null {
  const without = code.replace(CPU_IMPORT, '');
  return without === code ? null : without;
}
