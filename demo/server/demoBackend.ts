/**
 * The demo's liveness backend: `createLivenessHandler` against the embedded emulator (default) or
 * against real AWS when the usual AWS environment variables are set.
 */
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:https';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { STSClient } from '@aws-sdk/client-sts';
import { startLivenessEmulator, type LivenessEmulator } from '../../src/emulator/index';
import { createLivenessHandler } from '../../src/server/createLivenessHandler';
import { createStsStreamCredentials } from '../../src/server/createStsStreamCredentials';
import type { LivenessHandler, StreamCredentialsOutput } from '../../src/server/types';
import { EMULATOR_PREFIX } from './emulatorProxy';

export type DemoMode = 'emulator' | 'aws';

/** The cookie that identifies a browser to the demo (stands in for an app's login). */
export const CALLER_COOKIE = 'rfl_demo_caller';
export const DEMO_THRESHOLD = 80;
const EMULATOR_REGION = 'us-east-1';
const EMULATOR_CREDENTIALS = { accessKeyId: 'AKIDLOCALEMULATOR', secretAccessKey: 'local-emulator-only' };
const EMULATOR_STREAM_ROLE = 'arn:aws:iam::123456789012:role/liveness-stream';

/** AWS mode when DEMO_MODE=aws, or when a region and a credential source are in the environment. */
export function demoMode(env: NodeJS.ProcessEnv): DemoMode {
  if (env.DEMO_MODE === 'emulator' || env.DEMO_MODE === 'aws') return env.DEMO_MODE;
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const credentials =
    env.AWS_ACCESS_KEY_ID ??
    env.AWS_PROFILE ??
    env.AWS_WEB_IDENTITY_TOKEN_FILE ??
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI ??
    env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI;
  return region && credentials ? 'aws' : 'emulator';
}

export function callerOf(cookieHeader: string | null | undefined): string | null {
  const match = new RegExp(`(?:^|;\\s*)${CALLER_COOKIE}=([A-Za-z0-9_-]{16,64})`).exec(cookieHeader ?? '');
  return match?.[1] ?? null;
}

export interface DemoBackend {
  mode: DemoMode;
  region: string;
  handler: LivenessHandler;
  emulator?: LivenessEmulator;
  /** Printed at start: where the credentials for the browser's stream come from. */
  notes: string[];
  close(): Promise<void>;
}

/** Credentials for the browser's stream in AWS mode: an assumed role allowed only StartFaceLivenessSession. */
async function awsStreamCredentials(env: NodeJS.ProcessEnv, client: RekognitionClient, region: string) {
  const roleArn = env.DEMO_STREAM_ROLE_ARN;
  if (roleArn) {
    return {
      note: `The browser streams with short-lived credentials of ${roleArn} (StartFaceLivenessSession only).`,
      issue: createStsStreamCredentials({ roleArn, region }),
    };
  }
  if (env.DEMO_SHARE_LOCAL_CREDENTIALS === '1') {
    return {
      note: 'WARNING: the browser streams with this process’s own AWS credentials (DEMO_SHARE_LOCAL_CREDENTIALS=1). Local use only.',
      issue: async (): Promise<StreamCredentialsOutput> => {
        const c = await client.config.credentials();
        return {
          accessKeyId: c.accessKeyId,
          secretAccessKey: c.secretAccessKey,
          sessionToken: c.sessionToken,
          expiration: c.expiration,
        };
      },
    };
  }
  throw new Error(
    'AWS mode needs credentials for the browser’s stream: set DEMO_STREAM_ROLE_ARN to a role this process may assume ' +
      'that allows rekognition:StartFaceLivenessSession (see docs/server.md), or DEMO_SHARE_LOCAL_CREDENTIALS=1 to ' +
      'hand the browser this process’s own credentials (local use only). DEMO_MODE=emulator runs without AWS.',
  );
}

export async function createDemoBackend(env: NodeJS.ProcessEnv): Promise<DemoBackend> {
  const mode = demoMode(env);
  const common = {
    secret: randomBytes(32),
    authorize: (request: Request) => callerOf(request.headers.get('cookie')),
    threshold: DEMO_THRESHOLD,
    // One page shows both the end-user and the reviewer view, so the score is sent; a real app
    // sends it to reviewers only: exposeConfidence: ({ callerId }) => isReviewer(callerId).
    exposeConfidence: true,
    sessionSettings: { AuditImagesLimit: 4 },
  };
  if (mode === 'aws') {
    const region = (env.AWS_REGION ?? env.AWS_DEFAULT_REGION)!;
    const client = new RekognitionClient({ region });
    const stream = await awsStreamCredentials(env, client, region);
    const handler = createLivenessHandler({ ...common, client, streamCredentials: stream.issue });
    return { mode, region, handler, notes: [stream.note], close: async () => client.destroy() };
  }
  const emulator = await startLivenessEmulator({ pathPrefix: EMULATOR_PREFIX, certificateHosts: ['localhost'] });
  const client = new RekognitionClient({
    region: EMULATOR_REGION,
    endpoint: emulator.url,
    credentials: EMULATOR_CREDENTIALS,
    requestHandler: { httpsAgent: new Agent({ ca: emulator.certificate }) },
  });
  // The production path, locally: the emulator's STS vends the browser's stream-only credentials.
  const streamCredentials = createStsStreamCredentials({
    roleArn: EMULATOR_STREAM_ROLE,
    client: new STSClient({
      region: EMULATOR_REGION,
      endpoint: emulator.url,
      credentials: EMULATOR_CREDENTIALS,
      requestHandler: { httpsAgent: new Agent({ ca: emulator.certificate }) },
    }),
  });
  const handler = createLivenessHandler({ ...common, client, streamCredentials });
  return {
    mode,
    region: EMULATOR_REGION,
    handler,
    emulator,
    notes: [`Embedded emulator at ${emulator.url} (no AWS account, nothing leaves this machine).`],
    async close() {
      client.destroy();
      await emulator.close();
    },
  };
}
