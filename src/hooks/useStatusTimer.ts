import { useEffect, useRef } from 'react';
import type { FlowState } from '../core/flow';

/**
 * Runs `onTimeout` if the flow stays in `status` for `remainingMs()` (read on entering it)
 * within one attempt.
 */
export function useStatusTimer(
  state: FlowState,
  status: FlowState['status'],
  remainingMs: () => number,
  onTimeout: () => void,
) {
  const callbacks = useRef({ remainingMs, onTimeout });
  callbacks.current = { remainingMs, onTimeout };
  const inStatus = state.status === status;
  useEffect(() => {
    if (!inStatus) return;
    const timer = setTimeout(() => callbacks.current.onTimeout(), Math.max(0, callbacks.current.remainingMs()));
    return () => clearTimeout(timer);
  }, [inStatus, state.attempt]);
}
