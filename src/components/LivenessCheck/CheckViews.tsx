/** The screens of `<LivenessCheck>` around the detector and the result. Strings come from display text. */
import { useEffect, useRef } from 'react';
import type { LivenessError } from '../../core/errors';
import type { LivenessDisplayText } from '../../displayText';

/** Moves focus to a view's heading when it appears, so keyboard and screen-reader users land on it. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

export function StartView({ text, onStart }: { text: LivenessDisplayText; onStart: () => void }) {
  return (
    <section className="rfl-check-view" data-view="start" aria-labelledby="rfl-start-heading">
      <h2 id="rfl-start-heading" className="rfl-check-heading">
        {text.startHeading}
      </h2>
      <p className="rfl-check-description">{text.startDescription}</p>
      <button type="button" className="rfl-button" onClick={onStart}>
        {text.startButton}
      </button>
    </section>
  );
}

export function PendingView({ label, text, onCancel }: { label: string; text: LivenessDisplayText; onCancel: () => void }) {
  return (
    <section className="rfl-check-view" data-view="pending">
      <div className="rfl-check-status" role="status" aria-live="polite">
        <span className="rfl-check-spinner" aria-hidden="true" />
        <span>{label}</span>
      </div>
      <button type="button" className="rfl-button" data-variant="secondary" onClick={onCancel}>
        {text.cancelButton}
      </button>
    </section>
  );
}

export function ErrorView({ error, text, onRetry }: { error: LivenessError; text: LivenessDisplayText; onRetry: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="rfl-check-view" data-view="error" data-error-code={error.code} role="alert">
      <h2 ref={heading} tabIndex={-1} className="rfl-check-heading">
        {text.errorHeading}
      </h2>
      <p className="rfl-check-description">{text[`error${error.code}`]}</p>
      <button type="button" className="rfl-button" onClick={onRetry}>
        {text.retryButton}
      </button>
    </section>
  );
}

export function CancelledView({ text, onRetry }: { text: LivenessDisplayText; onRetry: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="rfl-check-view" data-view="cancelled">
      <h2 ref={heading} tabIndex={-1} className="rfl-check-heading">
        {text.cancelledHeading}
      </h2>
      <p className="rfl-check-description">{text.cancelledDescription}</p>
      <button type="button" className="rfl-button" onClick={onRetry}>
        {text.retryButton}
      </button>
    </section>
  );
}
