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
    <section data-rfl-part="start" aria-labelledby="rfl-start-heading">
      <h2 id="rfl-start-heading" data-rfl-part="heading">
        {text.startHeading}
      </h2>
      <p data-rfl-part="description">{text.startDescription}</p>
      <button type="button" data-rfl-part="action" data-rfl-emphasis="primary" onClick={onStart}>
        {text.startButton}
      </button>
    </section>
  );
}

export function PendingView({ label, text, onCancel }: { label: string; text: LivenessDisplayText; onCancel: () => void }) {
  return (
    <section data-rfl-part="pending">
      <div role="status" aria-live="polite" data-rfl-part="status">
        <span data-rfl-part="spinner" aria-hidden="true" />
        <span>{label}</span>
      </div>
      <button type="button" data-rfl-part="action" onClick={onCancel}>
        {text.cancelButton}
      </button>
    </section>
  );
}

export function ErrorView({ error, text, onRetry }: { error: LivenessError; text: LivenessDisplayText; onRetry: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section data-rfl-part="error" data-rfl-error-code={error.code} role="alert">
      <h2 ref={heading} tabIndex={-1} data-rfl-part="heading">
        {text.errorHeading}
      </h2>
      <p data-rfl-part="description">{text[`error${error.code}`]}</p>
      <button type="button" data-rfl-part="action" data-rfl-emphasis="primary" onClick={onRetry}>
        {text.retryButton}
      </button>
    </section>
  );
}

export function CancelledView({ text, onRetry }: { text: LivenessDisplayText; onRetry: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section data-rfl-part="cancelled">
      <h2 ref={heading} tabIndex={-1} data-rfl-part="heading">
        {text.cancelledHeading}
      </h2>
      <p data-rfl-part="description">{text.cancelledDescription}</p>
      <button type="button" data-rfl-part="action" data-rfl-emphasis="primary" onClick={onRetry}>
        {text.retryButton}
      </button>
    </section>
  );
}
