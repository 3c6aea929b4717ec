import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest } from 'node:http2';
import { sendJson, ServiceError } from './errors';
import { openStream, runStream, type Refusal } from './livenessStream';
import type { RequestRecordInput } from './recordLog';
import { rawPath } from './requestParts';
import { checkAuthorizationHeader } from './sigv4';
import type { StreamParams } from './streamConstraints';
import { EXCEPTION_CODES, messageSplitter } from './streamMessages';
import type { StreamContext } from './streamUpgrade';

/** The operation's path (restJson1) for the SDK's HTTP transports. */
export const STREAM_POST_PATH = '/start-face-liveness-session';

const HEADER = 'x-amz-rekognition-streaming-liveness-';

function paramsOf(req: IncomingMessage): StreamParams {
  const header = (name: string) => {
    const value = req.headers[`${HEADER}${name}`];
    return Array.isArray(value) ? value.join(',') : value;
  };
  return {
    SessionId: header('session-id'),
    VideoWidth: header('video-width'),
    VideoHeight: header('video-height'),
    ChallengeVersions: header('challenge-versions'),
  };
}

/** restJson1's error form: the status, `x-amzn-errortype` and `{ message }`. */
function sendError(res: ServerResponse, { type, message }: Refusal): number {
  const status = EXCEPTION_CODES[type] ?? 400;
  sendJson(res, status, { message }, { 'x-amzn-errortype': type, 'content-type': 'application/json' });
  return status;
}

/** Ends the connection without a goodbye (HTTP/2: the whole session, as a dropped TCP connection). */
function dropConnection(req: IncomingMessage): void {
  const h2 = req as unknown as Http2ServerRequest;
  if (req.httpVersionMajor === 2) h2.stream.session?.destroy();
  else req.socket.destroy();
}

/**
 * StartFaceLivenessSession over HTTP: `POST /start-face-liveness-session` with an event-stream
 * body and response, as the Node streaming client sends it (HTTP/2 via ALPN h2, or HTTP/1.1).
 * Problems found before the stream starts are HTTP errors; later ones exceptions on the stream.
 */
export function createHttpStream(context: StreamContext) {
  const { service, verify, sessionInformation } = context;
  return function handleStreamPost(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const params = paramsOf(req);
    const record: RequestRecordInput = {
      operation: 'StartFaceLivenessSession',
      method: 'POST',
      path: url.pathname,
      httpStatus: 200,
      sessionId: params.SessionId,
    };
    const refuse = (refusal: Refusal) => {
      record.httpStatus = sendError(res, refusal);
      record.errorType = refusal.type;
      service.log.request(record);
      req.resume();
    };
    let refusal: ServiceError | undefined;
    try {
      const identity = checkAuthorizationHeader(
        req.headers.authorization,
        req.headers['x-amz-date'] as string | undefined,
      );
      record.accessKeyId = identity.accessKeyId;
      record.region = identity.region;
      verify(
        identity,
        { method: 'POST', rawPath: rawPath(req), query: url.searchParams, headers: req.headers },
        'rekognition:StartFaceLivenessSession',
      );
    } catch (e) {
      refusal = e instanceof ServiceError ? e : new ServiceError('InternalServerException', String(e));
    }
    const opening = openStream(service, params, { query: { ...params } as Record<string, string> }, refusal);
    if ('refused' in opening) {
      refuse(opening.refused);
      return;
    }
    service.log.request(record);
    res.writeHead(200, {
      'content-type': 'application/vnd.amazon.eventstream',
      [`${HEADER}session-id`]: opening.session.id,
    });
    const transport = {
      send: (m: Uint8Array) => void res.write(m),
      end: () => void res.end(),
      drop: () => dropConnection(req),
    };
    const stream = runStream(transport, { service, session: opening.session, sessionInformation });
    const split = messageSplitter((message) => stream.onFrame(message), 16 << 20);
    req.on('data', (chunk: Buffer) => {
      try {
        split(chunk);
      } catch (e) {
        stream.onGarbage(e instanceof Error ? e.message : String(e));
      }
    });
    req.on('end', () => stream.onClose('request ended before the video'));
    req.on('error', () => stream.onClose('request error'));
    res.on('close', () => stream.onClose('connection closed'));
  };
}
