/**
 * Load: 200 callers at once, each creating a session through the handler, streaming it to the
 * emulator and polling its results. Every session gets its own confidence from the emulator, so a
 * result delivered to the wrong caller, lost, or duplicated shows up as a mismatch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSessionResults } from '../../src/core/validate';
import { streamSession } from './serverStream';
import { DUMMY_CREDENTIALS, REGION, startFixture, type Fixture } from './serverSupport';

const CALLERS = 200;
let f: Fixture;

beforeAll(async () => {
  f = await startFixture({ exposeConfidence: true, failedChecks: false, threshold: 50 });
}, 30_000);

afterAll(() => f?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One caller's whole check: create, stream, poll until a final status. */
async function runCaller(index: number) {
  const user = `caller-${index}`;
  const { response, body } = await f.createSession(user);
  if (response.status !== 201) throw new Error(`create answered ${response.status} for ${user}`);
  // One process plays 200 browsers and the service: a socket may wait longer than the SDK's 3 s to open.
  const events = await streamSession({
    endpoint: f.emulator.endpoint,
    ca: f.emulator.certificate,
    sessionId: body.sessionId,
    region: REGION,
    credentials: DUMMY_CREDENTIALS,
    connectionTimeoutMs: 60_000,
  });
  for (let poll = 1; ; poll++) {
    const answer = await f.results(user, body.sessionId, body.handle);
    if (answer.status !== 200) throw new Error(`results answered ${answer.status} for ${user}`);
    const results = parseSessionResults(await answer.json(), body.sessionId);
    if (results.status !== 'CREATED' && results.status !== 'IN_PROGRESS') {
      return { user, sessionId: body.sessionId, handle: body.handle, events, results, polls: poll };
    }
    await sleep(25);
  }
}

describe(`${CALLERS} concurrent checks through the handler and the emulator`, () => {
  it('each caller gets its own result, none lost or mixed', async () => {
    // One distinct confidence per session, handed out in creation order.
    f.emulator.queueScenario(...Array.from({ length: CALLERS }, (_, i) => ({ confidence: 10 + (i * 80) / CALLERS })));
    const outcomes = await Promise.allSettled(Array.from({ length: CALLERS }, (_, i) => runCaller(i)));
    const failures = outcomes
      .filter((o) => o.status === 'rejected')
      .map((o) => {
        const r = (o as PromiseRejectedResult).reason as Error;
        return `${r?.name}: ${r?.message} ${JSON.stringify(r)}`;
      });
    expect(failures).toEqual([]);
    const done = outcomes.map((o) => (o as PromiseFulfilledResult<Awaited<ReturnType<typeof runCaller>>>).value);

    expect(new Set(done.map((d) => d.sessionId)).size).toBe(CALLERS);
    expect(new Set(done.map((d) => d.results.confidence)).size).toBe(CALLERS);
    for (const d of done) {
      expect(d.events).toEqual(['ServerSessionInformationEvent', 'DisconnectionEvent']);
      const session = f.emulator.session(d.sessionId)!;
      expect(d.results.sessionId).toBe(d.sessionId);
      expect(d.results.status).toBe('SUCCEEDED');
      expect(d.results.confidence).toBe(session.scenario.confidence);
      expect(d.results.isLive).toBe(session.scenario.confidence! >= 50);
      expect(d.results.referenceImage?.source?.kind).toBe('bytes');
      expect(session.streams).toBe(1);
      expect(session.getCalls).toBe(d.polls);
    }
    expect(f.awsCalls('CreateFaceLivenessSession')).toBe(CALLERS);

    // After the rush, nobody can read anybody else's session, and asking costs no AWS call.
    const before = f.awsCalls();
    const crossed = await Promise.all(
      done.map((d, i) => f.results(d.user, done[(i + 1) % CALLERS]!.sessionId, d.handle).then((r) => r.status)),
    );
    expect(new Set(crossed)).toEqual(new Set([403]));
    expect(f.awsCalls()).toBe(before);
  }, 120_000);
});
