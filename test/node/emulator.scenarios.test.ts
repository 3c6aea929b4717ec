import { readFileSync } from 'node:fs';
import {
  CreateFaceLivenessSessionCommand,
  GetFaceLivenessSessionResultsCommand,
  type CreateFaceLivenessSessionCommandInput,
  type RekognitionClient,
} from '@aws-sdk/client-rekognition';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseScenarioName, scenarioFromToken, startLivenessEmulator, type LivenessEmulator } from '../../src/emulator';
import { rekognitionClient } from '../e2e/harness/awsClients';
import { livenessWebm } from '../e2e/harness/fixtureMedia';
import { streamSession } from '../e2e/harness/streamSession';

let emulator: LivenessEmulator;
let client: RekognitionClient; // default retries (maxAttempts 3), as an app would have
let once: RekognitionClient; // no retries
let webm: Buffer;

beforeAll(async () => {
  webm = readFileSync(livenessWebm(3));
  emulator = await startLivenessEmulator();
  client = rekognitionClient(emulator, { retryStrategy: new ConfiguredRetryStrategy(3, () => 10) });
  once = rekognitionClient(emulator, { maxAttempts: 1 });
});
afterAll(async () => {
  client.destroy();
  once.destroy();
  await emulator.close();
});
beforeEach(() => emulator.reset());

const create = async (input: CreateFaceLivenessSessionCommandInput = {}, c = client) =>
  (await c.send(new CreateFaceLivenessSessionCommand(input))).SessionId!;
const get = (SessionId: string, c = client) => c.send(new GetFaceLivenessSessionResultsCommand({ SessionId }));
const stream = (sessionId: string, extra: Partial<Parameters<typeof streamSession>[0]> = {}) =>
  streamSession({ endpoint: emulator.url, certificate: emulator.certificate, sessionId, webm, ...extra });
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: { name: string; $metadata: { httpStatusCode?: number; attempts?: number } }) => e,
  );

describe('choosing a scenario', () => {
  it('defaults to a live person (98.5)', async () => {
    const id = await create();
    await stream(id);
    expect(await get(id)).toMatchObject({ Status: 'SUCCEEDED', Confidence: 98.5 });
    expect(emulator.session(id)!.scenarioSource).toBe('default');
  });

  it('setScenario applies to every session; undefined restores the default', async () => {
    emulator.setScenario('not-live');
    const a = await create();
    await stream(a);
    expect(await get(a)).toMatchObject({ Status: 'SUCCEEDED', Confidence: 12 });
    emulator.setScenario({ outcome: 'live', confidence: 77.25 });
    const b = await create();
    await stream(b);
    expect((await get(b)).Confidence).toBe(77.25);
    emulator.setScenario(undefined);
    const c = await create();
    await stream(c);
    expect((await get(c)).Confidence).toBe(98.5);
  });

  it('queueScenario is consumed by the next sessions, in order, before the emulator-wide one', async () => {
    emulator.setScenario('not-live');
    emulator.queueScenario('failed', 'live');
    const [a, b, c] = [await create(), await create(), await create()];
    for (const id of [a, b, c]) await stream(id);
    expect((await get(a)).Status).toBe('FAILED');
    expect((await get(b)).Confidence).toBe(98.5);
    expect((await get(c)).Confidence).toBe(12);
    expect([a, b, c].map((id) => emulator.session(id)!.scenarioSource)).toEqual(['queue', 'queue', 'emulator']);
  });

  it('a ClientRequestToken prefix `emu-<scenario>-` picks the scenario from the server side', async () => {
    emulator.queueScenario('failed');
    const id = await create({ ClientRequestToken: 'emu-not-live-7f3a' });
    await stream(id);
    expect((await get(id)).Confidence).toBe(12);
    expect(emulator.session(id)!.scenarioSource).toBe('token');
    // the queue was not consumed
    const next = await create();
    await stream(next);
    expect((await get(next)).Status).toBe('FAILED');
  });

  it('parses preset names and refuses unknown ones', () => {
    expect(parseScenarioName('pending-3')).toEqual({ pendingPolls: 3 });
    expect(parseScenarioName('throttle-get-2')).toEqual({ getFault: { error: 'ThrottlingException', times: 2 } });
    expect(parseScenarioName('stream-unavailable-video')).toEqual({
      streamFault: { kind: 'exception', exception: 'ServiceUnavailableException', at: 'video' },
    });
    expect(scenarioFromToken('emu-error-create-1_abc')).toEqual({
      createFault: { error: 'InternalServerError', times: 1 },
    });
    expect(scenarioFromToken('emulator-live')).toBeUndefined();
    expect(() => parseScenarioName('sometimes')).toThrow(/Unknown emulator scenario 'sometimes'/);
  });
});

