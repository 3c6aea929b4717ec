import { forwardRef, useState, type ComponentPropsWithoutRef } from 'react';
import { decisionConflict, outcomeOf, type LivenessOutcome } from '../../core/outcome';
import type { LivenessResults } from '../../core/types';
import type { Verdict } from '../../core/verdict';
import type { LivenessDisplayText, LivenessLocale } from '../../displayText';
import { formatNodes } from '../../displayText/formatNodes';
import {
  ConfidenceGaugeArc,
  ConfidenceGaugeIndicator,
  ConfidenceGaugeLabel,
  ConfidenceGaugeRoot,
  ConfidenceGaugeThresholdLabel,
  ConfidenceGaugeThresholdMarker,
  ConfidenceGaugeTrack,
} from '../ConfidenceGauge';
import { FeedbackList } from './FeedbackList';
import { outcomeHeading } from './outcomeText';
import { FaceBoxToggle, ResultImages } from './ResultImages';
import { ResultActions, ResultStatusView, RetryButton } from './ResultStatusView';
import { useResultText } from './useResultText';

/** Who is looking at the result. */
export type LivenessResultAudience = 'reviewer' | 'end-user';

export interface LivenessResultProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'results'> {
  /** The session results, as `parseSessionResults` (or `useLivenessSession`) returns them. */
  results: LivenessResults;
  /**
   * The app's threshold 0–100: confidence at or above it is "live". AWS recommends no fixed
   * value; choose one for your use case. `results.isLive` (the server's decision) wins when present.
   * @default undefined (no verdict unless `results.isLive` is set)
   */
  threshold?: number | undefined;
  /**
   * `"reviewer"` shows the score, the gauge, the images and the service's feedback.
   * `"end-user"` shows only pass or fail: AWS advises not to show the score to the person checked.
   * @default 'reviewer'
   */
  audience?: LivenessResultAudience | undefined;
  /**
   * A locale pack (`frLocale`, `arLocale`…): the strings of that language, and `lang` and `dir` on
   * the root. `displayText` overrides single strings on top of it. A plain pack's result strings
   * are a module of their own: the view renders once they are here (a check has loaded them
   * already); `frResultLocale` has them inline, to render at once or on the server.
   * @default undefined (English; the page's lang and dir)
   */
  locale?: LivenessLocale | undefined;
  /**
   * Overrides for any display-text key; pass `es` (or your own complete locale) for another language.
   * @default English (`en`)
   */
  displayText?: Partial<LivenessDisplayText> | undefined;
  /**
   * Starts a new check. When given, a retry button shows on FAILED and EXPIRED, when the person
   * checked did not pass, and when the service returned no reference image.
   * @default undefined (no retry button)
   */
  onRetry?: (() => void) | undefined;
  /**
   * The app's next step after the check (back to the sign-up, on to the next page). When given, a
   * "Continue" button shows on every final screen: the main action after a pass, beside "Try
   * again" otherwise. Its label is `displayText.continueButton`.
   * @default undefined (no continue button)
   */
  onContinue?: ((results: LivenessResults) => void) | undefined;
}

type ResultState = 'pending' | 'succeeded' | 'failed' | 'expired';

const STATE_OF_OUTCOME: Record<LivenessOutcome, ResultState> = {
  pending: 'pending',
  passed: 'succeeded',
  'not-passed': 'succeeded',
  complete: 'succeeded',
  'service-failed': 'failed',
  expired: 'expired',
};

/**
 * The outcome of a liveness check: for a reviewer, the verdict, a confidence gauge, the reference
 * and audit images with their face boxes, and the service's feedback; for the person checked, only
 * pass or fail. FAILED and EXPIRED sessions get their own views with a retry action.
 */
export const LivenessResult = forwardRef<HTMLDivElement, LivenessResultProps>(function LivenessResult(
  { results, threshold, audience = 'reviewer', locale, displayText, onRetry, onContinue, className, ...props },
  ref,
) {
  const text = useResultText(locale, displayText);
  const outcome = outcomeOf(results, threshold);
  const state = STATE_OF_OUTCOME[outcome];
  const verdict: Verdict | undefined =
    outcome === 'passed' ? 'live' : outcome === 'not-passed' ? 'not-live' : undefined;
  const next = onContinue ? () => onContinue(results) : undefined;
  const heading = text ? outcomeHeading(outcome, audience, text) : '';
  return (
    <div
      data-state={state}
      data-verdict={verdict}
      data-audience={audience}
      data-outcome={outcome}
      {...(locale ? { lang: (text ?? locale.text).numberLocale, dir: locale.dir } : {})}
      aria-busy={text ? undefined : true}
      className={className ? `rfl-result ${className}` : 'rfl-result'}
      ref={ref}
      {...props}
    >
      {!text ? null : outcome === 'service-failed' || outcome === 'expired' ? (
        <ResultStatusView
          outcome={outcome}
          heading={heading}
          description={outcome === 'expired' ? text.resultExpiredDescription : text.resultFailedDescription}
          actions={<ResultActions text={text} onRetry={onRetry} onContinue={next} continueFirst={false} />}
        />
      ) : outcome === 'pending' ? (
        <ResultStatusView
          outcome={outcome}
          heading={heading}
          description={formatNodes(text.resultSessionId, { sessionId: results.sessionId })}
          live
        />
      ) : audience === 'end-user' ? (
        <EndUserView
          outcome={outcome}
          heading={heading}
          results={results}
          text={text}
          onRetry={onRetry}
          onContinue={next}
        />
      ) : (
        <ReviewerView
          verdict={verdict}
          heading={heading}
          results={results}
          threshold={threshold}
          text={text}
          onRetry={onRetry}
          onContinue={next}
        />
      )}
    </div>
  );
});

