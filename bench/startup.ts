/**
 * Start-up: mount to camera-ready for <LivenessCheck> (session and detector in parallel) and for
 * the plain pattern (session first, then the detector), 300 ms added on create, alternating runs
 * in one browser, each in a fresh context (cold cache).
 */
import type { BrowserBench } from './browserBench';
import { list, median, ms, type Section } from './stats';

async function mountToCameraReady(bench: BrowserBench, mode: 'check' | 'plain'): Promise<number> {
  const page = await bench.open({ mode });
  try {
    const mount = await bench.waitForEvent(page, 'mount');
    const ready = await bench.waitForEvent(page, 'camera-ready');
    return ready.perf - mount.perf;
  } finally {
    await page.context().close();
  }
}

export async function benchStartup(bench: BrowserBench, runs: number): Promise<Section> {
  bench.createLatencyMs = 300;
  const times: Record<'check' | 'plain', number[]> = { check: [], plain: [] };
  // One warm-up of each, not counted: the first Chromium page of a process pays for the process.
  await mountToCameraReady(bench, 'check');
  await mountToCameraReady(bench, 'plain');
  for (let run = 0; run < runs; run++) {
    const order: ('check' | 'plain')[] = run % 2 === 0 ? ['check', 'plain'] : ['plain', 'check'];
    for (const mode of order) times[mode].push(await mountToCameraReady(bench, mode));
  }
  bench.createLatencyMs = 0;
  const check = median(times.check);
  const plain = median(times.plain);
  return {
    title: 'Start-up: mount to camera-ready, 300 ms added on create',
    rows: [
      {
        what: '<LivenessCheck> (session and detector in parallel)',
        value: ms(check),
        note: `runs: ${list(times.check, ' ms')}`,
      },
      {
        what: 'plain: create the session, then load the detector',
        value: ms(plain),
        note: `runs: ${list(times.plain, ' ms')}`,
      },
      {
        what: 'ratio <LivenessCheck> / plain (medians)',
        value: (check / plain).toFixed(2),
        note: `saved ${ms(plain - check)}`,
      },
    ],
    notes: [
      `${runs} runs of each, alternating, after one uncounted warm-up of each; every run in a fresh browser context (cold HTTP cache), the page built for production.`,
      'Camera-ready: the first animation frame where the detector’s <video> has a frame (readyState ≥ 2, videoWidth > 0).',
    ],
  };
}
