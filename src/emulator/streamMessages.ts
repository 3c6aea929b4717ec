import { EventStreamCodec, type MessageHeaders } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/core/serde';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

/** HTTP status of each exception the stream can carry (rekognitionstreaming model). */
export const EXCEPTION_CODES: Record<string, number> = {
  ValidationException: 400,
  SessionNotFoundException: 400,
  AccessDeniedException: 403,
  ThrottlingException: 429,
  ServiceQuotaExceededException: 429,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
  InvalidSignatureException: 403,
  UnrecognizedClientException: 403,
  IncompleteSignatureException: 403,
  MissingAuthenticationTokenException: 403,
};

const str = (value: string) => ({ type: 'string' as const, value });

export function encodeEvent(eventType: string, body: unknown): Uint8Array {
  const headers: MessageHeaders = {
    ':message-type': str('event'),
    ':event-type': str(eventType),
    ':content-type': str('application/json'),
  };
  return codec.encode({ headers, body: fromUtf8(JSON.stringify(body)) });
}

export function encodeException(name: string, message: string): Uint8Array {
  const headers: MessageHeaders = {
    ':message-type': str('exception'),
    ':exception-type': str(name),
    ':content-type': str('application/json'),
  };
  return codec.encode({
    headers,
    body: fromUtf8(JSON.stringify({ Message: message, Code: String(EXCEPTION_CODES[name] ?? 400) })),
  });
}

/**
 * Decodes one client frame: a signed envelope (`:date`, `:chunk-signature`) around the event.
 * Throws with a reason when the frame is not that.
 */
export function decodeClientFrame(frame: Uint8Array): { eventType: string; payload: Record<string, unknown> } {
  const envelope = codec.decode(frame);
  if (!envelope.headers[':chunk-signature'] || !envelope.headers[':date']) {
    throw new Error('the frame is not a signed event-stream envelope (:date and :chunk-signature missing)');
  }
  const inner = codec.decode(envelope.body);
  const eventType = String(inner.headers[':event-type']?.value ?? '');
  const payload = JSON.parse(toUtf8(inner.body) || '{}') as unknown;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new Error('the event body is not a JSON object');
  }
  return { eventType, payload: payload as Record<string, unknown> };
}

/**
 * Splits a byte stream (an HTTP request body) into event-stream messages by their length prelude.
 * Calls `onMessage` for each complete message; keeps the remainder for the next chunk.
 */
export function messageSplitter(onMessage: (message: Uint8Array) => void, maxMessageBytes: number) {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (pending.length >= 4) {
      const total = pending.readUInt32BE(0);
      if (total < 16 || total > maxMessageBytes) throw new Error(`an event-stream message of ${total} bytes`);
      if (pending.length < total) break;
      onMessage(pending.subarray(0, total));
      pending = pending.subarray(total);
    }
  };
}