interface ViewProps {
  heading: string;
  results: LivenessResults;
  text: LivenessDisplayText;
  onRetry: (() => void) | undefined;
  onContinue: (() => void) | undefined;
}

/** Pass or fail only: no score, no images (AWS: send the person checked a pass or fail, not the score). */
function EndUserView({
  outcome,
  heading,
  results,
  text,
  onRetry,
  onContinue,
}: ViewProps & { outcome: LivenessOutcome }) {
  const missingReference = !results.referenceImage;
  const description =
    outcome === 'passed'
      ? missingReference
        ? text.resultPassedNoReferenceDescription
        : text.resultPassedDescription
      : outcome === 'not-passed'
        ? text.resultNotPassedDescription
        : text.resultDoneDescription;
  const offerRetry = outcome === 'not-passed' || missingReference;
  return (
    <ResultStatusView
      outcome={outcome}
      heading={heading}
      description={description}
      actions={
        <ResultActions
          text={text}
          onRetry={offerRetry ? onRetry : undefined}
          onContinue={onContinue}
          continueFirst={outcome !== 'not-passed'}
        />
      }
    />
  );
}

function ReviewerView({
  verdict,
  heading,
  results,
  threshold,
  text,
  onRetry,
  onContinue,
}: ViewProps & { verdict: Verdict | undefined; threshold: number | undefined }) {
  const [showBoxes, setShowBoxes] = useState(true);
  const conflict = decisionConflict(results, threshold);
  const hasImages = results.referenceImage !== undefined || results.auditImages.length > 0;
  return (
    <>
      <div className="rfl-result-summary">
        <ConfidenceGaugeRoot
          value={results.confidence}
          threshold={threshold}
          isLive={results.isLive}
          displayText={text}
        >
          <ConfidenceGaugeArc>
            <ConfidenceGaugeTrack />
            <ConfidenceGaugeIndicator />
            <ConfidenceGaugeThresholdMarker />
          </ConfidenceGaugeArc>
          <ConfidenceGaugeLabel />
          <ConfidenceGaugeThresholdLabel />
        </ConfidenceGaugeRoot>
        <div className="rfl-result-summary-text">
          <h2 className="rfl-result-heading rfl-verdict" data-verdict={verdict} tabIndex={-1}>
            {heading}
          </h2>
          {verdict === undefined ? <p className="rfl-result-description">{text.resultNoVerdict}</p> : null}
          {conflict ? (
            <p className="rfl-result-description" data-notice="server-decision" data-conflict={conflict}>
              {conflict === 'not-live-above' ? text.resultServerDecisionNotLive : text.resultServerDecisionLive}
            </p>
          ) : null}
          <p className="rfl-result-session">{formatNodes(text.resultSessionId, { sessionId: results.sessionId })}</p>
        </div>
      </div>
      {results.referenceImage ? null : (
        <div className="rfl-result-notice" data-notice="missing-reference-image">
          <p>{verdict === 'live' ? text.resultMissingReferenceImageLive : text.resultMissingReferenceImage}</p>
          {onRetry ? <RetryButton label={text.retryButton} onRetry={onRetry} /> : null}
        </div>
      )}
      <div className="rfl-result-images" data-boxes={showBoxes ? 'shown' : 'hidden'}>
        {hasImages ? <FaceBoxToggle checked={showBoxes} onChange={setShowBoxes} text={text} /> : null}
        <ResultImages
          referenceImage={results.referenceImage}
          auditImages={results.auditImages}
          text={text}
          boxes={{ checked: showBoxes, onChange: setShowBoxes }}
        />
      </div>
      <FeedbackList feedback={results.feedback} text={text} />
      {onContinue ? <ResultActions text={text} onContinue={onContinue} continueFirst /> : null}
    </>
  );
}
