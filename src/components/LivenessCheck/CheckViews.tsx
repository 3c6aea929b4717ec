/** The screens of `<LivenessCheck>` around the detector and the result. Strings come from display text. */
import { useEffect, useId, useRef } from 'react';
import { wayForward, type LivenessError } from '../../core/errors';
import type { LivenessDisplayText } from '../../displayText';

/** Moves focus to a view's heading when it appears, so keyboard and screen-reader users land on it. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** The no-flash choice on the start screen: checked asks for a check without flashing colours. */
export interface NoFlashChoice {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function StartView({
  text,
  onStart,
  noFlash,
}: {
  text: LivenessDisplayText;
  onStart: () => void;
  noFlash?: NoFlashChoice | undefined;
}) {
  const hintId = useId();
  return (
    <section className="rfl-check-view" data-view="start" aria-labelledby="rfl-start-heading">
      <h2 id="rfl-start-heading" className="rfl-check-heading">
        {text.startHeading}
      </h2>
      <p className="rfl-check-description">{text.startDescription}</p>
      {noFlash ? (
        <div className="rfl-check-option" data-checked={noFlash.checked}>
          <label className="rfl-check-option-label">
            <input
              type="checkbox"
              name="rfl-no-flash"
              checked={noFlash.checked}
              onChange={(event) => noFlash.onChange(event.currentTarget.checked)}
              aria-describedby={noFlash.checked ? hintId : undefined}
            />
            {text.startNoFlashOption}
          </label>
          {noFlash.checked ? (
            <p id={hintId} className="rfl-check-option-hint">
              {text.startNoFlashHint}
            </p>
          ) : null}
        </div>
      ) : null}
      <button type="button" className="rfl-button" onClick={onStart}>
        {text.startButton}
      </button>
    </section>
  );
}

export function PendingView({
  label,
  text,
  onCancel,
}: {
  label: string;
  text: LivenessDisplayText;
  onCancel: () => void;
}) {
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

interface SettledViewProps {
  view: 'error' | 'cancelled';
  heading: string;
  description: string;
  actionLabel: string;
  onAction: () => void;
  /** Announced at once to screen readers. */
  alert?: boolean;
  errorCode?: string;
}

/** An end screen: a focused heading, what happened, and the way forward. */
function SettledView({ view, heading, description, actionLabel, onAction, alert, errorCode }: SettledViewProps) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="rfl-check-view" data-view={view} data-error-code={errorCode} role={alert ? 'alert' : undefined}>
      <h2 ref={headingRef} tabIndex={-1} className="rfl-check-heading">
        {heading}
      </h2>
      <p className="rfl-check-description">{description}</p>
      <button type="button" className="rfl-button" onClick={onAction}>
        {actionLabel}
      </button>
    </section>
  );
}

export function ErrorView({
  error,
  text,
  onRetry,
  onRestart,
}: {
  error: LivenessError;
  text: LivenessDisplayText;
  onRetry: () => void;
  /** Back to the start screen, for an error that only a different choice there can fix. */
  onRestart: () => void;
}) {
  const restart = wayForward(error) === 'restart';
  return (
    <SettledView
      view="error"
      alert
      errorCode={error.code}
      heading={text.errorHeading}
      description={text[`error${error.code}`]}
      actionLabel={restart ? text.backToStartButton : text.retryButton}
      onAction={restart ? onRestart : onRetry}
    />
  );
}

export function CancelledView({ text, onRetry }: { text: LivenessDisplayText; onRetry: () => void }) {
  return (
    <SettledView
      view="cancelled"
      heading={text.cancelledHeading}
      description={text.cancelledDescription}
      actionLabel={text.retryButton}
      onAction={onRetry}
    />
  );
}
