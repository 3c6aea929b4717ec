/**
 * Backoff plans as pure functions, so the number and timing of requests can be computed
 * (and tested) without running them.
 */

export interface BackoffPlan {
  /** Delay before the first repeat, in ms. */
  initialMs: number;
  /** Each delay is the previous one times this. */
  factor: number;
  /** No delay is longer than this, in ms. */
  maxMs: number;
}

/** Polling GetFaceLivenessSessionResults while the session is CREATED or IN_PROGRESS. */
export const DEFAULT_POLL_PLAN: BackoffPlan = { initialMs: 250, factor: 1.6, maxMs: 2000 };

/** Repeating a request that failed with a transient error (throttling, 5xx, network). */
export const DEFAULT_RETRY_PLAN: BackoffPlan = { initialMs: 500, factor: 2, maxMs: 4000 };

/** Transient failures retried per request before the error surfaces. */
export const DEFAULT_MAX_RETRIES = 3;

/** A Face Liveness session lives 3 minutes from creation: polling never outlasts it. */
export const SESSION_LIFETIME_MS = 3 * 60 * 1000;

/** The delay before repeat number `index` (0-based). */
export function backoffDelay(plan: BackoffPlan, index: number): number {
  const safeIndex = Math.max(0, Math.floor(index));
  return Math.min(plan.maxMs, Math.round(plan.initialMs * plan.factor ** safeIndex));
}

/**
 * How many polls a session needs when its results become final `finalAfterMs` after polling
 * starts (the first poll is immediate), assuming instant answers.
 */
export function pollsUntilFinal(plan: BackoffPlan, finalAfterMs: number): number {
  let elapsed = 0;
  let polls = 1;
  while (elapsed < finalAfterMs) {
    elapsed += backoffDelay(plan, polls - 1);
    polls += 1;
  }
  return polls;
}
