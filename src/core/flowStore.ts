/**
 * A tiny external store around `transition`, so the flow can be read synchronously by
 * callbacks (a double click must not start two attempts) and subscribed to by
 * `useSyncExternalStore`.
 */
import { initialFlowState, transition, type FlowEvent, type FlowState } from './flow';

export interface FlowStore {
  getState(): FlowState;
  dispatch(event: FlowEvent): FlowState;
  subscribe(listener: () => void): () => void;
}

export function createFlowStore(initial: FlowState = initialFlowState): FlowStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(event) {
      const next = transition(state, event);
      if (next !== state) {
        state = next;
        for (const listener of listeners) listener();
      }
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
