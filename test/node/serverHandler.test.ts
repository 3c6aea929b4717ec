import { get } from 'node:https';
import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it, vi } from 'vitest';
import { detectorConfig } from '../../src/core/detectorConfig';
import { parseCreatedSession, parseSessionResults } from '../../src/core/validate';
import { createLivenessHandler } from '../../src/server/createLivenessHandler';
import { createS3Presigner } from '../../src/server/s3';
import { createSessionSigner } from '../../src/server/sessionHandle';
import { DUMMY_CREDENTIALS, errorOf, fixturePerTest, manualClock, newToken, REGION, SECRET } from './serverSupport';

const start = fixturePerTest();

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
    const hidden = (await (await f.results('alice', other.body.sessionId, other.body.handle)).json()) as Record<
      string,
      unknown
    >;
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
    expect(
      (await post(JSON.stringify({ clientRequestToken: 'ok', pad: 'x'.repeat(5000) }), 'application/json')).status,
    ).toBe(413);
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

  it('never lets a caller who sends another caller’s token read that caller’s results', async () => {
    const f = await start();
    const token = newToken();
    const alice = await f.createSession('alice', token);
    await f.stream(alice.body.sessionId);
    const bob = await f.createSession('bob', token);
    expect(bob.body.sessionId).not.toBe(alice.body.sessionId);
    // Bob's handle is for Bob's session only; Alice's session answers Bob with 403 before AWS.
    const reads = f.awsCalls('GetFaceLivenessSessionResults');
    const stolen = await f.results('bob', alice.body.sessionId, bob.body.handle);
    expect(stolen.status).toBe(403);
    expect(f.awsCalls('GetFaceLivenessSessionResults')).toBe(reads);
    expect((await f.results('alice', alice.body.sessionId, alice.body.handle)).status).toBe(200);
  });

  it('refuses the removed scopeClientRequestToken option instead of sending tokens verbatim', () => {
    for (const value of [false, true]) {
      expect(() =>
        createLivenessHandler({
          secret: SECRET,
          authorize: () => 'alice',
          ...({ scopeClientRequestToken: value } as object),
        }),
      ).toThrow('`scopeClientRequestToken` was removed; tokens are always scoped to their caller.');
    }
  });

  it('sends its endpoint with the session, which becomes the detector’s endpointOverride', async () => {
    const f = await start();
    vi.stubEnv('AWS_ACCESS_KEY_ID', DUMMY_CREDENTIALS.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', DUMMY_CREDENTIALS.secretAccessKey);
    try {
      const handler = createLivenessHandler({
        secret: SECRET,
        authorize: () => 'alice',
        region: REGION,
        endpoint: f.emulator.url,
        trustCertificate: f.emulator.certificate,
      });
      const response = await handler(
        new Request('https://app.test/api/liveness/sessions', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ clientRequestToken: newToken() }),
        }),
      );
      expect(response.status).toBe(201);
      const session = parseCreatedSession(await response.json());
      expect(session.streamingEndpoint).toBe(f.emulator.url);
      expect(detectorConfig({ binaryPath: '/wasm/' }, session.streamingEndpoint)).toEqual({
        binaryPath: '/wasm/',
        endpointOverride: f.emulator.url,
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('sends no streaming endpoint when the handler talks to AWS', async () => {
    const f = await start();
    const { body } = await f.createSession('alice');
    expect(Object.keys(body)).not.toContain('streamingEndpoint');
  });

  it('refuses the removed s3Client option with the presignImage replacement', () => {
    for (const removed of [{ s3Client: {} }, { presignExpiresIn: 30 }]) {
      expect(() => createLivenessHandler({ secret: SECRET, authorize: () => 'alice', ...(removed as object) })).toThrow(
        "createLivenessHandler: `s3Client` was replaced by `presignImage: createS3Presigner({ client, expiresIn })` from 'react-face-liveness/server/s3'.",
      );
    }
  });

  it('returns stream credentials issued for the caller with the session', async () => {
    const issued: string[] = [];
    const f = await start({
      streamCredentials: async (callerId) => {
        issued.push(callerId);
        // SDK credential objects carry bookkeeping such as $source: it must not reach the browser.
        return {
          $source: { CREDENTIALS_CODE: 'e' },
          accessKeyId: 'ASIASTREAM',
          secretAccessKey: 'stream-secret',
          sessionToken: 'tok',
          expiration: new Date('2026-11-21T10:00:00Z'),
        };
      },
    });
    const { body } = await f.createSession('alice');
    expect(issued).toEqual(['alice']);
    expect(Object.keys(body.credentials ?? {}).sort()).toEqual([
      'accessKeyId',
      'expiration',
      'secretAccessKey',
      'sessionToken',
    ]);
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
      presignImage: createS3Presigner({ client: s3Client, expiresIn: 30 }),
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
        res.on('end', () =>
          res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`HTTP ${res.statusCode}`)),
        );
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
