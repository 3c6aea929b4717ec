/**
 * The handler's two routes, and the one way a request's path is read, shared by the handler and
 * the adapters: the WHATWG URL parser (what `new Request(url)` applies), so `.`/`..` segments and
 * their %2e forms resolve the same everywhere, and trailing slashes are ignored.
 */
import { errorResponse, HttpError } from './httpError';

export type Route = { name: 'create' } | { name: 'results'; rawSessionId: string } | { name: 'unknown' };

/** The path of a request target (`/a/b?q`, or the absolute form `https://host/a/b`); undefined if unreadable. */
export function targetPath(target: string): string | undefined {
  try {
    // An origin-form target is appended to a fixed origin: `//host/x` stays a path, never a host.
    return new URL(target.startsWith('/') ? `http://localhost${target}` : target).pathname;
  } catch {
    return undefined;
  }
}

/** A base path as the handler keeps it: a leading slash, no trailing one ('' for the root). */
export function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  return trimmed.startsWith('/') || trimmed === '' ? trimmed : `/${trimmed}`;
}

/** The route a parsed path names, or undefined when it lies outside `base` (see normaliseBasePath). */
export function matchRoute(base: string, pathname: string): Route | undefined {
  const path = pathname.replace(/\/+$/, '');
  if (path !== base && !path.startsWith(`${base}/`)) return undefined;
  const rest = path.slice(base.length);
  if (rest === '/sessions') return { name: 'create' };
  const results = /^\/sessions\/([^/]+)\/results$/.exec(rest);
  return results ? { name: 'results', rawSessionId: results[1]! } : { name: 'unknown' };
}

const METHODS = { create: 'POST', results: 'GET' } as const;

/** The refusal a route makes before anything else: 404 outside the routes, 405 for another method. */
export function routeError(route: Route | undefined, method: string): HttpError | undefined {
  if (!route || route.name === 'unknown') return new HttpError(404, 'INVALID_REQUEST', 'No such route.');
  const allowed = METHODS[route.name];
  if (method === allowed) return undefined;
  return new HttpError(
    405,
    'INVALID_REQUEST',
    `Use ${allowed} to ${route.name === 'create' ? 'create a session' : 'read results'}.`,
  );
}

/** The Allow header for a 405 on this route. */
export function allowHeader(route: Route | undefined): string {
  return route?.name === 'create' ? 'POST' : 'GET';
}

/** The JSON answer for a route's refusal, with Allow on a 405. */
export function routeErrorResponse(error: HttpError, route: Route | undefined): Response {
  const response = errorResponse(error);
  if (error.status === 405) response.headers.set('allow', allowHeader(route));
  return response;
}
