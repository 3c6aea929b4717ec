import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { SESSION_LIFETIME_MS } from '../core/backoff';
import { LivenessError, toLivenessError } from '../core/errors';
import { isActive, type FlowState } from '../core/flow';
import { createFlowStore } from '../core/flowStore';
import { sendFirstRequestNow } from '../core/sendFirstRequestNow';
import { createClientRequestToken } from '../core/token';
import type { ChallengeType, LivenessBackend, LivenessResults, StreamCredentials } from '../core/types';
import { useAttemptController } from './useAttemptController';
import { useDetectorProps, type DetectorSessionProps } from './useDetectorProps';
import { useFlowResults } from './useFlowResults';
import { useLatest } from './useLatest';
import { useSettledCallbacks } from './useSettledCallbacks';
import { useStatusTimer } from './useStatusTimer';
import { useResolvedQueryClient } from './useResolvedQueryClient';
import { livenessKeys, livenessSessionMutationOptions, type LivenessRequestPolicy } from './livenessQueries';

export interface UseLivenessSessionOptions extends LivenessRequestPolicy {
  /** The app's backend: creates sessions and reads their results. It may be a new object on every render. */
  backend: LivenessBackend;
  /** A QueryClient to use instead of the one from `QueryClientProvider` (or a private one). */
  queryClient?: QueryClient;
  /** Region for the detector when the backend does not name one. @default 'us-east-1' */
  region?: string;
  /** Signs the detector's stream when the backend returns no credentials. */
  credentialProvider?: () => Promise<StreamCredentials>;
  /**
   * Work to run in parallel with the session request before capture starts, such as loading
   * the detector's code. A failure ends the attempt with `DETECTOR_LOAD_FAILED`.
   */
  prepareCapture?: () => Promise<unknown>;
  /**
   * The challenge to ask the backend for, read when each attempt starts: `'FaceMovementChallenge'`
   * for a check without flashing colours. @default undefined (the server's choice)
   */
  challenge?: ChallengeType;
  /** Longest time the detector may take from mounting to analysis complete. @default 180000 */
  captureTimeoutMs?: number;
  /** Polling gives up this long after the session was created (a session lives 3 minutes). @default 195000 */
  resultsDeadlineMs?: number;
  /** Called once per attempt with the final results (SUCCEEDED, FAILED or EXPIRED). */
  onComplete?: (results: LivenessResults) => void;
  /** Called once per attempt that ends in an error. */
  onError?: (error: LivenessError) => void;
  /** Called once per attempt that is cancelled (by the app or by the user in the detector). */
  onCancel?: () => void;
  /** Called after every change of status (not for the first `idle`), with the flow state. */
  onStateChange?: (state: FlowState) => void;
}

export type { DetectorSessionProps };

export interface LivenessSession extends FlowState {
  sessionId?: string;
  results?: LivenessResults;
  /** Starts the first attempt (ignored while one is active). */
  start: () => void;
  /** Starts a new attempt: always a new session with a new ClientRequestToken. */
  retry: () => void;
  /** Ends the active attempt: in-flight requests are aborted and nothing more is sent. */
  cancel: () => void;
  /** Back to `idle` (the start screen) from a settled state; ignored while an attempt is active. */
  reset: () => void;
  /** Ends capture with `CAPTURE_TIMEOUT`, for watchdogs that see the detector stall. */
  timeOutCapture: (detail?: string) => void;
  /** Defined while capturing: what to hand to the detector. */
  detectorProps?: DetectorSessionProps;
}

const DEFAULT_RESULTS_DEADLINE_MS = SESSION_LIFETIME_MS + 15_000;

/**
 * One Face Liveness check: session creation (a mutation), capture by the detector, then
 * results polled with backoff (a query) until final. Thin over the core flow and React Query:
 * the flow state is the one place the session lives; the query holds its results.
 */
