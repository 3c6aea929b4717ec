/**
 * react-face-liveness: the browser entry. Node-only code lives in `react-face-liveness/server`
 * and `react-face-liveness/emulator`; the stylesheet is `react-face-liveness/styles.css`.
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
export { backoffDelay, DEFAULT_POLL_PLAN, DEFAULT_RETRY_PLAN, type BackoffPlan } from './core/backoff';

// Display text
export { en, formatText, resolveDisplayText, type LivenessDisplayText } from './displayText';

// Hooks (section: hooks)

// Components (section: components)

// Backends (section: backends)
export { createFetchBackend, type FetchBackendOptions } from './backend/createFetchBackend';
