/**
 * A page served with the documented Content-Security-Policy as an ENFORCED header, nothing from
 * any other origin but the stream endpoint (the emulator here, AWS's in production), completes a
 * whole check in Chromium — the real detector, fake camera — with zero CSP violations. The path is
 * production's: handler → STS AssumeRole (createStsStreamCredentials) → the browser streams with
 * the vended credentials (the only ones the emulator accepts from it) → results.
 *
 * The same build shows what a page loads before Start: the detector's code, its WASM and its face
 * model come only from the idle prefetch after the first paint (none with Save-Data), never from
 * the HTML.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { livenessAssets } from '../../src/assets/livenessAssetsPlugin';
import { detectorStylesheet } from '../../src/styles/detectorStylesheet';
import { startLivenessEmulator, type LivenessEmulator } from '../../src/emulator';
import { livenessContentSecurityPolicy } from '../../src/server/contentSecurityPolicy';
import { createLivenessHandler } from '../../src/server/createLivenessHandler';
import { createStsStreamCredentials } from '../../src/server/createStsStreamCredentials';
import { toNodeHandler } from '../../src/server/toNodeHandler';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { rekognitionClient, TEST_CREDENTIALS } from './harness/awsClients';
import { entryKey, readViteManifest, staticClosure } from '../fixtures/viteManifest';
import { fakeCameraY4m } from './harness/fixtureMedia';
import type { E2eEvent } from './pages/e2eBridge';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = path.join(repo, '.cache/e2e-csp-page');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

let emulator: LivenessEmulator;
let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
let policy: string;
const consoleCsp: string[] = [];
const offMachine: string[] = [];

/** Static files of the build, the handler at /api/liveness, and the CSP header on every answer. */
function startSite(handler: ReturnType<typeof toNodeHandler>): Promise<Server> {
  const site = createServer((req, res) => {
    res.setHeader('content-security-policy', policy);
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (pathname.startsWith('/api/liveness/')) return handler(req, res);
    const file = path.join(OUT_DIR, path.normalize(pathname === '/' ? '/index.html' : pathname));
    if (!file.startsWith(OUT_DIR) || !existsSync(file) || !statSync(file).isFile())
      return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => site.listen(0, '127.0.0.1', () => resolve(site)));
}

beforeAll(async () => {
  // The STS client finds the server's credentials where an app's would: the environment.
  vi.stubEnv('AWS_ACCESS_KEY_ID', TEST_CREDENTIALS.accessKeyId);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', TEST_CREDENTIALS.secretAccessKey);
  emulator = await startLivenessEmulator({
    pathPrefix: '/emu',
    region: 'us-east-1',
    verifySignatures: { [TEST_CREDENTIALS.accessKeyId]: TEST_CREDENTIALS.secretAccessKey },
  });
  policy = livenessContentSecurityPolicy({ endpointOverride: emulator.endpoint });
  await build({
    configFile: false,
    root: path.join(repo, 'test/e2e/pages/csp'),
    logLevel: 'warn',
    plugins: [react(), detectorStylesheet(), livenessAssets({ projectRoot: repo })],
    build: { outDir: OUT_DIR, emptyOutDir: true, chunkSizeWarningLimit: 4096, manifest: true },
  });
  const handler = createLivenessHandler({
    secret: 'csp-test-secret-csp-test-secret-0123',
    authorize: () => 'csp-caller',
    client: rekognitionClient(emulator),
    threshold: 80,
    sessionSettings: { AuditImagesLimit: 2 },
    // What production configures, plus the local endpoint and its certificate.
    streamCredentials: createStsStreamCredentials({
      roleArn: 'arn:aws:iam::123456789012:role/liveness-stream',
      region: 'us-east-1',
      endpoint: emulator.url,
      trustCertificate: emulator.certificate,
    }),
  });
  server = await startSite(toNodeHandler(handler));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${fakeCameraY4m()}`,
      '--ignore-certificate-errors',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1') return route.continue();
    offMachine.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  // Installed before any of the page's scripts, outside the page's CSP (Playwright's own channel).
  await context.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.effectiveDirective, blockedURI: e.blockedURI, sample: e.sample }),
    );
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text());
  });
}, 240_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await emulator?.close();
});

const violations = (tab = page) =>
  tab.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
const events = (tab: Page) => tab.evaluate(() => window.__e2e?.events ?? []) as Promise<E2eEvent[]>;

async function waitForEvent(type: string, tab = page, timeoutMs = 90_000): Promise<E2eEvent> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await events(tab);
    const hit = all.find((e) => e.type === type);
    if (hit) return hit;
    const error = all.find((e) => e.type === 'error');
    if (error)
      throw new Error(
        `The page reported an error: ${JSON.stringify(error.detail)}; CSP: ${JSON.stringify(await violations(tab))}`,
      );
    if (Date.now() > deadline)
      throw new Error(`No '${type}' in ${timeoutMs} ms; CSP: ${JSON.stringify(await violations(tab))}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the documented Content-Security-Policy, enforced', () => {
  it('is the exact policy the README documents, with the emulator as the stream origin', () => {
    const port = new URL(emulator.url).port;
    expect(policy).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:; " +
        `connect-src 'self' wss://127.0.0.1:${port}; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`,
    );
  });

  it('a whole check completes with zero violations, and the page loads nothing from elsewhere', async () => {
    const response = await page.goto(`${origin}/?endpoint=${encodeURIComponent(emulator.endpoint)}`);
    expect(response!.headers()['content-security-policy']).toBe(policy);
    expect(response!.headers()['content-security-policy-report-only']).toBeUndefined();

    const complete = await waitForEvent('complete');
    expect(complete.detail).toEqual({ status: 'SUCCEEDED', images: 3 });
    // The result screen shows the three images (object URLs, under img-src blob:) decoded.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLImageElement>('.rfl-check img')].filter((i) => i.naturalWidth === 640)
          .length === 3,
      undefined,
      { timeout: 20_000 },
    );
    expect(await violations()).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(offMachine).toEqual([]);
    const [session] = emulator.sessions();
    expect(session).toMatchObject({ status: 'SUCCEEDED', frameSource: 'ffmpeg', streams: 1 });
    const [assumed] = emulator.requests({ operation: 'AssumeRole' });
    expect(assumed).toMatchObject({ httpStatus: 200, accessKeyId: TEST_CREDENTIALS.accessKeyId });
    const [stream] = emulator.requests({ operation: 'StartFaceLivenessSession' });
    expect(stream).toMatchObject({ httpStatus: 101, region: 'us-east-1' });
    expect(stream!.accessKeyId).toMatch(/^ASIA[0-9A-F]{16}$/);
    expect(stream!.errorType).toBeUndefined();
  });

  it("never fetched TensorFlow.js's CPU backend: a chunk of its own, for browsers without WebAssembly", async () => {
    const cpuBackend = cpuBackendFile();
    // Its kernels, each registered for the CPU backend by name.
    expect(/backendName:.cpu./.test(readFileSync(path.join(OUT_DIR, cpuBackend), 'utf8'))).toBe(true);
    const { requests } = await fetched(page);
    expect(requests.map((r) => r.path)).toContain(detectorFiles()[0]);
    expect(requests.map((r) => r.path)).not.toContain(cpuBackend);
  });

  it('the listener does see a violation: an inline script is refused and counted', async () => {
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length > 0);
    expect(await violations()).toEqual([{ directive: 'script-src-elem', blockedURI: 'inline', sample: '' }]);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  });
});

