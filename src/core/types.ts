/**
 * The shapes the library works with: the backend contract an app implements,
 * and the normalised session results every component renders.
 * No React and no DOM in here.
 */

/** Temporary AWS credentials that sign the detector's video stream (StartFaceLivenessSession only). */
export interface StreamCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** When the credentials stop working. */
  expiration?: Date;
}

/** What `createSession` hands back: a fresh, single-use Face Liveness session. */
export interface CreatedSession {
  /** The SessionId returned by CreateFaceLivenessSession (a lower-case UUID). */
  sessionId: string;
  /** AWS region the session lives in. Falls back to the `region` prop of `<LivenessCheck>`. */
  region?: string;
  /**
   * Credentials for the detector's stream. When absent, `<LivenessCheck>` uses its
   * `credentialProvider` prop, and failing that Amplify Auth (`FaceLivenessDetector`).
   */
  credentials?: StreamCredentials;
  /**
   * Where the detector streams, when not AWS's regional endpoint: the server's handler sends it
   * when it is pointed at another service (`endpoint`, e.g. the local emulator), and
   * `<LivenessCheck>` hands it to the detector as `config.endpointOverride` unless the app set one.
   */
  streamingEndpoint?: string;
  /**
   * Anything else the backend needs later to read this session's results, as an opaque string
   * (`createFetchBackend` keeps the server's session handle here). It travels with the session
   * and comes back unchanged in {@link GetResultsRequest.context}, so a backend holds no state of
   * its own and may be created anew on every render. At most 4096 characters.
   */
  context?: string;
}

/** Arguments of {@link LivenessBackend.createSession}. */
export interface CreateSessionRequest {
  /**
   * A token the library generated for this attempt (1–64 chars of `[a-zA-Z0-9-_]`).
   * Pass it as `ClientRequestToken` to CreateFaceLivenessSession: the service is idempotent on it,
   * so a retried request returns the same session instead of creating a second one.
   */
  clientRequestToken: string;
  /** Aborted when the check is cancelled or the component unmounts. */
  signal: AbortSignal;
  /**
   * The challenge the person asked for: `'FaceMovementChallenge'` when they chose "I'm sensitive to
   * flashing lights" (no flashing colours). Absent: the server's default. Pass it to
   * CreateFaceLivenessSession as `Settings.ChallengePreferences` only if your policy allows it.
   */
  challenge?: ChallengeType;
}

/** Arguments of {@link LivenessBackend.getResults}. */
export interface GetResultsRequest {
  sessionId: string;
  /** The `context` that `createSession` returned with this session, when it returned one. */
  context?: string;
  /** Aborted when the check is cancelled, polling stops, or the component unmounts. */
  signal: AbortSignal;
}

/**
 * The pluggable backend: two calls to the app's own server, which holds the AWS credentials.
 * `createFetchBackend` implements it against `react-face-liveness/server`; any object of this
 * shape works. Throw to report a failure: errors carrying an AWS error name
 * (`ThrottlingException`…), an HTTP `status`, or a `LivenessError` are classified for retries.
 */
export interface LivenessBackend {
  /** Calls CreateFaceLivenessSession on the server. May return unknown JSON: it is validated. */
  createSession(request: CreateSessionRequest): Promise<CreatedSession | unknown>;
  /**
   * Calls GetFaceLivenessSessionResults on the server and returns its output as is:
   * the AWS SDK shape (`Bytes` as `Uint8Array`), its JSON form (`Bytes` as base64), or images
   * as URLs (`Url`, for example presigned S3). Validated before use.
   */
  getResults(request: GetResultsRequest): Promise<unknown>;
}

/** Status of a Face Liveness session, as GetFaceLivenessSessionResults reports it. */
export type SessionStatus = 'CREATED' | 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'EXPIRED';

/** The statuses after which a session never changes again. */
export type FinalSessionStatus = Extract<SessionStatus, 'SUCCEEDED' | 'FAILED' | 'EXPIRED'>;

/** A face bounding box as ratios of the image (they may fall outside 0–1 at the edges). */
export interface BoundingBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where an image's pixels come from. */
export type ImageSource = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'url'; url: string };

/** The reference image or one audit image. */
export interface LivenessImage {
  /** Absent when the service returned only an S3 reference that the client cannot load. */
  source?: ImageSource;
  boundingBox?: BoundingBox;
  /** The S3 object the image is stored in, when the session had an OutputConfig. */
  s3Object?: { bucket: string; name: string; version?: string };
}

/** Feedback codes the service attaches to a SUCCEEDED session. */
export type FeedbackCode =
  | 'EYES_CLOSED_DETECTED'
  | 'FACE_NOT_ALIGNED'
  | 'FACE_NOT_VISIBLE'
  | 'FACE_OBSTRUCTION_DETECTED'
  | 'HIGH_LIGHTING_DETECTED'
  | 'LOW_LIGHTING_DETECTED'
  | 'LOW_VIDEO_QUALITY_DETECTED';

export interface Feedback {
  /** A known code, or any other string a newer service version sends. */
  code: FeedbackCode | (string & {});
  message?: string;
}

export type ChallengeType = 'FaceMovementAndLightChallenge' | 'FaceMovementChallenge';

/** GetFaceLivenessSessionResults, validated and normalised. */
export interface LivenessResults {
  sessionId: string;
  status: SessionStatus;
  /** 0–100. Absent until SUCCEEDED, or when the server withholds the score from end users. */
  confidence?: number;
  /** The server's decision (`react-face-liveness/server` sets it from its own threshold). */
  isLive?: boolean;
  referenceImage?: LivenessImage;
  auditImages: LivenessImage[];
  challenge?: { type: ChallengeType | (string & {}); version?: string };
  feedback: Feedback[];
}
