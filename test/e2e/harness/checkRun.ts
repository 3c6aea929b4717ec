/**
 * Helpers for the `<LivenessCheck>` end-to-end suite (test/e2e/check*.test.ts): the page's
 * network as Playwright sees it, screenshots of final screens, the streamed video's frames as
 * thumbnails, and the per-scenario timing table.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { THUMB } from '../pages/check/inspectResult';
import { FFMPEG } from './fixtureMedia';
import type { E2eEvent } from './livenessE2E';

/** Where final screens are saved: $E2E_SCREENSHOTS, else <tmp>/rfl-e2e-shots (never the repo). */
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOTS ?? path.join(os.tmpdir(), 'rfl-e2e-shots');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface NetworkEntry {
  at: number;
  kind: 'http' | 'ws-open' | 'ws-frame-sent' | 'ws-close';
  method?: string;
  url: string;
  status?: number;
  body?: string;
  /** HTTP: when the browser started the request and received the whole response (epoch ms). */
  startedAt?: number;
  endedAt?: number;
}

/** Every HTTP request, and every WebSocket opened, frame sent and socket closed by the page, with its time. */
export function recordNetwork(page: Page): NetworkEntry[] {
  const log: NetworkEntry[] = [];
  const entries = new WeakMap<object, NetworkEntry>();
  page.on('requestfinished', (request) => {
    const entry = entries.get(request);
    const timing = request.timing();
    if (!entry || timing.responseEnd < 0) return;
    entry.startedAt = timing.startTime;
    entry.endedAt = timing.startTime + timing.responseEnd;
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('http')) return;
    const entry: NetworkEntry = {
      at: Date.now(),
      kind: 'http',
      method: request.method(),
      url: request.url(),
      body: request.postData() ?? undefined,
    };
    log.push(entry);
    entries.set(request, entry);
    // A request still open when the suite closes the browser never gets a response.
    request.response().then(
      (response) => {
        entry.status = response?.status();
      },
      () => undefined,
    );
  });
  page.on('websocket', (ws) => {
    log.push({ at: Date.now(), kind: 'ws-open', url: ws.url() });
    ws.on('framesent', () => log.push({ at: Date.now(), kind: 'ws-frame-sent', url: ws.url() }));
    ws.on('close', () => log.push({ at: Date.now(), kind: 'ws-close', url: ws.url() }));
  });
  return log;
}

/** Greyscale THUMB-sized frames of a WebM, averaged over equal blocks like the page's thumbnails. */
export function videoThumbnails(webm: Buffer): number[][] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rfl-e2e-video-'));
  try {
    const file = path.join(dir, 'stream.webm');
    writeFileSync(file, webm);
    const raw = execFileSync(
      FFMPEG,
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-i',
        file,
        '-vf',
        `scale=${THUMB.width}:${THUMB.height}:flags=area,format=gray`,
        '-f',
        'rawvideo',
        '-',
      ],
      { maxBuffer: 64 << 20 },
    );
    const size = THUMB.width * THUMB.height;
    return Array.from({ length: Math.floor(raw.length / size) }, (_, i) => [...raw.subarray(i * size, (i + 1) * size)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function meanAbsDiff(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

export function standardDeviation(values: readonly number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

/** Gaps in ms between consecutive times. */
export const gaps = (times: readonly number[]) => times.slice(1).map((t, i) => t - times[i]!);

export interface TimingRow {
  scenario: string;
  /** First mount of the page (or, after "Try again", the new attempt's start) → the detector's <video> playing. */
  toCameraMs?: number;
  /** What `toCameraMs` counts from. */
  from: 'mount' | 'Try again';
  /** `data-state="verifying"` (the detector's onAnalysisComplete) → the result view with its images settled. */
  analysisToResultMs?: number;
  final: string;
  /** First mount → the final screen. */
  totalMs: number;
}

/** Reads the timing of one run from the page's events; `retried` measures the last attempt's camera start. */
export function timingOf(scenario: string, events: E2eEvent[], final: string, retried = false): TimingRow {
  const mount = events.find((e) => e.type === 'mount');
  const starts = events.filter((e) => e.type === 'state' && e.detail?.state === 'creatingSession');
  const start = retried ? starts.at(-1) : mount;
  const camera = start && events.find((e) => e.type === 'cameraReady' && e.at >= start.at);
  const lastVerifying = events.filter((e) => e.type === 'state' && e.detail?.state === 'verifying').at(-1);
  const shown = lastVerifying && events.find((e) => e.type === 'resultShown' && e.at >= lastVerifying.at);
  const end = events.filter((e) => e.type.endsWith('Shown')).at(-1) ?? events.at(-1);
  return {
    scenario,
    toCameraMs: start && camera ? camera.at - start.at : undefined,
    from: retried ? 'Try again' : 'mount',
    analysisToResultMs: lastVerifying && shown ? shown.at - lastVerifying.at : undefined,
    final,
    totalMs: mount && end ? end.at - mount.at : 0,
  };
}

export function formatTimingTable(rows: readonly TimingRow[]): string {
  const cell = (ms: number | undefined) => (ms === undefined ? '—' : `${ms} ms`);
  const lines = [
    [
      'scenario',
      'mount → camera ready',
      'analysis complete → result on screen',
      'final screen',
      'mount → final screen',
    ],
    ...rows.map((r) => [
      r.scenario,
      r.from === 'mount' ? cell(r.toCameraMs) : `${cell(r.toCameraMs)} (from Try again)`,
      cell(r.analysisToResultMs),
      r.final,
      cell(r.totalMs),
    ]),
  ];
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  const render = (l: string[]) => `| ${l.map((v, c) => v.padEnd(widths[c]!)).join(' | ')} |`;
  return [render(lines[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.slice(1).map(render)].join(
    '\n',
  );
}
