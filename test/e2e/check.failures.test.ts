/**
 * `<LivenessCheck>` end to end when things go wrong: a stream exception, a face that never fits
 * the oval, an expired session, the user cancelling, a service that never sends the session
 * information. Each ends on one clear screen, and "Try again" runs a NEW session to a result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequests, startCheckSuite, type CheckSuite } from './harness/checkSuite';

let suite: CheckSuite;

beforeAll(async () => {
  suite = await startCheckSuite();
});
afterAll(async () => {
  if (suite) console.log(`\n<LivenessCheck> e2e, failures (${new Date().toISOString()}):\n${suite.timingTable()}\n`);
  await suite?.close();
});

/** Long enough for a detector's late second report (TIMEOUT is followed by SERVER_ERROR ~150 ms later). */
const SETTLE_MS = 1_500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Exactly one error on screen, with this code, reported once through onError. */
async function expectOneError(code: string) {
  await suite.waitForEvent('errorShown');
  await sleep(SETTLE_MS);
  const { page } = suite;
  expect(await page.locator('.rfl-check').getAttribute('data-state')).toBe('error');
  expect(await page.locator(`.rfl-check section[data-view="error"][data-error-code="${code}"]`).count()).toBe(1);
  // Announced once: by the check's one polite live region, with no second, assertive alert.
  expect(await page.locator('[role="alert"]').count()).toBe(0);
  const region = page.locator('.rfl-check [role="status"]');
  expect(await region.count()).toBe(1);
  expect(await region.innerText()).toContain(await page.locator('.rfl-check [data-view="error"] h2').innerText());
  const events = await suite.events();
  expect(events.filter((e) => e.type === 'errorShown').map((e) => e.detail)).toEqual([{ code }]);
  expect(events.filter((e) => e.type === 'error').map((e) => e.detail?.code)).toEqual([code]);
}

/** "Try again" creates a second session with a different token, and that one ends live. */
async function expectRetryEndsLive(scenario: string) {
  const clickedAt = Date.now();
  await suite.page.getByRole('button', { name: 'Try again' }).click();
  expect(await suite.settle(2)).toMatchObject({ state: 'succeeded', errors: [] });
  await suite.waitForEvent('resultShown', (e) => e.at >= clickedAt);
  expect(await suite.page.locator('.rfl-check .rfl-result').getAttribute('data-verdict')).toBe('live');
  const sessions = suite.e2e.emulator.sessions();
  expect(sessions).toHaveLength(2);
  expect(sessions[1]).toMatchObject({ status: 'SUCCEEDED', streams: 1, createCalls: 1 });
  expect(sessions[0]!.clientRequestToken).not.toBe(sessions[1]!.clientRequestToken);
  // The tokens the browser generated (the handler scopes them to the caller before the service sees them).
  const tokens = apiRequests(suite.network())
    .filter((r) => r.method === 'POST')
    .map((r) => (JSON.parse(r.body!) as { clientRequestToken: string }).clientRequestToken);
  // (A create that failed transiently is retried with the same token, so count distinct ones.)
  expect(new Set(tokens).size, `POSTs to the handler: ${JSON.stringify(apiRequests(suite.network()))}`).toBe(2);
  await suite.finish(`${scenario}, then Try again`, true);
  expect(suite.pageErrors()).toEqual([]);
  expect(suite.e2e.offMachineRequests).toEqual([]);
}

describe('<LivenessCheck> end to end: failures and retry', () => {
  it('a stream exception shows our error view; "Try again" runs a new session that ends live', async () => {
    await suite.start({ scenarios: ['stream-internal'] });
    await expectOneError('STREAM_ERROR');
    const [first] = suite.e2e.emulator.sessions();
    expect(first).toMatchObject({ status: 'FAILED', streams: 1 });
    expect(first!.events.some((e) => e.name === 'InternalServerException')).toBe(true);
    await suite.finish('stream exception');
    await expectRetryEndsLive('stream exception');
  });

  it('a face that never fits the oval: the detector’s TIMEOUT gives one error, not two; retry works', async () => {
    await suite.start({ scenarios: ['oval-out-of-reach'] });
    await expectOneError('FACE_FIT_TIMEOUT');
    // The detector closed its socket for the face-fit timeout (4001), the cause of its second report.
    const [first] = suite.e2e.emulator.sessions();
    await expect
      .poll(() => first && suite.e2e.emulator.session(first.sessionId)!.events.some((e) => e.name === 'socket-closed'))
      .toBe(true);
    expect(
      suite.e2e.emulator.session(first!.sessionId)!.events.find((e) => e.name === 'socket-closed')!.detail,
    ).toMatchObject({ code: 4001 });
    await suite.finish('face never fits the oval');
    await expectRetryEndsLive('face never fits the oval');
  });

  it('the service reports the session EXPIRED: the expired view; retry works', async () => {
    await suite.start({ scenarios: ['expired'] });
    expect(await suite.settle()).toMatchObject({ state: 'expired', errors: [] });
    await suite.waitForEvent('resultShown');
    const result = suite.page.locator('.rfl-check .rfl-result[data-state="expired"]');
    expect(await result.locator('h2').textContent()).toBe('The check expired');
    expect(suite.e2e.emulator.sessions()[0]!.status).toBe('SUCCEEDED'); // the stream ran; the service said EXPIRED
    expect(suite.polls(suite.e2e.emulator.sessions()[0]!.sessionId)).toHaveLength(1);
    await suite.finish('service says EXPIRED');
    await expectRetryEndsLive('service says EXPIRED');
  });

  it('a session whose 3 minutes ran out before the stream opened: the expired view; retry works', async () => {
    // The service's clock passes the session's lifetime between CreateFaceLivenessSession and the
    // stream, so the stream is refused and the detector reports only a SERVER_ERROR. <LivenessCheck>
    // reads the session's status once after a stream failure, learns it is EXPIRED, and says so.
    let expireNext = true;
    await suite.start({
      onSessionCreated: () => {
        if (expireNext) suite.advanceEmulatorClock(181_000);
        expireNext = false;
      },
    });
    expect(await suite.settle()).toMatchObject({ state: 'expired', errors: [] });
    const [first] = suite.e2e.emulator.sessions();
    expect(first!.status).toBe('EXPIRED');
    expect(first!.events.find((e) => e.name === 'ValidationException')!.detail).toMatchObject({
      message: `Session ${first!.sessionId} has expired.`,
    });
    expect(suite.polls(first!.sessionId)).toHaveLength(1);
    await suite.waitForEvent('resultShown');
    const result = suite.page.locator('.rfl-check .rfl-result[data-state="expired"]');
    expect(await result.locator('h2').textContent()).toBe('The check expired');
    await suite.finish('session expired before the stream');
    await expectRetryEndsLive('session expired before the stream');
  });
});

