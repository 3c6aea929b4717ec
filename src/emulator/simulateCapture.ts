/**
 * `simulateCapture`: what the Amplify detector does on the wire, from Node, for teams that test
 * their backend without a browser. It streams a capture to a StartFaceLivenessSession endpoint
 * with the real AWS SDK streaming client (SigV4-presigned WebSocket URL, signed event-stream
 * envelopes): a first video chunk, the start ClientSessionInformationEvent once the server's
 * challenge arrived, the rest of the video, the end event with the face boxes, the empty chunk.
 *
 * Needs `@aws-sdk/client-rekognitionstreaming` and `@aws-sdk/middleware-websocket` (optional peers,
 * usually devDependencies of the app's tests).
 */
import type {
  LivenessRequestStream,
  LivenessResponseStream,
  StartFaceLivenessSessionCommand,
} from '@aws-sdk/client-rekognitionstreaming';
import { randomUUID } from 'node:crypto';
import { withNodeWebSocket } from './nodeWebSocket';
import { SAMPLE_VIDEO_MS, sampleVideo } from './sampleVideo';
import type { BoundingBox } from './types';

/** Where the face is when the check starts and when it fits the oval (fractions of the frame). */
export const SIMULATED_INITIAL_FACE: BoundingBox = { Width: 0.2, Height: 0.3, Left: 0.4, Top: 0.35 };
export const SIMULATED_TARGET_FACE: BoundingBox = { Width: 0.3, Height: 0.64, Left: 0.34, Top: 0.12 };
const DEFAULT_CHALLENGE_VERSIONS = 'FaceMovementAndLightChallenge_2.0.0,FaceMovementChallenge_1.0.0';

export interface SimulateCaptureOptions {
  sessionId: string;
  /** The region the credentials are scoped to. @default 'us-east-1' */
  region?: string;
  /** What the browser would sign with (for example the handler's `streamCredentials`). */
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** The detector's `endpointOverride`: `emulator.endpoint`. */
  endpoint: string;
  /** A certificate (PEM) to trust for the socket: `emulator.certificate`. */
  certificate?: string;
  /**
   * The WebM (640x480 VP8) to stream; the emulator's images are its frames. The default is a
   * 1-second sample of ffmpeg's test pattern (see sampleVideo.ts), so the session still completes.
   */
  video?: Uint8Array;
  /** Pieces the video is sent in. @default 3 */
  chunks?: number;
  /** Length of the video in ms, for the timestamps sent. @default 3000; 1000 (the sample's) without `video` */
  videoMs?: number;
  /** The `challenge-versions` the client offers. @default both challenges, as the detector 3.x */
  challengeVersions?: string;
  /** Give up (without ending the video) when no ServerSessionInformationEvent came in this long. @default 3000 */
  sessionInformationTimeoutMs?: number;
  /** Stop after this many video chunks without ending the video (the socket closes 1000). */
  abandonAfterChunks?: number;
  initialFace?: BoundingBox;
  targetFace?: BoundingBox;
  /** How long the socket may take to open. @default 5000 */
  connectionTimeoutMs?: number;
}

