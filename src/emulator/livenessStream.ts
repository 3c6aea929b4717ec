import { pickChallenge, serverSessionInformation, type SessionInformationOptions } from './challenge';
import { absorbClientInformation } from './clientInformation';
import type { LivenessService, Session } from './livenessService';
import { checkClientEvent, checkStreamParams, type StreamParams } from './streamConstraints';
import { decodeClientFrame, encodeEvent, encodeException } from './streamMessages';
import type { ChallengeName, StreamExceptionName } from './types';
import { startsWithEbml, webmProblem } from './webm';

/** The service's limit on one session's video (notes §2: "Max video 10 MB"). */
export const MAX_VIDEO_BYTES = 10 * 1024 * 1024;

/** What a StartFaceLivenessSession stream runs over: a WebSocket, or an HTTP/2 (or HTTP/1.1) POST. */
export interface StreamTransport {
  send(message: Uint8Array): void;
  /** The service's normal end: WebSocket close 1000, or the end of the HTTP response. */
  end(): void;
  /** The connection is gone without a goodbye. */
  drop(): void;
}

export interface Refusal {
  type: string;
  message: string;
}

export type StreamOpening =
  { session: Session; challenge: { type: ChallengeName; version: string } } | { refused: Refusal; session?: Session };

/**
 * Everything decided before a stream carries events, in the service's order: the signature
 * (`refusal`), the request's parameters, the session, its state and the challenge.
 */
export function openStream(
  service: LivenessService,
  params: StreamParams,
  detail: { query: Record<string, string> },
  refusal?: Refusal,
): StreamOpening {
  const session = params.SessionId ? service.find(params.SessionId) : undefined;
  const refuse = (type: string, message: string, target?: Session): StreamOpening => {
    if (target) service.log.event(target, 'out', type, { message });
    return { refused: { type, message }, session: target };
  };
  if (refusal) return refuse(refusal.type, refusal.message, session);
  const invalid = checkStreamParams(params);
  if (invalid) return refuse('ValidationException', invalid, session);
  if (!session) return refuse('SessionNotFoundException', `Session ${params.SessionId} was not found.`);
  session.calls.streams += 1;
  service.log.event(session, 'in', 'stream-opened', { stream: session.calls.streams, ...detail });
  if (service.isExpired(session)) return refuse('ValidationException', `Session ${session.id} has expired.`, session);
  if (session.calls.streams > 1 || session.status !== 'CREATED') {
    const message = `Session ${session.id} has already been used: a session accepts one stream only.`;
    return refuse('ValidationException', message, session);
  }
  const picked = pickChallenge(session.settings.preferences, params.ChallengeVersions ?? null);
  if (!picked) {
    const wanted = session.settings.preferences.map((p) => [p.type, p.minimum, p.maximum].filter(Boolean).join(' '));
    session.status = 'FAILED';
    const message = `None of the session's challenge preferences (${wanted.join('; ')}) is offered by the client's challenge-versions.`;
    return refuse('ValidationException', message, session);
  }
  session.challenge = picked;
  session.status = 'IN_PROGRESS';
  service.log.event(session, 'internal', 'status', { status: 'IN_PROGRESS', challenge: picked.type });
  return { session, challenge: picked };
}

/**
 * The Amplify detector ends a stream it gives up on with `VideoEvent { VideoChunk: [],
 * TimestampMillis: { closeCode } }` (its source says the service expects this shape).
 */
function closeNotice(eventType: string, payload: Record<string, unknown>): number | undefined {
  if (eventType !== 'VideoEvent') return undefined;
  const stamp = payload.TimestampMillis as { closeCode?: unknown } | undefined;
  return typeof stamp === 'object' && stamp !== null && typeof stamp.closeCode === 'number'
    ? stamp.closeCode
    : undefined;
}

export interface RunContext {
  service: LivenessService;
  session: Session;
  sessionInformation: SessionInformationOptions;
}

