/**
 * Every failure the library reports is a `LivenessError`: a stable `code` for code paths and
 * display text, whether trying again can help, and the underlying cause for logs.
 */

export const LIVENESS_ERROR_CODES = [
  // The backend and the network
  'INVALID_RESPONSE',
  'NETWORK_ERROR',
  /** The backend's URL answered, but not as the liveness API: an HTML page, a 404 (the route is not mounted). */
  'BACKEND_NOT_FOUND',
  'THROTTLED',
  'SERVICE_ERROR',
  'ACCESS_DENIED',
  'SESSION_NOT_FOUND',
  'TOO_MANY_ATTEMPTS',
  'BACKEND_ERROR',
  'UNAUTHENTICATED',
  'INVALID_REQUEST',
  /** The server's policy refuses the challenge asked for (a check without flashing lights). */
  'CHALLENGE_NOT_ALLOWED',
  // The detector, the camera and the stream
  'DETECTOR_LOAD_FAILED',
  'CAMERA_ACCESS_DENIED',
  'CAMERA_NOT_FOUND',
  'CAMERA_FRAMERATE',
  'FACE_FIT_TIMEOUT',
  'FACE_DISTANCE',
  'MULTIPLE_FACES',
  'MOBILE_LANDSCAPE',
  'CONNECTION_TIMEOUT',
  'STREAM_ERROR',
  'RUNTIME_ERROR',
  // Our own bounds
  'CAPTURE_TIMEOUT',
  'RESULTS_TIMEOUT',
] as const;

export type LivenessErrorCode = (typeof LIVENESS_ERROR_CODES)[number];

/** Codes where a new attempt may succeed without the user or the app changing anything. */
const RETRYABLE_BY_DEFAULT: ReadonlySet<LivenessErrorCode> = new Set<LivenessErrorCode>([
  'NETWORK_ERROR',
  'THROTTLED',
  'SERVICE_ERROR',
]);

export interface LivenessErrorOptions {
  /** Overrides the default for the code. */
  retryable?: boolean;
  cause?: unknown;
  /** HTTP status, when the error came from a response. */
  status?: number;
}

export class LivenessError extends Error {
  override readonly name = 'LivenessError';
  readonly code: LivenessErrorCode;
  /** Whether repeating the same request may succeed (used for automatic retries with backoff). */
  readonly retryable: boolean;
  readonly status?: number;

  constructor(code: LivenessErrorCode, message: string, options: LivenessErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE_BY_DEFAULT.has(code);
    if (options.status !== undefined) this.status = options.status;
  }
}

export function isLivenessError(value: unknown): value is LivenessError {
  return value instanceof LivenessError;
}

/**
 * AWS error names (from the SDK, or relayed by a server) and what they mean here. The one table:
 * `react-face-liveness/server` answers by it too.
 */
const AWS_ERROR_CODES: Readonly<Record<string, LivenessErrorCode>> = {
  ThrottlingException: 'THROTTLED',
  ProvisionedThroughputExceededException: 'THROTTLED',
  ServiceQuotaExceededException: 'THROTTLED',
  LimitExceededException: 'THROTTLED',
  TooManyRequestsException: 'THROTTLED',
  InternalServerError: 'SERVICE_ERROR',
  InternalServerException: 'SERVICE_ERROR',
  ServiceUnavailableException: 'SERVICE_ERROR',
  AccessDeniedException: 'ACCESS_DENIED',
  SessionNotFoundException: 'SESSION_NOT_FOUND',
};

/** The code an AWS error name stands for, or `undefined` for a name not in the table. */
export function awsErrorCode(name: unknown): LivenessErrorCode | undefined {
  return typeof name === 'string' && Object.hasOwn(AWS_ERROR_CODES, name) ? AWS_ERROR_CODES[name] : undefined;
}

function readField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function statusOf(error: unknown): number | undefined {
  const direct = readField(error, 'status') ?? readField(error, 'statusCode');
  if (typeof direct === 'number') return direct;
  const metadata = readField(error, '$metadata');
  const fromSdk = readField(metadata, 'httpStatusCode');
  return typeof fromSdk === 'number' ? fromSdk : undefined;
}

/**
 * How a person moves on from an error screen: `'retry'` runs a new session; `'restart'` goes back
 * to the start screen, for a refusal of a choice made there (retrying would only repeat it).
 */
export function wayForward(error: LivenessError): 'retry' | 'restart' {
  return error.code === 'CHALLENGE_NOT_ALLOWED' ? 'restart' : 'retry';
}

/** True for the error an aborted fetch or `AbortSignal` rejects with. */
export function isAbortError(error: unknown): boolean {
  return readField(error, 'name') === 'AbortError' || readField(error, 'name') === 'TimeoutError';
}

/** A message for anything thrown; `String()` itself throws for objects without a prototype. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
}

/**
 * Turns whatever a backend call threw into a `LivenessError`. Already-classified errors pass
 * through; AWS error names, HTTP statuses and fetch's network `TypeError` are recognised.
 */
export function toLivenessError(error: unknown, context: string): LivenessError {
  if (isLivenessError(error)) return error;
  const awsCode = awsErrorCode(readField(error, 'name'));
  const status = statusOf(error);
  const detail = describe(error);
  const message = `${context}: ${detail}`;
  const base = { cause: error, ...(status === undefined ? {} : { status }) };
  if (awsCode) return new LivenessError(awsCode, message, base);
  if (status === 429) return new LivenessError('THROTTLED', message, base);
  if (status !== undefined && status >= 500) return new LivenessError('SERVICE_ERROR', message, base);
  if (status === 401 || status === 403) return new LivenessError('ACCESS_DENIED', message, base);
  if (status === 404) return new LivenessError('SESSION_NOT_FOUND', message, base);
  if (error instanceof TypeError) return new LivenessError('NETWORK_ERROR', message, base);
  return new LivenessError('BACKEND_ERROR', message, base);
}
