import { useQueries, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { toLivenessError } from '../core/errors';
import { resultsEvent, transition, type FlowState } from '../core/flow';
import type { FlowStore } from '../core/flowStore';
import type { LivenessBackend, LivenessResults } from '../core/types';
import { livenessResultsQueryOptions, type LivenessRequestPolicy } from './livenessQueries';

export interface FlowResultsInput extends LivenessRequestPolicy {
  backend: LivenessBackend;
  queryClient: QueryClient;
}

/**
 * The flow state and the session's results, kept in step: no results query exists before a
 * session, and the flow follows an answer in the render that sees it (the store catches up after
 * commit), never one render late.
 */
export function useFlowResults(
  store: FlowStore,
  { backend, queryClient, poll, retryPlan, maxRetries }: FlowResultsInput,
): { state: FlowState; data: LivenessResults | undefined } {
  const stored = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const session = stored.session;
  const queries: UseQueryOptions<LivenessResults, Error, LivenessResults, readonly unknown[]>[] = session
    ? [
        {
          ...livenessResultsQueryOptions({ backend, session, poll, retryPlan, maxRetries }),
          enabled: stored.status === 'verifying',
        },
      ]
    : [];
  const resultsQuery = useQueries({ queries }, queryClient)[0];
  const data = resultsQuery?.data;
  const queryError = resultsQuery?.error ?? undefined;
  const error = useMemo(
    () => (queryError ? toLivenessError(queryError, 'Fetching results failed') : undefined),
    [queryError],
  );
  const event = useMemo(() => resultsEvent(stored, data?.status, error), [stored, data, error]);
  const state = useMemo(() => (event ? transition(stored, event) : stored), [stored, event]);
  useEffect(() => {
    if (event) store.dispatch(event);
  }, [store, event]);
  return { state, data };
}
