import { useEffect, useRef } from 'react';
import { isActive, isFinalSessionStatus, type FlowState } from '../core/flow';
import type { LivenessResults } from '../core/types';
import type { UseLivenessSessionOptions } from './useLivenessSession';

/**
 * Calls onComplete / onError / onCancel once per attempt when it settles, and onStateChange on
 * every change of status after the first render.
 */
export function useSettledCallbacks(
  state: FlowState,
  data: LivenessResults | undefined,
  latest: { readonly current: UseLivenessSessionOptions },
) {
  const reported = useRef(0);
  const seen = useRef(`${state.status}:${state.attempt}`);
  useEffect(() => {
    const key = `${state.status}:${state.attempt}`;
    if (seen.current !== key) {
      seen.current = key;
      latest.current.onStateChange?.(state);
    }
    if (reported.current === state.attempt || isActive(state.status) || state.status === 'idle') return;
    reported.current = state.attempt;
    const { onComplete, onError, onCancel } = latest.current;
    if (state.status === 'cancelled') onCancel?.();
    else if (state.status === 'error' && state.error) onError?.(state.error);
    else if (data && isFinalSessionStatus(data.status)) onComplete?.(data);
  }, [state, data, latest]);
}
