/**
 * The real AWS SDK clients, pointed at a running emulator. Node trusts the emulator's self-signed
 * certificate through an https.Agent carrying it as a CA (no rejectUnauthorized: false). The streaming
 * client lives in react-face-liveness/emulator's simulateCapture (harness/streamSession.ts).
 */
import { Agent } from 'node:https';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { S3Client } from '@aws-sdk/client-s3';
import type { LivenessEmulator } from '../../../src/emulator';

export const TEST_REGION = 'us-east-1';
export const TEST_CREDENTIALS = { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'emulator-secret-not-checked' };

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
