#!/usr/bin/env node
/**
 * `npm run demo`: the demo app on https://localhost:8443/ — against the embedded emulator by
 * default (no AWS account, no internet), or against AWS when AWS_REGION and credentials are set.
 * Vite (middleware mode) serves the React app in demo/ and loads the TypeScript server code.
 *
 * Environment: DEMO_PORT (8443; 0 = any free port), DEMO_HOST (127.0.0.1), DEMO_MODE (emulator|aws),
 * DEMO_STREAM_ROLE_ARN, DEMO_SHARE_LOCAL_CREDENTIALS, DEMO_TLS_CERT + DEMO_TLS_KEY. See docs/server.md.
 */
import { createServer as createHttpsServer } from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer as createViteServer } from 'vite';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The AWS SDK warns once about Node 20's support window; keep the start-up output to the URL.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// One HTTPS server for everything; Vite's HMR socket rides on it too (the certificate comes later).
const server = createHttpsServer();
// The detector's stylesheet plugin is TypeScript: loaded through Vite once it runs, and asked from then on.
let detectorCss;
const detectorCssPlugin = {
  name: 'react-face-liveness:detector-stylesheet (demo)',
  resolveId: (id) => detectorCss?.resolveId(id) ?? null,
  load: (id) => detectorCss?.load(id) ?? null,
};
const vite = await createViteServer({
  configFile: false,
  root: path.join(repoRoot, 'demo'),
  cacheDir: path.join(repoRoot, 'node_modules/.vite-demo'),
  plugins: [react(), detectorCssPlugin],
  appType: 'spa',
  logLevel: 'warn',
  clearScreen: false,
  server: { middlewareMode: true, hmr: { server }, fs: { allow: [repoRoot] } },
});

const { detectorStylesheet } = await vite.ssrLoadModule(path.join(repoRoot, 'src/styles/detectorStylesheet.ts'));
detectorCss = detectorStylesheet();

let demo;
try {
  const { startDemoServer } = await vite.ssrLoadModule(path.join(repoRoot, 'demo/server/startDemoServer.ts'));
  demo = await startDemoServer({
    repoRoot,
    port: Number(process.env.DEMO_PORT ?? 8443),
    host: process.env.DEMO_HOST ?? '127.0.0.1',
    app: vite.middlewares,
    server,
  });
} catch (error) {
  await vite.close();
  console.error(`\nThe demo could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const { backend, certificate } = demo;
const lines = [
  '',
  `  react-face-liveness demo — ${backend.mode === 'aws' ? `real AWS (${backend.region})` : 'local emulator'}`,
  '',
  `  Open   ${demo.url}`,
  '',
  ...backend.notes.map((note) => `  ${note}`),
  certificate.selfSigned
    ? `  TLS: self-signed certificate ${certificate.certPath}\n       SHA-256 ${certificate.fingerprint}\n` +
      '       Trust it once: open the URL and choose "Advanced → Proceed to localhost" (Chrome) or\n' +
      '       "Accept the risk" (Firefox); or start Chromium with --ignore-certificate-errors.'
    : `  TLS: ${certificate.certPath}`,
  '',
  '  Ctrl+C to stop.',
  '',
];
console.log(lines.join('\n'));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await demo.close();
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
