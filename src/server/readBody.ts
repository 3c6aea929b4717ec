/** Reading a Fetch request's body within a byte limit, however the client sends it. */
import { HttpError } from './httpError';

const tooLarge = () => new HttpError(413, 'INVALID_REQUEST', 'The body is too large.');

/**
 * The body as UTF-8 text, reading at most `limit` bytes: a larger `content-length` is refused
 * unread, and a streamed body (no length, or a false one) is cancelled as soon as it passes the limit.
 */
export async function readLimitedText(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop pulling: the rest of the stream is never read, whatever its size.
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