/** The events of an opened stream, whatever carries them. Returns what the transport reports to. */
export function runStream(transport: StreamTransport, { service, session, sessionInformation }: RunContext) {
  const fault = session.play.scenario.streamFault;
  const challenge = session.challenge!.type;
  let closed = false;
  let headerSeen = false;

  const sendException = (name: StreamExceptionName | string, message?: string) => {
    const text = message ?? `${name} (injected by the emulator scenario).`;
    service.log.event(session, 'out', name, { message: text });
    service.failStream(session, name);
    transport.send(encodeException(name, text));
    transport.end();
    closed = true;
  };

  const endVideo = () => {
    const problem = webmProblem(Buffer.concat(session.video.chunks));
    if (problem) {
      sendException('ValidationException', `The video does not match the required format: ${problem}.`);
      return;
    }
    service.finishVideo(session);
    const disconnection = { TimestampMillis: Date.now() };
    transport.send(encodeEvent('DisconnectionEvent', disconnection));
    service.log.event(session, 'out', 'DisconnectionEvent', disconnection);
    transport.end();
    closed = true;
  };

  const onVideo = (payload: Record<string, unknown>) => {
    const chunk = typeof payload.VideoChunk === 'string' ? Buffer.from(payload.VideoChunk, 'base64') : Buffer.alloc(0);
    const at = typeof payload.TimestampMillis === 'number' ? payload.TimestampMillis : undefined;
    service.log.event(session, 'in', 'VideoEvent', { bytes: chunk.length, timestampMillis: at });
    if (chunk.length === 0) return endVideo();
    const { video } = session;
    video.chunks.push(chunk);
    video.count += 1;
    video.bytes += chunk.length;
    // A recorder may cut anywhere (Chromium's first chunk can be one byte): look once 4 bytes are in.
    if (!headerSeen && video.bytes >= 4) {
      const head = Buffer.concat(video.chunks).subarray(0, 4);
      if (!startsWithEbml(head)) {
        return sendException(
          'ValidationException',
          `The video does not match the required format: it is not WebM (it starts with 0x${head.toString('hex')}, not an EBML header).`,
        );
      }
      headerSeen = true;
    }
    video.firstChunkAt ??= at;
    video.lastChunkAt = at ?? video.lastChunkAt;
    if (video.bytes > MAX_VIDEO_BYTES) {
      return sendException('ValidationException', `The video exceeds the ${MAX_VIDEO_BYTES} byte limit.`);
    }
    if (fault?.kind === 'exception' && fault.at === 'video' && video.count === 1) {
      sendException(fault.exception, fault.message);
    } else if (fault?.kind === 'drop-socket' && video.count >= (fault.afterVideoEvents ?? 1)) {
      service.log.event(session, 'internal', 'socket-dropped', { afterVideoEvents: video.count });
      service.failStream(session, 'socket dropped');
      closed = true;
      transport.drop();
    }
  };

  const onClientInformation = (payload: Record<string, unknown>) => {
    const challenges = (payload.Challenge ?? {}) as Record<string, Record<string, unknown>>;
    const [type, body] = Object.entries(challenges)[0] ?? [];
    service.log.event(session, 'in', 'ClientSessionInformationEvent', { challenge: type, ...body });
    if (body) absorbClientInformation(session, body);
  };

  if (fault?.kind === 'exception' && (fault.at ?? 'connect') === 'connect') {
    sendException(fault.exception, fault.message);
  } else if (fault?.kind !== 'no-session-information') {
    const { ovalParameters, challengeConfig } = session.play.scenario;
    const information = serverSessionInformation(challenge, {
      ovalParameters: { ...sessionInformation.ovalParameters, ...ovalParameters },
      challengeConfig: { ...sessionInformation.challengeConfig, ...challengeConfig },
    });
    transport.send(encodeEvent('ServerSessionInformationEvent', information));
    service.log.event(session, 'out', 'ServerSessionInformationEvent', { challenge });
  }

  return {
    onFrame(frame: Uint8Array) {
      if (closed) return;
      let event;
      try {
        event = decodeClientFrame(frame);
      } catch (e) {
        sendException(
          'ValidationException',
          `Could not decode the event: ${e instanceof Error ? e.message : String(e)}`,
        );
        return;
      }
      const { eventType, payload } = event;
      if (eventType !== 'VideoEvent' && eventType !== 'ClientSessionInformationEvent') {
        service.log.event(session, 'in', eventType || 'unknown-event', { payload });
        return;
      }
      const closeCode = closeNotice(eventType, payload);
      if (closeCode !== undefined) {
        // The detector's own goodbye before it closes the socket (cancel, timeout, user error).
        service.log.event(session, 'in', 'VideoEvent', { closeCode });
        service.failStream(session, `client close code ${closeCode}`);
        closed = true;
        transport.end();
        return;
      }
      const invalid = checkClientEvent(eventType, payload);
      if (invalid) {
        service.log.event(session, 'in', eventType, { invalid: true });
        sendException('ValidationException', invalid);
        return;
      }
      if (eventType === 'VideoEvent') onVideo(payload);
      else onClientInformation(payload);
    },
    /** The transport could not split the bytes into messages. */
    onGarbage(message: string) {
      if (!closed) sendException('ValidationException', `Could not decode the event: ${message}`);
    },
    onClose(reason: string, detail?: Record<string, unknown>) {
      if (detail) service.log.event(session, 'in', 'socket-closed', detail);
      service.failStream(session, reason);
    },
  };
}
