/**
 * `<LivenessCheck>` as a person meets it, to the result screen: the real component and detector in
 * headless Chromium with the fixture face as camera, `createFetchBackend` → `createLivenessHandler`
 * (in the page's Vite server) → the emulator, which also takes the detector's stream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_POLL_PLAN, DEFAULT_RETRY_PLAN, pollsUntilFinal } from '../../src/core/backoff';
import { displayConfidence } from '../../src/core/verdict';
import type { InspectedResult } from './pages/check/inspectResult';
import { meanAbsDiff, standardDeviation, videoThumbnails } from './harness/checkRun';
import { apiRequests, startCheckSuite, type CheckSuite } from './harness/checkSuite';

let suite: CheckSuite;

beforeAll(async () => {
  suite = await startCheckSuite();
});
afterAll(async () => {
  if (suite) console.log(`\n<LivenessCheck> e2e, results (${new Date().toISOString()}):\n${suite.timingTable()}\n`);
  await suite?.close();
});

const inspect = () => suite.page.evaluate(() => window.__inspectResult!()) as Promise<InspectedResult>;

/** The result screen shows what the emulator concluded, with frames of the video the browser streamed. */
async function expectResultScreen(confidence: number, verdict: 'live' | 'not-live') {
  await suite.waitForEvent('resultShown');
  const [session] = suite.e2e.emulator.sessions();
  const shown = await inspect();
  expect(shown.meter?.valueNow).toBe(confidence);
  expect(await suite.page.locator('.rfl-check [role="meter"]').innerText()).toContain(
    `${displayConfidence(confidence)}%`,
  );
  expect(shown.verdict).toBe(verdict);
  expect(session).toMatchObject({ status: 'SUCCEEDED', frameSource: 'ffmpeg', streams: 1 });

  // A reference image and AuditImagesLimit (2) audit images, each a decoded 640x480 frame.
  expect(shown.images).toHaveLength(3);
  const frames = videoThumbnails(suite.e2e.emulator.video(session!.sessionId)!);
  expect(frames.length).toBeGreaterThan(30);
  for (const image of shown.images) {
    expect([image.naturalWidth, image.naturalHeight]).toEqual([640, 480]);
    // The picture is one of the streamed frames (nearest frame within a few grey levels, JPEG
    // noise), and a picture, not a flat placeholder.
    expect(standardDeviation(image.thumb)).toBeGreaterThan(20);
    expect(Math.min(...frames.map((frame) => meanAbsDiff(frame, image.thumb)))).toBeLessThan(4);
    // The face box, as laid out on screen, lies inside the picture and on the face.
    const box = image.box!;
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.left + box.width).toBeLessThanOrEqual(640);
    expect(box.top + box.height).toBeLessThanOrEqual(480);
    expect(box.width).toBeGreaterThan(640 * 0.1);
    // Skin-coloured pixels (the face) centre inside the box, are at least 3x denser inside it
    // than elsewhere, and at least 40% of them are in it (measured: 4.3x+ and 48%+; a box in a
    // corner or off by half its size fails all three).
    const centre = image.skinCentre!;
    expect(centre.x).toBeGreaterThan(box.left);
    expect(centre.x).toBeLessThan(box.left + box.width);
    expect(centre.y).toBeGreaterThan(box.top);
    expect(centre.y).toBeLessThan(box.top + box.height);
    expect(image.skinInBox!).toBeGreaterThan(3 * image.skinOutsideBox!);
    expect(image.skinShareInBox!).toBeGreaterThan(0.4);
  }
  return session!;
}

describe('<LivenessCheck> end to end: live', () => {
  it.each([
    ['FaceMovementAndLightChallenge', 91.25],
    ['FaceMovementChallenge', 88.75],
  ] as const)(
    '%s: the gauge shows the emulator’s confidence, verdict live, real frames with the box on the face',
    async (challenge, confidence) => {
      await suite.start({
        settings: { AuditImagesLimit: 2, ChallengePreferences: [{ Type: challenge }] },
        scenarios: [{ outcome: 'live', confidence }],
      });
      expect(await suite.settle()).toMatchObject({ state: 'succeeded', errors: [] });
      const session = await expectResultScreen(confidence, 'live');
      expect(session.challengeType).toBe(challenge);
      expect((await suite.events()).filter((e) => e.type === 'complete').map((e) => e.detail)).toEqual([
        { status: 'SUCCEEDED', confidence, sessionId: session.sessionId },
      ]);
      await suite.finish(`live ${challenge}`);
      expect(suite.pageErrors()).toEqual([]);
      expect(suite.e2e.offMachineRequests).toEqual([]);
    },
  );
});

