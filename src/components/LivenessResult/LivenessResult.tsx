import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { LivenessResults } from '../../core/types';
import { verdictFor, type Verdict } from '../../core/verdict';
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
import { ResultImages } from './ResultImages';
import { ResultStatusView, RetryButton } from './ResultStatusView';
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
}

type ResultState = 'pending' | 'succeeded' | 'failed' | 'expired';

function resultState(status: LivenessResults['status']): ResultState {
  switch (status) {
    case 'CREATED':
    case 'IN_PROGRESS':
      return 'pending';
    case 'SUCCEEDED':
      return 'succeeded';
    case 'FAILED':
      return 'failed';
    case 'EXPIRED':
      return 'expired';
    default:
      return status satisfies never;
  }
}

/**
 * The outcome of a liveness check: for a reviewer, the verdict, a confidence gauge, the reference
 * and audit images with their face boxes, and the service's feedback; for the person checked, only
 * pass or fail. FAILED and EXPIRED sessions get their own views with a retry action.
 */
export const LivenessResult = forwardRef<HTMLDivElement, LivenessResultProps>(function LivenessResult(
  { results, threshold, audience = 'reviewer', locale, displayText, onRetry, className, ...props },
  ref,
) {
  const text = useResultText(locale, displayText);
  const state = resultState(results.status);
  const verdict =
    state === 'succeeded'
      ? verdictFor({
          confidence: results.confidence,
          threshold,
          isLive: results.isLive,
        })
      : undefined;
  return (
    <div
      data-state={state}
      data-verdict={verdict}
      data-audience={audience}
      {...(locale ? { lang: (text ?? locale.text).numberLocale, dir: locale.dir } : {})}
      aria-busy={text ? undefined : true}
      className={className ? `rfl-result ${className}` : 'rfl-result'}
      ref={ref}
      {...props}
    >
      {!text ? null : state === 'failed' ? (
        <ResultStatusView
          heading={text.resultFailedHeading}
          description={text.resultFailedDescription}
          retryLabel={text.retryButton}
          onRetry={onRetry}
        />
      ) : state === 'expired' ? (
        <ResultStatusView
          heading={text.resultExpiredHeading}
          description={text.resultExpiredDescription}
          retryLabel={text.retryButton}
          onRetry={onRetry}
        />
      ) : state === 'pending' ? (
        <ResultStatusView
          heading={text.resultPendingHeading}
          description={formatNodes(text.resultSessionId, {
            sessionId: results.sessionId,
          })}
          retryLabel={text.retryButton}
          live
        />
      ) : audience === 'end-user' ? (
        <EndUserView verdict={verdict} results={results} text={text} onRetry={onRetry} />
      ) : (
        <ReviewerView verdict={verdict} results={results} threshold={threshold} text={text} onRetry={onRetry} />
      )}
    </div>
  );
});

interface ViewProps {
  verdict: Verdict | undefined;
  results: LivenessResults;
  text: LivenessDisplayText;
  onRetry: (() => void) | undefined;
}

/** Pass or fail only: no score, no images (AWS: send the person checked a pass or fail, not the score). */
function EndUserView({ verdict, results, text, onRetry }: ViewProps) {
  const [heading, description] =
    verdict === 'live'
      ? [text.resultPassedHeading, text.resultPassedDescription]
      : verdict === 'not-live'
        ? [text.resultNotPassedHeading, text.resultNotPassedDescription]
        : [text.resultCompleteHeading, text.resultDoneDescription];
  const offerRetry = verdict === 'not-live' || !results.referenceImage;
  return (
    <ResultStatusView
      heading={heading}
      description={description}
      retryLabel={text.retryButton}
      onRetry={offerRetry ? onRetry : undefined}
    />
  );
}

function ReviewerView({ verdict, results, threshold, text, onRetry }: ViewProps & { threshold: number | undefined }) {
  const heading =
    verdict === 'live' ? text.verdictLive : verdict === 'not-live' ? text.verdictNotLive : text.resultCompleteHeading;
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
          <h2 className="rfl-result-heading rfl-verdict" data-verdict={verdict}>
            {heading}
          </h2>
          {verdict === undefined ? <p className="rfl-result-description">{text.resultNoVerdict}</p> : null}
          <p className="rfl-result-session">{formatNodes(text.resultSessionId, { sessionId: results.sessionId })}</p>
        </div>
      </div>
      {results.referenceImage ? null : (
        <div className="rfl-result-notice" data-notice="missing-reference-image">
          <p>{text.resultMissingReferenceImage}</p>
          {onRetry ? <RetryButton label={text.retryButton} onRetry={onRetry} /> : null}
        </div>
      )}
      <ResultImages referenceImage={results.referenceImage} auditImages={results.auditImages} text={text} />
      <FeedbackList feedback={results.feedback} text={text} />
    </>
  );
}
