/**
 * Stream credentials the production way, all local: the handler asks STS (the emulator's, through
 * the real STSClient) for credentials narrowed to StartFaceLivenessSession; the stream accepts
 * exactly those; the session completes and its results are read.
 */
import { CreateFaceLivenessSessionCommand, GetFaceLivenessSessionResultsCommand } from '@aws-sdk/client-rekognition';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulateCapture, startLivenessEmulator, type LivenessEmulator } from '../../src/emulator';
import {
  createLivenessHandler,
  createStsStreamCredentials,
  roleSessionName,
  SESSION_HANDLE_HEADER,
  STREAM_SESSION_POLICY,
  type StreamCredentialsOutput,
} from '../../src/server';
import { rekognitionClient, TEST_CREDENTIALS } from '../e2e/harness/awsClients';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/liveness-stream';
let emulator: LivenessEmulator;
let skewMs = 0;

beforeAll(async () => {
  // Only the backend's own key is known; the browser can stream with nothing but what STS vends.
  emulator = await startLivenessEmulator({
    region: 'us-east-1',
    now: () => Date.now() + skewMs,
    verifySignatures: { [TEST_CREDENTIALS.accessKeyId]: TEST_CREDENTIALS.secretAccessKey },
  });
});
afterAll(() => emulator?.close());
beforeEach(() => {
  skewMs = 0;
  emulator.reset();
});

const stsClient = () =>
  new STSClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: TEST_CREDENTIALS,
    requestHandler: { httpsAgent: { ca: emulator.certificate } },
  });

function handler() {
  return createLivenessHandler({
    secret: 'sts-test-secret-0123456789abcdef-0123',
    authorize: (request) => request.headers.get('x-caller'),
    client: rekognitionClient(emulator),
    exposeConfidence: true,
    sessionSettings: { AuditImagesLimit: 1 },
    streamCredentials: createStsStreamCredentials({ roleArn: ROLE_ARN, client: stsClient() }),
  });
}

async function createSession(h: ReturnType<typeof handler>, caller: string) {
  const response = await h(
    new Request('http://app.test/api/liveness/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-caller': caller },
      body: '{"clientRequestToken":"sts-token-1"}',
    }),
  );
  expect(response.status).toBe(201);
  const body = (await response.json()) as {
    sessionId: string;
    handle: string;
    credentials: Omit<StreamCredentialsOutput, 'expiration'> & { expiration: string };
  };
  // As the browser reads them (createFetchBackend): the expiration becomes a Date.
  const credentials = { ...body.credentials, expiration: new Date(body.credentials.expiration) };
  return { ...body, credentials };
}

const capture = (sessionId: string, credentials: SimulateCredentials) =>
  simulateCapture({ sessionId, credentials, endpoint: emulator.endpoint, certificate: emulator.certificate });
type SimulateCredentials = Parameters<typeof simulateCapture>[0]['credentials'];

