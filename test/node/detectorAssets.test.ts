import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createLogger, createServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { copyDetectorAssets, findDetectorAssets, livenessAssets } from '../../src/assets';
import { runAssetsCli } from '../../src/assets/runAssetsCli';
import { blazeFaceModuleOf, isMediaPipeWrapper, standInFor } from '../../src/assets/unusedMediaPipe';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TFJS_DIST = path.join(repo, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const EXPECTED_FILES = [
  'face-model/NOTICE.md',
  'face-model/facemesh-detection-short.bin',
  'face-model/model.json',
  'versions.json',
  'wasm/tfjs-backend-wasm-simd.wasm',
  'wasm/tfjs-backend-wasm-threaded-simd.wasm',
  'wasm/tfjs-backend-wasm.wasm',
];

const temps: string[] = [];
function temp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rfl-assets-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [prefix + e.name]))
    .sort();
}

/** A project whose node_modules holds the detector and TensorFlow.js packages at the given versions. */
function fakeProject(versions: { declared: string; wasm: string; core: string }): string {
  const root = temp();
  const pkg = (name: string, manifest: object, files: Record<string, string> = {}) => {
    const dir = path.join(root, 'node_modules', name);
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, main: 'index.js', ...manifest }));
    writeFileSync(path.join(dir, 'index.js'), '');
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  };
  pkg('@aws-amplify/ui-react-liveness', {
    version: '3.6.8',
    dependencies: { '@tensorflow/tfjs-backend-wasm': versions.declared, '@tensorflow/tfjs-core': versions.declared },
  });
  pkg(
    '@tensorflow/tfjs-backend-wasm',
    { version: versions.wasm },
    {
      'dist/tfjs-backend-wasm.wasm': 'plain',
      'dist/tfjs-backend-wasm-simd.wasm': 'simd',
      'dist/tfjs-backend-wasm-threaded-simd.wasm': 'threaded',
    },
  );
  pkg('@tensorflow/tfjs-core', { version: versions.core });
  return root;
}

