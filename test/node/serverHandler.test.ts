import { get } from 'node:https';
import { S3Client } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCreatedSession, parseSessionResults } from '../../src/core/validate';
import { createLivenessHandler } from '../../src/server/createLivenessHandler';
import { createSessionSigner } from '../../src/server/sessionHandle';
import {
  DUMMY_CREDENTIALS,
  expectNoLeak,
  manualClock,
  newToken,
  REGION,
  SECRET,
  startFixture,
  type Fixture,
} from './serverSupport';

let fixture: Fixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

async function start(...args: Parameters<typeof startFixture>): Promise<Fixture> {
  fixture = await startFixture(...args);
  return fixture;
}

async function errorOf(response: Response): Promise<{ code: string; message: string; retryable: boolean }> {
  const text = await response.text();
  expectNoLeak(text);
  return (JSON.parse(text) as { error: { code: string; message: string; retryable: boolean } }).error;
}

describe('createLivenessHandler with the real RekognitionClient against the emulator', () => {
  it('creates a session, the stream runs, and the results come back with the decision and without the score', async () => {
    const f = await start({
      sessionSettings: { AuditImagesLimit: 2, ChallengePreferences: [{ Type: 'FaceMovementChallenge' }] },
    });
    const { response, body } = await f.createSession('alice');
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(parseCreatedSession(body)).toEqual({ sessionId: body.sessionId, region: REGION });
    expect(body.handle).toMatch(/^v1\./);
    const snapshot = f.emulator.session(body.sessionId)!;
    expect(snapshot.auditImagesLimit).toBe(2);
    expect(snapshot.challengeType).toBe('FaceMovementChallenge');

    await expect(f.stream(body.sessionId)).resolves.toEqual(['ServerSessionInformationEvent', 'DisconnectionEvent']);

    const results = await f.results('alice', body.sessionId, body.handle);
    expect(results.status).toBe(200);
    const json = (await results.json()) as Record<string, unknown>;
    expect(json).toMatchObject({ SessionId: body.sessionId, Status: 'SUCCEEDED', IsLive: true });
    expect(json).not.toHaveProperty('Confidence');
    const parsed = parseSessionResults(json, body.sessionId);
    expect(parsed.referenceImage?.source?.kind).toBe('bytes');
    expect(parsed.auditImages).toHaveLength(2);
    expect(parsed.challenge?.type).toBe('FaceMovementChallenge');
  });

  it('returns CREATED before the stream, with no decision yet', async () => {
    const f = await start();
    const { body } = await f.createSession('alice');
    const json = (await (await f.results('alice', body.sessionId, body.handle)).json()) as Record<string, unknown>;
    expect(json).toEqual({ SessionId: body.sessionId, Status: 'CREATED' });
  });

  it('returns the score and decides against the server threshold when configured to', async () => {
    const f = await start({ threshold: 99, exposeConfidence: ({ callerId }) => callerId === 'reviewer' });
    const { body } = await f.createSession('reviewer');
    await f.stream(body.sessionId);
    const json = (await (await f.results('reviewer', body.sessionId, body.handle)).json()) as Record<string, unknown>;
    expect(json).toMatchObject({ Status: 'SUCCEEDED', Confidence: 98.5, IsLive: false });

    const other = await f.createSession('alice');
    await f.stream(other.body.sessionId);
    const hidden = (await (await f.results('alice', other.body.sessionId, other.body.handle)).json()) as Record<string, unknown>;
    expect(hidden).not.toHaveProperty('Confidence');
    expect(hidden.IsLive).toBe(false);
  });

  it('refuses another caller’s results with zero AWS calls, even with the owner’s handle', async () => {
    const f = await start();
    const { body } = await f.createSession('alice');
    await f.stream(body.sessionId);
    const before = f.awsCalls();

    const stolen = await f.results('mallory', body.sessionId, body.handle);
    expect(stolen.status).toBe(403);
    expect((await errorOf(stolen)).code).toBe('ACCESS_DENIED');

    const mine = await f.createSession('mallory');
    const swapped = await f.results('mallory', body.sessionId, mine.body.handle);
    expect(swapped.status).toBe(403);

    const forged = await f.results('mallory', body.sessionId, `v1.zzzzzz.${'A'.repeat(43)}`);
    expect(forged.status).toBe(403);

    const missing = await f.call('GET', `/api/liveness/sessions/${body.sessionId}/results`, { user: 'mallory' });
    expect(missing.status).toBe(400);
    expect(f.awsCalls()).toBe(before + 1); // mallory's own create only
    expect(f.awsCalls('GetFaceLivenessSessionResults')).toBe(0);
  });

  it('refuses a session of the same caller signed with another secret', async () => {
    const f = await start();
    const { body } = await f.createSession('alice');
    const otherSigner = createSessionSigner(`${SECRET}-rotated`);
    const handle = await otherSigner.sign(body.sessionId, 'alice', Date.now() + 60_000);
    expect((await f.results('alice', body.sessionId, handle)).status).toBe(403);
    expect(f.awsCalls('GetFaceLivenessSessionResults')).toBe(0);
  });

  it.each([
    ['not-a-uuid', 400],
    ['0F8FAD5B-D9CB-469F-A165-70867728950E', 400],
    ['0f8fad5b-d9cb-469f-a165-70867728950e-extra', 400],
    ['%E0%A4%A', 400],
    [`${'a'.repeat(8)}-${'b'.repeat(4)}-${'c'.repeat(4)}-${'d'.repeat(4)}-${'e'.repeat(11)}%00`, 400],
  ])('rejects the malformed SessionId %j with zero AWS calls', async (sessionId, status) => {
    const f = await start();
    const response = await f.call('GET', `/api/liveness/sessions/${sessionId}/results`, {
      user: 'alice',
      headers: { 'x-liveness-session-handle': `v1.abc.${'A'.repeat(43)}` },
    });
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe('INVALID_REQUEST');
    expect(f.awsCalls()).toBe(0);
  });

  it.each([
    ['an empty token', { clientRequestToken: '' }],
    ['a token of 65 characters', { clientRequestToken: 'a'.repeat(65) }],
    ['a token with a space', { clientRequestToken: 'a b' }],
    ['a token with a dot', { clientRequestToken: 'a.b' }],
    ['a number', { clientRequestToken: 42 }],
    ['no token', {}],
    ['a JSON array', []],
  ])('rejects %s before any AWS call', async (_label, body) => {
    const f = await start();
    const response = await f.call('POST', '/api/liveness/sessions', { user: 'alice', body });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('INVALID_REQUEST');
    expect(f.awsCalls()).toBe(0);
  });

  it('refuses bodies that are not JSON, too large, or not declared as JSON, before any AWS call', async () => {
    const f = await start();
    const post = (body: string, contentType: string) =>
      f.call('POST', '/api/liveness/sessions', { user: 'alice', body, headers: { 'content-type': contentType } });
    expect((await post('{nope', 'application/json')).status).toBe(400);
    expect((await post(JSON.stringify({ clientRequestToken: 'ok', pad: 'x'.repeat(5000) }), 'application/json')).status).toBe(413);
    const form = await post('clientRequestToken=ok', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
    expect((await errorOf(form)).code).toBe('INVALID_REQUEST');
    expect(f.awsCalls()).toBe(0);
  });

  it('answers 401 when authorize returns no caller, before any AWS call', async () => {
    const f = await start();
    const create = await f.call('POST', '/api/liveness/sessions', { body: { clientRequestToken: 'tok' } });
    expect(create.status).toBe(401);
    expect((await errorOf(create)).code).toBe('UNAUTHENTICATED');
    const results = await f.call('GET', '/api/liveness/sessions/0f8fad5b-d9cb-469f-a165-70867728950e/results');
    expect(results.status).toBe(401);
    expect(f.awsCalls()).toBe(0);
  });

  it('answers 404 for unknown routes and 405 with Allow for a wrong method', async () => {
    const f = await start();
    const unknown = await f.call('GET', '/api/liveness/elsewhere', { user: 'alice' });
    expect(unknown.status).toBe(404);
    const wrong = await f.call('GET', '/api/liveness/sessions', { user: 'alice' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    const wrongResults = await f.call('POST', '/api/liveness/sessions/0f8fad5b-d9cb-469f-a165-70867728950e/results', {
      user: 'alice',
      body: {},
    });
    expect(wrongResults.status).toBe(405);
    expect(wrongResults.headers.get('allow')).toBe('GET');
    expect(f.awsCalls()).toBe(0);
  });

  it('scopes the ClientRequestToken per caller: a retry returns the same session, another caller’s same token does not', async () => {
    const f = await start();
    const token = newToken();
    const first = await f.createSession('alice', token);
    const retry = await f.createSession('alice', token);
    const other = await f.createSession('bob', token);
    expect(retry.body.sessionId).toBe(first.body.sessionId);
    expect(other.body.sessionId).not.toBe(first.body.sessionId);
    const sent = f.emulator.requests({ operation: 'CreateFaceLivenessSession' }).map((r) => r.clientRequestToken);
    expect(sent[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sent[0]).not.toBe(token);
    expect(sent[1]).toBe(sent[0]);
    expect(sent[2]).not.toBe(sent[0]);
  });

  it('passes the client’s token through verbatim when scoping is off', async () => {
    const f = await start({ scopeClientRequestToken: false });
    await f.createSession('alice', 'emu-not-live-verbatim');
    expect(f.emulator.requests({ operation: 'CreateFaceLivenessSession' })[0]!.clientRequestToken).toBe('emu-not-live-verbatim');
  });

  it('returns stream credentials issued for the caller with the session', async () => {
    const issued: string[] = [];
    const f = await start({
      streamCredentials: async (callerId) => {
        issued.push(callerId);
        // SDK credential objects carry bookkeeping such as $source: it must not reach the browser.
        return { $source: { CREDENTIALS_CODE: 'e' }, accessKeyId: 'ASIASTREAM', secretAccessKey: 'stream-secret', sessionToken: 'tok', expiration: new Date('2026-11-21T10:00:00Z') };
      },
    });
    const { body } = await f.createSession('alice');
    expect(issued).toEqual(['alice']);
    expect(Object.keys(body.credentials ?? {}).sort()).toEqual(['accessKeyId', 'expiration', 'secretAccessKey', 'sessionToken']);
    expect(parseCreatedSession(body).credentials).toEqual({
      accessKeyId: 'ASIASTREAM',
      secretAccessKey: 'stream-secret',
      sessionToken: 'tok',
      expiration: new Date('2026-11-21T10:00:00Z'),
    });
  });

  it('sends S3 output images as presigned URLs that fetch the stored image', async () => {
    const f = await start();
    // The S3 client needs the emulator's endpoint, known only once it runs: this handler shares the fixture's client.
    const s3Client = new S3Client({
      region: REGION,
      endpoint: f.emulator.url,
      forcePathStyle: true,
      credentials: DUMMY_CREDENTIALS,
    });
    const handler = createLivenessHandler({
      client: f.client,
      secret: SECRET,
      authorize: (request) => request.headers.get('x-user'),
      sessionSettings: { AuditImagesLimit: 1, OutputConfig: { S3Bucket: 'liveness-output', S3KeyPrefix: 'checks/' } },
      s3Client,
      presignExpiresIn: 30,
    });
    const created = await handler(
      new Request('https://app.test/api/liveness/sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-user': 'alice' },
        body: JSON.stringify({ clientRequestToken: newToken() }),
      }),
    );
    const { sessionId, handle } = (await created.json()) as { sessionId: string; handle: string };
    await f.stream(sessionId);
    const response = await handler(
      new Request(`https://app.test/api/liveness/sessions/${sessionId}/results`, {
        headers: { 'x-user': 'alice', 'x-liveness-session-handle': handle },
      }),
    );
    const text = await response.text();
    expect(text).not.toContain('S3Object');
    const results = parseSessionResults(JSON.parse(text), sessionId);
    const source = results.referenceImage?.source;
    expect(source?.kind).toBe('url');
    const url = new URL((source as { url: string }).url);
    expect(url.pathname).toMatch(/^\/liveness-output\/checks\//);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('30');
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      get(url, { ca: f.emulator.certificate }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`HTTP ${res.statusCode}`))));
      }).on('error', reject);
    });
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect(results.auditImages[0]?.source?.kind).toBe('url');
    s3Client.destroy();
  });

  it('expires a handle after handleTtlMs', async () => {
    const clock = manualClock();
    const f = await start({ now: clock.now, handleTtlMs: 60_000 });
    const { body } = await f.createSession('alice');
    clock.advance(61_000);
    const response = await f.results('alice', body.sessionId, body.handle);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('SESSION_NOT_FOUND');
    expect(f.awsCalls('GetFaceLivenessSessionResults')).toBe(0);
  });
});

