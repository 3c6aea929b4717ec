/**
 * When <LivenessCheck> starts the detector: in the same task as the Start click, in the commit
 * (not a passive effect) for autoStart, and ahead of Start by prefetch, on idle after the start
 * screen is painted and on intent (pointer or focus), with the WASM and the face model warmed.
 */
import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useLayoutEffect, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LivenessCheck, type LivenessCheckProps } from '../../src/components/LivenessCheck';
import { DetectorLoaderProvider } from '../../src/components/LivenessCheck/detectorSeam';
import { en } from '../../src/displayText';
import { createFakeBackend } from '../fixtures/fakeBackend';
import { createStandInDetector } from '../fixtures/standInDetector';

const credentialProvider = async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });
let loader: ReturnType<typeof vi.fn<() => Promise<ReturnType<typeof createStandInDetector>>>>;
let idleTasks: (() => void)[];
let frames: (() => void)[];

beforeEach(() => {
  loader = vi.fn(async () => createStandInDetector({ behaviour: 'complete' }));
  idleTasks = [];
  frames = [];
  // As the browser's: each call returns a handle, and a cancelled callback never runs.
  const queue = (tasks: (() => void)[]) => {
    const handles = new Map<number, () => void>();
    return {
      add: vi.fn((task: () => void) => {
        tasks.push(task);
        handles.set(handles.size + 1, task);
        return handles.size;
      }),
      cancel: vi.fn((handle: number) => {
        const task = handles.get(handle);
        if (task && tasks.includes(task)) tasks.splice(tasks.indexOf(task), 1);
      }),
    };
  };
  const idle = queue(idleTasks);
  vi.stubGlobal('requestIdleCallback', idle.add);
  vi.stubGlobal('cancelIdleCallback', idle.cancel);
  const frame = queue(frames);
  vi.stubGlobal('requestAnimationFrame', frame.add);
  vi.stubGlobal('cancelAnimationFrame', frame.cancel);
});

/** Draws `count` animation frames: runs the callbacks queued for each. */
function drawFrames(count: number) {
  for (let i = 0; i < count; i++) frames.splice(0).forEach((task) => task());
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/**
 * A page that reports its paints, as Chromium's Paint Timing does: observers of `paint` get each
 * new entry in a later task, `buffered` ones also the entries already there, none after
 * `disconnect()`. Returns `paint(name)`, which records an entry the way the browser does.
 */
function stubPaintTimeline() {
  const entries: { name: string; entryType: 'paint'; startTime: number }[] = [];
  const observers = new Set<(found: typeof entries) => void>();
  class FakePerformanceObserver {
    static supportedEntryTypes = ['paint', 'resource'];
    private readonly deliver: (found: typeof entries) => void;
    constructor(callback: (list: { getEntriesByName(name: string): typeof entries }) => void) {
      this.deliver = (found) =>
        setTimeout(() => {
          if (observers.has(this.deliver)) callback({ getEntriesByName: (n) => found.filter((e) => e.name === n) });
        });
    }
    observe(options: { type: string; buffered?: boolean }) {
      if (options.type !== 'paint') return;
      observers.add(this.deliver);
      if (options.buffered && entries.length > 0) this.deliver([...entries]);
    }
    disconnect() {
      observers.delete(this.deliver);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation(
    (name) => entries.filter((e) => e.name === name) as unknown as PerformanceEntryList,
  );
  return {
    paint(name: 'first-paint' | 'first-contentful-paint') {
      const entry = { name, entryType: 'paint' as const, startTime: entries.length + 1 };
      entries.push(entry);
      for (const deliver of observers) deliver([entry]);
    },
    observing: () => observers.size,
  };
}
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

function renderCheck(props: Partial<LivenessCheckProps> & Pick<LivenessCheckProps, 'backend'>, after?: ReactNode) {
  return render(
    <DetectorLoaderProvider value={loader}>
      <LivenessCheck queryClient={new QueryClient()} credentialProvider={credentialProvider} {...props} />
      {after}
    </DetectorLoaderProvider>,
  );
}

const startButton = () => screen.getByRole('button', { name: en.startButton });
const microtasks = async (count: number) => {
  for (let i = 0; i < count; i++) await Promise.resolve();
};

describe('<LivenessCheck> start timing', () => {
  it('with autoStart, imports the detector during the commit, before any passive effect', () => {
    const { backend } = createFakeBackend({ hangOnCreate: true });
    const callsAtLayout: number[] = [];
    function Sibling() {
      // A later sibling's layout effect: the check's own layout effects have run, no passive one has.
      useLayoutEffect(() => void callsAtLayout.push(loader.mock.calls.length), []);
      return null;
    }
    const { container } = renderCheck({ backend, autoStart: true }, <Sibling />);
    expect(callsAtLayout).toEqual([1]);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'creatingSession');
  });

  it('on a Start click, sends the session request and then imports the detector, both in the click', () => {
    const { backend, tokens } = createFakeBackend({ hangOnCreate: true });
    const createSession = vi.spyOn(backend, 'createSession');
    renderCheck({ backend });
    expect(loader).not.toHaveBeenCalled();
    fireEvent.click(startButton());
    // No microtask, no macrotask: both leave in the click's own task, the longer wait first.
    expect(tokens).toHaveLength(1);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(createSession.mock.invocationCallOrder[0]).toBeLessThan(loader.mock.invocationCallOrder[0]!);
  });
});

/** Stubs `fetch`: answers a model.json with these weight files, anything else with a byte; lists the URLs. */
function recordFetches(weights: string[]): string[] {
  const fetches: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetches.push(url);
      const manifest = weights.length === 0 ? [] : [{ paths: weights }];
      return new Response(url.endsWith('model.json') ? JSON.stringify({ weightsManifest: manifest }) : 'x');
    }),
  );
  return fetches;
}

