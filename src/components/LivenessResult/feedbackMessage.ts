import type { Feedback, FeedbackCode } from '../../core/types';
import { formatText, type LivenessDisplayText } from '../../displayText';

/**
 * The Feedback codes we have text for, each with its display-text key. Codes are the service's
 * key space, not ours: a code such as `Unknown` or `Heading` must never pick `feedbackUnknown`
 * or `feedbackHeading`, so a code is looked up here and nowhere else.
 */
const FEEDBACK_TEXT_KEYS: Readonly<Record<FeedbackCode, `feedback${FeedbackCode}`>> = {
  EYES_CLOSED_DETECTED: 'feedbackEYES_CLOSED_DETECTED',
  FACE_NOT_ALIGNED: 'feedbackFACE_NOT_ALIGNED',
  FACE_NOT_VISIBLE: 'feedbackFACE_NOT_VISIBLE',
  FACE_OBSTRUCTION_DETECTED: 'feedbackFACE_OBSTRUCTION_DETECTED',
  HIGH_LIGHTING_DETECTED: 'feedbackHIGH_LIGHTING_DETECTED',
  LOW_LIGHTING_DETECTED: 'feedbackLOW_LIGHTING_DETECTED',
  LOW_VIDEO_QUALITY_DETECTED: 'feedbackLOW_VIDEO_QUALITY_DETECTED',
};

/**
 * A readable line for one Feedback entry: our own text for a known code (so it follows the
 * locale), else the service's message, else a generic line naming the code.
 */
export function feedbackMessage(feedback: Feedback, text: LivenessDisplayText): string {
  if (Object.hasOwn(FEEDBACK_TEXT_KEYS, feedback.code)) {
    return text[FEEDBACK_TEXT_KEYS[feedback.code as FeedbackCode]];
  }
  if (feedback.message?.trim()) return feedback.message;
  return formatText(text.feedbackUnknown, { code: feedback.code });
}
