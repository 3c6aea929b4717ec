/**
 * `createLivenessHandler`: the Face Liveness backend as one Fetch API handler.
 *
 *   POST {basePath}/sessions               body {"clientRequestToken": "…", "challenge"?: "FaceMovementChallenge"}
 *        → 201 {sessionId, region, streamingEndpoint?, handle, credentials?}
 *   GET  {basePath}/sessions/{id}/results  header X-Liveness-Session-Handle: <handle>
 *        → 200 GetFaceLivenessSessionResults JSON with IsLive (Confidence only when exposed)
 *
 * Every refusal (route, caller, input, ownership, attempt limit) happens before any AWS call.
 */
import {
  CreateFaceLivenessSessionCommand,
  GetFaceLivenessSessionResultsCommand,
  RekognitionClient,
} from '@aws-sdk/client-rekognition';
import { SESSION_HANDLE_HEADER } from '../core/sessionHandleHeader';
import { CLIENT_REQUEST_TOKEN_PATTERN } from '../core/token';
import { SESSION_ID_PATTERN } from '../core/validate';
import { createAttemptLimiter, type AttemptLimiter } from './attemptLimiter';
import { readChallenge, settingsForChallenge } from './challengePolicy';
import { createMemoryAttemptStore } from './createMemoryAttemptStore';
import { fromAwsError, HttpError, jsonResponse } from './httpError';
import { readLimitedText } from './readBody';
import { matchRoute, normaliseBasePath, routeError, routeErrorResponse, type Route } from './routes';
import { logLivenessError } from './logError';
import { createSessionSigner, type SessionSigner } from './sessionHandle';
import { decideIsLive, isFailedCheck, toResultsBody } from './toResultsBody';
import type { ErrorContext, LivenessHandler, LivenessHandlerOptions, StreamCredentialsOutput } from './types';

export { SESSION_HANDLE_HEADER };
const MAX_BODY_BYTES = 4096;

/**
 * Logged (by `onError`) on each request of a handler built without a secret: `next build` imports
 * route modules without the runtime environment, so a missing secret cannot fail at creation.
 */
export const MISSING_SECRET_MESSAGE =
  'createLivenessHandler: `secret` is not set (is LIVENESS_SECRET in the server’s environment?); every session request answers 500 until it is.';

const invalid = (message: string, status = 400) => new HttpError(status, 'INVALID_REQUEST', message);

async function readCreateBody(request: Request) {
  // JSON only: a cross-site form cannot send it without a CORS preflight, which this handler never grants.
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    throw invalid('Send the body as application/json.', 415);
  }
  const text = await readLimitedText(request, MAX_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalid('The body is not valid JSON.');
  }
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const token = fields.clientRequestToken;
  if (typeof token !== 'string' || !CLIENT_REQUEST_TOKEN_PATTERN.test(token)) {
    throw invalid('clientRequestToken must be 1–64 characters of A–Z, a–z, 0–9, - and _.');
  }
  return { token, challenge: readChallenge(fields.challenge) };
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new TypeError(`createLivenessHandler: \`${name}\` must be a positive integer.`);
  return value;
}

const pem = (certificate: string | Uint8Array) =>
  typeof certificate === 'string' ? certificate : new TextDecoder().decode(certificate);

/** Only the four fields the browser needs: SDK credential objects carry extra bookkeeping. */
function pickCredentials({ accessKeyId, secretAccessKey, sessionToken, expiration }: StreamCredentialsOutput) {
  return {
    accessKeyId,
    secretAccessKey,
    ...(sessionToken ? { sessionToken } : {}),
    ...(expiration ? { expiration } : {}),
  };
}