describe('createStsStreamCredentials against the emulator’s STS', () => {
  it('handler → STS → stream → results: the session completes with the vended credentials', async () => {
    const h = handler();
    const before = Date.now();
    const session = await createSession(h, 'caller-1');
    const after = Date.now();
    const { credentials } = session;
    expect(credentials.accessKeyId).toMatch(/^ASIA[0-9A-F]{16}$/);
    expect(credentials.sessionToken!.length).toBeGreaterThan(100);
    // 15 minutes (900 s), STS's minimum; the expiration is in whole seconds.
    expect(credentials.expiration.getTime()).toBeGreaterThan(before + 899_000);
    expect(credentials.expiration.getTime()).toBeLessThanOrEqual(after + 900_000);

    expect((await capture(session.sessionId, credentials)).error).toBeUndefined();
    const results = await h(
      new Request(`http://app.test/api/liveness/sessions/${session.sessionId}/results`, {
        headers: { 'x-caller': 'caller-1', [SESSION_HANDLE_HEADER]: session.handle },
      }),
    );
    expect(await results.json()).toMatchObject({ Status: 'SUCCEEDED', IsLive: true, Confidence: 98.5 });
    expect(emulator.requests({ operation: 'AssumeRole' })).toMatchObject([
      { httpStatus: 200, accessKeyId: TEST_CREDENTIALS.accessKeyId, region: 'us-east-1' },
    ]);
    expect(emulator.requests({ operation: 'StartFaceLivenessSession' })).toMatchObject([
      { httpStatus: 101, accessKeyId: credentials.accessKeyId },
    ]);
    expect(emulator.requests({ operation: 'StartFaceLivenessSession' })[0]!.errorType).toBeUndefined();
  });

  it('the vended credentials may only stream: CreateFaceLivenessSession is denied, naming the caller’s role session', async () => {
    const { credentials } = await createSession(handler(), 'caller-2@example.com');
    const client = rekognitionClient(emulator, { credentials, maxAttempts: 1 });
    await expect(client.send(new CreateFaceLivenessSessionCommand({}))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message:
        'User: arn:aws:sts::123456789012:assumed-role/liveness-stream/liveness-caller-2@example.com is not authorized ' +
        'to perform: rekognition:CreateFaceLivenessSession because no session policy allows the rekognition:CreateFaceLivenessSession action',
    });
    await expect(
      client.send(new GetFaceLivenessSessionResultsCommand({ SessionId: crypto.randomUUID() })),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
    client.destroy();
  });

  it('the stream accepts exactly what was vended: not another token, secret, or after expiry', async () => {
    const h = handler();
    const a = await createSession(h, 'caller-3');
    const wrongToken = await capture(a.sessionId, { ...a.credentials, sessionToken: 'forged' });
    expect(wrongToken.error?.name).toBe('UnrecognizedClientException');
    const noToken = await capture(a.sessionId, {
      accessKeyId: a.credentials.accessKeyId,
      secretAccessKey: a.credentials.secretAccessKey,
    });
    expect(noToken.error?.name).toBe('UnrecognizedClientException');
    const wrongSecret = await capture(a.sessionId, { ...a.credentials, secretAccessKey: 'x'.repeat(40) });
    expect(wrongSecret.error?.name).toBe('InvalidSignatureException');
    expect(emulator.session(a.sessionId)!.status).toBe('CREATED');

    skewMs = 900_000;
    const expired = await capture(a.sessionId, a.credentials);
    expect(expired.error?.name).toBe('ExpiredTokenException');
  });

  it('STS refuses what AWS refuses, through the real STSClient', async () => {
    const sts = stsClient();
    const assume = (input: Partial<ConstructorParameters<typeof AssumeRoleCommand>[0]>) =>
      sts.send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'liveness-x', ...input }));
    await expect(assume({ DurationSeconds: 3601 })).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(assume({ DurationSeconds: 899 })).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(assume({ RoleSessionName: 'a b' })).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining("Value 'a b' at 'roleSessionName' failed to satisfy constraint"),
    });
    await expect(assume({ Policy: '{not json' })).rejects.toMatchObject({ name: 'MalformedPolicyDocumentException' });
    const unsigned = new STSClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: { accessKeyId: TEST_CREDENTIALS.accessKeyId, secretAccessKey: 'wrong' },
      requestHandler: { httpsAgent: { ca: emulator.certificate } },
      maxAttempts: 1,
    });
    await expect(
      unsigned.send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'liveness-x' })),
    ).rejects.toMatchObject({ name: 'InvalidSignatureException', $metadata: { httpStatusCode: 403 } });
    sts.destroy();
    unsigned.destroy();
  });
});

