import { describe, expect, it } from 'vitest';
import type { AttemptStore } from '../../src/server/attemptLimiter';
import { createMemoryAttemptStore } from '../../src/server/createMemoryAttemptStore';
import { errorOf, fixturePerTest, manualClock, newToken, type Fixture } from './serverSupport';

const start = fixturePerTest();

describe('the failed-check limit', () => {
  async function failCheck(f: Fixture, user: string): Promise<Response> {
    const { body } = await f.createSession(user);
    await f.stream(body.sessionId);
    return f.results(user, body.sessionId, body.handle);
  }

  it('trips after 5 failed checks in 3 minutes, refuses before any AWS call, and recovers after 30 minutes', async () => {
    const clock = manualClock();
    const f = await start({ now: clock.now }, { scenario: 'not-live' });
    for (let i = 0; i < 5; i++) {
      const response = await failCheck(f, 'alice');
      expect(((await response.json()) as { IsLive: boolean }).IsLive).toBe(false);
      clock.advance(20_000);
    }
    const creates = f.awsCalls('CreateFaceLivenessSession');
    const refused = await f.call('POST', '/api/liveness/sessions', {
      user: 'alice',
      body: { clientRequestToken: newToken() },
    });
    expect(refused.status).toBe(429);
    // The fifth failure (at +80 s) started the cool-down; the clock now reads +100 s.
    expect(Number(refused.headers.get('retry-after'))).toBe(1800 - 20);
    expect(await errorOf(refused)).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryable: false });
    expect(f.awsCalls('CreateFaceLivenessSession')).toBe(creates);

    expect((await f.createSession('bob')).response.status).toBe(201);

    clock.advance(1_800_000 - 20_000 - 1);
    expect((await f.createSession('alice')).response.status).toBe(429);
    clock.advance(1);
    expect((await f.createSession('alice')).response.status).toBe(201);
  });

  it('counts a session once however often it is polled, and forgets failures older than the window', async () => {
    const clock = manualClock();
    const f = await start({ now: clock.now, failedChecks: { limit: 2 } }, { scenario: 'failed' });
    const { body } = await f.createSession('alice');
    await f.stream(body.sessionId);
    for (let i = 0; i < 3; i++) {
      const json = (await (await f.results('alice', body.sessionId, body.handle)).json()) as Record<string, unknown>;
      expect(json).toMatchObject({ Status: 'FAILED', IsLive: false });
    }
    // One failure and one open session fill the two slots.
    expect((await f.createSession('alice')).response.status).toBe(201);
    expect((await f.createSession('alice')).response.status).toBe(429);

    clock.advance(180_001);
    expect((await f.createSession('alice')).response.status).toBe(201);
  });

  it('gives a slot back when the check passes, but not when the session expired', async () => {
    const clock = manualClock();
    const f = await start({ now: clock.now, failedChecks: { limit: 1 } }, { scenario: 'live' });
    for (let i = 0; i < 3; i++) await failCheck(f, 'alice');
    f.emulator.setScenario('expired');
    await failCheck(f, 'alice');
    // Not a failure (no cool-down), but its check may have run: it holds its slot for 3 + 3 minutes.
    const refused = (await f.createSession('alice')).response;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBe(360);
    clock.advance(360_000);
    expect((await f.createSession('alice')).response.status).toBe(201);
  });

  it('holds when 20 sessions are created in parallel and all streamed as spoofs: 5 failed checks, then the cool-down', async () => {
    const f = await start({}, { scenario: 'not-live' });
    const created = await Promise.all(Array.from({ length: 20 }, () => f.createSession('mallory')));
    const statuses = created.map(({ response }) => response.status).sort();
    expect(statuses).toEqual([...Array(5).fill(201), ...Array(15).fill(429)]);
    // Refused before AWS was asked: only the five sessions that got a slot exist.
    expect(f.awsCalls('CreateFaceLivenessSession')).toBe(5);
    for (const { response } of created.filter(({ response }) => response.status === 429)) {
      expect(await errorOf(response)).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryable: false });
    }
    const sessions = created.filter(({ response }) => response.status === 201).map(({ body }) => body);
    await Promise.all(sessions.map((session) => f.stream(session.sessionId)));
    const read = await Promise.all(sessions.map((s) => f.results('mallory', s.sessionId, s.handle)));
    const verdicts = await Promise.all(read.map(async (r) => ((await r.json()) as { IsLive: boolean }).IsLive));
    expect(verdicts).toEqual([false, false, false, false, false]);
    const after = (await f.createSession('mallory')).response;
    expect(after.status).toBe(429);
    expect(Number(after.headers.get('retry-after'))).toBeGreaterThan(1790);
  });

  it('counts sessions that are created but never read', async () => {
    const f = await start({}, { scenario: 'not-live' });
    for (let i = 0; i < 5; i++) {
      const { body, response } = await f.createSession('mallory');
      expect(response.status).toBe(201);
      await f.stream(body.sessionId);
    }
    const sixth = (await f.createSession('mallory')).response;
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBe(360);
    expect(f.awsCalls('CreateFaceLivenessSession')).toBe(5);
  });

  it('gives the slot back when AWS fails to create the session', async () => {
    const f = await start({ failedChecks: { limit: 1 }, maxAttempts: 1 });
    f.emulator.setScenario({ createFault: { error: 'InternalServerError', times: 1 } });
    expect((await f.createSession('alice')).response.status).toBe(502);
    f.emulator.setScenario(undefined);
    expect((await f.createSession('alice')).response.status).toBe(201);
  });

  it('takes one slot for a retried create with the same token', async () => {
    const f = await start({ failedChecks: { limit: 1 } });
    const first = await f.createSession('alice', 'retry-token');
    const retry = await f.createSession('alice', 'retry-token');
    expect([first.response.status, retry.response.status]).toEqual([201, 201]);
    expect(retry.body.sessionId).toBe(first.body.sessionId);
  });

  it('applies every event through the store it is given', async () => {
    const memory = createMemoryAttemptStore();
    const seen: string[] = [];
    const store: AttemptStore = {
      update(callerId, update) {
        seen.push(`${callerId}:${update.event.type}`);
        expect(update.policy).toEqual({ limit: 1, windowMs: 180_000, cooldownMs: 1_800_000 });
        return memory.update(callerId, update);
      },
    };
    const f = await start({ failedChecks: { limit: 1, store } }, { scenario: 'not-live' });
    await failCheck(f, 'alice');
    expect((await f.createSession('alice')).response.status).toBe(429);
    expect(seen).toEqual(['alice:open', 'alice:bind', 'alice:fail', 'alice:open']);
  });

  it('can be turned off', async () => {
    const f = await start({ failedChecks: false }, { scenario: 'not-live' });
    for (let i = 0; i < 6; i++) await failCheck(f, 'alice');
    expect((await f.createSession('alice')).response.status).toBe(201);
  });
});
