import type { LivenessOutcome } from '../../core/outcome';
import type { LivenessDisplayText } from '../../displayText';
import type { LivenessResultAudience } from './LivenessResult';

/**
 * The heading a results screen shows for an outcome: the verdict's word for a reviewer, a sentence
 * for the person checked. `<LivenessCheck>` announces the same words.
 */
export function outcomeHeading(
  outcome: LivenessOutcome,
  audience: LivenessResultAudience,
  text: LivenessDisplayText,
): string {
  switch (outcome) {
    case 'passed':
      return audience === 'reviewer' ? text.verdictLive : text.resultPassedHeading;
    case 'not-passed':
      return audience === 'reviewer' ? text.verdictNotLive : text.resultNotPassedHeading;
    case 'complete':
      return text.resultCompleteHeading;
    case 'service-failed':
      return text.resultFailedHeading;
    case 'expired':
      return text.resultExpiredHeading;
    case 'pending':
      return text.resultPendingHeading;
    default:
      return outcome satisfies never;
  }
}
