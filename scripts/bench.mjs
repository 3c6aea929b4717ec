#!/usr/bin/env node
/**
 * `npm run bench`: sets up the machine as `npm test` does (Chromium, ffmpeg, npm ci when stale),
 * builds the library (size-limit measures dist/), then runs bench/main.ts through
 * Vite's module loader (TypeScript, the sources under src/ and the test helpers as they are).
 * Arguments pass through: `npm run bench -- --only bytes,server --runs 3 --no-write`.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The AWS SDK warns once about Node 20's support window; keep the output to the figures.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Before the build adds its own: BENCHMARKS.md reports how busy the machine already was.
process.env.RFL_BENCH_LOAD_AT_START = String(os.loadavg()[0]);

execFileSync('bash', [path.join(repo, 'scripts/setup.sh')], { cwd: repo, stdio: 'inherit' });
// The build's own progress lines stay out of the bench's output; its warnings and errors do not.
execFileSync(path.join(repo, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
  cwd: repo,
  stdio: ['ignore', 'ignore', 'inherit'],
});

// Imported only now: on a fresh clone, setup.sh has just installed it.
const { createServer } = await import('vite');
const loader = await createServer({
  configFile: false,
  root: repo,
  logLevel: 'warn',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let failed = false;
try {
  const { runBench } = await loader.ssrLoadModule(path.join(repo, 'bench/main.ts'));
  await runBench(process.argv.slice(2));
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await loader.close();
}
process.exit(failed ? 1 : 0);
