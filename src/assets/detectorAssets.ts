/**
 * The files an app hosts so that the Amplify detector downloads nothing from Amazon's CDN: the
 * WASM binaries of the exact @tensorflow/tfjs-backend-wasm the installed
 * @aws-amplify/ui-react-liveness resolves, and the face model that ships in this package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SELF_HOSTED_FACE_MODEL, SELF_HOSTED_WASM_FOLDER } from '../core/selfHostedAssets';

const LIVENESS = '@aws-amplify/ui-react-liveness';
const TFJS_WASM = '@tensorflow/tfjs-backend-wasm';
const TFJS_CORE = '@tensorflow/tfjs-core';
/** Plain, SIMD, and threaded SIMD (used when the page is cross-origin isolated). */
export const WASM_FILES = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
];
/** MediaPipe short-range face detector (Apache-2.0 weights), with its notice. */
export const FACE_MODEL_FILES = ['model.json', 'facemesh-detection-short.bin', 'NOTICE.md'];
/** Shipped next to this module: src/assets/face-model in the repository, dist/assets/face-model in the package. */
export const FACE_MODEL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'face-model');

export class DetectorAssetsError extends Error {
  override name = 'DetectorAssetsError';
}

interface Manifest {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** The folder of package `name` as Node resolves it from `fromDir` (packages need not export package.json). */
function packageDir(name: string, fromDir: string): string {
  let entry: string;
  try {
    entry = createRequire(path.join(fromDir, 'noop.js')).resolve(name);
  } catch {
    throw new DetectorAssetsError(`Cannot find ${name} from ${fromDir}: install it (npm install ${name}).`);
  }
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && readManifest(dir).name === name) return dir;
  }
  throw new DetectorAssetsError(`Cannot find the folder of ${name} (resolved to ${entry}).`);
}

export interface DetectorAssetFile {
  /** Absolute path of the source file. */
  from: string;
  /** Path inside the asset folder, with `/` separators. */
  to: string;
}

export interface DetectorAssets {
  /** The @aws-amplify/ui-react-liveness version found. */
  livenessVersion: string;
  /** The @tensorflow/tfjs-backend-wasm version its WASM files come from. */
  tfjsVersion: string;
  files: DetectorAssetFile[];
}

/**
 * Finds the detector's assets for the project at `projectRoot`, refusing when the installed
 * TensorFlow.js does not match what the detector declares (a WASM binary from another version
 * fails to load, or loads and misbehaves).
 */
export function findDetectorAssets(projectRoot: string = process.cwd()): DetectorAssets {
  const livenessDir = packageDir(LIVENESS, projectRoot);
  const liveness = readManifest(livenessDir);
  const wasmDir = packageDir(TFJS_WASM, livenessDir);
  const tfjsVersion = readManifest(wasmDir).version ?? '';
  const declared = liveness.dependencies?.[TFJS_WASM];
  if (declared && /^\d+\.\d+\.\d+$/.test(declared) && declared !== tfjsVersion) {
    throw new DetectorAssetsError(
      `${LIVENESS}@${liveness.version} needs ${TFJS_WASM}@${declared}, but ${tfjsVersion} is installed ` +
        `(${wasmDir}). Remove the override or resolution that replaced it, reinstall, and copy the assets again.`,
    );
  }
  const coreVersion = readManifest(packageDir(TFJS_CORE, livenessDir)).version;
  if (coreVersion !== tfjsVersion) {
    throw new DetectorAssetsError(
      `${LIVENESS} resolves ${TFJS_CORE}@${coreVersion} but ${TFJS_WASM}@${tfjsVersion}: TensorFlow.js packages ` +
        'must share one version. Reinstall so that they match, then copy the assets again.',
    );
  }
  const files: DetectorAssetFile[] = [
    ...WASM_FILES.map((name) => ({ from: path.join(wasmDir, 'dist', name), to: SELF_HOSTED_WASM_FOLDER + name })),
    ...FACE_MODEL_FILES.map((name) => ({
      from: path.join(FACE_MODEL_DIR, name),
      to: path.posix.join(path.posix.dirname(SELF_HOSTED_FACE_MODEL), name),
    })),
  ];
  const missing = files.filter((file) => !existsSync(file.from));
  if (missing.length > 0) {
    throw new DetectorAssetsError(`Missing detector assets: ${missing.map((f) => f.from).join(', ')}. Reinstall.`);
  }
  return { livenessVersion: liveness.version ?? '', tfjsVersion, files };
}

/** Writes the detector's assets into `outDir` (created if needed) and returns what was written. */
export async function copyDetectorAssets(outDir: string, projectRoot?: string): Promise<DetectorAssets> {
  const assets = findDetectorAssets(projectRoot);
  for (const file of assets.files) {
    const target = path.join(outDir, ...file.to.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(file.from, target);
  }
  const stamp = { livenessVersion: assets.livenessVersion, tfjsVersion: assets.tfjsVersion };
  await writeFile(path.join(outDir, 'versions.json'), `${JSON.stringify(stamp, null, 2)}\n`);
  return assets;
}
