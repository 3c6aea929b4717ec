import { describe, expect, it, vi } from 'vitest';
import { createFetchBackend } from '../../src/backend/createFetchBackend';
import { LivenessError } from '../../src/core/errors';
import { parseCreatedSession } from '../../src/core/validate';

const SESSION_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const HANDLE = 'v1.abc123.' + 'a'.repeat(43);

type Call = { url: string; init: RequestInit };

function fakeFetch(...responses: (Response | Error)[]) {
  const calls: Call[] = [];
  const impl = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = responses.shift();
    if (!next) throw new Error('no response queued');
    if (next instanceof Error) throw next;
    return next;
  });
  return { impl: impl as unknown as typeof fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const created = () => json(201, { sessionId: SESSION_ID, region: 'us-east-1', handle: HANDLE });

async function rejection(promise: Promise<unknown>): Promise<LivenessError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(LivenessError);
  return error as LivenessError;
}

describe('createFetchBackend', () => {
  it('creates a session with a JSON POST that carries the token and the abort signal', async () => {
    const { impl, calls } = fakeFetch(created());
    const backend = createFetchBackend({ baseUrl: 'https://app.test/api/liveness/', fetch: impl });
    const signal = new AbortController().signal;
    const body = await backend.createSession({ clientRequestToken: 'tok-1', signal });

    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://app.test/api/liveness/sessions');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.signal).toBe(signal);
    expect(calls[0]!.init.credentials).toBe('same-origin');
    expect(new Headers(calls[0]!.init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ clientRequestToken: 'tok-1' });
    expect(parseCreatedSession(body)).toEqual({ sessionId: SESSION_ID, region: 'us-east-1', context: HANDLE });
  });

  it('reads results with the handle the session carries, from a backend that did not create it', async () => {
    const results = { SessionId: SESSION_ID, Status: 'SUCCEEDED', IsLive: true };
    const { impl, calls } = fakeFetch(created(), json(200, results));
    const creator = createFetchBackend({ baseUrl: '/api/liveness', fetch: impl });
    const session = parseCreatedSession(
      await creator.createSession({ clientRequestToken: 'tok', signal: new AbortController().signal }),
    );
    // Through JSON and into a backend created afresh, as after a re-render or a page reload.
    const { sessionId, context } = JSON.parse(JSON.stringify(session)) as typeof session;
    const reader = createFetchBackend({ baseUrl: '/api/liveness', fetch: impl });
    const signal = new AbortController().signal;

    await expect(reader.getResults({ sessionId, context, signal })).resolves.toEqual(results);
    expect(calls[1]!.url).toBe(`/api/liveness/sessions/${SESSION_ID}/results`);
    expect(calls[1]!.init.method).toBe('GET');
    expect(calls[1]!.init.signal).toBe(signal);
    expect(new Headers(calls[1]!.init.headers).get('x-liveness-session-handle')).toBe(HANDLE);
  });

  it('refuses results of a session without a handle, without a request', async () => {
    const { impl, calls } = fakeFetch();
    const backend = createFetchBackend({ baseUrl: '/api', fetch: impl });
    const error = await rejection(backend.getResults({ sessionId: SESSION_ID, signal: new AbortController().signal }));
    expect(error.code).toBe('SESSION_NOT_FOUND');
    expect(error.retryable).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it('adds the app headers, from an object or from a function called per request', async () => {
    const { impl, calls } = fakeFetch(created(), json(200, { SessionId: SESSION_ID, Status: 'CREATED' }));
    let n = 0;
    const backend = createFetchBackend({
      baseUrl: '/api',
      fetch: impl,
      credentials: 'include',
      headers: () => ({ authorization: `Bearer t${++n}` }),
    });
    await backend.createSession({ clientRequestToken: 'tok', signal: new AbortController().signal });
    await backend.getResults({ sessionId: SESSION_ID, context: HANDLE, signal: new AbortController().signal });
    expect(new Headers(calls[0]!.init.headers).get('authorization')).toBe('Bearer t1');
    expect(new Headers(calls[1]!.init.headers).get('authorization')).toBe('Bearer t2');
    expect(calls[1]!.init.credentials).toBe('include');

    const fixed = fakeFetch(created());
    await createFetchBackend({ baseUrl: '/api', fetch: fixed.impl, headers: { 'x-app': 'demo' } }).createSession({
      clientRequestToken: 'tok',
      signal: new AbortController().signal,
    });
    expect(new Headers(fixed.calls[0]!.init.headers).get('x-app')).toBe('demo');
  });

  it.each([
    [429, 'THROTTLED', true, true],
    [429, 'TOO_MANY_ATTEMPTS', false, false],
    [401, 'UNAUTHENTICATED', false, false],
    [403, 'ACCESS_DENIED', false, false],
    [404, 'SESSION_NOT_FOUND', false, false],
    [400, 'INVALID_REQUEST', false, false],
    [502, 'SERVICE_ERROR', true, true],
    [502, 'SERVICE_ERROR', false, false],
  ] as const)('maps a %i %s error body (retryable %s) to a LivenessError', async (status, code, sent, retryable) => {
    const { impl } = fakeFetch(json(status, { error: { code, message: 'Said the server.', retryable: sent } }));
    const backend = createFetchBackend({ baseUrl: '/api', fetch: impl });
    const error = await rejection(
      backend.createSession({ clientRequestToken: 'tok', signal: new AbortController().signal }),
    );
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(retryable);
    expect(error.message).toContain('Said the server.');
  });

  it.each([
    [503, 'SERVICE_ERROR', true],
    [429, 'THROTTLED', true],
    [401, 'ACCESS_DENIED', false],
    [400, 'BACKEND_ERROR', false],
  ] as const)('classifies a %i without our error body by its status', async (status, code, retryable) => {
    const { impl } = fakeFetch(
      new Response('<html>proxy error</html>', { status, headers: { 'content-type': 'text/html' } }),
    );
    const backend = createFetchBackend({ baseUrl: '/api', fetch: impl });
    const error = await rejection(
      backend.createSession({ clientRequestToken: 'tok', signal: new AbortController().signal }),
    );
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
  });

  it.each([
    [
      'a 404 HTML page (no route in Next.js or Vite)',
      new Response('<!DOCTYPE html><h1>404</h1>', {
        status: 404,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      }),
      404,
      'text/html',
    ],
    ['a 404 without a body', new Response(null, { status: 404 }), 404, 'no content type'],
    [
      'a 405 from a static host',
      new Response('Method Not Allowed', { status: 405, headers: { 'content-type': 'text/plain' } }),
      405,
      'text/plain',
    ],
    [
      'a 200 HTML page (an SPA fallback)',
      new Response('<!doctype html><div id="root"></div>', { status: 200, headers: { 'content-type': 'text/html' } }),
      200,
      'text/html',
    ],
  ] as const)('reports %s as BACKEND_NOT_FOUND, naming the URL', async (_what, response, status, type) => {
    const { impl } = fakeFetch(response);
    const error = await rejection(
      createFetchBackend({ baseUrl: '/api/liveness/', fetch: impl }).createSession({
        clientRequestToken: 't',
        signal: new AbortController().signal,
      }),
    );
    expect(error.code).toBe('BACKEND_NOT_FOUND');
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(false);
    expect(error.message).toBe(
      `Creating the session: /api/liveness/sessions answered ${status} (${type}), not the liveness API's JSON. Is the API route (react-face-liveness/server's handler) mounted at /api/liveness?`,
    );
  });

  it('names the results URL and the base path when reading results hits a missing route', async () => {
    const { impl } = fakeFetch(
      new Response('<html>Not Found</html>', { status: 404, headers: { 'content-type': 'text/html' } }),
    );
    const error = await rejection(
      createFetchBackend({ baseUrl: 'https://app.test/api/liveness', fetch: impl }).getResults({
        sessionId: SESSION_ID,
        context: HANDLE,
        signal: new AbortController().signal,
      }),
    );
    expect(error.code).toBe('BACKEND_NOT_FOUND');
    expect(error.message).toBe(
      `Reading results: https://app.test/api/liveness/sessions/${SESSION_ID}/results answered 404 (text/html), not the liveness API's JSON. Is the API route (react-face-liveness/server's handler) mounted at https://app.test/api/liveness?`,
    );
  });

  it('keeps the handler’s own 404 answers: an unknown session stays SESSION_NOT_FOUND', async () => {
    const { impl } = fakeFetch(
      json(404, { error: { code: 'SESSION_NOT_FOUND', message: 'Expired.', retryable: false } }),
    );
    const error = await rejection(
      createFetchBackend({ baseUrl: '/api', fetch: impl }).getResults({
        sessionId: SESSION_ID,
        context: HANDLE,
        signal: new AbortController().signal,
      }),
    );
    expect(error.code).toBe('SESSION_NOT_FOUND');
  });

  it('ignores an unknown code in an error body and falls back to the status', async () => {
    const { impl } = fakeFetch(json(503, { error: { code: 'SOMETHING_NEW', message: 'x' } }));
    const error = await rejection(
      createFetchBackend({ baseUrl: '/api', fetch: impl }).createSession({
        clientRequestToken: 't',
        signal: new AbortController().signal,
      }),
    );
    expect(error.code).toBe('SERVICE_ERROR');
  });

  it('reports a failed fetch as a retryable NETWORK_ERROR', async () => {
    const { impl } = fakeFetch(new TypeError('Failed to fetch'));
    const error = await rejection(
      createFetchBackend({ baseUrl: '/api', fetch: impl }).createSession({
        clientRequestToken: 't',
        signal: new AbortController().signal,
      }),
    );
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.retryable).toBe(true);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('reports a 200 that is not JSON as INVALID_RESPONSE', async () => {
    const { impl } = fakeFetch(new Response('not json', { status: 200 }));
    const error = await rejection(
      createFetchBackend({ baseUrl: '/api', fetch: impl }).createSession({
        clientRequestToken: 't',
        signal: new AbortController().signal,
      }),
    );
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.retryable).toBe(false);
  });

  it('lets an abort through as the abort error, not as a LivenessError', async () => {
    const controller = new AbortController();
    const impl = ((_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      })) as typeof fetch;
    const pending = createFetchBackend({ baseUrl: '/api', fetch: impl }).createSession({
      clientRequestToken: 't',
      signal: controller.signal,
    });
    controller.abort();
    const error = await pending.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).not.toBeInstanceOf(LivenessError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('uses the global fetch when none is given', async () => {
    const { impl, calls } = fakeFetch(created());
    vi.stubGlobal('fetch', impl);
    try {
      await createFetchBackend({ baseUrl: '/api' }).createSession({
        clientRequestToken: 't',
        signal: new AbortController().signal,
      });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(calls).toHaveLength(1);
  });
});
