/**
 * What both adapters do before the handler runs: turn a platform's request into a Fetch `Request`,
 * or into the handler's own JSON refusal when it cannot be one (a malformed Host or target, a
 * method such as TRACE that Fetch refuses). The path is read by routes.ts, as the handler reads it.
 */
import { errorResponse, HttpError } from './httpError';
import { matchRoute, routeError, routeErrorResponse, targetPath } from './routes';

/** A host name or IP literal, with an optional port: nothing that could change the URL's meaning. */
const HOST_PATTERN = /^(?:\[[0-9a-f:.]+\]|[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?)(?::\d{1,5})?$/i;

export interface PlatformRequest {
  method: string;
  /** The request target as sent: `/path?query` (or the absolute form). */
  target: string;
  host: string | undefined;
  secure: boolean;
  /** Header pairs as received; a repeated name appears once per value. */
  headers: Iterable<[string, string]>;
  body?: Uint8Array<ArrayBuffer> | string;
}

const invalid = (message: string) => errorResponse(new HttpError(400, 'INVALID_REQUEST', message));

export function toFetchRequest(basePath: string, request: PlatformRequest): Request | Response {
  const pathname = targetPath(request.target);
  if (pathname === undefined) return invalid('The request target is malformed.');
  const host = request.host ?? 'localhost';
  if (!HOST_PATTERN.test(host)) return invalid('The Host header is malformed.');
  const url = request.target.startsWith('/')
    ? `${request.secure ? 'https' : 'http'}://${host}${request.target}`
    : request.target;
  try {
    const hasBody = request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD';
    const headers = new Headers();
    for (const [name, value] of request.headers) headers.append(name, value);
    return new Request(url, {
      method: request.method,
      headers,
      ...(hasBody ? { body: request.body } : {}),
    });
  } catch {
    // Fetch refuses the method (TRACE, CONNECT, TRACK, not a token), a header or the URL: answer as the route would.
    const route = matchRoute(basePath, pathname);
    const refusal = routeError(route, request.method);
    return refusal ? routeErrorResponse(refusal, route) : invalid('The request is malformed.');
  }
}

/** The answer when something unexpected escaped the handler: the handler's 500, nothing more. */
export function internalErrorResponse(): Response {
  return errorResponse(new HttpError(500, 'BACKEND_ERROR', 'The server failed to handle the request.'));
}
