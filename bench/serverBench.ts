/**
 * Server and emulator, in this process: create+get round trips per second through the handler
 * (Fetch API requests, no HTTP in front) against the emulator over HTTPS with the real
 * RekognitionClient; then 50 concurrent streaming sessions, each created, streamed and read back.
 */
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { Agent } from 'node:https';
import { startLivenessEmulator } from '../src/emulator';
import { createLivenessHandler } from '../src/server';
import { streamSession } from '../test/node/serverStream';
import { median, ms, quantile, type Section } from './stats';

const CREDENTIALS = { accessKeyId: 'AKIDBENCHSERVER', secretAccessKey: 'bench-server-secret' };

export async function benchServer(seconds: number, concurrency: number, streams: number): Promise<Section> {
  const emulator = await startLivenessEmulator({ ffmpegPath: false });
  const client = new RekognitionClient({
    region: 'us-east-1',
    endpoint: emulator.url,
    credentials: CREDENTIALS,
    requestHandler: { httpsAgent: new Agent({ ca: emulator.certificate, keepAlive: true, maxSockets: concurrency }) },
  });
  const handler = createLivenessHandler({
    client,
    secret: 'bench-secret-for-session-handles-0123456789',
    authorize: (request) => request.headers.get('x-user'),
    failedChecks: false,
  });
  const call = (
    method: string,
    path: string,
    user: string,
    init: { body?: string; headers?: Record<string, string> } = {},
  ) =>
    handler(
      new Request(`https://app.bench${path}`, {
        method,
        headers: { 'x-user': user, 'content-type': 'application/json', ...init.headers },
        ...(init.body ? { body: init.body } : {}),
      }),
    );
  let token = 0;
  async function roundTrip(user: string): Promise<{ sessionId: string; handle: string }> {
    const created = await call('POST', '/api/liveness/sessions', user, {
      body: JSON.stringify({ clientRequestToken: `bench-${++token}` }),
    });
    if (created.status !== 201) throw new Error(`create answered ${created.status}`);
    const body = (await created.json()) as { sessionId: string; handle: string };
    const results = await call('GET', `/api/liveness/sessions/${body.sessionId}/results`, user, {
      headers: { 'x-liveness-session-handle': body.handle },
    });
    if (results.status !== 200) throw new Error(`results answered ${results.status}`);
    await results.arrayBuffer();
    return body;
  }

  try {
    // Warm-up: TLS sessions, JIT.
    await Promise.all(Array.from({ length: concurrency }, (_, i) => roundTrip(`warm-${i}`)));
    const latencies: number[] = [];
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, worker) => {
        while (performance.now() < end) {
          const start = performance.now();
          await roundTrip(`user-${worker}`);
          latencies.push(performance.now() - start);
        }
      }),
    );
    const rate = latencies.length / seconds;

    // 50 concurrent streaming sessions: create, stream, read, each as its own caller.
    const streamStart = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: streams }, async (_, i) => {
        const user = `streamer-${i}`;
        const { sessionId, handle } = await roundTrip(user);
        const events = await streamSession({
          endpoint: emulator.endpoint,
          ca: emulator.certificate,
          sessionId,
          region: 'us-east-1',
          credentials: CREDENTIALS,
          connectionTimeoutMs: 30_000,
        });
        const results = await call('GET', `/api/liveness/sessions/${sessionId}/results`, user, {
          headers: { 'x-liveness-session-handle': handle },
        });
        const json = (await results.json()) as { SessionId: string; Status: string };
        return {
          ok: events.includes('DisconnectionEvent') && json.SessionId === sessionId && json.Status === 'SUCCEEDED',
        };
      }),
    );
    const streamMs = performance.now() - streamStart;
    const completed = outcomes.filter((o) => o.status === 'fulfilled' && o.value.ok).length;
    return {
      title: 'Server and emulator (in one Node process)',
      rows: [
        {
          what: `create+get round trips through the handler, ${concurrency} concurrent callers, ${seconds} s`,
          value: `${rate.toFixed(0)} /s`,
          note: `${latencies.length} round trips`,
        },
        { what: 'round-trip latency p50', value: ms(median(latencies)) },
        { what: 'round-trip latency p99', value: ms(quantile(latencies, 0.99)) },
        {
          what: `${streams} concurrent streaming sessions (create, stream, get)`,
          value: `${completed}/${streams} completed`,
          note: `${streams - completed} lost; all done in ${ms(streamMs)}`,
        },
      ],
      notes: [
        'The handler runs with the real RekognitionClient over HTTPS (keep-alive) to the emulator in the same process, so the figures include both sides’ CPU: on its own machine the emulator answers faster (scripts/bench-emulator.mjs runs it out of process).',
      ],
    };
  } finally {
    client.destroy();
    await emulator.close();
  }
}
