#!/usr/bin/env node
/**
 * Create+get throughput of the Face Liveness emulator through the real RekognitionClient.
 *
 *   npx vite build                      # the bench runs the built emulator (dist/emulator-cli.js)
 *   node scripts/bench-emulator.mjs [--seconds 10] [--concurrency 16] [--in-process]
 *
 * Each worker loops CreateFaceLivenessSession → GetFaceLivenessSessionResults over a keep-alive
 * HTTPS agent. By default the emulator runs in its own process (as the CLI), so client and server
 * do not share one event loop; --in-process starts it in this process instead.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CreateFaceLivenessSessionCommand,
  GetFaceLivenessSessionResultsCommand,
  RekognitionClient,
} from '@aws-sdk/client-rekognition';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '16' },
    'in-process': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

const cli = path.join(repo, 'dist/emulator-cli.js');
if (!existsSync(cli)) {
  console.error('dist/emulator-cli.js is missing: run `npx vite build` first.');
  process.exit(1);
}

async function startOutOfProcess() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-emulator-'));
  const certFile = path.join(dir, 'cert.pem');
  const child = spawn(process.execPath, [cli, '--port', '0', '--quiet', '--cert-out', certFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /listening on (https:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  const certificate = readFileSync(certFile, 'utf8');
  return {
    url,
    certificate,
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startInProcess() {
  const { startLivenessEmulator } = await import(path.join(repo, 'dist/emulator.js'));
  return startLivenessEmulator();
}

const emulator = values['in-process'] ? await startInProcess() : await startOutOfProcess();
const client = new RekognitionClient({
  endpoint: emulator.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
  maxAttempts: 1,
  requestHandler: { httpsAgent: new Agent({ ca: emulator.certificate, keepAlive: true, maxSockets: concurrency }) },
});

// Warm up (TLS handshakes, JIT).
for (let i = 0; i < 50; i++) {
  const { SessionId } = await client.send(new CreateFaceLivenessSessionCommand({}));
  await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }));
}

const latencies = [];
let errors = 0;
const deadline = performance.now() + seconds * 1000;
async function worker() {
  while (performance.now() < deadline) {
    const t = performance.now();
    try {
      const { SessionId } = await client.send(
        new CreateFaceLivenessSessionCommand({ Settings: { AuditImagesLimit: 2 } }),
      );
      const results = await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }));
      if (results.Status !== 'CREATED') throw new Error(`unexpected status ${results.Status}`);
      latencies.push(performance.now() - t);
    } catch {
      errors += 1;
    }
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))]?.toFixed(1);

console.log(
  JSON.stringify({
    mode: values['in-process'] ? 'in-process' : 'separate process',
    seconds: Number(elapsed.toFixed(2)),
    concurrency,
    pairs: latencies.length,
    errors,
    pairsPerSecond: Math.round(latencies.length / elapsed),
    requestsPerSecond: Math.round((2 * latencies.length) / elapsed),
    pairLatencyMs: { p50: Number(pct(50)), p95: Number(pct(95)), p99: Number(pct(99)) },
  }),
);
client.destroy();
await emulator.close();
