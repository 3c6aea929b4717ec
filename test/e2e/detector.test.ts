/**
 * The real Amplify FaceLivenessDetectorCore in headless Chromium, with a fake camera made from the
 * fixture photo, reaching onAnalysisComplete against the emulator for both challenge types.
 */
import { readFileSync } from 'node:fs';
import {
  CreateFaceLivenessSessionCommand,
  GetFaceLivenessSessionResultsCommand,
  type RekognitionClient,
} from '@aws-sdk/client-rekognition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { rekognitionClient, s3Client, TEST_CREDENTIALS } from './harness/awsClients';
import { livenessWebm } from './harness/fixtureMedia';
import { streamSession } from './harness/streamSession';
import { startLivenessE2E, type LivenessE2E } from './harness/livenessE2E';
import { E2E_BROWSER_CREDENTIALS } from './pages/e2eBridge';

let e2e: LivenessE2E;
let client: RekognitionClient;

beforeAll(async () => {
  // The emulator verifies every SigV4 signature: the detector's presigned WebSocket URL included.
  e2e = await startLivenessE2E({
    page: 'detector',
    emulator: {
      region: 'us-east-1',
      verifySignatures: {
        [TEST_CREDENTIALS.accessKeyId]: TEST_CREDENTIALS.secretAccessKey,
        [E2E_BROWSER_CREDENTIALS.accessKeyId]: E2E_BROWSER_CREDENTIALS.secretAccessKey,
      },
    },
  });
  client = rekognitionClient(e2e.emulator);
});
afterAll(async () => {
  client?.destroy();
  await e2e?.close();
});

describe.each([
  ['FaceMovementAndLightChallenge', '2.0.0'],
  ['FaceMovementChallenge', '1.0.0'],
] as const)('FaceLivenessDetectorCore with %s', (challenge, version) => {
  it('reaches onAnalysisComplete and the session ends SUCCEEDED with real frames', async () => {
    const { SessionId } = await client.send(
      new CreateFaceLivenessSessionCommand({
        Settings: { AuditImagesLimit: 2, ChallengePreferences: [{ Type: challenge }] },
      }),
    );
    await e2e.open({ sessionId: SessionId! });
    await e2e.waitForEvent('analysisComplete', { timeoutMs: 60_000 });

    const results = await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }));
    expect(results).toMatchObject({
      Status: 'SUCCEEDED',
      Confidence: 98.5,
      Challenge: { Type: challenge, Version: version },
    });
    const images = [results.ReferenceImage!, ...results.AuditImages!];
    expect(images).toHaveLength(3);
    for (const image of images) {
      expect(image.Bytes![0]).toBe(0xff);
      expect(image.Bytes!.length).toBeGreaterThan(5_000);
      expect(image.Bytes!.length).toBeLessThanOrEqual(204_800);
      expect(image.BoundingBox).toBeDefined();
    }

    const session = e2e.emulator.session(SessionId!)!;
    expect(session).toMatchObject({ status: 'SUCCEEDED', frameSource: 'ffmpeg', streams: 1, challengeType: challenge });
    expect(session.initialFace).toBeDefined();
    expect(session.targetFace).toBeDefined();
    expect(session.events.find((e) => e.name === 'socket-closed')!.detail).toMatchObject({ code: 1000 });
    expect(e2e.emulator.requests({ operation: 'StartFaceLivenessSession', sessionId: SessionId })).toMatchObject([
      { httpStatus: 101, accessKeyId: E2E_BROWSER_CREDENTIALS.accessKeyId, region: 'us-east-1' },
    ]);
    const colours = session.events.filter(
      (e) => e.name === 'ClientSessionInformationEvent' && e.detail?.ColorDisplayed,
    );
    if (challenge === 'FaceMovementAndLightChallenge') expect(colours.length).toBeGreaterThanOrEqual(8);
    else expect(colours).toEqual([]);
    expect(e2e.offMachineRequests).toEqual([]);
    expect((await e2e.events()).filter((e) => e.type === 'error')).toEqual([]);
  });
});

describe('FaceLivenessDetectorCore and emulator faults', () => {
  it('reports SERVER_ERROR when the stream carries a ThrottlingException', async () => {
    e2e.emulator.queueScenario('stream-throttling');
    const { SessionId } = await client.send(new CreateFaceLivenessSessionCommand({}));
    await e2e.open({ sessionId: SessionId! });
    const error = await e2e.waitForEvent('error', { failOn: ['analysisComplete'], timeoutMs: 30_000 });
    expect(error.detail).toMatchObject({ state: 'SERVER_ERROR' });
    expect((await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }))).Status).toBe('FAILED');
    expect(e2e.offMachineRequests).toEqual([]);
  });
});

describe('OutputConfig images in the browser', () => {
  it('a presigned GET URL from @aws-sdk/s3-request-presigner loads in an <img>', async () => {
    const { SessionId } = await client.send(
      new CreateFaceLivenessSessionCommand({
        Settings: { OutputConfig: { S3Bucket: 'browser-bucket', S3KeyPrefix: 'e2e' } },
      }),
    );
    const webm = readFileSync(livenessWebm(3));
    await streamSession({
      endpoint: e2e.emulator.endpoint,
      certificate: e2e.emulator.certificate,
      sessionId: SessionId!,
      webm,
    });
    const { ReferenceImage } = await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }));
    const s3 = s3Client(e2e.emulator);
    const url = await getSignedUrl(
      s3,
      new GetObjectCommand({ Bucket: 'browser-bucket', Key: ReferenceImage!.S3Object!.Name! }),
      {
        expiresIn: 60,
      },
    );
    s3.destroy();
    await e2e.page.goto(`${e2e.origin}/__liveness/face-model/model.json`); // any page of the test origin
    const size = await e2e.page.evaluate(
      (src) =>
        new Promise<[number, number]>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
          img.onerror = () => reject(new Error(`could not load ${src}`));
          img.src = src;
        }),
      url,
    );
    expect(size).toEqual([640, 480]);
    expect(e2e.emulator.requests({ operation: 'S3GetObject' }).at(-1)).toMatchObject({
      httpStatus: 200,
      accessKeyId: TEST_CREDENTIALS.accessKeyId,
    });
  });
});
