export { ConfidenceGauge, type ConfidenceGaugeProps } from './ConfidenceGauge';
export {
  ConfidenceGaugeArc,
  ConfidenceGaugeIndicator,
  ConfidenceGaugeLabel,
  ConfidenceGaugeRoot,
  ConfidenceGaugeThresholdLabel,
  ConfidenceGaugeThresholdMarker,
  ConfidenceGaugeTrack,
  ConfidenceGaugeVerdict,
  type ConfidenceGaugeArcProps,
  type ConfidenceGaugeIndicatorProps,
  type ConfidenceGaugeLabelProps,
  type ConfidenceGaugeRootProps,
  type ConfidenceGaugeThresholdLabelProps,
  type ConfidenceGaugeThresholdMarkerProps,
  type ConfidenceGaugeTrackProps,
  type ConfidenceGaugeVerdictProps,
} from './ConfidenceGaugeParts';
