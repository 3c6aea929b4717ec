/**
 * The parts of the confidence gauge, one element each. Compose them to change the markup;
 * `<ConfidenceGauge>` is the default composition.
 */
import {
  createContext,
  forwardRef,
  useContext,
  useMemo,
  type ComponentPropsWithoutRef,
  type CSSProperties,
} from 'react';
import { gaugeArcPath, gaugePoint, GAUGE_VIEWBOX } from '../../core/geometry';
import {
  clampConfidence,
  displayConfidence,
  displayConfidencePercent,
  verdictFor,
  type Verdict,
} from '../../core/verdict';
import { formatText, resolveDisplayText, type LivenessDisplayText } from '../../displayText';
import { formatNodes } from '../../displayText/formatNodes';

interface GaugeContextValue {
  /** The clamped score, or undefined when unavailable. */
  value: number | undefined;
  threshold: number | undefined;
  verdict: Verdict | undefined;
  text: LivenessDisplayText;
}

const GaugeContext = createContext<GaugeContextValue | null>(null);

function useGauge(part: string): GaugeContextValue {
  const context = useContext(GaugeContext);
  if (!context) throw new Error(`\`${part}\` must be used within \`ConfidenceGaugeRoot\`.`);
  return context;
}

const classes = (own: string, extra: string | undefined) => (extra ? `${own} ${extra}` : own);

export interface ConfidenceGaugeRootProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * Confidence 0–100. Values outside the range are clamped; a missing or non-finite value shows
   * as "unavailable".
   * @default undefined
   */
  value?: number | undefined;
  /**
   * The app's threshold 0–100. Draws a marker and decides the verdict when `isLive` is absent.
   * @default undefined (no marker, and no verdict unless `isLive` is given)
   */
  threshold?: number | undefined;
  /**
   * The server's decision. When present it decides the verdict, whatever the threshold.
   * @default undefined
   */
  isLive?: boolean | undefined;
  /**
   * Overrides for any display-text key (`gaugeLabel`, `gaugeValueText`, `verdictLive`…).
   * @default English
   */
  displayText?: Partial<LivenessDisplayText> | undefined;
}

/**
 * The meter itself: `role="meter"` with its values, `data-state` and `data-verdict`; when the value
 * is unavailable, `role="img"` labelled "Confidence unavailable".
 */
export const ConfidenceGaugeRoot = forwardRef<HTMLDivElement, ConfidenceGaugeRootProps>(function ConfidenceGaugeRoot(
  { value: rawValue, threshold: rawThreshold, isLive, displayText, className, style, children, ...props },
  ref,
) {
  const text = useMemo(() => resolveDisplayText(displayText), [displayText]);
  const value = clampConfidence(rawValue);
  const threshold = clampConfidence(rawThreshold);
  const verdict = verdictFor({ confidence: value, threshold, isLive });
  const context = useMemo(() => ({ value, threshold, verdict, text }), [value, threshold, verdict, text]);
  const shown = value === undefined ? undefined : displayConfidence(value, text.numberLocale);
  const verdictText = verdict === 'live' ? text.verdictLive : verdict === 'not-live' ? text.verdictNotLive : undefined;
  const valueText =
    shown === undefined
      ? undefined
      : verdictText
        ? formatText(text.gaugeValueTextWithVerdict, {
            value: shown,
            verdict: verdictText,
          })
        : formatText(text.gaugeValueText, { value: shown });
  // Numbers only: how they look is the stylesheet's business.
  const geometry = {
    '--rfl-gauge-value': value ?? 0,
    ...(threshold === undefined ? {} : { '--rfl-gauge-threshold': threshold }),
  } as CSSProperties;
  return (
    <GaugeContext.Provider value={context}>
      <div
        {...(value === undefined
          ? // A meter must have a value; with none to give, it is an image that says so.
            { role: 'img', 'aria-label': text.gaugeUnavailable }
          : {
              role: 'meter',
              'aria-valuemin': 0,
              'aria-valuemax': 100,
              'aria-valuenow': value,
              'aria-valuetext': valueText,
              'aria-label': props['aria-labelledby'] ? undefined : text.gaugeLabel,
            })}
        data-state={value === undefined ? 'unavailable' : 'available'}
        data-verdict={verdict}
        data-value={value}
        className={classes('rfl-gauge', className)}
        style={{ ...geometry, ...style }}
        ref={ref}
        {...props}
      >
        {children}
      </div>
    </GaugeContext.Provider>
  );
});

export type ConfidenceGaugeArcProps = ComponentPropsWithoutRef<'svg'>;

/** The SVG that holds the track, indicator and threshold marker. Decorative: the root carries the values. */
export const ConfidenceGaugeArc = forwardRef<SVGSVGElement, ConfidenceGaugeArcProps>(function ConfidenceGaugeArc(
  { className, ...props },
  ref,
) {
  useGauge('ConfidenceGaugeArc');
  return (
    <svg
      viewBox={`0 0 ${GAUGE_VIEWBOX.width} ${GAUGE_VIEWBOX.height}`}
      aria-hidden="true"
      focusable="false"
      className={classes('rfl-gauge-arc', className)}
      ref={ref}
      {...props}
    />
  );
});

