/**
 * Bytes: the size-limit budgets of size-limit.budgets.json (brotli, as CI enforces them), the same checks
 * gzipped (size-limit with `gzip: true`, from a copy of the config), and what the bench page (a
 * production Vite build with <LivenessCheck>) loads before a check starts.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from './browserBench';
import { kb, type Section } from './stats';

const repo = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);
/** Strings only Amplify's liveness detector and TensorFlow.js contain (as test/node/initialChunk.test.ts). */
const DETECTOR_MARKERS = ['amplify-liveness-camera-module', 'The WASM backend was already initialized', 'tfjs-core'];

interface Check {
  name: string;
  path: string;
  import?: string;
  limit: string;
  ignore?: string[];
}
interface Measured {
  name: string;
  size: number;
  sizeLimit?: number;
  passed: boolean;
}

async function sizeLimit(cwd: string): Promise<Measured[]> {
  const bin = path.join(repo, 'node_modules/.bin/size-limit');
  const { stdout } = await run(bin, ['--json'], { cwd, maxBuffer: 1 << 24 });
  return JSON.parse(stdout) as Measured[];
}

/** The configured checks again, gzipped, from a temporary folder with the same peer dependencies. */
async function gzipped(checks: Check[]): Promise<Measured[]> {
  // Inside the repository, so that size-limit finds its preset and esbuild in node_modules.
  await mkdir(path.join(repo, 'node_modules/.cache'), { recursive: true });
  const dir = await mkdtemp(path.join(repo, 'node_modules/.cache/bench-size-'));
  try {
    const pkg = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({
        name: 'size-gzip',
        type: 'module',
        peerDependencies: pkg.peerDependencies,
        devDependencies: { '@size-limit/preset-small-lib': '*' },
      }),
    );
    const config = checks.map((check) => ({ ...check, path: path.join(repo, check.path), gzip: true }));
    await writeFile(path.join(dir, 'size-limit.budgets.json'), JSON.stringify(config));
    return await sizeLimit(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchBytes(page: BuiltPage): Promise<Section> {
  const checks = JSON.parse(await readFile(path.join(repo, 'size-limit.budgets.json'), 'utf8')) as Check[];
  const [brotli, gzip] = await Promise.all([sizeLimit(repo), gzipped(checks)]);
  const rows = checks.map((check, i) => ({
    what: check.name,
    value: `${kb(brotli[i]!.size)} brotli · ${kb(gzip[i]!.size)} gzip`,
    note: `budget ${check.limit} (brotli): ${brotli[i]!.passed ? 'within' : 'OVER'}`,
  }));

  const code = new Map<string, string>();
  for (const file of page.allJs) code.set(file, await readFile(path.join(page.outDir, file), 'utf8'));
  const gz = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(code.get(file)!, { level: 9 }).length, 0);
  const lazy = page.allJs.filter((file) => !page.initialJs.includes(file) && !page.cpuBackendJs.includes(file));
  const inInitial = DETECTOR_MARKERS.filter((marker) =>
    page.initialJs.some((file) => code.get(file)!.includes(marker)),
  );
  const inLazy = DETECTOR_MARKERS.filter((marker) => lazy.some((file) => code.get(file)!.includes(marker)));
  rows.push(
    {
      what: 'bench page: initial JavaScript (entry + static imports, React included)',
      value: `${kb(gz(page.initialJs))} gzip`,
      note: `${page.initialJs.length} file(s); detector/TFJS markers in it: ${inInitial.length === 0 ? 'none' : inInitial.join(', ')}`,
    },
    {
      what: 'bench page: lazy chunks (Amplify detector + TensorFlow.js)',
      value: `${kb(gz(lazy))} gzip`,
      note: `${lazy.length} file(s); markers found: ${inLazy.join(', ')}`,
    },
    {
      what: "bench page: TensorFlow.js's CPU backend (a lazy chunk, loaded only without WebAssembly)",
      value: `${kb(gz(page.cpuBackendJs))} gzip`,
      note: `${page.cpuBackendJs.length} file(s); split off by livenessAssets() (eagerCpuBackend: false)`,
    },
  );
  if (inInitial.length > 0) throw new Error(`detector code in the initial chunk: ${inInitial.join(', ')}`);
  return {
    title: 'Bytes',
    rows,
    notes: [
      'Library sizes are size-limit 12 (esbuild, minified, peer dependencies external) over dist/ as `npm test` builds it; CI fails on a budget overrun (`npx size-limit` in scripts/test.sh).',
      'The detector and TensorFlow.js are never in the initial chunk: checked here on the bench page and in CI by test/node/initialChunk.test.ts.',
    ],
  };
}
