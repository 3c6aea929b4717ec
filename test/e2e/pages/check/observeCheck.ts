/**
 * Watches the page for what a person sees: every change of `.rfl-check[data-state]`, the camera
 * video starting to play, a result view whose images have all settled, an error view. Each is
 * reported once, with the time it happened (for the suite's timing table).
 */
type Report = (type: string, detail?: Record<string, unknown>) => void;

export function observeCheck(root: HTMLElement, report: Report): void {
  let state: string | undefined;
  const seen = new WeakSet<Element>();

  const check = () => {
    const next = root.querySelector('.rfl-check')?.getAttribute('data-state') ?? undefined;
    if (next !== state && next !== undefined) report('state', { state: next });
    state = next;

    const result = root.querySelector('.rfl-check .rfl-result');
    const settled = [...root.querySelectorAll('.rfl-check .rfl-audit-image')].every(
      (image) => image.getAttribute('data-state') !== 'loading',
    );
    if (result && settled && !seen.has(result)) {
      seen.add(result);
      report('resultShown', { state: result.getAttribute('data-state'), verdict: result.getAttribute('data-verdict') });
    }
    for (const view of root.querySelectorAll('.rfl-check [data-view="error"], .rfl-check [data-view="cancelled"]')) {
      if (seen.has(view)) continue;
      seen.add(view);
      report(`${view.getAttribute('data-view')}Shown`, { code: view.getAttribute('data-error-code') });
    }
  };
  new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true });

  // 'playing' does not bubble: listen in the capture phase for the detector's <video>.
  document.addEventListener(
    'playing',
    (event) => {
      if (event.target instanceof HTMLVideoElement) report('cameraReady', { width: event.target.videoWidth });
    },
    true,
  );
}
