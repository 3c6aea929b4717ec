import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendServiceError, ServiceError } from './errors';
import { STREAM_POST_PATH, type createHttpStream } from './httpStream';
import { OPERATIONS, type createJsonApi } from './jsonApi';
import type { LivenessService } from './livenessService';
import type { ObjectStore } from './objectStore';
import { rawPath, requestUrl } from './requestParts';
import type { SignatureOptions } from './signatureVerifier';
import type { StsEmulator } from './sts';

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-expose-headers': 'x-amzn-errortype, x-amzn-requestid',
};

export interface RouteContext {
  service: LivenessService;
  objects: ObjectStore;
  signing: SignatureOptions;
  /** Answers STS AssumeRole and checks every request, vended credentials included. */
  sts: StsEmulator;
  prefix: string;
  handleJson: ReturnType<typeof createJsonApi>;
  handleStreamPost: ReturnType<typeof createHttpStream>;
}

/** `GET`/`HEAD /<bucket>/<key>` (also under the prefix): the objects of OutputConfig sessions. */
function serveObject(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { service, objects, sts, prefix }: RouteContext,
) {
  const pathname = prefix && url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
  const { status, errorType, identity } = objects.serve(req, res, pathname, url.searchParams, (id) =>
    sts.verify(
      id,
      {
        method: req.method ?? 'GET',
        rawPath: rawPath(req),
        query: url.searchParams,
        headers: req.headers,
        service: 's3',
      },
      's3:GetObject',
    ),
  );
  service.log.request({
    operation: 'S3GetObject',
    method: req.method ?? 'GET',
    path: url.pathname,
    httpStatus: status,
    errorType,
    accessKeyId: identity?.accessKeyId,
    region: identity?.region,
  });
}

function refuseUnknown(req: IncomingMessage, res: ServerResponse, url: URL, service: LivenessService) {
  const error = new ServiceError('UnknownOperationException', `No operation for ${req.method ?? ''} ${url.pathname}.`);
  service.log.request({
    operation: 'Unknown',
    method: req.method ?? '',
    path: url.pathname,
    httpStatus: error.status,
    errorType: error.type,
  });
  sendServiceError(res, error);
}

/**
 * Routes every HTTP/1.1 and HTTP/2 request: CORS preflight, the stream's POST, STS AssumeRole,
 * the awsJson API, S3 objects, a banner at `/`. Every answer's `Date` is the signing clock (the SDKs correct their
 * clock skew from it).
 */
export function createRequestHandler(context: RouteContext) {
  const { prefix } = context;
  return function onRequest(req: IncomingMessage, res: ServerResponse) {
    const url = requestUrl(req);
    res.setHeader('date', new Date(context.signing.clock()).toUTCString());
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (
      req.method === 'POST' &&
      (url.pathname === STREAM_POST_PATH || url.pathname === `${prefix}${STREAM_POST_PATH}`)
    ) {
      context.handleStreamPost(req, res, url);
      return;
    }
    if (context.sts.accepts(req)) return void context.sts.handle(req, res);
    const target = req.headers['x-amz-target'];
    if (req.method === 'POST' && typeof target === 'string') {
      void context.handleJson(req, res, OPERATIONS[target] ?? 'Unknown', url);
      return;
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname.split('/').filter(Boolean).length >= 2) {
      serveObject(req, res, url, context);
      return;
    }
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === `${prefix}/` || url.pathname === prefix)) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('react-face-liveness emulator: Rekognition Face Liveness stand-in (test only)\n');
      return;
    }
    refuseUnknown(req, res, url, context.service);
  };
}
