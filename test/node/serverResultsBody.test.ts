import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { parseSessionResults } from '../../src/core/validate';
import { createS3Presigner } from '../../src/server/s3';
import { decideIsLive, isFailedCheck, toResultsBody } from '../../src/server/toResultsBody';

const SESSION = '0f8fad5b-d9cb-469f-a165-70867728950e';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const BOX = { Width: 0.5, Height: 0.6, Left: 0.25, Top: -0.05 };

describe('the decision', () => {
  it.each([
    ['SUCCEEDED', 80, 80, true],
    ['SUCCEEDED', 79.99, 80, false],
    ['SUCCEEDED', undefined, 80, false],
    ['FAILED', undefined, 80, false],
    ['EXPIRED', undefined, 80, false],
    ['IN_PROGRESS', undefined, 80, undefined],
    ['CREATED', undefined, 80, undefined],
  ] as const)('%s with confidence %s at threshold %s → IsLive %s', (status, confidence, threshold, expected) => {
    expect(decideIsLive(status, confidence, threshold)).toBe(expected);
  });

  it('counts FAILED and SUCCEEDED-below-threshold as failed checks, not EXPIRED or pending ones', () => {
    expect(isFailedCheck('FAILED', undefined, 80)).toBe(true);
    expect(isFailedCheck('SUCCEEDED', 50, 80)).toBe(true);
    expect(isFailedCheck('SUCCEEDED', 90, 80)).toBe(false);
    expect(isFailedCheck('EXPIRED', undefined, 80)).toBe(false);
    expect(isFailedCheck('IN_PROGRESS', undefined, 80)).toBe(false);
  });
});

describe('toResultsBody', () => {
  const output = {
    SessionId: SESSION,
    Status: 'SUCCEEDED' as const,
    Confidence: 91.25,
    ReferenceImage: { Bytes: JPEG, BoundingBox: BOX },
    AuditImages: [{ Bytes: JPEG, BoundingBox: BOX }],
    Challenge: { Type: 'FaceMovementAndLightChallenge' as const, Version: '2.0.0' },
  };

  it('sends bytes as base64, adds IsLive and withholds Confidence by default', async () => {
    const body = await toResultsBody(output, SESSION, { threshold: 80, exposeConfidence: false });
    expect(body).not.toHaveProperty('Confidence');
    expect(body.IsLive).toBe(true);
    expect(body.ReferenceImage).toEqual({ Bytes: Buffer.from(JPEG).toString('base64'), BoundingBox: BOX });
    const parsed = parseSessionResults(JSON.parse(JSON.stringify(body)), SESSION);
    expect(parsed.referenceImage?.source).toEqual({ kind: 'bytes', bytes: JPEG });
    expect(parsed.isLive).toBe(true);
    expect(parsed.confidence).toBeUndefined();
  });

  it('includes Confidence when exposed', async () => {
    const body = await toResultsBody(output, SESSION, { threshold: 95, exposeConfidence: true });
    expect(body.Confidence).toBe(91.25);
    expect(body.IsLive).toBe(false);
  });

  it('turns S3 objects into short-lived presigned URLs and never sends the S3 location', async () => {
    const s3 = new S3Client({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-example' },
    });
    const presign = createS3Presigner({ client: s3, expiresIn: 45 });
    const s3Object = { Bucket: 'liveness-bucket', Name: 'prefix/session/reference.jpg', Version: 'v7' };
    const body = await toResultsBody(
      {
        SessionId: SESSION,
        Status: 'SUCCEEDED',
        Confidence: 99,
        ReferenceImage: { S3Object: s3Object, BoundingBox: BOX },
      },
      SESSION,
      { threshold: 80, exposeConfidence: false, presign },
    );
    const url = new URL(body.ReferenceImage!.Url!);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toContain('liveness-bucket');
    expect(url.pathname).toBe('/prefix/session/reference.jpg');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('45');
    expect(url.searchParams.get('versionId')).toBe('v7');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(body)).not.toContain('S3Object');
    expect(parseSessionResults(JSON.parse(JSON.stringify(body))).referenceImage?.source).toEqual({
      kind: 'url',
      url: url.href,
    });
  });

  it('leaves an S3 image without a source when no S3 client is configured', async () => {
    const body = await toResultsBody(
      {
        SessionId: SESSION,
        Status: 'SUCCEEDED',
        Confidence: 99,
        AuditImages: [{ S3Object: { Bucket: 'b', Name: 'n' }, BoundingBox: BOX }],
      },
      SESSION,
      { threshold: 80, exposeConfidence: false },
    );
    expect(body.AuditImages).toEqual([{ BoundingBox: BOX }]);
  });
});
