/**
 * react-face-liveness/vite moves TensorFlow.js's CPU backend, which Amplify's modules import for its
 * side effect, into a chunk that Amplify's BlazeFace imports when it picks the CPU (no WebAssembly).
 * The browser side (a whole check with and without WebAssembly) is in test/e2e/csp.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createLogger } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { livenessAssets } from '../../src/assets';
import { amplifyEsmOf, cpuBackendOnDemand, isBlazeFaceModule, withoutCpuImport } from '../../src/assets/lazyCpuBackend';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ESM = path.join(repo, 'node_modules/@aws-amplify/ui-react-liveness/dist/esm');
const BLAZEFACE = path.join(ESM, 'components/FaceLivenessDetector/service/utils/blazefaceFaceDetection.mjs');
/** A CPU kernel's registration, as minified: 172 in a build, one of them shared with the WASM backend. */
const CPU_KERNEL = /backendName:\s*["'`]cpu["'`]/g;
const cpuKernels = (code: string) => code.match(CPU_KERNEL)?.length ?? 0;

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Builds an app whose entry is `main`, and returns its JavaScript files' text, by file name. */
async function buildApp(main: string, options: Parameters<typeof livenessAssets>[0], root?: string) {
  const dir = root ?? mkdtempSync(path.join(tmpdir(), 'rfl-cpu-'));
  temps.push(dir);
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(path.join(dir, 'main.js'), main);
  const warnings: string[] = [];
  const logger = createLogger('warn');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    customLogger: { ...logger, warn: (message) => void warnings.push(message) },
    plugins: [livenessAssets({ projectRoot: repo, ...options })],
    build: { chunkSizeWarningLimit: 10_000 },
  });
  const assets = path.join(dir, 'dist/assets');
  const js = readdirSync(assets).filter((file) => file.endsWith('.js'));
  return { files: new Map(js.map((file) => [file, readFileSync(path.join(assets, file), 'utf8')])), warnings };
}

const importBlazeFace = (from: string) =>
  `import { BlazeFaceFaceDetection } from '${from}';\nwindow.detector = new BlazeFaceFaceDetection();\n`;

