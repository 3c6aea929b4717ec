import { useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { SESSION_LIFETIME_MS } from '../core/backoff';
import { fromDetectorError, type DetectorErrorReport } from '../core/detectorErrors';
import { LivenessError, toLivenessError } from '../core/errors';
import { isActive, isFinalSessionStatus, type FlowState } from '../core/flow';
import { createFlowStore } from '../core/flowStore';
import { createClientRequestToken } from '../core/token';
import type { ChallengeType, LivenessBackend, LivenessResults, StreamCredentials } from '../core/types';
import { useAttemptController } from './useAttemptController';
import { useSettledCallbacks } from './useSettledCallbacks';
import { useStatusTimer } from './useStatusTimer';
import { useResolvedQueryClient } from './useResolvedQueryClient';
import {
  livenessKeys,
  livenessResultsQueryOptions,
  livenessSessionMutationOptions,
  type LivenessRequestPolicy,
} from './livenessQueries';

export interface UseLivenessSessionOptions extends LivenessRequestPolicy {
  /** The app's backend: creates sessions and reads their results. */
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
  onComplete?: (results: LivenessResults) => void;
  onError?: (error: LivenessError) => void;
  onCancel?: () => void;
}

/** Props for `FaceLivenessDetectorCore` (or `FaceLivenessDetector` when `credentialProvider` is absent). */
export interface DetectorSessionProps {
  sessionId: string;
  region: string;
  onAnalysisComplete: () => Promise<void>;
  onError: (report: DetectorErrorReport) => void;
  onUserCancel: () => void;
  credentialProvider?: () => Promise<StreamCredentials>;
}

export interface LivenessSession extends FlowState {
  sessionId?: string;
  results?: LivenessResults;
  /** Starts the first attempt (ignored while one is active). */
  start: () => void;
  /** Starts a new attempt: always a new session with a new ClientRequestToken. */
  retry: () => void;
  /** Ends the active attempt: in-flight requests are aborted and nothing more is sent. */
  cancel: () => void;
  /** Ends capture with `CAPTURE_TIMEOUT`, for watchdogs that see the detector stall. */
  timeOutCapture: (detail?: string) => void;
  /** Defined while capturing: what to hand to the detector. */
  detectorProps?: DetectorSessionProps;
}

const DEFAULT_RESULTS_DEADLINE_MS = SESSION_LIFETIME_MS + 15_000;

/**
 * One Face Liveness check: session creation (a mutation), capture by the detector, then
 * results polled with backoff (a query) until final. Thin over the core flow and React Query.
 */
export function useLivenessSession(options: UseLivenessSessionOptions): LivenessSession {
  const latest = useRef(options);
  latest.current = options;
  const [store] = useState(() => createFlowStore());
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const attempts = useAttemptController();
  const queryClient = useResolvedQueryClient(options.queryClient);
  const policy = { poll: options.poll, retryPlan: options.retryPlan, maxRetries: options.maxRetries };

  const { mutateAsync: createSession } = useMutation(
    livenessSessionMutationOptions(options.backend, policy),
    queryClient,
  );
  const sessionId = state.session?.sessionId;
  const resultsQuery = useQuery(
    {
      ...livenessResultsQueryOptions({ backend: options.backend, sessionId: sessionId ?? '', ...policy }),
      enabled: state.status === 'verifying' && sessionId !== undefined,
    },
    queryClient,
  );

  // The results deadline counts from the session's creation: that is when its 3 minutes start.
  const sessionCreatedAt = useRef(0);
  const begin = useCallback(() => {
    if (isActive(store.getState().status)) return;
    const attempt = store.getState().attempt + 1;
    const clientRequestToken = createClientRequestToken();
    const signal = attempts.next();
    store.dispatch({ type: 'START', attempt, clientRequestToken });
    const prepared = latest.current.prepareCapture?.().catch((cause: unknown) => {
      throw new LivenessError('DETECTOR_LOAD_FAILED', 'Loading the liveness detector failed', {
        cause,
        retryable: true,
      });
    });
    const { challenge } = latest.current;
    Promise.all([createSession({ clientRequestToken, signal, ...(challenge ? { challenge } : {}) }), prepared]).then(
      ([session]) => {
        sessionCreatedAt.current = Date.now();
        store.dispatch({ type: 'SESSION_CREATED', attempt, session });
      },
      (error: unknown) => {
        if (signal.aborted) return;
        store.dispatch({ type: 'SESSION_ERROR', attempt, error: toLivenessError(error, 'Starting the check failed') });
      },
    );
  }, [store, attempts, createSession]);

  const cancel = useCallback(() => {
    const { attempt, status } = store.getState();
    if (!isActive(status)) return;
    attempts.abort();
    const sessionId = store.getState().session?.sessionId;
    if (sessionId) void queryClient.cancelQueries({ queryKey: livenessKeys.results(sessionId) });
    store.dispatch({ type: 'CANCEL', attempt });
  }, [store, attempts, queryClient]);

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

  // Results: every answer goes to the flow (a final status settles it; after a stream failure any
  // status does), and an error that outlasted its retries settles it too.
  const data = resultsQuery.data;
  const queryError = resultsQuery.error;
  useEffect(() => {
    const { attempt, status } = store.getState();
    if (status !== 'verifying') return;
    const answer = data && data.sessionId === sessionId ? data : undefined;
    if (queryError && !(answer && isFinalSessionStatus(answer.status))) {
      store.dispatch({ type: 'RESULTS_ERROR', attempt, error: toLivenessError(queryError, 'Fetching results failed') });
    } else if (answer) {
      store.dispatch({ type: 'RESULTS', attempt, status: answer.status });
    }
  }, [store, data, queryError, sessionId]);

  const captureTimeoutMs = options.captureTimeoutMs ?? SESSION_LIFETIME_MS;
  useStatusTimer(state, 'capturing', () => captureTimeoutMs, timeOutCapture);
  const resultsDeadlineMs = options.resultsDeadlineMs ?? DEFAULT_RESULTS_DEADLINE_MS;
  useStatusTimer(
    state,
    'verifying',
    () => resultsDeadlineMs - (Date.now() - sessionCreatedAt.current),
    () =>
      store.dispatch({
        type: 'DEADLINE',
        attempt: state.attempt,
        error: new LivenessError('RESULTS_TIMEOUT', 'The results did not become final before the deadline', {
          retryable: true,
        }),
      }),
  );
  useSettledCallbacks(state, data, latest);

  const detectorProps = useMemo((): DetectorSessionProps | undefined => {
    if (state.status !== 'capturing' || !state.session) return undefined;
    const { attempt, session } = state;
    const credentials = session.credentials;
    const credentialProvider = credentials ? async () => credentials : latest.current.credentialProvider;
    return {
      sessionId: session.sessionId,
      region: session.region ?? latest.current.region ?? 'us-east-1',
      onAnalysisComplete: async () => {
        store.dispatch({ type: 'ANALYSIS_COMPLETE', attempt });
      },
      onError: (report) => store.dispatch({ type: 'DETECTOR_ERROR', attempt, error: fromDetectorError(report) }),
      onUserCancel: () => store.dispatch({ type: 'USER_CANCEL', attempt }),
      ...(credentialProvider ? { credentialProvider } : {}),
    };
  }, [state, store]);

  const showsResults = state.status === 'verifying' || isFinalFlow(state.status);
  return {
    ...state,
    sessionId,
    results: showsResults && data?.sessionId === sessionId ? data : undefined,
    start: begin,
    retry: begin,
    cancel,
    timeOutCapture,
    detectorProps,
  };
}

function isFinalFlow(status: FlowState['status']): boolean {
  return status === 'succeeded' || status === 'failed' || status === 'expired';
}
