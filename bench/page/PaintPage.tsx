/**
 * Results → painted (`?mode=paint&api=…`): the path an app's result screen takes. The page creates
 * a session through `createFetchBackend` (the Node side then streams a capture to the emulator),
 * and `__runPaint` mounts `<LivenessResult>` fed by `livenessResultsQueryOptions` — the handler's
 * JSON, parsed and its base64 decoded here. Timed from the results response's last byte (Resource
 * Timing `responseEnd`) to the first frame showing the view and the first frame with every picture
 * decoded, in ms and in animation frames: on a fresh page, then again on the same page.
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

async function runPaint(backend: LivenessBackend, session: LivenessSessionRef) {
  const container = document.getElementById('root')!;
  const frames = countFrames();
  const decoded = new Set<HTMLImageElement>();
  const root = createRoot(container);
  root.render(
    <QueryClientProvider client={new QueryClient()}>
      <ResultsView backend={backend} session={session} />
    </QueryClientProvider>,
  );
  const viewAt = await frameWhen(() => container.querySelector('.rfl-result') !== null);
  const picturesAt = await frameWhen(() => {
    const imgs = [...container.querySelectorAll('img')];
    for (const img of imgs) {
      if (!img.dataset.benchDecode) {
        img.dataset.benchDecode = 'asked';
        img.decode().then(
          () => decoded.add(img),
          () => undefined,
        );
      }
    }
    return imgs.every((img) => decoded.has(img));
  });
  frames.stop();
  const pictures = container.querySelectorAll('img').length;
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
    pictures,
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
