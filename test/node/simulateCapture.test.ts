/**
 * A team testing its backend, no browser: a session created through the server handler, completed
 * with `simulateCapture` over the real streaming protocol (the emulator verifies every signature),
 * read back as SUCCEEDED with images through the handler and through the real RekognitionClient.
 */
import { readFileSync } from 'node:fs';
import { GetFaceLivenessSessionResultsCommand, type RekognitionClient } from '@aws-sdk/client-rekognition';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { simulateCapture, startLivenessEmulator, type LivenessEmulator } from '../../src/emulator';
import { createLivenessHandler, SESSION_HANDLE_HEADER, type LivenessHandler } from '../../src/server';
import { rekognitionClient, TEST_CREDENTIALS } from '../e2e/harness/awsClients';
import { livenessWebm } from '../e2e/harness/fixtureMedia';

const STREAM_CREDENTIALS = { accessKeyId: 'AKIDSTREAMONLY', secretAccessKey: 'stream-only-secret' };
let emulator: LivenessEmulator;
let client: RekognitionClient;
let handler: LivenessHandler;
let video: Buffer;

beforeAll(async () => {
  video = readFileSync(livenessWebm(3));
  emulator = await startLivenessEmulator({
    region: 'us-east-1',
    verifySignatures: {
      [TEST_CREDENTIALS.accessKeyId]: TEST_CREDENTIALS.secretAccessKey,
      [STREAM_CREDENTIALS.accessKeyId]: STREAM_CREDENTIALS.secretAccessKey,
    },
  });
  client = rekognitionClient(emulator);
  handler = createLivenessHandler({
    secret: 'simulate-capture-secret-0123456789abcdef',
    authorize: () => 'backend-test-caller',
    client,
    threshold: 80,
    exposeConfidence: true,
    sessionSettings: { AuditImagesLimit: 2 },
    streamCredentials: async () => STREAM_CREDENTIALS,
  });
});
afterAll(async () => {
  client?.destroy();
  await emulator?.close();
});
beforeEach(() => emulator.reset());

