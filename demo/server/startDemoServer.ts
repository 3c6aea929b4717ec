/**
 * The demo on one HTTPS origin: the React app, the liveness API, the detector's WASM and face
 * model (react-face-liveness/vite's middleware), and (in emulator mode) the detector's WebSocket, forwarded to the embedded emulator.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { detectorAssetsMiddleware } from '../../src/assets/detectorAssetsMiddleware';
import { toNodeHandler } from '../../src/server/toNodeHandler';
import { CALLER_COOKIE, callerOf, createDemoBackend, DEMO_THRESHOLD, type DemoBackend } from './demoBackend';
import { EMULATOR_PREFIX, proxyUpgradeToEmulator } from './emulatorProxy';
import { isAllowedHost } from './hostCheck';
import { loadDemoCertificate, type DemoCertificate } from './tls';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export interface DemoServerOptions {
  repoRoot: string;
  /** @default 8443; 0 picks a free port */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  env?: NodeJS.ProcessEnv;
  /** Serves the React app (Vite's middlewares), after the demo's own routes. */
  app: Middleware;
  /**
   * An HTTPS server created without a certificate, for Vite to attach its HMR socket to
   * (`server.hmr.server`): the demo sets the certificate and listens. @default a new one
   */
  server?: Server;
}

export interface DemoServer {
  url: string;
  port: number;
  backend: DemoBackend;
  certificate: DemoCertificate;
  close(): Promise<void>;
}

/** Where the page loads the detector's WASM and face model from (react-face-liveness/vite's middleware). */
const ASSETS_BASE = '/liveness-assets/';

/** Outcomes the page may ask the emulator for. */
const SCENARIOS = ['live', 'not-live', 'failed', 'expired'];

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text.length < 1024 ? (text += chunk) : undefined));
    req.on('end', () => {
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(undefined);
      }
    });
  });
}

export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const { repoRoot, port = 8443, host = '127.0.0.1', env = process.env, app, server = createServer() } = options;
  const certificate = await loadDemoCertificate(path.join(repoRoot, '.cache/demo-tls'), env);
  const assets = detectorAssetsMiddleware({ base: ASSETS_BASE, projectRoot: repoRoot });
  const backend = await createDemoBackend(env);
  const api = toNodeHandler(backend.handler);
  const { emulator } = backend;

  async function demoApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (pathname === '/demo-api/config' && req.method === 'GET') {
      json(res, 200, {
        mode: backend.mode,
        region: backend.region,
        threshold: DEMO_THRESHOLD,
        emulatorPath: emulator ? EMULATOR_PREFIX : null,
        assetsBase: ASSETS_BASE,
        scenarios: emulator ? SCENARIOS : [],
      });
    } else if (pathname === '/demo-api/scenario' && req.method === 'POST' && emulator) {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
        return json(res, 415, { error: 'JSON only' });
      const scenario = ((await readJson(req)) as { scenario?: unknown } | undefined)?.scenario;
      if (typeof scenario !== 'string' || !SCENARIOS.includes(scenario))
        return json(res, 400, { error: 'unknown scenario' });
      emulator.setScenario(scenario);
      json(res, 200, { scenario });
    } else json(res, 404, { error: 'not found' });
  }

  server.setSecureContext({ cert: certificate.cert, key: certificate.key });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (!isAllowedHost(req.headers.host)) {
      const error = { code: 'ACCESS_DENIED', message: 'This host is not allowed.', retryable: false };
      return json(res, 403, { error });
    }
    // Stands in for the app's login: every browser gets its own caller id.
    if (!callerOf(req.headers.cookie)) {
      res.setHeader(
        'set-cookie',
        `${CALLER_COOKIE}=${randomBytes(18).toString('base64url')}; Path=/; HttpOnly; Secure; SameSite=Strict`,
      );
    }
    const fail = (error?: unknown) => {
      if (error !== undefined && !res.headersSent) json(res, 500, { error: 'demo server error' });
    };
    if (pathname.startsWith(`${backend.handler.basePath}/`)) return api(req, res, fail);
    if (pathname.startsWith('/demo-api/')) return void demoApi(req, res, pathname).catch(fail);
    assets(req, res, () =>
      app(req, res, (error) => {
        if (error !== undefined) return fail(error);
        res.writeHead(404).end();
      }),
    );
  });

  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (!isAllowedHost(req.headers.host)) socket.destroy();
    else if (emulator && pathname.startsWith(`${EMULATOR_PREFIX}/`)) {
      proxyUpgradeToEmulator(req, socket, head, { port: emulator.port, ca: emulator.certificate });
    } else if (req.headers['sec-websocket-protocol'] !== 'vite-hmr') {
      // Vite answers its own HMR socket; nothing else upgrades here.
      socket.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `https://localhost:${actualPort}/`,
    port: actualPort,
    backend,
    certificate,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await backend.close();
    },
  };
}
