/**
 * Results → painted (`?mode=paint&api=…`): the path an app's result screen takes. The page creates
 * a session through `createFetchBackend` (the Node side then streams a capture to the emulator),
 * and `__runPaint` mounts `<LivenessResult>` fed by `livenessResultsQueryOptions` — the handler's
 * JSON, parsed and its base64 decoded here. Timed from the results response's last byte (Resource
 * Timing `responseEnd`) to the animation frame that draws the view, and to the paint of the
 * view's heading and of its last picture (Element Timing, both), in ms and in animation frames:
 * on a fresh page, then again on the same page.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import {
  LivenessResult,
  createFetchBackend,
  livenessResultsQueryOptions,
  parseCreatedSession,
  type LivenessBackend,
  type LivenessSessionRef,
} from '../../src';
import { params } from './detectorConfig';
import { onFrameWhen, report } from './report';

function ResultsView({ backend, session }: { backend: LivenessBackend; session: LivenessSessionRef }) {
  const { data } = useQuery(livenessResultsQueryOptions({ backend, session }));
  if (!data || data.status !== 'SUCCEEDED') return <p>Loading…</p>;
  return <LivenessResult results={data} threshold={80} audience="reviewer" />;
}

/** The frames drawn from now on, by their rAF time (performance.now()), until `stop` is called. */
function countFrames(): { times: number[]; stop: () => void } {
  const times: number[] = [];
  let running = true;
  const tick = () => {
    times.push(performance.now());
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return { times, stop: () => (running = false) };
}

/** Resolves with the time of the first animation frame where `test` holds. */
const frameWhen = (test: () => boolean) =>
  new Promise<number>((resolve) => onFrameWhen(test, () => resolve(performance.now())));

/** Element Timing's entry, which TypeScript's DOM library does not have. */
interface ElementTimingEntry extends PerformanceEntry {
  element: Element | null;
  renderTime: number;
}

/** What is timed: the view's heading (its verdict) and every picture. */
const TIMED = '.rfl-result-heading, img';

/**
 * When each TIMED element was first painted, by the browser's Element Timing (`renderTime`: the
 * frame that first showed its text, or its picture decoded). Each gets `elementtiming` as it is
 * inserted, before any paint; nothing else is touched, so the page's own work stays as it is.
 */
function watchPaints(container: HTMLElement): { painted: Map<Element, number>; stop: () => void } {
  const painted = new Map<Element, number>();
  const timing = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as ElementTimingEntry[]) {
      if (entry.element && !painted.has(entry.element)) painted.set(entry.element, entry.renderTime);
    }
  });
  timing.observe({ type: 'element', buffered: true });
  const tag = new MutationObserver(() => {
    for (const element of container.querySelectorAll(`:is(${TIMED}):not([elementtiming])`)) {
      element.setAttribute('elementtiming', element.tagName.toLowerCase());
    }
  });
  tag.observe(container, { childList: true, subtree: true });
  return {
    painted,
    stop: () => {
      timing.disconnect();
      tag.disconnect();
    },
  };
}

/** Waits (frame by frame, 10 s at most) until `ready`; then the paint times `of` the elements found. */
async function paintsOf(
  paints: Map<Element, number>,
  what: string,
  ready: () => boolean,
  of: () => Element[],
): Promise<number[]> {
  const deadline = performance.now() + 10_000;
  await frameWhen(() => ready() || performance.now() > deadline);
  if (!ready()) throw new Error(`${what} not painted in 10 s`);
  return of().map((element) => paints.get(element)!);
}

async function runPaint(backend: LivenessBackend, session: LivenessSessionRef) {
  const container = document.getElementById('root')!;
  const frames = countFrames();
  const paints = watchPaints(container);
  const root = createRoot(container);
  root.render(
    <QueryClientProvider client={new QueryClient()}>
      <ResultsView backend={backend} session={session} />
    </QueryClientProvider>,
  );
  // The frame that draws the view: the first animation frame that finds it in the document.
  const viewFrame = frameWhen(() => container.querySelector('.rfl-result') !== null);
  // The view painted: its heading on screen. The pictures: the last of them (the bench's viewport
  // holds all five; only a picture on screen is painted and reported).
  const headings = () => [...paints.painted.keys()].filter((element) => element.matches('.rfl-result-heading'));
  const viewAt = Math.min(...(await paintsOf(paints.painted, 'the view', () => headings().length > 0, headings)));
  const images = () => [...container.querySelectorAll('img')];
  const pictureTimes = await paintsOf(
    paints.painted,
    'every picture',
    () => images().every((img) => paints.painted.has(img)),
    images,
  );
  const picturesAt = Math.max(...pictureTimes);
  const viewFrameAt = await viewFrame;
  frames.stop();
  paints.stop();
  const count = container.querySelectorAll('img').length;
  root.unmount();
  const response = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes(`/sessions/${session.sessionId}/results`))
    .at(-1) as PerformanceResourceTiming;
  const after = (at: number) => frames.times.filter((t) => t > response.responseEnd && t <= at).length;
  return {
    viewFrameMs: viewFrameAt - response.responseEnd,
    viewFrameFrames: after(viewFrameAt),
    viewMs: viewAt - response.responseEnd,
    viewFrames: after(viewAt),
    picturesMs: picturesAt - response.responseEnd,
    picturesFrames: after(picturesAt),
    bodyBytes: response.encodedBodySize,
    pictures: count,
  };
}

/** Two sessions: the first result view on a fresh page (cold), then a second one on the same page (warm). */
export async function preparePaint(): Promise<void> {
  const backend = createFetchBackend({ baseUrl: params.get('api') ?? '/api/liveness' });
  const create = async () =>
    parseCreatedSession(
      await backend.createSession({ clientRequestToken: crypto.randomUUID(), signal: new AbortController().signal }),
    );
  const sessions = [await create(), await create()];
  window.__runPaint = (index) => runPaint(backend, sessions[index]!);
  report('paint-ready', { sessionIds: sessions.map((session) => session.sessionId) });
}

declare global {
  interface Window {
    __runPaint?: (index: number) => Promise<Record<string, number>>;
  }
}
