import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../src/core/base64';
import { encodeBase64, encodeBase64Url } from '../../src/server/base64';
import { LivenessError } from '../../src/core/errors';
import { MAX_IMAGE_BYTES, parseCreatedSession, parseSessionResults } from '../../src/core/validate';

const SESSION_ID = '0b7d0c3e-6c1a-4f4e-9a55-3f0c2b1d9e8a';
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
const box = { Width: 0.4, Height: 0.5, Left: 0.3, Top: 0.2 };

function sdkResults(bytes: unknown = JPEG) {
  return {
    SessionId: SESSION_ID,
    Status: 'SUCCEEDED',
    Confidence: 97.5,
    ReferenceImage: { Bytes: bytes, BoundingBox: box },
    AuditImages: [{ Bytes: bytes, BoundingBox: box }, { Bytes: bytes }],
    Challenge: { Type: 'FaceMovementAndLightChallenge', Version: '2.0.0' },
    Feedback: [{ Code: 'LOW_LIGHTING_DETECTED', Message: 'Low light' }],
  };
}

function expectInvalid(run: () => unknown, fragment: string) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LivenessError);
    expect((error as LivenessError).code).toBe('INVALID_RESPONSE');
    expect((error as LivenessError).retryable).toBe(false);
    expect((error as LivenessError).message).toContain(fragment);
    return;
  }
  throw new Error('expected an INVALID_RESPONSE error');
}

describe('parseSessionResults', () => {
  it('reads the AWS SDK shape (Bytes as Uint8Array)', () => {
    const results = parseSessionResults(sdkResults());
    expect(results).toMatchObject({
      sessionId: SESSION_ID,
      status: 'SUCCEEDED',
      confidence: 97.5,
      challenge: { type: 'FaceMovementAndLightChallenge', version: '2.0.0' },
      feedback: [{ code: 'LOW_LIGHTING_DETECTED', message: 'Low light' }],
    });
    expect(results.referenceImage?.source).toEqual({ kind: 'bytes', bytes: JPEG });
    expect(results.referenceImage?.boundingBox).toEqual({ width: 0.4, height: 0.5, left: 0.3, top: 0.2 });
    expect(results.auditImages).toHaveLength(2);
    expect(results.auditImages[1]?.boundingBox).toBeUndefined();
  });

  it('reads the JSON shape (Bytes as base64) to the same result', () => {
    const overJson = JSON.parse(JSON.stringify(sdkResults(encodeBase64(JPEG))));
    expect(parseSessionResults(overJson)).toEqual(parseSessionResults(sdkResults()));
  });

  it('reads the {"0":…,"1":…} object JSON.stringify makes of a Uint8Array', () => {
    const mistaken = JSON.parse(JSON.stringify(sdkResults()));
    expect(mistaken.ReferenceImage.Bytes).toEqual({
      0: 0xff,
      1: 0xd8,
      2: 0xff,
      3: 0xe0,
      4: 1,
      5: 2,
      6: 3,
      7: 4,
      8: 0xff,
      9: 0xd9,
    });
    expect(parseSessionResults(mistaken)).toEqual(parseSessionResults(sdkResults()));
  });

  it('reads images given as URLs (presigned S3) and keeps S3 references', () => {
    const results = parseSessionResults({
      SessionId: SESSION_ID,
      Status: 'SUCCEEDED',
      ReferenceImage: {
        Url: 'https://bucket.s3.amazonaws.com/ref.jpg?X-Amz-Signature=abc',
        S3Object: { Bucket: 'b', Name: 'ref.jpg' },
      },
    });
    expect(results.referenceImage).toEqual({
      source: { kind: 'url', url: 'https://bucket.s3.amazonaws.com/ref.jpg?X-Amz-Signature=abc' },
      s3Object: { bucket: 'b', name: 'ref.jpg' },
    });
  });

  it('accepts camelCase members and a server decision', () => {
    const results = parseSessionResults({ sessionId: SESSION_ID, status: 'IN_PROGRESS', isLive: false });
    expect(results).toEqual({
      sessionId: SESSION_ID,
      status: 'IN_PROGRESS',
      isLive: false,
      auditImages: [],
      feedback: [],
    });
  });

  it('needs only SessionId and Status', () => {
    expect(parseSessionResults({ SessionId: SESSION_ID, Status: 'CREATED' })).toEqual({
      sessionId: SESSION_ID,
      status: 'CREATED',
      auditImages: [],
      feedback: [],
    });
  });

  it.each([
    ['not an object', 'oops', 'response must be an object'],
    ['null', null, 'response must be an object'],
    ['an array', [], 'response must be an object'],
    ['no SessionId', { Status: 'SUCCEEDED' }, 'SessionId must be'],
    ['an upper-case SessionId', { SessionId: SESSION_ID.toUpperCase(), Status: 'SUCCEEDED' }, 'SessionId must be'],
    ['an unknown Status', { SessionId: SESSION_ID, Status: 'DONE' }, 'Status must be one of'],
    [
      'Confidence as text',
      { SessionId: SESSION_ID, Status: 'SUCCEEDED', Confidence: '99' },
      'Confidence must be a finite number',
    ],
    [
      'Confidence above 100',
      { SessionId: SESSION_ID, Status: 'SUCCEEDED', Confidence: 101 },
      'Confidence must be between 0 and 100',
    ],
    [
      'NaN-ish Confidence',
      { SessionId: SESSION_ID, Status: 'SUCCEEDED', Confidence: Number.NaN },
      'Confidence must be a finite number',
    ],
    [
      'AuditImages not an array',
      { SessionId: SESSION_ID, Status: 'SUCCEEDED', AuditImages: {} },
      'AuditImages must be an array',
    ],
    [
      'bad base64',
      { SessionId: SESSION_ID, Status: 'SUCCEEDED', ReferenceImage: { Bytes: '!!!' } },
      'ReferenceImage.Bytes is not valid base64',
    ],
    [
      'empty bytes',
      { SessionId: SESSION_ID, Status: 'SUCCEEDED', ReferenceImage: { Bytes: '' } },
      'ReferenceImage.Bytes is empty',
    ],
    [
      'a byte out of range',
      { SessionId: SESSION_ID, Status: 'SUCCEEDED', ReferenceImage: { Bytes: { 0: 256 } } },
      'ReferenceImage.Bytes[0] must be an integer',
    ],
    [
      'a sparse byte object',
      { SessionId: SESSION_ID, Status: 'SUCCEEDED', ReferenceImage: { Bytes: { 0: 1, 5: 2 } } },
      'not a byte index',
    ],
    [
      'a box with a missing side',
      { SessionId: SESSION_ID, Status: 'SUCCEEDED', AuditImages: [{ BoundingBox: { Left: 0, Top: 0, Width: 1 } }] },
      'AuditImages[0].BoundingBox.Height',
    ],
    [
      'a script URL',
      { SessionId: SESSION_ID, Status: 'SUCCEEDED', ReferenceImage: { Url: 'javascript:alert(1)' } },
      'must be an absolute https: URL',
    ],
    [
      'a feedback without code',
      { SessionId: SESSION_ID, Status: 'SUCCEEDED', Feedback: [{ Message: 'x' }] },
      'Feedback[0].Code is required',
    ],
  ])('refuses %s with a clear message', (_name, payload, fragment) => {
    expectInvalid(() => parseSessionResults(payload), fragment);
  });

  it('refuses images over the service limit', () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    expectInvalid(() => parseSessionResults(sdkResults(big)), 'larger than');
  });

  it('refuses results for another session', () => {
    expectInvalid(
      () => parseSessionResults({ SessionId: SESSION_ID, Status: 'CREATED' }, 'ffffffff-ffff-4fff-8fff-ffffffffffff'),
      'belongs to another session',
    );
  });

  it('never throws anything but a LivenessError, even for hostile objects', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
    expect(() => parseSessionResults(hostile)).toThrow(LivenessError);
    expect(() => parseSessionResults({ SessionId: SESSION_ID, Status: 'SUCCEEDED', ReferenceImage: hostile })).toThrow(
      LivenessError,
    );
  });
});

