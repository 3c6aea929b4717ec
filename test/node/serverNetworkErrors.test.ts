import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { createServer as createTlsServer } from 'node:https';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCertificate } from '../../src/emulator/certificate';
import { createLivenessHandler } from '../../src/server/createLivenessHandler';
import { createSessionSigner } from '../../src/server/sessionHandle';
import { errorOf, newToken, SECRET } from './serverSupport';

const SESSION = '3f1c9a2e-8b4d-4c6a-9e21-7d5b0a4f6c13';
const ACCESS_KEY = 'AKIDNETWORKTEST';
const SECRET_KEY = 'network-test-secret-access-key';

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An HTTPS server on a certificate nobody trusts. */
async function untrustedTlsServer() {
  const { cert, key } = await createCertificate({ organization: 'untrusted (test only)' });
  const server = createTlsServer({ cert, key }, (_request, response) => response.end('{}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(r)) };
}

/** The handler with its default onError, on the real client pointed at `endpoint`. */
function handlerFor(endpoint: string) {
  const client = new RekognitionClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
    maxAttempts: 2,
  });
  return createLivenessHandler({ client, secret: SECRET, authorize: () => 'alice-caller' });
}

async function create(endpoint: string) {
  const token = newToken();
  const response = await handlerFor(endpoint)(
    new Request('https://app.test/api/liveness/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientRequestToken: token }),
    }),
  );
  return { response, token };
}

let logged: unknown[][] = [];
afterEach(() => {
  vi.restoreAllMocks();
  logged = [];
});
const captureLog = () => vi.spyOn(console, 'error').mockImplementation((...args) => void logged.push(args));

function expectOneSafeLine(expected: string, ...secrets: string[]) {
  expect(logged).toEqual([[expected]]);
  for (const secret of [ACCESS_KEY, SECRET_KEY, SECRET, 'alice-caller', ...secrets]) {
    expect(logged[0]![0]).not.toContain(secret);
  }
}

describe('network and TLS failures towards AWS, with the real RekognitionClient', () => {
  it('a closed port: 502 SERVICE_ERROR, retryable, one log line', async () => {
    captureLog();
    const port = await closedPort();
    const { response, token } = await create(`https://127.0.0.1:${port}`);
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toEqual({
      code: 'SERVICE_ERROR',
      message: 'The liveness service could not be reached. Try again.',
      retryable: true,
    });
    expectOneSafeLine(
      `react-face-liveness: create failed → 502 SERVICE_ERROR retryable: Error [ECONNREFUSED]: connect ECONNREFUSED 127.0.0.1:${port}`,
      token,
    );
  });

  it('an unresolvable host: 502 SERVICE_ERROR, retryable, one log line', async () => {
    captureLog();
    const { response, token } = await create('https://rekognition.liveness-test.invalid');
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'SERVICE_ERROR', retryable: true });
    expectOneSafeLine(
      'react-face-liveness: create failed → 502 SERVICE_ERROR retryable: Error [ENOTFOUND]: getaddrinfo ENOTFOUND rekognition.liveness-test.invalid',
      token,
    );
  });

  it('a certificate the server does not trust: 502 SERVICE_ERROR, retryable, one log line', async () => {
    captureLog();
    const tls = await untrustedTlsServer();
    try {
      const { response, token } = await create(`https://127.0.0.1:${tls.port}`);
      expect(response.status).toBe(502);
      expect(await errorOf(response)).toMatchObject({ code: 'SERVICE_ERROR', retryable: true });
      // Node 24 appends a hint to OpenSSL's message; the line carries the message as Node gives it.
      const hint =
        Number(process.versions.node.split('.')[0]) >= 24
          ? '; if the root CA is installed locally, try running Node.js with --use-system-ca'
          : '';
      expectOneSafeLine(
        `react-face-liveness: create failed → 502 SERVICE_ERROR retryable: Error [DEPTH_ZERO_SELF_SIGNED_CERT]: self-signed certificate${hint}`,
        token,
      );
    } finally {
      await tls.close();
    }
  });

  it('reading results names the session in the line, never its handle', async () => {
    captureLog();
    const port = await closedPort();
    const handle = await createSessionSigner(SECRET).sign(SESSION, 'alice-caller', Date.now() + 60_000);
    const response = await handlerFor(`https://127.0.0.1:${port}`)(
      new Request(`https://app.test/api/liveness/sessions/${SESSION}/results`, {
        headers: { 'x-liveness-session-handle': handle },
      }),
    );
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'SERVICE_ERROR', retryable: true });
    expectOneSafeLine(
      `react-face-liveness: results failed → 502 SERVICE_ERROR retryable (session ${SESSION}): Error [ECONNREFUSED]: connect ECONNREFUSED 127.0.0.1:${port}`,
      handle,
    );
  });

  it('logs nothing for the caller’s own mistakes (4xx)', async () => {
    captureLog();
    const response = await handlerFor('https://127.0.0.1:9')(
      new Request('https://app.test/api/liveness/sessions', { method: 'POST', body: '{}' }),
    );
    expect(response.status).toBe(415);
    expect(logged).toEqual([]);
  });
});
