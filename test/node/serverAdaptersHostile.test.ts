/**
 * The adapters as an attacker meets them: raw HTTP through a real Express app (methods Fetch
 * refuses, malformed Host headers, dot segments the client did not resolve) and hostile Lambda
 * events. Every answer is the handler's JSON, never Express's HTML page, a stack or a throw.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLambdaHandler, type LambdaHttpEvent } from '../../src/server/toLambdaHandler';
import { toNodeHandler } from '../../src/server/toNodeHandler';
import type { LivenessHandler } from '../../src/server/types';
import { expectNoLeak, rawHttp, startFixture, type Fixture, type RawHttpResponse } from './serverSupport';

let f: Fixture;
let server: Server;
let port: number;
let thrower: Server;
let throwerPort: number;

/** A handler that throws instead of answering: what the adapters must survive. */
const throwing = Object.assign(
  async () => {
    throw new Error('boom at /work/dist/server.js:1:1');
  },
  { basePath: '/api/liveness' },
) as unknown as LivenessHandler;
throwing.GET = throwing;
throwing.POST = throwing;

async function listen(app: Parameters<typeof createServer>[1]): Promise<[Server, number]> {
  const s = createServer(app);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return [s, (s.address() as AddressInfo).port];
}

beforeAll(async () => {
  f = await startFixture();
  const app = express();
  app.use(toNodeHandler(f.handler));
  app.get('/health', (_req, res) => void res.send('ok'));
  app.use((_req, res) => void res.status(404).type('text').send('not the liveness handler'));
  [server, port] = await listen(app);
  const other = express();
  other.use(toNodeHandler(throwing));
  [thrower, throwerPort] = await listen(other);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => thrower.close(resolve));
  await f.close();
});

const raw = (head: string, body = '', to = port) => rawHttp(to, head, body);

