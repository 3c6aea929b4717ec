import { useId, type ReactNode } from 'react';

export interface ResultStatusViewProps {
  heading: string;
  description: ReactNode;
  retryLabel: string;
  onRetry?: (() => void) | undefined;
  /** Announce politely: used for the view that waits for a result. */
  live?: boolean;
}

/** The body of a view that is only a message: FAILED, EXPIRED, waiting, or a verdict for the person checked. */
export function ResultStatusView({ heading, description, retryLabel, onRetry, live }: ResultStatusViewProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} role={live ? 'status' : undefined} className="rfl-result-status">
      <h2 id={headingId} className="rfl-result-heading">
        {heading}
      </h2>
      <p className="rfl-result-description">{description}</p>
      {onRetry ? <RetryButton label={retryLabel} onRetry={onRetry} /> : null}
    </section>
  );
}

export function RetryButton({ label, onRetry }: { label: string; onRetry: () => void }) {
  return (
    <button type="button" className="rfl-button" onClick={() => onRetry()}>
      {label}
    </button>
  );
}
