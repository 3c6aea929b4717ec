import { describe, expect, it, vi } from 'vitest';
import { createFetchBackend } from '../../src/backend/createFetchBackend';
import { LivenessError } from '../../src/core/errors';

const created = () =>
  new Response(
    JSON.stringify({ sessionId: '0f8fad5b-d9cb-469f-a165-70867728950e', region: 'us-east-1', handle: 'h' }),
    {
      status: 201,
      headers: { 'content-type': 'application/json' },
    },
  );

function recordingFetch(response: () => Response) {
  const bodies: unknown[] = [];
  const impl = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)));
    return response();
  });
  return { impl: impl as unknown as typeof fetch, bodies };
}

describe('createFetchBackend: the challenge asked for', () => {
  it('sends the challenge with the token when the person asked for one, and nothing extra otherwise', async () => {
    const { impl, bodies } = recordingFetch(created);
    const backend = createFetchBackend({ baseUrl: '/api/liveness', fetch: impl });
    const signal = new AbortController().signal;
    await backend.createSession({ clientRequestToken: 'tok-1', signal, challenge: 'FaceMovementChallenge' });
    await backend.createSession({ clientRequestToken: 'tok-2', signal });
    expect(bodies).toEqual([
      { clientRequestToken: 'tok-1', challenge: 'FaceMovementChallenge' },
      { clientRequestToken: 'tok-2' },
    ]);
  });

  it('reports a refusal by the server policy as CHALLENGE_NOT_ALLOWED, not retryable', async () => {
    const refusal = () =>
      new Response(JSON.stringify({ error: { code: 'CHALLENGE_NOT_ALLOWED', message: 'No.', retryable: false } }), {
        status: 403,
        headers: { 'content-type': 'application/json' },
      });
    const { impl } = recordingFetch(refusal);
    const backend = createFetchBackend({ baseUrl: '/api/liveness', fetch: impl });
    const error = await backend
      .createSession({
        clientRequestToken: 'tok',
        signal: new AbortController().signal,
        challenge: 'FaceMovementChallenge',
      })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(LivenessError);
    expect(error).toMatchObject({ code: 'CHALLENGE_NOT_ALLOWED', retryable: false, status: 403 });
  });
});
