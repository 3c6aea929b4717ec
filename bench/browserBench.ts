/**
 * The browser side of the bench: the bench page built for production, served with the handler
 * (against the emulator, with an adjustable delay on create) and the detector's WASM and model, and
 * Debian's Chromium with the fake camera of the e2e harness. Each run gets a fresh browser context,
 * so every page load starts with a cold cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, type PluginOption } from 'vite';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { livenessAssets } from '../src/assets';
import { startLivenessEmulator, type LivenessEmulator } from '../src/emulator';
import { createLivenessHandler, toNodeHandler } from '../src/server';
import { detectorStylesheet } from '../src/styles/detectorStylesheet';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium';
import { fakeCameraY4m } from '../test/e2e/harness/fixtureMedia';
import { entryKey, readViteManifest, staticClosure } from '../test/fixtures/viteManifest';
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

/** Where the bench server mounts the handler whose sessions carry four audit images. */
export const IMAGES_API = '/api/liveness-images';

export interface BuiltPage {
  outDir: string;
  /** Files of the entry chunk and its static imports (what a page loads before anything else). */
  initialJs: string[];
  /** Every JS file of the build. */
  allJs: string[];
  /** TensorFlow.js's CPU backend, a chunk the detector loads only where WebAssembly is missing. */
  cpuBackendJs: string[];
  /** Amplify's quick start as documented (documented.html): its HTML, JS and CSS, all loaded up front. */
  documentedFiles: string[];
}

/** Amplify's pages, each built on its own. */
const AMPLIFY_PAGES = ['static', 'lazy', 'documented'];
/** Where an Amplify page's build writes its manifest (ours writes Vite's default one). */
const manifestOf = (page: string) => `${page}.manifest.json`;

/**
 * Builds bench/page like any Vite app, minified, and reads which chunks load up front. One build
 * per page, into one folder: ours (index.html) as a Vite app following our README builds it, with
 * `livenessAssets()`; Amplify's pages without it, as their documentation builds them: its
 * documented pattern with the detector in its entry (static.html) and lazily imported (lazy.html),
 * and its quick start exactly as documented (documented.html), built to count its bytes.
 */
export async function buildBenchPage(): Promise<BuiltPage> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'rfl-bench-page-'));
  const input = (...names: string[]) =>
    Object.fromEntries(names.map((name) => [name, path.join(repo, `bench/page/${name}.html`)]));
  const buildPages = (pages: Record<string, string>, plugins: PluginOption[], manifest: true | string) =>
    build({
      root: path.join(repo, 'bench/page'),
      configFile: false,
      mode: 'production',
      logLevel: 'silent',
      plugins: [react(), detectorStylesheet(), ...plugins],
      build: { outDir, emptyOutDir: false, manifest, chunkSizeWarningLimit: 10_000, rollupOptions: { input: pages } },
    });
  // The bench runs inside a Vite dev server's module loader, which set NODE_ENV=development: the
  // JSX transform and React's entry points follow NODE_ENV, so it is production for the build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildPages(input('index'), [livenessAssets({ projectRoot: repo })], true);
    for (const page of AMPLIFY_PAGES) await buildPages(input(page), [], manifestOf(page));
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const ours = readViteManifest(outDir);
  const seen = staticClosure(ours, entryKey(ours, 'index.html'));
  const allJs = [...new Set(Object.values(ours).map((m) => m.file))].filter((f) => f.endsWith('.js'));
  const amplify = readViteManifest(outDir, manifestOf('documented'));
  const documentedKeys = staticClosure(amplify, entryKey(amplify, 'documented.html'));
  const documented = [...documentedKeys].map((key) => amplify[key]!);
  // A dynamic import of a chunk already loaded (Rollup folds some into their importer) costs nothing.
  const lazy = documented.flatMap((chunk) => chunk.dynamicImports ?? []).filter((key) => !documentedKeys.has(key));
  if (lazy.length > 0) throw new Error(`documented.html has lazy chunks: ${lazy.join(', ')}`);
  const documentedFiles = ['documented.html', ...documented.flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])])];
  const cpuBackend = Object.keys(ours).filter((key) => key.endsWith('@tensorflow/tfjs-backend-cpu/dist/index.js'));
  return {
    outDir,
    initialJs: [...seen].map((key) => ours[key]!.file),
    allJs,
    cpuBackendJs: cpuBackend.map((key) => ours[key]!.file),
    documentedFiles: [...new Set(documentedFiles)],
  };
}