describe('AWS errors', () => {
  it('retries service throttling in the SDK, then answers THROTTLED 429 with Retry-After', async () => {
    const f = await start({ throttleRetryAfterSeconds: 3 }, { scenario: { createFault: { error: 'ThrottlingException', times: 10 } } });
    const response = await f.call('POST', '/api/liveness/sessions', { user: 'alice', body: { clientRequestToken: newToken() } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await errorOf(response)).toEqual({ code: 'THROTTLED', message: expect.any(String), retryable: true });
    expect(f.awsCalls('CreateFaceLivenessSession')).toBe(3);
  });

  it('succeeds when throttling stops within the SDK’s attempts', async () => {
    const f = await start({}, { scenario: { createFault: { error: 'ProvisionedThroughputExceededException', times: 2 } } });
    const { response } = await f.createSession('alice');
    expect(response.status).toBe(201);
    expect(f.awsCalls('CreateFaceLivenessSession')).toBe(3);
  });

  it('surfaces throttling of GetFaceLivenessSessionResults the same way', async () => {
    const f = await start({ maxAttempts: 2 }, { scenario: { getFault: { error: 'ThrottlingException', times: 5 } } });
    const { body } = await f.createSession('alice');
    const response = await f.results('alice', body.sessionId, body.handle);
    expect(response.status).toBe(429);
    expect((await errorOf(response)).code).toBe('THROTTLED');
    expect(f.awsCalls('GetFaceLivenessSessionResults')).toBe(2);
  });

  it.each([
    ['AccessDeniedException', 502, 'SERVICE_ERROR', false],
    ['InternalServerError', 502, 'SERVICE_ERROR', true],
    ['ServiceUnavailableException', 502, 'SERVICE_ERROR', true],
  ] as const)('maps %s to %i %s without leaking its message', async (error, status, code, retryable) => {
    const logged: unknown[] = [];
    const f = await start({ maxAttempts: 1, onError: (e) => logged.push(e) }, { scenario: { createFault: { error, times: 1 } } });
    const response = await f.call('POST', '/api/liveness/sessions', { user: 'alice', body: { clientRequestToken: newToken() } });
    expect(response.status).toBe(status);
    expect(await errorOf(response)).toMatchObject({ code, retryable });
    expect((logged[0] as Error).name).toBe(error);
  });

  it('maps a request AWS refuses as unsigned to a non-retryable SERVICE_ERROR 502, without its message', async () => {
    const f = await start();
    // Drop the signature on the way out, as a misconfigured client would send it.
    f.client.middlewareStack.add(
      (next) => (args) => {
        delete (args.request as { headers: Record<string, string> }).headers.authorization;
        return next(args);
      },
      { step: 'deserialize', name: 'dropSignature' },
    );
    const response = await f.call('POST', '/api/liveness/sessions', { user: 'alice', body: { clientRequestToken: newToken() } });
    expect(f.emulator.requests()[0]?.errorType).toBe('MissingAuthenticationTokenException');
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'SERVICE_ERROR', retryable: false });
  });

  it('maps an unknown session to SESSION_NOT_FOUND 404', async () => {
    const f = await start();
    const sessionId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const handle = await createSessionSigner(SECRET).sign(sessionId, 'alice', Date.now() + 60_000);
    const response = await f.results('alice', sessionId, handle);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('SESSION_NOT_FOUND');
  });

  it('maps settings the service refuses to BACKEND_ERROR 500, without its validation message', async () => {
    const f = await start({ sessionSettings: { AuditImagesLimit: 9 } });
    const response = await f.call('POST', '/api/liveness/sessions', { user: 'alice', body: { clientRequestToken: newToken() } });
    expect(response.status).toBe(500);
    expect((await errorOf(response)).code).toBe('BACKEND_ERROR');
  });
});

