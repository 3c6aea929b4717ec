/** Public types of `react-face-liveness/server`. */
import type { CreateFaceLivenessSessionRequestSettings, RekognitionClient } from '@aws-sdk/client-rekognition';
import type { AttemptStore } from './attemptLimiter';
import type { MovementOnlyPolicy } from './challengePolicy';

/** Where an image of a session with an `OutputConfig` is stored (AWS's `S3Object`). */
export interface S3ObjectLocation {
  Bucket?: string;
  Name?: string;
  Version?: string;
}

/** Turns a stored image into a URL the browser can load (`createS3Presigner` from `react-face-liveness/server/s3`). */
export type ImagePresigner = (object: S3ObjectLocation) => Promise<string>;

/** Temporary credentials handed to the browser to sign its video stream. */
export interface StreamCredentialsOutput {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/** What the handler knows about the request when it asks for a decision. */
export interface CallerContext {
  callerId: string;
  request: Request;
}

/** Where an error happened, for `onError` logging. */
export interface ErrorContext {
  route: 'create' | 'results' | 'unknown';
  callerId?: string;
  sessionId?: string;
}

/**
 * Settings of the per-caller limit on failed checks: at most `limit` checks not known to pass in
 * any `windowMs`. A session takes one of `limit` slots when it is created (open sessions count as
 * failing until they are known to pass); see docs/server.md for the exact rules.
 */
export interface FailedCheckLimit {
  /** Slots per caller, and failures inside `windowMs` that start the cool-down (a positive integer). @default 5 */
  limit?: number;
  /** The sliding window failures are counted in. @default 180_000 (3 minutes) */
  windowMs?: number;
  /** How long a caller who reached the limit cannot create sessions. @default 1_800_000 (30 minutes) */
  cooldownMs?: number;
  /**
   * Where the slots live. Use a shared store when the handler runs on several instances
   * (`createRedisAttemptStore`). @default createMemoryAttemptStore()
   */
  store?: AttemptStore;
}

export interface LivenessHandlerOptions<Platform = unknown> {
  /**
   * Identifies the caller from the request (a session cookie, a bearer token…): return a stable id,
   * or `null` to refuse with 401. Sessions are bound to this id and the failed-check limit counts per id.
   * `platform` is what the adapter passes: `NodePlatform` (`{ req, res }`) from `toNodeHandler`,
   * `LambdaPlatform` (`{ event, context }`) from `toLambdaHandler`, the route context in Next.js.
   */
  authorize: (request: Request, platform: Platform) => string | null | undefined | Promise<string | null | undefined>;
  /**
   * Key for the HMAC that binds a session to its caller (at least 32 characters or bytes). Every
   * instance behind the same API needs the same secret; rotating it invalidates sessions in flight.
   * A secret that is too short throws here. A missing one (`undefined` or `''`, as in `next build`,
   * which imports route modules without the runtime environment) does not: each session request then
   * answers 500 `BACKEND_ERROR` and `onError` gets an error naming `secret` and `LIVENESS_SECRET`.
   */
  secret: string | Uint8Array;
  /** A configured client. When absent, one is built from `region`, `endpoint` and `maxAttempts`. */
  client?: RekognitionClient;
  /** Region for the client built here; otherwise the SDK's default chain (AWS_REGION…). */
  region?: string;
  /** Endpoint for the client built here (for example the local emulator's URL). */
  endpoint?: string;
  /**
   * Where the browser's detector streams, sent with each session as `streamingEndpoint` and used as
   * the detector's `endpointOverride` (unless the app sets one). Set it with `client` when that
   * client points elsewhere than AWS. @default `endpoint`, when set; else omitted (AWS's regional endpoint)
   */
  streamingEndpoint?: string;
  /**
   * A certificate (PEM) the client built here trusts besides the system's, for example the local
   * emulator's (`face-liveness-emulator --cert-dir`): no `NODE_TLS_REJECT_UNAUTHORIZED` needed. Node only.
   */
  trustCertificate?: string | Uint8Array;
  /** Attempts per AWS call, retries with backoff included, for the client built here. @default 3 */
  maxAttempts?: number;
  /** Path the routes live under. @default '/api/liveness' */
  basePath?: string;
  /** AuditImagesLimit, ChallengePreferences and OutputConfig for every new session (AWS's shape). */
  sessionSettings?: CreateFaceLivenessSessionRequestSettings;
  /**
   * Whether a caller may ask for `FaceMovementChallenge`, the check without flashing colours
   * (`challenge` in the create request; `<LivenessCheck>` sends it when the person ticks "I'm
   * sensitive to flashing lights"). `'allow'`: that session gets it as its only
   * `Settings.ChallengePreferences`. `'refuse'`: 403 `CHALLENGE_NOT_ALLOWED`, before any AWS call.
   * Security: AWS documents FaceMovementAndLightChallenge (the default) as the most accurate setting
   * and recommends it; the movement-only challenge trades some accuracy for no flashing and a shorter
   * check. AWS also advises offering photosensitive users another path. The browser makes the
   * choice, so when this is `'allow'` anyone (an attacker too) can pick the movement-only challenge:
   * weigh it against your expected attacks and error rates, and add other checks (a higher
   * threshold, human review of audit images, OTP…) or `'refuse'` it and offer another path.
   * @default 'allow'
   */
  movementOnlyChallenge?: MovementOnlyPolicy;
  /** KMS key that encrypts the images stored in S3 (with `sessionSettings.OutputConfig`). */
  kmsKeyId?: string;
  /** Confidence (0–100) at or above which a SUCCEEDED session is live. @default 80 */
  threshold?: number;
  /**
   * Whether results include `Confidence`. AWS advises not to show the score to end users: enable it
   * for reviewer views only, e.g. `({ callerId }) => reviewers.has(callerId)`. @default false
   */
  exposeConfidence?: boolean | ((context: CallerContext) => boolean | Promise<boolean>);
  /**
   * Issues credentials for the browser's stream, allowed only `rekognition:StartFaceLivenessSession`
   * (for example STS AssumeRole of a role with that single permission). Returned with the session.
   * When absent, the browser signs the stream itself (Amplify Auth or its own credentialProvider).
   */
  streamCredentials?: (callerId: string) => Promise<StreamCredentialsOutput>;
  /**
   * Turns S3Object images (sessions with an OutputConfig) into short-lived URLs:
   * `createS3Presigner({ client: s3Client })` from `react-face-liveness/server/s3`. Without it such
   * images go out with their bounding box only.
   */
  presignImage?: ImagePresigner;
  /** The per-caller limit on failed checks (AWS advises 5 per 3 minutes); `false` turns it off. @default {} */
  failedChecks?: FailedCheckLimit | false;
  /** How long a session handle stays valid. @default 900_000 (15 minutes) */
  handleTtlMs?: number;
  /** Seconds sent in Retry-After when AWS throttles after the SDK's own retries. @default 2 */
  throttleRetryAfterSeconds?: number;
  /** The clock (for handles and the failed-check limit). @default Date.now */
  now?: () => number;
  /**
   * Called with every error before it is mapped to a response: log the AWS detail here, it never
   * reaches the client. The default, `logLivenessError`, writes one line to `console.error` for each
   * 5xx answer and for AWS throttling, without credentials, handles, caller ids or image bytes.
   * @default logLivenessError
   */
  onError?: (error: unknown, context: ErrorContext) => void;
}

/** A Fetch API handler; `GET` and `POST` are the same function, for Next.js route files. */
export interface LivenessHandler {
  (request: Request, platform?: unknown): Promise<Response>;
  GET: (request: Request, platform?: unknown) => Promise<Response>;
  POST: (request: Request, platform?: unknown) => Promise<Response>;
  /** The normalised base path, without a trailing slash. */
  readonly basePath: string;
}
