import { describe, expect, it } from 'vitest';
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
    expect((await f.createSession('alice')).response.status).toBe(201);

    clock.advance(180_001);
    await failCheck(f, 'alice');
    expect((await f.createSession('alice')).response.status).toBe(201);
  });

  it('does not count live results or expired sessions', async () => {
    const f = await start({ failedChecks: { limit: 1 } }, { scenario: 'live' });
    await failCheck(f, 'alice');
    f.emulator.setScenario('expired');
    await failCheck(f, 'alice');
    expect((await f.createSession('alice')).response.status).toBe(201);
  });

  it('uses a shared store when given one', async () => {
    const records = new Map<string, unknown>();
    const store = {
      get: async (id: string) => records.get(id) as never,
      set: async (id: string, record: unknown) => void records.set(id, record),
    };
    const f = await start({ failedChecks: { limit: 1, store } }, { scenario: 'not-live' });
    await failCheck(f, 'alice');
    expect(records.get('alice')).toMatchObject({
      failures: [{ sessionId: expect.any(String) }],
      blockedUntil: expect.any(Number),
    });
    expect((await f.createSession('alice')).response.status).toBe(429);
  });

  it('can be turned off', async () => {
    const f = await start({ failedChecks: false }, { scenario: 'not-live' });
    for (let i = 0; i < 6; i++) await failCheck(f, 'alice');
    expect((await f.createSession('alice')).response.status).toBe(201);
  });
});