describe('the failed-check limit', () => {
  async function failCheck(f: Fixture, user: string): Promise<Response> {
    const { body } = await f.createSession(user);
    await f.stream(body.sessionId);
    return f.results(user, body.sessionId, body.handle);
  }

  it('trips after 5 failed checks in 3 minutes, refuses before any AWS call, and recovers after 30 minutes', async () => {
    const clock = manualClock();
    const f = await start({ now: clock.now }, { scenario: 'not-live' });
    for (let i = 0; i < 5; i++) {
      const response = await failCheck(f, 'alice');
      expect(((await response.json()) as { IsLive: boolean }).IsLive).toBe(false);
      clock.advance(20_000);
    }
    const creates = f.awsCalls('CreateFaceLivenessSession');
    const refused = await f.call('POST', '/api/liveness/sessions', { user: 'alice', body: { clientRequestToken: newToken() } });
    expect(refused.status).toBe(429);
    // The fifth failure (at +80 s) started the cool-down; the clock now reads +100 s.
    expect(Number(refused.headers.get('retry-after'))).toBe(1800 - 20);
    expect(await errorOf(refused)).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryable: false });
    expect(f.awsCalls('CreateFaceLivenessSession')).toBe(creates);

    expect((await f.createSession('bob')).response.status).toBe(201);

    clock.advance(1_800_000 - 20_000 - 1);
    expect((await f.createSession('alice')).response.status).toBe(429);
    clock.advance(1);
    expect((await f.createSession('alice')).response.status).toBe(201);
  });

  it('counts a session once however often it is polled, and forgets failures older than the window', async () => {
    const clock = manualClock();
    const f = await start({ now: clock.now, failedChecks: { limit: 2 } }, { scenario: 'failed' });
    const { body } = await f.createSession('alice');
    await f.stream(body.sessionId);
    for (let i = 0; i < 3; i++) {
      const json = (await (await f.results('alice', body.sessionId, body.handle)).json()) as Record<string, unknown>;
      expect(json).toMatchObject({ Status: 'FAILED', IsLive: false });
    }
    expect((await f.createSession('alice')).response.status).toBe(201);

    clock.advance(180_001);
    await failCheck(f, 'alice');
    expect((await f.createSession('alice')).response.status).toBe(201);
  });

  it('does not count live results or expired sessions', async () => {
    const f = await start({ failedChecks: { limit: 1 } }, { scenario: 'live' });
    await failCheck(f, 'alice');
    f.emulator.setScenario('expired');
    await failCheck(f, 'alice');
    expect((await f.createSession('alice')).response.status).toBe(201);
  });

  it('uses a shared store when given one', async () => {
    const records = new Map<string, unknown>();
    const store = {
      get: async (id: string) => records.get(id) as never,
      set: async (id: string, record: unknown) => void records.set(id, record),
    };
    const f = await start({ failedChecks: { limit: 1, store } }, { scenario: 'not-live' });
    await failCheck(f, 'alice');
    expect(records.get('alice')).toMatchObject({ failures: [{ sessionId: expect.any(String) }], blockedUntil: expect.any(Number) });
    expect((await f.createSession('alice')).response.status).toBe(429);
  });

  it('can be turned off', async () => {
    const f = await start({ failedChecks: false }, { scenario: 'not-live' });
    for (let i = 0; i < 6; i++) await failCheck(f, 'alice');
    expect((await f.createSession('alice')).response.status).toBe(201);
  });
});
