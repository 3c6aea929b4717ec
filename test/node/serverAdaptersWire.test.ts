/**
 * What each adapter hands the handler, byte for byte: a handler that records the Fetch `Request`
 * it gets (method, URL, headers, body) sits behind a real `http`/`https` server, Express with its
 * body parsers, or a Lambda event. Raw HTTP writes what no Fetch client would (repeated headers,
 * bodies on GET, absolute-form targets, chunked uploads cut at the limit).
 */
import { Agent as HttpAgent, createServer, request as httpRequest, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCertificate } from '../../src/emulator/certificate';
import { toLambdaHandler, type LambdaHttpEvent } from '../../src/server/toLambdaHandler';
import { toNodeHandler } from '../../src/server/toNodeHandler';
import type { LivenessHandler } from '../../src/server/types';
import { rawHttp } from './serverSupport';

interface Seen {
  method: string;
  url: string;
  headers: [string, string][];
  body: string | undefined;
}

/** A handler that records each request and answers 200 `{"ok":true}`. */
function recorder(behaviour: (request: Request) => Promise<Response> | undefined = () => undefined) {
  const seen: Seen[] = [];
  const handle = async (request: Request) => {
    seen.push({
      method: request.method,
      url: request.url,
      headers: [...request.headers],
      body: request.body ? await request.text() : undefined,
    });
    return (await behaviour(request)) ?? Response.json({ ok: true });
  };
  const handler = Object.assign(handle, { GET: handle, POST: handle, basePath: '/api/liveness' });
  return { seen, handler: handler as LivenessHandler };
}

const TOO_LARGE = '{"error":{"code":"INVALID_REQUEST","message":"The body is too large.","retryable":false}}';
const FAILED =
  '{"error":{"code":"BACKEND_ERROR","message":"The server failed to handle the request.","retryable":false}}';

