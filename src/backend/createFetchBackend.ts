/**
 * `createFetchBackend`: the backend contract over HTTP, against `react-face-liveness/server`'s
 * handler. The server's session handle (which binds the session to the signed-in caller) rides
 * in the session's `context`, so the backend keeps no state: one created on every render works.
 */
import {
  isAbortError,
  LIVENESS_ERROR_CODES,
  LivenessError,
  toLivenessError,
  type LivenessErrorCode,
} from '../core/errors';
import { SESSION_HANDLE_HEADER } from '../core/sessionHandleHeader';
import type { LivenessBackend } from '../core/types';

export interface FetchBackendOptions {
  /** URL of the handler's base path, absolute or relative to the page, e.g. `'/api/liveness'`. */
  baseUrl: string;
  /** The fetch to use (for tests, or a wrapper that adds auth). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra headers for every request (an auth token…), or a function that returns them per request. @default {} */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Whether cookies go with the requests. @default 'same-origin' */
  credentials?: RequestCredentials;
}

function isCode(value: unknown): value is LivenessErrorCode {
  return typeof value === 'string' && (LIVENESS_ERROR_CODES as readonly string[]).includes(value);
}

/** Statuses a server or host without the API route answers with (not found, method not allowed). */
const NO_ROUTE_STATUSES = new Set([404, 405]);

const isHtml = (response: Response) => /^text\/html\b/i.test(response.headers.get('content-type') ?? '');

/** The URL answered, but not as the liveness API does: say so, with the URL, instead of guessing a code. */
function notFound(response: Response, url: string, context: string, cause?: unknown): LivenessError {
  const type = response.headers.get('content-type')?.split(';', 1)[0] || 'no content type';
  const message =
    `${context}: ${url} answered ${response.status} (${type}), not the liveness API's JSON. ` +
    `Is the API route (react-face-liveness/server's handler) mounted at ${url.replace(/\/sessions(\/.*)?$/, '')}?`;
  return new LivenessError('BACKEND_NOT_FOUND', message, {
    status: response.status,
    retryable: false,
    ...(cause === undefined ? {} : { cause }),
  });
}

async function toError(response: Response, url: string, context: string): Promise<LivenessError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; retryable?: unknown } } | undefined)?.error;
  if (error && isCode(error.code)) {
    const message = `${context}: ${typeof error.message === 'string' ? error.message : response.statusText}`;
    return new LivenessError(error.code, message, {
      status: response.status,
      ...(typeof error.retryable === 'boolean' ? { retryable: error.retryable } : {}),
    });
  }
  if (NO_ROUTE_STATUSES.has(response.status)) return notFound(response, url, context);
  return toLivenessError({ status: response.status, message: `HTTP ${response.status}` }, context);
}

export function createFetchBackend({
  baseUrl,
  fetch: fetchImpl,
  headers,
  credentials = 'same-origin',
}: FetchBackendOptions): LivenessBackend {
  const base = baseUrl.replace(/\/+$/, '');

  async function request(path: string, init: RequestInit, context: string): Promise<unknown> {
    const extra = typeof headers === 'function' ? await headers() : headers;
    const merged = new Headers(extra);
    new Headers(init.headers).forEach((value, name) => merged.set(name, value));
    merged.set('accept', 'application/json');
    const url = `${base}${path}`;
    let response: Response;
    try {
      response = await (fetchImpl ?? globalThis.fetch)(url, { ...init, headers: merged, credentials });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new LivenessError('NETWORK_ERROR', `${context}: the server could not be reached`, { cause: error });
    }
    if (!response.ok) throw await toError(response, url, context);
    try {
      return await response.json();
    } catch (error) {
      if (isAbortError(error)) throw error;
      // An HTML page with 200 is a host's fallback (an SPA's index.html), not the API.
      if (isHtml(response)) throw notFound(response, url, context, error);
      throw new LivenessError('INVALID_RESPONSE', `${context}: the response is not JSON`, {
        cause: error,
        retryable: false,
      });
    }
  }

  return {
    async createSession({ clientRequestToken, signal, challenge }) {
      const body = await request(
        '/sessions',
        {
          method: 'POST',
          signal,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(challenge ? { clientRequestToken, challenge } : { clientRequestToken }),
        },
        'Creating the session',
      );
      // The parser checks the rest; the handle becomes the session's context.
      const handle = (body as { handle?: unknown } | null)?.handle;
      return typeof handle === 'string' ? { ...(body as object), context: handle } : body;
    },
    async getResults({ sessionId, context, signal }) {
      if (context === undefined) {
        throw new LivenessError('SESSION_NOT_FOUND', 'Reading results: the session carries no handle from the server', {
          retryable: false,
        });
      }
      return request(
        `/sessions/${encodeURIComponent(sessionId)}/results`,
        { method: 'GET', signal, headers: { [SESSION_HANDLE_HEADER]: context } },
        'Reading results',
      );
    },
  };
}
