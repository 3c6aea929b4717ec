/**
 * Drives a StartFaceLivenessSession stream from Node with the real AWS SDK streaming client, as the
 * browser's detector does: the SDK's WebSocket handler over `ws` (Node 20 has no global WebSocket),
 * a few video chunks, the client session information, then the empty chunk that ends the video.
 */
import {
  RekognitionStreamingClient,
  StartFaceLivenessSessionCommand,
  type LivenessRequestStream,
} from '@aws-sdk/client-rekognitionstreaming';
import { eventStreamPayloadHandlerProvider, WebSocketFetchHandler } from '@aws-sdk/middleware-websocket';
import {
  iterableToReadableStream,
  readableStreamToIterable,
  universalEventStreamSerdeProvider,
} from '@smithy/core/event-streams';
import { WebSocket as NodeWebSocket } from 'ws';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tinyWebm } from '../e2e/harness/fixtureMedia';

export interface StreamOptions {
  /** The emulator's endpoint (https://…); the SDK turns it into wss://. */
  endpoint: string;
  /** PEM of a certificate to trust for the socket. */
  ca: string;
  sessionId: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** How long the socket may take to open (the SDK's default is 3 s; a load test's one process may need longer). */
  connectionTimeoutMs?: number;
}

let trusted = '';

/** Installed once for the worker: the SDK reads the global both to open sockets and after they close. */
class TrustingWebSocket extends NodeWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols, { ca: trusted });
  }
}

type SerdeOptions = Parameters<typeof universalEventStreamSerdeProvider>[0];

/** The browser's marshalling (web streams), which the SDK's WebSocket handler expects. */
function webStreamSerdeProvider(options: SerdeOptions) {
  const universal = universalEventStreamSerdeProvider(options);
  return {
    serialize: (input: AsyncIterable<unknown>, serializer: (event: unknown) => never) =>
      iterableToReadableStream(universal.serialize(input, serializer)),
    deserialize: (
      body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
      deserializer: (event: unknown) => never,
    ) => universal.deserialize(Symbol.asyncIterator in body ? body : readableStreamToIterable(body), deserializer),
  };
}

const box = { Width: 0.3, Height: 0.45, Left: 0.35, Top: 0.25 };

/** A real WebM (the emulator refuses what is not video), in two chunks. */
let video: Uint8Array | undefined;

async function* requestEvents(start: number): AsyncGenerator<LivenessRequestStream> {
  const challengeId = randomUUID();
  const challenge = (body: Record<string, unknown>) => ({
    ClientSessionInformationEvent: { Challenge: { FaceMovementChallenge: { ChallengeId: challengeId, ...body } } },
  });
  video ??= readFileSync(tinyWebm());
  const half = Math.ceil(video.length / 2);
  for (let i = 0; i < 2; i++) {
    yield { VideoEvent: { VideoChunk: video.subarray(i * half, (i + 1) * half), TimestampMillis: start + i * 1000 } };
  }
  yield challenge({
    VideoStartTimestamp: start,
    InitialFace: { BoundingBox: box, InitialFaceDetectedTimestamp: start },
  });
  yield challenge({
    VideoStartTimestamp: start,
    VideoEndTimestamp: start + 2000,
    InitialFace: { BoundingBox: box, InitialFaceDetectedTimestamp: start },
    TargetFace: {
      BoundingBox: box,
      FaceDetectedInTargetPositionStartTimestamp: start + 1500,
      FaceDetectedInTargetPositionEndTimestamp: start + 1900,
    },
  });
  yield { VideoEvent: { VideoChunk: new Uint8Array(0), TimestampMillis: start + 2000 } };
}

/** Streams a short check and resolves with the names of the events the service sent back. */
export async function streamSession({
  endpoint,
  ca,
  sessionId,
  region,
  credentials,
  connectionTimeoutMs,
}: StreamOptions): Promise<string[]> {
  trusted = ca;
  globalThis.WebSocket = TrustingWebSocket as unknown as typeof WebSocket;
  {
    const client = new RekognitionStreamingClient({
      region,
      credentials,
      endpoint,
      requestHandler: new WebSocketFetchHandler(
        connectionTimeoutMs === undefined ? undefined : { connectionTimeout: connectionTimeoutMs },
      ),
      eventStreamPayloadHandlerProvider,
      eventStreamSerdeProvider: webStreamSerdeProvider as never,
    });
    const { LivenessResponseStream } = await client.send(
      new StartFaceLivenessSessionCommand({
        SessionId: sessionId,
        VideoWidth: '640',
        VideoHeight: '480',
        ChallengeVersions: 'FaceMovementAndLightChallenge_2.0.0,FaceMovementChallenge_1.0.0',
        LivenessRequestStream: requestEvents(Date.now()),
      }),
    );
    const received: string[] = [];
    for await (const event of LivenessResponseStream ?? []) received.push(...Object.keys(event));
    client.destroy();
    return received;
  }
}
