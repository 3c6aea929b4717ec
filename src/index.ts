/**
 * react-face-liveness: the browser entry. Node-only code lives in `react-face-liveness/server`
 * and `react-face-liveness/emulator`; the stylesheet is `react-face-liveness/styles.css`; the
 * locale packs (`frLocale`, `arLocale`…) are in `react-face-liveness/locales`, one module each.
 */

// Core: contract, results, errors, flow (no React)
export type {
  BoundingBox,
  ChallengeType,
  CreatedSession,
  CreateSessionRequest,
  Feedback,
  FeedbackCode,
  FinalSessionStatus,
  GetResultsRequest,
  ImageSource,
  LivenessBackend,
  LivenessImage,
  LivenessResults,
  SessionStatus,
  StreamCredentials,
} from './core/types';
export { LivenessError, isLivenessError, LIVENESS_ERROR_CODES, type LivenessErrorCode } from './core/errors';
export { parseCreatedSession, parseSessionResults } from './core/validate';
export { transition, initialFlowState, type FlowState, type FlowEvent, type FlowStatus } from './core/flow';
export {
  backoffDelay,
  pollsUntilFinal,
  DEFAULT_POLL_PLAN,
  DEFAULT_RETRY_PLAN,
  SESSION_LIFETIME_MS,
  type BackoffPlan,
} from './core/backoff';
export { fromDetectorError, type DetectorErrorReport } from './core/detectorErrors';
export { createClientRequestToken } from './core/token';
export {
  boxToPercentages,
  clipBoundingBox,
  gaugeArcPath,
  gaugePoint,
  GAUGE_VIEWBOX,
  type BoxEdge,
  type BoxPercentages,
  type ClippedBox,
} from './core/geometry';
export {
  clampConfidence,
  displayConfidence,
  displayConfidencePercent,
  verdictFor,
  type Verdict,
  type VerdictInput,
} from './core/verdict';
export { imageTypeOf, type ImageMimeType } from './core/imageSignature';
export { selfHostedAssets, type SelfHostedAssets } from './core/selfHostedAssets';

// Display text
export {
  en,
  es,
  formatText,
  pluralText,
  resolveDisplayText,
  type DetectorDisplayText,
  type LivenessDisplayText,
  type LivenessLocale,
  type PluralKey,
} from './displayText';

// Hooks (section: hooks)
export {
  useLivenessSession,
  type DetectorSessionProps,
  type LivenessSession,
  type UseLivenessSessionOptions,
} from './hooks/useLivenessSession';
export {
  livenessKeys,
  livenessResultsQueryOptions,
  livenessSessionMutationOptions,
  type CreateSessionVariables,
  type LivenessRequestPolicy,
  type LivenessResultsQueryInput,
  type LivenessSessionMutationInput,
  type LivenessSessionRef,
} from './hooks/livenessQueries';

// Components (section: components)
export {
  LivenessCheck,
  type LivenessCheckActions,
  type LivenessCheckProps,
  type LivenessDetectorConfig,
  type LivenessDetectorOptions,
} from './components/LivenessCheck';
export {
  ConfidenceGauge,
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
  type ConfidenceGaugeProps,
  type ConfidenceGaugeRootProps,
  type ConfidenceGaugeThresholdLabelProps,
  type ConfidenceGaugeThresholdMarkerProps,
  type ConfidenceGaugeTrackProps,
  type ConfidenceGaugeVerdictProps,
} from './components/ConfidenceGauge';
export {
  AuditImage,
  AuditImageBox,
  AuditImageBoxNote,
  AuditImageImg,
  AuditImageRoot,
  AuditImageUnavailable,
  type AuditImageBoxNoteProps,
  type AuditImageBoxProps,
  type AuditImageData,
  type AuditImageImgProps,
  type AuditImageProps,
  type AuditImageRootProps,
  type AuditImageSource,
  type AuditImageUnavailableProps,
} from './components/AuditImage';
export {
  feedbackMessage,
  LivenessResult,
  type LivenessResultAudience,
  type LivenessResultProps,
} from './components/LivenessResult';

// Backends (section: backends)
export { createFetchBackend, type FetchBackendOptions } from './backend/createFetchBackend';
