/**
 * Drives one StartFaceLivenessSession from Node with the real streaming client (SigV4-presigned
 * WebSocket URL, signed event-stream envelopes), behaving like the Amplify detector: a first
 * video chunk, the start ClientSessionInformationEvent once the server's challenge arrived, the
 * rest of the video, the end event with the face boxes, then the empty chunk.
 */
import {
  StartFaceLivenessSessionCommand,
  type LivenessRequestStream,
  type LivenessResponseStream,
} from '@aws-sdk/client-rekognitionstreaming';
import { randomUUID } from 'node:crypto';
import { httpStreamingClient, streamingClient, withNodeWebSocket, type StreamTransportName } from './awsClients';

export const INITIAL_FACE = { Width: 0.2, Height: 0.3, Left: 0.4, Top: 0.35 };
export const TARGET_FACE = { Width: 0.3, Height: 0.64, Left: 0.34, Top: 0.12 };

export interface StreamOptions {
  endpoint: string;
  certificate: string;
  sessionId: string;
  /** The WebM to stream, split into `chunks` pieces. */
  webm: Uint8Array;
  chunks?: number;
  /** Make the first chunk this many bytes (Chromium's MediaRecorder may start with a 1-byte chunk). */
  firstChunkBytes?: number;
  /** Length of the video in ms (for the timestamps sent). @default 3000 */
  videoMs?: number;
  challengeVersions?: string;
  /** Give up waiting for the ServerSessionInformationEvent after this long. @default 3000 */
  sessionInformationTimeoutMs?: number;
  /** Stop after this many video chunks without ending the video (the socket closes 1000). */
  abandonAfterChunks?: number;
  /** Credentials to sign with. @default TEST_CREDENTIALS */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** How the client reaches the service. @default 'websocket' (the detector's transport) */
  transport?: StreamTransportName;
  /** The region the client signs for. @default TEST_REGION */
  region?: string;
  /** The client's clock offset (ms), as the detector's `config.systemClockOffset`. */
  systemClockOffset?: number;
  /** Replaces members of the request (e.g. an upper-case SessionId, a VideoWidth of '64'). */
  request?: Record<string, unknown>;
  /** Rewrites each event before it is sent (e.g. to send what the model refuses). */
  mapEvent?: (event: LivenessRequestStream) => LivenessRequestStream;
}

export interface StreamOutcome {
  events: LivenessResponseStream[];
  error?: Error & { name: string };
  sessionInformation?: Record<string, unknown>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function splitBytes(bytes: Uint8Array, pieces: number): Uint8Array[] {
  const size = Math.ceil(bytes.length / pieces);
  return Array.from({ length: pieces }, (_, i) =>
    bytes.subarray(i * size, Math.min(bytes.length, (i + 1) * size)),
  ).filter((p) => p.length > 0);
}

export function streamSession(options: StreamOptions): Promise<StreamOutcome> {
  const transport = options.transport ?? 'websocket';
  return transport === 'websocket' ? withNodeWebSocket(options.certificate, () => run(options)) : run(options);
}

function clientFor(options: StreamOptions) {
  const extra = {
    ...(options.systemClockOffset === undefined ? {} : { systemClockOffset: options.systemClockOffset }),
    ...(options.region === undefined ? {} : { region: options.region }),
  };
  const transport = options.transport ?? 'websocket';
  if (transport === 'websocket') return streamingClient(options.endpoint, options.credentials, extra);
  return httpStreamingClient(options.endpoint, options.certificate, transport, {
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...extra,
  });
}

async function run(options: StreamOptions): Promise<StreamOutcome> {
  const { webm, chunks = 3, videoMs = 3000 } = options;
  const map = options.mapEvent ?? ((event: LivenessRequestStream) => event);
  {
    const client = clientFor(options);
    const challengeId = randomUUID();
    let resolveInfo!: (info: Record<string, unknown> | undefined) => void;
    const info = new Promise<Record<string, unknown> | undefined>((r) => (resolveInfo = r));
    const first = options.firstChunkBytes;
    const pieces =
      first === undefined
        ? splitBytes(webm, chunks)
        : [webm.subarray(0, first), ...splitBytes(webm.subarray(first), chunks)];
    const t0 = Date.now();

    async function* mapped(): AsyncGenerator<LivenessRequestStream> {
      for await (const event of requestStream()) yield map(event);
    }

    async function* requestStream(): AsyncGenerator<LivenessRequestStream> {
      yield { VideoEvent: { VideoChunk: pieces[0], TimestampMillis: t0 } };
      const sessionInformation = await Promise.race([
        info,
        sleep(options.sessionInformationTimeoutMs ?? 3000).then(() => undefined),
      ]);
      if (!sessionInformation) return;
      const type = Object.keys(sessionInformation.Challenge as object)[0]!;
      const challenge = (body: Record<string, unknown>) =>
        ({
          ClientSessionInformationEvent: { Challenge: { [type]: { ChallengeId: challengeId, ...body } } },
        }) as unknown as LivenessRequestStream;
      const initialFace = { BoundingBox: INITIAL_FACE, InitialFaceDetectedTimestamp: t0 + 100 };
      yield challenge({ VideoStartTimestamp: t0, InitialFace: initialFace });
      for (const [i, piece] of pieces.slice(1).entries()) {
        if (options.abandonAfterChunks !== undefined && i + 1 >= options.abandonAfterChunks) return;
        await sleep(5);
        yield { VideoEvent: { VideoChunk: piece, TimestampMillis: t0 + ((i + 1) * videoMs) / pieces.length } };
      }
      if (options.abandonAfterChunks !== undefined) return;
      yield challenge({
        VideoEndTimestamp: t0 + videoMs,
        InitialFace: initialFace,
        TargetFace: {
          BoundingBox: TARGET_FACE,
          FaceDetectedInTargetPositionStartTimestamp: t0 + videoMs * 0.7,
          FaceDetectedInTargetPositionEndTimestamp: t0 + videoMs * 0.9,
        },
      });
      yield { VideoEvent: { VideoChunk: new Uint8Array(0), TimestampMillis: t0 + videoMs } };
    }

    const outcome: StreamOutcome = { events: [] };
    try {
      const response = await client.send(
        new StartFaceLivenessSessionCommand({
          SessionId: options.sessionId,
          VideoWidth: '640',
          VideoHeight: '480',
          ChallengeVersions:
            options.challengeVersions ?? 'FaceMovementAndLightChallenge_2.0.0,FaceMovementChallenge_1.0.0',
          LivenessRequestStream: mapped(),
          ...options.request,
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
}
