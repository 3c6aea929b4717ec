/**
 * What the handler answers when something fails: a stable code, an HTTP status and a fixed
 * message. AWS's own messages and stacks never leave the server (hand them to `onError`).
 */
import { awsErrorCode, type LivenessErrorCode } from '../core/errors';

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: LivenessErrorCode,
    message: string,
    readonly retryable = false,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** Socket and DNS failures Node reports by `code`: AWS was not reached, a retry may reach it. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EPROTO',
]);

/**
 * True when the server could not talk to AWS at all: a socket or DNS failure, a TLS handshake or
 * certificate failure (`DEPTH_ZERO_SELF_SIGNED_CERT`, `ERR_TLS_CERT_ALTNAME_INVALID`…), or the SDK's
 * own `TimeoutError`.
 */
export function isNetworkError(error: unknown): boolean {
  if (field(error, 'name') === 'TimeoutError') return true;
  const code = field(error, 'code');
  return typeof code === 'string' && (NETWORK_CODES.has(code) || /CERT|^ERR_TLS_|^ERR_SSL_/.test(code));
}

/** Maps anything an AWS call threw to a response error, by the error's name and fault only. */
export function fromAwsError(error: unknown, throttleRetryAfterSeconds: number): HttpError {
  if (error instanceof HttpError) return error;
  const name = field(error, 'name');
  const known = awsErrorCode(name);
  if (known === 'THROTTLED') {
    return new HttpError(429, 'THROTTLED', 'The service is busy. Try again shortly.', true, throttleRetryAfterSeconds);
  }
  if (known === 'SESSION_NOT_FOUND') {
    return new HttpError(404, 'SESSION_NOT_FOUND', 'The session does not exist or has expired.');
  }
  if (known === 'ACCESS_DENIED') {
    // Our own credentials lack a permission: a server configuration problem, not the caller's.
    return new HttpError(502, 'SERVICE_ERROR', 'The liveness service refused the server’s credentials.');
  }
  if (name === 'InvalidParameterException' || name === 'ValidationException') {
    // Caller input is validated before any call, so this is the server's session settings.
    return new HttpError(500, 'BACKEND_ERROR', 'The liveness service refused the server’s request.');
  }
  if (field(error, '$fault') === 'client') {
    // Any other client fault (bad signature, unknown credentials…) is the server's setup too.
    return new HttpError(502, 'SERVICE_ERROR', 'The liveness service refused the server’s request.');
  }
  if (field(error, '$fault') === 'server' || typeof field(field(error, '$metadata'), 'httpStatusCode') === 'number') {
    return new HttpError(502, 'SERVICE_ERROR', 'The liveness service failed. Try again.', true);
  }
  if (isNetworkError(error)) {
    return new HttpError(502, 'SERVICE_ERROR', 'The liveness service could not be reached. Try again.', true);
  }
  return new HttpError(500, 'BACKEND_ERROR', 'The server failed to handle the request.');
}

const NO_STORE = { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' };

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...NO_STORE, ...headers } });
}

export function errorResponse(error: HttpError): Response {
  const headers: Record<string, string> =
    error.retryAfterSeconds === undefined
      ? {}
      : { 'retry-after': String(Math.max(1, Math.ceil(error.retryAfterSeconds))) };
  const body = { error: { code: error.code, message: error.message, retryable: error.retryable } };
  return jsonResponse(error.status, body, headers);
}
