import { useEffect, type RefObject } from 'react';
import { useLatest } from '../../hooks/useLatest';

/**
 * Amplify's detector waits for the service's session information without a timeout: if it never
 * comes, "Connecting…" spins forever. While the detector shows its connecting loader (a class
 * name of @aws-amplify/ui-react-liveness 3.x), this runs a timer; if the loader is still there
 * after `timeoutMs`, `onStall` ends the wait with an error the user can act on.
 */
export const CONNECTING_LOADER_SELECTOR = '.amplify-liveness-connecting-loader';

export function useConnectingWatchdog(
  container: RefObject<HTMLElement | null>,
  timeoutMs: number,
  onStall: () => void,
) {
  const stall = useLatest(onStall);
  useEffect(() => {
    const root = container.current;
    if (!root || !Number.isFinite(timeoutMs)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const connecting = root.querySelector(CONNECTING_LOADER_SELECTOR) !== null;
      if (connecting && timer === undefined) timer = setTimeout(() => stall.current(), timeoutMs);
      if (!connecting && timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true });
    check();
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [container, timeoutMs, stall]);
}