let servers: Server[] = [];
afterEach(async () => {
  // A test that failed may leave a request waiting: drop it rather than wait for it.
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const RESULTS = '/api/liveness/sessions/0f8fad5b-d9cb-469f-a165-70867728950e/results';

describe('toNodeHandler: the request the handler gets', () => {
  it('keeps the target, the Host and every header, a repeated one once per value', async () => {
    const { seen, handler } = recorder();
    const port = await listen(createServer(toNodeHandler(handler)));
    const response = await rawHttp(
      port,
      'POST /api/liveness/sessions?x=1 HTTP/1.1\nhost: app.test:8080\nx-a: 1\nset-cookie: a=1\nset-cookie: b=2\n' +
        'content-type: application/json\ncontent-length: 2',
      '{}',
    );
    expect(response.status).toBe(200);
    expect(seen).toEqual([
      {
        method: 'POST',
        url: 'http://app.test:8080/api/liveness/sessions?x=1',
        headers: [
          ['connection', 'close'],
          ['content-length', '2'],
          ['content-type', 'application/json'],
          ['host', 'app.test:8080'],
          ['set-cookie', 'a=1'],
          ['set-cookie', 'b=2'],
          ['x-a', '1'],
        ],
        body: '{}',
      },
    ]);
  });

  it('takes an absolute-form target as it is, and accepts an IPv6 or one-letter Host', async () => {
    const { seen, handler } = recorder();
    const port = await listen(createServer(toNodeHandler(handler)));
    await rawHttp(port, `GET http://app.test${RESULTS} HTTP/1.1\nhost: other.test`);
    await rawHttp(port, `GET ${RESULTS} HTTP/1.1\nhost: [::1]:3000`);
    await rawHttp(port, `GET ${RESULTS} HTTP/1.1\nhost: h`);
    expect(seen.map((s) => s.url)).toEqual([
      `http://app.test${RESULTS}`,
      `http://[::1]:3000${RESULTS}`,
      `http://h${RESULTS}`,
    ]);
  });

  it('builds an https: URL behind an https server', async () => {
    const { seen, handler } = recorder();
    const { cert, key } = await createCertificate();
    const port = await listen(createHttpsServer({ cert, key }, toNodeHandler(handler)));
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = httpsRequest({ host: '127.0.0.1', port, path: RESULTS, ca: cert, servername: 'localhost' }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(200);
    expect(seen.map((s) => s.url)).toEqual([`https://127.0.0.1:${port}${RESULTS}`]);
  });

  it('reads no body for GET or HEAD, however large the one sent', async () => {
    const { seen, handler } = recorder();
    const port = await listen(createServer(toNodeHandler(handler, { maxBodyBytes: 100 })));
    const big = 'b'.repeat(200);
    expect((await rawHttp(port, `GET ${RESULTS} HTTP/1.1\nhost: app.test\ncontent-length: 200`, big)).status).toBe(200);
    expect((await rawHttp(port, `HEAD ${RESULTS} HTTP/1.1\nhost: app.test\ncontent-length: 200`, big)).status).toBe(
      200,
    );
    expect(seen.map(({ method, body }) => [method, body])).toEqual([
      ['GET', undefined],
      ['HEAD', undefined],
    ]);
  });
});

describe('toNodeHandler: the body limit', () => {
  const post = (port: number, head: string, body = '') =>
    rawHttp(port, `POST /api/liveness/sessions HTTP/1.1\nhost: app.test\n${head}`, body);
  const chunked = (...chunks: string[]) =>
    chunks.map((c) => `${c.length.toString(16)}\r\n${c}\r\n`).join('') + '0\r\n\r\n';

  it('accepts exactly maxBodyBytes, declared or chunked', async () => {
    const { seen, handler } = recorder();
    const port = await listen(createServer(toNodeHandler(handler, { maxBodyBytes: 100 })));
    expect((await post(port, 'content-length: 100', 'x'.repeat(100))).status).toBe(200);
    expect((await post(port, 'transfer-encoding: chunked', chunked('y'.repeat(60), 'z'.repeat(40)))).status).toBe(200);
    expect(seen.map((s) => s.body)).toEqual(['x'.repeat(100), 'y'.repeat(60) + 'z'.repeat(40)]);
  });

  it('answers 413 and closes one byte over the limit, chunked, without calling the handler', async () => {
    const { seen, handler } = recorder();
    const port = await listen(createServer(toNodeHandler(handler, { maxBodyBytes: 100 })));
    const response = await post(port, 'transfer-encoding: chunked', chunked('y'.repeat(60), 'z'.repeat(41)));
    expect(response.status).toBe(413);
    expect(response.headers.connection).toBe('close');
    expect(response.body).toBe(TOO_LARGE);
    expect(seen).toEqual([]);
  });

  it('answers 413 from a Content-Length over the limit before the body is sent', async () => {
    const { seen, handler } = recorder();
    const port = await listen(createServer(toNodeHandler(handler, { maxBodyBytes: 100 })));
    // No body follows the head: only an answer made from the header alone arrives.
    const response = await post(port, 'content-length: 101');
    expect(response.status).toBe(413);
    expect(response.body).toBe(TOO_LARGE);
    expect(seen).toEqual([]);
  });

  it('closes a keep-alive connection after a 413, and only then', async () => {
    const { handler } = recorder();
    const port = await listen(createServer(toNodeHandler(handler, { maxBodyBytes: 100 })));
    const agent = new HttpAgent({ keepAlive: true });
    const send = (body: string) =>
      new Promise<[number | undefined, string | undefined]>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port, path: '/api/liveness/sessions', method: 'POST', agent },
          (res) => {
            res.resume();
            res.on('end', () => resolve([res.statusCode, res.headers.connection]));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    expect(await send('x'.repeat(100))).toEqual([200, 'keep-alive']);
    expect(await send('x'.repeat(101))).toEqual([413, 'close']);
    agent.destroy();
  });

  it('ends the response when the client drops the upload half way', async () => {
    const { seen, handler } = recorder();
    const responses: ServerResponse[] = [];
    const node = toNodeHandler(handler);
    const port = await listen(createServer((req, res) => node(req, (responses.push(res), res))));
    const socket = connect(port, '127.0.0.1');
    socket.write('POST /api/liveness/sessions HTTP/1.1\r\nhost: app.test\r\ncontent-length: 100\r\n\r\nabc');
    await vi.waitFor(() => expect(responses).toHaveLength(1));
    socket.destroy();
    // The read fails with the connection, and the adapter answers (to no one) instead of waiting forever.
    await vi.waitFor(() => expect(responses[0]!.writableEnded).toBe(true));
    expect(seen).toEqual([]);
  });
});

describe('toNodeHandler under Express: a body someone else read', () => {
  async function app(...middleware: express.RequestHandler[]) {
    const { seen, handler } = recorder();
    const application = express();
    for (const m of middleware) application.use(m);
    application.use(toNodeHandler(handler));
    return { seen, port: await listen(createServer(application)) };
  }
  const post = (port: number, type: string, body: string) =>
    rawHttp(
      port,
      `POST /api/liveness/sessions HTTP/1.1\nhost: app.test\ncontent-type: ${type}\ncontent-length: ${body.length}`,
      body,
    );
  const setBody =
    (value: unknown): express.RequestHandler =>
    (req, _res, next) => {
      req.body = value;
      next();
    };

  it('passes on what express.text(), express.raw() and express.json({ strict: false }) parsed', async () => {
    const { seen, port } = await app(
      express.text(),
      express.raw({ type: 'application/octet-stream' }),
      express.json({ strict: false }),
    );
    await post(port, 'text/plain', 'hello "there"');
    await post(port, 'application/octet-stream', 'raw bytes');
    await post(port, 'application/json', '42');
    await post(port, 'application/json', 'null');
    await post(port, 'application/json', '{ "clientRequestToken" : "t" }');
    expect(seen.map((s) => s.body)).toEqual(['hello "there"', 'raw bytes', '42', 'null', '{"clientRequestToken":"t"}']);
  });

  it('takes an object or string a middleware set, and reads the stream under anything else', async () => {
    for (const [value, expected] of [
      [{ a: 1 }, '{"a":1}'],
      ['set by middleware', 'set by middleware'],
      [null, '{"sent":2}'],
      [42, '{"sent":2}'],
    ] as const) {
      const { seen, port } = await app(setBody(value));
      expect((await post(port, 'application/json', '{"sent":2}')).status).toBe(200);
      expect(seen.map((s) => s.body)).toEqual([expected]);
    }
  });

  it('answers, with no body, a request whose stream a middleware drained and kept nothing of', async () => {
    const drain: express.RequestHandler = (req, _res, next) => void req.resume().on('end', () => next());
    const { seen, port } = await app(drain);
    expect((await post(port, 'application/json', '{"sent":2}')).status).toBe(200);
    expect(seen.map(({ method, body }) => [method, body])).toEqual([['POST', undefined]]);
  });

  it('answers 500 when a middleware left a body that cannot be serialised', async () => {
    const { seen, port } = await app(setBody({ n: 1n }));
    const response = await post(port, 'application/json', '{}');
    expect(response.status).toBe(500);
    expect(response.body).toBe(FAILED);
    expect(seen).toEqual([]);
  });
});

describe('toNodeHandler with a next() (Connect, Express)', () => {
  it('answers a target no URL parser reads with the handler’s 400, and passes other paths on', async () => {
    const { seen, handler } = recorder();
    const node = toNodeHandler(handler);
    const port = await listen(createServer((req, res) => node(req, res, () => void res.end('next'))));
    const response = await rawHttp(port, 'GET http://[x/ HTTP/1.1\nhost: app.test');
    expect(response.status).toBe(400);
    expect(response.body).toBe(
      '{"error":{"code":"INVALID_REQUEST","message":"The request target is malformed.","retryable":false}}',
    );
    expect((await rawHttp(port, 'GET /api/other HTTP/1.1\nhost: app.test')).body).toBe('next');
    expect(seen).toEqual([]);
  });
});

describe('toLambdaHandler: the request the handler gets', () => {
  const base = { rawPath: '/api/liveness/sessions', requestContext: { http: { method: 'POST' } } };

  it('joins the query and cookies, drops undefined headers, and always builds an https: URL', async () => {
    const { seen, handler } = recorder();
    const result = await toLambdaHandler(handler)({
      ...base,
      rawQueryString: 'a=1&b=2',
      headers: { 'x-a': '1', 'x-none': undefined },
      cookies: ['c=1', 'd=2'],
      requestContext: { domainName: 'abc.example', http: { method: 'POST' } },
      body: '{}',
    });
    expect(result).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"ok":true}',
      isBase64Encoded: false,
    });
    expect(seen).toEqual([
      {
        method: 'POST',
        url: 'https://abc.example/api/liveness/sessions?a=1&b=2',
        headers: [
          ['content-type', 'text/plain;charset=UTF-8'],
          ['cookie', 'c=1; d=2'],
          ['x-a', '1'],
        ],
        body: '{}',
      },
    ]);
  });

  it('reads the host from a Host header of any case when the context has no domain name', async () => {
    const { seen, handler } = recorder();
    const lambda = toLambdaHandler(handler);
    await lambda({ ...base, headers: { 'x-first': 'first.example', Host: 'Api.Example:8443' } });
    await lambda({ ...base, headers: { host: '[::1]:3000' } });
    await lambda({ ...base, headers: { host: 'h' } });
    expect(seen.map((s) => s.url)).toEqual([
      'https://api.example:8443/api/liveness/sessions',
      'https://[::1]:3000/api/liveness/sessions',
      'https://h/api/liveness/sessions',
    ]);
  });

  it('defaults to GET on localhost when the event says neither', async () => {
    const { seen, handler } = recorder();
    const event = { rawPath: RESULTS, requestContext: {} } as unknown as LambdaHttpEvent;
    expect((await toLambdaHandler(handler)(event)).statusCode).toBe(200);
    expect(seen).toEqual([{ method: 'GET', url: `https://localhost${RESULTS}`, headers: [], body: undefined }]);
  });

  it('sends no body when there is none, base64 or not, and none on GET or HEAD', async () => {
    const { seen, handler } = recorder();
    const lambda = toLambdaHandler(handler);
    await lambda({ ...base, isBase64Encoded: true });
    await lambda({ ...base, rawPath: RESULTS, requestContext: { http: { method: 'GET' } }, body: 'ignored' });
    await lambda({ ...base, rawPath: RESULTS, requestContext: { http: { method: 'HEAD' } }, body: 'ignored' });
    expect(seen.map(({ method, body }) => [method, body])).toEqual([
      ['POST', undefined],
      ['GET', undefined],
      ['HEAD', undefined],
    ]);
  });

  it('answers what Fetch cannot represent with the handler’s 400, and a throw with its 500', async () => {
    const { seen, handler } = recorder(() => Promise.reject(new Error('boom')));
    const lambda = toLambdaHandler(handler);
    const target = await lambda({ ...base, rawPath: 'not-a-path' });
    expect([target.statusCode, target.body]).toEqual([
      400,
      '{"error":{"code":"INVALID_REQUEST","message":"The request target is malformed.","retryable":false}}',
    ]);
    const header = await lambda({
      ...base,
      rawPath: RESULTS,
      requestContext: { http: { method: 'GET' } },
      headers: { 'x bad': '1' },
    });
    expect([header.statusCode, header.body]).toEqual([
      400,
      '{"error":{"code":"INVALID_REQUEST","message":"The request is malformed.","retryable":false}}',
    ]);
    expect(seen).toEqual([]);
    const thrown = await lambda({ ...base, rawPath: RESULTS, requestContext: { http: { method: 'GET' } } });
    expect([thrown.statusCode, thrown.body]).toEqual([500, FAILED]);
  });
});