describe('createStsStreamCredentials’ request', () => {
  it('asks for 900 s, the stream-only policy and the caller in the session name', async () => {
    const sent: unknown[] = [];
    const client = {
      send: async (command: AssumeRoleCommand) => (
        sent.push(command.input),
        { Credentials: { AccessKeyId: 'ASIA1', SecretAccessKey: 's', SessionToken: 't' } }
      ),
    };
    const issue = createStsStreamCredentials({ roleArn: ROLE_ARN, client: client as unknown as STSClient });
    expect(await issue('user/42')).toEqual({ accessKeyId: 'ASIA1', secretAccessKey: 's', sessionToken: 't' });
    expect(sent).toEqual([
      { RoleArn: ROLE_ARN, RoleSessionName: 'liveness-user-42', DurationSeconds: 900, Policy: STREAM_SESSION_POLICY },
    ]);
    expect(JSON.parse(STREAM_SESSION_POLICY)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'rekognition:StartFaceLivenessSession', Resource: '*' }],
    });
  });

  it('keeps role session names to what STS accepts', () => {
    expect(roleSessionName('liveness', 'ann@example.com')).toBe('liveness-ann@example.com');
    expect(roleSessionName('liveness', 'a b/c:d')).toBe('liveness-a-b-c-d');
    expect(roleSessionName('liveness', 'x'.repeat(100))).toBe(`liveness-${'x'.repeat(55)}`);
  });

  it('refuses what is not a role ARN at once', () => {
    expect(() => createStsStreamCredentials({ roleArn: 'arn:aws:iam::123456789012:user/bob' })).toThrow(
      "createStsStreamCredentials: 'arn:aws:iam::123456789012:user/bob' is not an IAM role ARN.",
    );
  });
});

describe('createStsStreamCredentials’ own client', () => {
  // The SDK's default chain supplies what the options do not: a region that the emulator refuses,
  // so only the `region` option makes a request it accepts.
  beforeEach(() => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', TEST_CREDENTIALS.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', TEST_CREDENTIALS.secretAccessKey);
    vi.stubEnv('AWS_REGION', 'eu-west-1');
  });
  afterEach(() => vi.unstubAllEnvs());

  it('is built from region, endpoint and a PEM string to trust, and reused', async () => {
    const issue = createStsStreamCredentials({
      roleArn: ROLE_ARN,
      region: 'us-east-1',
      endpoint: emulator.url,
      trustCertificate: emulator.certificate,
    });
    const first = await issue('own-client-1');
    expect(first.accessKeyId).toMatch(/^ASIA[0-9A-F]{16}$/);
    expect(first.sessionToken!.length).toBeGreaterThan(100);
    expect((await issue('own-client-2')).accessKeyId).not.toBe(first.accessKeyId);
    expect(emulator.requests({ operation: 'AssumeRole' })).toMatchObject([
      { httpStatus: 200, region: 'us-east-1', accessKeyId: TEST_CREDENTIALS.accessKeyId },
      { httpStatus: 200, region: 'us-east-1', accessKeyId: TEST_CREDENTIALS.accessKeyId },
    ]);
  });

  it('trusts a certificate given as bytes, in the default chain’s region', async () => {
    vi.stubEnv('AWS_REGION', 'us-east-1');
    const issue = createStsStreamCredentials({
      roleArn: ROLE_ARN,
      endpoint: emulator.url,
      trustCertificate: new TextEncoder().encode(String(emulator.certificate)),
    });
    expect((await issue('own-client-3')).accessKeyId).toMatch(/^ASIA[0-9A-F]{16}$/);
    expect(emulator.requests({ operation: 'AssumeRole' })).toMatchObject([{ httpStatus: 200, region: 'us-east-1' }]);
  });

  it('fails without the region option: the emulator refuses eu-west-1, as AWS refuses a foreign scope', async () => {
    const issue = createStsStreamCredentials({
      roleArn: ROLE_ARN,
      endpoint: emulator.url,
      trustCertificate: emulator.certificate,
    });
    await expect(issue('own-client-4')).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
  });
});

/** An STSClient stand-in that answers AssumeRole with `answer`, and honours an abort like the SDK. */
function fakeSts(answer: Record<string, unknown>, sent: unknown[] = []) {
  return {
    send: async (command: AssumeRoleCommand, options?: { abortSignal?: AbortSignal }) => {
      if (options?.abortSignal?.aborted) throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
      sent.push(command.input);
      return answer;
    },
  } as unknown as STSClient;
}

