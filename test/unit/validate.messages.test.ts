/**
 * The validators' edges, with each refusal's whole message written out: the field it names and
 * the rule it states are what a developer reads when a backend sends something wrong.
 */
import { describe, expect, it } from 'vitest';
import { LivenessError } from '../../src/core/errors';
import { parseBytes, parseCreatedSession, parseSessionResults } from '../../src/core/validate';

const SESSION_ID = '0b7d0c3e-6c1a-4f4e-9a55-3f0c2b1d9e8a';
const results = (extra: Record<string, unknown>) => ({ SessionId: SESSION_ID, Status: 'SUCCEEDED', ...extra });

/** The message of the INVALID_RESPONSE error `run` throws (and fails if it throws anything else). */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LivenessError);
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', retryable: false });
    return (error as LivenessError).message;
  }
  throw new Error('expected an INVALID_RESPONSE error');
}
const resultsRefusal = (payload: unknown) => refusal(() => parseSessionResults(payload));
const sessionRefusal = (payload: unknown) => refusal(() => parseCreatedSession(payload));

describe('parseSessionResults: what each refusal says', () => {
  it.each([
    ['a SessionId with a prefix', results({ SessionId: `x${SESSION_ID}` })],
    ['a SessionId with a suffix', results({ SessionId: `${SESSION_ID}0` })],
    ['a SessionId that is a number', results({ SessionId: 7 })],
  ])('%s', (_name, payload) => {
    expect(resultsRefusal(payload)).toBe(
      "The backend's results is malformed: SessionId must be a Face Liveness SessionId (a lower-case UUID).",
    );
  });

  it('names the other session and every status it accepts', () => {
    expect(refusal(() => parseSessionResults(results({}), 'ffffffff-6c1a-4f4e-9a55-3f0c2b1d9e8a'))).toBe(
      "The backend's results is malformed: SessionId belongs to another session.",
    );
    expect(resultsRefusal(results({ Status: 'DONE' }))).toBe(
      "The backend's results is malformed: Status must be one of CREATED, IN_PROGRESS, SUCCEEDED, FAILED, EXPIRED.",
    );
  });

  it('accepts a Confidence of exactly 0 and 100, and refuses just outside', () => {
    expect(parseSessionResults(results({ Confidence: 0 })).confidence).toBe(0);
    expect(parseSessionResults(results({ Confidence: 100 })).confidence).toBe(100);
    expect(resultsRefusal(results({ Confidence: -0.1 }))).toBe(
      "The backend's results is malformed: Confidence must be between 0 and 100.",
    );
  });

  it('leaves out every optional member that is null', () => {
    const parsed = parseSessionResults(
      results({
        Confidence: null,
        IsLive: null,
        ReferenceImage: null,
        AuditImages: null,
        Challenge: null,
        Feedback: null,
      }),
    );
    expect(parsed).toEqual({ sessionId: SESSION_ID, status: 'SUCCEEDED', auditImages: [], feedback: [] });
    expect(Object.keys(parsed)).toEqual(['sessionId', 'status', 'auditImages', 'feedback']);
  });

  it.each([
    [{ IsLive: 'yes' }, 'IsLive must be a boolean'],
    [{ Feedback: 'LOW_LIGHT' }, 'Feedback must be an array'],
    [{ Feedback: [5] }, 'Feedback[0] must be an object'],
    [{ Feedback: [{ Code: 5 }] }, 'Feedback[0].Code must be a string'],
    [{ Feedback: [{ Code: 'X', Message: 5 }] }, 'Feedback[0].Message must be a string'],
    [{ Challenge: 'light' }, 'Challenge must be an object'],
    [{ Challenge: {} }, 'Challenge.Type is required'],
    [{ Challenge: { Type: 'FaceMovementChallenge', Version: 2 } }, 'Challenge.Version must be a string'],
    [{ AuditImages: [{}, {}, {}, {}, {}] }, 'AuditImages has more than the 4 the service sends'],
    [
      { ReferenceImage: { BoundingBox: { Left: '0', Top: 0, Width: 1, Height: 1 } } },
      'ReferenceImage.BoundingBox.Left must be a finite number',
    ],
    [
      { ReferenceImage: { BoundingBox: { Left: 0, Top: null, Width: 1, Height: 1 } } },
      'ReferenceImage.BoundingBox.Top must be a finite number',
    ],
    [
      { ReferenceImage: { BoundingBox: { Left: 0, Top: 0, Width: Infinity, Height: 1 } } },
      'ReferenceImage.BoundingBox.Width must be a finite number',
    ],
    [{ AuditImages: [{ BoundingBox: 'box' }] }, 'AuditImages[0].BoundingBox must be an object'],
    [{ ReferenceImage: { S3Object: { Bucket: 'b' } } }, 'ReferenceImage.S3Object needs Bucket and Name'],
    [{ ReferenceImage: { S3Object: { Name: 'n' } } }, 'ReferenceImage.S3Object needs Bucket and Name'],
    [{ ReferenceImage: { S3Object: 'b/n' } }, 'ReferenceImage.S3Object must be an object'],
    [{ ReferenceImage: { S3Object: { Bucket: 1, Name: 'n' } } }, 'ReferenceImage.S3Object.Bucket must be a string'],
    [{ ReferenceImage: { S3Object: { Bucket: 'b', Name: 1 } } }, 'ReferenceImage.S3Object.Name must be a string'],
    [
      { ReferenceImage: { S3Object: { Bucket: 'b', Name: 'n', Version: 1 } } },
      'ReferenceImage.S3Object.Version must be a string',
    ],
    [
      { ReferenceImage: { Url: ' https://bucket.example/face.jpg' } },
      'ReferenceImage.Url must be an absolute https: URL',
    ],
    [
      { ReferenceImage: { Url: 'http://bucket.example/face.jpg' } },
      'ReferenceImage.Url must be an absolute https: URL',
    ],
    [
      { ReferenceImage: { Bytes: 12 } },
      'ReferenceImage.Bytes must be bytes (Uint8Array, base64 string, or an array of bytes)',
    ],
    [{ ReferenceImage: { Bytes: { 1: 2 } } }, 'ReferenceImage.Bytes has a key that is not a byte index'],
    [{ ReferenceImage: { Bytes: { '01': 2 } } }, 'ReferenceImage.Bytes has a key that is not a byte index'],
    [{ ReferenceImage: { Bytes: { '-1': 2 } } }, 'ReferenceImage.Bytes has a key that is not a byte index'],
    [{ ReferenceImage: { Bytes: { '0.5': 2 } } }, 'ReferenceImage.Bytes has a key that is not a byte index'],
    [{ ReferenceImage: { Bytes: { 0: '1' } } }, 'ReferenceImage.Bytes[0] must be an integer 0–255'],
    [{ ReferenceImage: { Bytes: [1.5] } }, 'ReferenceImage.Bytes[0] must be an integer 0–255'],
    [{ ReferenceImage: { Bytes: [-1] } }, 'ReferenceImage.Bytes[0] must be an integer 0–255'],
    [{ ReferenceImage: { Bytes: [256] } }, 'ReferenceImage.Bytes[0] must be an integer 0–255'],
  ])('%j → "%s"', (extra, detail) => {
    expect(resultsRefusal(results(extra))).toBe(`The backend's results is malformed: ${detail}.`);
  });

  it('says "could not be read" for a payload whose getter throws, and keeps what it threw as the cause', () => {
    const thrown = new Error('getter exploded');
    const hostile = {
      SessionId: SESSION_ID,
      get Status(): string {
        throw thrown;
      },
    };
    let caught: unknown;
    try {
      parseSessionResults(hostile);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({
      message: "The backend's results is malformed: could not be read.",
      cause: thrown,
    });
  });
});

describe('parseSessionResults: what it keeps', () => {
  it('keeps bytes over a URL, a box only when given, and the S3 version only when given', () => {
    const parsed = parseSessionResults(
      results({
        ReferenceImage: {
          Bytes: [255, 216],
          Url: 'https://bucket.example/a.jpg',
          S3Object: { Bucket: 'b', Name: 'n' },
        },
        AuditImages: [
          { Url: 'HTTPS://bucket.example/b.jpg', S3Object: { Bucket: 'b', Name: 'm', Version: '3' } },
          { Bytes: null, Url: 'blob:https://app.example/0b7d0c3e' },
        ],
      }),
    );
    expect(parsed.referenceImage).toEqual({
      source: { kind: 'bytes', bytes: Uint8Array.from([255, 216]) },
      s3Object: { bucket: 'b', name: 'n' },
    });
    expect(Object.keys(parsed.referenceImage!)).toEqual(['source', 's3Object']);
    expect(parsed.auditImages).toEqual([
      {
        source: { kind: 'url', url: 'HTTPS://bucket.example/b.jpg' },
        s3Object: { bucket: 'b', name: 'm', version: '3' },
      },
      { source: { kind: 'url', url: 'blob:https://app.example/0b7d0c3e' } },
    ]);
  });

  it('keeps the challenge’s version only when given, and a feedback message only when given', () => {
    expect(parseSessionResults(results({ Challenge: { Type: 'FaceMovementChallenge' } })).challenge).toEqual({
      type: 'FaceMovementChallenge',
    });
    expect(
      parseSessionResults(results({ Challenge: { Type: 'FaceMovementChallenge', Version: '1.0.0' } })).challenge,
    ).toEqual({ type: 'FaceMovementChallenge', version: '1.0.0' });
    expect(parseSessionResults(results({ Feedback: [{ Code: 'A' }, { Code: 'B', Message: 'b' }] })).feedback).toEqual([
      { code: 'A' },
      { code: 'B', message: 'b' },
    ]);
  });
});

describe('parseBytes', () => {
  it('takes a Uint8Array as it is, and an array of bytes', () => {
    const bytes = Uint8Array.from([1, 2, 3]);
    expect(parseBytes(bytes, 'Bytes')).toBe(bytes);
    expect(parseBytes([0, 128, 255], 'Bytes')).toEqual(Uint8Array.from([0, 128, 255]));
  });

  it('refuses a byte object with more keys than an image may have bytes, before reading them', () => {
    const huge: Record<string, number> = {};
    for (let index = 0; index <= 204_800; index += 1) huge[index] = 0;
    expect(() => parseBytes(huge, 'Bytes')).toThrow('Bytes is larger than 204800 bytes');
  });
});

describe('parseCreatedSession: what each refusal says', () => {
  it.each([
    ['not an object', 'session-id', 'response must be an object'],
    [
      'a region with a prefix',
      { sessionId: SESSION_ID, region: 'xus-east-1' },
      'region must be an AWS region such as us-east-1',
    ],
    [
      'a region with a suffix',
      { sessionId: SESSION_ID, region: 'us-east-1x' },
      'region must be an AWS region such as us-east-1',
    ],
    [
      'a region without a number',
      { sessionId: SESSION_ID, region: 'us-east' },
      'region must be an AWS region such as us-east-1',
    ],
    ['a region as a number', { sessionId: SESSION_ID, region: 1 }, 'region must be a string'],
    [
      'an http endpoint',
      { sessionId: SESSION_ID, streamingEndpoint: 'http://127.0.0.1:4566' },
      'streamingEndpoint must be an https:// or wss:// URL',
    ],
    [
      'an endpoint with a prefix',
      { sessionId: SESSION_ID, streamingEndpoint: 'xwss://127.0.0.1:4566' },
      'streamingEndpoint must be an https:// or wss:// URL',
    ],
    [
      'an endpoint with a query',
      { sessionId: SESSION_ID, streamingEndpoint: 'wss://127.0.0.1:4566/?x=1' },
      'streamingEndpoint must be an https:// or wss:// URL',
    ],
    [
      'an endpoint as a number',
      { sessionId: SESSION_ID, streamingEndpoint: 4566 },
      'streamingEndpoint must be a string',
    ],
    ['a context as a number', { sessionId: SESSION_ID, context: 1 }, 'context must be a string'],
    ['credentials as text', { sessionId: SESSION_ID, credentials: 'AKID' }, 'credentials must be an object'],
    [
      'an access key id as a number',
      { sessionId: SESSION_ID, credentials: { accessKeyId: 1, secretAccessKey: 's' } },
      'credentials.accessKeyId must be a string',
    ],
    [
      'a secret as a number',
      { sessionId: SESSION_ID, credentials: { accessKeyId: 'a', secretAccessKey: 1 } },
      'credentials.secretAccessKey must be a string',
    ],
    [
      'an empty access key id',
      { sessionId: SESSION_ID, credentials: { accessKeyId: '', secretAccessKey: 's' } },
      'credentials need accessKeyId and secretAccessKey',
    ],
    [
      'a session token as a number',
      { sessionId: SESSION_ID, credentials: { accessKeyId: 'a', secretAccessKey: 's', sessionToken: 1 } },
      'credentials.sessionToken must be a string',
    ],
  ])('%s', (_name, payload, detail) => {
    expect(sessionRefusal(payload)).toBe(`The backend's session is malformed: ${detail}.`);
  });

  it('accepts a region with several parts and a wss endpoint with a path', () => {
    expect(
      parseCreatedSession({
        sessionId: SESSION_ID,
        region: 'us-gov-west-1',
        streamingEndpoint: 'wss://127.0.0.1:4566/stream',
      }),
    ).toEqual({ sessionId: SESSION_ID, region: 'us-gov-west-1', streamingEndpoint: 'wss://127.0.0.1:4566/stream' });
  });

  it('reads the SDK’s SecretKey, keeps a token only when given, an expiration only when given, a Date as it is', () => {
    const expiration = new Date('2026-12-01T16:00:00Z');
    expect(
      parseCreatedSession({
        sessionId: SESSION_ID,
        credentials: { AccessKeyId: 'a', SecretKey: 's', Expiration: null },
      }),
    ).toEqual({ sessionId: SESSION_ID, credentials: { accessKeyId: 'a', secretAccessKey: 's' } });
    const withAll = parseCreatedSession({
      sessionId: SESSION_ID,
      credentials: { accessKeyId: 'a', secretAccessKey: 's', sessionToken: 't', expiration },
    });
    expect(withAll.credentials).toEqual({ accessKeyId: 'a', secretAccessKey: 's', sessionToken: 't', expiration });
    expect(withAll.credentials!.expiration).toBe(expiration);
    expect(
      parseCreatedSession({
        sessionId: SESSION_ID,
        credentials: { accessKeyId: 'a', secretAccessKey: 's', expiration: '2026-12-01T16:00:00Z' },
      }).credentials!.expiration!.getTime(),
    ).toBe(Date.UTC(2026, 11, 1, 16));
  });
});
