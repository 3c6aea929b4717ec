#!/usr/bin/env node
/**
 * The Redis attempt store's throughput: three handler instances (separate Node processes, as in
 * test/node/serverRedisStore.test.ts) record failed checks in one redis-server at the same time.
 * Prints failed checks per second across the three and the p50/p99 latency of one update.
 * `node scripts/bench-redis-store.mjs [events per instance, default 5000] [concurrency, default 16]`
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const events = Number(process.argv[2] ?? 5000);
const concurrency = Number(process.argv[3] ?? 16);

const loader = await createServer({
  configFile: false,
  root: repo,
  logLevel: 'warn',
  server: { middlewareMode: true },
});
let stopRedis = async () => {};
let instances;
try {
  const { default: startRedis } = await loader.ssrLoadModule(path.join(repo, 'test/node/redisServer.ts'));
  const { buildInstance, startInstances } = await loader.ssrLoadModule(path.join(repo, 'test/node/redisInstances.ts'));
  let redisUrl = '';
  stopRedis = await startRedis({ provide: (_key, value) => (redisUrl = value) });
  const script = await buildInstance();
  instances = await startInstances(script, 3, {
    RFL_REDIS_URL: redisUrl,
    RFL_EMULATOR_URL: 'https://127.0.0.1:9',
    RFL_EMULATOR_CA: '',
    RFL_KEY_PREFIX: `bench:${process.pid}:`,
    RFL_BENCH_EVENTS: String(events),
    RFL_BENCH_CONCURRENCY: String(concurrency),
  });
  const runs = instances.outputs.map((output) => JSON.parse(/^bench (.*)$/m.exec(output)[1]));
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  const total = runs.reduce((sum, run) => sum + run.events, 0);
  const slowest = Math.max(...runs.map((run) => run.ms));
  console.log(
    `Redis attempt store, 3 instances × ${events} failed checks (${concurrency} in flight each): ` +
      `${Math.round(total / (slowest / 1000))} failed checks/s, p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms`,
  );
} finally {
  await instances?.stop();
  await stopRedis();
  await loader.close();
}
