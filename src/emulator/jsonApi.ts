import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, sendServiceError, ServiceError } from './errors';
import type { LivenessService } from './livenessService';
import type { RequestRecordInput } from './recordLog';
import { rawPath } from './requestParts';
import { checkAuthorizationHeader } from './sigv4';
import type { VerifyRequest } from './sts';
import type { EmulatorOperation } from './types';

const MAX_BODY_BYTES = 1 << 20;

export const OPERATIONS: Record<string, EmulatorOperation> = {
  'RekognitionService.CreateFaceLivenessSession': 'CreateFaceLivenessSession',
  'RekognitionService.GetFaceLivenessSessionResults': 'GetFaceLivenessSessionResults',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ServiceError('SerializationException', 'Request body too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new ServiceError('SerializationException', 'Could not parse the request body as JSON.');
  }
}

/** Copies the ids a request names into its record (whatever the request's fate). */
function noteIds(record: RequestRecordInput, input: unknown): void {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (typeof fields.ClientRequestToken === 'string') record.clientRequestToken = fields.ClientRequestToken;
  if (typeof fields.SessionId === 'string') record.sessionId = fields.SessionId;
}

/** The awsJson 1.1 API: `POST` with `X-Amz-Target`, SigV4 `Authorization` header, JSON in and out. */
export function createJsonApi(service: LivenessService, verify: VerifyRequest) {
  async function run(req: IncomingMessage, url: URL, operation: EmulatorOperation, record: RequestRecordInput) {
    const identity = checkAuthorizationHeader(
      req.headers.authorization,
      req.headers['x-amz-date'] as string | undefined,
    );
    record.accessKeyId = identity.accessKeyId;
    record.region = identity.region;
    const text = await readBody(req);
    verify(
      identity,
      { method: 'POST', rawPath: rawPath(req), query: url.searchParams, headers: req.headers, body: text },
      `rekognition:${operation}`,
    );
    const input = parseJson(text);
    noteIds(record, input);
    if (operation === 'CreateFaceLivenessSession') {
      const output = service.createSession(input);
      record.sessionId = output.SessionId;
      return output;
    }
    if (operation === 'GetFaceLivenessSessionResults') return service.getResults(input);
    throw new ServiceError('UnknownOperationException', `Unknown operation ${String(req.headers['x-amz-target'])}.`);
  }

  return async function handleJson(req: IncomingMessage, res: ServerResponse, operation: EmulatorOperation, url: URL) {
    const record: RequestRecordInput = { operation, method: req.method ?? 'POST', path: url.pathname, httpStatus: 200 };
    try {
      sendJson(res, 200, await run(req, url, operation, record));
    } catch (e) {
      const error =
        e instanceof ServiceError
          ? e
          : new ServiceError('InternalServerError', e instanceof Error ? e.message : String(e));
      record.httpStatus = error.status;
      record.errorType = error.type;
      sendServiceError(res, error);
    } finally {
      service.log.request(record);
    }
  };
}