function expectJsonError(response: RawHttpResponse, status: number, code = 'INVALID_REQUEST') {
  expect(response.status, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expectNoLeak(response.body);
  expect(response.body).not.toMatch(/<html|<pre|dist|server\.js/i);
  // Chunked or not, the JSON body is the handler's error.
  expect(response.body).toContain(`"code":"${code}"`);
}

describe('toNodeHandler under Express, over raw HTTP', () => {
  it('answers TRACE with the handler’s 405 and Allow, and unknown routes with 404', async () => {
    // (Node's own parser refuses TRACK and other unknown methods before any handler runs.)
    for (const method of ['TRACE']) {
      const create = await raw(`${method} /api/liveness/sessions HTTP/1.1\nhost: app.test`);
      expectJsonError(create, 405);
      expect(create.headers.allow).toBe('POST');
      const results = await raw(
        `${method} /api/liveness/sessions/0f8fad5b-d9cb-469f-a165-70867728950e/results HTTP/1.1\nhost: app.test`,
      );
      expectJsonError(results, 405);
      expect(results.headers.allow).toBe('GET');
      expectJsonError(await raw(`${method} /api/liveness/nope HTTP/1.1\nhost: app.test`), 404);
    }
    expect(f.awsCalls()).toBe(0);
  });

  it.each(['app.test/evil', 'a b', 'app.test:80:80', '[::1', 'app.test@evil.example', 'app.test\\evil', ''])(
    'answers a malformed Host %j with the handler’s 400',
    async (host) => {
      const response = await raw(
        `POST /api/liveness/sessions HTTP/1.1\nhost: ${host}\nx-user: alice\ncontent-type: application/json\ncontent-length: 2`,
        '{}',
      );
      expectJsonError(response, 400);
      expect(response.body).toContain('The Host header is malformed.');
    },
  );

  it('reads dot segments as the handler does: in and out of the base path alike', async () => {
    const cases: [string, number][] = [
      ['/api/x/../liveness/sessions', 405],
      ['/api/liveness/x/../sessions', 405],
      ['/api/liveness/%2e%2e/liveness/sessions', 405],
      ['/api/liveness/./sessions/', 405],
    ];
    for (const [target, status] of cases) {
      const response = await raw(`GET ${target} HTTP/1.1\nhost: app.test`);
      expectJsonError(response, status);
      expect((await f.handler(new Request(`https://app.test${target}`))).status, target).toBe(status);
    }
    // Outside the base path once resolved: left to the rest of the app (here, its fallback).
    for (const target of ['/api/liveness/../../health', '/api/liveness/%2e%2e/other/sessions']) {
      expect((await raw(`GET ${target} HTTP/1.1\nhost: app.test`)).body, target).toBe('not the liveness handler');
      expect((await f.handler(new Request(`https://app.test${target}`))).status, target).toBe(404);
    }
  });

  it('creates through a path the client did not normalise, as the handler would', async () => {
    const body = JSON.stringify({ clientRequestToken: 'dot-segments' });
    const response = await raw(
      `POST /api/x/../liveness/sessions HTTP/1.1\nhost: app.test\nx-user: alice\ncontent-type: application/json\ncontent-length: ${body.length}`,
      body,
    );
    expect(response.status, response.body).toBe(201);
  });

  it('answers with the handler’s JSON 500 when the handler throws, never Express’s page', async () => {
    const response = await raw('GET /api/liveness/sessions HTTP/1.1\nhost: app.test', '', throwerPort);
    expectJsonError(response, 500, 'BACKEND_ERROR');
  });
});

describe('toLambdaHandler with hostile events', () => {
  const event = (method: string, rawPath: string, extra: Partial<LambdaHttpEvent> = {}): LambdaHttpEvent => ({
    rawPath,
    headers: { 'content-type': 'application/json', 'x-user': 'alice' },
    requestContext: { domainName: 'abc.lambda-url.us-east-1.on.aws', http: { method } },
    ...extra,
  });
  const expectError = (
    result: { statusCode: number; headers: Record<string, string>; body: string },
    status: number,
  ) => {
    expect(result.statusCode, result.body).toBe(status);
    expect(result.headers['content-type']).toMatch(/^application\/json/);
    expectNoLeak(result.body);
    expect(Object.keys(JSON.parse(result.body) as object)).toEqual(['error']);
  };

  it('answers TRACE, CONNECT and a method that is no token with JSON, never a throw', async () => {
    const lambda = toLambdaHandler(f.handler);
    for (const method of ['TRACE', 'CONNECT', 'TRACK']) {
      const result = await lambda(event(method, '/api/liveness/sessions', { body: '{}' }));
      expectError(result, 405);
      expect(result.headers.allow).toBe('POST');
    }
    expectError(await lambda(event('G E T', '/api/liveness/sessions/x/results')), 405);
    expectError(await lambda(event('TRACE', '/elsewhere')), 404);
  });

  it('answers a malformed host, a malformed path and a missing request context with 400', async () => {
    const lambda = toLambdaHandler(f.handler);
    expectError(
      await lambda(
        event('GET', '/api/liveness/sessions', { requestContext: { domainName: 'a/b', http: { method: 'GET' } } }),
      ),
      400,
    );
    expectError(await lambda(event('GET', 'not-a-path')), 400);
    const noContext = { rawPath: '/api/liveness/sessions', headers: { host: 'h o s t' } } as unknown as LambdaHttpEvent;
    expectError(await lambda(noContext), 400);
  });

  it('reads dot segments as the handler does', async () => {
    const lambda = toLambdaHandler(f.handler);
    const result = await lambda(
      event('POST', '/api/x/../liveness/sessions', { body: '{"clientRequestToken":"lambda-dots"}' }),
    );
    expect(result.statusCode, result.body).toBe(201);
  });

  it('answers with the handler’s JSON 500 when the handler throws', async () => {
    expectError(await toLambdaHandler(throwing)(event('GET', '/api/liveness/sessions')), 500);
  });
});
