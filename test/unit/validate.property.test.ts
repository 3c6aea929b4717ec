/**
 * Property-based tests of backend payload validation: whatever a backend returns, the parsers
 * either return a result or throw `LivenessError('INVALID_RESPONSE')`; valid payloads parse to the
 * same result in every shape a backend may send them (SDK, JSON with base64, the `{"0":…}` object,
 * URLs). Generated cases here: 2,500 + 1,500 + 2,000 + 500 + 1,500 + 1,000 + 1,500 = 10,500.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../fixtures/propertyRuns';
import { decodeBase64 } from '../../src/core/base64';
import { encodeBase64 } from '../../src/server/base64';
import { LivenessError } from '../../src/core/errors';
import type { LivenessResults } from '../../src/core/types';
import { MAX_IMAGE_BYTES, parseCreatedSession, parseSessionResults } from '../../src/core/validate';

/** CPU-bound properties: room to finish on a loaded machine (two cores shared by several runs). */
const HEAVY = { timeout: 30_000 };

/** Runs `parse`; anything it throws must be our typed, non-retryable INVALID_RESPONSE error. */
function parsesOrRefuses(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch (error) {
    return (
      error instanceof LivenessError &&
      error.code === 'INVALID_RESPONSE' &&
      error.retryable === false &&
      error.message.startsWith("The backend's ")
    );
  }
}

