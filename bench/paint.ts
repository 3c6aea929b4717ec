/**
 * Results → painted, through the path an app takes: the real handler (against the emulator) →
 * its JSON → `createFetchBackend` → `livenessResultsQueryOptions` → `<LivenessResult>`. Each run
 * creates a session from the page, streams a capture to it from Node (`simulateCapture`), waits
 * for SUCCEEDED, then mounts the result view and times it from the results response's last byte.
 * Sessions without audit images (the reference image only) and with four; the frames of a noise
 * video make the emulator's JPEGs weigh ~190 kB, as a real camera's do.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simulateCapture } from '../src/emulator';
import { FFMPEG } from '../test/e2e/harness/fixtureMedia';
import { IMAGES_API, type BrowserBench } from './browserBench';
import { kb, list, median, ms, type Section } from './stats';

/** One second of 640x480 VP8 noise: the emulator's JPEG frames of it weigh 190–200 kB. */
function noiseVideo(): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), 'rfl-bench-noise-'));
  try {
    const file = path.join(dir, 'noise.webm');
    const noise = "nullsrc=s=640x480:r=10,geq=lum='64+random(1)*128':cb='64+random(2)*128':cr='64+random(3)*128'";
    execFileSync(FFMPEG, [
      ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', noise, '-t', '1'],
      ...['-c:v', 'libvpx', '-b:v', '40M', '-deadline', 'realtime', '-cpu-used', '8', '-an', file],
    ]);
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface PaintRun {
  viewFrameMs: number;
  viewFrameFrames: number;
  viewMs: number;
  viewFrames: number;
  picturesMs: number;
  picturesFrames: number;
  bodyBytes: number;
  pictures: number;
}

/** One page: a fresh page's first result view (cold), then a second session's on the same page (warm). */
async function onePage(bench: BrowserBench, api: string, video: Uint8Array): Promise<[PaintRun, PaintRun]> {
  const page = await bench.open({ mode: 'paint', api });
  try {
    const ready = await bench.waitForEvent(page, 'paint-ready');
    const sessionIds = ready.detail?.sessionIds as string[];
    for (const sessionId of sessionIds) {
      await simulateCapture({
        sessionId,
        endpoint: bench.emulator.endpoint,
        certificate: bench.emulator.certificate,
        credentials: { accessKeyId: 'AKIDBENCHBROWSER', secretAccessKey: 'bench-secret' },
        video,
      });
      for (let waited = 0; bench.emulator.session(sessionId)?.status !== 'SUCCEEDED'; waited += 20) {
        if (waited > 30_000) throw new Error(`session ${sessionId} did not succeed in 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    const cold = (await page.evaluate(() => window.__runPaint!(0))) as unknown as PaintRun;
    const warm = (await page.evaluate(() => window.__runPaint!(1))) as unknown as PaintRun;
    return [cold, warm];
  } finally {
    await page.context().close();
  }
}

/** A frame count against issue 17's target for it. */
const frames = (count: number, target: number) =>
  `${count} frame(s) (target ≤ ${target}: ${count <= target ? 'met' : 'not met'})`;

function rowsOf(label: string, all: PaintRun[]) {
  const pick = (key: keyof PaintRun) => all.map((r) => r[key]);
  return [
    {
      what: `${label}: response → the frame that draws the view`,
      value: `${ms(median(pick('viewFrameMs')))} · ${frames(median(pick('viewFrameFrames')), 1)}`,
      note: `runs: ${list(pick('viewFrameMs'), ' ms')}; frames: ${list(pick('viewFrameFrames'))}`,
    },
    {
      what: `${label}: response → view painted`,
      value: `${ms(median(pick('viewMs')))} · ${frames(median(pick('viewFrames')), 1)}`,
      note: `runs: ${list(pick('viewMs'), ' ms')}; frames: ${list(pick('viewFrames'))}`,
    },
    {
      what: `${label}: response → pictures painted`,
      value: `${ms(median(pick('picturesMs')))} · ${frames(median(pick('picturesFrames')), 4)}`,
      note: `runs: ${list(pick('picturesMs'), ' ms')}; frames: ${list(pick('picturesFrames'))}; ${all[0]!.pictures} picture(s), JSON body ${kb(all[0]!.bodyBytes)}`,
    },
  ];
}

export async function benchPaint(bench: BrowserBench, runs: number): Promise<Section> {
  const video = noiseVideo();
  const rows = [];
  for (const [label, api] of [
    ['reference image only', '/api/liveness'],
    ['reference + 4 audit images', IMAGES_API],
  ] as const) {
    const pages: [PaintRun, PaintRun][] = [];
    for (let run = 0; run < runs; run++) pages.push(await onePage(bench, api, video));
    rows.push(
      ...rowsOf(
        `${label}, fresh page`,
        pages.map((p) => p[0]),
      ),
    );
    rows.push(
      ...rowsOf(
        `${label}, second view on the page`,
        pages.map((p) => p[1]),
      ),
    );
  }
  return {
    title: 'Results → painted, through the handler, its JSON and createFetchBackend',
    rows,
    notes: [
      `${runs} pages of each: on a fresh page (the first result view pays for building Intl's formatters and compiling the view), then a second session's view on the same page. Time 0 is the results response's last byte (Resource Timing responseEnd); a frame is an animation frame after it, up to and including the one measured. “The frame that draws the view” is the first animation frame that finds the view in the document (it runs before that frame is painted). “Painted” is the browser's own Element Timing renderTime, when the frame is shown: the view's at its heading (the verdict), the pictures' at the last picture shown decoded (the page asks for no decode of its own). It counts the frames the compositor takes to present as well, so a view drawn in the first frame is painted one or two frames later.`,
      'The pictures are the emulator’s JPEGs (ffmpeg, q 5) of the streamed video: 640×480 noise, 190–200 kB each, sent as base64 in the handler’s JSON (gzip off, as a JSON API usually is for images).',
    ],
  };
}