export type ConfidenceGaugeTrackProps = ComponentPropsWithoutRef<'path'>;

/** The full half circle behind the indicator. */
export const ConfidenceGaugeTrack = forwardRef<SVGPathElement, ConfidenceGaugeTrackProps>(function ConfidenceGaugeTrack(
  { className, ...props },
  ref,
) {
  useGauge('ConfidenceGaugeTrack');
  return (
    <path d={gaugeArcPath()} pathLength={100} className={classes('rfl-gauge-track', className)} ref={ref} {...props} />
  );
});

export type ConfidenceGaugeIndicatorProps = ComponentPropsWithoutRef<'path'>;

/**
 * The filled part of the arc. Its length is 100 units, so the stylesheet draws the value with
 * `stroke-dashoffset: calc(100 - var(--rfl-gauge-value))`. Not rendered when the value is unavailable.
 */
export const ConfidenceGaugeIndicator = forwardRef<SVGPathElement, ConfidenceGaugeIndicatorProps>(
  function ConfidenceGaugeIndicator({ className, ...props }, ref) {
    const { value, verdict } = useGauge('ConfidenceGaugeIndicator');
    if (value === undefined) return null;
    return (
      <path
        d={gaugeArcPath()}
        pathLength={100}
        data-verdict={verdict}
        className={classes('rfl-gauge-indicator', className)}
        ref={ref}
        {...props}
      />
    );
  },
);

export type ConfidenceGaugeThresholdMarkerProps = ComponentPropsWithoutRef<'line'>;

/** A tick across the arc at the threshold. Not rendered without a threshold. */
export const ConfidenceGaugeThresholdMarker = forwardRef<SVGLineElement, ConfidenceGaugeThresholdMarkerProps>(
  function ConfidenceGaugeThresholdMarker({ className, ...props }, ref) {
    const { threshold } = useGauge('ConfidenceGaugeThresholdMarker');
    if (threshold === undefined) return null;
    // Reaches a little past both sides of the thickest track the tokens allow.
    const inner = gaugePoint(threshold, GAUGE_VIEWBOX.radius - 9);
    const outer = gaugePoint(threshold, GAUGE_VIEWBOX.radius + 9);
    return (
      <line
        x1={inner.x}
        y1={inner.y}
        x2={outer.x}
        y2={outer.y}
        data-value={threshold}
        className={classes('rfl-gauge-threshold', className)}
        ref={ref}
        {...props}
      />
    );
  },
);

export type ConfidenceGaugeLabelProps = ComponentPropsWithoutRef<'span'>;

/**
 * The score as a percentage formatted for `numberLocale` ("87.5%", "87,5 %"), isolated in a `<bdi>`,
 * or "Confidence unavailable". Children replace the default text.
 */
export const ConfidenceGaugeLabel = forwardRef<HTMLSpanElement, ConfidenceGaugeLabelProps>(
  function ConfidenceGaugeLabel({ className, children, ...props }, ref) {
    const { value, text } = useGauge('ConfidenceGaugeLabel');
    const content =
      value === undefined
        ? text.gaugeUnavailable
        : formatNodes(text.gaugeValue, { value: displayConfidencePercent(value, text.numberLocale) });
    return (
      <span
        data-state={value === undefined ? 'unavailable' : 'available'}
        className={classes('rfl-gauge-label', className)}
        ref={ref}
        {...props}
      >
        {children ?? content}
      </span>
    );
  },
);

export type ConfidenceGaugeThresholdLabelProps = ComponentPropsWithoutRef<'span'>;

/** "Threshold 80%" under the gauge (the percentage in a `<bdi>`). Not rendered without a threshold. */
export const ConfidenceGaugeThresholdLabel = forwardRef<HTMLSpanElement, ConfidenceGaugeThresholdLabelProps>(
  function ConfidenceGaugeThresholdLabel({ className, children, ...props }, ref) {
    const { threshold, text } = useGauge('ConfidenceGaugeThresholdLabel');
    if (threshold === undefined) return null;
    return (
      <span className={classes('rfl-gauge-threshold-label', className)} ref={ref} {...props}>
        {children ??
          formatNodes(text.gaugeThreshold, {
            threshold: displayConfidencePercent(threshold, text.numberLocale),
          })}
      </span>
    );
  },
);

export type ConfidenceGaugeVerdictProps = ComponentPropsWithoutRef<'span'>;

/**
 * The verdict in words, with a shape drawn by the stylesheet (a tick or a cross), so that it never
 * depends on colour alone. Not rendered when there is no verdict.
 */
export const ConfidenceGaugeVerdict = forwardRef<HTMLSpanElement, ConfidenceGaugeVerdictProps>(
  function ConfidenceGaugeVerdict({ className, children, ...props }, ref) {
    const { verdict, text } = useGauge('ConfidenceGaugeVerdict');
    if (verdict === undefined) return null;
    return (
      <span data-verdict={verdict} className={classes('rfl-verdict', className)} ref={ref} {...props}>
        {children ?? (verdict === 'live' ? text.verdictLive : text.verdictNotLive)}
      </span>
    );
  },
);
