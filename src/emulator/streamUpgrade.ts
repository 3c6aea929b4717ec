import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { SessionInformationOptions } from './challenge';
import { ServiceError } from './errors';
import type { LivenessService } from './livenessService';
import { openStream, runStream, type Refusal } from './livenessStream';
import type { RequestRecordInput } from './recordLog';
import { rawPath, requestUrl } from './requestParts';
import type { SignatureOptions } from './signatureVerifier';
import { checkPresignedQuery } from './sigv4';
import type { StreamParams } from './streamConstraints';
import { encodeException } from './streamMessages';
import type { VerifyRequest } from './sts';

export const STREAM_PATH = '/start-face-liveness-session-websocket';

export interface StreamContext {
  service: LivenessService;
  signing: SignatureOptions;
  verify: VerifyRequest;
  prefix: string;
  sessionInformation: SessionInformationOptions;
}

/** Answers a refused upgrade with the service's JSON error and closes the socket. */
function refuseUpgrade(socket: Socket, status: number, error: ServiceError): void {
  const body = JSON.stringify({ __type: error.type, Message: error.message });
  socket.end(
    `HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : 'Forbidden'}\r\ncontent-type: application/json\r\nx-amzn-errortype: ${error.type}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/** The request's parameters as the SDK's WebSocket handler puts them in the query. */
const paramsOf = (query: URLSearchParams): StreamParams => ({
  SessionId: query.get('session-id') ?? undefined,
  VideoWidth: query.get('video-width') ?? undefined,
  VideoHeight: query.get('video-height') ?? undefined,
  ChallengeVersions: query.get('challenge-versions') ?? undefined,
});

function serveSocket(ws: WebSocket, query: URLSearchParams, refusal: Refusal | undefined, context: StreamContext) {
  const { service, sessionInformation } = context;
  const opening = openStream(service, paramsOf(query), { query: Object.fromEntries(query) }, refusal);
  if ('refused' in opening) {
    ws.send(encodeException(opening.refused.type, opening.refused.message));
    ws.close(1000);
    return;
  }
  const transport = { send: (m: Uint8Array) => ws.send(m), end: () => ws.close(1000), drop: () => ws.terminate() };
  const stream = runStream(transport, { service, session: opening.session, sessionInformation });
  ws.on('message', (data: Buffer, isBinary: boolean) =>
    stream.onFrame(isBinary ? data : Buffer.from(data.toString(), 'base64')),
  );
  ws.on('close', (code: number, reason: Buffer) =>
    stream.onClose(`socket closed with ${code}`, { code, reason: reason.toString() }),
  );
  ws.on('error', () => stream.onClose('socket error'));
}

/** The WebSocket transport of StartFaceLivenessSession: a SigV4-presigned `GET` upgrade. */
export function createStreamUpgrade(context: StreamContext) {
  const { service, verify, prefix } = context;
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 16 << 20 });

  function onUpgrade(req: IncomingMessage, socket: Socket, head: Buffer) {
    const url = requestUrl(req);
    const isStream = url.pathname === STREAM_PATH || url.pathname === `${prefix}${STREAM_PATH}`;
    const record: RequestRecordInput = {
      operation: isStream ? 'StartFaceLivenessSession' : 'Unknown',
      method: 'GET',
      path: url.pathname,
      httpStatus: 101,
      sessionId: url.searchParams.get('session-id') ?? undefined,
    };
    const reject = (status: number, error: ServiceError) => {
      record.httpStatus = status;
      record.errorType = error.type;
      service.log.request(record);
      refuseUpgrade(socket, status, error);
    };
    if (!isStream) {
      reject(404, new ServiceError('UnknownOperationException', `No stream at ${url.pathname}.`));
      return;
    }
    let refusal: ServiceError | undefined;
    try {
      const identity = checkPresignedQuery(url.searchParams);
      record.accessKeyId = identity.accessKeyId;
      record.region = identity.region;
      try {
        verify(
          identity,
          { method: 'GET', rawPath: rawPath(req), query: url.searchParams, headers: req.headers },
          'rekognition:StartFaceLivenessSession',
        );
      } catch (e) {
        // A signature, scope or clock problem comes as an exception on the stream (what the
        // detector's "Invalid region" handling expects), not as a refused upgrade.
        refusal = e as ServiceError;
        record.errorType = refusal.type;
      }
    } catch (e) {
      reject(403, e as ServiceError);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      service.log.request(record);
      serveSocket(ws, url.searchParams, refusal, context);
    });
  }

  return { wss, onUpgrade };
}
