/**
 * Any payload the parser accepts renders: `<LivenessResult>` never throws for validated results,
 * whatever the strings, numbers, boxes, thresholds, audiences and display text. Generated cases: 400.
 */
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LivenessResult } from '../../src/components/LivenessResult';
import { LivenessError } from '../../src/core/errors';
import type { LivenessResults } from '../../src/core/types';
import { parseSessionResults } from '../../src/core/validate';
import { es } from '../../src/displayText';

/** CPU-bound properties: room to finish on a loaded machine (two cores shared by several runs). */
const HEAVY = { timeout: 30_000 };

beforeEach(() => {
  let made = 0;
  // jsdom has no object URLs.
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: vi.fn(() => `blob:test/${++made}`),
      revokeObjectURL: vi.fn(),
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

const anyNumber = fc.oneof(fc.double(), fc.constantFrom(0, 100, -0, 1e308, -1e308, 5e-324));
const word = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'LOW_LIGHTING_DETECTED', ''),
);
const image = fc.record(
  {
    Bytes: fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 16 }),
      fc.uint8Array({ maxLength: 16 }).map((tail) => new Uint8Array([0xff, 0xd8, 0xff, ...tail])),
    ),
    Url: fc.webUrl({ validSchemes: ['https'] }),
    BoundingBox: fc.record({ Width: anyNumber, Height: anyNumber, Left: anyNumber, Top: anyNumber }),
    S3Object: fc.record(
      { Bucket: fc.string(), Name: fc.string(), Version: fc.string() },
      { requiredKeys: ['Bucket', 'Name'] },
    ),
  },
  { requiredKeys: [] },
);
const payload = fc.record(
  {
    SessionId: fc.uuid(),
    Status: fc.constantFrom('CREATED', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'EXPIRED'),
    Confidence: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), anyNumber),
    IsLive: fc.boolean(),
    ReferenceImage: image,
    AuditImages: fc.array(image, { maxLength: 4 }),
    Challenge: fc.record({ Type: word, Version: word }, { requiredKeys: ['Type'] }),
    Feedback: fc.array(fc.record({ Code: word, Message: word }, { requiredKeys: ['Code'] }), { maxLength: 4 }),
  },
  { requiredKeys: ['SessionId', 'Status'] },
);

describe('<LivenessResult> with any validated payload', () => {
  it('renders without throwing, with a finite state and verdict', HEAVY, () => {
    let rendered = 0;
    fc.assert(
      fc.property(
        payload,
        fc.option(anyNumber, { nil: undefined }),
        fc.constantFrom('reviewer', 'end-user') as fc.Arbitrary<'reviewer' | 'end-user'>,
        fc.option(fc.dictionary(fc.constantFrom('numberLocale', 'verdictLive', 'resultSessionId'), word), {
          nil: undefined,
        }),
        fc.boolean(),
        (body, threshold, audience, overrides, spanish) => {
          let results: LivenessResults;
          try {
            results = parseSessionResults(body);
          } catch (error) {
            // Refused payloads never reach the view; they must be refused the typed way.
            expect(error).toBeInstanceOf(LivenessError);
            return;
          }
          const displayText = spanish ? { ...es, ...overrides } : overrides;
          const { container, unmount } = render(
            <LivenessResult
              results={results}
              threshold={threshold}
              audience={audience}
              displayText={displayText}
              onRetry={() => {}}
            />,
          );
          const root = container.firstElementChild!;
          expect(['pending', 'succeeded', 'failed', 'expired']).toContain(root.getAttribute('data-state'));
          expect([null, 'live', 'not-live']).toContain(root.getAttribute('data-verdict'));
          unmount();
          rendered += 1;
        },
      ),
      { numRuns: 400 },
    );
    // About three in four generated payloads pass validation: the view itself is what is exercised.
    expect(rendered).toBeGreaterThan(100);
  });
});
