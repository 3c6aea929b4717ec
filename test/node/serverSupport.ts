/**
 * A server handler wired to the local emulator through the real RekognitionClient, and helpers to
 * call it as a browser would. Callers are identified by an `x-user` header in these tests.
 */
import { Agent } from 'node:https';
import { connect } from 'node:net';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { afterEach } from 'vitest';
import { startLivenessEmulator, type LivenessEmulator, type LivenessEmulatorOptions } from '../../src/emulator/index';
import { createLivenessHandler } from '../../src/server/createLivenessHandler';
import type { LivenessHandler, LivenessHandlerOptions } from '../../src/server/types';
import { streamSession } from './serverStream';

export const REGION = 'us-east-1';
export const DUMMY_CREDENTIALS = { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' };
export const SECRET = 'test-secret-for-session-handles-0123456789';

export interface Fixture {
  emulator: LivenessEmulator;
  client: RekognitionClient;
  handler: LivenessHandler;
  /** Calls the handler with a Fetch API request, as `user` (no header when undefined). */
  call(
    method: string,
    path: string,
    init?: { user?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  createSession(user: string, token?: string): Promise<{ response: Response; body: CreatedBody }>;
  results(user: string, sessionId: string, handle: string): Promise<Response>;
  /** Streams the session through the emulator as the detector would. */
  stream(sessionId: string): Promise<string[]>;
  /** Requests the emulator answered for these operations (or all the AWS API operations). */
  awsCalls(operation?: 'CreateFaceLivenessSession' | 'GetFaceLivenessSessionResults'): number;
  close(): Promise<void>;
}

export interface CreatedBody {
  sessionId: string;
  region: string;
  handle: string;
  credentials?: Record<string, unknown>;
}

let tokens = 0;
export const newToken = () => `test-token-${process.pid}-${++tokens}`;

export async function startFixture(
  options: Partial<LivenessHandlerOptions> = {},
  emulatorOptions: LivenessEmulatorOptions = {},
): Promise<Fixture> {
  const emulator = await startLivenessEmulator({ ffmpegPath: false, ...emulatorOptions });
  const client = new RekognitionClient({
    region: REGION,
    endpoint: emulator.url,
    credentials: DUMMY_CREDENTIALS,
    requestHandler: { httpsAgent: new Agent({ ca: emulator.certificate }) },
    maxAttempts: options.maxAttempts ?? 3,
  });
  const handler = createLivenessHandler({
    client,
    secret: SECRET,
    authorize: (request) => request.headers.get('x-user'),
    ...options,
  });

  const call: Fixture['call'] = (method, path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.user !== undefined) headers['x-user'] = init.user;
    if (init.body !== undefined) headers['content-type'] ??= 'application/json';
    const body =
      init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    return handler(
      new Request(`https://app.test${path}`, { method, headers, ...(body === undefined ? {} : { body }) }),
    );
  };

  return {
    emulator,
    client,
    handler,
    call,
    async createSession(user, token = newToken()) {
      const response = await call('POST', '/api/liveness/sessions', { user, body: { clientRequestToken: token } });
      const body = (await response.clone().json()) as CreatedBody;
      return { response, body };
    },
    results: (user, sessionId, handle) =>
      call('GET', `/api/liveness/sessions/${sessionId}/results`, {
        user,
        headers: { 'x-liveness-session-handle': handle },
      }),
    stream: (sessionId) =>
      streamSession({
        endpoint: emulator.endpoint,
        ca: emulator.certificate,
        sessionId,
        region: REGION,
        credentials: DUMMY_CREDENTIALS,
      }),
    awsCalls(operation) {
      return emulator
        .requests()
        .filter((r) =>
          operation
            ? r.operation === operation
            : r.operation !== 'StartFaceLivenessSession' && r.operation !== 'S3GetObject',
        ).length;
    },
    async close() {
      client.destroy();
      await emulator.close();
    },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2026, 10, 21, 9)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

/** Asserts nothing from AWS or a stack trace made it into a response body. */
export function expectNoLeak(text: string): void {
  for (const marker of ['Exception', 'emulator', 'at ', 'node_modules', '.ts:', 'Logref', '__type', 'Session ']) {
    if (text.includes(marker)) throw new Error(`the response leaks ${JSON.stringify(marker)}: ${text}`);
  }
}

/** One fixture per test, closed after it: call at the top of a test file, then `await start(…)` in a test. */
export function fixturePerTest(): (...args: Parameters<typeof startFixture>) => Promise<Fixture> {
  let current: Fixture | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (...args) => (current = await startFixture(...args));
}

/** The `error` member of a handler's error body, after checking that it leaks nothing. */
export async function errorOf(response: Response): Promise<{ code: string; message: string; retryable: boolean }> {
  const text = await response.text();
  expectNoLeak(text);
  return (JSON.parse(text) as { error: { code: string; message: string; retryable: boolean } }).error;
}

export interface RawHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One HTTP/1.1 request written byte for byte (`\n` becomes CRLF), as no Fetch client would send
 * it: dot segments unresolved, any Host, methods Fetch refuses. The server closes after answering.
 */
export function rawHttp(port: number, head: string, body = ''): Promise<RawHttpResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('error', reject);
    socket.on('end', () => {
      const [top, ...rest] = text.split('\r\n\r\n');
      const [status, ...lines] = top!.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        headers[line.slice(0, line.indexOf(':')).toLowerCase()] = line.slice(line.indexOf(':') + 2);
      }
      resolve({ status: Number(status!.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    // Written, not ended: the server closes the connection after its answer (`connection: close`).
    socket.write(`${head.replace(/\n/g, '\r\n')}\r\nconnection: close\r\n\r\n${body}`);
  });
}