export function createLivenessHandler<Platform = unknown>(options: LivenessHandlerOptions<Platform>): LivenessHandler {
  const {
    authorize,
    basePath = '/api/liveness',
    threshold = 80,
    exposeConfidence = false,
    handleTtlMs = 900_000,
    throttleRetryAfterSeconds = 2,
    now = Date.now,
    onError = logLivenessError,
  } = options;
  if (typeof authorize !== 'function') throw new TypeError('createLivenessHandler: `authorize` is required.');
  if ('scopeClientRequestToken' in options) {
    // Sending a client's token verbatim let a second caller get the first caller's session.
    throw new TypeError(
      'createLivenessHandler: `scopeClientRequestToken` was removed; tokens are always scoped to their caller.',
    );
  }
  if ('s3Client' in options || 'presignExpiresIn' in options) {
    // The S3 packages moved to their own entry so that bundlers of apps without S3 never resolve them.
    throw new TypeError(
      "createLivenessHandler: `s3Client` was replaced by `presignImage: createS3Presigner({ client, expiresIn })` from 'react-face-liveness/server/s3'.",
    );
  }
  const { secret } = options as { secret: LivenessHandlerOptions['secret'] | null | undefined };
  const signer = secret === undefined || secret === null || secret === '' ? undefined : createSessionSigner(secret);
  const client =
    options.client ??
    new RekognitionClient({
      ...(options.region ? { region: options.region } : {}),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.trustCertificate ? { requestHandler: { httpsAgent: { ca: pem(options.trustCertificate) } } } : {}),
      maxAttempts: options.maxAttempts ?? 3,
    });
  const limiter: AttemptLimiter | undefined =
    options.failedChecks === false
      ? undefined
      : createAttemptLimiter({
          store: options.failedChecks?.store ?? createMemoryAttemptStore(),
          limit: positiveInteger(options.failedChecks?.limit ?? 5, 'failedChecks.limit'),
          windowMs: options.failedChecks?.windowMs ?? 180_000,
          cooldownMs: options.failedChecks?.cooldownMs ?? 1_800_000,
        });
  const presign = options.presignImage;
  const base = normaliseBasePath(basePath);
  const streamingEndpoint = options.streamingEndpoint ?? options.endpoint;

  async function identify(request: Request, platform: unknown): Promise<string> {
    const callerId = await authorize(request, platform as Platform);
    if (typeof callerId !== 'string' || callerId === '') throw new HttpError(401, 'UNAUTHENTICATED', 'Sign in first.');
    return callerId;
  }

  async function createSession(
    clientRequestToken: string,
    callerId: string,
    settings: ReturnType<typeof settingsForChallenge>,
  ) {
    const command = new CreateFaceLivenessSessionCommand({
      ClientRequestToken: clientRequestToken,
      ...(options.kmsKeyId ? { KmsKeyId: options.kmsKeyId } : {}),
      ...(settings ? { Settings: settings } : {}),
    });
    const [output, credentials, region] = await Promise.all([
      client.send(command),
      options.streamCredentials?.(callerId),
      client.config.region(),
    ]);
    const sessionId = output.SessionId;
    if (!sessionId || !SESSION_ID_PATTERN.test(sessionId)) {
      throw new HttpError(502, 'SERVICE_ERROR', 'The liveness service returned no session.', true);
    }
    return { sessionId, credentials, region };
  }

  async function create(
    request: Request,
    platform: unknown,
    context: ErrorContext,
    signer: SessionSigner,
  ): Promise<Response> {
    const callerId = (context.callerId = await identify(request, platform));
    const { token, challenge } = await readCreateBody(request);
    // A challenge the policy refuses is refused here, before a slot is taken or AWS is asked.
    const settings = settingsForChallenge(options.sessionSettings, challenge, options.movementOnlyChallenge ?? 'allow');
    const clientRequestToken = await signer.scopeToken(token, callerId);
    // The slot is taken before AWS is asked, so parallel creates cannot outrun the limit.
    const slot = `t:${clientRequestToken}`;
    const waitMs = limiter ? await limiter(callerId, { type: 'open', slot }, now()) : 0;
    if (waitMs > 0) {
      throw new HttpError(429, 'TOO_MANY_ATTEMPTS', 'Too many failed checks. Try again later.', false, waitMs / 1000);
    }
    let created: Awaited<ReturnType<typeof createSession>>;
    try {
      created = await createSession(clientRequestToken, callerId, settings);
    } catch (error) {
      await limiter?.(callerId, { type: 'release', slot }, now());
      throw error;
    }
    const { sessionId, credentials, region } = created;
    await limiter?.(callerId, { type: 'bind', slot, sessionId }, now());
    context.sessionId = sessionId;
    const handle = await signer.sign(sessionId, callerId, now() + handleTtlMs);
    return jsonResponse(201, {
      sessionId,
      region,
      ...(streamingEndpoint ? { streamingEndpoint } : {}),
      handle,
      ...(credentials ? { credentials: pickCredentials(credentials) } : {}),
    });
  }

  async function results(
    request: Request,
    platform: unknown,
    sessionId: string,
    context: ErrorContext,
    signer: SessionSigner,
  ): Promise<Response> {
    const callerId = (context.callerId = await identify(request, platform));
    if (!SESSION_ID_PATTERN.test(sessionId)) throw invalid('The session id is malformed.');
    context.sessionId = sessionId;
    const handle = request.headers.get(SESSION_HANDLE_HEADER);
    if (!handle) throw invalid(`The ${SESSION_HANDLE_HEADER} header is missing.`);
    const check = await signer.verify(handle, sessionId, callerId, now());
    if (check === 'invalid') throw new HttpError(403, 'ACCESS_DENIED', 'This session belongs to another caller.');
    if (check === 'expired') throw new HttpError(404, 'SESSION_NOT_FOUND', 'The session has expired.');
    const output = await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId: sessionId }));
    if (limiter && isFailedCheck(output.Status, output.Confidence, threshold)) {
      await limiter(callerId, { type: 'fail', slot: sessionId }, now());
    } else if (limiter && decideIsLive(output.Status, output.Confidence, threshold) === true) {
      await limiter(callerId, { type: 'release', slot: sessionId }, now());
    }
    const exposed =
      typeof exposeConfidence === 'function' ? await exposeConfidence({ callerId, request }) : exposeConfidence;
    const body = await toResultsBody(output, sessionId, { threshold, exposeConfidence: exposed === true, presign });
    return jsonResponse(200, body);
  }

  async function route(request: Request, platform: unknown, context: ErrorContext): Promise<Response> {
    const found = matchRoute(base, new URL(request.url).pathname);
    if (found && found.name !== 'unknown') context.route = found.name;
    const refusal = routeError(found, request.method);
    if (refusal) throw refusal;
    if (!signer) throw new Error(MISSING_SECRET_MESSAGE);
    if (found!.name === 'create') return create(request, platform, context, signer);
    let sessionId: string;
    try {
      sessionId = decodeURIComponent((found as Extract<Route, { name: 'results' }>).rawSessionId);
    } catch {
      throw invalid('The session id is malformed.');
    }
    return results(request, platform, sessionId, context, signer);
  }

  const handler = async (request: Request, platform?: unknown): Promise<Response> => {
    const context: ErrorContext = { route: 'unknown' };
    try {
      return await route(request, platform, context);
    } catch (error) {
      onError(error, context);
      const route = context.route === 'unknown' ? undefined : ({ name: context.route } as Route);
      return routeErrorResponse(fromAwsError(error, throttleRetryAfterSeconds), route);
    }
  };
  return Object.assign(handler, { GET: handler, POST: handler, basePath: base });
}
