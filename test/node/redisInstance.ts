/**
 * One handler instance in its own Node process, as a deployment behind a load balancer runs it:
 * the real RekognitionClient against the test's emulator, the failed-check limit in the shared
 * Redis. Built by test/node/redisInstances.ts; prints `listening <origin>` once it serves.
 *
 * Two handlers share the process: /strict (limit 5) and /loose (limit 100), with separate keys.
 * With RFL_BENCH_EVENTS set, it first times that many `fail` updates on the store and prints them.
 */
import { createServer } from 'node:http';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { createClient } from 'redis';
import { createLivenessHandler } from '../../src/server/createLivenessHandler';
import { createRedisAttemptStore } from '../../src/server/createRedisAttemptStore';
import { toNodeHandler } from '../../src/server/toNodeHandler';

const env = (name: string) => process.env[name] ?? '';

const redis = createClient({ url: env('RFL_REDIS_URL') });
await redis.connect();
const client = new RekognitionClient({
  region: 'us-east-1',
  endpoint: env('RFL_EMULATOR_URL'),
  credentials: { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' },
  requestHandler: { httpsAgent: new Agent({ ca: env('RFL_EMULATOR_CA') }) },
});

function instance(basePath: string, limit: number) {
  const store = createRedisAttemptStore({ client: redis, keyPrefix: `${env('RFL_KEY_PREFIX')}${basePath}:` });
  const handler = createLivenessHandler({
    client,
    secret: 'shared-secret-of-every-instance-0123456789',
    basePath,
    authorize: (request) => request.headers.get('x-user'),
    failedChecks: { limit, store },
  });
  return toNodeHandler(handler);
}

async function bench(events: number, concurrency: number) {
  const store = createRedisAttemptStore({ client: redis, keyPrefix: `${env('RFL_KEY_PREFIX')}bench:` });
  const policy = { limit: 1_000_000, windowMs: 180_000, cooldownMs: 1_800_000 };
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < events) {
        const i = next++;
        const began = performance.now();
        // Many callers, each with a few failures, as a busy deployment sees them.
        await store.update(`caller-${i % 500}`, {
          event: { type: 'fail', slot: `${process.pid}-${i}` },
          now: Date.now(),
          policy,
        });
        latencies.push(performance.now() - began);
      }
    }),
  );
  process.stdout.write(`bench ${JSON.stringify({ events, ms: performance.now() - start, latencies })}\n`);
}

if (env('RFL_BENCH_EVENTS')) await bench(Number(env('RFL_BENCH_EVENTS')), Number(env('RFL_BENCH_CONCURRENCY') || 16));

const strict = instance('/strict', 5);
const loose = instance('/loose', 100);
const server = createServer((req, res) => strict(req, res, () => loose(req, res)));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  client.destroy();
  void redis.quit().finally(() => process.exit(0));
});
