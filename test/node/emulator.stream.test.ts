import { readFileSync } from 'node:fs';
import {
  CreateFaceLivenessSessionCommand,
  GetFaceLivenessSessionResultsCommand,
  type CreateFaceLivenessSessionCommandInput,
  type RekognitionClient,
} from '@aws-sdk/client-rekognition';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLivenessEmulator, type LivenessEmulator } from '../../src/emulator';
import { rekognitionClient, s3Client } from '../e2e/harness/awsClients';
import { livenessWebm } from '../e2e/harness/fixtureMedia';
import { INITIAL_FACE, streamSession, TARGET_FACE } from '../e2e/harness/streamSession';

let emulator: LivenessEmulator;
let client: RekognitionClient;
let webm: Buffer;

beforeAll(async () => {
  webm = readFileSync(livenessWebm(3));
  emulator = await startLivenessEmulator({ pathPrefix: '/emu' });
  client = rekognitionClient(emulator, { maxAttempts: 1 });
});
afterAll(async () => {
  client.destroy();
  await emulator.close();
});

const create = async (input: CreateFaceLivenessSessionCommandInput = {}) =>
  (await client.send(new CreateFaceLivenessSessionCommand(input))).SessionId!;
const get = (SessionId: string) => client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }));
const stream = (sessionId: string, extra: Partial<Parameters<typeof streamSession>[0]> = {}) =>
  streamSession({ endpoint: emulator.endpoint, certificate: emulator.certificate, sessionId, webm, ...extra });

const isJpeg = (bytes: Uint8Array) =>
  bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9;

describe('StartFaceLivenessSession through the real streaming client', () => {
  it('runs a light challenge to SUCCEEDED with real frames and boxes', async () => {
    const sessionId = await create({ Settings: { AuditImagesLimit: 4 } });
    const outcome = await stream(sessionId);
    expect(outcome.error).toBeUndefined();
    expect(outcome.events.map((e) => Object.keys(e)[0])).toEqual([
      'ServerSessionInformationEvent',
      'DisconnectionEvent',
    ]);
    const challenge = outcome.sessionInformation!.Challenge as Record<string, Record<string, unknown>>;
    expect(Object.keys(challenge)).toEqual(['FaceMovementAndLightChallenge']);
    expect(challenge.FaceMovementAndLightChallenge).toMatchObject({
      OvalParameters: { Width: 190, Height: 307, CenterX: 312, CenterY: 210 },
      LightChallengeType: 'SEQUENTIAL',
      ChallengeConfig: { OvalHeightWidthRatio: 1.618 },
    });

    const results = await get(sessionId);
    expect(results).toMatchObject({
      Status: 'SUCCEEDED',
      Confidence: 98.5,
      Challenge: { Type: 'FaceMovementAndLightChallenge', Version: '2.0.0' },
    });
    const images = [results.ReferenceImage!, ...results.AuditImages!];
    expect(results.AuditImages).toHaveLength(4);
    for (const image of images) {
      expect(isJpeg(image.Bytes!)).toBe(true);
      expect(image.Bytes!.length).toBeLessThanOrEqual(204_800);
      expect(image.Bytes!.length).toBeGreaterThan(5_000); // a 640x480 frame, not the placeholder
      expect(image.BoundingBox).toBeDefined();
    }
    // The reference image is taken while the face was in the oval: the client's TargetFace box.
    expect(results.ReferenceImage!.BoundingBox).toEqual(TARGET_FACE);
    // Audit boxes move from the InitialFace box towards the TargetFace box.
    expect(results.AuditImages![0]!.BoundingBox!.Width).toBeGreaterThanOrEqual(INITIAL_FACE.Width);
    expect(results.AuditImages![0]!.BoundingBox!.Width).toBeLessThan(TARGET_FACE.Width);

    const snapshot = emulator.session(sessionId)!;
    expect(snapshot).toMatchObject({
      status: 'SUCCEEDED',
      frameSource: 'ffmpeg',
      videoBytes: webm.length,
      streams: 1,
      initialFace: INITIAL_FACE,
      targetFace: TARGET_FACE,
    });
    expect(snapshot.events.filter((e) => e.direction === 'in').map((e) => e.name)).toEqual([
      'stream-opened',
      'VideoEvent',
      'ClientSessionInformationEvent',
      'VideoEvent',
      'VideoEvent',
      'ClientSessionInformationEvent',
      'VideoEvent',
      'socket-closed',
    ]);
    expect(snapshot.events.find((e) => e.name === 'socket-closed')!.detail).toMatchObject({ code: 1000 });
    const upgrade = emulator.requests({ operation: 'StartFaceLivenessSession', sessionId })[0]!;
    expect(upgrade).toMatchObject({
      httpStatus: 101,
      path: '/emu/start-face-liveness-session-websocket',
      accessKeyId: 'AKIDLIVENESSEMULATOR',
    });
  });

  it('moves CREATED → IN_PROGRESS → SUCCEEDED', async () => {
    const sessionId = await create();
    expect((await get(sessionId)).Status).toBe('CREATED');
    const outcome = await stream(sessionId);
    expect(outcome.error).toBeUndefined();
    const results = await get(sessionId); // waits for the frames to be decoded
    expect(results.Status).toBe('SUCCEEDED');
    const statuses = emulator
      .session(sessionId)!
      .events.filter((e) => e.name === 'status')
      .map((e) => e.detail!.status);
    expect(statuses).toEqual(['CREATED', 'IN_PROGRESS', 'SUCCEEDED']);
    expect(results.AuditImages).toEqual([]);
    expect(results.ReferenceImage!.Bytes!.length).toBeGreaterThan(5_000);
  });

  it('gives the movement challenge when ChallengePreferences ask for it', async () => {
    const sessionId = await create({ Settings: { ChallengePreferences: [{ Type: 'FaceMovementChallenge' }] } });
    const outcome = await stream(sessionId);
    const challenge = outcome.sessionInformation!.Challenge as Record<string, Record<string, unknown>>;
    expect(Object.keys(challenge)).toEqual(['FaceMovementChallenge']);
    expect(challenge.FaceMovementChallenge!.ColorSequences).toBeUndefined();
    expect((await get(sessionId)).Challenge).toEqual({ Type: 'FaceMovementChallenge', Version: '1.0.0' });
  });

  it('refuses a second stream on a used session with a ValidationException on the stream', async () => {
    const sessionId = await create();
    await stream(sessionId);
    expect((await get(sessionId)).Status).toBe('SUCCEEDED');
    const again = await stream(sessionId);
    expect(again.error?.name).toBe('ValidationException');
    expect(again.error?.message).toMatch(/already been used/);
    expect(emulator.session(sessionId)).toMatchObject({ status: 'SUCCEEDED', streams: 2 });
  });

  it('answers a stream for an unknown session with SessionNotFoundException', async () => {
    const outcome = await stream('00000000-0000-4000-8000-000000000000');
    expect(outcome.error?.name).toBe('SessionNotFoundException');
  });

  it('fails the session when the client leaves before the end of the video', async () => {
    const sessionId = await create();
    const outcome = await stream(sessionId, { abandonAfterChunks: 1 });
    expect(outcome.events.map((e) => Object.keys(e)[0])).toEqual(['ServerSessionInformationEvent']);
    await expect.poll(() => emulator.session(sessionId)!.status).toBe('FAILED');
    expect((await get(sessionId)).Status).toBe('FAILED');
  });
});