/** The files the detector's dynamic import brings (its chunk, the chunks only it imports, its CSS). */
function detectorFiles(): string[] {
  const manifest = readViteManifest(OUT_DIR);
  const initial = staticClosure(manifest, entryKey(manifest));
  const detector = Object.keys(manifest).find((key) => key.endsWith('LivenessCheck/detectorModule.ts'))!;
  const lazy = [...staticClosure(manifest, detector)].filter((key) => !initial.has(key));
  return lazy.flatMap((key) => [manifest[key]!.file, ...(manifest[key]!.css ?? [])]).map((file) => `/${file}`);
}

/** TensorFlow.js's CPU backend, which the plugin splits off for the detector to import where it needs it. */
function cpuBackendFile(): string {
  const manifest = readViteManifest(OUT_DIR);
  const key = Object.keys(manifest).find((k) => k.endsWith('node_modules/@tensorflow/tfjs-backend-cpu/dist/index.js'))!;
  expect(manifest[key]).toMatchObject({ isDynamicEntry: true });
  return `/${manifest[key]!.file}`;
}

const startUrl = () => `${origin}/?start=button&endpoint=${encodeURIComponent(emulator.endpoint)}`;

/** Paths the page has fetched so far, with their start times, and its first contentful paint. */
const fetched = (tab: Page) =>
  tab.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    requests: performance
      .getEntriesByType('resource')
      .map((entry) => ({ path: new URL(entry.name).pathname, at: entry.startTime })),
  }));

const isAsset = (p: string) => p.startsWith('/liveness-assets/');

