/**
 * `streamCredentials` the production way: for each session, STS AssumeRole of a role the browser
 * may use, narrowed further by a session policy to `rekognition:StartFaceLivenessSession`, for 15
 * minutes, with the caller's id in the role session name (so CloudTrail names who streamed).
 * Needs `@aws-sdk/client-sts` (an optional peer), loaded on first use.
 */
import type { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { StreamCredentialsOutput } from './types';

/** The only action the browser's credentials allow, whatever the role allows. */
export const STREAM_SESSION_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'rekognition:StartFaceLivenessSession', Resource: '*' }],
});

export interface StsStreamCredentialsOptions {
  /** The role to assume (its trust policy must let this server's identity assume it). */
  roleArn: string;
  /** A configured client. When absent, one is built from `region`, `endpoint` and `trustCertificate`. */
  client?: STSClient;
  /** Region of the client built here; otherwise the SDK's default chain. */
  region?: string;
  /** STS endpoint of the client built here (the local emulator's URL answers AssumeRole too). */
  endpoint?: string;
  /** A certificate (PEM) the client built here trusts, e.g. the local emulator's. Node only. */
  trustCertificate?: string | Uint8Array;
  /** Lifetime of the credentials: 900 (STS's minimum) to the role's maximum. @default 900 */
  durationSeconds?: number;
  /** Start of the role session name; the caller's id follows. @default 'liveness' */
  sessionNamePrefix?: string;
}

/** `prefix-callerId` with what STS refuses replaced, at most 64 characters. */
export function roleSessionName(prefix: string, callerId: string): string {
  return `${prefix}-${callerId}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

export function createStsStreamCredentials(
  options: StsStreamCredentialsOptions,
): (callerId: string) => Promise<StreamCredentialsOutput> {
  const { roleArn, durationSeconds = 900, sessionNamePrefix = 'liveness' } = options;
  if (!/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleArn)) {
    throw new TypeError(`createStsStreamCredentials: '${roleArn}' is not an IAM role ARN.`);
  }
  let sts: Promise<{ client: STSClient; AssumeRoleCommand: typeof AssumeRoleCommand }>;
  const load = () =>
    (sts ??= import('@aws-sdk/client-sts').then(({ STSClient, AssumeRoleCommand }) => {
      const ca = options.trustCertificate;
      const client =
        options.client ??
        new STSClient({
          ...(options.region ? { region: options.region } : {}),
          ...(options.endpoint ? { endpoint: options.endpoint } : {}),
          ...(ca
            ? { requestHandler: { httpsAgent: { ca: typeof ca === 'string' ? ca : new TextDecoder().decode(ca) } } }
            : {}),
        });
      return { client, AssumeRoleCommand };
    }));
  return async (callerId) => {
    const { client, AssumeRoleCommand } = await load();
    const { Credentials: c } = await client.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: roleSessionName(sessionNamePrefix, callerId),
        DurationSeconds: durationSeconds,
        Policy: STREAM_SESSION_POLICY,
      }),
    );
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('AssumeRole returned no credentials.');
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
      ...(c.Expiration ? { expiration: c.Expiration } : {}),
    };
  };
}