describe('OutputConfig: images as S3 objects served by the emulator', () => {
  it('returns S3Object references that GetObject and a presigned URL can fetch', async () => {
    const sessionId = await create({
      Settings: { AuditImagesLimit: 2, OutputConfig: { S3Bucket: 'liveness-audit', S3KeyPrefix: 'checks' } },
    });
    await stream(sessionId);
    const results = await get(sessionId);
    expect(results.Status).toBe('SUCCEEDED');
    expect(results.ReferenceImage!.Bytes).toBeUndefined();
    expect(results.ReferenceImage!.S3Object).toEqual({
      Bucket: 'liveness-audit',
      Name: `checks/${sessionId}/reference.jpg`,
    });
    expect(results.AuditImages!.map((i) => i.S3Object!.Name)).toEqual([
      `checks/${sessionId}/audit_images/1.jpg`,
      `checks/${sessionId}/audit_images/2.jpg`,
    ]);
    expect(results.ReferenceImage!.BoundingBox).toEqual(TARGET_FACE);

    const s3 = s3Client(emulator);
    const object = await s3.send(
      new GetObjectCommand({ Bucket: 'liveness-audit', Key: `checks/${sessionId}/reference.jpg` }),
    );
    expect(object.ContentType).toBe('image/jpeg');
    const bytes = await object.Body!.transformToByteArray();
    expect(isJpeg(bytes)).toBe(true);
    expect(
      Buffer.compare(Buffer.from(bytes), emulator.getObject('liveness-audit', `checks/${sessionId}/reference.jpg`)!),
    ).toBe(0);

    const url = await getSignedUrl(
      s3,
      new GetObjectCommand({ Bucket: 'liveness-audit', Key: `checks/${sessionId}/audit_images/1.jpg` }),
      { expiresIn: 60 },
    );
    expect(url).toContain('X-Amz-Signature=');
    const { request } = await import('node:https');
    const status = await new Promise<number>((resolve, reject) =>
      request(url, { ca: emulator.certificate }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      })
        .on('error', reject)
        .end(),
    );
    expect(status).toBe(200);

    const missing = await s3
      .send(new GetObjectCommand({ Bucket: 'liveness-audit', Key: 'nope.jpg' }))
      .catch((e: Error) => e);
    expect((missing as Error).name).toBe('NoSuchKey');
    s3.destroy();
  });
});

