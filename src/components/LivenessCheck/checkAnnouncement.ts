import { outcomeOf } from '../../core/outcome';
import type { LivenessError } from '../../core/errors';
import type { LivenessResults } from '../../core/types';
import type { LivenessDisplayText } from '../../displayText';
import type { FlowStatus } from '../../core/flow';
import type { LivenessResultAudience } from '../LivenessResult';
import { outcomeHeading } from '../LivenessResult/outcomeText';

export interface AnnouncementInput {
  status: FlowStatus;
  results: LivenessResults | undefined;
  error: LivenessError | undefined;
  threshold: number | undefined;
  audience: LivenessResultAudience;
  text: LivenessDisplayText;
  /** The locale pack's lazy part is on its way: an outcome is said once its words are here. */
  textPending?: boolean;
}

/**
 * What the check's live region says for a state: one or two sentences, the same words the screen
 * shows. Nothing for the start screen, which is the page's own content.
 */
export function checkAnnouncement({
  status,
  results,
  error,
  threshold,
  audience,
  text,
  textPending = false,
}: AnnouncementInput): string[] {
  switch (status) {
    case 'idle':
      return [];
    case 'creatingSession':
      return [text.creatingSession];
    case 'capturing':
      return [text.capturingHeading];
    case 'verifying':
      return [text.verifying];
    case 'succeeded':
    case 'failed':
    case 'expired':
      return results && !textPending
        ? [outcomeHeading(outcomeOf(results, threshold), audience, text)]
        : [text.verifying];
    case 'error':
      // Said whole once its message is here, rather than the heading now and both again later.
      if (textPending) return [];
      return error ? [text.errorHeading, text[`error${error.code}`]] : [text.errorHeading];
    case 'cancelled':
      return [text.cancelledHeading];
    default:
      return status satisfies never;
  }
}