describe('outcomes', () => {
  it('failed → FAILED with no confidence and no images', async () => {
    emulator.setScenario('failed');
    const id = await create({ Settings: { AuditImagesLimit: 2 } });
    await stream(id);
    const results = await get(id);
    expect(results).toMatchObject({ Status: 'FAILED' });
    expect(results.Confidence).toBeUndefined();
    expect(results.ReferenceImage).toBeUndefined();
  });

  it('expired → EXPIRED once the video is in', async () => {
    emulator.setScenario('expired');
    const id = await create();
    expect((await get(id)).Status).toBe('CREATED');
    await stream(id);
    expect((await get(id)).Status).toBe('EXPIRED');
  });

  it('pending-N → IN_PROGRESS for N polls, then the result; polls are counted per session', async () => {
    emulator.queueScenario('pending-2');
    const id = await create();
    await stream(id);
    expect((await get(id)).Status).toBe('IN_PROGRESS');
    expect((await get(id)).Status).toBe('IN_PROGRESS');
    expect((await get(id)).Status).toBe('SUCCEEDED');
    expect(emulator.session(id)!.getCalls).toBe(3);
    expect(emulator.requests({ operation: 'GetFaceLivenessSessionResults', sessionId: id })).toHaveLength(3);
  });
});

describe('faults on create and get', () => {
  it('throttle-create-2: the SDK retries and the third attempt creates exactly one session', async () => {
    emulator.queueScenario('throttle-create-2');
    const id = await create();
    const creates = emulator.requests({ operation: 'CreateFaceLivenessSession' });
    expect(creates.map((r) => [r.httpStatus, r.errorType])).toEqual([
      [500, 'ThrottlingException'],
      [500, 'ThrottlingException'],
      [200, undefined],
    ]);
    expect(emulator.sessions().map((s) => s.sessionId)).toEqual([id]);
  });

  it('throttle-create-1 without retries surfaces ThrottlingException (500, server fault)', async () => {
    emulator.setScenario('throttle-create-1');
    const err = await errorOf(create({}, once));
    expect(err).toMatchObject({ name: 'ThrottlingException', $fault: 'server', $metadata: { httpStatusCode: 500 } });
    expect(await create({}, once)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('error-create / throughput-create / denied-create give InternalServerError 500, ProvisionedThroughputExceededException 400, AccessDeniedException 400', async () => {
    emulator.queueScenario('error-create-1', 'throughput-create-1', 'denied-create-1');
    expect(await errorOf(create({}, once))).toMatchObject({
      name: 'InternalServerError',
      $metadata: { httpStatusCode: 500 },
    });
    await create({}, once);
    expect(await errorOf(create({}, once))).toMatchObject({
      name: 'ProvisionedThroughputExceededException',
      $metadata: { httpStatusCode: 400 },
    });
    await create({}, once);
    expect(await errorOf(create({}, once))).toMatchObject({
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('a token-chosen create fault counts per token', async () => {
    const err = await errorOf(create({ ClientRequestToken: 'emu-unavailable-create-1-x' }, once));
    expect(err).toMatchObject({ name: 'ServiceUnavailableException', $metadata: { httpStatusCode: 503 } });
    const id = await create({ ClientRequestToken: 'emu-unavailable-create-1-x' }, once);
    expect(await create({ ClientRequestToken: 'emu-unavailable-create-1-x' }, once)).toBe(id);
  });

  it('error-get-2: the first two polls of that session fail with 500, then it answers', async () => {
    emulator.queueScenario('error-get-2');
    const id = await create();
    expect(await errorOf(get(id, once))).toMatchObject({
      name: 'InternalServerError',
      $metadata: { httpStatusCode: 500 },
    });
    expect(await errorOf(get(id, once))).toMatchObject({ name: 'InternalServerError' });
    expect((await get(id, once)).Status).toBe('CREATED');
    expect(emulator.session(id)!.getCalls).toBe(3);
  });

  it('throttle-get-1 is absorbed by the SDK retry', async () => {
    emulator.queueScenario('throttle-get-1');
    const id = await create();
    expect((await get(id)).Status).toBe('CREATED');
    expect(
      emulator.requests({ operation: 'GetFaceLivenessSessionResults', sessionId: id }).map((r) => r.httpStatus),
    ).toEqual([500, 200]);
  });
});

describe('stream faults', () => {
  it.each([
    ['stream-validation', 'ValidationException'],
    ['stream-throttling', 'ThrottlingException'],
    ['stream-unavailable', 'ServiceUnavailableException'],
  ])('%s → %s on the stream instead of the challenge; the session FAILS', async (scenario, name) => {
    emulator.queueScenario(scenario);
    const id = await create();
    const outcome = await stream(id);
    expect(outcome.events).toEqual([]);
    expect(outcome.error?.name).toBe(name);
    expect((await get(id)).Status).toBe('FAILED');
  });

  it('stream-throttling-video → the exception after the first video chunk', async () => {
    emulator.queueScenario('stream-throttling-video');
    const id = await create();
    const outcome = await stream(id);
    expect(outcome.events.map((e) => Object.keys(e)[0])).toEqual(['ServerSessionInformationEvent']);
    expect(outcome.error?.name).toBe('ThrottlingException');
    expect((await get(id)).Status).toBe('FAILED');
  });

  it('no-session-information → the stream stays open without a challenge', async () => {
    emulator.queueScenario('no-session-information');
    const id = await create();
    const outcome = await stream(id, { sessionInformationTimeoutMs: 300 });
    expect(outcome.sessionInformation).toBeUndefined();
    expect(emulator.session(id)!.events.some((e) => e.name === 'ServerSessionInformationEvent')).toBe(false);
    await expect.poll(() => emulator.session(id)!.status).toBe('FAILED'); // once the client gave up
  });

  it('drop-socket → the connection is cut without a close frame', async () => {
    emulator.queueScenario({ streamFault: { kind: 'drop-socket', afterVideoEvents: 2 } });
    const id = await create();
    const outcome = await stream(id);
    expect(outcome.events.map((e) => Object.keys(e)[0])).toEqual(['ServerSessionInformationEvent']);
    expect(outcome.events.some((e) => 'DisconnectionEvent' in e)).toBe(false);
    const session = emulator.session(id)!;
    expect(session.events.find((e) => e.name === 'socket-dropped')!.detail).toEqual({ afterVideoEvents: 2 });
    expect(session.events.find((e) => e.name === 'socket-closed')!.detail).toMatchObject({ code: 1006 });
    expect((await get(id)).Status).toBe('FAILED');
  });
});

describe('challenge per session', () => {
  it('oval-out-of-reach → a small corner oval and a short OvalFitTimeout on that session only', async () => {
    expect(parseScenarioName('oval-out-of-reach')).toEqual({
      ovalParameters: { Width: 60, Height: 97, CenterX: 40, CenterY: 60 },
      challengeConfig: { OvalFitTimeout: 4000 },
    });
    emulator.queueScenario('oval-out-of-reach');
    const corner = await create();
    const plain = await create();
    const challengeOf = async (id: string) => {
      const outcome = await stream(id);
      const challenge = outcome.sessionInformation!.Challenge as Record<string, Record<string, Record<string, number>>>;
      return challenge.FaceMovementAndLightChallenge!;
    };
    const sent = await challengeOf(corner);
    expect(sent.OvalParameters).toEqual({ Width: 60, Height: 97, CenterX: 40, CenterY: 60 });
    expect(sent.ChallengeConfig).toMatchObject({ OvalFitTimeout: 4000, OvalHeightWidthRatio: 1.618 });
    const other = await challengeOf(plain);
    expect(other.OvalParameters).toEqual({ Width: 190, Height: 307, CenterX: 312, CenterY: 210 });
    expect(other.ChallengeConfig!.OvalFitTimeout).toBe(7000);
  });

  it('a scenario’s ovalParameters / challengeConfig override the emulator-wide ones key by key', async () => {
    const own = await startLivenessEmulator({
      ovalParameters: { Width: 200 },
      challengeConfig: { OvalFitTimeout: 9000 },
    });
    try {
      own.queueScenario({ ovalParameters: { CenterX: 300 }, challengeConfig: { OvalIouThreshold: 0.5 } });
      const c = rekognitionClient(own);
      const id = (await c.send(new CreateFaceLivenessSessionCommand({}))).SessionId!;
      c.destroy();
      const outcome = await streamSession({ endpoint: own.url, certificate: own.certificate, sessionId: id, webm });
      const sent = (outcome.sessionInformation!.Challenge as Record<string, Record<string, Record<string, number>>>)
        .FaceMovementAndLightChallenge!;
      expect(sent.OvalParameters).toEqual({ Width: 200, Height: 307, CenterX: 300, CenterY: 210 });
      expect(sent.ChallengeConfig).toMatchObject({ OvalFitTimeout: 9000, OvalIouThreshold: 0.5 });
    } finally {
      await own.close();
    }
  });
});
