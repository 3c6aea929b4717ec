/**
 * Memory in Chromium: `<LivenessResult>` with a reference image and four audit images, mounted
 * until every picture has loaded and unmounted again, 500 times. Every object URL made is revoked
 * before the next mount, and the retained heap (read over CDP after full GCs) shows no growth from
 * mount 100 to mount 500 beyond what the same image loads cost without the library.
 */
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { LivenessResult } from '../../src/components/LivenessResult';
import type { LivenessResults } from '../../src/core/types';
import { astronautJpeg, BOXES, jitteredFace, makeResults } from '../fixtures/results';

const MOUNTS = 500;
/** Allowed growth from mount 100 to 500 (2.5 KB a mount); one mount's pictures alone are 5 × 65 KB. */
const MARGIN_BYTES = 1_000_000;

interface HeapUsage {
  usedSize: number;
  embedderHeapUsedSize?: number;
  backingStorageSize?: number;
}

/** Retained bytes after full garbage collections, as CDP reports them. */
async function retainedHeap(): Promise<{ total: number; js: number; embedder: number; backing: number }> {
  const session = cdp();
  for (let i = 0; i < 3; i++) {
    await session.send('HeapProfiler.collectGarbage');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const usage = (await session.send('Runtime.getHeapUsage')) as HeapUsage;
  const js = usage.usedSize;
  const embedder = usage.embedderHeapUsedSize ?? 0;
  const backing = usage.backingStorageSize ?? 0;
  return { total: js + embedder + backing, js, embedder, backing };
}

/** Fresh byte arrays for every mount: a leak of any of them would add up to 160 MB. */
function freshResults(): LivenessResults {
  return makeResults({
    referenceImage: { source: { kind: 'bytes', bytes: astronautJpeg.slice() }, boundingBox: BOXES.face },
    auditImages: Array.from({ length: 4 }, (_, i) => ({
      source: { kind: 'bytes' as const, bytes: astronautJpeg.slice() },
      boundingBox: jitteredFace(i),
    })),
  });
}

let createdCount = 0;
/** URLs made and not yet revoked: a set that stays small, so the count itself retains nothing. */
const outstanding = new Set<string>();
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

beforeAll(() => {
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = original.create.call(URL, object);
    createdCount += 1;
    outstanding.add(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    outstanding.delete(url);
    original.revoke.call(URL, url);
  };
});

afterAll(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});

async function allPicturesLoaded(container: HTMLElement): Promise<void> {
  for (;;) {
    const frames = [...container.querySelectorAll('.rfl-audit-image')];
    if (frames.length === 5 && frames.every((frame) => frame.getAttribute('data-state') === 'loaded')) return;
    if (frames.some((frame) => frame.getAttribute('data-state') === 'unavailable')) throw new Error('a picture failed');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

type Sample = Awaited<ReturnType<typeof retainedHeap>>;

declare module 'vitest' {
  interface TaskMeta {
    /** Heap samples (bytes) by mount count, for BENCHMARKS.md: `npm run bench` reads them from the JSON report. */
    memory?: { library: Record<number, Sample>; control: Record<number, Sample> };
  }
}

/** The same number of JPEG loads without the library: plain <img> elements on revoked blob URLs. */
async function controlLoads(times: number, samples: Record<number, Sample>) {
  for (let i = 1; i <= times; i++) {
    const frame = document.createElement('div');
    document.body.append(frame);
    const urls = await Promise.all(
      Array.from(
        { length: 5 },
        () =>
          new Promise<string>((resolve, reject) => {
            const url = original.create.call(URL, new Blob([astronautJpeg.slice()], { type: 'image/jpeg' }));
            const img = document.createElement('img');
            img.onload = () => resolve(url);
            img.onerror = reject;
            img.src = url;
            frame.append(img);
          }),
      ),
    );
    frame.remove();
    for (const url of urls) original.revoke.call(URL, url);
    if (i % 100 === 0) samples[i] = await retainedHeap();
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

describe(`<LivenessResult> mounted and unmounted ${MOUNTS} times`, () => {
  it('revokes every object URL it made and retains no memory', async ({ task }) => {
    const container = document.createElement('div');
    document.body.append(container);
    const library: Record<number, Sample> = {};
    for (let mount = 1; mount <= MOUNTS; mount++) {
      const root = createRoot(container);
      root.render(<LivenessResult results={freshResults()} threshold={80} />);
      await allPicturesLoaded(container);
      root.unmount();
      // The last holder of a URL revokes it a microtask later (StrictMode takes it again at once).
      await Promise.resolve();
      if (outstanding.size > 0) throw new Error(`mount ${mount} left ${outstanding.size} object URLs unrevoked`);
      if (mount % 100 === 0) library[mount] = await retainedHeap();
    }
    container.remove();
    const control: Record<number, Sample> = {};
    await controlLoads(MOUNTS, control);
    task.meta.memory = { library, control };

    expect(createdCount).toBe(MOUNTS * 5);
    expect([...outstanding]).toEqual([]);

    const first = library[100]!;
    const last = library[MOUNTS]!;
    const figures = Object.entries(library)
      .map(([n, s]) => `${n}: js ${mb(s.js)} blink ${mb(s.embedder)} buffers ${mb(s.backing)}`)
      .join('; ');
    // What the library can hold on to (its objects, fibers, closures, byte arrays) lives in the JS
    // heap and in array buffers: flat from mount 100 to the last, and at no sample in between.
    for (const [mount, sample] of Object.entries(library).filter(([n]) => Number(n) > 100)) {
      expect(sample.js + sample.backing, `mount ${mount}; ${figures}`).toBeLessThanOrEqual(
        first.js + first.backing + MARGIN_BYTES,
      );
    }
    // Blink's own heap grows by about 2 KB per image URL ever loaded, revoked or not, with or
    // without the library: the library's growth may not exceed that of plain <img> elements.
    const libraryBlink = last.embedder - first.embedder;
    const controlBlink = control[MOUNTS]!.embedder - control[100]!.embedder;
    expect(libraryBlink, `library ${mb(libraryBlink)}, control ${mb(controlBlink)}; ${figures}`).toBeLessThanOrEqual(
      controlBlink + MARGIN_BYTES,
    );
  }, 300_000);
});
