import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { CreateFaceLivenessSessionCommand, GetFaceLivenessSessionResultsCommand } from '@aws-sdk/client-rekognition';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLivenessEmulator, type LivenessEmulator } from '../../src/emulator';
import { rekognitionClient, s3Client, TEST_CREDENTIALS } from '../e2e/harness/awsClients';
import { livenessWebm } from '../e2e/harness/fixtureMedia';
import { streamSession } from '../e2e/harness/streamSession';

let emulator: LivenessEmulator;
let webm: Buffer;
const TEMPORARY = {
  accessKeyId: 'ASIATEMPORARY',
  secretAccessKey: 'temporary-secret',
  sessionToken: 'token/with+odd=chars',
};

beforeAll(async () => {
  webm = readFileSync(livenessWebm(3));
  emulator = await startLivenessEmulator({
    pathPrefix: '/emu',
    region: 'us-east-1',
    verifySignatures: {
      [TEST_CREDENTIALS.accessKeyId]: TEST_CREDENTIALS.secretAccessKey,
      [TEMPORARY.accessKeyId]: TEMPORARY.secretAccessKey,
    },
  });
});
afterAll(() => emulator.close());

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: { name: string; message: string; $metadata?: { httpStatusCode?: number } }) => e,
  );

describe('verifySignatures: real SigV4 verification', () => {
  it('accepts the real client signing with the right secret (also with a session token)', async () => {
    for (const credentials of [TEST_CREDENTIALS, TEMPORARY]) {
      const client = rekognitionClient(emulator, { credentials });
      const { SessionId } = await client.send(
        new CreateFaceLivenessSessionCommand({ ClientRequestToken: `ok-${credentials.accessKeyId}` }),
      );
      expect((await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }))).Status).toBe('CREATED');
      client.destroy();
    }
  });

  it('refuses a wrong secret with InvalidSignatureException and an unknown key with UnrecognizedClientException', async () => {
    const wrong = rekognitionClient(emulator, {
      credentials: { ...TEST_CREDENTIALS, secretAccessKey: 'wrong' },
      maxAttempts: 1,
    });
    expect(await failure(wrong.send(new CreateFaceLivenessSessionCommand({})))).toMatchObject({
      name: 'InvalidSignatureException',
      message: expect.stringMatching(/signature we calculated does not match/),
      $metadata: { httpStatusCode: 400 },
    });
    const unknown = rekognitionClient(emulator, {
      credentials: { accessKeyId: 'AKIDNOBODY', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    expect(await failure(unknown.send(new CreateFaceLivenessSessionCommand({})))).toMatchObject({
      name: 'UnrecognizedClientException',
    });
    wrong.destroy();
    unknown.destroy();
  });

  it('refuses credentials scoped to another region', async () => {
    const elsewhere = rekognitionClient(emulator, { region: 'eu-west-1', maxAttempts: 1 });
    const err = await failure(elsewhere.send(new CreateFaceLivenessSessionCommand({})));
    expect(err).toMatchObject({ name: 'InvalidSignatureException', message: expect.stringMatching(/valid region/) });
    elsewhere.destroy();
  });

  it('verifies the presigned stream URL under a path prefix; a bad signature is an exception on the stream', async () => {
    const client = rekognitionClient(emulator, { credentials: TEMPORARY });
    const { SessionId } = await client.send(
      new CreateFaceLivenessSessionCommand({ Settings: { AuditImagesLimit: 1 } }),
    );
    const bad = await streamSession({
      endpoint: emulator.endpoint,
      certificate: emulator.certificate,
      sessionId: SessionId!,
      webm,
      credentials: { ...TEMPORARY, secretAccessKey: 'nope' },
    });
    expect(bad.error?.name).toBe('InvalidSignatureException');
    expect(emulator.session(SessionId!)).toMatchObject({ status: 'CREATED', streams: 0 }); // not used up

    const good = await streamSession({
      endpoint: emulator.endpoint,
      certificate: emulator.certificate,
      sessionId: SessionId!,
      webm,
      credentials: TEMPORARY,
    });
    expect(good.error).toBeUndefined();
    expect((await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }))).Status).toBe('SUCCEEDED');
    client.destroy();
  });

  it('verifies S3 GetObject and presigned GET URLs', async () => {
    const client = rekognitionClient(emulator);
    const { SessionId } = await client.send(
      new CreateFaceLivenessSessionCommand({ Settings: { OutputConfig: { S3Bucket: 'signed-bucket' } } }),
    );
    await streamSession({
      endpoint: emulator.endpoint,
      certificate: emulator.certificate,
      sessionId: SessionId!,
      webm,
    });
    const key = (await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }))).ReferenceImage!.S3Object!
      .Name!;
    client.destroy();

    const s3 = s3Client(emulator);
    const object = await s3.send(new GetObjectCommand({ Bucket: 'signed-bucket', Key: key }));
    expect((await object.Body!.transformToByteArray()).length).toBeGreaterThan(5_000);
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'signed-bucket', Key: key }), { expiresIn: 60 });
    const status = (u: string) =>
      new Promise<number>((resolve, reject) =>
        request(u, { ca: emulator.certificate }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        })
          .on('error', reject)
          .end(),
      );
    expect(await status(url)).toBe(200);
    expect(await status(url.replace(/X-Amz-Signature=[0-9a-f]+/, `X-Amz-Signature=${'0'.repeat(64)}`))).toBe(403);
    s3.destroy();
  });
});