describe("react-face-liveness/vite loads TensorFlow.js's CPU backend only where it runs", () => {
  it("splits the backend off Amplify's BlazeFace, which imports it when it picks the CPU", async () => {
    const { files, warnings } = await buildApp(importBlazeFace(BLAZEFACE), {});
    const withKernels = [...files].filter(([, code]) => cpuKernels(code) > 150).map(([file]) => file);
    expect(withKernels).toHaveLength(1);
    const [entry] = [...files].filter(([, code]) => code.includes('_loadCPUBackend'));
    expect(entry![0]).not.toBe(withKernels[0]);
    // The WASM backend's share of the CPU backend stays: a few functions and the Slice kernel's config.
    expect(cpuKernels(entry![1])).toBe(1);
    // The import sits in front of setBackend('cpu'), and names the backend's chunk.
    expect(entry![1]).toMatch(
      new RegExp(`_loadCPUBackend\\(\\)\\{await [\\w$]+\\(\\(\\)=>import\\(\`./${withKernels[0]}\``),
    );
    expect(warnings).toEqual([]);
  });

  it('keeps it in place with eagerCpuBackend', async () => {
    const { files } = await buildApp(importBlazeFace(BLAZEFACE), { eagerCpuBackend: true });
    expect(files.size).toBe(1);
    expect(cpuKernels([...files.values()][0]!)).toBe(172);
  });

  it('keeps it in place, and says so, when BlazeFace is not the module it was written for', async () => {
    // An Amplify of the same layout whose BlazeFace picks the CPU some other way.
    const root = mkdtempSync(path.join(tmpdir(), 'rfl-cpu-'));
    const esm = path.join(root, 'node_modules/@aws-amplify/ui-react-liveness/dist/esm');
    const blazeFace = path.join(esm, 'components/FaceLivenessDetector/service/utils/blazefaceFaceDetection.mjs');
    mkdirSync(path.dirname(blazeFace), { recursive: true });
    const cpu = path.relative(
      path.dirname(blazeFace),
      path.join(repo, 'node_modules/@tensorflow/tfjs-backend-cpu/dist/index.js'),
    );
    writeFileSync(
      blazeFace,
      `import { setBackend } from '${path.relative(path.dirname(blazeFace), path.join(repo, 'node_modules/@tensorflow/tfjs-core/dist/index.js'))}';\n` +
        `import '${cpu}';\n` +
        "export class BlazeFaceFaceDetection {\n    async useCpu() {\n        await setBackend('cpu');\n    }\n}\n",
    );
    const { files, warnings } = await buildApp(importBlazeFace(blazeFace), {}, root);
    expect(files.size).toBe(1);
    expect(cpuKernels([...files.values()][0]!)).toBe(172);
    expect(warnings.join('\n')).toContain("kept TensorFlow.js's CPU backend in the detector's chunk");
  });

  it('recognises only the modules it was written for', () => {
    expect(amplifyEsmOf(BLAZEFACE)).toBe(ESM);
    expect(amplifyEsmOf(`${BLAZEFACE}?v=1a2b`)).toBe(ESM);
    expect(amplifyEsmOf(`\0${BLAZEFACE}`)).toBe(undefined);
    expect(amplifyEsmOf('/app/node_modules/@aws-amplify/ui-react/dist/esm/index.mjs')).toBe(undefined);
    const windows =
      'C:\\app\\node_modules\\@aws-amplify\\ui-react-liveness\\dist\\esm\\components\\FaceLivenessDetector\\service\\utils\\blazefaceFaceDetection.mjs';
    expect(amplifyEsmOf(windows)).toBe('C:\\app\\node_modules\\@aws-amplify\\ui-react-liveness\\dist\\esm');
    expect(isBlazeFaceModule(windows)).toBe(true);
    expect(isBlazeFaceModule(`${BLAZEFACE}?v=1a2b`)).toBe(true);
    expect(isBlazeFaceModule(path.join(ESM, 'index.mjs'))).toBe(false);
    expect(isBlazeFaceModule(BLAZEFACE.replace('blazefaceFaceDetection', 'blazeface'))).toBe(false);
  });

  it('rewrites exactly the lines it was written for', () => {
    const code = readFileSync(BLAZEFACE, 'utf8');
    const rewritten = cpuBackendOnDemand(code)!;
    expect(rewritten).not.toContain("import '@tensorflow/tfjs-backend-cpu';");
    expect(rewritten).toContain(
      "    async _loadCPUBackend() {\n        await import('@tensorflow/tfjs-backend-cpu');\n        await setBackend('cpu');\n",
    );
    // Nothing else changes: the rewrite is those two lines.
    expect(rewritten.length - code.length).toBe(
      "        await import('@tensorflow/tfjs-backend-cpu');\n".length -
        "import '@tensorflow/tfjs-backend-cpu';\n".length,
    );
    expect(cpuBackendOnDemand(code.replace("await setBackend('cpu');", "await setBackend('webgl');"))).toBe(undefined);
    expect(
      cpuBackendOnDemand(
        `${code}\nclass Other {\n    async _loadCPUBackend() {\n        await setBackend('cpu');\n    }\n}\n`,
      ),
    ).toBe(undefined);

    expect(
      withoutCpuImport("import '@tensorflow/tfjs-core';\nimport '@tensorflow/tfjs-backend-cpu';\nexport {};\n"),
    ).toBe("import '@tensorflow/tfjs-core';\nexport {};\n");
    expect(withoutCpuImport("import { shared } from '@tensorflow/tfjs-backend-cpu/dist/shared';\n")).toBe(null);
    expect(withoutCpuImport("import * as cpu from '@tensorflow/tfjs-backend-cpu';\n")).toBe(null);
  });
});
