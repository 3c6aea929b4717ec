/** The flow's external store: state read synchronously, listeners told of each real change only. */
import { describe, expect, it, vi } from 'vitest';
import { initialFlowState } from '../../src/core/flow';
import { createFlowStore } from '../../src/core/flowStore';

const START = { type: 'START', attempt: 1, clientRequestToken: 'token-1' } as const;

describe('createFlowStore', () => {
  it('starts idle, and dispatch returns and stores the next state', () => {
    const store = createFlowStore();
    expect(store.getState()).toBe(initialFlowState);
    const next = store.dispatch(START);
    expect(next).toEqual({ status: 'creatingSession', attempt: 1, clientRequestToken: 'token-1' });
    expect(store.getState()).toBe(next);
  });

  it('tells each listener once per change, and not for an event that changes nothing', () => {
    const store = createFlowStore();
    const first = vi.fn();
    const second = vi.fn();
    store.subscribe(first);
    store.subscribe(second);
    store.dispatch(START);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    // A second START while creating is ignored by the flow: same state, nobody told.
    const before = store.getState();
    expect(store.dispatch({ ...START, attempt: 2 })).toBe(before);
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createFlowStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.dispatch(START);
    expect(listener).not.toHaveBeenCalled();
  });

  it('can start from a given state', () => {
    const cancelled = { status: 'cancelled', attempt: 3, clientRequestToken: 't' } as const;
    expect(createFlowStore(cancelled).getState()).toBe(cancelled);
  });
});
