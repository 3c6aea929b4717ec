/**
 * Mounts a Fetch API handler in Node's `http`/`https` servers and in Express (or Connect):
 * `http.createServer(toNodeHandler(handler))`, `app.use(toNodeHandler(handler))`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
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

function readBody(req: ExpressLikeRequest, limit: number): Promise<Uint8Array | undefined> {
  const parsed = req.body;
  // A body parser ran before us (express.json(), express.text()…): the stream is already consumed.
  if (
    parsed !== undefined &&
    parsed !== null &&
    (req.readableEnded || typeof parsed === 'object' || typeof parsed === 'string')
  ) {
    if (parsed instanceof Uint8Array) return Promise.resolve(parsed);
    return Promise.resolve(new TextEncoder().encode(typeof parsed === 'string' ? parsed : JSON.stringify(parsed)));
  }
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

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

export function toNodeHandler(
  handler: LivenessHandler,
  { maxBodyBytes = 16_384 }: NodeHandlerOptions = {},
): NodeRequestHandler {
  return (req: ExpressLikeRequest, res, next) => {
    const path = req.originalUrl ?? req.url ?? '/';
    const pathname = path.split('?')[0]!;
    const inside = pathname === handler.basePath || pathname.startsWith(`${handler.basePath}/`);
    if (!inside && next) return next();
    const run = async () => {
      const method = req.method ?? 'GET';
      const hasBody = method !== 'GET' && method !== 'HEAD';
      let body: Uint8Array | undefined;
      try {
        body = hasBody ? await readBody(req, maxBodyBytes) : undefined;
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        // Answer without reading the rest, then drop the connection.
        res.writeHead(413, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'close',
        });
        res.end(
          JSON.stringify({ error: { code: 'INVALID_REQUEST', message: 'The body is too large.', retryable: false } }),
        );
        return;
      }
      const request = new Request(new URL(path, `http://${req.headers.host ?? 'localhost'}`), {
        method,
        headers: toHeaders(req),
        ...(body ? { body: new Uint8Array(body) } : {}),
      });
      const platform: NodePlatform = { req, res };
      await send(res, await handler(request, platform));
    };
    run().catch((error: unknown) => {
      if (next) next(error);
      else if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      }
    });
  };
}
