import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createFetchBackend } from '../../src/backend/createFetchBackend';
import { LivenessError } from '../../src/core/errors';
import { parseCreatedSession, parseSessionResults } from '../../src/core/validate';
import { toLambdaHandler, type LambdaHttpEvent } from '../../src/server/toLambdaHandler';
import { toNodeHandler, type NodePlatform } from '../../src/server/toNodeHandler';
import type { LivenessHandlerOptions } from '../../src/server/types';
import { newToken, startFixture, type Fixture } from './serverSupport';

let fixture: Fixture | undefined;
let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
  await fixture?.close();
  fixture = undefined;
});

async function listen(app: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(app);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const signal = () => new AbortController().signal;

describe('Node http adapter', () => {
  it('serves the whole flow to createFetchBackend over real HTTP', async () => {
    const f = (fixture = await startFixture());
    const origin = await listen(toNodeHandler(f.handler));
    const backend = createFetchBackend({ baseUrl: `${origin}/api/liveness`, headers: { 'x-user': 'alice' } });

    const session = parseCreatedSession(
      await backend.createSession({ clientRequestToken: newToken(), signal: signal() }),
    );
    await f.stream(session.sessionId);
    const { sessionId, context } = session;
    const results = parseSessionResults(await backend.getResults({ sessionId, context, signal: signal() }), sessionId);
    expect(results).toMatchObject({ status: 'SUCCEEDED', isLive: true });
    expect(results.confidence).toBeUndefined();

    // Alice's handle is bound to Alice: Mallory holding it still reads nothing.
    const mallory = createFetchBackend({ baseUrl: `${origin}/api/liveness`, headers: { 'x-user': 'mallory' } });
    const error = await mallory.getResults({ sessionId, context, signal: signal() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LivenessError);
    expect((error as LivenessError).code).toBe('ACCESS_DENIED');
  });

  it('maps handler errors to typed errors in createFetchBackend', async () => {
    const f = (fixture = await startFixture());
    const origin = await listen(toNodeHandler(f.handler));
    const anonymous = createFetchBackend({ baseUrl: `${origin}/api/liveness` });
    const error = (await anonymous
      .createSession({ clientRequestToken: newToken(), signal: signal() })
      .catch((e: unknown) => e)) as LivenessError;
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
  });

  it('answers paths outside the base path with 404, and refuses oversized bodies with 413', async () => {
    const f = (fixture = await startFixture());
    const origin = await listen(toNodeHandler(f.handler, { maxBodyBytes: 100 }));
    expect((await fetch(`${origin}/elsewhere`)).status).toBe(404);
    const big = await fetch(`${origin}/api/liveness/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user': 'alice' },
      body: JSON.stringify({ clientRequestToken: 'x'.repeat(200) }),
    });
    expect(big.status).toBe(413);
    // Without Content-Length (a streamed body), the limit applies as the bytes arrive.
    const chunks = [JSON.stringify({ clientRequestToken: 'x' }).slice(0, 10), 'y'.repeat(200)];
    const streamed = await fetch(`${origin}/api/liveness/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user': 'alice' },
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(next));
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(f.awsCalls()).toBe(0);
  });
});

describe('Express adapter', () => {
  it('mounts with app.use, after express.json(), with the caller from an earlier middleware', async () => {
    // As docs/server.md shows: the caller comes from an earlier middleware, typed through NodePlatform.
    const options: Partial<LivenessHandlerOptions<NodePlatform<IncomingMessage & { user?: string }>>> = {
      authorize: (_request, { req }) => req.user ?? null,
    };
    const f = (fixture = await startFixture(options as Partial<LivenessHandlerOptions>));
    const app = express();
    app.use((req, _res, next) => {
      (req as IncomingMessage & { user?: string }).user =
        req.get('x-session-cookie') === 'alice-cookie' ? 'alice' : undefined;
      next();
    });
    app.use(express.json());
    app.use(toNodeHandler(f.handler));
    app.get('/health', (_req, res) => void res.send('ok'));
    const origin = await listen(app);

    expect(await (await fetch(`${origin}/health`)).text()).toBe('ok');
    const backend = createFetchBackend({
      baseUrl: `${origin}/api/liveness`,
      headers: { 'x-session-cookie': 'alice-cookie' },
    });
    const session = parseCreatedSession(
      await backend.createSession({ clientRequestToken: newToken(), signal: signal() }),
    );
    await f.stream(session.sessionId);
    const { sessionId, context } = session;
    const results = parseSessionResults(await backend.getResults({ sessionId, context, signal: signal() }));
    expect(results.isLive).toBe(true);

    const stranger = createFetchBackend({ baseUrl: `${origin}/api/liveness` });
    const error = (await stranger
      .createSession({ clientRequestToken: newToken(), signal: signal() })
      .catch((e: unknown) => e)) as LivenessError;
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('mounts under a path with a router prefix and reads the raw body without a parser', async () => {
    const f = (fixture = await startFixture({ basePath: '/liveness' }));
    const app = express();
    app.use('/liveness', toNodeHandler(f.handler));
    const origin = await listen(app);
    const response = await fetch(`${origin}/liveness/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user': 'alice' },
      body: JSON.stringify({ clientRequestToken: newToken() }),
    });
    expect(response.status).toBe(201);
  });
});

describe('Next.js route handlers', () => {
  it('works as `export const { GET, POST } = createLivenessHandler(…)` in app/api/liveness/[...path]/route.ts', async () => {
    const f = (fixture = await startFixture());
    const { GET, POST } = f.handler;
    const context = { params: Promise.resolve({ path: ['sessions'] }) };
    const created = await POST(
      new Request('https://next.test/api/liveness/sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-user': 'alice' },
        body: JSON.stringify({ clientRequestToken: newToken() }),
      }),
      context,
    );
    expect(created.status).toBe(201);
    const { sessionId, handle } = (await created.json()) as { sessionId: string; handle: string };
    await f.stream(sessionId);
    const results = await GET(
      new Request(`https://next.test/api/liveness/sessions/${sessionId}/results`, {
        headers: { 'x-user': 'alice', 'x-liveness-session-handle': handle },
      }),
      { params: Promise.resolve({ path: ['sessions', sessionId, 'results'] }) },
    );
    expect(results.status).toBe(200);
    expect(parseSessionResults(await results.json()).isLive).toBe(true);
  });
});

describe('Lambda adapter', () => {
  const event = (method: string, rawPath: string, extra: Partial<LambdaHttpEvent> = {}): LambdaHttpEvent => ({
    rawPath,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', host: 'abc.lambda-url.us-east-1.on.aws' },
    requestContext: { domainName: 'abc.lambda-url.us-east-1.on.aws', http: { method } },
    isBase64Encoded: false,
    ...extra,
  });

  it('runs API Gateway v2 / function URL events, with cookies and base64 bodies', async () => {
    const f = (fixture = await startFixture({
      authorize: (request) => /(?:^|; )sid=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null,
    }));
    const lambda = toLambdaHandler(f.handler);
    const created = await lambda(
      event('POST', '/api/liveness/sessions', {
        cookies: ['theme=dark', 'sid=alice'],
        body: Buffer.from(JSON.stringify({ clientRequestToken: newToken() })).toString('base64'),
        isBase64Encoded: true,
      }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    expect(created.isBase64Encoded).toBe(false);
    const { sessionId, handle } = JSON.parse(created.body) as { sessionId: string; handle: string };
    await f.stream(sessionId);

    const results = await lambda(
      event('GET', `/api/liveness/sessions/${sessionId}/results`, {
        cookies: ['sid=alice'],
        headers: { 'x-liveness-session-handle': handle },
      }),
    );
    expect(results.statusCode).toBe(200);
    expect(parseSessionResults(JSON.parse(results.body)).isLive).toBe(true);

    const stolen = await lambda(
      event('GET', `/api/liveness/sessions/${sessionId}/results`, {
        cookies: ['sid=bob'],
        headers: { 'x-liveness-session-handle': handle },
      }),
    );
    expect(stolen.statusCode).toBe(403);
    expect(JSON.parse(stolen.body)).toMatchObject({ error: { code: 'ACCESS_DENIED' } });

    const anonymous = await lambda(event('POST', '/api/liveness/sessions', { body: '{"clientRequestToken":"x"}' }));
    expect(anonymous.statusCode).toBe(401);
  });

  it('passes the event and context to authorize', async () => {
    const seen: unknown[] = [];
    const f = (fixture = await startFixture({
      authorize: (_request, platform) => {
        seen.push(platform);
        return null;
      },
    }));
    const input = event('POST', '/api/liveness/sessions', { body: '{}' });
    await toLambdaHandler(f.handler)(input, { awsRequestId: 'r1' });
    expect(seen).toEqual([{ event: input, context: { awsRequestId: 'r1' } }]);
  });
});