describe('parseCreatedSession', () => {
  it('keeps the context as it came, up to 4096 characters, and refuses anything else', () => {
    expect(parseCreatedSession({ sessionId: SESSION_ID, context: 'v1.abc.sig' })).toEqual({
      sessionId: SESSION_ID,
      context: 'v1.abc.sig',
    });
    expect(parseCreatedSession({ SessionId: SESSION_ID, Context: 'x'.repeat(4096) }).context).toHaveLength(4096);
    expect(() => parseCreatedSession({ sessionId: SESSION_ID, context: 'x'.repeat(4097) })).toThrow(
      'context is longer than 4096 characters',
    );
    expect(() => parseCreatedSession({ sessionId: SESSION_ID, context: { handle: 'h' } })).toThrow(
      'context must be a string',
    );
    expect(parseCreatedSession({ sessionId: SESSION_ID, context: null })).toEqual({ sessionId: SESSION_ID });
  });

  it('reads sessionId, region and credentials in either casing', () => {
    expect(
      parseCreatedSession({
        SessionId: SESSION_ID,
        Region: 'eu-west-1',
        Credentials: {
          AccessKeyId: 'AKIA',
          SecretAccessKey: 'secret',
          SessionToken: 'tok',
          Expiration: '2030-01-01T00:00:00Z',
        },
      }),
    ).toEqual({
      sessionId: SESSION_ID,
      region: 'eu-west-1',
      credentials: {
        accessKeyId: 'AKIA',
        secretAccessKey: 'secret',
        sessionToken: 'tok',
        expiration: new Date('2030-01-01T00:00:00Z'),
      },
    });
    expect(parseCreatedSession({ sessionId: SESSION_ID })).toEqual({ sessionId: SESSION_ID });
  });

  it.each([
    ['an empty object', {}, 'sessionId must be'],
    ['a bad region', { sessionId: SESSION_ID, region: 'mars' }, 'region must be an AWS region'],
    [
      'credentials without a secret',
      { sessionId: SESSION_ID, credentials: { accessKeyId: 'a' } },
      'need accessKeyId and secretAccessKey',
    ],
    [
      'a bad expiration',
      { sessionId: SESSION_ID, credentials: { accessKeyId: 'a', secretAccessKey: 'b', expiration: 'soon' } },
      'credentials.expiration must be a date',
    ],
  ])('refuses %s', (_name, payload, fragment) => {
    expectInvalid(() => parseCreatedSession(payload), fragment);
  });
});

describe('base64', () => {
  it('round-trips bytes and accepts URL-safe letters and missing padding', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    expect(decodeBase64('-_8')).toEqual(decodeBase64('+/8='));
  });

  it('encodes base64url without padding, and decodes it back', () => {
    const bytes = Uint8Array.from([0xfb, 0xff, 0xbf, 0x01]);
    expect(encodeBase64(bytes)).toBe('+/+/AQ==');
    expect(encodeBase64Url(bytes)).toBe('-_-_AQ');
    expect(decodeBase64(encodeBase64Url(bytes))).toEqual(bytes);
  });

  it('answers undefined for text that is not base64', () => {
    expect(decodeBase64('a')).toBeUndefined();
    expect(decodeBase64('ab$d')).toBeUndefined();
  });
});