describe('what the production build loads before Start', () => {
  it('the HTML names none of the detector, its WASM or its model', async () => {
    const files = detectorFiles();
    // One chunk with Amplify's detector and TensorFlow.js in it (over 900 kB without TensorFlow.js's
    // CPU backend, a chunk of its own), and its stylesheet.
    expect(files).toEqual([
      expect.stringMatching(/^\/assets\/detectorModule-[\w-]+\.js$/),
      expect.stringMatching(/^\/assets\/detectorModule-[\w-]+\.css$/),
    ]);
    expect(statSync(path.join(OUT_DIR, files[0]!)).size).toBeGreaterThan(900_000);
    // Without MediaPipe's solution, which the plugin leaves out (its version string is its own):
    // the checks on this build below run the detector without it.
    expect(readFileSync(path.join(OUT_DIR, files[0]!), 'utf8')).not.toContain('0.4.1646425229');
    const html = await (await fetch(startUrl())).text();
    for (const file of files) expect(html).not.toContain(file);
    expect(html).not.toContain('liveness-assets');
  });

  it('after the first paint, the idle prefetch fetches the detector, its WASM and its model', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
    const tab = await context.newPage();
    await tab.goto(startUrl());
    await tab.getByRole('button', { name: 'Start check' }).waitFor();
    const wanted = detectorFiles();
    await tab.waitForFunction(
      (files) => {
        const paths = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        return files.every((file) => paths.includes(file)) && paths.some((p) => p.endsWith('.bin'));
      },
      wanted,
      { timeout: 15_000 },
    );
    const { paint, requests } = await fetched(tab);
    const early = requests.filter((r) => wanted.includes(r.path) || isAsset(r.path));
    expect(
      early
        .map((r) => r.path)
        .filter(isAsset)
        .sort(),
    ).toEqual([
      '/liveness-assets/face-model/facemesh-detection-short.bin',
      '/liveness-assets/face-model/model.json',
      '/liveness-assets/wasm/tfjs-backend-wasm-simd.wasm',
    ]);
    // Every one of them after the first paint: the prefetch waits for it, the HTML asked for none.
    expect(early.filter((r) => r.at < paint)).toEqual([]);
    // And the start screen is still there: nothing started the check.
    expect(await tab.locator('.rfl-check').getAttribute('data-state')).toBe('idle');
    await context.close();
  });

  it('with Save-Data, nothing of the detector loads until Start is pressed', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
    await context.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
    );
    const tab = await context.newPage();
    await tab.goto(startUrl());
    await tab.getByRole('button', { name: 'Start check' }).waitFor();
    // Past requestIdleCallback's 2 s timeout: an idle prefetch would have started by now.
    await tab.waitForTimeout(2_500);
    const wanted = detectorFiles();
    const before = (await fetched(tab)).requests.map((r) => r.path);
    expect(before.filter((p) => wanted.includes(p) || isAsset(p))).toEqual([]);

    await tab.getByRole('button', { name: 'Start check' }).click();
    await tab.waitForFunction(
      (files) => {
        const paths = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        return files.every((file) => paths.includes(file));
      },
      wanted,
      { timeout: 15_000 },
    );
    await context.close();
  });
});

describe('where WebAssembly is missing (Lockdown Mode, some enterprise policies)', () => {
  it("the detector loads TensorFlow.js's CPU backend itself, and a whole check completes", async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
    try {
      // What such a browser shows a page: no WebAssembly global (Chromium ignores V8's --noexpose_wasm).
      await context.addInitScript(() => {
        delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
        (window as unknown as { __cspViolations: unknown[] }).__cspViolations = [];
      });
      const tab = await context.newPage();
      await tab.goto(`${origin}/?endpoint=${encodeURIComponent(emulator.endpoint)}`);
      expect(await tab.evaluate(() => typeof (window as { WebAssembly?: unknown }).WebAssembly)).toBe('undefined');
      const complete = await waitForEvent('complete', tab, 150_000);
      expect(complete.detail).toEqual({ status: 'SUCCEEDED', images: 3 });
      const { requests } = await fetched(tab);
      const paths = requests.map((r) => r.path);
      expect(paths).toContain(cpuBackendFile());
      expect(paths.filter((p) => p.endsWith('.wasm'))).toEqual([]);
      // Asked for as BlazeFace's module is evaluated, before the model (which loads after the
      // stream's first answer), not when the model loads.
      const at = (file: string) => requests.find((r) => r.path === file)!.at;
      expect(at(cpuBackendFile())).toBeLessThan(at('/liveness-assets/face-model/model.json'));
    } finally {
      await context.close();
    }
  }, 180_000);
});
