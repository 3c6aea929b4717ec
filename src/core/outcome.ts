import type { LivenessResults } from './types';
import { clampConfidence, verdictFor } from './verdict';

/**
 * What a results screen tells the person looking at it, as one word per case. Pure: no React, no DOM.
 * `service-failed` (status FAILED: the service could not finish) is not a verdict on the person,
 * unlike `not-passed`; `complete` is a finished check without a verdict (no threshold, no decision).
 */
export type LivenessOutcome = 'pending' | 'passed' | 'not-passed' | 'complete' | 'service-failed' | 'expired';

export function outcomeOf(results: LivenessResults, threshold: number | undefined): LivenessOutcome {
  switch (results.status) {
    case 'CREATED':
    case 'IN_PROGRESS':
      return 'pending';
    case 'FAILED':
      return 'service-failed';
    case 'EXPIRED':
      return 'expired';
    case 'SUCCEEDED': {
      const verdict = verdictFor({ confidence: results.confidence, threshold, isLive: results.isLive });
      return verdict === 'live' ? 'passed' : verdict === 'not-live' ? 'not-passed' : 'complete';
    }
    default:
      return results.status satisfies never;
  }
}

/**
 * Where the server's decision and the page's threshold disagree: `'not-live-above'` when the server
 * said not live for a score at or above the threshold, `'live-below'` when it said live below it.
 * `undefined` when they agree, or when one of the three is missing.
 */
export type DecisionConflict = 'not-live-above' | 'live-below';

export function decisionConflict(
  results: LivenessResults,
  threshold: number | undefined,
): DecisionConflict | undefined {
  const score = clampConfidence(results.confidence);
  const bar = clampConfidence(threshold);
  if (typeof results.isLive !== 'boolean' || score === undefined || bar === undefined) return undefined;
  if (!results.isLive && score >= bar) return 'not-live-above';
  if (results.isLive && score < bar) return 'live-below';
  return undefined;
}
