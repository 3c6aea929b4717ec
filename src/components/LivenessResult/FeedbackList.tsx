import { useId } from 'react';
import type { Feedback } from '../../core/types';
import type { LivenessDisplayText } from '../../displayText';
import { feedbackMessage } from './feedbackMessage';

/** The service's Feedback codes as readable lines. Renders nothing when there are none. */
export function FeedbackList({ feedback, text }: { feedback: readonly Feedback[]; text: LivenessDisplayText }) {
  const headingId = useId();
  if (feedback.length === 0) return null;
  return (
    <div role="group" aria-labelledby={headingId} className="rfl-result-feedback">
      <h3 id={headingId} className="rfl-result-subheading">
        {text.feedbackHeading}
      </h3>
      <ul className="rfl-result-feedback-list">
        {feedback.map((item, index) => (
          // dir="auto": a service message is English whatever the locale, and must read right in an RTL layout.
          <li key={`${item.code}-${index}`} data-code={item.code} dir="auto">
            {feedbackMessage(item, text)}
          </li>
        ))}
      </ul>
    </div>
  );
}
