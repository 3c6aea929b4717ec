/**
 * createRedisAttemptStore against a real redis-server (started by test/node/redisServer.ts): the
 * same rules as the memory store, atomic updates under concurrency, keys that expire by
 * themselves, and three handler instances in separate processes keeping one limit.
 */
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLivenessEmulator, type LivenessEmulator } from '../../src/emulator/index';
import type { AttemptRecord, AttemptStore } from '../../src/server/attemptLimiter';
import { createRedisAttemptStore } from '../../src/server/createRedisAttemptStore';
import { expectAttemptRules } from './attemptStoreContract';
import { buildInstance, startInstances, type Instances } from './redisInstances';
import { REGION, DUMMY_CREDENTIALS } from './serverSupport';
import { streamSession } from './serverStream';

const redis = createClient({ url: inject('redisUrl') });
let prefix = '';
let runs = 0;
const POLICY = { limit: 100, windowMs: 180_000, cooldownMs: 1_800_000 };

beforeAll(async () => {
  await redis.connect();
});
afterAll(async () => {
  await redis.quit();
});

function freshStore(): AttemptStore {
  prefix = `test:${process.pid}:${++runs}:`;
  return createRedisAttemptStore({ client: redis, keyPrefix: prefix });
}

async function recordOf(caller: string): Promise<AttemptRecord | undefined> {
  const raw = await redis.get(prefix + caller);
  return raw === null ? undefined : (JSON.parse(raw) as AttemptRecord);
}

describe('createRedisAttemptStore', () => {
  it('applies the limit’s rules, like the memory store', async () => {
    await expectAttemptRules(freshStore(), 'alice');
  });

  it('loses no update: 50 parallel failures of one caller are all counted, and the limit-th starts the cool-down', async () => {
    const store = freshStore();
    const now = Date.now();
    const waits = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.update('alice', { event: { type: 'fail', slot: `s${i}` }, now, policy: { ...POLICY, limit: 50 } }),
      ),
    );
    expect(Object.keys((await recordOf('alice'))!.failed)).toHaveLength(50);
    expect(waits.filter((wait) => wait === 1_800_000)).toHaveLength(1);
    expect(waits.filter((wait) => wait === 0)).toHaveLength(49);
  });

  it('takes exactly `limit` slots when 20 creates race', async () => {
    const store = freshStore();
    const now = Date.now();
    const waits = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update('mallory', { event: { type: 'open', slot: `t:${i}` }, now, policy: { ...POLICY, limit: 5 } }),
      ),
    );
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
    expect(waits.filter((wait) => wait === 360_000)).toHaveLength(15);
  });

  it('lets keys expire by themselves, and deletes a record that holds nothing', async () => {
    const store = freshStore();
    const now = Date.now();
    await store.update('bob', { event: { type: 'open', slot: 't:a' }, now, policy: POLICY });
    const ttl = await redis.pTTL(prefix + 'bob');
    expect(ttl).toBeGreaterThan(350_000);
    expect(ttl).toBeLessThanOrEqual(360_000);
    await store.update('bob', { event: { type: 'release', slot: 't:a' }, now, policy: POLICY });
    expect(await redis.exists(prefix + 'bob')).toBe(0);
    for (let i = 0; i < 100; i++) {
      await store.update('carol', { event: { type: 'fail', slot: `s${i}` }, now, policy: POLICY });
    }
    // Blocked: the key lives as long as the cool-down.
    const blocked = await redis.pTTL(prefix + 'carol');
    expect(blocked).toBeGreaterThan(1_790_000);
    expect(blocked).toBeLessThanOrEqual(1_800_000);
  });

  it('loads its script again after SCRIPT FLUSH (EVALSHA falls back to EVAL)', async () => {
    const store = freshStore();
    await store.update('dave', { event: { type: 'open', slot: 't:a' }, now: Date.now(), policy: POLICY });
    await redis.scriptFlush();
    await store.update('dave', { event: { type: 'open', slot: 't:b' }, now: Date.now(), policy: POLICY });
    expect(Object.keys((await recordOf('dave'))!.open).sort()).toEqual(['t:a', 't:b']);
  });

  it('refuses a client that cannot run scripts', () => {
    expect(() => createRedisAttemptStore({ client: {} as never })).toThrow('must be a node-redis client');
  });
});

