/**
 * Mounts a Fetch API handler in Node's `http`/`https` servers and in Express (or Connect):
 * `http.createServer(toNodeHandler(handler))`, `app.use(toNodeHandler(handler))`.
 * Every request under the base path gets the handler's JSON answer; nothing is thrown to `next`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { internalErrorResponse, toFetchRequest } from './fetchRequest';
import { errorResponse, HttpError } from './httpError';
import { matchRoute, targetPath } from './routes';
import type { LivenessHandler } from './types';

/** What `toNodeHandler` passes to `authorize` as `platform`; `Req` is your framework's request type. */
export interface NodePlatform<Req extends IncomingMessage = IncomingMessage> {
  req: Req;
  res: ServerResponse;
}

export type NodeRequestHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

export interface NodeHandlerOptions {
  /** Bodies larger than this are refused with 413 before the handler runs. @default 16_384 */
  maxBodyBytes?: number;
}

type ExpressLikeRequest = IncomingMessage & { originalUrl?: string; body?: unknown };

class BodyTooLarge extends Error {}

const encode = (text: string) => new TextEncoder().encode(text);

function readBody(req: ExpressLikeRequest, limit: number): Promise<Uint8Array | undefined> {
  const parsed = req.body;
  // A body parser ran before us (express.raw(), express.text(), express.json()…): take what it kept.
  if (parsed instanceof Uint8Array) return Promise.resolve(parsed);
  if (typeof parsed === 'string') return Promise.resolve(encode(parsed));
  if (typeof parsed === 'object' && parsed !== null) return Promise.resolve(encode(JSON.stringify(parsed)));
  // Already read (a JSON `42` or `null`, or a middleware that kept nothing): the stream will not end again.
  if (req.readableEnded) return Promise.resolve(parsed === undefined ? undefined : encode(JSON.stringify(parsed)));
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length ? Buffer.concat(chunks) : undefined));
    req.on('error', reject);
  });
}

function headerPairs(req: IncomingMessage): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) pairs.push([name, item]);
    else if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}

async function send(res: ServerResponse, response: Response, close = false): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (close) res.setHeader('connection', 'close');
  res.end(body);
}

async function answer(handler: LivenessHandler, req: ExpressLikeRequest, res: ServerResponse, maxBodyBytes: number) {
  const method = req.method ?? 'GET';
  let body: Uint8Array | undefined;
  try {
    body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req, maxBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    // Answer without reading the rest, then drop the connection.
    return send(res, errorResponse(new HttpError(413, 'INVALID_REQUEST', 'The body is too large.')), true);
  }
  const request = toFetchRequest(handler.basePath, {
    method,
    target: req.originalUrl ?? req.url ?? '/',
    host: req.headers.host,
    secure: (req.socket as TLSSocket | undefined)?.encrypted === true,
    headers: headerPairs(req),
    ...(body ? { body: new Uint8Array(body) } : {}),
  });
  if (request instanceof Response) return send(res, request);
  const platform: NodePlatform = { req, res };
  return send(res, await handler(request, platform));
}

export function toNodeHandler(
  handler: LivenessHandler,
  { maxBodyBytes = 16_384 }: NodeHandlerOptions = {},
): NodeRequestHandler {
  return (req: ExpressLikeRequest, res, next) => {
    const pathname = targetPath(req.originalUrl ?? req.url ?? '/');
    // Outside the base path (read as the handler reads it), the rest of the app answers.
    if (next && pathname !== undefined && !matchRoute(handler.basePath, pathname)) return next();
    answer(handler, req, res, maxBodyBytes).catch(() => {
      if (res.headersSent) res.destroy();
      else void send(res, internalErrorResponse()).catch(() => res.destroy());
    });
  };
}
