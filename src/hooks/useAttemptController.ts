import { useEffect, useState } from 'react';

/**
 * One AbortController per attempt. Starting a new attempt or unmounting aborts the previous
 * one. The unmount abort waits a microtask: StrictMode's simulated unmount is followed at once
 * by a remount, and aborting there would kill the one request an attempt makes.
 */
export function useAttemptController() {
  const [controller] = useState(() => {
    let current: AbortController | undefined;
    let mounted = false;
    return {
      next(): AbortSignal {
        current?.abort();
        current = new AbortController();
        return current.signal;
      },
      abort() {
        current?.abort();
      },
      mount() {
        mounted = true;
        return () => {
          mounted = false;
          queueMicrotask(() => {
            if (!mounted) current?.abort();
          });
        };
      },
    };
  });
  useEffect(() => controller.mount(), [controller]);
  return controller;
}
