/** The session request sent at Start, handed to the mutation's first attempt; retries call the backend. */
import { describe, expect, it, vi } from 'vitest';
import { sendFirstRequestNow } from '../../src/core/sendFirstRequestNow';
import type { CreateSessionRequest, LivenessBackend } from '../../src/core/types';

const request = (token: string): CreateSessionRequest => ({
  clientRequestToken: token,
  signal: new AbortController().signal,
});

function recordingBackend(createSession: LivenessBackend['createSession']) {
  const backend = {
    createSession: vi.fn(createSession),
    getResults: vi.fn(async () => ({ SessionId: 'x', Status: 'CREATED' })),
  };
  return backend;
}

describe('sendFirstRequestNow', () => {
  it('sends at once; the first createSession answers with that call, the next ones call the backend', async () => {
    let calls = 0;
    const backend = recordingBackend(async ({ clientRequestToken }) => ({
      sessionId: `${clientRequestToken}-${++calls}`,
    }));
    const first = request('t1');
    const wrapped = sendFirstRequestNow(backend, first);
    expect(backend.createSession.mock.calls).toEqual([[first]]);
    await expect(wrapped.createSession(request('t1'))).resolves.toEqual({ sessionId: 't1-1' });
    expect(backend.createSession).toHaveBeenCalledTimes(1);
    const retry = request('t1');
    await expect(wrapped.createSession(retry)).resolves.toEqual({ sessionId: 't1-2' });
    expect(backend.createSession.mock.calls).toEqual([[first], [retry]]);
  });

  it('turns a synchronous throw into the first call’s rejection', async () => {
    const backend = recordingBackend(() => {
      throw new TypeError('no network');
    });
    const wrapped = sendFirstRequestNow(backend, request('t2'));
    await expect(wrapped.createSession(request('t2'))).rejects.toThrow('no network');
  });

  it('does not report a rejection as unhandled while it waits to be taken', async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      const wrapped = sendFirstRequestNow(
        recordingBackend(async () => Promise.reject(new Error('503'))),
        request('t3'),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      await expect(wrapped.createSession(request('t3'))).rejects.toThrow('503');
    } finally {
      process.off('unhandledRejection', listen);
    }
  });

  it('passes getResults through to the backend', async () => {
    const backend = recordingBackend(async () => ({ sessionId: 's' }));
    const wrapped = sendFirstRequestNow(backend, request('t4'));
    const results = { sessionId: 's', signal: new AbortController().signal };
    await expect(wrapped.getResults(results)).resolves.toEqual({ SessionId: 'x', Status: 'CREATED' });
    expect(backend.getResults.mock.calls).toEqual([[results]]);
  });
});