describe('createStsStreamCredentials’ options and answers', () => {
  it('passes durationSeconds and sessionNamePrefix through', async () => {
    const sent: unknown[] = [];
    const client = fakeSts({ Credentials: { AccessKeyId: 'ASIA2', SecretAccessKey: 's2', SessionToken: 't2' } }, sent);
    const issue = createStsStreamCredentials({
      roleArn: ROLE_ARN,
      client,
      durationSeconds: 3600,
      sessionNamePrefix: 'kyc',
    });
    await issue('u 1');
    expect(sent).toEqual([
      { RoleArn: ROLE_ARN, RoleSessionName: 'kyc-u-1', DurationSeconds: 3600, Policy: STREAM_SESSION_POLICY },
    ]);
  });

  it('returns the expiration when STS gives one, and no token or expiration keys when it does not', async () => {
    const expiration = new Date('2026-12-01T19:15:00Z');
    const full = fakeSts({
      Credentials: { AccessKeyId: 'ASIA3', SecretAccessKey: 's3', SessionToken: 't3', Expiration: expiration },
    });
    expect(await createStsStreamCredentials({ roleArn: ROLE_ARN, client: full })('c')).toStrictEqual({
      accessKeyId: 'ASIA3',
      secretAccessKey: 's3',
      sessionToken: 't3',
      expiration: new Date('2026-12-01T19:15:00Z'),
    });
    const bare = fakeSts({ Credentials: { AccessKeyId: 'ASIA4', SecretAccessKey: 's4' } });
    expect(await createStsStreamCredentials({ roleArn: ROLE_ARN, client: bare })('c')).toStrictEqual({
      accessKeyId: 'ASIA4',
      secretAccessKey: 's4',
    });
  });

  it.each([
    ['no Credentials', {}],
    ['no AccessKeyId', { Credentials: { SecretAccessKey: 's' } }],
    ['an empty AccessKeyId', { Credentials: { AccessKeyId: '', SecretAccessKey: 's' } }],
    ['no SecretAccessKey', { Credentials: { AccessKeyId: 'ASIA5', SessionToken: 't' } }],
  ])('refuses an answer with %s', async (_case, answer) => {
    const issue = createStsStreamCredentials({ roleArn: ROLE_ARN, client: fakeSts(answer) });
    await expect(issue('c')).rejects.toThrow(new Error('AssumeRole returned no credentials.'));
  });

  it.each([
    'arn:aws:iam::123456789012:role/liveness-stream',
    'arn:aws-cn:iam::123456789012:role/a',
    'arn:aws-us-gov:iam::123456789012:role/team/path/Name+=,.@_-9',
  ])('accepts the role ARN %s', (roleArn) => {
    expect(() => createStsStreamCredentials({ roleArn, client: fakeSts({}) })).not.toThrow();
  });

  it.each([
    'xarn:aws:iam::123456789012:role/a',
    'arn:aws:iam::123456789012:role/a b',
    'arn:aws:iam::123456789012:role/',
    'arn:aws:iam::12345678901:role/a',
    'arn:aws:iam::1234567890123:role/a',
    'arn:aws:iam::12345678901a:role/a',
    'arn:aws:sts::123456789012:role/a',
    'arn:aws:iam::123456789012:user/a',
    'arn:aws!:iam::123456789012:role/a',
    'arn:aws:iam::123456789012:role/a\n',
  ])('refuses %s as a role ARN', (roleArn) => {
    expect(() => createStsStreamCredentials({ roleArn, client: fakeSts({}) })).toThrow(
      new TypeError(`createStsStreamCredentials: '${roleArn}' is not an IAM role ARN.`),
    );
  });

  it('keeps +=,.@_- in role session names, replaces the rest, and keeps 64 characters', () => {
    expect(roleSessionName('p', 'a+b=c,d.e@f_g-h')).toBe('p-a+b=c,d.e@f_g-h');
    expect(roleSessionName('p', 'é/ü:ß')).toBe('p------');
    expect(roleSessionName('p', '9'.repeat(62))).toBe(`p-${'9'.repeat(62)}`);
    expect(roleSessionName('p', '9'.repeat(63))).toBe(`p-${'9'.repeat(62)}`);
  });
});
