import { forwardRef } from 'react';
import {
  ConfidenceGaugeArc,
  ConfidenceGaugeIndicator,
  ConfidenceGaugeLabel,
  ConfidenceGaugeRoot,
  ConfidenceGaugeThresholdLabel,
  ConfidenceGaugeThresholdMarker,
  ConfidenceGaugeTrack,
  ConfidenceGaugeVerdict,
  type ConfidenceGaugeRootProps,
} from './ConfidenceGaugeParts';

export type ConfidenceGaugeProps = Omit<ConfidenceGaugeRootProps, 'children'>;

/**
 * A half-circle gauge of the liveness confidence 0–100, with the threshold marked and the verdict
 * in words and shape. Built from the `ConfidenceGauge*` parts; drop to them for other markup.
 */
export const ConfidenceGauge = forwardRef<HTMLDivElement, ConfidenceGaugeProps>(function ConfidenceGauge(props, ref) {
  return (
    <ConfidenceGaugeRoot ref={ref} {...props}>
      <ConfidenceGaugeArc>
        <ConfidenceGaugeTrack />
        <ConfidenceGaugeIndicator />
        <ConfidenceGaugeThresholdMarker />
      </ConfidenceGaugeArc>
      <ConfidenceGaugeLabel />
      <ConfidenceGaugeVerdict />
      <ConfidenceGaugeThresholdLabel />
    </ConfidenceGaugeRoot>
  );
});
