import { describe, expect, it } from 'vitest';
import { createSessionSigner } from '../../src/server/sessionHandle';
import { errorOf, fixturePerTest, newToken, SECRET } from './serverSupport';

const start = fixturePerTest();

describe('AWS errors', () => {
  it('retries service throttling in the SDK, then answers THROTTLED 429 with Retry-After', async () => {
    const f = await start(
      { throttleRetryAfterSeconds: 3 },
      { scenario: { createFault: { error: 'ThrottlingException', times: 10 } } },
    );
    const response = await f.call('POST', '/api/liveness/sessions', {
      user: 'alice',
      body: { clientRequestToken: newToken() },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await errorOf(response)).toEqual({ code: 'THROTTLED', message: expect.any(String), retryable: true });
    expect(f.awsCalls('CreateFaceLivenessSession')).toBe(3);
  });

  it('succeeds when throttling stops within the SDK’s attempts', async () => {
    const f = await start(
      {},
      { scenario: { createFault: { error: 'ProvisionedThroughputExceededException', times: 2 } } },
    );
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
    const f = await start(
      { maxAttempts: 1, onError: (e) => logged.push(e) },
      { scenario: { createFault: { error, times: 1 } } },
    );
    const response = await f.call('POST', '/api/liveness/sessions', {
      user: 'alice',
      body: { clientRequestToken: newToken() },
    });
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
    const response = await f.call('POST', '/api/liveness/sessions', {
      user: 'alice',
      body: { clientRequestToken: newToken() },
    });
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
    const response = await f.call('POST', '/api/liveness/sessions', {
      user: 'alice',
      body: { clientRequestToken: newToken() },
    });
    expect(response.status).toBe(500);
    expect((await errorOf(response)).code).toBe('BACKEND_ERROR');
  });
});