describe('<LivenessCheck> end to end: the user cancels', () => {
  /** Nothing leaves the page, and nothing reaches the emulator, for `ms` after `since`. */
  async function expectSilenceAfter(since: number, ms: number) {
    await sleep(ms);
    const late = suite.network().filter((e) => e.at > since && (e.kind === 'http' || e.kind === 'ws-open'));
    expect(late).toEqual([]);
    expect(suite.network().filter((e) => e.kind === 'ws-frame-sent' && e.at > since + 100)).toEqual([]);
    const requests = suite.e2e.emulator.records().filter((r) => r.type === 'request');
    expect(requests.filter((r) => suite.onMachineClock(r.at) > since)).toEqual([]);
  }

  it('with the detector’s own cancel button while the camera runs: cancelled, and no request after it', async () => {
    await suite.start();
    // Mid-check: the face model is loaded, the stream is open and video is flowing to the service.
    await expect
      .poll(() => suite.e2e.emulator.sessions()[0]?.events.some((e) => e.name === 'VideoEvent'), { timeout: 30_000 })
      .toBe(true);
    await suite.page.locator('.amplify-liveness-cancel-button').click();
    await suite.waitForState('cancelled');
    const cancelled = await suite.waitForEvent('state', (e) => e.detail?.state === 'cancelled');
    await expectSilenceAfter(cancelled.at, 3_000);
    const events = await suite.events();
    expect(events.filter((e) => e.type === 'cancel')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    expect(await suite.page.locator('.rfl-check [data-view="cancelled"]').count()).toBe(1);
    const [session] = suite.e2e.emulator.sessions();
    expect(session!.events.find((e) => e.name === 'socket-closed')).toBeDefined();
    expect(suite.polls(session!.sessionId)).toEqual([]);
    await suite.finish('cancel during capture');
  });

  it('with "Cancel" while results are polled: cancelled, and polling stops at once', async () => {
    await suite.start({ scenarios: [{ pendingPolls: 1_000 }] });
    await suite.waitForState('verifying', 60_000);
    const [session] = suite.e2e.emulator.sessions();
    await expect.poll(() => suite.polls(session!.sessionId).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await suite.page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await suite.waitForState('cancelled');
    const cancelled = await suite.waitForEvent('state', (e) => e.detail?.state === 'cancelled');
    // The plan's next waits are 640 ms, 1 s, 1.6 s: a poll that outlived the cancel would show.
    await expectSilenceAfter(cancelled.at, 3_000);
    expect((await suite.events()).filter((e) => e.type === 'cancel')).toHaveLength(1);
    await suite.finish('cancel while polling');
  });
});

describe('<LivenessCheck> end to end: no session information from the service', () => {
  it('the bounded wait (connectTimeoutMs 4 s) ends "Connecting…" with a clear error; retry works', async () => {
    await suite.start({ scenarios: ['no-session-information'], query: { connectTimeoutMs: '4000' } });
    await suite.waitForState('capturing');
    await suite.page.locator('.amplify-liveness-connecting-loader').waitFor();
    await expectOneError('CAPTURE_TIMEOUT');
    const events = await suite.events();
    const capturing = events.find((e) => e.type === 'state' && e.detail?.state === 'capturing')!;
    const shown = events.find((e) => e.type === 'errorShown')!;
    expect(shown.at - capturing.at).toBeGreaterThanOrEqual(4_000);
    expect(shown.at - capturing.at).toBeLessThan(4_000 + 3_000);
    expect(await suite.page.locator('.rfl-check [data-view="error"] p').textContent()).toBe(
      'The check took too long to start. Please try again.',
    );
    const [session] = suite.e2e.emulator.sessions();
    expect(session!.events.some((e) => e.name === 'ServerSessionInformationEvent')).toBe(false);
    await suite.finish('no session information');
    await expectRetryEndsLive('no session information');
  });
});
