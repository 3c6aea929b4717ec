/** Public types of `react-face-liveness/emulator`. */

export type ChallengeName = 'FaceMovementAndLightChallenge' | 'FaceMovementChallenge';

export type LivenessSessionStatus = 'CREATED' | 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'EXPIRED';

/** Errors the emulator can inject into CreateFaceLivenessSession / GetFaceLivenessSessionResults. */
export type OperationFaultName =
  | 'ThrottlingException'
  | 'ProvisionedThroughputExceededException'
  | 'InternalServerError'
  | 'AccessDeniedException'
  | 'ServiceUnavailableException';

/** Exceptions the emulator can send on the StartFaceLivenessSession stream. */
export type StreamExceptionName =
  | 'ValidationException'
  | 'ThrottlingException'
  | 'ServiceUnavailableException'
  | 'InternalServerException'
  | 'ServiceQuotaExceededException'
  | 'AccessDeniedException';

export interface OperationFault {
  /** The error the operation answers with. @default 'ThrottlingException' */
  error?: OperationFaultName;
  /** How many requests fail before the operation behaves normally again. @default 1 */
  times?: number;
}

/**
 * What the stream does instead of a normal run.
 * - `exception`: send this exception message (then close 1000), at connection (default) or after the first video chunk.
 * - `no-session-information`: accept the stream but never send the ServerSessionInformationEvent.
 * - `drop-socket`: destroy the TCP connection without a close frame after `afterVideoEvents` video chunks.
 */
export type StreamFault =
  | { kind: 'exception'; exception: StreamExceptionName; at?: 'connect' | 'video'; message?: string }
  | { kind: 'no-session-information' }
  | { kind: 'drop-socket'; afterVideoEvents?: number };

/** How one session (or every session) behaves. Every member is optional; the default is a live person. */
export interface LivenessScenario {
  /** What the analysis concludes. @default 'live' */
  outcome?: 'live' | 'not-live' | 'failed' | 'expired';
  /** Confidence reported on SUCCEEDED. @default 98.5 for 'live', 12 for 'not-live' (or a draw from `confidenceRange`) */
  confidence?: number;
  /**
   * Draw the Confidence from this range instead (per session, seeded by the emulator's `seed` and
   * the session's creation index, so a run is repeatable). `confidence` wins when both are set.
   */
  confidenceRange?: { min: number; max: number };
  /** GetFaceLivenessSessionResults answers IN_PROGRESS this many times after the video ended. @default 0 */
  pendingPolls?: number;
  /**
   * GetFaceLivenessSessionResults answers IN_PROGRESS for this many ms after the analysis ended (the
   * session's status event carries `finalAt`, when the final status becomes readable). @default 0
   */
  pendingMs?: number;
  /** CreateFaceLivenessSession fails this way first. */
  createFault?: OperationFault;
  /** GetFaceLivenessSessionResults fails this way first (per session). */
  getFault?: OperationFault;
  /** The stream misbehaves this way. */
  streamFault?: StreamFault;
  /** OvalParameters (pixels of the 640x480 video) sent on this session's stream, over the emulator's. */
  ovalParameters?: Partial<{ Width: number; Height: number; CenterX: number; CenterY: number }>;
  /** ChallengeConfig values sent on this session's stream (e.g. `OvalFitTimeout`), over the emulator's. */
  challengeConfig?: Partial<Record<string, number>>;
}

/** A scenario by preset name (see `SCENARIO_PRESETS`) or spelled out. */
export type ScenarioInput = string | LivenessScenario;

export interface BoundingBox {
  Width: number;
  Height: number;
  Left: number;
  Top: number;
}

