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
import { amplifyEsmOf, cpuBackendOnDemand, withCpuBackendOnDemand } from '../../src/assets/lazyCpuBackend';
import { cpuBackendLayout } from '../fixtures/cpuBackendChunks';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ESM = path.join(repo, 'node_modules/@aws-amplify/ui-react-liveness/dist/esm');
const BLAZEFACE = path.join(ESM, 'components/FaceLivenessDetector/service/utils/blazefaceFaceDetection.mjs');
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

/** The backend in a chunk of its own; the WASM backend's share (the Slice kernel's config) stays. */
const split = {
  backendChunks: 1,
  backendWithBlazeFace: false,
  kernelsElsewhere: 1,
  importedStatically: false,
  importedDynamically: true,
};
const eager = {
  backendChunks: 1,
  backendWithBlazeFace: true,
  kernelsElsewhere: 0,
  importedStatically: false,
  importedDynamically: false,
};

describe("react-face-liveness/vite loads TensorFlow.js's CPU backend only where it runs", () => {
  it("splits the backend off Amplify's BlazeFace, which imports it when it picks the CPU", async () => {
    const { files, warnings } = await buildApp(importBlazeFace(BLAZEFACE), {});
    expect(cpuBackendLayout(files)).toEqual(split);
    const [blazeFace] = [...files.values()].filter((code) => code.includes('_loadCPUBackend'));
    expect(blazeFace).toMatch(/_loadCPUBackend\(\)\{await [\w$]+\(\),await [\w$]+\(`cpu`\)/);
    expect(warnings).toEqual([]);
  });

  it('splits it off the whole of Amplify, whose every entry module imports it', async () => {
    const main = `import('${path.join(ESM, 'index.mjs')}').then((liveness) => (window.liveness = liveness));\n`;
    const { files, warnings } = await buildApp(main, {});
    expect(cpuBackendLayout(files)).toEqual(split);
    // Rollup's notes on Radix's "use client" aside, nothing from the plugin.
    expect(warnings.filter((warning) => !warning.includes('MODULE_LEVEL_DIRECTIVE'))).toEqual([]);
  }, 60_000);

  it('keeps it in place with eagerCpuBackend', async () => {
    const { files } = await buildApp(importBlazeFace(BLAZEFACE), { eagerCpuBackend: true });
    expect(files.size).toBe(1);
    expect(cpuBackendLayout(files)).toEqual(eager);
  });

  it('rewrites BlazeFace once when the plugin is listed twice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rfl-cpu-'));
    temps.push(dir);
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
    writeFileSync(path.join(dir, 'main.js'), importBlazeFace(BLAZEFACE));
    const twice = [livenessAssets({ projectRoot: repo }), livenessAssets({ projectRoot: repo })];
    await build({ root: dir, configFile: false, logLevel: 'silent', plugins: twice });
    const assets = path.join(dir, 'dist/assets');
    const js = readdirSync(assets).filter((file) => file.endsWith('.js'));
    expect(cpuBackendLayout(new Map(js.map((file) => [file, readFileSync(path.join(assets, file), 'utf8')])))).toEqual(
      split,
    );
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
        "export class BlazeFaceFaceDetection {\n    async _loadCPUBackend() {\n        await setBackend('cpu');\n    }\n    async other() {\n        await setBackend('cpu');\n    }\n}\n",
    );
    const { files, warnings } = await buildApp(importBlazeFace(blazeFace), {}, root);
    expect(files.size).toBe(1);
    expect(/backendName:\s*["'`]cpu["'`]/.test([...files.values()][0]!)).toBe(true);
    expect(warnings.join('\n')).toContain("kept TensorFlow.js's CPU backend in the detector's chunk");
  });

  it('recognises only the modules it was written for', () => {
    expect(amplifyEsmOf(BLAZEFACE)).toBe(ESM);
    expect(amplifyEsmOf(`${BLAZEFACE}?v=1a2b`)).toBe(ESM);
    expect(amplifyEsmOf(`${BLAZEFACE}#x`)).toBe(ESM);
    expect(amplifyEsmOf(`\0${BLAZEFACE}`)).toBe(undefined);
    expect(amplifyEsmOf('/app/node_modules/@aws-amplify/ui-react/dist/esm/index.mjs')).toBe(undefined);
    const windows =
      'C:\\app\\node_modules\\@aws-amplify\\ui-react-liveness\\dist\\esm\\components\\FaceLivenessDetector\\service\\utils\\blazefaceFaceDetection.mjs';
    expect(amplifyEsmOf(windows)).toBe('C:\\app\\node_modules\\@aws-amplify\\ui-react-liveness\\dist\\esm');
    const pnpm =
      '/app/node_modules/.pnpm/@aws-amplify+ui-react-liveness@3.6.8/node_modules/@aws-amplify/ui-react-liveness/dist/esm/index.mjs';
    expect(amplifyEsmOf(pnpm)).toBe(pnpm.slice(0, -'/index.mjs'.length));
  });

  it('rewrites exactly the lines it was written for', () => {
    const code = readFileSync(BLAZEFACE, 'utf8');
    const rewritten = cpuBackendOnDemand(code)!;
    expect(rewritten).not.toContain("import '@tensorflow/tfjs-backend-cpu';");
    expect(rewritten).toContain(
      "    async _loadCPUBackend() {\n        await loadCpuBackend();\n        await setBackend('cpu');\n",
    );
    // The chunk's import, started when the module is evaluated without WebAssembly, and again after
    // a failure (a later check tries anew).
    expect(rewritten).toContain(
      "import { isWebAssemblySupported } from './support.mjs';\n" +
        '// react-face-liveness/vite: the CPU backend, a chunk of its own, loaded only without WebAssembly.\n' +
        'let cpuBackend;\n' +
        'const loadCpuBackend = () =>\n' +
        "  (cpuBackend ??= import('@tensorflow/tfjs-backend-cpu').catch((error) => {\n" +
        '    cpuBackend = undefined;\n' +
        '    throw error;\n' +
        '  }));\n' +
        'if (!isWebAssemblySupported()) loadCpuBackend().catch(() => undefined);\n',
    );
    // Not the module it was written for: another choice of the CPU, no import of its WebAssembly
    // test, or rewritten already.
    const fallback = code.replace(
      "this.modelBackend = 'wasm';",
      "this.modelBackend = 'wasm';\n        await setBackend('cpu');",
    );
    expect(fallback).not.toBe(code);
    expect(cpuBackendOnDemand(fallback)).toBe(undefined);
    expect(cpuBackendOnDemand(code.replace("await setBackend('cpu');", "await setBackend('webgl');"))).toBe(undefined);
    expect(cpuBackendOnDemand(code.replace("import { isWebAssemblySupported } from './support.mjs';", ''))).toBe(
      undefined,
    );
    expect(cpuBackendOnDemand(rewritten)).toBe(undefined);
    expect(withCpuBackendOnDemand(rewritten)).toBe(null);
    expect(withCpuBackendOnDemand(code)).toBe(rewritten);
  });

  it("drops Amplify's side-effect import from modules that do not pick a backend", () => {
    expect(
      withCpuBackendOnDemand("import '@tensorflow/tfjs-core';\nimport '@tensorflow/tfjs-backend-cpu';\nexport {};\n"),
    ).toBe("import '@tensorflow/tfjs-core';\nexport {};\n");
    // Any other import of the backend, or none: left alone.
    expect(withCpuBackendOnDemand("import { sliceImpl } from '@tensorflow/tfjs-backend-cpu/dist/shared';\n")).toBe(
      null,
    );
    expect(withCpuBackendOnDemand("import * as cpu from '@tensorflow/tfjs-backend-cpu';\n")).toBe(null);
    expect(withCpuBackendOnDemand("  import '@tensorflow/tfjs-backend-cpu';\n")).toBe(null);
    // A module other than BlazeFace's that picks a backend keeps its import.
    expect(withCpuBackendOnDemand("import '@tensorflow/tfjs-backend-cpu';\nawait setBackend('cpu');\n")).toBe(null);
    expect(withCpuBackendOnDemand("import '@tensorflow/tfjs-backend-cpu';\nconsole.log(getBackend());\n")).toBe(null);
  });
});
