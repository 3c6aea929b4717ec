/**
 * StartFaceLivenessSession over the Node streaming client's own transports: HTTP/2 (ALPN h2,
 * NodeHttp2Handler) and the client's default NodeHttpHandler (HTTP/1.1), on the same port as the
 * awsJson API and the WebSocket.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:http2';
import { CreateFaceLivenessSessionCommand, GetFaceLivenessSessionResultsCommand } from '@aws-sdk/client-rekognition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLivenessEmulator, type LivenessEmulator } from '../../src/emulator';
import { rekognitionClient } from '../e2e/harness/awsClients';
import { livenessWebm } from '../e2e/harness/fixtureMedia';
import { streamSession, TARGET_FACE } from '../e2e/harness/streamSession';

let emulator: LivenessEmulator;
let webm: Buffer;

beforeAll(async () => {
  webm = readFileSync(livenessWebm(3));
  emulator = await startLivenessEmulator({ pathPrefix: '/emu', verifySignatures: true });
});
afterAll(() => emulator.close());

describe('the stream over HTTP/2 and HTTP/1.1', () => {
  it('negotiates h2 by ALPN on the emulator port', async () => {
    const session = connect(emulator.url, { ca: emulator.certificate });
    const protocol = await new Promise<string | undefined>((resolve, reject) => {
      session.once('connect', () => resolve(session.alpnProtocol));
      session.once('error', reject);
    });
    session.close();
    expect(protocol).toBe('h2');
  });

  it.each(['http2', 'http1'] as const)(
    'runs a check to SUCCEEDED over %s with the same events, images and boxes as the WebSocket',
    async (transport) => {
      const client = rekognitionClient(emulator);
      const { SessionId } = await client.send(
        new CreateFaceLivenessSessionCommand({
          Settings: { AuditImagesLimit: 2, ChallengePreferences: [{ Type: 'FaceMovementChallenge' }] },
        }),
      );
      const outcome = await streamSession({
        endpoint: emulator.endpoint,
        certificate: emulator.certificate,
        sessionId: SessionId!,
        webm,
        transport,
      });
      expect(outcome.error).toBeUndefined();
      expect(outcome.events.map((e) => Object.keys(e)[0])).toEqual([
        'ServerSessionInformationEvent',
        'DisconnectionEvent',
      ]);
      const results = await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }));
      expect(results).toMatchObject({
        Status: 'SUCCEEDED',
        Confidence: 98.5,
        Challenge: { Type: 'FaceMovementChallenge', Version: '1.0.0' },
      });
      expect(results.ReferenceImage!.BoundingBox).toEqual(TARGET_FACE);
      expect(results.AuditImages).toHaveLength(2);
      expect(results.ReferenceImage!.Bytes!.length).toBeGreaterThan(5_000); // a real frame
      const [request] = emulator.requests({ operation: 'StartFaceLivenessSession', sessionId: SessionId! });
      expect(request).toMatchObject({ method: 'POST', path: '/emu/start-face-liveness-session', httpStatus: 200 });
      expect(emulator.session(SessionId!)).toMatchObject({
        streams: 1,
        videoBytes: webm.length,
        frameSource: 'ffmpeg',
      });
      client.destroy();
    },
  );

  it('answers a refused stream as an HTTP error the client names (SessionNotFoundException 400)', async () => {
    const outcome = await streamSession({
      endpoint: emulator.endpoint,
      certificate: emulator.certificate,
      sessionId: '00000000-0000-4000-8000-000000000000',
      webm,
      transport: 'http2',
    });
    expect(outcome.error).toMatchObject({ name: 'SessionNotFoundException', $metadata: { httpStatusCode: 400 } });
    expect(emulator.requests({ sessionId: '00000000-0000-4000-8000-000000000000' })[0]).toMatchObject({
      httpStatus: 400,
      errorType: 'SessionNotFoundException',
    });
  });

  it('a stream that ends before the video is over fails the session', async () => {
    const client = rekognitionClient(emulator);
    const { SessionId } = await client.send(new CreateFaceLivenessSessionCommand({}));
    await streamSession({
      endpoint: emulator.endpoint,
      certificate: emulator.certificate,
      sessionId: SessionId!,
      webm,
      transport: 'http2',
      abandonAfterChunks: 1,
    });
    expect((await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }))).Status).toBe('FAILED');
    client.destroy();
  });
});
