/**
 * Prefetch of what a check needs before the oval shows: the detector's code (a dynamic import:
 * fetched and evaluated, never in the initial chunk), its WASM binary and its face model. Runs on
 * idle after the start screen is painted and on intent (pointer or focus on the start screen),
 * so Start finds it in memory and in the HTTP cache.
 */
import { modelWeightUrls, wasmUrl } from '../../core/detectorAssetUrls';
import type { LivenessDetectorConfig } from './DetectorHost';

/** Each asset URL is fetched once per page: the HTTP cache serves the detector's own fetch. */
const fetched = new Set<string>();

function warm(url: string): Promise<Response | undefined> {
  if (fetched.has(url)) return Promise.resolve(undefined);
  fetched.add(url);
  // `same-origin` credentials, as TensorFlow.js fetches: the same cache entry serves both.
  return fetch(url, { credentials: 'same-origin' }).then(
    async (response) => {
      if (!response.ok) fetched.delete(url);
      return response;
    },
    () => {
      fetched.delete(url);
      return undefined;
    },
  );
}

/** Amplify's own test: without WebAssembly its detector runs TensorFlow.js on the CPU, no binary. */
const hasWebAssembly = () =>
  typeof WebAssembly === 'object' &&
  (typeof WebAssembly.compile === 'function' || typeof WebAssembly.compileStreaming === 'function');

const drain = (response: Response | undefined) => response?.arrayBuffer().catch(() => undefined);

/**
 * Warms the WASM binary (where the browser has WebAssembly) and the face model named in the
 * detector's config (Amazon's CDN defaults are left to the detector: their versions are Amplify's).
 */
export function prefetchDetectorAssets(config: LivenessDetectorConfig | undefined): void {
  if (typeof fetch !== 'function' || typeof location === 'undefined') return;
  const isolated = typeof crossOriginIsolated === 'boolean' && crossOriginIsolated;
  if (config?.binaryPath && hasWebAssembly())
    void warm(new URL(wasmUrl(config.binaryPath, isolated), location.href).href).then(drain);
  const modelUrl = config?.faceModelUrl && new URL(config.faceModelUrl, location.href).href;
  if (modelUrl) {
    void warm(modelUrl).then(async (response) => {
      if (!response?.ok) return;
      const json: unknown = await response.json().catch(() => undefined);
      for (const weights of modelWeightUrls(modelUrl, json)) void warm(weights).then(drain);
    });
  }
}

/** Calls `task` in the browser's next idle period, or soon where there is no requestIdleCallback. */
function whenIdleNow(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function') {
    const cancel = cancelIdleCallback;
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancel(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}

/** How long to wait for a first contentful paint that may never come (a page that shows nothing yet). */
const FIRST_PAINT_WAIT_MS = 5000;

/**
 * Calls `next` once the page has had its first contentful paint, at once if it has (or where the
 * browser does not report paints), and after FIRST_PAINT_WAIT_MS at the latest. Animation frames
 * alone do not prove it: the main thread draws the next frame while the compositor is still
 * presenting the first, and a loaded machine shows that first paint after two frames have run.
 */
function afterFirstPaint(next: () => void): () => void {
  const canObserve =
    typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (!canObserve || performance.getEntriesByName('first-contentful-paint').length > 0) {
    next();
    return () => {};
  }
  const stop = () => {
    observer.disconnect();
    clearTimeout(cap);
  };
  const go = () => {
    stop();
    next();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) go();
  });
  observer.observe({ type: 'paint', buffered: true });
  const cap = setTimeout(go, FIRST_PAINT_WAIT_MS);
  return stop;
}

/**
 * Calls `task` when the browser is idle after the screen has been painted: after the page's first
 * contentful paint, then two animation frames (the first draws what was committed, the second
 * begins once it was shown: in an app already on screen the first paint was another view's),
 * because an idle period can come before the first paint of a page still loading. A hidden tab
 * paints nothing, so it fetches nothing until it is shown.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') return whenIdleNow(task);
  let cancel: () => void = () => {};
  const afterFrames = (left: number) => {
    if (left === 0) {
      cancel = whenIdleNow(task);
      return;
    }
    const handle = requestAnimationFrame(() => afterFrames(left - 1));
    cancel = () => cancelAnimationFrame(handle);
  };
  const stopWaiting = afterFirstPaint(() => afterFrames(2));
  return () => {
    stopWaiting();
    cancel();
  };
}

/** Whether the user asked to save data: then nothing is fetched before they press Start. */
export function savesData(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true
  );
}
