import type { Feedback } from '../../core/types';
import { formatText, type LivenessDisplayText } from '../../displayText';

/**
 * A readable line for one Feedback entry: our own text for a known code (so it follows the
 * locale), else the service's message, else a generic line naming the code.
 */
export function feedbackMessage(feedback: Feedback, text: LivenessDisplayText): string {
  const key = `feedback${feedback.code}`;
  const known = Object.hasOwn(text, key) ? text[key as keyof LivenessDisplayText] : undefined;
  if (known) return known;
  if (feedback.message?.trim()) return feedback.message;
  return formatText(text.feedbackUnknown, { code: feedback.code });
}
