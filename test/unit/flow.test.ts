import { describe, expect, it } from 'vitest';
import { LivenessError } from '../../src/core/errors';
import {
  initialFlowState,
  resultsEvent,
  transition,
  type FlowEvent,
  type FlowState,
  type FlowStatus,
} from '../../src/core/flow';

const error = new LivenessError('CAMERA_ACCESS_DENIED', 'boom');
const streamError = new LivenessError('STREAM_ERROR', 'the socket closed');
const session = { sessionId: '11111111-2222-4333-8444-555555555555' };

/** One event of each kind, all for attempt 1 (START begins attempt 2 when from a settled state). */
const events: Record<FlowEvent['type'], FlowEvent> = {
  START: { type: 'START', attempt: 2, clientRequestToken: 'token-2' },
  SESSION_CREATED: { type: 'SESSION_CREATED', attempt: 1, session, createdAt: 1_000 },
  SESSION_ERROR: { type: 'SESSION_ERROR', attempt: 1, error },
  ANALYSIS_COMPLETE: { type: 'ANALYSIS_COMPLETE', attempt: 1 },
  DETECTOR_ERROR: { type: 'DETECTOR_ERROR', attempt: 1, error },
  CAPTURE_TIMEOUT: { type: 'CAPTURE_TIMEOUT', attempt: 1, error },
  USER_CANCEL: { type: 'USER_CANCEL', attempt: 1 },
  RESULTS: { type: 'RESULTS', attempt: 1, status: 'SUCCEEDED' },
  RESULTS_ERROR: { type: 'RESULTS_ERROR', attempt: 1, error },
  DEADLINE: { type: 'DEADLINE', attempt: 1, error },
  CANCEL: { type: 'CANCEL', attempt: 1 },
  RESET: { type: 'RESET' },
};

const statuses: FlowStatus[] = [
  'idle',
  'creatingSession',
  'capturing',
  'verifying',
  'succeeded',
  'failed',
  'expired',
  'error',
  'cancelled',
];

/** The whole table: where each (status, event) goes. A missing entry means "stays". */
const expected: Partial<Record<FlowStatus, Partial<Record<FlowEvent['type'], FlowStatus>>>> = {
  idle: { START: 'creatingSession' },
  creatingSession: { SESSION_CREATED: 'capturing', SESSION_ERROR: 'error', CANCEL: 'cancelled' },
  capturing: {
    ANALYSIS_COMPLETE: 'verifying',
    DETECTOR_ERROR: 'error',
    CAPTURE_TIMEOUT: 'error',
    USER_CANCEL: 'cancelled',
    CANCEL: 'cancelled',
  },
  verifying: { RESULTS: 'succeeded', RESULTS_ERROR: 'error', DEADLINE: 'error', CANCEL: 'cancelled' },
  succeeded: { START: 'creatingSession', RESET: 'idle' },
  failed: { START: 'creatingSession', RESET: 'idle' },
  expired: { START: 'creatingSession', RESET: 'idle' },
  error: { START: 'creatingSession', RESET: 'idle' },
  cancelled: { START: 'creatingSession', RESET: 'idle' },
};

function stateIn(status: FlowStatus): FlowState {
  return status === 'idle'
    ? initialFlowState
    : { status, attempt: 1, clientRequestToken: 'token-1', ...(status === 'creatingSession' ? {} : { session }) };
}