async function createSession() {
  const response = await handler(
    new Request('http://backend.test/api/liveness/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientRequestToken: `t-${Date.now()}` }),
    }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as {
    sessionId: string;
    region: string;
    handle: string;
    credentials: typeof STREAM_CREDENTIALS;
  };
}

async function handlerResults(sessionId: string, handle: string) {
  const response = await handler(
    new Request(`http://backend.test/api/liveness/sessions/${sessionId}/results`, {
      headers: { [SESSION_HANDLE_HEADER]: handle },
    }),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe('simulateCapture', () => {
  it('completes a session created through the handler: SUCCEEDED with frames of the video', async () => {
    const session = await createSession();
    const outcome = await simulateCapture({
      sessionId: session.sessionId,
      region: session.region,
      credentials: session.credentials,
      endpoint: emulator.endpoint,
      certificate: emulator.certificate,
      video,
    });
    expect(outcome.error).toBeUndefined();
    expect(outcome.events.map((e) => Object.keys(e)[0])).toEqual([
      'ServerSessionInformationEvent',
      'DisconnectionEvent',
    ]);

    const results = await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId: session.sessionId }));
    expect(results).toMatchObject({ Status: 'SUCCEEDED', Confidence: 98.5 });
    const images = [results.ReferenceImage!, ...results.AuditImages!];
    expect(images).toHaveLength(3);
    for (const image of images) {
      expect([image.Bytes![0], image.Bytes![1]]).toEqual([0xff, 0xd8]);
      expect(image.Bytes!.length).toBeGreaterThan(5_000);
      expect(image.BoundingBox).toBeDefined();
    }
    expect(emulator.session(session.sessionId)).toMatchObject({ frameSource: 'ffmpeg', streams: 1 });
    // The stream was signed with the credentials the handler handed out, and verified.
    expect(emulator.requests({ operation: 'StartFaceLivenessSession' })).toMatchObject([
      { httpStatus: 101, accessKeyId: STREAM_CREDENTIALS.accessKeyId, region: 'us-east-1' },
    ]);
    expect(emulator.requests({ operation: 'StartFaceLivenessSession' })[0]!.errorType).toBeUndefined();

    const body = await handlerResults(session.sessionId, session.handle);
    expect(body).toMatchObject({ Status: 'SUCCEEDED', IsLive: true, Confidence: 98.5 });
    expect((body.AuditImages as unknown[]).length).toBe(2);
  });

  it('reaches the scenario’s outcome: not-live', async () => {
    emulator.queueScenario('not-live');
    const session = await createSession();
    await simulateCapture({
      sessionId: session.sessionId,
      credentials: session.credentials,
      endpoint: emulator.endpoint,
      certificate: emulator.certificate,
      video,
    });
    expect(await handlerResults(session.sessionId, session.handle)).toMatchObject({
      Status: 'SUCCEEDED',
      IsLive: false,
      Confidence: 12,
    });
  });

  it('without a video, it streams the 8,993-byte sample WebM and the images are its frames', async () => {
    const session = await createSession();
    const outcome = await simulateCapture({
      sessionId: session.sessionId,
      credentials: session.credentials,
      endpoint: emulator.endpoint,
      certificate: emulator.certificate,
    });
    expect(outcome.error).toBeUndefined();
    const results = await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId: session.sessionId }));
    expect(results.Status).toBe('SUCCEEDED');
    expect(results.AuditImages).toHaveLength(2);
    for (const image of [results.ReferenceImage!, ...results.AuditImages!]) {
      expect([image.Bytes![0], image.Bytes![1]]).toEqual([0xff, 0xd8]);
    }
    expect(emulator.session(session.sessionId)).toMatchObject({ frameSource: 'ffmpeg', videoBytes: 8993 });
  });

  it('reports the stream’s refusal: credentials the emulator does not know', async () => {
    const session = await createSession();
    const outcome = await simulateCapture({
      sessionId: session.sessionId,
      credentials: { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'x' },
      endpoint: emulator.endpoint,
      certificate: emulator.certificate,
    });
    expect(outcome.error?.name).toBe('UnrecognizedClientException');
    expect(emulator.session(session.sessionId)!.status).toBe('CREATED');
  });

  it('two captures to two emulators with different certificates run at once', async () => {
    const other = await startLivenessEmulator();
    // Node 20 has no global WebSocket; Node 22 and later have one. Either way it comes back as it was.
    const globalWebSocket = (globalThis as { WebSocket?: unknown }).WebSocket;
    try {
      const otherClient = rekognitionClient(other);
      const { CreateFaceLivenessSessionCommand } = await import('@aws-sdk/client-rekognition');
      const [a, b] = await Promise.all([createSession(), otherClient.send(new CreateFaceLivenessSessionCommand({}))]);
      const outcomes = await Promise.all([
        simulateCapture({
          sessionId: a.sessionId,
          credentials: a.credentials,
          endpoint: emulator.endpoint,
          certificate: emulator.certificate,
        }),
        simulateCapture({
          sessionId: b.SessionId!,
          credentials: TEST_CREDENTIALS,
          endpoint: other.endpoint,
          certificate: other.certificate,
        }),
      ]);
      const statuses = await Promise.all([
        client.send(new GetFaceLivenessSessionResultsCommand({ SessionId: a.sessionId })),
        otherClient.send(new GetFaceLivenessSessionResultsCommand({ SessionId: b.SessionId })),
      ]);
      otherClient.destroy();
      expect(outcomes.map((o) => o.error)).toEqual([undefined, undefined]);
      expect(statuses.map((r) => r.Status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
      expect((globalThis as { WebSocket?: unknown }).WebSocket).toBe(globalWebSocket);
    } finally {
      await other.close();
    }
  });
});
