/**
 * The end-to-end harness: the emulator, a Vite dev server for one test page, and Debian's Chromium
 * with a fake camera made from the fixture photo. Every request the page makes must stay on this
 * machine; anything else is aborted and listed in `offMachineRequests` (assert it is empty).
 *
 *   const e2e = await startLivenessE2E({ page: 'detector' });
 *   await e2e.open({ sessionId });            // test/e2e/pages/detector/index.html?sessionId=…&endpoint=…
 *   await e2e.waitForEvent('analysisComplete');
 *   await e2e.close();
 *
 * A page is a folder under test/e2e/pages/ with an index.html; it may import from src/ and report
 * through pages/e2eBridge.ts. Pages for later suites (e.g. <LivenessCheck>) go next to it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { FACE_MODEL_DIR } from '../../../src/assets/detectorAssets';
import { livenessAssets } from '../../../src/assets/livenessAssetsPlugin';
import { detectorStylesheet } from '../../../src/styles/detectorStylesheet';
import {
  EMULATOR_CREDENTIALS,
  startLivenessEmulator,
  type LivenessEmulator,
  type LivenessEmulatorOptions,
} from '../../../src/emulator';
import { E2E_BROWSER_CREDENTIALS } from '../pages/e2eBridge';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium';
import { fakeCameraY4m } from './fixtureMedia';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PAGES_DIR = path.join(repo, 'test/e2e/pages');
/** The folder @aws-amplify/ui-react-liveness loads its TFJS WASM binaries from (it pins 4.11.0). */
export const WASM_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.resolve('@tensorflow/tfjs-backend-wasm/package.json'))),
  'dist',
);
export { FACE_MODEL_DIR };

export interface E2eEvent {
  type: string;
  at: number;
  detail?: Record<string, unknown>;
}

export interface LivenessE2EOptions {
  /** Folder name under test/e2e/pages. */
  page: string;
  emulator?: LivenessEmulatorOptions;
  /** Extra Chromium flags. */
  chromiumArgs?: string[];
  /** Forward the page's console to the test output. @default process.env.E2E_CONSOLE === '1' */
  console?: boolean;
  /** More Vite plugins for the page's server (e.g. an API as middleware), made once the emulator runs. */
  vitePlugins?: (emulator: LivenessEmulator) => Plugin[];
}

export interface LivenessE2E {
  emulator: LivenessEmulator;
  vite: ViteDevServer;
  /** The Vite server's origin, e.g. http://127.0.0.1:5173. */
  origin: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests (HTTP or WebSocket) the page tried to make off this machine. */
  offMachineRequests: string[];
  /** Loads the page with `query` (plus `endpoint` = the emulator and `region`). */
  open(query?: Record<string, string>): Promise<void>;
  /** Events the page reported through window.__e2e. */
  events(): Promise<E2eEvent[]>;
  /** Waits until the page reports an event of `type` (or any of `failOn`, which throws). */
  waitForEvent(type: string, options?: { timeoutMs?: number; failOn?: string[] }): Promise<E2eEvent>;
  close(): Promise<void>;
}

const isLocalHost = (hostname: string) => ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(hostname);

export async function startLivenessE2E(options: LivenessE2EOptions): Promise<LivenessE2E> {
  const pageDir = path.join(PAGES_DIR, options.page);
  if (!existsSync(path.join(pageDir, 'index.html'))) throw new Error(`No e2e page at ${pageDir}/index.html`);
  const camera = fakeCameraY4m();

  const cleanups: Array<() => Promise<unknown>> = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    // Every signature is verified, as on AWS: the harness's clients sign with the emulator's
    // documented credentials, the detector page with its own stand-ins.
    const emulator = await startLivenessEmulator({
      pathPrefix: '/emu',
      verifySignatures: {
        [EMULATOR_CREDENTIALS.accessKeyId]: EMULATOR_CREDENTIALS.secretAccessKey,
        [E2E_BROWSER_CREDENTIALS.accessKeyId]: E2E_BROWSER_CREDENTIALS.secretAccessKey,
      },
      ...options.emulator,
    });
    cleanups.push(() => emulator.close());

    const vite = await createServer({
      configFile: false,
      root: repo,
      cacheDir: path.join(repo, '.cache/vite-e2e'),
      logLevel: 'warn',
      plugins: [
        react(),
        detectorStylesheet(),
        livenessAssets({ base: '/__liveness/', projectRoot: repo }),
        ...(options.vitePlugins?.(emulator) ?? []),
      ],
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
      optimizeDeps: { entries: [path.relative(repo, path.join(pageDir, 'index.html'))] },
    });
    cleanups.push(() => vite.close());
    await vite.listen();
    const address = vite.httpServer!.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${camera}`,
        '--ignore-certificate-errors',
        ...(options.chromiumArgs ?? []),
      ],
    });
    cleanups.push(() => browser.close());
    const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
    const offMachineRequests: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (isLocalHost(url.hostname)) return route.continue();
      offMachineRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('websocket', (ws) => {
      if (!isLocalHost(new URL(ws.url()).hostname)) offMachineRequests.push(ws.url());
    });
    if (options.console ?? process.env.E2E_CONSOLE === '1') {
      page.on('console', (message) => process.stdout.write(`[page ${message.type()}] ${message.text()}\n`));
      page.on('pageerror', (error) => process.stdout.write(`[page error] ${error.message}\n`));
    }

    const events = async () =>
      page.evaluate(() => (window as unknown as { __e2e?: { events: E2eEvent[] } }).__e2e?.events ?? []);

    return {
      emulator,
      vite,
      origin,
      browser,
      context,
      page,
      offMachineRequests,
      async open(query = {}) {
        const params = new URLSearchParams({ endpoint: emulator.endpoint, region: 'us-east-1', ...query });
        await page.goto(`${origin}/${path.relative(repo, pageDir)}/index.html?${params}`);
      },
      events,
      async waitForEvent(type, { timeoutMs = 60_000, failOn = ['error'] } = {}) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const all = await events();
          const hit = all.find((e) => e.type === type);
          if (hit) return hit;
          const failure = all.find((e) => failOn.includes(e.type));
          if (failure)
            throw new Error(`The page reported ${failure.type} before ${type}: ${JSON.stringify(failure.detail)}`);
          if (Date.now() > deadline)
            throw new Error(`No '${type}' event within ${timeoutMs} ms; events: ${JSON.stringify(all)}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