export interface CaptureOutcome {
  /** Every event the service sent, as the SDK delivers them (`{ ServerSessionInformationEvent: … }`). */
  events: LivenessResponseStream[];
  /** The stream's exception (`name` is its type, e.g. 'ValidationException') or socket error. */
  error?: Error & { name: string };
  /** The challenge the service chose (`{ Challenge: { FaceMovementChallenge: … } }`). */
  sessionInformation?: Record<string, unknown>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function splitBytes(bytes: Uint8Array, pieces: number): Uint8Array[] {
  const size = Math.ceil(bytes.length / pieces);
  return Array.from({ length: pieces }, (_, i) =>
    bytes.subarray(i * size, Math.min(bytes.length, (i + 1) * size)),
  ).filter((p) => p.length > 0);
}

async function loadSdk() {
  try {
    const [streaming, websocket] = await Promise.all([
      import('@aws-sdk/client-rekognitionstreaming'),
      import('@aws-sdk/middleware-websocket'),
    ]);
    return { ...streaming, ...websocket };
  } catch (e) {
    throw new Error(
      'simulateCapture needs @aws-sdk/client-rekognitionstreaming and @aws-sdk/middleware-websocket: ' +
        `npm install -D @aws-sdk/client-rekognitionstreaming @aws-sdk/middleware-websocket (${e instanceof Error ? e.message : String(e)})`,
    );
  }
}

type Sdk = Awaited<ReturnType<typeof loadSdk>>;

/** The streaming client with the browser's WebSocket transport, as the Amplify detector builds it. */
function streamingClient(sdk: Sdk, options: SimulateCaptureOptions) {
  return new sdk.RekognitionStreamingClient({
    region: options.region ?? 'us-east-1',
    credentials: options.credentials,
    endpointProvider: () => ({ url: new URL(options.endpoint) }),
    // Quiet: stream exceptions are often what a test provokes (the SDK warns on each otherwise).
    logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    requestHandler: new sdk.WebSocketFetchHandler({ connectionTimeout: options.connectionTimeoutMs ?? 5000 }),
    // In Node the event-stream serde yields an async iterable where the browser has a
    // ReadableStream; the WebSocket payload handler insists on the latter.
    eventStreamPayloadHandlerProvider: (config) => {
      const handler = sdk.eventStreamPayloadHandlerProvider(config);
      return {
        handle: (next, args, context) => {
          const request = args.request as { body?: unknown };
          if (request.body && !(request.body instanceof ReadableStream)) {
            const source = request.body as AsyncIterable<Uint8Array>;
            request.body = new ReadableStream<Uint8Array>({
              async start(controller) {
                for await (const chunk of source) controller.enqueue(chunk);
                controller.close();
              },
            });
          }
          return handler.handle(next, args, context);
        },
      };
    },
  });
}

/** Streams one capture; resolves with what the service answered (it does not throw for stream exceptions). */
export async function simulateCapture(options: SimulateCaptureOptions): Promise<CaptureOutcome> {
  const sdk = await loadSdk();
  return withNodeWebSocket(options.endpoint, options.certificate, () =>
    runCapture(streamingClient(sdk, options), sdk.StartFaceLivenessSessionCommand, {
      ...options,
      video: options.video ?? sampleVideo(),
      videoMs: options.videoMs ?? (options.video ? 3000 : SAMPLE_VIDEO_MS),
    }),
  );
}

type StartCommand = typeof StartFaceLivenessSessionCommand;
type StartInput = ConstructorParameters<StartCommand>[0];

/**
 * What one capture sends, whatever client carries it: `simulateCapture`'s options, plus the test
 * harness's own ways to provoke faults (test/e2e/harness/streamSession.ts).
 */
export interface CaptureScript extends Pick<
  SimulateCaptureOptions,
  'sessionId' | 'chunks' | 'challengeVersions' | 'sessionInformationTimeoutMs' | 'abandonAfterChunks'
> {
  video: Uint8Array;
  videoMs: number;
  initialFace?: BoundingBox;
  targetFace?: BoundingBox;
  /** Make the first chunk this many bytes (Chromium's MediaRecorder may start with a 1-byte chunk). */
  firstChunkBytes?: number;
  /** Replaces members of the request (e.g. an upper-case SessionId, a VideoWidth of '64'). */
  request?: Partial<StartInput>;
  /** Rewrites each event before it is sent (e.g. to send what the model refuses). */
  mapEvent?: (event: LivenessRequestStream) => LivenessRequestStream;
}

interface StreamingClient {
  send(
    command: InstanceType<StartCommand>,
  ): Promise<{ LivenessResponseStream?: AsyncIterable<LivenessResponseStream> }>;
  destroy(): void;
}

function videoPieces({ video, chunks = 3, firstChunkBytes: first }: CaptureScript): Uint8Array[] {
  return first === undefined
    ? splitBytes(video, chunks)
    : [video.subarray(0, first), ...splitBytes(video.subarray(first), chunks)];
}

/** The events of one capture, as the detector sends them; `info` resolves with the server's challenge. */
async function* captureEvents(
  script: CaptureScript,
  info: Promise<Record<string, unknown> | undefined>,
): AsyncGenerator<LivenessRequestStream> {
  const { videoMs } = script;
  const pieces = videoPieces(script);
  // One challenge per capture, named as the detector names it: a lower-case UUID.
  const challengeId = randomUUID();
  const t0 = Date.now();
  // Timestamps are whole milliseconds on the wire (Long): the service refuses a fraction.
  const at = (offsetMs: number) => t0 + Math.round(offsetMs);
  yield { VideoEvent: { VideoChunk: pieces[0], TimestampMillis: t0 } };
  const sessionInformation = await Promise.race([
    info,
    sleep(script.sessionInformationTimeoutMs ?? 3000).then(() => undefined),
  ]);
  if (!sessionInformation) return;
  const type = Object.keys(sessionInformation.Challenge as object)[0]!;
  const challenge = (body: Record<string, unknown>) =>
    ({
      ClientSessionInformationEvent: { Challenge: { [type]: { ChallengeId: challengeId, ...body } } },
    }) as unknown as LivenessRequestStream;
  const initialFace = {
    BoundingBox: script.initialFace ?? SIMULATED_INITIAL_FACE,
    InitialFaceDetectedTimestamp: t0 + 100,
  };
  yield challenge({ VideoStartTimestamp: t0, InitialFace: initialFace });
  for (const [i, piece] of pieces.slice(1).entries()) {
    if (script.abandonAfterChunks !== undefined && i + 1 >= script.abandonAfterChunks) return;
    await sleep(5);
    yield { VideoEvent: { VideoChunk: piece, TimestampMillis: at(((i + 1) * videoMs) / pieces.length) } };
  }
  if (script.abandonAfterChunks !== undefined) return;
  yield challenge({
    VideoEndTimestamp: at(videoMs),
    InitialFace: initialFace,
    TargetFace: {
      BoundingBox: script.targetFace ?? SIMULATED_TARGET_FACE,
      FaceDetectedInTargetPositionStartTimestamp: at(videoMs * 0.7),
      FaceDetectedInTargetPositionEndTimestamp: at(videoMs * 0.9),
    },
  });
  yield { VideoEvent: { VideoChunk: new Uint8Array(0), TimestampMillis: at(videoMs) } };
}

/** Runs one capture over `client` (which it destroys); resolves with what the service answered. */
export async function runCapture(
  client: StreamingClient,
  Command: StartCommand,
  script: CaptureScript,
): Promise<CaptureOutcome> {
  const map = script.mapEvent ?? ((event: LivenessRequestStream) => event);
  let resolveInfo!: (info: Record<string, unknown> | undefined) => void;
  const info = new Promise<Record<string, unknown> | undefined>((r) => (resolveInfo = r));
  async function* requestStream(): AsyncGenerator<LivenessRequestStream> {
    for await (const event of captureEvents(script, info)) yield map(event);
  }
  const outcome: CaptureOutcome = { events: [] };
  try {
    const response = await client.send(
      new Command({
        SessionId: script.sessionId,
        VideoWidth: '640',
        VideoHeight: '480',
        ChallengeVersions: script.challengeVersions ?? DEFAULT_CHALLENGE_VERSIONS,
        LivenessRequestStream: requestStream(),
        ...script.request,
      }),
    );
    for await (const event of response.LivenessResponseStream!) {
      outcome.events.push(event);
      if (event.ServerSessionInformationEvent) {
        outcome.sessionInformation = event.ServerSessionInformationEvent.SessionInformation as unknown as Record<
          string,
          unknown
        >;
        resolveInfo(outcome.sessionInformation);
      }
    }
  } catch (e) {
    outcome.error =
      e instanceof Error
        ? e
        : Object.assign(new Error(String((e as { type?: string })?.type ?? e)), { name: 'SocketError' });
  } finally {
    resolveInfo(undefined);
    client.destroy();
  }
  return outcome;
}
