/**
 * The detector's run-time downloads, served from this machine instead of AWS's CDN: the TFJS
 * WASM binaries (from the @tensorflow/tfjs-backend-wasm the liveness package resolves) and the
 * face model fixture. Only these named files are served.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

export const WASM_PATH = '/liveness-assets/wasm/';
export const MODEL_PATH = '/liveness-assets/face-model/';

const TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
};

/** The folder of the package `name` as resolved from `from` (packages may not export their package.json). */
function packageRoot(name: string, from: string): string {
  let dir = path.dirname(createRequire(from).resolve(name));
  while (dir !== path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name)
      return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`Cannot find the folder of ${name}`);
}

/** The dist folder of the tfjs-backend-wasm that @aws-amplify/ui-react-liveness itself imports. */
export function wasmDirectory(repoRoot: string): string {
  const liveness = packageRoot('@aws-amplify/ui-react-liveness', path.join(repoRoot, 'package.json'));
  return path.join(packageRoot('@tensorflow/tfjs-backend-wasm', path.join(liveness, 'package.json')), 'dist');
}

export function createStaticAssets(repoRoot: string) {
  const files = new Map<string, string>();
  const wasm = wasmDirectory(repoRoot);
  for (const name of [
    'tfjs-backend-wasm.wasm',
    'tfjs-backend-wasm-simd.wasm',
    'tfjs-backend-wasm-threaded-simd.wasm',
  ]) {
    files.set(WASM_PATH + name, path.join(wasm, name));
  }
  const model = path.join(repoRoot, 'test/fixtures/face-model');
  for (const name of ['model.json', 'facemesh-detection-short.bin'])
    files.set(MODEL_PATH + name, path.join(model, name));
  for (const [url, file] of files)
    if (!existsSync(file)) throw new Error(`The demo needs ${file} (for ${url}): run npm ci.`);

  return {
    wasmDirectory: wasm,
    /** Serves one of the files, or returns false to let the next handler answer. */
    serve(req: IncomingMessage, res: ServerResponse): boolean {
      const pathname = (req.url ?? '/').split('?')[0]!;
      const file = files.get(pathname);
      if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'max-age=3600',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      return true;
    },
  };
}
