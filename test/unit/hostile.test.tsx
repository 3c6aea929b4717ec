/**
 * Hostile content: markup in display text, in the service's Feedback and in error messages is
 * shown as text, never as elements; image bytes that are not JPEG or PNG (SVG with a script,
 * HTML) are refused before an object URL is made. Generated cases: 300.
 */
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditImage } from '../../src/components/AuditImage';
import { LivenessCheck } from '../../src/components/LivenessCheck';
import { DetectorLoaderProvider } from '../../src/components/LivenessCheck/detectorSeam';
import { LivenessResult } from '../../src/components/LivenessResult';
import { encodeBase64 } from '../../src/server/base64';
import { LivenessError } from '../../src/core/errors';
import type { LivenessBackend } from '../../src/core/types';
import { parseSessionResults } from '../../src/core/validate';
import { en } from '../../src/displayText';
import { createFakeBackend } from '../fixtures/fakeBackend';
import { makeResults, SESSION_ID } from '../fixtures/results';
import { createStandInDetector } from '../fixtures/standInDetector';
import { findErrorView } from './errorView';

/** CPU-bound properties: room to finish on a loaded machine (two cores shared by several runs). */
const HEAVY = { timeout: 30_000 };

const MARKUP = '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script><b id="injected">bold</b>';
const SVG_WITH_SCRIPT = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=3"><script>window.__pwned=4</script></svg>',
);
const HTML_PAGE = new TextEncoder().encode(
  '<!doctype html><html><body><script>window.__pwned=5</script></body></html>',
);

let created: string[];

beforeEach(() => {
  created = [];
  // jsdom has no object URLs: record the type of every Blob the components ask a URL for.
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: vi.fn((blob: Blob) => {
        created.push(blob.type);
        return `blob:test/${created.length}`;
      }),
      revokeObjectURL: vi.fn(),
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  delete (window as { __pwned?: unknown }).__pwned;
});

/** The markup's tags became no elements, and its text is on screen as written. */
function expectInert(container: HTMLElement, text = MARKUP) {
  expect(container.querySelector('script, #injected, img[src="x"], svg[onload], [onerror], [onload]')).toBeNull();
  expect(container.textContent).toContain(text);
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
}

describe('markup in text renders as text', () => {
  it('in display-text overrides of <LivenessResult>, placeholders included', () => {
    const { container } = render(
      <LivenessResult
        results={makeResults({ referenceImage: undefined, auditImages: [] })}
        threshold={50}
        displayText={{ verdictLive: MARKUP, resultSessionId: `${MARKUP} {sessionId}`, noAuditImages: MARKUP }}
      />,
    );
    expectInert(container);
    expect(container.textContent).toContain(`${MARKUP} ${SESSION_ID}`);
  });

  it('in the service’s Feedback messages and codes, through the payload parser', () => {
    const results = parseSessionResults({
      SessionId: SESSION_ID,
      Status: 'SUCCEEDED',
      Confidence: 91,
      Feedback: [{ Code: 'A_NEWER_CODE', Message: MARKUP }, { Code: `<i id="injected">${MARKUP}</i>` }],
    });
    const { container } = render(<LivenessResult results={results} threshold={50} />);
    expectInert(container);
    expect(screen.getAllByRole('listitem').map((li) => li.children.length)).toEqual([0, 0]);
  });

  it('for any string, in Feedback messages and display text alike', HEAVY, () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1 }),
        fc.constantFrom('<', '<b>', '<img src=x onerror=alert(1)>', '&lt;'),
        (text, tag) => {
          const message = `${tag}${text}${tag}`.trim() || tag;
          const results = makeResults({
            referenceImage: undefined,
            auditImages: [],
            feedback: [{ code: 'UNKNOWN', message }],
          });
          const { container, unmount } = render(
            <LivenessResult results={results} displayText={{ resultNoVerdict: message }} />,
          );
          const item = container.querySelector('.rfl-result-feedback-list li')!;
          expect(item.textContent).toBe(message);
          expect(item.childElementCount).toBe(0);
          expect(container.querySelector('.rfl-result-description')!.textContent).toBe(message);
          unmount();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('in error messages from the backend and the detector: the error screen shows our text only', async () => {
    const backend: LivenessBackend = {
      createSession: async () => {
        throw Object.assign(new Error(MARKUP), { status: 500, name: MARKUP });
      },
      getResults: async () => ({}),
    };
    const detector = createStandInDetector({ behaviour: 'complete' });
    const onError = vi.fn();
    const { container } = render(
      <DetectorLoaderProvider value={async () => detector}>
        <LivenessCheck
          backend={backend}
          queryClient={new QueryClient()}
          maxRetries={0}
          credentialProvider={async () => ({ accessKeyId: 'AKID', secretAccessKey: 'secret' })}
          onError={onError}
        />
      </DetectorLoaderProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: en.startButton }));
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'error'));
    expect((onError.mock.calls[0]![0] as LivenessError).message).toContain(MARKUP);
    expect(container.querySelector('script, #injected, img')).toBeNull();
    expect(container.textContent).not.toContain('<script>');
    expect(await findErrorView()).toHaveTextContent(en.errorSERVICE_ERROR);
  });

  it('in an error message the detector reports, and in an overridden error text', async () => {
    const { backend } = createFakeBackend();
    const detector = createStandInDetector({ behaviour: { error: MARKUP } });
    const { container } = render(
      <DetectorLoaderProvider value={async () => detector}>
        <LivenessCheck
          backend={backend}
          queryClient={new QueryClient()}
          credentialProvider={async () => ({ accessKeyId: 'AKID', secretAccessKey: 'secret' })}
          displayText={{ errorRUNTIME_ERROR: MARKUP, errorHeading: MARKUP }}
          autoStart
        />
      </DetectorLoaderProvider>,
    );
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'error'));
    expectInert(container);
  });
});

