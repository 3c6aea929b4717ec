/**
 * The handler under hostile requests (fast-check), with the real RekognitionClient against the
 * emulator: fuzzed methods, paths, headers and bodies never get a 5xx or a body that exposes
 * internals, never cause an AWS call unless the request is valid, and never return another
 * caller's session; through both adapters (Lambda events and raw HTTP under Express) with fuzzed
 * methods, hosts, paths and bodies, every answer is the handler's JSON; and when AWS itself fails,
 * the answer names no AWS detail. Generated cases: 600 + 400 + 300 + 300 + 400 + 200 + 60 = 2,260.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVENESS_ERROR_CODES } from '../../src/core/errors';
import { CLIENT_REQUEST_TOKEN_PATTERN } from '../../src/core/token';
import type { OperationFaultName } from '../../src/emulator/types';
import { toLambdaHandler, type LambdaHttpEvent } from '../../src/server/toLambdaHandler';
import { toNodeHandler } from '../../src/server/toNodeHandler';
import { expectNoLeak, rawHttp, startFixture, type CreatedBody, type Fixture } from './serverSupport';

let f: Fixture;
const owned: { user: string; body: CreatedBody }[] = [];

beforeAll(async () => {
  // No failed-check limit: the fuzzer creates many sessions as a handful of callers.
  f = await startFixture({ failedChecks: false });
  for (const user of ['alice', 'bob', 'carol']) {
    for (let i = 0; i < 2; i++) {
      const { response, body } = await f.createSession(user);
      expect(response.status).toBe(201);
      owned.push({ user, body });
    }
  }
  await Promise.all(owned.slice(0, 3).map(({ body }) => f.stream(body.sessionId)));
}, 60_000);

afterAll(() => f?.close());

const BASE = '/api/liveness';
const printable = (max: number) =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: max });

const method = fc.oneof(
  fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
  fc.stringMatching(/^[A-Z]{1,10}$/),
);
const segment = fc.oneof(
  fc.constantFrom('sessions', 'results', '..', '.', '', '%2e%2e', '%2F', '%00', '%E0%A4%A', 'api', 'liveness'),
  fc.uuid(),
  fc.constantFrom(...['0F8FAD5B-D9CB-469F-A165-70867728950E', '0f8fad5b-d9cb-469f-a165-70867728950e%0a']),
  fc.stringMatching(/^[A-Za-z0-9._~%-]{0,40}$/),
);
const path = fc.oneof(
  fc.array(segment, { maxLength: 6 }).map((parts) => `${BASE}/${parts.join('/')}`),
  fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`),
  fc
    .tuple(fc.uuid(), fc.constantFrom('', '/', '//', '/x'))
    .map(([id, tail]) => `${BASE}/sessions/${id}/results${tail}`),
  fc.constantFrom(`${BASE}/sessions`, `${BASE}/sessions/`, `${BASE}//sessions`),
  fc
    .tuple(fc.constantFrom(`${BASE}/sessions`, `${BASE}/sessions/x/results`), printable(30))
    .map(([p, q]) => `${p}?${encodeURIComponent(q)}`),
);
const headerName = fc.oneof(
  fc.constantFrom(
    'x-user',
    'content-type',
    'content-length',
    'x-liveness-session-handle',
    'authorization',
    'cookie',
    'origin',
  ),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
);
const headers = fc.dictionary(headerName, printable(80), { maxKeys: 6 });
const body = fc.oneof(
  fc.constant(undefined),
  printable(200),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record({ clientRequestToken: fc.oneof(fc.jsonValue(), printable(70)) }, { requiredKeys: [] })
    .map((v) => JSON.stringify(v)),
  fc.nat({ max: 6000 }).map((n) => JSON.stringify({ clientRequestToken: 'x', pad: 'p'.repeat(n) })),
);

/** A request fast-check can build but `new Request` refuses never reaches a handler: skip it. */
function buildRequest(m: string, p: string, h: Record<string, string>, b: string | undefined): Request | undefined {
  try {
    return new Request(`https://app.test${p}`, {
      method: m,
      headers: h,
      ...(b === undefined || m === 'GET' || m === 'HEAD' ? {} : { body: b }),
    });
  } catch {
    return undefined;
  }
}

/** A create request the handler must accept: the only fuzzed requests allowed to reach AWS. */
function isValidCreate(request: Request, text: string | undefined): boolean {
  const { pathname } = new URL(request.url);
  if (pathname.replace(/\/+$/, '') !== `${BASE}/sessions` || request.method !== 'POST') return false;
  if (!request.headers.get('x-user')) return false;
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return false;
  const bytes = new TextEncoder().encode(text ?? '').length;
  if (Number(request.headers.get('content-length') ?? 0) > 4096 || bytes > 4096) return false;
  try {
    const token = (JSON.parse(text ?? '') as { clientRequestToken?: unknown })?.clientRequestToken;
    return typeof token === 'string' && CLIENT_REQUEST_TOKEN_PATTERN.test(token);
  } catch {
    return false;
  }
}

