import { EventStreamCodec, type MessageHeaders } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/core/serde';
import type { WebSocket } from 'ws';
import { pickChallenge, serverSessionInformation, type SessionInformationOptions } from './challenge';
import { absorbClientInformation } from './clientInformation';
import type { LivenessService, Session } from './livenessService';
import type { StreamExceptionName } from './types';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

/** The service's limit on one session's video (notes §2: "Max video 10 MB"). */
export const MAX_VIDEO_BYTES = 10 * 1024 * 1024;

const EXCEPTION_CODES: Record<string, number> = {
  ValidationException: 400,
  SessionNotFoundException: 400,
  AccessDeniedException: 403,
  ThrottlingException: 429,
  ServiceQuotaExceededException: 429,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
};

const str = (value: string) => ({ type: 'string' as const, value });

function encodeEvent(eventType: string, body: unknown): Uint8Array {
  const headers: MessageHeaders = {
    ':message-type': str('event'),
    ':event-type': str(eventType),
    ':content-type': str('application/json'),
  };
  return codec.encode({ headers, body: fromUtf8(JSON.stringify(body)) });
}

function encodeException(name: string, message: string): Uint8Array {
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

export interface StreamContext {
  service: LivenessService;
  query: URLSearchParams;
  sessionInformation: SessionInformationOptions;
  /** Refuse the stream with this exception (a signature or region problem found at the upgrade). */
  refusal?: { type: string; message: string };
}

/** One StartFaceLivenessSession stream, from upgrade to close. */
export function handleLivenessStream(
  ws: WebSocket,
  { service, query, sessionInformation, refusal }: StreamContext,
): void {
  const sessionId = query.get('session-id') ?? '';
  const session = service.find(sessionId);

  const refuse = (name: string, message: string, target?: Session) => {
    if (target) service.log.event(target, 'out', name, { message });
    ws.send(encodeException(name, message));
    ws.close(1000);
  };

  if (refusal) {
    refuse(refusal.type, refusal.message, session);
    return;
  }
  if (!session) {
    refuse('SessionNotFoundException', `Session ${sessionId || '(none)'} was not found.`);
    return;
  }
  session.calls.streams += 1;
  service.log.event(session, 'in', 'stream-opened', {
    stream: session.calls.streams,
    query: Object.fromEntries(query),
  });
  if (service.isExpired(session)) {
    refuse('ValidationException', `Session ${session.id} has expired.`, session);
    return;
  }
  if (session.calls.streams > 1 || session.status !== 'CREATED') {
    refuse(
      'ValidationException',
      `Session ${session.id} has already been used: a session accepts one stream only.`,
      session,
    );
    return;
  }
  const picked = pickChallenge(session.settings.preferences, query.get('challenge-versions'));
  if (!picked) {
    const wanted = session.settings.preferences.map((p) => [p.type, p.minimum, p.maximum].filter(Boolean).join(' '));
    session.status = 'FAILED';
    refuse(
      'ValidationException',
      `None of the session's challenge preferences (${wanted.join('; ')}) is offered by the client's challenge-versions.`,
      session,
    );
    return;
  }
  const challenge = picked.type;
  session.challenge = picked;
  session.status = 'IN_PROGRESS';
  service.log.event(session, 'internal', 'status', { status: 'IN_PROGRESS', challenge });

  const fault = session.play.scenario.streamFault;
  let closed = false;

  const sendException = (name: StreamExceptionName, message?: string) => {
    const text = message ?? `${name} (injected by the emulator scenario).`;
    service.log.event(session, 'out', name, { message: text });
    service.failStream(session, name);
    ws.send(encodeException(name, text));
    ws.close(1000);
    closed = true;
  };

  if (fault?.kind === 'exception' && (fault.at ?? 'connect') === 'connect') {
    sendException(fault.exception, fault.message);
    return;
  }
  if (fault?.kind !== 'no-session-information') {
    const { ovalParameters, challengeConfig } = session.play.scenario;
    const information = serverSessionInformation(challenge, {
      ovalParameters: { ...sessionInformation.ovalParameters, ...ovalParameters },
      challengeConfig: { ...sessionInformation.challengeConfig, ...challengeConfig },
    });
    ws.send(encodeEvent('ServerSessionInformationEvent', information));
    service.log.event(session, 'out', 'ServerSessionInformationEvent', { challenge });
  }

  ws.on('message', (data: Buffer, isBinary: boolean) => {
    if (closed) return;
    let eventType: string;
    let payload: Record<string, unknown>;
    try {
      const envelope = codec.decode(isBinary ? data : Buffer.from(data.toString(), 'base64'));
      if (!envelope.headers[':chunk-signature'] || !envelope.headers[':date']) {
        throw new Error('the frame is not a signed event-stream envelope (:date and :chunk-signature missing)');
      }
      const inner = codec.decode(envelope.body);
      eventType = String(inner.headers[':event-type']?.value ?? '');
      payload = JSON.parse(toUtf8(inner.body) || '{}') as Record<string, unknown>;
    } catch (e) {
      sendException('ValidationException', `Could not decode the event: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }

    if (eventType === 'VideoEvent') {
      const chunk =
        typeof payload.VideoChunk === 'string' ? Buffer.from(payload.VideoChunk, 'base64') : Buffer.alloc(0);
      const at = typeof payload.TimestampMillis === 'number' ? payload.TimestampMillis : undefined;
      service.log.event(session, 'in', 'VideoEvent', { bytes: chunk.length, timestampMillis: at });
      if (chunk.length === 0) {
        service.finishVideo(session);
        const disconnection = { TimestampMillis: Date.now() };
        ws.send(encodeEvent('DisconnectionEvent', disconnection));
        service.log.event(session, 'out', 'DisconnectionEvent', disconnection);
        ws.close(1000);
        closed = true;
        return;
      }
      const { video } = session;
      video.chunks.push(chunk);
      video.count += 1;
      video.bytes += chunk.length;
      video.firstChunkAt ??= at;
      video.lastChunkAt = at ?? video.lastChunkAt;
      const count = video.count;
      if (video.bytes > MAX_VIDEO_BYTES) {
        sendException('ValidationException', `The video exceeds the ${MAX_VIDEO_BYTES} byte limit.`);
        return;
      }
      if (fault?.kind === 'exception' && fault.at === 'video' && count === 1) {
        sendException(fault.exception, fault.message);
      } else if (fault?.kind === 'drop-socket' && count >= (fault.afterVideoEvents ?? 1)) {
        service.log.event(session, 'internal', 'socket-dropped', { afterVideoEvents: count });
        service.failStream(session, 'socket dropped');
        closed = true;
        ws.terminate();
      }
      return;
    }

    if (eventType === 'ClientSessionInformationEvent') {
      const challenges = (payload.Challenge ?? {}) as Record<string, Record<string, unknown>>;
      const [type, body] = Object.entries(challenges)[0] ?? [];
      service.log.event(session, 'in', 'ClientSessionInformationEvent', { challenge: type, ...body });
      if (body) absorbClientInformation(session, body);
      return;
    }
    service.log.event(session, 'in', eventType || 'unknown-event', { payload });
  });

  ws.on('close', (code: number, reason: Buffer) => {
    service.log.event(session, 'in', 'socket-closed', { code, reason: reason.toString() });
    service.failStream(session, `socket closed with ${code}`);
  });
  ws.on('error', () => service.failStream(session, 'socket error'));
}
