/**
 * The Amplify detector's error states, each mapped to one `LivenessError`. The detector reports
 * them through `onError({ state, error })`; `state` is one of these strings at run time.
 */
import { LivenessError, type LivenessErrorCode } from './errors';

const CODE_BY_DETECTOR_STATE: Record<string, LivenessErrorCode> = {
  CONNECTION_TIMEOUT: 'CONNECTION_TIMEOUT',
  TIMEOUT: 'FACE_FIT_TIMEOUT',
  // Named in the detector's types but absent at run time; kept so a future version maps cleanly.
  FRESHNESS_TIMEOUT: 'FACE_FIT_TIMEOUT',
  RUNTIME_ERROR: 'RUNTIME_ERROR',
  SERVER_ERROR: 'STREAM_ERROR',
  CAMERA_FRAMERATE_ERROR: 'CAMERA_FRAMERATE',
  CAMERA_ACCESS_ERROR: 'CAMERA_ACCESS_DENIED',
  DEFAULT_CAMERA_NOT_FOUND_ERROR: 'CAMERA_NOT_FOUND',
  FACE_DISTANCE_ERROR: 'FACE_DISTANCE',
  MOBILE_LANDSCAPE_ERROR: 'MOBILE_LANDSCAPE',
  MULTIPLE_FACES_ERROR: 'MULTIPLE_FACES',
};

/** Errors that another attempt on the same device cannot fix without the user changing something. */
const NEEDS_USER_ACTION: ReadonlySet<LivenessErrorCode> = new Set<LivenessErrorCode>([
  'CAMERA_ACCESS_DENIED',
  'CAMERA_NOT_FOUND',
  'CAMERA_FRAMERATE',
]);

/** What the detector passes to `onError`. */
export interface DetectorErrorReport {
  state?: unknown;
  error?: unknown;
}

export function fromDetectorError(report: DetectorErrorReport): LivenessError {
  const state = typeof report?.state === 'string' ? report.state : 'RUNTIME_ERROR';
  const code = CODE_BY_DETECTOR_STATE[state] ?? 'RUNTIME_ERROR';
  const detail = report?.error instanceof Error ? report.error.message : String(report?.error ?? '');
  return new LivenessError(code, `The liveness detector reported ${state}${detail ? `: ${detail}` : ''}`, {
    cause: report?.error,
    retryable: !NEEDS_USER_ACTION.has(code),
  });
}
