/**
 * Results from a compromised backend or a man in the middle: refused cheaply, before they cost
 * the tab time or memory, and never turned into a request to another host.
 */
import { describe, expect, it } from 'vitest';
import { LivenessError } from '../../src/core/errors';
import { parseSessionResults } from '../../src/core/validate';

/** CPU-bound properties: room to finish on a loaded machine (two cores shared by several runs). */
const HEAVY = { timeout: 30_000 };

const SESSION_ID = '0b7d0c3e-6c1a-4f4e-9a55-3f0c2b1d9e8a';

function refusal(payload: unknown): string {
  try {
    parseSessionResults(payload);
  } catch (error) {
    expect(error).toBeInstanceOf(LivenessError);
    expect((error as LivenessError).code).toBe('INVALID_RESPONSE');
    return (error as LivenessError).message;
  }
  throw new Error('expected the payload to be refused');
}

const withReference = (image: unknown) => ({ SessionId: SESSION_ID, Status: 'SUCCEEDED', ReferenceImage: image });

describe('base64 Bytes are refused by length before they are decoded', () => {
  it('refuses text longer than 204,800 bytes can need, even when it is not base64 at all', () => {
    // A decoder that ran first would stop at the '!' and call it "not valid base64".
    const message = refusal(withReference({ Bytes: `${'A'.repeat(300_000)}!` }));
    expect(message).toBe("The backend's results is malformed: ReferenceImage.Bytes is larger than 204800 bytes.");
  });

  it('refuses a 100 MB value with the same message', () => {
    expect(refusal(withReference({ Bytes: 'QUFB'.repeat(25_000_000) }))).toContain('is larger than 204800 bytes');
  });

  it(
    'still reads the largest image the service sends, plain and MIME-wrapped with CRLF every 64 characters',
    HEAVY,
    () => {
      const bytes = new Uint8Array(204_800).fill(0xab);
      // Encoded by Node, not by the code under test: only the decoding is ours here.
      const plain = Buffer.from(bytes).toString('base64');
      expect(plain.length).toBe(273_068);
      const wrapped = plain.replace(/.{64}/g, '$&\r\n');
      for (const text of [plain, wrapped]) {
        const results = parseSessionResults(withReference({ Bytes: text }));
        expect(results.referenceImage?.source).toEqual({ kind: 'bytes', bytes });
      }
      const over = Buffer.from(new Uint8Array(204_801)).toString('base64');
      expect(refusal(withReference({ Bytes: over }))).toContain('larger than');
    },
  );
});

describe('AuditImages', () => {
  const audit = (count: number) => ({
    SessionId: SESSION_ID,
    Status: 'SUCCEEDED',
    AuditImages: Array.from({ length: count }, () => ({ Url: 'https://bucket.s3.amazonaws.com/a.jpg' })),
  });

  it('accepts the 4 the service can send', () => {
    expect(parseSessionResults(audit(4)).auditImages).toHaveLength(4);
  });

  it.each([5, 10_000])('refuses %i, more than the service sends', (count) => {
    expect(refusal(audit(count))).toContain('AuditImages has more than the 4 the service sends');
  });
});

describe('image Url', () => {
  it.each([
    'https://bucket.s3.us-east-1.amazonaws.com/ref.jpg?X-Amz-Signature=abc',
    'HTTPS://bucket.s3.amazonaws.com/ref.jpg',
    'blob:https://app.example/0b7d0c3e-6c1a-4f4e-9a55-3f0c2b1d9e8a',
  ])('accepts the absolute URL %s as it is', (url) => {
    expect(parseSessionResults(withReference({ Url: url })).referenceImage?.source).toEqual({ kind: 'url', url });
  });

  it.each([
    ['http: (mixed content)', 'http://bucket.s3.amazonaws.com/ref.jpg'],
    ['protocol-relative', '//evil.example/x.jpg'],
    ['backslash protocol-relative', '/\\evil.example/x.jpg'],
    ['path-relative', '/images/x.jpg'],
    ['bare relative', 'x.jpg'],
    ['script', 'javascript:alert(1)'],
    ['data', 'data:image/svg+xml,<svg onload="x()"/>'],
    ['file', 'file:///etc/passwd'],
    ['empty', ''],
  ])('refuses a %s URL', (_name, url) => {
    expect(refusal(withReference({ Url: url }))).toContain('ReferenceImage.Url must be an absolute https: URL');
  });
});
