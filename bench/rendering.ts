/**
 * Rendering: <LivenessResult> with a reference image and four ~200 KB JPEG audit images, timed in
 * Chromium from render to first paint and to every picture decoded and painted; then rendered
 * again with the same results (and a copy of them) to count the object URLs made.
 */
import type { BrowserBench } from './browserBench';
import { kb, list, median, ms, type Section } from './stats';

interface RenderRun {
  commitMs: number;
  firstPaintMs: number;
  decodedMs: number;
  imagesPaintedMs: number;
  images: number[];
  urlsFirstRender: number;
  urlsOnRerender: number;
  imgCount: number;
}

export async function benchRendering(bench: BrowserBench, runs: number): Promise<Section> {
  const all: RenderRun[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await bench.open({ mode: 'render' });
    try {
      await bench.waitForEvent(page, 'render-ready');
      all.push((await page.evaluate(() => window.__runRender!())) as unknown as RenderRun);
    } finally {
      await page.context().close();
    }
  }
  const sizes = all.flatMap((r) => r.images);
  const pick = (key: keyof Omit<RenderRun, 'images'>) => all.map((r) => r[key]);
  return {
    title: 'Rendering: <LivenessResult> with a reference image and four audit images',
    rows: [
      { what: 'image sizes (JPEG, 640×480)', value: `${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))}` },
      {
        what: 'render → React commit',
        value: ms(median(pick('commitMs'))),
        note: `runs: ${list(pick('commitMs'), ' ms')}`,
      },
      {
        what: 'render → first paint',
        value: ms(median(pick('firstPaintMs'))),
        note: `runs: ${list(pick('firstPaintMs'), ' ms')}`,
      },
      {
        what: 'render → all five pictures loaded and decoded',
        value: ms(median(pick('decodedMs'))),
        note: `runs: ${list(pick('decodedMs'), ' ms')}`,
      },
      {
        what: 'render → decoded pictures painted',
        value: ms(median(pick('imagesPaintedMs'))),
        note: `runs: ${list(pick('imagesPaintedMs'), ' ms')}`,
      },
      { what: 'object URLs made by the first render', value: list(pick('urlsFirstRender')), note: 'one per picture' },
      {
        what: 'object URLs made by re-renders with the same results',
        value: list(pick('urlsOnRerender')),
        note: 'same object, then a shallow copy holding the same byte arrays: nothing decoded again',
      },
    ],
    notes: [
      `${runs} runs, each on a fresh page (fresh pictures, cold decode caches). Paint is taken as the task after the next animation frame.`,
    ],
  };
}
