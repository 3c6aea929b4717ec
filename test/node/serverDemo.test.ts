import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfHostedAssets } from '../../src/core/selfHostedAssets';
import { parseCreatedSession, parseSessionResults } from '../../src/core/validate';
import { startDemoProcess, type DemoProcess } from './serverDemoProcess';
import { streamSession } from './serverStream';

let demo: DemoProcess;

beforeAll(async () => {
  demo = await startDemoProcess();
}, 90_000);

afterAll(async () => {
  expect(await demo?.stop()).toBe(0);
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** HTTPS to the demo, trusting only its own certificate (so the certificate must fit localhost). */
function call(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, demo.url),
      // The certificate is checked for localhost even when a test sends another Host header.
      { method: init.method ?? 'GET', headers: init.headers, ca: demo.certificate, servername: 'localhost' },
      (res) => {
        let body = '';
        res.setEncoding('latin1');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('npm run demo (emulator mode)', () => {
  it('prints the URL and how to trust the certificate', () => {
    expect(demo.url).toMatch(/^https:\/\/localhost:\d+\/$/);
    expect(demo.output()).toContain('local emulator');
    expect(demo.output()).toMatch(/--ignore-certificate-errors/);
  });

  it('serves the page, which loads its module entry', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root"></div>');
    const entry = await call('/main.tsx');
    expect(entry.status).toBe(200);
    expect(entry.body).toContain('createRoot');
  });

  it('serves the detector’s WASM and the face model from this machine', async () => {
    const config = JSON.parse((await call('/demo-api/config')).body) as Record<string, string>;
    expect(config).toMatchObject({ mode: 'emulator', region: 'us-east-1', emulatorPath: '/emu' });
    const { binaryPath, faceModelUrl } = selfHostedAssets(config.assetsBase!, demo.url);
    expect(binaryPath).toBe(`${demo.url}liveness-assets/wasm/`);
    const wasm = await call(`${binaryPath}tfjs-backend-wasm-simd.wasm`);
    expect(wasm.status).toBe(200);
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect(wasm.body.slice(0, 4)).toBe('\0asm');
    const model = await call(faceModelUrl);
    expect(JSON.parse(model.body)).toHaveProperty('weightsManifest');
  });

  it('runs a whole check through the handler and the forwarded stream on the one origin', async () => {
    expect(
      (
        await call('/api/liveness/sessions', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(401);

    const cookie = String((await call('/')).headers['set-cookie']).split(';')[0]!;
    const json = { 'content-type': 'application/json', cookie };
    const created = await call('/api/liveness/sessions', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ clientRequestToken: 'demo-smoke-1' }),
    });
    expect(created.status).toBe(201);
    const body = JSON.parse(created.body) as { handle: string };
    const session = parseCreatedSession(body);
    expect(session.credentials?.accessKeyId).toBeTruthy();

    const events = await streamSession({
      endpoint: `${demo.url}emu`,
      ca: demo.certificate,
      sessionId: session.sessionId,
      region: session.region!,
      credentials: session.credentials!,
    });
    expect(events).toEqual(['ServerSessionInformationEvent', 'DisconnectionEvent']);

    const results = await call(`/api/liveness/sessions/${session.sessionId}/results`, {
      headers: { cookie, 'x-liveness-session-handle': body.handle },
    });
    expect(results.status).toBe(200);
    expect(parseSessionResults(JSON.parse(results.body))).toMatchObject({ status: 'SUCCEEDED', isLive: true });

    const otherCookie = String((await call('/')).headers['set-cookie']).split(';')[0]!;
    const stolen = await call(`/api/liveness/sessions/${session.sessionId}/results`, {
      headers: { cookie: otherCookie, 'x-liveness-session-handle': body.handle },
    });
    expect(stolen.status).toBe(403);
  });

  it('answers its API routes, assets and page only for localhost and IP hosts, like Vite', async () => {
    const port = new URL(demo.url).port;
    const paths = ['/api/liveness/sessions', '/demo-api/config', '/'];
    for (const host of ['evil.example', `evil.example:${port}`, 'localhost.evil.example', 'attacker.test']) {
      for (const path of paths) {
        const reply = await call(path, { headers: { host } });
        expect(reply.status, `${host} ${path}`).toBe(403);
        expect(JSON.parse(reply.body)).toEqual({
          error: { code: 'ACCESS_DENIED', message: 'This host is not allowed.', retryable: false },
        });
      }
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `app.localhost:${port}`, `[::1]:${port}`]) {
      expect((await call('/demo-api/config', { headers: { host } })).status, host).toBe(200);
      expect((await call('/api/liveness/sessions', { method: 'POST', headers: { host } })).status, host).toBe(401);
    }
  });
});