export interface LivenessEmulatorOptions {
  /** Port to bind; 0 picks a free one. @default 0 */
  port?: number;
  /** Address to bind. @default '127.0.0.1' */
  host?: string;
  /**
   * Path prefix under which the stream is served, e.g. '/emu' for
   * `config.endpointOverride = 'https://127.0.0.1:PORT/emu'`. The stream is always served at
   * the root too. @default ''
   */
  pathPrefix?: string;
  /** Scenario for every session that has no scenario of its own. @default 'live' */
  scenario?: ScenarioInput;
  /** Session lifetime from creation. @default 180_000 (3 minutes, as the service) */
  sessionLifetimeMs?: number;
  /**
   * Verify SigV4 signatures: `true` with the documented `EMULATOR_CREDENTIALS`, or with these
   * secrets (access key id → secret access key). Unknown keys get UnrecognizedClientException, wrong
   * signatures InvalidSignatureException. Event-stream chunk signatures are not verified.
   * Region, service and date scope, clock skew and presigned expiry are checked whatever this says.
   * @default undefined (signatures are checked for form and scope, not recomputed)
   */
  verifySignatures?: boolean | Record<string, string>;
  /** The region credentials must be scoped to (else InvalidSignatureException, as the service). @default 'us-east-1' */
  region?: string;
  /**
   * The clock signatures are checked against (5-minute skew window, X-Amz-Expires) and that the
   * `Date` response header reports, from which the SDKs correct their clock skew. Separate from
   * `now`, so a test can move the sessions' clock without breaking signing. @default Date.now
   */
  signingClock?: () => number;
  /** Seed of the draws for scenarios whose confidence is a range. @default 1 */
  seed?: number;
  /** The clock for expiry and records. @default Date.now */
  now?: () => number;
  /** ffmpeg used to decode the streamed WebM into frames; `false` disables decoding. @default process.env.FFMPEG_PATH ?? 'ffmpeg' */
  ffmpegPath?: string | false;
  /** Extra host names / IPs for the generated certificate's subjectAltName (localhost, 127.0.0.1 and ::1 are always there). */
  certificateHosts?: string[];
  /**
   * Your own certificate and key (PEM), e.g. from mkcert, instead of a self-signed one generated
   * at start-up: a browser that trusts it needs no flag or click-through.
   */
  tls?: { cert: string; key: string };
  /** Overrides of the ChallengeConfig / OvalParameters sent to the client. */
  challengeConfig?: Partial<Record<string, number>>;
  ovalParameters?: Partial<{ Width: number; Height: number; CenterX: number; CenterY: number }>;
  /** Called for every record as it is made (for logging). */
  onRecord?: (record: EmulatorRecord) => void;
}

export type EmulatorOperation =
  | 'CreateFaceLivenessSession'
  | 'GetFaceLivenessSessionResults'
  | 'StartFaceLivenessSession'
  | 'S3GetObject'
  | 'AssumeRole'
  | 'Unknown';

/** One HTTP request or WebSocket upgrade, as answered. */
export interface EmulatorRequestRecord {
  type: 'request';
  seq: number;
  at: number;
  operation: EmulatorOperation;
  method: string;
  path: string;
  httpStatus: number;
  /** The error the request was answered with, if any. */
  errorType?: string;
  sessionId?: string;
  clientRequestToken?: string;
  accessKeyId?: string;
  region?: string;
}

/** Something that happened on a session's stream or in its life. */
export interface EmulatorEventRecord {
  type: 'event';
  seq: number;
  at: number;
  sessionId: string;
  direction: 'in' | 'out' | 'internal';
  /** e.g. 'VideoEvent', 'ClientSessionInformationEvent', 'ServerSessionInformationEvent', 'DisconnectionEvent', 'ValidationException', 'status', 'socket-closed'. */
  name: string;
  detail?: Record<string, unknown>;
}

export type EmulatorRecord = EmulatorRequestRecord | EmulatorEventRecord;

/** A read-only snapshot of one session. */
export interface EmulatorSessionSnapshot {
  sessionId: string;
  clientRequestToken?: string;
  createdAt: number;
  expiresAt: number;
  status: LivenessSessionStatus;
  challengeType: ChallengeName;
  auditImagesLimit: number;
  outputConfig?: { S3Bucket: string; S3KeyPrefix?: string };
  scenario: LivenessScenario;
  /** How the scenario was chosen. */
  scenarioSource: 'token' | 'queue' | 'emulator' | 'default';
  /** CreateFaceLivenessSession requests that returned this session (idempotent replays included). */
  createCalls: number;
  /** GetFaceLivenessSessionResults calls for this session, failed ones included. */
  getCalls: number;
  /** Stream connections attempted on this session. */
  streams: number;
  videoBytes: number;
  videoChunks: number;
  /** Where the result images came from. */
  frameSource?: 'ffmpeg' | 'placeholder' | 'none';
  /** The client's face boxes as reported in ClientSessionInformationEvent. */
  initialFace?: BoundingBox;
  targetFace?: BoundingBox;
  events: EmulatorEventRecord[];
}
