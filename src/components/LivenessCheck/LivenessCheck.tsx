import {
  forwardRef,
  useCallback,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
  type Ref,
} from 'react';
import type { LivenessResults } from '../../core/types';
import type { LivenessDisplayText, LivenessLocale } from '../../displayText';
import { useIsomorphicLayoutEffect } from '../../hooks/useLatest';
import { useLivenessSession, type UseLivenessSessionOptions } from '../../hooks/useLivenessSession';
import { LivenessResult, type LivenessResultAudience, type LivenessResultProps } from '../LivenessResult';
import { CancelledView, ErrorView, PendingView, StartView } from './CheckViews';
import { checkAnnouncement } from './checkAnnouncement';
import { DetectorHost, type LivenessDetectorOptions } from './DetectorHost';
import { useDetectorLoader } from './detectorSeam';
import type { DetectorModule } from './loadDetector';
import { useCheckLocale } from './useCheckLocale';
import { useDetectorPrefetch, useIdlePrefetch } from './useDetectorPrefetch';
import { useFocusFollowsView } from './useFocusFollowsView';

export interface LivenessCheckProps
  extends
    Omit<UseLivenessSessionOptions, 'prepareCapture'>,
    Omit<ComponentPropsWithoutRef<'div'>, 'onError' | 'children'> {
  /** Confidence (0–100) at or above which the result reads "live". Without it, no verdict is shown unless the server sends one. */
  threshold?: number;
  /**
   * `'end-user'` shows the person checked only the outcome (AWS advises not to show them the
   * score); `'reviewer'` shows the score, the gauge and the images, for a reviewer's screen.
   * @default 'end-user'
   */
  audience?: LivenessResultAudience;
  /**
   * The app's next step once the check is over: a "Continue" button on every outcome screen
   * (the main action after a pass). Receives the final results.
   * @default undefined (no continue button)
   */
  onContinue?: (results: LivenessResults) => void;
  /**
   * What goes to Amplify's detector, under Amplify's own names: `config` (`binaryPath`,
   * `faceModelUrl`, `endpointOverride`, `deviceId`, `systemClockOffset`), `displayText`,
   * `components`, `disableStartScreen` (default `true`: our start screen, with its tips and the
   * flashing-lights warning in the check's language and look, comes first; `false` adds Amplify's
   * own start screen after it, a second "start" for the user).
   * @default {}
   */
  detector?: LivenessDetectorOptions;
  /** Start the check on mount instead of showing the start screen. @default false */
  autoStart?: boolean;
  /**
   * A locale pack (`frLocale`, `arLocale`…): our strings and the detector's in one language, and
   * `lang` and `dir` on the root (`dir` on the detector's wrapper too). `displayText` and
   * `detector.displayText` override single strings on top of it.
   * @default undefined (English; the page's lang and dir)
   */
  locale?: LivenessLocale;
  /**
   * Preselects "I'm sensitive to flashing lights" on the start screen: the session is asked for
   * `FaceMovementChallenge` (no flashing colours). The server's policy may refuse it.
   * @default false
   */
  noFlash?: boolean;
  /** Offers "I'm sensitive to flashing lights" on the start screen. @default true */
  offerNoFlash?: boolean;
  /** Overrides for this library's strings (any subset). Amplify's strings go in `detector.displayText`. */
  displayText?: Partial<LivenessDisplayText>;
  /** Receives `start`, `retry` and `cancel`, to drive the check from outside (a button elsewhere, a route change). */
  actionRef?: Ref<LivenessCheckActions>;
  /** Replaces the result view. Receives what `<LivenessResult>` would. @default renders LivenessResult */
  renderResult?: (props: LivenessResultProps) => ReactNode;
  /** How long the detector may show "Connecting…" before the check ends with CAPTURE_TIMEOUT. @default 30000 */
  connectTimeoutMs?: number;
}

/** What `actionRef` receives. */
export interface LivenessCheckActions {
  /** Starts the first attempt; ignored while one is active. */
  start: () => void;
  /** Starts a new attempt (a new session); ignored while one is active. */
  retry: () => void;
  /** Ends the active attempt as `cancelled`. */
  cancel: () => void;
}

/**
 * A complete Face Liveness check: start screen, session from the app's backend, Amplify's
 * camera flow (loaded only when a check starts), results polled until final, and the outcome.
 */
