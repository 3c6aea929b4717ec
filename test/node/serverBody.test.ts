/**
 * The Fetch handler (what Next.js route handlers call) reads at most its body limit, however the
 * client sends the body: a 1 GB stream without content-length is cancelled after a few kilobytes.
 * Set RFL_REPORT=1 to print the measured figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startFixture, type Fixture } from './serverSupport';

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

const GIGABYTE = 1024 ** 3;

/** `total` bytes of JSON-looking text, made one chunk at a time as the reader pulls. */
function lazyBody(total: number, chunkBytes: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= total) return controller.close();
        const chunk = new Uint8Array(chunkBytes).fill(0x20);
        if (pulled === 0) chunk.set(new TextEncoder().encode('{"clientRequestToken":"t","pad":"'));
        pulled += chunkBytes;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}

function post(body: ReadableStream<Uint8Array>): Request {
  return new Request('https://app.test/api/liveness/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-user': 'alice' },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('the Fetch handler’s body limit', () => {
  it('answers 413 to a 1 GB streamed body without content-length after reading a few kilobytes, in bounded memory', async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const body = lazyBody(GIGABYTE, 1024);
    try {
      const response = await f.handler(post(body.stream));
      expect(response.status).toBe(413);
      expect(await errorOf(response)).toMatchObject({ code: 'INVALID_REQUEST', message: 'The body is too large.' });
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    // The limit is 4,096 bytes: at most one chunk past it (plus what the stream buffers ahead) is read.
    expect(body.pulled()).toBeLessThanOrEqual(8 * 1024);
    expect(peak - before).toBeLessThan(50 * 1024 ** 2);
    expect(f.awsCalls()).toBe(0);
    if (process.env.RFL_REPORT) {
      const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);
      process.stdout.write(
        `big body: pulled ${body.pulled()} bytes of 1 GiB; RSS ${mb(before)} MB → peak ${mb(peak)} MB (+${mb(peak - before)} MB)\n`,
      );
    }
  });

  it('reads a streamed body within the limit whole', async () => {
    const text = JSON.stringify({ clientRequestToken: 'streamed-token', pad: ' '.repeat(3_000) });
    const chunks = [text.slice(0, 1_000), text.slice(1_000, 2_000), text.slice(2_000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    expect((await f.handler(post(stream))).status).toBe(201);
  });

  it('refuses 4,097 bytes and accepts 4,096, counted in bytes (not characters)', async () => {
    const sized = (bytes: number) => {
      const head = '{"clientRequestToken":"bytes-token","pad":"';
      // "é" is two bytes in UTF-8: a character count would let twice the bytes through.
      const rest = bytes - head.length - 2;
      const pad = 'é'.repeat(Math.floor(rest / 2)) + 'x'.repeat(rest % 2);
      return `${head}${pad}"}`;
    };
    const send = (text: string) =>
      f.handler(
        new Request('https://app.test/api/liveness/sessions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-user': 'alice' },
          body: new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode(text));
              controller.close();
            },
          }),
          duplex: 'half',
        } as RequestInit),
      );
    expect(new TextEncoder().encode(sized(4_096)).length).toBe(4_096);
    expect((await send(sized(4_096))).status).toBe(201);
    expect(new TextEncoder().encode(sized(4_097)).length).toBe(4_097);
    expect(sized(4_097).length).toBeLessThan(4_096);
    expect((await send(sized(4_097))).status).toBe(413);
  });
});