describe('transition', () => {
  for (const status of statuses) {
    for (const [type, event] of Object.entries(events) as [FlowEvent['type'], FlowEvent][]) {
      const target = expected[status]?.[type] ?? status;
      it(`${status} + ${type} → ${target}`, () => {
        const before = stateIn(status);
        const after = transition(before, event);
        expect(after.status).toBe(target);
        if (target === status && type !== 'RESET') expect(after).toBe(before);
      });
    }
  }

  it('starts from idle with the attempt and token of the event', () => {
    const next = transition(initialFlowState, { type: 'START', attempt: 1, clientRequestToken: 'abc' });
    expect(next).toEqual({ status: 'creatingSession', attempt: 1, clientRequestToken: 'abc' });
  });

  it('drops the previous session, error and token on a new attempt', () => {
    const failed: FlowState = { status: 'error', attempt: 1, clientRequestToken: 'one', session, error };
    const next = transition(failed, { type: 'START', attempt: 2, clientRequestToken: 'two' });
    expect(next).toEqual({ status: 'creatingSession', attempt: 2, clientRequestToken: 'two' });
  });

  it('refuses a START that does not advance the attempt', () => {
    const done = stateIn('succeeded');
    expect(transition(done, { type: 'START', attempt: 1, clientRequestToken: 'again' })).toBe(done);
  });

  it('ignores events of an earlier attempt', () => {
    const capturing: FlowState = { status: 'capturing', attempt: 2, clientRequestToken: 't', session };
    for (const event of Object.values(events)) {
      if (event.type === 'START' || event.type === 'RESET') continue;
      expect(transition(capturing, { ...event, attempt: 1 } as FlowEvent)).toBe(capturing);
    }
  });

  it('keeps the first error when the detector reports a second one (TIMEOUT, then SERVER_ERROR)', () => {
    const first = new LivenessError('FACE_FIT_TIMEOUT', 'timeout');
    const second = new LivenessError('STREAM_ERROR', 'closed');
    const afterFirst = transition(stateIn('capturing'), { type: 'DETECTOR_ERROR', attempt: 1, error: first });
    const afterSecond = transition(afterFirst, { type: 'DETECTOR_ERROR', attempt: 1, error: second });
    expect(afterSecond.error).toBe(first);
  });

  it.each([
    ['SUCCEEDED', 'succeeded'],
    ['FAILED', 'failed'],
    ['EXPIRED', 'expired'],
    ['CREATED', 'verifying'],
    ['IN_PROGRESS', 'verifying'],
  ] as const)('verifying + RESULTS %s → %s', (sessionStatus, target) => {
    expect(transition(stateIn('verifying'), { type: 'RESULTS', attempt: 1, status: sessionStatus }).status).toBe(
      target,
    );
  });

  it('keeps the session through capture and verification for the detector and the poller', () => {
    let state = transition(initialFlowState, { type: 'START', attempt: 1, clientRequestToken: 't' });
    state = transition(state, { type: 'SESSION_CREATED', attempt: 1, session, createdAt: 1_000 });
    state = transition(state, { type: 'ANALYSIS_COMPLETE', attempt: 1 });
    expect(state).toMatchObject({ status: 'verifying', session, clientRequestToken: 't', sessionCreatedAt: 1_000 });
  });

  describe('resultsEvent: what the results query’s answer means', () => {
    const failure = new LivenessError('NETWORK_ERROR', 'offline');
    const verifying = { status: 'verifying', attempt: 3, session } as FlowState;

    it('means nothing outside verifying', () => {
      for (const status of statuses.filter((status) => status !== 'verifying')) {
        expect(resultsEvent({ status, attempt: 3 }, 'SUCCEEDED', failure)).toBeUndefined();
      }
    });

    it('means nothing before any answer', () => {
      expect(resultsEvent(verifying, undefined, undefined)).toBeUndefined();
    });

    it.each(['CREATED', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'EXPIRED'] as const)(
      'passes the status %s on, for the attempt being verified',
      (status) => {
        expect(resultsEvent(verifying, status, undefined)).toEqual({ type: 'RESULTS', attempt: 3, status });
      },
    );

    it('reports an error once retries are spent, unless the last answer was final', () => {
      expect(resultsEvent(verifying, undefined, failure)).toEqual({
        type: 'RESULTS_ERROR',
        attempt: 3,
        error: failure,
      });
      expect(resultsEvent(verifying, 'IN_PROGRESS', failure)).toEqual({
        type: 'RESULTS_ERROR',
        attempt: 3,
        error: failure,
      });
      expect(resultsEvent(verifying, 'FAILED', failure)).toEqual({ type: 'RESULTS', attempt: 3, status: 'FAILED' });
    });
  });

  describe('after a stream failure', () => {
    const verifyingAfter = (failure: LivenessError) =>
      transition(stateIn('capturing'), { type: 'DETECTOR_ERROR', attempt: 1, error: failure });

    it.each(['STREAM_ERROR', 'CONNECTION_TIMEOUT'] as const)(
      '%s reads the session status once before settling',
      (code) => {
        const failure = new LivenessError(code, 'stream');
        expect(verifyingAfter(failure)).toMatchObject({ status: 'verifying', streamError: failure, session });
      },
    );

    it('shows the expired view when the session turns out EXPIRED', () => {
      const next = transition(verifyingAfter(streamError), { type: 'RESULTS', attempt: 1, status: 'EXPIRED' });
      expect(next.status).toBe('expired');
      expect(next).not.toHaveProperty('streamError');
    });

    it.each(['CREATED', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED'] as const)('shows the stream error for %s', (status) => {
      const next = transition(verifyingAfter(streamError), { type: 'RESULTS', attempt: 1, status });
      expect(next).toMatchObject({ status: 'error', error: streamError });
      expect(next).not.toHaveProperty('streamError');
    });

    it('shows the stream error when the status cannot be read', () => {
      const unreadable = new LivenessError('NETWORK_ERROR', 'offline');
      const next = transition(verifyingAfter(streamError), { type: 'RESULTS_ERROR', attempt: 1, error: unreadable });
      expect(next).toMatchObject({ status: 'error', error: streamError });
    });

    it('can still be cancelled', () => {
      const next = transition(verifyingAfter(streamError), { type: 'CANCEL', attempt: 1 });
      expect(next.status).toBe('cancelled');
      expect(next).not.toHaveProperty('streamError');
    });

    it('ends at once for errors the camera or the user caused', () => {
      const timeout = new LivenessError('FACE_FIT_TIMEOUT', 'face');
      expect(verifyingAfter(timeout)).toMatchObject({ status: 'error', error: timeout });
    });
  });
});
