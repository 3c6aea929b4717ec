/**
 * Results: a whole <LivenessCheck> run with the real detector and the fake camera against the
 * emulator, whose results become final at once, 2 s or 10 s after its analysis (the pendingMs
 * scenario). Counts GetFaceLivenessSessionResults calls per session and times the delay from the
 * results becoming final in the emulator to the result view's first frame in the page.
 */
import type { BrowserBench } from './browserBench';
import { list, median, ms, type Section } from './stats';

interface ResultRun {
  calls: number;
  delayMs: number;
  /** From the emulator answering the last (final) Get to the result on screen. */
  answerToScreenMs: number;
}

async function oneCheck(bench: BrowserBench, pendingMs: number): Promise<ResultRun> {
  bench.emulator.setScenario({ pendingMs });
  const page = await bench.open({ mode: 'check' });
  try {
    const onScreen = await bench.waitForEvent(page, 'result-on-screen', 120_000);
    const complete = await bench.waitForEvent(page, 'complete');
    const session = bench.emulator.session(String(complete.detail?.sessionId))!;
    const final = session.events.find((e) => e.name === 'status' && e.detail?.status === 'SUCCEEDED');
    if (!final) throw new Error(`session ${session.sessionId} never reached SUCCEEDED`);
    const finalAt = typeof final.detail?.finalAt === 'number' ? final.detail.finalAt : final.at;
    const answered = Math.max(
      ...bench.emulator
        .requests({ operation: 'GetFaceLivenessSessionResults', sessionId: session.sessionId })
        .map((r) => r.at),
    );
    return { calls: session.getCalls, delayMs: onScreen.at - finalAt, answerToScreenMs: onScreen.at - answered };
  } finally {
    await page.context().close();
    bench.emulator.setScenario(undefined);
  }
}

export async function benchResults(bench: BrowserBench, runs: number): Promise<Section> {
  const rows = [];
  for (const [label, pendingMs] of [
    ['final at once', 0],
    ['final after 2 s', 2_000],
    ['final after 10 s', 10_000],
  ] as const) {
    const all: ResultRun[] = [];
    for (let run = 0; run < runs; run++) all.push(await oneCheck(bench, pendingMs));
    const calls = all.map((r) => r.calls);
    const delays = all.map((r) => r.delayMs);
    const answerToScreen = all.map((r) => r.answerToScreenMs);
    rows.push({
      what: `${label}: GetFaceLivenessSessionResults calls per session`,
      value: String(median(calls)),
      note: `runs: ${list(calls)}`,
    });
    rows.push({
      what: `${label}: final in the emulator → result on screen`,
      value: ms(median(delays)),
      note: `runs: ${list(delays, ' ms')}; of which the last Get's answer → screen: ${list(answerToScreen, ' ms')}`,
    });
  }
  return {
    title: 'Results: polling cost and delay to the screen',
    rows,
    notes: [
      `${runs} runs of each: the real FaceLivenessDetectorCore with Chromium's fake camera streams to the emulator; <LivenessCheck> then polls with its default plan (250 ms, ×1.6, at most 2 s apart).`,
      '“Final” is when the emulator starts answering SUCCEEDED (its analysis end, plus the pendingMs scenario); “on screen” is the first animation frame with the succeeded result view. Both clocks are this machine’s.',
    ],
  };
}