describe('<LivenessCheck> prefetch', () => {
  it('prefetches on idle after mount, and Start uses that module instead of loading again', async () => {
    const { backend } = createFakeBackend({ results: [{ Status: 'SUCCEEDED', Confidence: 98 }] });
    const { container } = renderCheck({ backend });
    // Not before the start screen has been drawn and shown: two frames, then the idle period.
    drawFrames(1);
    expect(idleTasks).toHaveLength(0);
    drawFrames(1);
    expect(idleTasks).toHaveLength(1);
    expect(loader).not.toHaveBeenCalled();
    idleTasks[0]!();
    expect(loader).toHaveBeenCalledTimes(1);
    fireEvent.click(startButton());
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'succeeded'));
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('waits for the first contentful paint before its frames: frames alone come too early', async () => {
    const timeline = stubPaintTimeline();
    const { backend } = createFakeBackend({ hangOnCreate: true });
    renderCheck({ backend });
    // The main thread draws frames while the compositor has not yet shown the first paint.
    drawFrames(3);
    expect(idleTasks).toHaveLength(0);
    timeline.paint('first-paint');
    await nextTask();
    drawFrames(3);
    expect(idleTasks).toHaveLength(0);
    timeline.paint('first-contentful-paint');
    await nextTask();
    expect(timeline.observing()).toBe(0);
    drawFrames(1);
    expect(idleTasks).toHaveLength(0);
    drawFrames(1);
    expect(idleTasks).toHaveLength(1);
    idleTasks[0]!();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('on a page already painted (an app mounting it later), goes straight to its frames', async () => {
    const timeline = stubPaintTimeline();
    timeline.paint('first-contentful-paint');
    const { backend } = createFakeBackend({ hangOnCreate: true });
    renderCheck({ backend });
    expect(timeline.observing()).toBe(0);
    drawFrames(2);
    expect(idleTasks).toHaveLength(1);
  });

  it('stops waiting for the first paint when the check starts first', async () => {
    const timeline = stubPaintTimeline();
    const { backend } = createFakeBackend({ hangOnCreate: true });
    renderCheck({ backend });
    expect(timeline.observing()).toBe(1);
    fireEvent.click(startButton());
    expect(timeline.observing()).toBe(0);
    timeline.paint('first-contentful-paint');
    await nextTask();
    drawFrames(3);
    expect(idleTasks).toHaveLength(0);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('goes on after 5 s without a first contentful paint (a page that shows nothing yet)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const timeline = stubPaintTimeline();
    const { backend } = createFakeBackend({ hangOnCreate: true });
    renderCheck({ backend });
    vi.advanceTimersByTime(4_999);
    drawFrames(3);
    expect(idleTasks).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(timeline.observing()).toBe(0);
    drawFrames(1);
    expect(idleTasks).toHaveLength(0);
    drawFrames(1);
    expect(idleTasks).toHaveLength(1);
  });

  it('after Start, neither a late first paint nor the 5 s wait starts a prefetch', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const timeline = stubPaintTimeline();
    const { backend } = createFakeBackend({ hangOnCreate: true });
    renderCheck({ backend });
    fireEvent.click(startButton());
    timeline.paint('first-contentful-paint');
    vi.advanceTimersByTime(5_000);
    drawFrames(3);
    expect(idleTasks).toHaveLength(0);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('prefetches on intent: a pointer entering or focus inside the start screen, once', () => {
    const { backend } = createFakeBackend({ hangOnCreate: true });
    const { container } = renderCheck({ backend });
    fireEvent.pointerEnter(container.firstElementChild!);
    expect(loader).toHaveBeenCalledTimes(1);
    fireEvent.focus(startButton());
    expect(loader).toHaveBeenCalledTimes(1);
    fireEvent.click(startButton());
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('prefetches on focus alone (keyboard users)', () => {
    const { backend } = createFakeBackend({ hangOnCreate: true });
    renderCheck({ backend });
    fireEvent.focus(startButton());
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('drops a prefetch that failed: Start loads again and the check runs', async () => {
    loader.mockRejectedValueOnce(new Error('chunk load failed'));
    const { backend } = createFakeBackend({ results: [{ Status: 'SUCCEEDED', Confidence: 98 }] });
    const { container } = renderCheck({ backend });
    fireEvent.focus(startButton());
    await microtasks(5);
    fireEvent.click(startButton());
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'succeeded'));
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('does not prefetch on idle with autoStart (the start loads it) or when the user saves data', () => {
    const { backend } = createFakeBackend({ hangOnCreate: true });
    const { unmount } = renderCheck({ backend, autoStart: true });
    drawFrames(3);
    expect(idleTasks).toHaveLength(0);
    unmount();
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { connection: { saveData: true } }));
    renderCheck({ backend });
    drawFrames(3);
    expect(idleTasks).toHaveLength(0);
  });

  it('cancels a prefetch still waiting for its frames when the check starts first', () => {
    const { backend } = createFakeBackend({ hangOnCreate: true });
    renderCheck({ backend });
    drawFrames(1);
    fireEvent.click(startButton());
    expect(cancelAnimationFrame).toHaveBeenCalledTimes(1);
    drawFrames(3);
    expect(idleTasks).toHaveLength(0);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('cancels the idle prefetch when the check starts first', () => {
    const { backend } = createFakeBackend({ hangOnCreate: true });
    renderCheck({ backend });
    drawFrames(2);
    fireEvent.click(startButton());
    expect(cancelIdleCallback).toHaveBeenCalledTimes(1);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('on Start, warms the WASM and the model once the detector code has arrived, not alongside it', async () => {
    const fetches = recordFetches([]);
    let arrive: (module: ReturnType<typeof createStandInDetector>) => void = () => {};
    loader.mockImplementation(() => new Promise((resolve) => (arrive = resolve)));
    const { backend } = createFakeBackend({ hangOnCreate: true });
    const config = { binaryPath: '/wasm/', faceModelUrl: '/model/model.json' };
    renderCheck({ backend, detector: { config } });
    fireEvent.click(startButton());
    await microtasks(20);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(fetches).toEqual([]);
    arrive(createStandInDetector({ behaviour: 'complete' }));
    await waitFor(() =>
      expect(fetches).toEqual([
        'http://localhost:3000/wasm/tfjs-backend-wasm-simd.wasm',
        'http://localhost:3000/model/model.json',
      ]),
    );
  });

  it('warms the WASM binary, the model and its weights named in the config, each once', async () => {
    const fetches = recordFetches(['w1.bin', 'w2.bin']);
    const { backend } = createFakeBackend({ hangOnCreate: true });
    const config = {
      binaryPath: 'https://assets.example/wasm/',
      faceModelUrl: 'https://assets.example/model/model.json',
    };
    renderCheck({ backend, detector: { config } });
    fireEvent.focus(startButton());
    await waitFor(() => expect(fetches).toHaveLength(4));
    expect(fetches).toEqual([
      'https://assets.example/wasm/tfjs-backend-wasm-simd.wasm',
      'https://assets.example/model/model.json',
      'https://assets.example/model/w1.bin',
      'https://assets.example/model/w2.bin',
    ]);
    fireEvent.click(startButton());
    await microtasks(10);
    expect(fetches).toHaveLength(4);
  });

  it('where WebAssembly is missing, warms the model but not the binary the detector will not load', async () => {
    const fetches = recordFetches([]);
    // Amplify's test: a WebAssembly without compile or compileStreaming is none.
    vi.stubGlobal('WebAssembly', { validate: () => true });
    const { backend } = createFakeBackend({ hangOnCreate: true });
    // URLs of its own: each is fetched once per page, and the tests above share the page.
    const config = { binaryPath: '/no-wasm/', faceModelUrl: '/no-wasm-model/model.json' };
    renderCheck({ backend, detector: { config } });
    fireEvent.focus(startButton());
    await waitFor(() => expect(fetches).toEqual(['http://localhost:3000/no-wasm-model/model.json']));
    await microtasks(10);
    expect(fetches).toEqual(['http://localhost:3000/no-wasm-model/model.json']);
  });
});