describe('<LivenessCheck> end to end: not live', () => {
  it('a low confidence from the service gives the "not live" verdict', async () => {
    await suite.start({ scenarios: ['not-live'] });
    expect(await suite.settle()).toMatchObject({ state: 'succeeded', errors: [] });
    await expectResultScreen(12, 'not-live');
    expect(await suite.page.locator('.rfl-check .rfl-verdict').textContent()).toBe('Not live');
    await suite.finish('not live');
    expect(suite.pageErrors()).toEqual([]);
  });
});

describe('<LivenessCheck> end to end: slow and throttled results', () => {
  /**
   * The page's waits between one results answer and the next request (timed around fetch in the
   * page), against the plan: never early, and late by no more than reading the body, a render and
   * timer slack on a busy 2-core machine.
   */
  async function expectWaitsFollow(planned: number[]) {
    const fetches = (await suite.events()).filter((e) => e.type === 'apiFetch' && e.detail?.method === 'GET');
    const waits = fetches.slice(1).map((f, i) => Number(f.detail!.startedAt) - Number(fetches[i]!.detail!.answeredAt));
    expect(waits).toHaveLength(planned.length);
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(planned[i]! - 2); // Date.now() granularity
      expect(wait).toBeLessThan(planned[i]! + 250);
    });
  }
  const resultRequests = () => apiRequests(suite.network()).filter((r) => r.method === 'GET');

  it('IN_PROGRESS for 4 polls: five polls spaced by DEFAULT_POLL_PLAN, then the result screen', async () => {
    await suite.start({ scenarios: [{ pendingPolls: 4, confidence: 97 }] });
    expect(await suite.settle()).toMatchObject({ state: 'succeeded', errors: [] });
    const session = await expectResultScreen(97, 'live');
    const polls = suite.polls(session.sessionId);
    expect(polls.map((p) => p.httpStatus)).toEqual([200, 200, 200, 200, 200]);
    // The browser asked as often as the service answered (the handler adds no retries or polls),
    // waiting 250, 400, 640 and 1024 ms between answer and question.
    const requests = resultRequests();
    expect(requests.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    await expectWaitsFollow([0, 1, 2, 3].map((i) => backoffDelay(DEFAULT_POLL_PLAN, i)));
    await suite.finish('slow: IN_PROGRESS x4');
  });

  it('IN_PROGRESS for 3.1 s after the analysis: as many polls as pollsUntilFinal(DEFAULT_POLL_PLAN) says', async () => {
    const pendingMs = 3_100;
    await suite.start({ scenarios: [`pending-${pendingMs}ms`] });
    expect(await suite.settle()).toMatchObject({ state: 'succeeded', errors: [] });
    const session = await expectResultScreen(98.5, 'live');
    const finalAt = Number(session.events.find((e) => e.name === 'status' && e.detail?.finalAt)!.detail!.finalAt);
    const polls = suite.polls(session.sessionId);
    // Polling starts when the first answer arrives (at the analysis's end, 3.1 s before finalAt);
    // the plan's polls then fall at +0, 250, 650, 1290, 2314 and 3952 ms: six, the last one final.
    expect(polls).toHaveLength(pollsUntilFinal(DEFAULT_POLL_PLAN, pendingMs));
    expect(polls.slice(0, -1).every((p) => p.at < finalAt)).toBe(true);
    expect(polls.at(-1)!.at).toBeGreaterThanOrEqual(finalAt);
    await expectWaitsFollow(polls.slice(1).map((_, i) => backoffDelay(DEFAULT_POLL_PLAN, i)));
    await suite.finish('slow: IN_PROGRESS for 3.1 s');
  });

  it('throttled twice: two retries spaced by DEFAULT_RETRY_PLAN, then the result screen', async () => {
    await suite.start({ scenarios: ['throttle-get-2'] });
    expect(await suite.settle()).toMatchObject({ state: 'succeeded', errors: [] });
    const session = await expectResultScreen(98.5, 'live');
    const polls = suite.polls(session.sessionId);
    expect(polls.map((p) => [p.httpStatus, p.errorType])).toEqual([
      // Rekognition answers ThrottlingException with HTTP 500; the handler relays it as 429.
      [500, 'ThrottlingException'],
      [500, 'ThrottlingException'],
      [200, undefined],
    ]);
    const requests = resultRequests();
    expect(requests.map((r) => r.status)).toEqual([429, 429, 200]);
    await expectWaitsFollow([0, 1].map((i) => backoffDelay(DEFAULT_RETRY_PLAN, i)));
    expect((await suite.events()).filter((e) => e.type === 'error')).toEqual([]);
    await suite.finish('throttled twice');
  });
});