async function expectSafeError(response: Response): Promise<{ code: string }> {
  const text = await response.text();
  expect(response.status, text).toBeGreaterThanOrEqual(400);
  expect(response.status, text).toBeLessThan(500);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expectNoLeak(text);
  const parsed = JSON.parse(text) as { error: { code: string; message: string; retryable: boolean } };
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(Object.keys(parsed.error).sort()).toEqual(['code', 'message', 'retryable']);
  expect(LIVENESS_ERROR_CODES).toContain(parsed.error.code);
  return parsed.error;
}

describe('createLivenessHandler under fuzzed requests', () => {
  it('answers any method, path, headers and body without a 5xx, a leak, or an AWS call unless it is a valid create', async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(method, path, headers, body, async (m, p, h, b) => {
        const request = buildRequest(m, p, h, b);
        fc.pre(request !== undefined);
        const expectCall = isValidCreate(request!, b);
        const before = f.awsCalls();
        const response = await f.handler(request!);
        statuses.add(response.status);
        if (expectCall) {
          expect(response.status).toBe(201);
          expect(f.awsCalls()).toBe(before + 1);
        } else {
          await expectSafeError(response);
          expect(f.awsCalls()).toBe(before);
        }
      }),
      {
        numRuns: 600,
        // Besides the random cases, one of each refusal the routes make, so every run covers them all.
        examples: [
          ['GET', `${BASE}/elsewhere`, { 'x-user': 'alice' }, undefined],
          ['GET', `${BASE}/sessions`, { 'x-user': 'alice' }, undefined],
          ['POST', `${BASE}/sessions`, { 'content-type': 'application/json' }, '{"clientRequestToken":"t"}'],
          [
            'POST',
            `${BASE}/sessions`,
            { 'x-user': 'alice', 'content-type': 'text/plain' },
            '{"clientRequestToken":"t"}',
          ],
          ['POST', `${BASE}/sessions`, { 'x-user': 'alice', 'content-type': 'application/json' }, '{nope'],
          [
            'GET',
            `${BASE}/sessions/0f8fad5b-d9cb-469f-a165-70867728950e/results`,
            { 'x-user': 'alice', 'x-liveness-session-handle': `v1.abc.${'A'.repeat(43)}` },
            undefined,
          ],
        ],
      },
    );
    // The routes' own refusals are reached, not only the router's 404s: 400, 401, 403, 404, 405, 415.
    expect([...statuses]).toEqual(expect.arrayContaining([400, 401, 403, 404, 405, 415]));
  });

  it('answers fuzzed create bodies from a signed-in caller with 201 exactly when the token is valid', async () => {
    const contentType = fc.oneof(
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'APPLICATION/JSON',
        'text/plain',
        'application/jsonx',
        '',
      ),
      printable(40),
    );
    await fc.assert(
      fc.asyncProperty(body, contentType, fc.constantFrom('alice', 'bob', ''), async (b, type, user) => {
        const request = buildRequest('POST', `${BASE}/sessions`, { 'content-type': type, 'x-user': user }, b ?? '');
        fc.pre(request !== undefined);
        const expectCall = isValidCreate(request!, b ?? '');
        const before = f.awsCalls();
        const response = await f.handler(request!);
        if (expectCall) expect(response.status).toBe(201);
        else await expectSafeError(response);
        expect(f.awsCalls()).toBe(before + (expectCall ? 1 : 0));
      }),
      { numRuns: 400 },
    );
  });

  it('never returns a session to a caller it does not belong to, whatever handle they send', async () => {
    const mutate = (handle: string, at: number, char: string) =>
      handle.slice(0, at % handle.length) + char + handle.slice((at % handle.length) + 1);
    const handle = fc.oneof(
      fc.constantFrom(...owned.map((o) => o.body.handle)),
      fc
        .tuple(
          fc.constantFrom(...owned.map((o) => o.body.handle)),
          fc.nat(),
          fc.constantFrom('A', 'z', '0', '-', '.', '_'),
        )
        .map(([h, at, c]) => mutate(h, at, c)),
      fc.stringMatching(/^v1\.[0-9a-z]{1,12}\.[A-Za-z0-9_-]{43}$/),
      printable(90),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('alice', 'bob', 'carol', 'mallory'),
        fc.constantFrom(...owned),
        handle,
        async (user, target, sentHandle) => {
          const request = buildRequest(
            'GET',
            `${BASE}/sessions/${target.body.sessionId}/results`,
            {
              'x-user': user,
              'x-liveness-session-handle': sentHandle,
            },
            undefined,
          );
          fc.pre(request !== undefined);
          const legitimate = user === target.user && sentHandle === target.body.handle;
          const before = f.awsCalls('GetFaceLivenessSessionResults');
          const response = await f.handler(request!);
          if (legitimate) {
            expect(response.status).toBe(200);
            expect(((await response.json()) as { SessionId: string }).SessionId).toBe(target.body.sessionId);
            expect(f.awsCalls('GetFaceLivenessSessionResults')).toBe(before + 1);
          } else {
            const error = await expectSafeError(response);
            expect(['ACCESS_DENIED', 'INVALID_REQUEST']).toContain(error.code);
            expect(f.awsCalls('GetFaceLivenessSessionResults')).toBe(before);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every caller’s results to that caller when handles are swapped between sessions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...owned), fc.constantFrom(...owned), async (asker, target) => {
        const before = f.awsCalls('GetFaceLivenessSessionResults');
        const response = await f.results(asker.user, target.body.sessionId, asker.body.handle);
        if (asker === target) {
          expect(response.status).toBe(200);
          expect(((await response.json()) as { SessionId: string }).SessionId).toBe(asker.body.sessionId);
        } else {
          expect((await expectSafeError(response)).code).toBe('ACCESS_DENIED');
          expect(f.awsCalls('GetFaceLivenessSessionResults')).toBe(before);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Hosts tagged with whether a server may accept them: names and IP literals, or text that changes a URL. */
const host = fc.oneof(
  fc
    .constantFrom('app.test', 'localhost:3000', '127.0.0.1', '[::1]:8443', 'a-b.example.com', 'x_y.internal:1')
    .map((h) => ({ host: h, valid: true })),
  fc
    .oneof(
      fc.constantFrom('a/b', 'a b', 'x@y', 'a:1:2', '[::1', 'h\\x', '', 'a?b', 'a#b', 'app.test/..'),
      fc
        .tuple(printable(20), fc.constantFrom('/', ' ', '@', '?', '#', '\\'), printable(20))
        .map(([a, c, b]) => `${a}${c}${b}`),
    )
    .map((h) => ({ host: h, valid: false })),
);
/** Raw targets as a client may send them, dot segments and all (no spaces: HTTP/1.1 has none there). */
const rawTarget = fc.oneof(
  path,
  fc.constantFrom(
    `/api/x/../liveness/sessions`,
    `${BASE}/x/../sessions`,
    `${BASE}/%2e%2e/liveness/sessions`,
    `${BASE}/./sessions/`,
    `${BASE}/../../etc/passwd`,
    `//evil.example${BASE}/sessions`,
  ),
);
const adapterMethod = fc.oneof(method, fc.constantFrom('TRACE', 'CONNECT', 'TRACK', 'get', 'M-SEARCH', 'G E T'));

/** One valid create through an adapter: method, target, host, in the Lambda context, headers, body. */
const VALID_CREATE = [
  'POST',
  `${BASE}/sessions`,
  { host: 'app.test', valid: true },
  true,
  { 'x-user': 'alice', 'content-type': 'application/json' },
  '{"clientRequestToken":"adapter-fuzz"}',
] as const;

/** Whether an adapter must pass this request to AWS: a valid create from a valid host. */
function adapterExpectsCreate(
  m: string,
  target: string,
  h: { valid: boolean },
  headers: Record<string, string>,
  b: string | undefined,
) {
  if (!h.valid || !target.startsWith('/')) return false;
  const request = buildRequest(m, new URL(`http://x${target}`).pathname, headers, b);
  return request !== undefined && isValidCreate(request, b);
}

function expectAdapterAnswer(status: number, contentType: string | undefined, text: string, expectCall: boolean) {
  if (expectCall) {
    expect(status, text).toBe(201);
    return;
  }
  expect(status, text).toBeGreaterThanOrEqual(400);
  expect(status, text).toBeLessThan(500);
  expect(contentType).toMatch(/^application\/json/);
  expectNoLeak(text);
  const parsed = JSON.parse(text) as { error: { code: string } };
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(LIVENESS_ERROR_CODES).toContain(parsed.error.code);
}

describe('the adapters under fuzzed methods, hosts, paths and bodies', () => {
  it('toLambdaHandler answers every event with the handler’s JSON and never throws', async () => {
    const lambda = toLambdaHandler(f.handler);
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        adapterMethod,
        rawTarget,
        host,
        fc.boolean(),
        headers,
        body,
        fc.boolean(),
        async (m, target, h, inContext, hs, b, base64) => {
          const [rawPath, query] = target.split('?') as [string, string | undefined];
          const event: LambdaHttpEvent = {
            rawPath,
            ...(query === undefined ? {} : { rawQueryString: query }),
            headers: inContext ? hs : { ...hs, host: h.host },
            requestContext: { ...(inContext ? { domainName: h.host } : {}), http: { method: m } },
            ...(b === undefined
              ? {}
              : { body: base64 ? Buffer.from(b).toString('base64') : b, isBase64Encoded: base64 }),
          };
          const expectCall = adapterExpectsCreate(m, target, h, event.headers as Record<string, string>, b);
          const before = f.awsCalls();
          const result = await lambda(event);
          statuses.add(result.statusCode);
          expectAdapterAnswer(result.statusCode, result.headers['content-type'], result.body, expectCall);
          expect(f.awsCalls()).toBe(before + (expectCall ? 1 : 0));
        },
      ),
      { numRuns: 400, examples: [[...VALID_CREATE, false]] },
    );
    expect([...statuses]).toEqual(expect.arrayContaining([201, 400, 404, 405]));
  });

  it('toNodeHandler under Express answers every raw request with the handler’s JSON, never Express’s page', async () => {
    const app = express();
    app.use(toNodeHandler(f.handler));
    app.use((_req, res) => void res.status(404).type('text').send('outside'));
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // Framing headers stay the test's own; methods are the ones Node's parser knows.
    const framed = fc.dictionary(
      headerName.filter(
        (n) => !['content-length', 'transfer-encoding', 'host', 'connection', 'expect', 'upgrade'].includes(n),
      ),
      printable(80).map((v) => v.trim()),
      { maxKeys: 6 },
    );
    const statuses = new Set<number>();
    const nodeMethod = fc.constantFrom(
      'GET',
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
      'OPTIONS',
      'TRACE',
      'PROPFIND',
      'PURGE',
    );
    try {
      await fc.assert(
        fc.asyncProperty(nodeMethod, rawTarget, host, framed, body, async (m, target, h, hs, b) => {
          const text = b ?? '';
          const lines = [
            `${m} ${target} HTTP/1.1`,
            `host: ${h.host}`,
            ...Object.entries(hs).map(([n, v]) => `${n}: ${v}`),
          ];
          lines.push(`content-length: ${Buffer.byteLength(text)}`);
          const resolved = new URL(`http://x${target}`).pathname.replace(/\/+$/, '');
          const outside = resolved !== BASE && !resolved.startsWith(`${BASE}/`);
          const expectCall = adapterExpectsCreate(m, target, h, hs, m === 'GET' ? undefined : b);
          const before = f.awsCalls();
          const response = await rawHttp(port, lines.join('\n'), text);
          statuses.add(response.status);
          // Outside the base path once resolved, the rest of the app answers (here, its fallback).
          if (outside) {
            expect(response.body).toBe('outside');
            return;
          }
          expect(response.body).not.toMatch(/<html|<pre|<!DOCTYPE/i);
          expectAdapterAnswer(response.status, response.headers['content-type'], response.body, expectCall);
          expect(f.awsCalls()).toBe(before + (expectCall ? 1 : 0));
        }),
        {
          numRuns: 200,
          examples: [[VALID_CREATE[0], VALID_CREATE[1], VALID_CREATE[2], VALID_CREATE[4], VALID_CREATE[5]]],
        },
      );
      expect([...statuses]).toEqual(expect.arrayContaining([201, 400, 404, 405]));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('createLivenessHandler when AWS fails', () => {
  it('answers every injected fault with a fixed message and a stable code, never AWS’s own words or a bare 500', async () => {
    // One attempt per call, so that each fault reaches the handler instead of the SDK's retries.
    const faulty = await startFixture({ failedChecks: false, maxAttempts: 1 });
    try {
      const faults: OperationFaultName[] = [
        'ThrottlingException',
        'ProvisionedThroughputExceededException',
        'InternalServerError',
        'AccessDeniedException',
        'ServiceUnavailableException',
      ];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...faults), fc.constantFrom('create', 'get'), async (error, operation) => {
          if (operation === 'create') {
            faulty.emulator.setScenario({ createFault: { error, times: 1 } });
            const { response } = await faulty.createSession('alice');
            const text = await response.text();
            expect(response.status, text).not.toBe(500);
            expect(response.status, text).toBeGreaterThanOrEqual(400);
            expectNoLeak(text);
          } else {
            faulty.emulator.setScenario({ getFault: { error, times: 1 } });
            const { body } = await faulty.createSession('alice');
            const response = await faulty.results('alice', body.sessionId, body.handle);
            const text = await response.text();
            expect(response.status, text).not.toBe(500);
            expect(response.status, text).toBeGreaterThanOrEqual(400);
            expectNoLeak(text);
            const parsed = JSON.parse(text) as { error: { code: string } };
            expect(LIVENESS_ERROR_CODES).toContain(parsed.error.code);
          }
          faulty.emulator.setScenario(undefined);
        }),
        { numRuns: 60 },
      );
    } finally {
      await faulty.close();
    }
  });
});
