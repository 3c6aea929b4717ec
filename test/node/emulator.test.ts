import { request } from 'node:https';
import {
  CreateFaceLivenessSessionCommand,
  GetFaceLivenessSessionResultsCommand,
  type CreateFaceLivenessSessionCommandInput,
  type RekognitionClient,
} from '@aws-sdk/client-rekognition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_CONSTRAINTS, startLivenessEmulator, type LivenessEmulator } from '../../src/emulator';
import { rekognitionClient } from '../e2e/harness/awsClients';

let emulator: LivenessEmulator;
let client: RekognitionClient;
let clock = 1_700_000_000_000;

beforeAll(async () => {
  emulator = await startLivenessEmulator({ now: () => clock });
  client = rekognitionClient(emulator, { maxAttempts: 1 });
});
afterAll(async () => {
  client.destroy();
  await emulator.close();
});

const create = (input: CreateFaceLivenessSessionCommandInput = {}) =>
  client.send(new CreateFaceLivenessSessionCommand(input));
const get = (SessionId: string) => client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }));

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    const err = e as { name: string; message: string; $metadata: { httpStatusCode?: number }; $fault: string };
    return { name: err.name, message: err.message, status: err.$metadata.httpStatusCode, fault: err.$fault };
  }
  throw new Error('expected the request to fail');
}

describe('startLivenessEmulator', () => {
  it('serves HTTPS on 127.0.0.1 with a free port', () => {
    expect(emulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.port).toBeGreaterThan(0);
    expect(emulator.certificate).toContain('BEGIN CERTIFICATE');
  });
});

