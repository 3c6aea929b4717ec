/**
 * Query keys and option factories for the two server calls, so apps can prefetch, invalidate,
 * or tune polling with their own QueryClient. `useLivenessSession` uses exactly these. Both
 * factories take one object: the backend, the policy, and (for results) the session.
 */
import { mutationOptions, queryOptions } from '@tanstack/react-query';
import {
  backoffDelay,
  DEFAULT_MAX_RETRIES,
  DEFAULT_POLL_PLAN,
  DEFAULT_RETRY_PLAN,
  type BackoffPlan,
} from '../core/backoff';
import { isAbortError, isLivenessError, toLivenessError } from '../core/errors';
import { isFinalSessionStatus } from '../core/flow';
import { warmIntl } from '../core/intl';
import type { ChallengeType, CreatedSession, LivenessBackend, LivenessResults } from '../core/types';
import { parseCreatedSession, parseSessionResults } from '../core/validate';

export const livenessKeys = {
  all: ['react-face-liveness'] as const,
  sessions: () => [...livenessKeys.all, 'session'] as const,
  results: (sessionId: string) => [...livenessKeys.all, 'results', sessionId] as const,
};

/** Retry and polling settings shared by both factories. */
export interface LivenessRequestPolicy {
  /** Delays between polls while the session is CREATED or IN_PROGRESS. @default DEFAULT_POLL_PLAN (250 ms ×1.6, at most 2 s) */
  poll?: BackoffPlan;
  /** Delays between retries of a request that failed transiently. @default DEFAULT_RETRY_PLAN (500 ms ×2, at most 4 s) */
  retryPlan?: BackoffPlan;
  /** Retries of one request after a transient failure (throttling, 5xx, network). @default 3 */
  maxRetries?: number;
}

function shouldRetry(maxRetries: number) {
  return (failureCount: number, error: unknown) =>
    isLivenessError(error) && error.retryable && failureCount < maxRetries;
}

function retryDelay(plan: BackoffPlan) {
  return (failureCount: number) => backoffDelay(plan, failureCount);
}

/** Variables of the create-session mutation. */
export interface CreateSessionVariables {
  clientRequestToken: string;
  signal: AbortSignal;
  /** The challenge the person asked for, when they did (see `CreateSessionRequest.challenge`). */
  challenge?: ChallengeType;
}

/** Argument of {@link livenessSessionMutationOptions}. */
export interface LivenessSessionMutationInput extends LivenessRequestPolicy {
  backend: LivenessBackend;
}

/** The session whose results to read: its id and the `context` its backend attached. */
export type LivenessSessionRef = Pick<CreatedSession, 'sessionId' | 'context'>;

export function livenessSessionMutationOptions(input: LivenessSessionMutationInput) {
  const { backend, retryPlan = DEFAULT_RETRY_PLAN, maxRetries = DEFAULT_MAX_RETRIES } = input;
  return mutationOptions<CreatedSession, Error, CreateSessionVariables>({
    mutationKey: livenessKeys.sessions(),
    mutationFn: async ({ clientRequestToken, signal, challenge }) => {
      // Retrying with the same token is safe: the service returns the same session for it.
      try {
        const request = { clientRequestToken, signal, ...(challenge ? { challenge } : {}) };
        return parseCreatedSession(await backend.createSession(request));
      } catch (error) {
        if (signal.aborted || isAbortError(error)) throw error;
        throw toLivenessError(error, 'Creating the liveness session failed');
      }
    },
    retry: shouldRetry(maxRetries),
    retryDelay: retryDelay(retryPlan),
    // Our errors are the network's answer; never pause waiting for `navigator.onLine`.
    networkMode: 'always',
  });
}

/** Argument of {@link livenessResultsQueryOptions}. */
export interface LivenessResultsQueryInput extends LivenessRequestPolicy {
  backend: LivenessBackend;
  session: LivenessSessionRef;
}

export function livenessResultsQueryOptions(input: LivenessResultsQueryInput) {
  const { backend, session, poll = DEFAULT_POLL_PLAN, retryPlan = DEFAULT_RETRY_PLAN } = input;
  const maxRetries = input.maxRetries ?? DEFAULT_MAX_RETRIES;
  const { sessionId, context } = session;
  // The key names the session only: the context is the backend's business (and may be a secret).
  return queryOptions<LivenessResults, Error>({
    queryKey: livenessKeys.results(sessionId),
    queryFn: async ({ signal }) => {
      try {
        const request = context === undefined ? { sessionId, signal } : { sessionId, context, signal };
        const answer = backend.getResults(request);
        // While the answer travels: a result view would pay for the page's first Intl formatter
        // (about 30 ms) in its first render, between the answer's arrival and the screen.
        warmIntl();
        return parseSessionResults(await answer, sessionId);
      } catch (error) {
        if (signal.aborted || isAbortError(error)) throw error;
        throw toLivenessError(error, 'Fetching the liveness results failed');
      }
    },
    // Poll with backoff until the status is final; a final result never changes.
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data || isFinalSessionStatus(data.status)) return false;
      return backoffDelay(poll, query.state.dataUpdateCount - 1);
    },
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    staleTime: Infinity,
    retry: shouldRetry(maxRetries),
    retryDelay: retryDelay(retryPlan),
    networkMode: 'always',
  });
}
