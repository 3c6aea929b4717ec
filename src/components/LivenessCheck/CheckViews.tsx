/** The screens of `<LivenessCheck>` around the detector and the result. Strings come from display text. */
import { useId } from 'react';
import { wayForward, type LivenessError } from '../../core/errors';
import type { LivenessDisplayText } from '../../displayText';

/** The no-flash choice on the start screen: checked asks for a check without flashing colours. */
export interface NoFlashChoice {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function StartView({
  text,
  onStart,
  noFlash,
  flashes,
}: {
  text: LivenessDisplayText;
  onStart: () => void;
  noFlash?: NoFlashChoice | undefined;
  /** The check asked for may flash colours (FaceMovementAndLightChallenge): show the warning. */
  flashes: boolean;
}) {
  const hintId = useId();
  const headingId = useId();
  const tipsId = useId();
  return (
    <section className="rfl-check-view" data-view="start" aria-labelledby={headingId}>
      <h2 id={headingId} className="rfl-check-heading" tabIndex={-1}>
        {text.startHeading}
      </h2>
      <p className="rfl-check-description">{text.startDescription}</p>
      <div className="rfl-check-tips">
        <h3 id={tipsId} className="rfl-check-subheading">
          {text.startTipsHeading}
        </h3>
        <ul className="rfl-check-tips-list" aria-labelledby={tipsId}>
          <li data-tip="light">{text.startTipLight}</li>
          <li data-tip="position">{text.startTipPosition}</li>
          <li data-tip="glasses">{text.startTipGlasses}</li>
        </ul>
      </div>
      {flashes ? (
        <div className="rfl-check-warning" data-notice="photosensitivity">
          <p className="rfl-check-warning-heading">{text.startPhotosensitivityHeading}</p>
          <p>{text.startPhotosensitivityBody}</p>
        </div>
      ) : null}
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
      <div className="rfl-check-status">
        <span className="rfl-check-spinner" aria-hidden="true" />
        {/* Announced by the check's live region; focused when the pressed button is gone. */}
        <h2 className="rfl-check-status-heading" tabIndex={-1}>
          {label}
        </h2>
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
  /** Undefined while the text is still loading: the view is marked busy until it arrives. */
  description: string | undefined;
  actionLabel: string;
  onAction: () => void;
  errorCode?: string;
}

/** An end screen: its heading (announced, and focused when the pressed button is gone), what happened, the way forward. */
function SettledView({ view, heading, description, actionLabel, onAction, errorCode }: SettledViewProps) {
  return (
    <section
      className="rfl-check-view"
      data-view={view}
      data-error-code={errorCode}
      aria-busy={description === undefined || undefined}
    >
      <h2 tabIndex={-1} className="rfl-check-heading">
        {heading}
      </h2>
      {description !== undefined && <p className="rfl-check-description">{description}</p>}
      <button type="button" className="rfl-button" onClick={onAction}>
        {actionLabel}
      </button>
    </section>
  );
}

export function ErrorView({
  error,
  text,
  textPending,
  onRetry,
  onRestart,
}: {
  error: LivenessError;
  text: LivenessDisplayText;
  /** The locale pack's error messages are still loading: show the frame, not English. */
  textPending: boolean;
  onRetry: () => void;
  /** Back to the start screen, for an error that only a different choice there can fix. */
  onRestart: () => void;
}) {
  const restart = wayForward(error) === 'restart';
  return (
    <SettledView
      view="error"
      errorCode={error.code}
      heading={text.errorHeading}
      description={textPending ? undefined : text[`error${error.code}`]}
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
