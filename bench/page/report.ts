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

/**
 * The detector is ready to start the challenge when its oval is drawn: the face model has loaded
 * (it runs before the oval) and the stream's session information has arrived.
 */
export const ovalShown = () => {
  const canvas =
    document.querySelector<HTMLCanvasElement>('.amplify-liveness-oval-canvas canvas') ??
    document.querySelector('canvas');
  if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
  const row = canvas.getContext('2d')?.getImageData(0, Math.floor(canvas.height / 2), canvas.width, 1).data;
  if (!row) return false;
  for (let i = 3; i < row.length; i += 4) if (row[i]! > 0) return true;
  return false;
};

/**
 * Reports camera-ready, then detector-ready: the first frame with the oval drawn after a frame
 * without it (Amplify may draw a static oval on its start view and clears it for face detection).
 */
export function watchDetector(): void {
  onFrameWhen(cameraReady, () => {
    report('camera-ready');
    onFrameWhen(
      () => !ovalShown(),
      () => onFrameWhen(ovalShown, () => report('detector-ready')),
    );
  });
}