const sessionId = fc.uuid();
const status = fc.constantFrom('CREATED', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'EXPIRED');
// JSON has no -0: a payload that crossed the wire carries 0.
const noNegativeZero = (value: number) => (value === 0 ? 0 : value);
const ratio = fc.double({ min: -2, max: 3, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
const box = fc.record({ Width: ratio, Height: ratio, Left: ratio, Top: ratio });
const imageBytes = fc.uint8Array({ minLength: 1, maxLength: 64 });

/** A valid GetFaceLivenessSessionResults output in the SDK's shape (Bytes as Uint8Array). */
const sdkOutput = fc.record(
  {
    SessionId: sessionId,
    Status: status,
    Confidence: fc.double({ min: 0, max: 100, noNaN: true }).map(noNegativeZero),
    IsLive: fc.boolean(),
    ReferenceImage: fc.record({ Bytes: imageBytes, BoundingBox: box }, { requiredKeys: ['Bytes'] }),
    AuditImages: fc.array(fc.record({ Bytes: imageBytes, BoundingBox: box }, { requiredKeys: ['Bytes'] }), {
      maxLength: 4,
    }),
    Challenge: fc.record(
      { Type: fc.constantFrom('FaceMovementAndLightChallenge', 'FaceMovementChallenge'), Version: fc.string() },
      { requiredKeys: ['Type'] },
    ),
    Feedback: fc.array(fc.record({ Code: fc.string(), Message: fc.string() }, { requiredKeys: ['Code'] }), {
      maxLength: 3,
    }),
  },
  { requiredKeys: ['SessionId', 'Status'] },
);
type SdkOutput = typeof sdkOutput extends fc.Arbitrary<infer T> ? T : never;
type SdkImage = { Bytes: Uint8Array; BoundingBox?: unknown };

/** The same output with every image's bytes written another way. */
function withBytes(output: SdkOutput, write: (bytes: Uint8Array) => unknown): Record<string, unknown> {
  const image = (img: SdkImage) => ({ ...img, Bytes: write(img.Bytes) });
  return {
    ...output,
    ...(output.ReferenceImage ? { ReferenceImage: image(output.ReferenceImage) } : {}),
    ...(output.AuditImages ? { AuditImages: output.AuditImages.map(image) } : {}),
  };
}

const overJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Results with every image source replaced by its kind, for comparing byte and URL forms. */
function withoutSources(results: LivenessResults) {
  const strip = ({ source, ...rest }: NonNullable<LivenessResults['referenceImage']>) => ({
    ...rest,
    kind: source?.kind,
  });
  return {
    ...results,
    referenceImage: results.referenceImage && strip(results.referenceImage),
    auditImages: results.auditImages.map(strip),
  };
}

describe('parseSessionResults under arbitrary input', () => {
  it('returns or throws INVALID_RESPONSE for any value at all', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        (value) => parsesOrRefuses(() => parseSessionResults(value)),
      ),
      { numRuns: propertyRuns(2_500) },
    );
  });

  it('returns or throws INVALID_RESPONSE when any member of a valid payload is replaced by arbitrary JSON', () => {
    const keys = [
      'SessionId',
      'Status',
      'Confidence',
      'IsLive',
      'ReferenceImage',
      'AuditImages',
      'Challenge',
      'Feedback',
    ];
    fc.assert(
      fc.property(
        sdkOutput,
        fc.constantFrom(...keys),
        fc.jsonValue(),
        fc.option(sessionId, { nil: undefined }),
        (output, key, value, expected) =>
          parsesOrRefuses(() => parseSessionResults({ ...output, [key]: value }, expected)),
      ),
      { numRuns: propertyRuns(1_500) },
    );
  });

  it('returns or throws INVALID_RESPONSE for hostile image members (bytes, URLs, boxes, S3 objects)', HEAVY, () => {
    const hostileImage = fc.record(
      {
        Bytes: fc.oneof(
          fc.jsonValue(),
          fc.string(),
          fc.base64String(),
          fc.dictionary(
            fc.oneof(fc.nat().map(String), fc.string()),
            fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
          ),
          fc.array(fc.integer({ min: -10, max: 300 })),
        ),
        Url: fc.oneof(
          fc.webUrl(),
          fc.string(),
          fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>x</script>', '//evil.example/a'),
        ),
        BoundingBox: fc.oneof(
          box,
          fc.jsonValue(),
          fc.record({ Width: fc.double(), Height: fc.double(), Left: fc.double(), Top: fc.double() }),
        ),
        S3Object: fc.oneof(
          fc.jsonValue(),
          fc.record({ Bucket: fc.jsonValue(), Name: fc.jsonValue(), Version: fc.jsonValue() }),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        sessionId,
        status,
        hostileImage,
        fc.array(hostileImage, { maxLength: 3 }),
        (id, st, reference, audit) =>
          parsesOrRefuses(() =>
            parseSessionResults({ SessionId: id, Status: st, ReferenceImage: reference, AuditImages: audit }),
          ),
      ),
      { numRuns: propertyRuns(2_000) },
    );
  });

  it('only ever returns image URLs that cannot run script', () => {
    fc.assert(
      fc.property(
        sessionId,
        fc.oneof(
          fc.webUrl(),
          fc.string(),
          fc.constantFrom(
            'javascript:alert(1)',
            ' javascript:x',
            'JaVaScRiPt:x',
            'data:image/svg+xml,<svg/>',
            'vbscript:x',
          ),
        ),
        (id, url) => {
          let results: LivenessResults;
          try {
            results = parseSessionResults({ SessionId: id, Status: 'SUCCEEDED', ReferenceImage: { Url: url } });
          } catch (error) {
            return error instanceof LivenessError && error.code === 'INVALID_RESPONSE';
          }
          const source = results.referenceImage?.source;
          return source?.kind === 'url' && (/^(https?:|blob:)/i.test(source.url) || source.url.startsWith('/'));
        },
      ),
      { numRuns: propertyRuns(500) },
    );
  });
});

