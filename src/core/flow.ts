/**
 * The check's flow as a pure state machine. `transition(state, event)` is the only way the
 * flow changes; the hook feeds it events and renders from the state it returns.
 *
 *   idle ──START──▶ creatingSession ──SESSION_CREATED──▶ capturing ──ANALYSIS_COMPLETE──▶ verifying
 *                         │                                   │                              │
 *                   SESSION_ERROR                      DETECTOR_ERROR                   RESULTS (final)
 *                         ▼                           CAPTURE_TIMEOUT                 RESULTS_ERROR
 *                       error                          USER_CANCEL                    DEADLINE
 *                                                             ▼                              ▼
 *                                           error | cancelled           succeeded | failed | expired | error
 *
 * A stream failure (the detector's SERVER_ERROR or CONNECTION_TIMEOUT) is not final at once: the
 * session's status is read once, because a session that expired before or during the stream shows
 * only as a stream error in the detector. EXPIRED then gives the expired view; any other status
 * gives the stream error.
 *
 * CANCEL ends any active state as `cancelled`; START from any settled state begins a new attempt
 * (a new session with a new token: sessions are single-use). Every event carries the attempt it
 * belongs to, so a late answer from an earlier attempt changes nothing.
 */
import type { LivenessError } from './errors';
import type { CreatedSession, FinalSessionStatus, SessionStatus } from './types';

export type FlowStatus =
  'idle' | 'creatingSession' | 'capturing' | 'verifying' | 'succeeded' | 'failed' | 'expired' | 'error' | 'cancelled';

export const ACTIVE_STATUSES = ['creatingSession', 'capturing', 'verifying'] as const;
export type ActiveFlowStatus = (typeof ACTIVE_STATUSES)[number];
export type SettledFlowStatus = Exclude<FlowStatus, ActiveFlowStatus>;

export interface FlowState {
  status: FlowStatus;
  /** 0 before the first start; each START adds one. */
  attempt: number;
  /** The ClientRequestToken of the current attempt. */
  clientRequestToken?: string;
  session?: CreatedSession;
  /** When the session was created (ms since the epoch): its 3-minute lifetime counts from here. */
  sessionCreatedAt?: number;
  error?: LivenessError;
  /** While verifying after a stream failure: the error to show unless the session turns out EXPIRED. */
  streamError?: LivenessError;
}

export type FlowEvent =
  | { type: 'START'; attempt: number; clientRequestToken: string }
  | { type: 'SESSION_CREATED'; attempt: number; session: CreatedSession; createdAt: number }
  | { type: 'SESSION_ERROR'; attempt: number; error: LivenessError }
  | { type: 'ANALYSIS_COMPLETE'; attempt: number }
  | { type: 'DETECTOR_ERROR'; attempt: number; error: LivenessError }
  | { type: 'CAPTURE_TIMEOUT'; attempt: number; error: LivenessError }
  | { type: 'USER_CANCEL'; attempt: number }
  | { type: 'RESULTS'; attempt: number; status: SessionStatus }
  | { type: 'RESULTS_ERROR'; attempt: number; error: LivenessError }
  | { type: 'DEADLINE'; attempt: number; error: LivenessError }
  | { type: 'CANCEL'; attempt: number }
  | { type: 'RESET' };

export const initialFlowState: FlowState = { status: 'idle', attempt: 0 };

export function isActive(status: FlowStatus): status is ActiveFlowStatus {
  return (ACTIVE_STATUSES as readonly FlowStatus[]).includes(status);
}

export function isFinalSessionStatus(status: SessionStatus): status is FinalSessionStatus {
  return status === 'SUCCEEDED' || status === 'FAILED' || status === 'EXPIRED';
}

const FLOW_STATUS_BY_SESSION_STATUS: Record<FinalSessionStatus, SettledFlowStatus> = {
  SUCCEEDED: 'succeeded',
  FAILED: 'failed',
  EXPIRED: 'expired',
};

function fail(state: FlowState, error: LivenessError): FlowState {
  const { streamError: _settled, ...rest } = state;
  return { ...rest, status: 'error', error };
}

/** Detector errors that may hide an expired session: the stream broke, the camera was fine. */
const STREAM_FAILURES: ReadonlySet<LivenessError['code']> = new Set(['STREAM_ERROR', 'CONNECTION_TIMEOUT']);

function afterResults(state: FlowState, status: SessionStatus): FlowState {
  if (state.streamError) {
    return status === 'EXPIRED' ? settle(state, 'expired') : fail(state, state.streamError);
  }
  return isFinalSessionStatus(status) ? settle(state, FLOW_STATUS_BY_SESSION_STATUS[status]) : state;
}

function settle(state: FlowState, status: SettledFlowStatus): FlowState {
  const { streamError: _settled, ...rest } = state;
  return { ...rest, status };
}

/**
 * What the results query's latest answer means for the flow while verifying: its status, or its
 * error once retries are spent (a final status wins over an error of a later poll). The hook
 * applies it in the render that sees the answer, so the flow never lags the data.
 */
export function resultsEvent(
  state: FlowState,
  status: SessionStatus | undefined,
  error: LivenessError | undefined,
): FlowEvent | undefined {
  if (state.status !== 'verifying') return undefined;
  const { attempt } = state;
  if (error && !(status && isFinalSessionStatus(status))) return { type: 'RESULTS_ERROR', attempt, error };
  return status ? { type: 'RESULTS', attempt, status } : undefined;
}

export function transition(state: FlowState, event: FlowEvent): FlowState {
  if (event.type === 'RESET') return isActive(state.status) ? state : initialFlowState;
  if (event.type === 'START') {
    if (isActive(state.status) || event.attempt <= state.attempt) return state;
    return { status: 'creatingSession', attempt: event.attempt, clientRequestToken: event.clientRequestToken };
  }
  // Everything else belongs to one attempt; a stale one is ignored.
  if (event.attempt !== state.attempt) return state;

  switch (state.status) {
    case 'creatingSession':
      switch (event.type) {
        case 'SESSION_CREATED':
          return { ...state, status: 'capturing', session: event.session, sessionCreatedAt: event.createdAt };
        case 'SESSION_ERROR':
          return fail(state, event.error);
        case 'CANCEL':
          return { ...state, status: 'cancelled' };
        default:
          return state;
      }
    case 'capturing':
      switch (event.type) {
        case 'ANALYSIS_COMPLETE':
          return { ...state, status: 'verifying' };
        case 'DETECTOR_ERROR':
          return STREAM_FAILURES.has(event.error.code)
            ? { ...state, status: 'verifying', streamError: event.error }
            : fail(state, event.error);
        case 'CAPTURE_TIMEOUT':
          return fail(state, event.error);
        case 'USER_CANCEL':
        case 'CANCEL':
          return { ...state, status: 'cancelled' };
        default:
          return state;
      }
    case 'verifying':
      switch (event.type) {
        case 'RESULTS':
          return afterResults(state, event.status);
        case 'RESULTS_ERROR':
        case 'DEADLINE':
          return fail(state, state.streamError ?? event.error);
        case 'CANCEL':
          return settle(state, 'cancelled');
        default:
          return state;
      }
    case 'idle':
    case 'succeeded':
    case 'failed':
    case 'expired':
    case 'error':
    case 'cancelled':
      // Settled: only START or RESET (handled above) move on. A detector that reports a second
      // error after its first (TIMEOUT, then SERVER_ERROR for its own close) lands here.
      return state;
    default:
      return state.status satisfies never;
  }
}