describe('copyDetectorAssets', () => {
  it('copies the WASM of the TensorFlow.js the installed detector resolves, and the face model with its notice', async () => {
    const out = temp();
    const assets = await copyDetectorAssets(out, repo);
    expect(assets).toMatchObject({ livenessVersion: '3.6.8', tfjsVersion: '4.11.0' });
    expect(listFiles(out)).toEqual(EXPECTED_FILES);
    for (const name of [
      'tfjs-backend-wasm.wasm',
      'tfjs-backend-wasm-simd.wasm',
      'tfjs-backend-wasm-threaded-simd.wasm',
    ]) {
      expect(readFileSync(path.join(out, 'wasm', name)).equals(readFileSync(path.join(TFJS_DIST, name)))).toBe(true);
    }
    expect(sha256(readFileSync(path.join(out, 'face-model/model.json')))).toBe(
      '39a0a802cee9aeacd430e35b819f3a77f1440ca94747388a4147185a0bda7a03',
    );
    expect(sha256(readFileSync(path.join(out, 'face-model/facemesh-detection-short.bin')))).toBe(
      'e9b69ee1c1f8cd33c58120bcd75bf8c56bfba20c880f447e9d293ec102059d4b',
    );
    expect(readFileSync(path.join(out, 'face-model/NOTICE.md'), 'utf8')).toContain('Apache License 2.0');
    expect(JSON.parse(readFileSync(path.join(out, 'versions.json'), 'utf8'))).toEqual({
      livenessVersion: '3.6.8',
      tfjsVersion: '4.11.0',
    });
  });

  it('reads the versions from the installed packages, not from a constant', () => {
    const project = fakeProject({ declared: '4.22.0', wasm: '4.22.0', core: '4.22.0' });
    const assets = findDetectorAssets(project);
    expect(assets.tfjsVersion).toBe('4.22.0');
    expect(assets.files[1]).toEqual({
      from: path.join(project, 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm'),
      to: 'wasm/tfjs-backend-wasm-simd.wasm',
    });
  });

  it('refuses when the installed tfjs-backend-wasm is not the version the detector declares', () => {
    const project = fakeProject({ declared: '4.11.0', wasm: '4.22.0', core: '4.22.0' });
    expect(() => findDetectorAssets(project)).toThrow(
      /@aws-amplify\/ui-react-liveness@3\.6\.8 needs @tensorflow\/tfjs-backend-wasm@4\.11\.0, but 4\.22\.0 is installed/,
    );
  });

  it('refuses when tfjs-core and tfjs-backend-wasm differ', () => {
    const project = fakeProject({ declared: '^4.11.0', wasm: '4.11.0', core: '4.12.0' });
    expect(() => findDetectorAssets(project)).toThrow(
      'resolves @tensorflow/tfjs-core@4.12.0 but @tensorflow/tfjs-backend-wasm@4.11.0',
    );
  });

  it('says what to install when the detector is missing', () => {
    expect(() => findDetectorAssets(temp())).toThrow(/Cannot find @aws-amplify\/ui-react-liveness .*npm install/);
  });
});

describe('react-face-liveness assets <dir>', () => {
  it('copies into the folder and says what it copied', async () => {
    const cwd = temp();
    const out: string[] = [];
    const code = await runAssetsCli({
      argv: ['assets', 'public/liveness-assets', '--project', repo],
      cwd,
      write: (t) => out.push(t),
    });
    expect(code).toBe(0);
    expect(listFiles(path.join(cwd, 'public/liveness-assets'))).toEqual(EXPECTED_FILES);
    expect(out.join('')).toContain('Copied 6 files into');
    expect(out.join('')).toContain('TensorFlow.js WASM 4.11.0 (for @aws-amplify/ui-react-liveness 3.6.8)');
  });

  it('exits 1 with the reason, and copies nothing, on a version mismatch', async () => {
    const project = fakeProject({ declared: '4.11.0', wasm: '4.10.0', core: '4.10.0' });
    const out: string[] = [];
    const code = await runAssetsCli({ argv: ['assets', 'out'], cwd: project, write: (t) => out.push(t) });
    expect(code).toBe(1);
    expect(out.join('')).toMatch(
      /^react-face-liveness assets: .*needs @tensorflow\/tfjs-backend-wasm@4\.11\.0, but 4\.10\.0/,
    );
    expect(readdirSync(project)).toEqual(['node_modules']);
  });

  it('prints the usage without a command or folder', async () => {
    const out: string[] = [];
    expect(await runAssetsCli({ argv: [], cwd: repo, write: (t) => out.push(t) })).toBe(1);
    expect(await runAssetsCli({ argv: ['assets'], cwd: repo, write: (t) => out.push(t) })).toBe(1);
    expect(out.join('')).toContain('Usage: react-face-liveness assets <dir>');
    expect(out.join('')).toContain('name one target folder');
  });
});

describe('react-face-liveness/vite', () => {
  function app(): string {
    const root = temp();
    writeFileSync(
      path.join(root, 'index.html'),
      '<!doctype html><title>app</title><script type="module" src="./main.js"></script>',
    );
    writeFileSync(path.join(root, 'main.js'), 'document.title = "built";');
    return root;
  }

  it('writes the assets into the build under the base path', async () => {
    const root = app();
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [livenessAssets({ base: '/static/liveness/', projectRoot: repo })],
    });
    const files = listFiles(path.join(root, 'dist/static/liveness'));
    expect(files).toEqual(EXPECTED_FILES.filter((f) => f !== 'versions.json'));
    const simd = 'wasm/tfjs-backend-wasm-simd.wasm';
    expect(
      readFileSync(path.join(root, 'dist/static/liveness', simd)).equals(
        readFileSync(path.join(TFJS_DIST, 'tfjs-backend-wasm-simd.wasm')),
      ),
    ).toBe(true);
  });

  it('serves them in development with their content types', async () => {
    const server = await createServer({
      root: app(),
      configFile: false,
      logLevel: 'silent',
      plugins: [livenessAssets({ projectRoot: repo })],
      server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    });
    await server.listen();
    try {
      const address = server.httpServer!.address() as { port: number };
      const base = `http://127.0.0.1:${address.port}/liveness-assets/`;
      const wasm = await fetch(`${base}wasm/tfjs-backend-wasm-simd.wasm`);
      expect(wasm.headers.get('content-type')).toBe('application/wasm');
      expect(Buffer.from(await wasm.arrayBuffer()).length).toBe(424_594);
      const model = await fetch(`${base}face-model/model.json`);
      expect(model.headers.get('content-type')).toBe('application/json');
      expect(sha256(Buffer.from(await model.arrayBuffer()))).toBe(
        '39a0a802cee9aeacd430e35b819f3a77f1440ca94747388a4147185a0bda7a03',
      );
    } finally {
      await server.close();
    }
  });

  it('stops the build with the reason on a version mismatch', async () => {
    const project = fakeProject({ declared: '4.11.0', wasm: '4.22.0', core: '4.22.0' });
    await expect(
      build({
        root: app(),
        configFile: false,
        logLevel: 'silent',
        plugins: [livenessAssets({ projectRoot: project })],
      }),
    ).rejects.toThrow('needs @tensorflow/tfjs-backend-wasm@4.11.0, but 4.22.0 is installed');
  });
});

