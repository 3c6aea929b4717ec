import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import type { SessionInformationOptions } from './challenge';
import { ServiceError } from './errors';
import type { LivenessService } from './livenessService';
import { handleLivenessStream } from './livenessStream';
import type { RequestRecordInput } from './recordLog';
import { rawPath, requestUrl } from './requestParts';
import { verifySignature, type SignatureOptions } from './signatureVerifier';
import { checkPresignedQuery } from './sigv4';

export const STREAM_PATH = '/start-face-liveness-session-websocket';

export interface UpgradeContext {
  service: LivenessService;
  signing: SignatureOptions;
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

/** The WebSocket transport of StartFaceLivenessSession: a SigV4-presigned `GET` upgrade. */
export function createStreamUpgrade({ service, signing, prefix, sessionInformation }: UpgradeContext) {
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
        verifySignature(
          identity,
          { method: 'GET', rawPath: rawPath(req), query: url.searchParams, headers: req.headers },
          signing,
        );
      } catch (e) {
        // A signature or region problem comes as an exception on the stream (what the detector's
        // "Invalid region" handling expects), not as a refused upgrade.
        refusal = e as ServiceError;
        record.errorType = refusal.type;
      }
    } catch (e) {
      reject(403, e as ServiceError);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      service.log.request(record);
      handleLivenessStream(ws, { service, query: url.searchParams, sessionInformation, refusal });
    });
  }

  return { wss, onUpgrade };
}