describe('three handler instances in separate processes sharing one redis-server', () => {
  let emulator: LivenessEmulator;
  let instances: Instances;
  const keyPrefix = `procs:${process.pid}:`;

  beforeAll(async () => {
    emulator = await startLivenessEmulator({ ffmpegPath: false, scenario: 'not-live' });
    const script = await buildInstance();
    instances = await startInstances(script, 3, {
      RFL_REDIS_URL: inject('redisUrl'),
      RFL_EMULATOR_URL: emulator.url,
      RFL_EMULATOR_CA: emulator.certificate,
      RFL_KEY_PREFIX: keyPrefix,
    });
  }, 120_000);
  afterAll(async () => {
    await instances?.stop();
    await emulator?.close();
  });

  const at = (i: number) => instances.origins[i % 3]!;
  async function create(base: string, user: string, i: number) {
    const response = await fetch(`${at(i)}${base}/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user': user },
      body: JSON.stringify({ clientRequestToken: `proc-${user}-${i}` }),
    });
    return { response, body: (await response.clone().json()) as { sessionId: string; handle: string } };
  }
  const stream = (sessionId: string) =>
    streamSession({
      endpoint: emulator.endpoint,
      ca: emulator.certificate,
      sessionId,
      region: REGION,
      credentials: DUMMY_CREDENTIALS,
    });
  const results = (base: string, user: string, i: number, session: { sessionId: string; handle: string }) =>
    fetch(`${at(i)}${base}/sessions/${session.sessionId}/results`, {
      headers: { 'x-user': user, 'x-liveness-session-handle': session.handle },
    });

  it('counts all of 50 parallel failed checks made through the three instances', async () => {
    const created = await Promise.all(Array.from({ length: 50 }, (_, i) => create('/loose', 'alice', i)));
    expect(created.map(({ response }) => response.status)).toEqual(Array(50).fill(201));
    await Promise.all(created.map(({ body }) => stream(body.sessionId)));
    // Each session is read on another instance than the one that created it.
    const read = await Promise.all(created.map(({ body }, i) => results('/loose', 'alice', i + 1, body)));
    expect(read.map((r) => r.status)).toEqual(Array(50).fill(200));
    const record = JSON.parse((await redis.get(`${keyPrefix}/loose:alice`))!) as AttemptRecord;
    expect(Object.keys(record.failed)).toHaveLength(50);
    expect(Object.keys(record.open)).toHaveLength(0);
    expect(record.blockedUntil).toBe(0);
  });

  it('refuses the sixth attempt on every instance after five failed checks spread across them', async () => {
    const created = await Promise.all(Array.from({ length: 5 }, (_, i) => create('/strict', 'mallory', i)));
    expect(created.map(({ response }) => response.status)).toEqual(Array(5).fill(201));
    await Promise.all(created.map(({ body }) => stream(body.sessionId)));
    const read = await Promise.all(created.map(({ body }, i) => results('/strict', 'mallory', i + 2, body)));
    const verdicts = await Promise.all(read.map(async (r) => ((await r.json()) as { IsLive: boolean }).IsLive));
    expect(verdicts).toEqual([false, false, false, false, false]);
    for (let i = 0; i < 3; i++) {
      const sixth = await create('/strict', 'mallory', 100 + i);
      expect(sixth.response.status).toBe(429);
      expect(sixth.body).toMatchObject({ error: { code: 'TOO_MANY_ATTEMPTS' } });
      expect(Number(sixth.response.headers.get('retry-after'))).toBeGreaterThan(1790);
    }
  });

  it('refuses the sixth of six parallel creates spread across the instances, before AWS is asked', async () => {
    const before = emulator.requests({ operation: 'CreateFaceLivenessSession' }).length;
    const created = await Promise.all(Array.from({ length: 6 }, (_, i) => create('/strict', 'trudy', i)));
    expect(created.map(({ response }) => response.status).sort()).toEqual([201, 201, 201, 201, 201, 429]);
    expect(emulator.requests({ operation: 'CreateFaceLivenessSession' }).length).toBe(before + 5);
  });
});
