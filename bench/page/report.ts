/** How a bench page reports to the Node side: events on window.__bench with epoch and page times. */
export interface BenchEvent {
  type: string;
  /** Epoch milliseconds (sub-millisecond precision): comparable with the emulator's clock. */
  at: number;
  /** performance.now() of the page. */
  perf: number;
  detail?: Record<string, unknown>;
}

declare global {
  interface Window {
    __bench?: { events: BenchEvent[] };
  }
}

export function report(type: string, detail?: Record<string, unknown>): BenchEvent {
  const perf = performance.now();
  const event = { type, at: performance.timeOrigin + perf, perf, ...(detail ? { detail } : {}) };
  (window.__bench ??= { events: [] }).events.push(event);
  return event;
}

/** Calls `found` on the first animation frame where `test` holds (checked every frame). */
export function onFrameWhen(test: () => boolean, found: () => void): void {
  const tick = () => (test() ? found() : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
}

/** A camera is ready when the detector's <video> shows frames. */
export const cameraReady = () => {
  const video = document.querySelector('video');
  return !!video && video.readyState >= 2 && video.videoWidth > 0;
};