export function useLivenessSession(options: UseLivenessSessionOptions): LivenessSession {
  const latest = useLatest(options);
  const [store] = useState(() => createFlowStore());
  const attempts = useAttemptController();
  const queryClient = useResolvedQueryClient(options.queryClient);
  const { backend, poll, retryPlan, maxRetries, region, credentialProvider } = options;
  const { state, data } = useFlowResults(store, { backend, queryClient, poll, retryPlan, maxRetries });

  const begin = useCallback(() => {
    if (isActive(store.getState().status)) return;
    const attempt = store.getState().attempt + 1;
    const clientRequestToken = createClientRequestToken();
    const signal = attempts.next();
    store.dispatch({ type: 'START', attempt, clientRequestToken });
    const { poll, retryPlan, maxRetries, prepareCapture, challenge } = latest.current;
    // The session request leaves now, ahead of the detector's code: it is the longer wait with a
    // real backend, and the mutation would send it only after this task's render.
    const request = { clientRequestToken, signal, ...(challenge ? { challenge } : {}) };
    const backend = sendFirstRequestNow(latest.current.backend, request);
    const prepared = prepareCapture?.().catch((cause: unknown) => {
      throw new LivenessError('DETECTOR_LOAD_FAILED', 'Loading the liveness detector failed', {
        cause,
        retryable: true,
      });
    });
    // The mutation runs the request (retries, devtools); the flow keeps its answer, the cache does not.
    const mutation = new MutationObserver(queryClient, {
      ...livenessSessionMutationOptions({ backend, poll, retryPlan, maxRetries }),
      gcTime: 0,
    });
    Promise.all([mutation.mutate(request), prepared])
      .then(
        ([session]) => store.dispatch({ type: 'SESSION_CREATED', attempt, session, createdAt: Date.now() }),
        (error: unknown) => {
          if (signal.aborted) return;
          // A failed detector load ends the attempt: its session request must not run on.
          attempts.abort();
          store.dispatch({
            type: 'SESSION_ERROR',
            attempt,
            error: toLivenessError(error, 'Starting the check failed'),
          });
        },
      )
      .finally(() => mutation.reset());
  }, [store, attempts, latest, queryClient]);

  const cancel = useCallback(() => {
    const { attempt, status, session } = store.getState();
    if (!isActive(status)) return;
    attempts.abort();
    if (session) void queryClient.cancelQueries({ queryKey: livenessKeys.results(session.sessionId) });
    store.dispatch({ type: 'CANCEL', attempt });
  }, [store, attempts, queryClient]);

  const reset = useCallback(() => store.dispatch({ type: 'RESET' }), [store]);

  const timeOutCapture = useCallback(
    (detail = 'The detector made no progress in time') => {
      store.dispatch({
        type: 'CAPTURE_TIMEOUT',
        attempt: store.getState().attempt,
        error: new LivenessError('CAPTURE_TIMEOUT', detail, { retryable: true }),
      });
    },
    [store],
  );

  const { status, attempt, sessionCreatedAt } = state;
  const captureTimeoutMs = options.captureTimeoutMs ?? SESSION_LIFETIME_MS;
  useStatusTimer(status === 'capturing' ? `capturing:${attempt}` : undefined, { afterMs: captureTimeoutMs }, () =>
    timeOutCapture(),
  );
  // The results deadline counts from the session's creation: that is when its 3 minutes start.
  const resultsDeadlineMs = options.resultsDeadlineMs ?? DEFAULT_RESULTS_DEADLINE_MS;
  useStatusTimer(
    status === 'verifying' ? `verifying:${attempt}` : undefined,
    { atMs: (sessionCreatedAt ?? 0) + resultsDeadlineMs },
    () =>
      store.dispatch({
        type: 'DEADLINE',
        attempt,
        error: new LivenessError('RESULTS_TIMEOUT', 'The results did not become final before the deadline', {
          retryable: true,
        }),
      }),
  );
  useSettledCallbacks(state, data, latest);

  const detectorProps = useDetectorProps(store, status === 'capturing' ? state : undefined, {
    region,
    credentialProvider,
  });

  const showsResults = status === 'verifying' || isFinalFlow(status);
  return {
    ...state,
    sessionId: state.session?.sessionId,
    results: showsResults ? data : undefined,
    start: begin,
    retry: begin,
    cancel,
    reset,
    timeOutCapture,
    detectorProps,
  };
}

function isFinalFlow(status: FlowState['status']): boolean {
  return status === 'succeeded' || status === 'failed' || status === 'expired';
}