describe('CreateFaceLivenessSession + GetFaceLivenessSessionResults', () => {
  it('round-trips a session through the real RekognitionClient', async () => {
    const { SessionId } = await create();
    expect(SessionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const results = await get(SessionId!);
    expect(results).toMatchObject({ SessionId, Status: 'CREATED' });
    expect(results.Confidence).toBeUndefined();
    const snapshot = emulator.session(SessionId!)!;
    expect(snapshot).toMatchObject({
      status: 'CREATED',
      createCalls: 1,
      getCalls: 1,
      challengeType: 'FaceMovementAndLightChallenge',
    });
    const requests = emulator.requests({ sessionId: SessionId });
    expect(requests.map((r) => r.operation)).toEqual(['CreateFaceLivenessSession', 'GetFaceLivenessSessionResults']);
    expect(requests[0]).toMatchObject({ accessKeyId: 'AKIDLIVENESSEMULATOR', region: 'us-east-1', httpStatus: 200 });
  });

  it('follows ChallengePreferences', async () => {
    const { SessionId } = await create({ Settings: { ChallengePreferences: [{ Type: 'FaceMovementChallenge' }] } });
    expect(emulator.session(SessionId!)!.challengeType).toBe('FaceMovementChallenge');
  });

  it('is idempotent on ClientRequestToken', async () => {
    const first = await create({ ClientRequestToken: 'idem-token-1' });
    const second = await create({ ClientRequestToken: 'idem-token-1' });
    const other = await create({ ClientRequestToken: 'idem-token-2' });
    expect(second.SessionId).toBe(first.SessionId);
    expect(other.SessionId).not.toBe(first.SessionId);
    expect(emulator.session(first.SessionId!)).toMatchObject({ createCalls: 2, clientRequestToken: 'idem-token-1' });
    expect(emulator.sessions().filter((s) => s.clientRequestToken === 'idem-token-1')).toHaveLength(1);
  });

  it('a replayed token with other settings returns the first session and its settings (undocumented at AWS, kept)', async () => {
    const first = await create({ ClientRequestToken: 'idem-token-3', Settings: { AuditImagesLimit: 1 } });
    const replay = await create({
      ClientRequestToken: 'idem-token-3',
      Settings: { AuditImagesLimit: 4, ChallengePreferences: [{ Type: 'FaceMovementChallenge' }] },
    });
    expect(replay.SessionId).toBe(first.SessionId);
    expect(emulator.session(first.SessionId!)).toMatchObject({
      auditImagesLimit: 1,
      challengeType: 'FaceMovementAndLightChallenge',
    });
  });

  it('a replayed token after expiry returns the expired session (undocumented at AWS, kept)', async () => {
    const first = await create({ ClientRequestToken: 'idem-token-4' });
    clock += 180_000;
    const replay = await create({ ClientRequestToken: 'idem-token-4' });
    expect(replay.SessionId).toBe(first.SessionId);
    expect((await get(first.SessionId!)).Status).toBe('EXPIRED');
  });

  it('expires a session after its lifetime, on the injected clock', async () => {
    const { SessionId } = await create();
    clock += 179_999;
    expect((await get(SessionId!)).Status).toBe('CREATED');
    clock += 1;
    expect((await get(SessionId!)).Status).toBe('EXPIRED');
    expect(emulator.session(SessionId!)!.status).toBe('EXPIRED');
  });

  it('answers an unknown session with SessionNotFoundException', async () => {
    const err = await failure(get('00000000-0000-4000-8000-000000000000'));
    expect(err).toMatchObject({ name: 'SessionNotFoundException', status: 400, fault: 'client' });
  });
});

describe('model constraints', () => {
  const long = (n: number, c = 'a') => c.repeat(n);
  const cases: Array<[string, CreateFaceLivenessSessionCommandInput, RegExp]> = [
    ['KmsKeyId too short', { KmsKeyId: '' }, /at 'kmsKeyId'.*length greater than or equal to 1/],
    ['KmsKeyId too long', { KmsKeyId: long(2049) }, /at 'kmsKeyId'.*length less than or equal to 2048/],
    ['KmsKeyId pattern', { KmsKeyId: '-bad key' }, /at 'kmsKeyId'.*regular expression pattern/],
    [
      'S3Bucket required',
      { Settings: { OutputConfig: {} as never } },
      /Value null at 'settings.outputConfig.s3Bucket'.*must not be null/,
    ],
    ['S3Bucket too short', { Settings: { OutputConfig: { S3Bucket: 'ab' } } }, /length greater than or equal to 3/],
    ['S3Bucket too long', { Settings: { OutputConfig: { S3Bucket: long(256) } } }, /length less than or equal to 255/],
    ['S3Bucket pattern', { Settings: { OutputConfig: { S3Bucket: 'bad/bucket' } } }, /s3Bucket'.*pattern/],
    [
      'S3KeyPrefix too long',
      { Settings: { OutputConfig: { S3Bucket: 'bucket', S3KeyPrefix: long(951) } } },
      /s3KeyPrefix'.*less than or equal to 950/,
    ],
    [
      'S3KeyPrefix pattern',
      { Settings: { OutputConfig: { S3Bucket: 'bucket', S3KeyPrefix: 'a b' } } },
      /s3KeyPrefix'.*pattern/,
    ],
    [
      'AuditImagesLimit below 0',
      { Settings: { AuditImagesLimit: -1 } },
      /auditImagesLimit'.*greater than or equal to 0/,
    ],
    ['AuditImagesLimit above 4', { Settings: { AuditImagesLimit: 5 } }, /auditImagesLimit'.*less than or equal to 4/],
    [
      'challenge Type required',
      { Settings: { ChallengePreferences: [{} as never] } },
      /challengePreferences.1.member.type'.*must not be null/,
    ],
    [
      'challenge Type enum',
      { Settings: { ChallengePreferences: [{ Type: 'Smile' as never }] } },
      /enum value set: \[FaceMovementAndLightChallenge, FaceMovementChallenge\]/,
    ],
    [
      'Versions.Minimum too short',
      { Settings: { ChallengePreferences: [{ Type: 'FaceMovementChallenge', Versions: { Minimum: '1.0' } }] } },
      /versions.minimum'.*greater than or equal to 5/,
    ],
    [
      'Versions.Minimum too long',
      {
        Settings: { ChallengePreferences: [{ Type: 'FaceMovementChallenge', Versions: { Minimum: '1000.0.00000' } }] },
      },
      /versions.minimum'.*less than or equal to 11/,
    ],
    [
      'Versions.Minimum pattern',
      { Settings: { ChallengePreferences: [{ Type: 'FaceMovementChallenge', Versions: { Minimum: '01.0.0' } }] } },
      /versions.minimum'.*pattern/,
    ],
    [
      'Versions.Maximum too short',
      { Settings: { ChallengePreferences: [{ Type: 'FaceMovementChallenge', Versions: { Maximum: '1.0' } }] } },
      /versions.maximum'.*greater than or equal to 5/,
    ],
    [
      'Versions.Maximum too long',
      {
        Settings: { ChallengePreferences: [{ Type: 'FaceMovementChallenge', Versions: { Maximum: '1.0.00000000' } }] },
      },
      /versions.maximum'.*less than or equal to 11/,
    ],
    [
      'Versions.Maximum pattern',
      { Settings: { ChallengePreferences: [{ Type: 'FaceMovementChallenge', Versions: { Maximum: '1.x.0' } }] } },
      /versions.maximum'.*pattern/,
    ],
    ['ClientRequestToken too short', { ClientRequestToken: '' }, /clientRequestToken'.*greater than or equal to 1/],
    ['ClientRequestToken too long', { ClientRequestToken: long(65) }, /clientRequestToken'.*less than or equal to 64/],
    ['ClientRequestToken pattern', { ClientRequestToken: 'not valid!' }, /clientRequestToken'.*\^\[a-zA-Z0-9-_\]\+\$/],
  ];

  it.each(cases)('%s → ValidationException 400', async (_name, input, message) => {
    const before = emulator.sessions().length;
    const err = await failure(create(input));
    expect(err).toMatchObject({ name: 'ValidationException', status: 400, fault: 'client' });
    expect(err.message).toMatch(/^\d validation errors? detected: /);
    expect(err.message).toMatch(message);
    expect(emulator.sessions()).toHaveLength(before);
  });

  it('reports several violations in one message', async () => {
    const err = await failure(create({ ClientRequestToken: long(65, '!'), Settings: { AuditImagesLimit: 9 } }));
    expect(err.message).toMatch(/^3 validation errors detected: /);
  });

  it.each([
    ['SessionId too short', 'abc', /sessionId'.*greater than or equal to 36/],
    ['SessionId too long', `${'0'.repeat(37)}`, /sessionId'.*less than or equal to 36/],
    ['SessionId pattern', '0000000A-0000-4000-8000-000000000000', /sessionId'.*pattern/],
  ])('GetFaceLivenessSessionResults: %s → ValidationException 400', async (_name, id, message) => {
    const err = await failure(get(id));
    expect(err).toMatchObject({ name: 'ValidationException', status: 400 });
    expect(err.message).toMatch(message);
  });

  it('a missing SessionId → ValidationException 400', async () => {
    const err = await failure(client.send(new GetFaceLivenessSessionResultsCommand({} as never)));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toMatch(/Value null at 'sessionId' failed to satisfy constraint: Member must not be null/);
  });

  it('a wrong JSON type → SerializationException 400', async () => {
    const err = await failure(create({ Settings: { AuditImagesLimit: 'two' as never } }));
    expect(err).toMatchObject({ name: 'SerializationException', status: 400 });
  });

  it('lists every constraint it enforces, each exercised above', () => {
    expect(emulator.constraintCount).toBe(MODEL_CONSTRAINTS.length);
    expect(MODEL_CONSTRAINTS).toHaveLength(26);
  });
});

/** A raw HTTPS request, to send what the SDK never would. */
function raw(path: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const url = new URL(path, emulator.url);
    const req = request(url, { method: 'POST', headers, ca: emulator.certificate }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('wire form and signing', () => {
  const target = {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': 'RekognitionService.CreateFaceLivenessSession',
  };
  // Signed now (the 5-minute clock window is always checked), with a signature nobody verifies here.
  const amzDate = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const signed = {
    authorization: `AWS4-HMAC-SHA256 Credential=AKIDRAW/${amzDate.slice(0, 8)}/us-east-1/rekognition/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'a'.repeat(64)}`,
    'x-amz-date': amzDate,
  };

  it('answers errors as {"__type","Message"} with x-amzn-errortype', async () => {
    const res = await raw('/', { ...target, ...signed }, JSON.stringify({ ClientRequestToken: '' }));
    expect(res.status).toBe(400);
    expect(res.headers['x-amzn-errortype']).toBe('ValidationException');
    expect(JSON.parse(res.body)).toMatchObject({
      __type: 'ValidationException',
      Message: expect.stringMatching(/clientRequestToken/),
    });
  });

  it('refuses an unsigned request with MissingAuthenticationTokenException 403', async () => {
    const res = await raw('/', target, '{}');
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).__type).toBe('MissingAuthenticationTokenException');
  });

  it('refuses an Authorization header that is not SigV4 with IncompleteSignatureException 403', async () => {
    const res = await raw('/', { ...target, authorization: 'Bearer abc', 'x-amz-date': '20260101T000000Z' }, '{}');
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).__type).toBe('IncompleteSignatureException');
  });

  it('refuses invalid JSON with SerializationException and an unknown target with UnknownOperationException', async () => {
    expect(JSON.parse((await raw('/', { ...target, ...signed }, '{nope')).body).__type).toBe('SerializationException');
    const unknown = await raw('/', { ...target, ...signed, 'x-amz-target': 'RekognitionService.DetectFaces' }, '{}');
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body).__type).toBe('UnknownOperationException');
  });
});
