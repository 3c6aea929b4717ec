/**
 * The browser side of the bench: the bench page built for production, served with the handler
 * (against the emulator, with an adjustable delay on create) and the detector's WASM and model, and
 * Debian's Chromium with the fake camera of the e2e harness. Each run gets a fresh browser context,
 * so every page load starts with a cold cache.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import react from '@vitejs/plugin-react';
import { detectorStylesheet } from '../src/styles/detectorStylesheet';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { startLivenessEmulator, type LivenessEmulator } from '../src/emulator';
import { createLivenessHandler, toNodeHandler } from '../src/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium';
import { fakeCameraY4m } from '../test/e2e/harness/fixtureMedia';
import { FACE_MODEL_DIR, WASM_DIR } from '../test/e2e/harness/livenessE2E';
import type { BenchEvent } from './page/report';

const repo = path.resolve(import.meta.dirname, '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
};

export interface BuiltPage {
  outDir: string;
  /** Files of the entry chunk and its static imports (what a page loads before anything else). */
  initialJs: string[];
  /** Every JS file of the build. */
  allJs: string[];
}

/** Builds bench/page like any Vite app, minified, and reads which chunks load up front. */
export async function buildBenchPage(): Promise<BuiltPage> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'rfl-bench-page-'));
  // The bench runs inside a Vite dev server's module loader, which set NODE_ENV=development: the
  // JSX transform and React's entry points follow NODE_ENV, so it is production for the build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: path.join(repo, 'bench/page'),
      configFile: false,
      mode: 'production',
      logLevel: 'silent',
      plugins: [react(), detectorStylesheet()],
      build: { outDir, emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 10_000 },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
  >;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const child of manifest[key]!.imports ?? []) visit(child);
  };
  visit(entry);
  const allJs = [...new Set(Object.values(manifest).map((m) => m.file))].filter((f) => f.endsWith('.js'));
  return { outDir, initialJs: [...seen].map((key) => manifest[key]!.file), allJs };
}

function serveFile(res: ServerResponse, file: string): void {
  res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
  res.setHeader('content-length', statSync(file).size);
  res.setHeader('cache-control', 'no-cache');
  createReadStream(file).pipe(res);
}

function underDir(dir: string, relative: string): string | undefined {
  const file = path.join(dir, path.normalize(decodeURIComponent(relative)));
  return file.startsWith(dir) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export interface BrowserBench {
  emulator: LivenessEmulator;
  page: BuiltPage;
  /** Delay added to every POST /api/liveness/sessions, in ms. */
  createLatencyMs: number;
  /** Opens the bench page in a fresh context; close the page's context when done. */
  open(query: Record<string, string>): Promise<Page>;
  /** Waits for an event the page reported (polled every 20 ms). */
  waitForEvent(page: Page, type: string, timeoutMs?: number): Promise<BenchEvent>;
  close(): Promise<void>;
}

export async function startBrowserBench(page: BuiltPage): Promise<BrowserBench> {
  const emulator = await startLivenessEmulator({ pathPrefix: '/emu' });
  const client = new RekognitionClient({
    region: 'us-east-1',
    endpoint: emulator.url,
    credentials: { accessKeyId: 'AKIDBENCHSERVER', secretAccessKey: 'bench-server-secret' },
    requestHandler: { httpsAgent: new Agent({ ca: emulator.certificate, keepAlive: true }) },
  });
  const handler = createLivenessHandler({
    client,
    secret: 'bench-secret-for-session-handles-0123456789',
    authorize: () => 'bench-user',
    failedChecks: false,
    exposeConfidence: true,
  });
  const api = toNodeHandler(handler);
  const bench = { createLatencyMs: 0 };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    if (url.pathname.startsWith('/api/liveness/')) {
      const delay = req.method === 'POST' && url.pathname === '/api/liveness/sessions' ? bench.createLatencyMs : 0;
      setTimeout(() => api(req, res), delay);
      return;
    }
    const mounts: [string, string][] = [
      ['/__liveness/wasm/', WASM_DIR],
      ['/__liveness/face-model/', FACE_MODEL_DIR],
      ['/', page.outDir],
    ];
    for (const [prefix, dir] of mounts) {
      if (!url.pathname.startsWith(prefix)) continue;
      const relative = url.pathname.slice(prefix.length) || 'index.html';
      const file = underDir(dir, relative);
      if (file) return serveFile(res, file);
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${fakeCameraY4m()}`,
      '--ignore-certificate-errors',
    ],
  });

  return {
    emulator,
    page,
    get createLatencyMs() {
      return bench.createLatencyMs;
    },
    set createLatencyMs(ms: number) {
      bench.createLatencyMs = ms;
    },
    async open(query) {
      const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
      const tab = await context.newPage();
      const params = new URLSearchParams({ endpoint: emulator.endpoint, ...query });
      await tab.goto(`${origin}/index.html?${params}`);
      return tab;
    },
    async waitForEvent(tab, type, timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const events = await tab.evaluate(() => window.__bench?.events ?? []);
        const hit = events.find((e) => e.type === type);
        if (hit) return hit;
        const error = events.find((e) => e.type === 'error');
        if (error) throw new Error(`the page reported an error before ${type}: ${JSON.stringify(error.detail)}`);
        if (Date.now() > deadline) throw new Error(`no ${type} within ${timeoutMs} ms: ${JSON.stringify(events)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      client.destroy();
      await emulator.close();
      await rm(page.outDir, { recursive: true, force: true });
    },
  };
}