describe('parseSessionResults round trips', () => {
  it('parses the SDK shape, base64 JSON, the {"0":…} object and URLs to equal results', HEAVY, () => {
    fc.assert(
      fc.property(sdkOutput, (output) => {
        const fromSdk = parseSessionResults(output, output.SessionId);
        const fromBase64 = parseSessionResults(overJson(withBytes(output, encodeBase64)), output.SessionId);
        const fromIndexed = parseSessionResults(overJson(output));
        const fromNeither = parseSessionResults(overJson(withBytes(output, () => undefined)));
        expect(fromBase64).toEqual(fromSdk);
        expect(fromIndexed).toEqual(fromSdk);
        // Parsing is stable: the normalised bytes are the bytes that were sent.
        expect(fromSdk.referenceImage?.source).toEqual(
          output.ReferenceImage ? { kind: 'bytes', bytes: output.ReferenceImage.Bytes } : undefined,
        );
        const urlOutput = withBytes(output, () => undefined);
        const urls = (img: Record<string, unknown>, i: number) => ({ ...img, Url: `https://img.test/${i}.jpg` });
        if (output.ReferenceImage)
          urlOutput.ReferenceImage = urls(urlOutput.ReferenceImage as Record<string, unknown>, 0);
        if (output.AuditImages)
          urlOutput.AuditImages = (urlOutput.AuditImages as Record<string, unknown>[]).map((img, i) =>
            urls(img, i + 1),
          );
        const fromUrl = parseSessionResults(overJson(urlOutput));
        expect(withoutSources(fromUrl)).toEqual({
          ...withoutSources(fromSdk),
          referenceImage: fromSdk.referenceImage && { ...withoutSources(fromSdk).referenceImage, kind: 'url' },
          auditImages: withoutSources(fromSdk).auditImages.map((img) => ({ ...img, kind: 'url' })),
        });
        expect(fromUrl.auditImages.map((img) => img.source)).toEqual(
          fromSdk.auditImages.map((_, i) => ({ kind: 'url', url: `https://img.test/${i + 1}.jpg` })),
        );
        // Without bytes or URLs an image has no source, and nothing else changes.
        expect(withoutSources(fromNeither)).toEqual({
          ...withoutSources(fromSdk),
          referenceImage: fromSdk.referenceImage && { ...withoutSources(fromSdk).referenceImage, kind: undefined },
          auditImages: withoutSources(fromSdk).auditImages.map((img) => ({ ...img, kind: undefined })),
        });
      }),
      { numRuns: propertyRuns(1_500) },
    );
  });

  it('decodes what it encodes, in standard and URL-safe base64, and refuses images over the service limit', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const standard = encodeBase64(bytes);
        expect(decodeBase64(standard)).toEqual(bytes);
        expect(decodeBase64(standard.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''))).toEqual(bytes);
        expect(decodeBase64(standard.replace(/(.{7})/g, '$1\n'))).toEqual(bytes);
      }),
      { numRuns: propertyRuns(1_000) },
    );
    const tooBig = new Uint8Array(MAX_IMAGE_BYTES + 1).fill(0xff);
    expect(() =>
      parseSessionResults({
        SessionId: '0b7d0c3e-6c1a-4f4e-9a55-3f0c2b1d9e8a',
        Status: 'SUCCEEDED',
        ReferenceImage: { Bytes: tooBig },
      }),
    ).toThrow(LivenessError);
  });
});

describe('parseCreatedSession under arbitrary input', () => {
  it('returns or throws INVALID_RESPONSE for any value, and keeps what it returns well formed', () => {
    const credentials = fc.record(
      {
        accessKeyId: fc.jsonValue(),
        secretAccessKey: fc.jsonValue(),
        SecretKey: fc.jsonValue(),
        sessionToken: fc.jsonValue(),
        expiration: fc.oneof(fc.jsonValue(), fc.date({ noInvalidDate: false }), fc.object()),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.anything({ withNullPrototype: true, withBoxedValues: true }),
      fc.record(
        {
          sessionId: fc.oneof(sessionId, fc.string(), fc.jsonValue()),
          region: fc.oneof(fc.constantFrom('us-east-1', 'eu-west-1', 'ap-northeast-1'), fc.string(), fc.jsonValue()),
          credentials: fc.oneof(credentials, fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(body, (value) => {
        try {
          const session = parseCreatedSession(value);
          return (
            /^[0-9a-f-]{36}$/.test(session.sessionId) && (session.region === undefined || /^[a-z]/.test(session.region))
          );
        } catch (error) {
          return error instanceof LivenessError && error.code === 'INVALID_RESPONSE';
        }
      }),
      { numRuns: propertyRuns(1_500) },
    );
  });
});
