/**
 * Drives one StartFaceLivenessSession from Node with the real streaming client, as the Amplify
 * detector does: the capture itself is `simulateCapture`'s (`runCapture`); this adds the test
 * transports (HTTP/2, HTTP/1.1), a client clock offset and the fault hooks of `CaptureScript`.
 */
import { StartFaceLivenessSessionCommand } from '@aws-sdk/client-rekognitionstreaming';
import {
  runCapture,
  SIMULATED_INITIAL_FACE,
  SIMULATED_TARGET_FACE,
  type CaptureOutcome,
  type CaptureScript,
} from '../../../src/emulator/simulateCapture';
import { httpStreamingClient, streamingClient, withNodeWebSocket, type StreamTransportName } from './awsClients';

export { splitBytes } from '../../../src/emulator/simulateCapture';
export const INITIAL_FACE = SIMULATED_INITIAL_FACE;
export const TARGET_FACE = SIMULATED_TARGET_FACE;

export interface StreamOptions extends Omit<CaptureScript, 'video' | 'videoMs' | 'initialFace' | 'targetFace'> {
  endpoint: string;
  certificate: string;
  /** The WebM to stream, split into `chunks` pieces. */
  webm: Uint8Array;
  /** Length of the video in ms (for the timestamps sent). @default 3000 */
  videoMs?: number;
  /** Credentials to sign with. @default TEST_CREDENTIALS */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** How the client reaches the service. @default 'websocket' (the detector's transport) */
  transport?: StreamTransportName;
  /** The region the client signs for. @default TEST_REGION */
  region?: string;
  /** The client's clock offset (ms), as the detector's `config.systemClockOffset`. */
  systemClockOffset?: number;
}

export type StreamOutcome = CaptureOutcome;

export function streamSession(options: StreamOptions): Promise<StreamOutcome> {
  const transport = options.transport ?? 'websocket';
  const run = () =>
    runCapture(clientFor(options), StartFaceLivenessSessionCommand, {
      ...options,
      video: options.webm,
      videoMs: options.videoMs ?? 3000,
    });
  return transport === 'websocket' ? withNodeWebSocket(options.certificate, run) : run();
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
