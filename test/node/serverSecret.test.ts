import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLivenessHandler } from '../../src/server/createLivenessHandler';
import { errorOf, newToken } from './serverSupport';

/** A client that records what it is asked: a handler without a secret must never reach AWS. */
function recordingClient() {
  const sent: unknown[] = [];
  const client = new RekognitionClient({ region: 'us-east-1' });
  client.send = ((command: unknown) => {
    sent.push(command);
    return Promise.reject(new Error('no AWS in this test'));
  }) as typeof client.send;
  return { client, sent };
}

const createRequest = () =>
  new Request('https://app.test/api/liveness/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientRequestToken: newToken() }),
  });

afterEach(() => vi.restoreAllMocks());

describe('secret', () => {
  it.each([undefined, ''])(
    'missing (%j, as in `next build`): builds, then each session request answers 500 and logs why',
    async (secret) => {
      const logged: unknown[][] = [];
      vi.spyOn(console, 'error').mockImplementation((...args) => void logged.push(args));
      const { client, sent } = recordingClient();
      const handler = createLivenessHandler({ client, secret: secret as unknown as string, authorize: () => 'alice' });
      const responses = [
        await handler(createRequest()),
        await handler(
          new Request('https://app.test/api/liveness/sessions/3f1c9a2e-8b4d-4c6a-9e21-7d5b0a4f6c13/results'),
        ),
      ];
      for (const response of responses) {
        expect(response.status).toBe(500);
        expect(await errorOf(response)).toEqual({
          code: 'BACKEND_ERROR',
          message: 'The server failed to handle the request.',
          retryable: false,
        });
      }
      const line = (route: string, session = '') =>
        `react-face-liveness: ${route} failed → 500 BACKEND_ERROR${session}: Error: createLivenessHandler: \`secret\` is not set (is LIVENESS_SECRET in the server’s environment?); every session request answers 500 until it is.`;
      expect(logged).toEqual([[line('create')], [line('results')]]);
      expect(sent).toEqual([]);
    },
  );

  it('of the wrong type throws at creation, naming `secret`', () => {
    expect(() => createLivenessHandler({ secret: 42 as unknown as string, authorize: () => 'alice' })).toThrow(
      new TypeError('createLivenessHandler: `secret` must be a string or a Uint8Array, not number.'),
    );
  });

  it('too short throws at creation, naming `secret`', () => {
    expect(() => createLivenessHandler({ secret: 'short', authorize: () => 'alice' })).toThrow(
      new TypeError('createLivenessHandler: `secret` must be at least 32 bytes long.'),
    );
  });
});
