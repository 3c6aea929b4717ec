/**
 * The real AWS SDK clients, pointed at a running emulator. Node trusts the emulator's self-signed
 * certificate through an https.Agent / ws option carrying it as a CA (no rejectUnauthorized: false).
 */
import { Agent } from 'node:https';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { RekognitionStreamingClient } from '@aws-sdk/client-rekognitionstreaming';
import { S3Client } from '@aws-sdk/client-s3';
// The browser transport of the streaming client (what the detector uses), pinned as a devDependency.
import { eventStreamPayloadHandlerProvider, WebSocketFetchHandler } from '@aws-sdk/middleware-websocket';
import { WebSocket as NodeWebSocket } from 'ws';
import { NodeHttp2Handler } from '@smithy/node-http-handler';
import { EMULATOR_CREDENTIALS, type LivenessEmulator } from '../../../src/emulator';

export const TEST_REGION = 'us-east-1';
/** The emulator's documented credentials: `verifySignatures: true` verifies every signature made with them. */
export const TEST_CREDENTIALS: { accessKeyId: string; secretAccessKey: string } = { ...EMULATOR_CREDENTIALS };

type Trusting = Pick<LivenessEmulator, 'url' | 'certificate'>;

export function rekognitionClient(
  emulator: Trusting,
  extra: Partial<ConstructorParameters<typeof RekognitionClient>[0]> = {},
) {
  return new RekognitionClient({
    endpoint: emulator.url,
    region: TEST_REGION,
    credentials: TEST_CREDENTIALS,
    requestHandler: { httpsAgent: new Agent({ ca: emulator.certificate, keepAlive: true }) },
    ...extra,
  });
}

export function s3Client(emulator: Trusting) {
  return new S3Client({
    endpoint: emulator.url,
    region: TEST_REGION,
    credentials: TEST_CREDENTIALS,
    forcePathStyle: true,
    requestHandler: { httpsAgent: new Agent({ ca: emulator.certificate }) },
  });
}

/**
 * Node 20 has no global WebSocket: the SDK's WebSocketFetchHandler expects one. Installs `ws`
 * (trusting the emulator's certificate) as the global while `fn` runs.
 */
export async function withNodeWebSocket<T>(certificate: string, fn: () => Promise<T>): Promise<T> {
  const previous = (globalThis as { WebSocket?: unknown }).WebSocket;
  class TrustingWebSocket extends NodeWebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { ca: certificate });
    }
  }
  (globalThis as { WebSocket?: unknown }).WebSocket = TrustingWebSocket;
  try {
    return await fn();
  } finally {
    (globalThis as { WebSocket?: unknown }).WebSocket = previous;
  }
}

/**
 * How the streaming client reaches the service: `websocket` is the browser's transport (what the
 * detector uses); `http2` the SDK's NodeHttp2Handler (ALPN h2); `http1` the client's own Node
 * default (NodeHttpHandler, a chunked HTTP/1.1 POST).
 */
export type StreamTransportName = 'websocket' | 'http2' | 'http1';

const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

/** The streaming client over HTTP/2 or HTTP/1.1, its defaults untouched but for trusting the certificate. */
export function httpStreamingClient(
  endpoint: string,
  certificate: string,
  transport: Exclude<StreamTransportName, 'websocket'>,
  extra: Partial<ConstructorParameters<typeof RekognitionStreamingClient>[0]> = {},
) {
  return new RekognitionStreamingClient({
    region: TEST_REGION,
    credentials: TEST_CREDENTIALS,
    endpoint,
    logger: quiet,
    requestHandler:
      transport === 'http2'
        ? new NodeHttp2Handler({ nodeHttp2ConnectOptions: { ca: certificate } })
        : { httpsAgent: new Agent({ ca: certificate }) },
    ...extra,
  });
}

/** The streaming client with the browser's WebSocket transport, as the Amplify detector builds it. */
export function streamingClient(
  endpoint: string,
  credentials: typeof TEST_CREDENTIALS & { sessionToken?: string } = TEST_CREDENTIALS,
  extra: Partial<ConstructorParameters<typeof RekognitionStreamingClient>[0]> = {},
) {
  return new RekognitionStreamingClient({
    region: TEST_REGION,
    credentials,
    endpointProvider: () => ({ url: new URL(endpoint) }),
    // Quiet: stream exceptions are what the fault tests provoke (the SDK warns on each otherwise).
    logger: quiet,
    requestHandler: new WebSocketFetchHandler({ connectionTimeout: 5000 }),
    ...extra,
    // In Node the event-stream serde yields an async iterable where the browser has a
    // ReadableStream; the WebSocket payload handler insists on the latter.
    eventStreamPayloadHandlerProvider: (options) => {
      const handler = eventStreamPayloadHandlerProvider(options);
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
