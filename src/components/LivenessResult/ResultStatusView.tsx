import { useId, type ReactNode } from 'react';
import type { LivenessOutcome } from '../../core/outcome';
import type { LivenessDisplayText } from '../../displayText';

export interface ResultStatusViewProps {
  heading: string;
  description: ReactNode;
  /** Sets `data-outcome` and draws its icon: a shape and a colour per outcome, never colour alone. */
  outcome: LivenessOutcome;
  /** Buttons under the description (retry, continue). */
  actions?: ReactNode;
  /** Announce politely: used for the view that waits for a result. */
  live?: boolean;
}

/**
 * The body of a view that is only a message: FAILED, EXPIRED, waiting, or the outcome for the person checked.
 * A named group, not a region landmark: two results on one page (the demo's end-user and reviewer
 * panes) would give two landmarks one name.
 */
export function ResultStatusView({ heading, description, outcome, actions, live }: ResultStatusViewProps) {
  const headingId = useId();
  return (
    <div
      aria-labelledby={headingId}
      role={live ? 'status' : 'group'}
      className="rfl-result-status"
      data-outcome={outcome}
    >
      <span className="rfl-outcome-icon" aria-hidden="true" />
      <h2 id={headingId} className="rfl-result-heading" tabIndex={-1}>
        {heading}
      </h2>
      <p className="rfl-result-description">{description}</p>
      {actions}
    </div>
  );
}

export interface ResultActionsProps {
  text: LivenessDisplayText;
  onRetry?: (() => void) | undefined;
  onContinue?: (() => void) | undefined;
  /** Continue is the main action (a pass); otherwise retry is, and continue a secondary way out. */
  continueFirst: boolean;
}

/** Retry and continue, the main one first and filled. Renders nothing without either. */
export function ResultActions({ text, onRetry, onContinue, continueFirst }: ResultActionsProps) {
  if (!onRetry && !onContinue) return null;
  const retry = onRetry ? (
    <RetryButton key="retry" label={text.retryButton} onRetry={onRetry} secondary={continueFirst && !!onContinue} />
  ) : null;
  const next = onContinue ? (
    <button
      key="continue"
      type="button"
      className="rfl-button"
      data-action="continue"
      data-variant={continueFirst || !onRetry ? undefined : 'secondary'}
      onClick={() => onContinue()}
    >
      {text.continueButton}
    </button>
  ) : null;
  return <div className="rfl-result-actions">{continueFirst ? [next, retry] : [retry, next]}</div>;
}

export function RetryButton({
  label,
  onRetry,
  secondary = false,
}: {
  label: string;
  onRetry: () => void;
  secondary?: boolean;
}) {
  return (
    <button
      type="button"
      className="rfl-button"
      data-action="retry"
      data-variant={secondary ? 'secondary' : undefined}
      onClick={() => onRetry()}
    >
      {label}
    </button>
  );
}
