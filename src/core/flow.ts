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
 * CANCEL ends any active state as `cancelled`; START from any settled state begins a new attempt
 * (a new session with a new token: sessions are single-use). Every event carries the attempt it
 * belongs to, so a late answer from an earlier attempt changes nothing.
 */
import type { LivenessError } from './errors';
import type { CreatedSession, FinalSessionStatus, SessionStatus } from './types';

export type FlowStatus =
  | 'idle'
  | 'creatingSession'
  | 'capturing'
  | 'verifying'
  | 'succeeded'
  | 'failed'
  | 'expired'
  | 'error'
  | 'cancelled';

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
  error?: LivenessError;
}

export type FlowEvent =
  | { type: 'START'; attempt: number; clientRequestToken: string }
  | { type: 'SESSION_CREATED'; attempt: number; session: CreatedSession }
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
  return { ...state, status: 'error', error };
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
          return { ...state, status: 'capturing', session: event.session };
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
          return isFinalSessionStatus(event.status)
            ? { ...state, status: FLOW_STATUS_BY_SESSION_STATUS[event.status] }
            : state;
        case 'RESULTS_ERROR':
        case 'DEADLINE':
          return fail(state, event.error);
        case 'CANCEL':
          return { ...state, status: 'cancelled' };
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
