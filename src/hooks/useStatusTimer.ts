import { useEffect } from 'react';
import { useLatest } from './useLatest';

/** When a timer is due: a delay from when it starts, or a point in time (ms since the epoch). */
export type TimerDue = { afterMs: number } | { atMs: number };

/**
 * Runs `onTimeout` once when `due` comes, counting from when `key` became what it is. An
 * `undefined` key means no timer; a new key (another status or attempt) starts a new one.
 */
export function useStatusTimer(key: string | undefined, due: TimerDue, onTimeout: () => void) {
  const fire = useLatest(onTimeout);
  const afterMs = 'afterMs' in due ? due.afterMs : undefined;
  const atMs = 'atMs' in due ? due.atMs : undefined;
  useEffect(() => {
    if (key === undefined) return;
    const delay = atMs === undefined ? (afterMs ?? 0) : atMs - Date.now();
    const timer = setTimeout(() => fire.current(), Math.max(0, delay));
    return () => clearTimeout(timer);
  }, [key, afterMs, atMs, fire]);
}