/** What a check's downloads are counted as. */
export type ByteKind = 'js' | 'css' | 'wasm' | 'model' | 'html';
const KIND: Record<string, ByteKind> = { '.js': 'js', '.css': 'css', '.wasm': 'wasm', '.html': 'html' };
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.json']);
const compressed = new Map<string, { br: Buffer; gzip: Buffer; etag: string }>();

function compressedEntry(file: string): { br: Buffer; gzip: Buffer; etag: string } {
  let entry = compressed.get(file);
  if (!entry) {
    const ext = path.extname(file);
    const raw = readFileSync(file);
    entry = {
      br: COMPRESSIBLE.has(ext)
        ? brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } })
        : raw,
      gzip: COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: 9 }) : raw,
      etag: `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"`,
    };
    compressed.set(file, entry);
  }
  return entry;
}

const kindOf = (file: string): ByteKind => KIND[path.extname(file)] ?? 'model';

/** The bytes `serveFile` sends for `file` to a browser (brotli where it compresses), by kind. */
export function servedBytes(file: string): { kind: ByteKind; bytes: number } {
  return { kind: kindOf(file), bytes: compressedEntry(file).br.length };
}

/**
 * As a typical static host serves: brotli (else gzip) for text and WASM, the model's weights as
 * they are, an ETag and `no-cache` (revalidated, 304 when unchanged). Counts the body bytes sent.
 */
function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  count: (kind: ByteKind, n: number) => void,
): void {
  const ext = path.extname(file);
  const kind = kindOf(file);
  res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
  res.setHeader('cache-control', 'no-cache');
  const entry = compressedEntry(file);
  res.setHeader('etag', entry.etag);
  res.setHeader('vary', 'accept-encoding');
  if (req.headers['if-none-match'] === entry.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const body = !COMPRESSIBLE.has(ext) ? entry.br : accepts.includes('br') ? entry.br : entry.gzip;
  if (COMPRESSIBLE.has(ext)) res.setHeader('content-encoding', accepts.includes('br') ? 'br' : 'gzip');
  res.setHeader('content-length', body.length);
  count(kind, body.length);
  res.end(body);
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
  /** Opens a bench page (index.html unless `page` names another) in a fresh context; close the page's context when done. */
  open(query: Record<string, string>, page?: string): Promise<Page>;
  /** Body bytes served (compressed as sent) since the last call, by kind; resets the count. */
  takeBytes(): Record<ByteKind, number>;
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
  // The same handler's routes with four audit images per session, for the results → painted bench.
  const withImages = toNodeHandler(
    createLivenessHandler({
      client,
      secret: 'bench-secret-for-session-handles-0123456789',
      authorize: () => 'bench-user',
      failedChecks: false,
      exposeConfidence: true,
      basePath: IMAGES_API,
      sessionSettings: { AuditImagesLimit: 4 },
    }),
  );
  const bench = { createLatencyMs: 0 };
  const zero = (): Record<ByteKind, number> => ({ js: 0, css: 0, wasm: 0, model: 0, html: 0 });
  let bytes = zero();
  const count = (kind: ByteKind, n: number) => void (bytes[kind] += n);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    if (url.pathname.startsWith(`${IMAGES_API}/`)) return withImages(req, res);
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
      if (file) return serveFile(req, res, file, count);
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
    async open(query, file = 'index.html') {
      const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
      const tab = await context.newPage();
      const params = new URLSearchParams({ endpoint: emulator.endpoint, ...query });
      await tab.goto(`${origin}/${file}?${params}`);
      return tab;
    },
    takeBytes() {
      const taken = bytes;
      bytes = zero();
      return taken;
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