describe('react-face-liveness/vite leaves MediaPipe out', () => {
  const ESM = path.join(repo, 'node_modules/@aws-amplify/ui-react-liveness/dist/esm');
  const WRAPPER = path.join(ESM, '_virtual/face_detection.mjs');
  const BLAZEFACE = path.join(ESM, 'components/FaceLivenessDetector/service/utils/blazefaceFaceDetection.mjs');
  /** Only MediaPipe's solution has its version string; TensorFlow.js's face-detection model does not. */
  const MEDIAPIPE_MARK = '0.4.1646425229';

  /** Builds an app that imports Amplify's wrapper of the solution, and returns its JavaScript. */
  async function builtWith(options: { keepMediaPipe?: boolean }): Promise<string> {
    const root = temp();
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
    const wrapper = path.relative(root, WRAPPER).split(path.sep).join('/');
    writeFileSync(
      path.join(root, 'main.js'),
      `import FaceDetection from '${wrapper}';\nwindow.FaceDetection = FaceDetection;\n`,
    );
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [livenessAssets({ projectRoot: repo, ...options })],
      build: { minify: false },
    });
    const assets = path.join(root, 'dist/assets');
    return readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(assets, file), 'utf8'))
      .join('\n');
  }

  it('puts a stand-in that explains itself in place of the solution Amplify bundles', async () => {
    const code = await builtWith({});
    expect(code).not.toContain(MEDIAPIPE_MARK);
    expect(code).toContain("left MediaPipe's face_detection solution out of this build");
    expect(code).toContain('Pass { keepMediaPipe: true } to livenessAssets() to keep it.');
  });

  it('keeps the solution with keepMediaPipe', async () => {
    expect(await builtWith({ keepMediaPipe: true })).toContain(MEDIAPIPE_MARK);
  });

  it('recognises only the modules it was written for', () => {
    expect(isMediaPipeWrapper(WRAPPER)).toBe(true);
    expect(isMediaPipeWrapper(`${WRAPPER}?v=1a2b`)).toBe(true);
    expect(
      isMediaPipeWrapper(
        'C:\\app\\node_modules\\@aws-amplify\\ui-react-liveness\\dist\\esm\\_virtual\\face_detection.mjs',
      ),
    ).toBe(true);
    expect(isMediaPipeWrapper(`\0${WRAPPER}`)).toBe(false);
    expect(isMediaPipeWrapper(WRAPPER.replace('face_detection.mjs', 'face_detection2.mjs'))).toBe(false);
    expect(isMediaPipeWrapper('/app/src/_virtual/face_detection.mjs')).toBe(false);
    expect(blazeFaceModuleOf(`${WRAPPER}?v=1a2b`)).toBe(BLAZEFACE);

    const wrapper = readFileSync(WRAPPER, 'utf8');
    const blazeFace = readFileSync(BLAZEFACE, 'utf8');
    expect(standInFor(wrapper, blazeFace)).toContain('export default class FaceDetection');
    // A later Amplify whose wrapper is something else, or whose BlazeFace may run MediaPipe, is left as it is.
    const otherSolution = wrapper.replace(
      '/node_modules/@mediapipe/face_detection/',
      '/node_modules/@mediapipe/other/',
    );
    expect(standInFor(otherSolution, blazeFace)).toBe(undefined);
    expect(standInFor('export const FaceDetection = 1;', blazeFace)).toBe(undefined);
    // The solution imported, but not re-exported as the default the face-detection model imports.
    const noDefault = "import { __require } from '../node_modules/@mediapipe/face_detection/face_detection.mjs';";
    expect(standInFor(noDefault, blazeFace)).toBe(undefined);
    expect(standInFor(wrapper, blazeFace.replace("runtime: 'tfjs'", "runtime: 'mediapipe'"))).toBe(undefined);
    expect(standInFor(wrapper, `${blazeFace}\nconst other = { runtime: 'mediapipe' };`)).toBe(undefined);
    expect(standInFor(wrapper, undefined)).toBe(undefined);
  });

  it('builds a stand-in that throws an error naming the way to keep the solution', async () => {
    const code = standInFor(readFileSync(WRAPPER, 'utf8'), readFileSync(BLAZEFACE, 'utf8'))!;
    const { default: FaceDetection } = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      default: new () => unknown;
    };
    expect(() => new FaceDetection()).toThrow(
      "react-face-liveness/vite left MediaPipe's face_detection solution out of this build: Amplify's detector does not use it. Pass { keepMediaPipe: true } to livenessAssets() to keep it.",
    );
  });

  it('keeps the solution, and says so, when BlazeFace may run MediaPipe', async () => {
    // An Amplify of the same layout whose BlazeFace asks for the MediaPipe runtime.
    const root = temp();
    const esm = path.join(root, 'node_modules/@aws-amplify/ui-react-liveness/dist/esm');
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(esm, file)), { recursive: true });
      writeFileSync(path.join(esm, file), text);
    };
    write(
      '_virtual/face_detection.mjs',
      "import { solution } from '../node_modules/@mediapipe/face_detection/face_detection.mjs';\nexport { solution as default };\n",
    );
    write(
      'node_modules/@mediapipe/face_detection/face_detection.mjs',
      `export const solution = '${MEDIAPIPE_MARK}';\n`,
    );
    write(
      'components/FaceLivenessDetector/service/utils/blazefaceFaceDetection.mjs',
      "export const runtime = { runtime: 'mediapipe' };\n",
    );
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
    writeFileSync(
      path.join(root, 'main.js'),
      "import solution from './node_modules/@aws-amplify/ui-react-liveness/dist/esm/_virtual/face_detection.mjs';\nwindow.solution = solution;\n",
    );
    const warnings: string[] = [];
    const logger = createLogger('warn');
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      customLogger: { ...logger, warn: (message) => void warnings.push(message) },
      plugins: [livenessAssets({ projectRoot: repo })],
      build: { minify: false },
    });
    const assets = path.join(root, 'dist/assets');
    const js = readdirSync(assets).filter((file) => file.endsWith('.js'));
    expect(js.map((file) => readFileSync(path.join(assets, file), 'utf8')).join('')).toContain(MEDIAPIPE_MARK);
    expect(warnings.join('\n')).toContain("kept MediaPipe's face_detection solution");
  });
});
