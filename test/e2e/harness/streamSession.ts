/**
 * The tests' way to stream a session from Node: `simulateCapture` from react-face-liveness/emulator
 * (the real streaming client, as the Amplify detector drives it), with the tests' defaults.
 */
import {
  simulateCapture,
  SIMULATED_INITIAL_FACE,
  SIMULATED_TARGET_FACE,
  splitBytes,
  type CaptureOutcome,
  type SimulateCaptureOptions,
} from '../../../src/emulator/simulateCapture';
import { TEST_CREDENTIALS, TEST_REGION } from './awsClients';

export const INITIAL_FACE = SIMULATED_INITIAL_FACE;
export const TARGET_FACE = SIMULATED_TARGET_FACE;
export { splitBytes };

export type StreamOptions = Omit<SimulateCaptureOptions, 'credentials' | 'video' | 'certificate'> & {
  certificate: string;
  /** The WebM to stream, split into `chunks` pieces. */
  webm: Uint8Array;
  /** Credentials to sign with. @default TEST_CREDENTIALS */
  credentials?: SimulateCaptureOptions['credentials'];
};

export type StreamOutcome = CaptureOutcome;

export function streamSession({ webm, credentials, ...options }: StreamOptions): Promise<StreamOutcome> {
  return simulateCapture({
    region: TEST_REGION,
    credentials: credentials ?? TEST_CREDENTIALS,
    video: webm,
    ...options,
  });
}
