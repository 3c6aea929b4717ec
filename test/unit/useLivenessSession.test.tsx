import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFetchBackend } from '../../src/backend/createFetchBackend';
import type { LivenessBackend } from '../../src/core/types';
import { CLIENT_REQUEST_TOKEN_PATTERN } from '../../src/core/token';
import { livenessKeys } from '../../src/hooks/livenessQueries';
import { createFakeServerFetch, FAKE_SESSION_IDS } from '../fixtures/fakeBackend';
import { useLivenessSession, type UseLivenessSessionOptions } from '../../src/hooks/useLivenessSession';

const IDS = FAKE_SESSION_IDS;

type Answer = { Status: string; Confidence?: number } | Error;

/**
 * A backend whose answers are scripted: sessions in order, results per poll (the last repeats).
 * Like fetch, it refuses a call whose signal is already aborted.
 */
function fakeBackend(answers: Answer[] = [{ Status: 'SUCCEEDED', Confidence: 99 }]) {
  let sessions = 0;
  const createSession = vi.fn(async ({ signal }: { clientRequestToken: string; signal: AbortSignal }) => {
    if (signal.aborted) throw signal.reason;
    return { sessionId: IDS[sessions++ % IDS.length]! };
  });
  const getResults = vi.fn(async ({ sessionId, signal }: { sessionId: string; signal: AbortSignal }) => {
    if (signal.aborted) throw signal.reason;
    const answer = answers[Math.min(getResults.mock.calls.length - 1, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return { SessionId: sessionId, ...answer };
  });
  return { createSession, getResults } satisfies LivenessBackend;
}

function awsError(name: string, status: number) {
  return Object.assign(new Error(`${name} from AWS`), { name, $metadata: { httpStatusCode: status } });
}

const flush = (ms = 0) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

/**
 * React Query hands results to observers through a zero-delay timer; fake timers run a
 * zero-delay timer created during a tick 1 ms later.
 */
const settle = () => flush(1);

function setup(
  options: Partial<UseLivenessSessionOptions> & { backend: LivenessBackend },
  wrapper?: (p: { children: ReactNode }) => ReactNode,
) {
  const queryClient = options.queryClient ?? new QueryClient();
  return renderHook(() => useLivenessSession({ queryClient, ...options }), wrapper ? { wrapper } : undefined);
}

/** Drives a check up to polling: start, session created, detector reports analysis complete. */
async function toVerifying(hook: ReturnType<typeof setup>) {
  act(() => hook.result.current.start());
  await flush();
  expect(hook.result.current.status).toBe('capturing');
  await act(() => hook.result.current.detectorProps!.onAnalysisComplete());
}

beforeEach(() => {
  vi.useFakeTimers();
  // React Query batches notifications on a setTimeout captured at import; route them through
  // the (fake) timers so that advancing the clock delivers them.
  notifyManager.setScheduler((callback) => setTimeout(callback, 0));
});
afterEach(() => vi.useRealTimers());

describe('useLivenessSession', () => {
  it('creates a session, hands it to the detector, polls results and settles on SUCCEEDED', async () => {
    const backend = fakeBackend([{ Status: 'IN_PROGRESS' }, { Status: 'SUCCEEDED', Confidence: 99 }]);
    const onComplete = vi.fn();
    const hook = setup({ backend, onComplete, region: 'eu-west-1' });
    expect(hook.result.current.status).toBe('idle');

    act(() => hook.result.current.start());
    expect(hook.result.current.status).toBe('creatingSession');
    await flush();
    const [{ clientRequestToken, signal }] = backend.createSession.mock.calls[0]!;
    expect(clientRequestToken).toMatch(CLIENT_REQUEST_TOKEN_PATTERN);
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(hook.result.current).toMatchObject({ status: 'capturing', sessionId: IDS[0], clientRequestToken });
    expect(hook.result.current.detectorProps).toMatchObject({ sessionId: IDS[0], region: 'eu-west-1' });

    await act(() => hook.result.current.detectorProps!.onAnalysisComplete());
    expect(hook.result.current.status).toBe('verifying');
    await flush();
    expect(backend.getResults).toHaveBeenCalledTimes(1);
    await flush(250);
    expect(backend.getResults).toHaveBeenCalledTimes(2);
    await settle();
    for (let i = 0; i < 5; i++) {
      await flush(1);
    }
    expect(hook.result.current.status).toBe('succeeded');
    expect(hook.result.current.results).toMatchObject({ sessionId: IDS[0], status: 'SUCCEEDED', confidence: 99 });
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(hook.result.current.detectorProps).toBeUndefined();
  });

  it.each([
    ['SUCCEEDED', 'succeeded'],
    ['FAILED', 'failed'],
    ['EXPIRED', 'expired'],
  ])('stops polling at %s', async (Status, status) => {
    const backend = fakeBackend([{ Status: 'CREATED' }, { Status: 'IN_PROGRESS' }, { Status }]);
    const hook = setup({ backend });
    await toVerifying(hook);
    await flush(60_000);
    expect(hook.result.current.status).toBe(status);
    expect(backend.getResults).toHaveBeenCalledTimes(3);
  });

  it('polls after 250, 400, 640, 1024 and 1638 ms', async () => {
    const backend = fakeBackend([...Array<Answer>(5).fill({ Status: 'IN_PROGRESS' }), { Status: 'SUCCEEDED' }]);
    const hook = setup({ backend });
    await toVerifying(hook);
    await flush();
    const delays = [250, 400, 640, 1024, 1638];
    for (let poll = 1; poll < 6; poll++) {
      const delay = delays[poll - 1]!;
      await flush(delay - 1);
      expect(backend.getResults).toHaveBeenCalledTimes(poll);
      await flush(1);
      expect(backend.getResults).toHaveBeenCalledTimes(poll + 1);
    }
    await settle();
    expect(hook.result.current.status).toBe('succeeded');
  });

  it('by default gives up 195 s after the session was created (its 3 minutes and 15 s of slack)', async () => {
    const hook = setup({ backend: fakeBackend([{ Status: 'IN_PROGRESS' }]) });
    await toVerifying(hook);
    await flush(194_000);
    expect(hook.result.current.status).toBe('verifying');
    await flush(1_500);
    expect(hook.result.current.status).toBe('error');
    expect(hook.result.current.error).toMatchObject({
      code: 'RESULTS_TIMEOUT',
      message: 'The results did not become final before the deadline',
    });
  });

  it('reset goes back to idle from a settled attempt, and does nothing while one is active', async () => {
    const hook = setup({ backend: fakeBackend([{ Status: 'IN_PROGRESS' }]), resultsDeadlineMs: 5_000 });
    await toVerifying(hook);
    act(() => hook.result.current.reset());
    expect(hook.result.current.status).toBe('verifying');
    await flush(5_000);
    expect(hook.result.current.status).toBe('error');
    act(() => hook.result.current.reset());
    expect(hook.result.current.status).toBe('idle');
    expect(hook.result.current.error).toBeUndefined();
  });

  it('times out a capture with a message that says what happened', async () => {
    const hook = setup({ backend: fakeBackend() });
    act(() => hook.result.current.start());
    await flush();
    act(() => hook.result.current.timeOutCapture());
    expect(hook.result.current.error).toMatchObject({
      code: 'CAPTURE_TIMEOUT',
      message: 'The detector made no progress in time',
      retryable: true,
    });
  });

  it('gives up at the deadline with RESULTS_TIMEOUT and stops polling', async () => {
    const backend = fakeBackend([{ Status: 'IN_PROGRESS' }]);
    const onError = vi.fn();
    const hook = setup({ backend, resultsDeadlineMs: 20_000, onError });
    await toVerifying(hook);
    await flush(20_000);
    expect(hook.result.current.status).toBe('error');
    expect(hook.result.current.error).toMatchObject({ code: 'RESULTS_TIMEOUT', retryable: true });
    expect(onError).toHaveBeenCalledTimes(1);
    const calls = backend.getResults.mock.calls.length;
    await flush(60_000);
    expect(backend.getResults).toHaveBeenCalledTimes(calls);
  });

  it('shows results while verifying and once final, never an in-progress answer after an error or a cancel', async () => {
    const backend = fakeBackend([{ Status: 'IN_PROGRESS' }]);
    const timedOut = setup({ backend, resultsDeadlineMs: 20_000 });
    await toVerifying(timedOut);
    await settle();
    expect(timedOut.result.current.status).toBe('verifying');
    expect(timedOut.result.current.results?.status).toBe('IN_PROGRESS');
    await flush(20_000);
    expect(timedOut.result.current.status).toBe('error');
    expect(timedOut.result.current.results).toBeUndefined();

    const cancelled = setup({ backend: fakeBackend([{ Status: 'IN_PROGRESS' }]) });
    await toVerifying(cancelled);
    await settle();
    expect(cancelled.result.current.results?.status).toBe('IN_PROGRESS');
    act(() => cancelled.result.current.cancel());
    expect(cancelled.result.current.status).toBe('cancelled');
    expect(cancelled.result.current.results).toBeUndefined();

    for (const [Status, status] of [
      ['SUCCEEDED', 'succeeded'],
      ['FAILED', 'failed'],
      ['EXPIRED', 'expired'],
    ] as const) {
      const settled = setup({ backend: fakeBackend([{ Status, Confidence: 12 }]) });
      await toVerifying(settled);
      await settle();
      expect(settled.result.current.status).toBe(status);
      expect(settled.result.current.results?.status).toBe(Status);
    }
  });

  it('counts the results deadline from the session’s creation, when its lifetime starts', async () => {
    const backend = fakeBackend([{ Status: 'IN_PROGRESS' }]);
    const hook = setup({ backend, resultsDeadlineMs: 20_000 });
    act(() => hook.result.current.start());
    await flush();
    await flush(15_000); // the capture took 15 s
    await act(() => hook.result.current.detectorProps!.onAnalysisComplete());
    await flush(4_999);
    expect(hook.result.current.status).toBe('verifying');
    await flush(1);
    expect(hook.result.current.error).toMatchObject({ code: 'RESULTS_TIMEOUT' });
  });

  it('retries transient failures with backoff, then settles', async () => {
    const backend = fakeBackend([
      awsError('ThrottlingException', 400),
      awsError('InternalServerError', 500),
      { Status: 'SUCCEEDED' },
    ]);
    const hook = setup({ backend });
    await toVerifying(hook);
    await flush();
    expect(backend.getResults).toHaveBeenCalledTimes(1);
    await flush(499);
    expect(backend.getResults).toHaveBeenCalledTimes(1);
    await flush(1);
    expect(backend.getResults).toHaveBeenCalledTimes(2);
    await flush(1000);
    expect(backend.getResults).toHaveBeenCalledTimes(3);
    await settle();
    expect(hook.result.current.status).toBe('succeeded');
  });

  it('surfaces a transient failure once the retries are spent', async () => {
    const backend = fakeBackend([new TypeError('Failed to fetch')]);
    const hook = setup({ backend, maxRetries: 2 });
    await toVerifying(hook);
    await flush(30_000);
    expect(backend.getResults).toHaveBeenCalledTimes(3);
    expect(hook.result.current.error).toMatchObject({ code: 'NETWORK_ERROR', retryable: true });
  });

  it('surfaces a terminal failure at once', async () => {
    const backend = fakeBackend([awsError('AccessDeniedException', 400)]);
    const hook = setup({ backend });
    await toVerifying(hook);
    await flush(30_000);
    expect(backend.getResults).toHaveBeenCalledTimes(1);
    expect(hook.result.current.error).toMatchObject({ code: 'ACCESS_DENIED', retryable: false });
  });

  it('turns a malformed payload into INVALID_RESPONSE, not a thrown render', async () => {
    const backend = fakeBackend();
    backend.getResults.mockResolvedValue({ SessionId: IDS[0], Status: 'SUCCEEDED', Confidence: 'high' } as never);
    const hook = setup({ backend });
    await toVerifying(hook);
    await flush(30_000);
    expect(hook.result.current.error).toMatchObject({ code: 'INVALID_RESPONSE' });
    expect(hook.result.current.error?.message).toContain('Confidence must be a finite number');
  });

  it('retries session creation with the same token (the service is idempotent on it)', async () => {
    const backend = fakeBackend();
    backend.createSession.mockRejectedValueOnce(Object.assign(new Error('unavailable'), { status: 503 }));
    const hook = setup({ backend });
    act(() => hook.result.current.start());
    await flush(500);
    expect(backend.createSession).toHaveBeenCalledTimes(2);
    const tokens = backend.createSession.mock.calls.map(([request]) => request.clientRequestToken);
    expect(tokens[0]).toBe(tokens[1]);
    expect(hook.result.current.status).toBe('capturing');
  });

  it('retry() runs a NEW session with a NEW token', async () => {
    const backend = fakeBackend();
    const hook = setup({ backend });
    act(() => hook.result.current.start());
    await flush();
    act(() => hook.result.current.detectorProps!.onError({ state: 'SERVER_ERROR', error: new Error('stream') }));
    await flush();
    await settle();
    expect(hook.result.current.error).toMatchObject({ code: 'STREAM_ERROR' });
    act(() => hook.result.current.retry());
    await flush();
    expect(backend.createSession).toHaveBeenCalledTimes(2);
    const [first, second] = backend.createSession.mock.calls.map(([request]) => request.clientRequestToken);
    expect(first).not.toBe(second);
    expect(hook.result.current).toMatchObject({ status: 'capturing', attempt: 2, sessionId: IDS[1] });
  });

  it.each([
    ['EXPIRED', 'expired', undefined],
    ['IN_PROGRESS', 'error', 'STREAM_ERROR'],
    ['FAILED', 'error', 'STREAM_ERROR'],
  ])('after a stream failure reads the status once: %s → %s', async (Status, status, code) => {
    const backend = fakeBackend([{ Status }]);
    const onError = vi.fn();
    const hook = setup({ backend, onError });
    act(() => hook.result.current.start());
    await flush();
    act(() => hook.result.current.detectorProps!.onError({ state: 'SERVER_ERROR', error: new Error('closed') }));
    expect(hook.result.current.status).toBe('verifying');
    await flush();
    await settle();
    expect(hook.result.current.status).toBe(status);
    expect(hook.result.current.error?.code).toBe(code);
    await flush(30_000);
    expect(backend.getResults).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledTimes(code ? 1 : 0);
  });

  it('shows one error when the detector reports TIMEOUT and then SERVER_ERROR', async () => {
    const onError = vi.fn();
    const hook = setup({ backend: fakeBackend(), onError });
    act(() => hook.result.current.start());
    await flush();
    const { onError: report } = hook.result.current.detectorProps!;
    act(() => report({ state: 'TIMEOUT', error: new Error('face did not fit') }));
    act(() => report({ state: 'SERVER_ERROR', error: new Error('closed 4001') }));
    await flush();
    expect(hook.result.current.error).toMatchObject({ code: 'FACE_FIT_TIMEOUT' });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('ignores a start while an attempt is active (a double click makes one session)', async () => {
    const backend = fakeBackend();
    const hook = setup({ backend });
    act(() => {
      hook.result.current.start();
      hook.result.current.start();
    });
    await flush();
    expect(backend.createSession).toHaveBeenCalledTimes(1);
  });

  it('creates exactly one session per attempt under StrictMode', async () => {
    const backend = fakeBackend();
    const queryClient = new QueryClient();
    const hook = setup({ backend, queryClient }, ({ children }) => <StrictMode>{children}</StrictMode>);
    act(() => hook.result.current.start());
    await flush();
    expect(backend.createSession).toHaveBeenCalledTimes(1);
    expect(backend.createSession.mock.calls[0]![0].signal.aborted).toBe(false);
    expect(hook.result.current.status).toBe('capturing');
  });

  it('aborts session creation on unmount', async () => {
    const backend = fakeBackend();
    backend.createSession.mockImplementationOnce(() => new Promise(() => {}));
    const hook = setup({ backend });
    act(() => hook.result.current.start());
    hook.unmount();
    await flush();
    expect(backend.createSession.mock.calls[0]![0].signal.aborted).toBe(true);
  });

  it('aborts the poll in flight and stops polling on unmount', async () => {
    const backend = fakeBackend([{ Status: 'IN_PROGRESS' }]);
    const hook = setup({ backend });
    await toVerifying(hook);
    await flush();
    backend.getResults.mockImplementationOnce(() => new Promise(() => {}));
    await flush(250);
    expect(backend.getResults).toHaveBeenCalledTimes(2);
    hook.unmount();
    await flush();
    expect(backend.getResults.mock.calls[1]![0].signal.aborted).toBe(true);
    await flush(60_000);
    expect(backend.getResults).toHaveBeenCalledTimes(2);
  });

  it('cancel() aborts, settles as cancelled and sends nothing more', async () => {
    const backend = fakeBackend([{ Status: 'IN_PROGRESS' }]);
    const onCancel = vi.fn();
    const hook = setup({ backend, onCancel });
    await toVerifying(hook);
    await flush();
    act(() => hook.result.current.cancel());
    expect(hook.result.current.status).toBe('cancelled');
    await flush(60_000);
    expect(backend.getResults).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('settles as cancelled when the user cancels in the detector', async () => {
    const hook = setup({ backend: fakeBackend() });
    act(() => hook.result.current.start());
    await flush();
    act(() => hook.result.current.detectorProps!.onUserCancel());
    expect(hook.result.current.status).toBe('cancelled');
  });

  it('ends a capture that never completes with CAPTURE_TIMEOUT', async () => {
    const hook = setup({ backend: fakeBackend(), captureTimeoutMs: 45_000 });
    act(() => hook.result.current.start());
    await flush(45_000);
    expect(hook.result.current.error).toMatchObject({ code: 'CAPTURE_TIMEOUT' });
  });

  it('loads the detector in parallel with the session, and reports a load failure', async () => {
    const backend = fakeBackend();
    let failLoad: (error: Error) => void = () => {};
    const prepareCapture = vi.fn(() => new Promise((_resolve, reject) => (failLoad = reject)));
    const hook = setup({ backend, prepareCapture });
    act(() => hook.result.current.start());
    await flush();
    // The session request went out while the detector was still loading, and capture waits for both.
    expect(prepareCapture).toHaveBeenCalledTimes(1);
    expect(backend.createSession).toHaveBeenCalledTimes(1);
    expect(hook.result.current.status).toBe('creatingSession');
    await act(async () => failLoad(new Error('chunk failed')));
    expect(hook.result.current.error).toMatchObject({ code: 'DETECTOR_LOAD_FAILED', retryable: true });
  });

  it('passes the backend credentials to the detector, else the app credential provider', async () => {
    const backend = fakeBackend();
    const credentials = { accessKeyId: 'a', secretAccessKey: 'b' };
    backend.createSession.mockResolvedValueOnce({ sessionId: IDS[0]!, credentials } as never);
    const fallback = vi.fn(async () => ({ accessKeyId: 'x', secretAccessKey: 'y' }));
    const hook = setup({ backend, credentialProvider: fallback });
    act(() => hook.result.current.start());
    await flush();
    await expect(hook.result.current.detectorProps!.credentialProvider!()).resolves.toEqual(credentials);
    act(() => hook.result.current.cancel());
    act(() => hook.result.current.retry());
    await flush();
    expect(hook.result.current.detectorProps!.credentialProvider).toBe(fallback);
  });

  it('completes a check with a backend created anew on every render', async () => {
    const server = createFakeServerFetch({ results: [{ Status: 'IN_PROGRESS' }, { Status: 'SUCCEEDED' }] });
    const queryClient = new QueryClient();
    const backends = new Set<LivenessBackend>();
    const hook = renderHook(() => {
      const backend = createFetchBackend({ baseUrl: '/api/liveness', fetch: server.fetch });
      backends.add(backend);
      return useLivenessSession({ backend, queryClient });
    });
    act(() => hook.result.current.start());
    await flush(5);
    hook.rerender();
    await act(() => hook.result.current.detectorProps!.onAnalysisComplete());
    await flush(5);
    await flush(250);
    await settle();
    expect(hook.result.current.status).toBe('succeeded');
    expect(server.polls).toEqual([IDS[0], IDS[0]]);
    expect(backends.size).toBeGreaterThan(2);
  });

  it('keeps no query before a session exists, and no copy of the session in the mutation cache', async () => {
    const queryClient = new QueryClient();
    const hook = setup({ backend: fakeBackend([{ Status: 'IN_PROGRESS' }]), queryClient });
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
    act(() => hook.result.current.start());
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
    await flush();
    await settle();
    expect(hook.result.current.status).toBe('capturing');
    expect(queryClient.getMutationCache().getAll()).toEqual([]);
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    ).toEqual([['react-face-liveness', 'results', IDS[0]]]);
  });

  it('moves the flow in the same render that first sees the final results', async () => {
    const queryClient = new QueryClient();
    const backend = fakeBackend([{ Status: 'SUCCEEDED', Confidence: 99 }]);
    const renders: string[] = [];
    const hook = renderHook(() => {
      const check = useLivenessSession({ backend, queryClient });
      renders.push(
        `${check.status}/${queryClient.getQueryData<{ status: string }>(livenessKeys.results(IDS[0]!))?.status ?? '-'}`,
      );
      return check;
    });
    await toVerifying(hook as ReturnType<typeof setup>);
    await flush();
    await settle();
    expect(hook.result.current.status).toBe('succeeded');
    expect(renders).not.toContain('verifying/SUCCEEDED');
  });

  it('hands changed region and credentialProvider props to the detector at once', async () => {
    const first = vi.fn(async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }));
    const second = vi.fn(async () => ({ accessKeyId: 'c', secretAccessKey: 'd' }));
    const backend = fakeBackend();
    const queryClient = new QueryClient();
    const hook = renderHook(
      (props: { region: string; credentialProvider: typeof first }) =>
        useLivenessSession({ backend, queryClient, ...props }),
      { initialProps: { region: 'eu-west-1', credentialProvider: first } },
    );
    act(() => hook.result.current.start());
    await flush();
    expect(hook.result.current.detectorProps).toMatchObject({ region: 'eu-west-1', credentialProvider: first });
    hook.rerender({ region: 'ap-south-1', credentialProvider: second });
    expect(hook.result.current.detectorProps).toMatchObject({ region: 'ap-south-1', credentialProvider: second });
  });

  describe('once per attempt', () => {
    const resultsKey = livenessKeys.results(IDS[0]!);

    it('calls onComplete once, even when the app refetches the final results', async () => {
      const queryClient = new QueryClient();
      const onComplete = vi.fn();
      const hook = setup({ backend: fakeBackend(), queryClient, onComplete });
      await toVerifying(hook);
      await flush();
      await settle();
      expect(hook.result.current.status).toBe('succeeded');
      act(() => queryClient.setQueryData(resultsKey, { ...hook.result.current.results!, confidence: 12 }));
      await settle();
      expect(hook.result.current.results?.confidence).toBe(12);
      expect(onComplete).toHaveBeenCalledTimes(1);
    });

    it('calls onError once per failed attempt, and again for the next attempt', async () => {
      const queryClient = new QueryClient();
      const onError = vi.fn();
      const hook = setup({ backend: fakeBackend([awsError('AccessDeniedException', 400)]), queryClient, onError });
      await toVerifying(hook);
      await flush();
      await settle();
      expect(hook.result.current.error).toMatchObject({ code: 'ACCESS_DENIED' });
      act(() =>
        queryClient.setQueryData(resultsKey, {
          sessionId: IDS[0],
          status: 'IN_PROGRESS',
          auditImages: [],
          feedback: [],
        }),
      );
      await settle();
      expect(onError).toHaveBeenCalledTimes(1);
      act(() => hook.result.current.retry());
      await flush();
      act(() => hook.result.current.detectorProps!.onError({ state: 'CAMERA_ACCESS_ERROR' }));
      await settle();
      expect(onError).toHaveBeenCalledTimes(2);
    });

    it('calls onCancel once, even when results arrive after the cancel', async () => {
      const queryClient = new QueryClient();
      const onCancel = vi.fn();
      const onComplete = vi.fn();
      const hook = setup({ backend: fakeBackend([{ Status: 'IN_PROGRESS' }]), queryClient, onCancel, onComplete });
      await toVerifying(hook);
      await flush();
      act(() => hook.result.current.cancel());
      act(() =>
        queryClient.setQueryData(resultsKey, { sessionId: IDS[0], status: 'SUCCEEDED', auditImages: [], feedback: [] }),
      );
      await settle();
      expect(hook.result.current.status).toBe('cancelled');
      expect(onCancel).toHaveBeenCalledTimes(1);
      expect(onComplete).not.toHaveBeenCalled();
    });
  });

  describe('finding a QueryClient', () => {
    it('uses the explicit queryClient', async () => {
      const queryClient = new QueryClient();
      const hook = setup({ backend: fakeBackend(), queryClient });
      await toVerifying(hook);
      await flush();
      expect(queryClient.getQueryData(livenessKeys.results(IDS[0]!))).toMatchObject({ status: 'SUCCEEDED' });
    });

    it("uses the app's QueryClientProvider", async () => {
      const queryClient = new QueryClient();
      const backend = fakeBackend();
      const hook = renderHook(() => useLivenessSession({ backend }), {
        wrapper: ({ children }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>,
      });
      await toVerifying(hook as ReturnType<typeof setup>);
      await flush();
      expect(queryClient.getQueryData(livenessKeys.results(IDS[0]!))).toMatchObject({ status: 'SUCCEEDED' });
    });

    it('works with neither', async () => {
      const hook = renderHook(() => useLivenessSession({ backend: fakeBackend() }));
      await toVerifying(hook as ReturnType<typeof setup>);
      await flush();
      expect(hook.result.current.status).toBe('succeeded');
    });
  });
});