describe('image bytes that are not JPEG or PNG are refused', () => {
  const frameState = (container: HTMLElement) =>
    [...container.querySelectorAll('.rfl-audit-image')].map((el) => el.getAttribute('data-state'));

  it.each([
    ['an SVG with a script', SVG_WITH_SCRIPT],
    ['an HTML page', HTML_PAGE],
    ['a JPEG signature behind a BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xd8, 0xff, 0xe0])],
  ])('%s, as bytes or base64: "image unavailable", no object URL', (_name, bytes) => {
    const { container } = render(
      <>
        <AuditImage image={{ source: { kind: 'bytes', bytes } }} />
        <AuditImage image={{ source: { kind: 'base64', base64: encodeBase64(bytes) } }} />
      </>,
    );
    expect(frameState(container)).toEqual(['unavailable', 'unavailable']);
    expect(screen.getAllByText(en.imageUnavailable)).toHaveLength(2);
    expect(container.querySelector('img, svg, script')).toBeNull();
    expect(created).toEqual([]);
  });

  it('in a whole results payload: every SVG and HTML image is unavailable, the JPEG alone gets a URL', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
    const results = parseSessionResults({
      SessionId: SESSION_ID,
      Status: 'SUCCEEDED',
      Confidence: 90,
      ReferenceImage: { Bytes: encodeBase64(SVG_WITH_SCRIPT) },
      AuditImages: [{ Bytes: encodeBase64(HTML_PAGE) }, { Bytes: encodeBase64(jpeg) }, { Bytes: SVG_WITH_SCRIPT }],
    });
    const { container } = render(<LivenessResult results={results} threshold={50} />);
    expect(frameState(container)).toEqual(['unavailable', 'unavailable', 'loading', 'unavailable']);
    expect(created).toEqual(['image/jpeg']);
    expect(container.querySelector('svg script, script')).toBeNull();
  });

  it('refuses script URLs before they reach an <img>', () => {
    for (const url of ['javascript:window.__pwned=6', 'data:image/svg+xml,<svg onload="x()"/>', 'vbscript:x']) {
      expect(() =>
        parseSessionResults({ SessionId: SESSION_ID, Status: 'SUCCEEDED', ReferenceImage: { Url: url } }),
      ).toThrow(LivenessError);
    }
  });

  it('for any bytes: an object URL is made only for a JPEG or PNG signature, and only of that type', HEAVY, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 32 }),
          fc.uint8Array({ maxLength: 16 }).map((tail) => new Uint8Array([0xff, 0xd8, 0xff, ...tail])),
          fc.string().map((text) => new TextEncoder().encode(`<svg>${text}</svg>`)),
        ),
        (bytes) => {
          created = [];
          const { container, unmount } = render(<AuditImage image={{ source: { kind: 'bytes', bytes } }} />);
          const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
          const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b);
          expect(created).toEqual(jpeg ? ['image/jpeg'] : png ? ['image/png'] : []);
          expect(frameState(container)).toEqual([jpeg || png ? 'loading' : 'unavailable']);
          unmount();
        },
      ),
      { numRuns: 300 },
    );
  });
});