export const LivenessCheck = forwardRef<HTMLDivElement, LivenessCheckProps>(function LivenessCheck(props, ref) {
  const {
    backend,
    queryClient,
    region,
    credentialProvider,
    captureTimeoutMs,
    resultsDeadlineMs,
    poll,
    retryPlan,
    maxRetries,
    onComplete,
    onError,
    onCancel,
    onStateChange,
    threshold,
    audience = 'end-user',
    onContinue,
    detector: detectorOptions,
    autoStart = false,
    locale,
    noFlash: preselectNoFlash = false,
    offerNoFlash = true,
    displayText,
    actionRef,
    renderResult,
    connectTimeoutMs = 30_000,
    className,
    ...rootProps
  } = props;
  const localeText = useCheckLocale(locale, displayText, detectorOptions?.displayText);
  const { text, textPending, detectorText, prepareLocaleText, rootProps: localeProps, dir } = localeText;
  const detectorWithText = useMemo(
    () => ({ ...detectorOptions, displayText: detectorText }),
    [detectorOptions, detectorText],
  );
  const [noFlash, setNoFlash] = useState(preselectNoFlash);
  const [detector, setDetector] = useState<DetectorModule>();
  const { load: loadDetector, prefetch } = useDetectorPrefetch(useDetectorLoader(), detectorOptions?.config);
  const prepareCapture = useCallback(
    () => Promise.all([loadDetector().then(setDetector), prepareLocaleText()]),
    [loadDetector, prepareLocaleText],
  );

  const check = useLivenessSession({
    backend,
    queryClient,
    region,
    credentialProvider,
    captureTimeoutMs,
    resultsDeadlineMs,
    poll,
    retryPlan,
    maxRetries,
    onComplete,
    onError,
    onCancel,
    onStateChange,
    prepareCapture,
    ...(noFlash ? { challenge: 'FaceMovementChallenge' as const } : {}),
  });

  const { start, retry, cancel } = check;
  useImperativeHandle(actionRef, () => ({ start, retry, cancel }), [start, retry, cancel]);

  // In the commit, not in a passive effect: those run after the first paint, 60+ ms later, and
  // the session request and the detector import are the longest part of the way to the camera.
  const autoStarted = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (!autoStart || autoStarted.current) return;
    autoStarted.current = true;
    start();
  }, [autoStart, start]);
  const isIdle = check.status === 'idle';
  // Only while the start screen waits: a started check loads the detector itself.
  useIdlePrefetch(prefetch, isIdle && !autoStart);

  const focus = useFocusFollowsView(ref);
  const announcement = checkAnnouncement({
    status: check.status,
    results: check.results,
    error: check.error,
    threshold,
    audience,
    text,
    textPending,
  });

  return (
    <div
      ref={focus.ref}
      className={className ? `rfl-check ${className}` : 'rfl-check'}
      data-state={check.status}
      {...localeProps}
      {...rootProps}
      onBlur={(event) => {
        focus.onBlur(event);
        rootProps.onBlur?.(event);
      }}
      // Intent: a pointer over or focus in the start screen fetches what Start will need.
      onPointerEnter={(event) => {
        if (isIdle) prefetch();
        rootProps.onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        focus.onFocus(event);
        if (isIdle) prefetch();
        rootProps.onFocus?.(event);
      }}
    >
      {/* One polite region for every state, present from the first render so each change is heard once. */}
      <div className="rfl-live-region" role="status" aria-live="polite" aria-atomic="true">
        {announcement.map((sentence, index) => (
          <p key={index}>{sentence}</p>
        ))}
      </div>
      {renderView()}
    </div>
  );

  function renderView(): ReactNode {
    switch (check.status) {
      case 'idle':
        return (
          <StartView
            text={text}
            onStart={check.start}
            noFlash={offerNoFlash ? { checked: noFlash, onChange: setNoFlash } : undefined}
            flashes={!noFlash}
          />
        );
      case 'creatingSession':
        return <PendingView label={text.creatingSession} text={text} onCancel={check.cancel} />;
      case 'capturing':
        if (!detector || !check.detectorProps) {
          return <PendingView label={text.loadingDetector} text={text} onCancel={check.cancel} />;
        }
        return (
          <>
            <h2 className="rfl-visually-hidden" tabIndex={-1}>
              {text.capturingHeading}
            </h2>
            <DetectorHost
              key={check.attempt}
              detector={detector}
              session={check.detectorProps}
              options={detectorWithText}
              dir={dir}
              connectTimeoutMs={connectTimeoutMs}
              onStall={() => check.timeOutCapture('The service did not start the check in time')}
            />
          </>
        );
      case 'verifying':
        return <PendingView label={text.verifying} text={text} onCancel={check.cancel} />;
      case 'succeeded':
      case 'failed':
      case 'expired': {
        if (!check.results || textPending) {
          return <PendingView label={text.verifying} text={text} onCancel={check.cancel} />;
        }
        const resultProps: LivenessResultProps = {
          results: check.results,
          threshold,
          audience,
          displayText: text,
          onRetry: check.retry,
          ...(onContinue ? { onContinue } : {}),
        };
        return renderResult ? renderResult(resultProps) : <LivenessResult {...resultProps} />;
      }
      case 'error':
        return (
          <ErrorView
            error={check.error!}
            text={text}
            textPending={textPending}
            onRetry={check.retry}
            onRestart={check.reset}
          />
        );
      case 'cancelled':
        return <CancelledView text={text} onRetry={check.retry} />;
      default:
        return check.status satisfies never;
    }
  }
});
