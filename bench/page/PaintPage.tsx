/**
 * Results → painted (`?mode=paint&api=…`): the path an app's result screen takes. The page creates
 * a session through `createFetchBackend` (the Node side then streams a capture to the emulator),
 * and `__runPaint` mounts `<LivenessResult>` fed by `livenessResultsQueryOptions` — the handler's
 * JSON, parsed and its base64 decoded here. Timed from the results response's last byte (Resource
 * Timing `responseEnd`) to the first frame showing the view and to the paint of the last picture
 * (Element Timing), in ms and in animation frames: on a fresh page, then again on the same page.
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

/**
 * When each picture was painted, by the browser's Element Timing (`renderTime`: the frame that
 * first showed it decoded). Each `<img>` gets `elementtiming` as it is inserted, before any paint.
 */
function watchPictures(container: HTMLElement): { painted: Map<Element, number>; stop: () => void } {
  const painted = new Map<Element, number>();
  const timing = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as ElementTimingEntry[]) {
      if (entry.element) painted.set(entry.element, entry.renderTime);
    }
  });
  timing.observe({ type: 'element', buffered: true });
  const tag = new MutationObserver(() => {
    for (const img of container.querySelectorAll('img:not([elementtiming])'))
      img.setAttribute('elementtiming', 'picture');
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

async function runPaint(backend: LivenessBackend, session: LivenessSessionRef) {
  const container = document.getElementById('root')!;
  const frames = countFrames();
  const pictures = watchPictures(container);
  const root = createRoot(container);
  root.render(
    <QueryClientProvider client={new QueryClient()}>
      <ResultsView backend={backend} session={session} />
    </QueryClientProvider>,
  );
  const viewAt = await frameWhen(() => container.querySelector('.rfl-result') !== null);
  // Only a picture on screen is painted (and reported): the bench's viewport holds all five.
  const allPainted = () => [...container.querySelectorAll('img')].every((img) => pictures.painted.has(img));
  const deadline = performance.now() + 10_000;
  await frameWhen(() => allPainted() || performance.now() > deadline);
  if (!allPainted()) throw new Error(`${pictures.painted.size} of the pictures were painted in 10 s`);
  const picturesAt = Math.max(...pictures.painted.values());
  frames.stop();
  pictures.stop();
  const count = container.querySelectorAll('img').length;
  root.unmount();
  const response = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes(`/sessions/${session.sessionId}/results`))
    .at(-1) as PerformanceResourceTiming;
  const after = (at: number) => frames.times.filter((t) => t > response.responseEnd && t <= at).length;
  return {
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