describe('without ffmpeg', () => {
  it('returns a labelled placeholder JPEG instead of frames', async () => {
    const noFfmpeg = await startLivenessEmulator({ ffmpegPath: '/nonexistent/ffmpeg' });
    const c = rekognitionClient(noFfmpeg);
    try {
      const { SessionId } = await c.send(new CreateFaceLivenessSessionCommand({ Settings: { AuditImagesLimit: 1 } }));
      await streamSession({ endpoint: noFfmpeg.url, certificate: noFfmpeg.certificate, sessionId: SessionId!, webm });
      const results = await c.send(new GetFaceLivenessSessionResultsCommand({ SessionId }));
      expect(results.Status).toBe('SUCCEEDED');
      const bytes = Buffer.from(results.ReferenceImage!.Bytes!);
      expect(isJpeg(bytes)).toBe(true);
      expect(bytes.toString('latin1')).toContain('react-face-liveness emulator placeholder');
      expect(results.AuditImages).toHaveLength(1);
      expect(noFfmpeg.session(SessionId!)!.frameSource).toBe('placeholder');
    } finally {
      c.destroy();
      await noFfmpeg.close();
    }
  });
});

describe('data lifetime and certificates', () => {
  it('keeps the streamed WebM until the session expires, then drops video and images', async () => {
    let clock = Date.now();
    const timed = await startLivenessEmulator({
      now: () => clock,
      tls: { cert: emulator.certificate, key: emulator.privateKey },
    });
    expect(timed.certificate).toBe(emulator.certificate); // a given certificate is used as is
    const c = rekognitionClient(timed);
    try {
      const { SessionId } = await c.send(new CreateFaceLivenessSessionCommand({ Settings: { AuditImagesLimit: 1 } }));
      await streamSession({ endpoint: timed.url, certificate: timed.certificate, sessionId: SessionId!, webm });
      expect((await c.send(new GetFaceLivenessSessionResultsCommand({ SessionId }))).Status).toBe('SUCCEEDED');
      expect(Buffer.compare(timed.video(SessionId!)!, webm)).toBe(0);

      clock += 180_000;
      await c.send(new CreateFaceLivenessSessionCommand({})); // any later session sweeps expired data
      expect(timed.video(SessionId!)).toBeUndefined();
      const results = await c.send(new GetFaceLivenessSessionResultsCommand({ SessionId }));
      expect(results.Status).toBe('EXPIRED');
      expect(results.ReferenceImage).toBeUndefined();
      expect(timed.session(SessionId!)).toMatchObject({ status: 'EXPIRED', videoBytes: webm.length });
    } finally {
      c.destroy();
      await timed.close();
    }
  });
});

describe('challenge versions and limits', () => {
  it('picks the first preference the client offers within Minimum..Maximum', async () => {
    const sessionId = await create({
      Settings: {
        ChallengePreferences: [
          { Type: 'FaceMovementAndLightChallenge', Versions: { Minimum: '3.0.0' } },
          { Type: 'FaceMovementChallenge', Versions: { Minimum: '1.0.0', Maximum: '1.9.9' } },
        ],
      },
    });
    const outcome = await stream(sessionId);
    expect(Object.keys(outcome.sessionInformation!.Challenge as object)).toEqual(['FaceMovementChallenge']);
    expect((await get(sessionId)).Challenge).toEqual({ Type: 'FaceMovementChallenge', Version: '1.0.0' });
  });

  it('refuses the stream when no preference is offered', async () => {
    const sessionId = await create({ Settings: { ChallengePreferences: [{ Type: 'FaceMovementChallenge' }] } });
    const outcome = await stream(sessionId, { challengeVersions: 'FaceMovementAndLightChallenge_2.0.0' });
    expect(outcome.error?.name).toBe('ValidationException');
    expect((await get(sessionId)).Status).toBe('FAILED');
  });

  it('refuses a video over 10 MB with a ValidationException', async () => {
    const sessionId = await create();
    const big = Buffer.concat([webm, Buffer.alloc(10 * 1024 * 1024 + 1024, 1)]);
    const outcome = await stream(sessionId, { webm: big, chunks: 4 });
    expect(outcome.error?.name).toBe('ValidationException');
    expect(outcome.error?.message).toMatch(/exceeds the 10485760 byte limit/);
    expect((await get(sessionId)).Status).toBe('FAILED');
  });
});
