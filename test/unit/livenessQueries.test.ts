/**
 * The exported React Query factories on their own, on a real QueryClient with fake timers: the
 * poll schedule and the retry schedule as literal numbers, and polling that stops at a final status.
 */
import {
  focusManager,
  MutationObserver,
  notifyManager,
  onlineManager,
  QueryClient,
  QueryObserver,
} from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LivenessBackend } from '../../src/core/types';
import {
  livenessKeys,
  livenessResultsQueryOptions,
  livenessSessionMutationOptions,
} from '../../src/hooks/livenessQueries';
import { createFakeBackend, FAKE_SESSION_IDS } from '../fixtures/fakeBackend';

const SESSION = { sessionId: FAKE_SESSION_IDS[0]!, context: 'the-handle' };

/** A backend that answers results from a script (the last entry repeats) and records when it was asked. */
function scripted(script: (Record<string, unknown> | Error)[]) {
  const calls: { at: number; sessionId: string; context: string | undefined }[] = [];
  const backend: LivenessBackend = {
    async createSession({ signal }) {
      if (signal.aborted) throw signal.reason;
      calls.push({ at: Date.now(), sessionId: '', context: undefined });
      const answer = script[Math.min(calls.length - 1, script.length - 1)]!;
      if (answer instanceof Error) throw answer;
      return answer;
    },
    async getResults({ sessionId, context, signal }) {
      if (signal.aborted) throw signal.reason;
      calls.push({ at: Date.now(), sessionId, context });
      const answer = script[Math.min(calls.length - 1, script.length - 1)]!;
      if (answer instanceof Error) throw answer;
      return { SessionId: sessionId, ...answer };
    },
  };
  return { backend, calls, times: () => calls.map((call) => call.at) };
}

const unavailable = () => Object.assign(new Error('unavailable'), { status: 503 });

let queryClient: QueryClient;
let unsubscribe: (() => void) | undefined;

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  notifyManager.setScheduler((callback) => setTimeout(callback, 0));
  queryClient = new QueryClient();
});
afterEach(() => {
  unsubscribe?.();
  unsubscribe = undefined;
  queryClient.clear();
  onlineManager.setOnline(true);
  focusManager.setFocused(undefined);
  vi.useRealTimers();
});

function observeResults(backend: LivenessBackend, policy = {}) {
  const observer = new QueryObserver(
    queryClient,
    livenessResultsQueryOptions({ backend, session: SESSION, ...policy }),
  );
  unsubscribe = observer.subscribe(() => {});
  return observer;
}

describe('livenessResultsQueryOptions', () => {
  it('polls at 0, then after 250, 400, 640, 1024, 1638, 2000, 2000 ms while the session is in progress', async () => {
    const { backend, times } = scripted([{ Status: 'IN_PROGRESS' }]);
    observeResults(backend);
    await vi.advanceTimersByTimeAsync(7_952);
    expect(times()).toEqual([0, 250, 650, 1290, 2314, 3952, 5952, 7952]);
  });

  it('follows a custom poll plan', async () => {
    const { backend, times } = scripted([{ Status: 'CREATED' }]);
    observeResults(backend, { poll: { initialMs: 100, factor: 3, maxMs: 1000 } });
    await vi.advanceTimersByTimeAsync(2_400);
    expect(times()).toEqual([0, 100, 400, 1300, 2300]);
  });

  it.each(['SUCCEEDED', 'FAILED', 'EXPIRED'])('stops polling at %s and keeps the final answer', async (Status) => {
    const { backend, calls } = scripted([{ Status: 'CREATED' }, { Status: 'IN_PROGRESS' }, { Status }]);
    const observer = observeResults(backend);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(3);
    expect(observer.getCurrentResult().data).toMatchObject({ sessionId: SESSION.sessionId, status: Status });
  });

  it('hands the session’s context back to the backend with every poll, and keys the query by session id only', async () => {
    const { backend, calls } = scripted([{ Status: 'IN_PROGRESS' }, { Status: 'SUCCEEDED' }]);
    observeResults(backend);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.map(({ sessionId, context }) => ({ sessionId, context }))).toEqual([
      { sessionId: SESSION.sessionId, context: 'the-handle' },
      { sessionId: SESSION.sessionId, context: 'the-handle' },
    ]);
    expect(livenessResultsQueryOptions({ backend, session: SESSION }).queryKey).toEqual([
      'react-face-liveness',
      'results',
      SESSION.sessionId,
    ]);
    expect(queryClient.getQueryData(livenessKeys.results(SESSION.sessionId))).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('retries a transient failure after 500, 1000 and 2000 ms, then surfaces it', async () => {
    const { backend, times } = scripted([unavailable()]);
    const observer = observeResults(backend);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(times()).toEqual([0, 500, 1500, 3500]);
    expect(observer.getCurrentResult().error).toMatchObject({ code: 'SERVICE_ERROR', retryable: true });
  });

  it('does not retry a terminal failure, nor a malformed answer', async () => {
    const denied = scripted([Object.assign(new Error('no'), { status: 403 })]);
    observeResults(denied.backend);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(denied.times()).toEqual([0]);
    unsubscribe?.();

    queryClient = new QueryClient();
    const malformed = scripted([{ Status: 'DONE' }]);
    const observer = observeResults(malformed.backend);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(malformed.times()).toHaveLength(1);
    expect(observer.getCurrentResult().error).toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('refuses results that belong to another session', async () => {
    const { backend } = scripted([{ Status: 'SUCCEEDED' }]);
    backend.getResults = async () => ({ SessionId: FAKE_SESSION_IDS[1], Status: 'SUCCEEDED' });
    const observer = observeResults(backend);
    await vi.advanceTimersByTimeAsync(10);
    expect(observer.getCurrentResult().error?.message).toContain('SessionId belongs to another session');
  });
});

describe('livenessResultsQueryOptions: the browser’s state does not change the plan', () => {
  it('polls while the browser says it is offline (our errors are the network’s answer)', async () => {
    onlineManager.setOnline(false);
    const { backend, times } = scripted([{ Status: 'IN_PROGRESS' }, { Status: 'SUCCEEDED' }]);
    const observer = observeResults(backend);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(times()).toEqual([0, 250]);
    expect(observer.getCurrentResult().data?.status).toBe('SUCCEEDED');
  });

  it('keeps polling in a background tab, and refetches nothing on focus or reconnect', async () => {
    const { backend, times } = scripted([{ Status: 'IN_PROGRESS' }]);
    observeResults(backend);
    await vi.advanceTimersByTimeAsync(10);
    focusManager.setFocused(false);
    await vi.advanceTimersByTimeAsync(700);
    expect(times()).toEqual([0, 250, 650]);
    focusManager.setFocused(true);
    onlineManager.setOnline(false);
    onlineManager.setOnline(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(times()).toEqual([0, 250, 650]);
  });

  it('lets an AbortError through as it is, not as a LivenessError', async () => {
    const aborted = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
    const { backend } = scripted([aborted]);
    const observer = observeResults(backend, { maxRetries: 0 });
    await vi.advanceTimersByTimeAsync(10);
    expect(observer.getCurrentResult().error).toBe(aborted);
  });

  it('says which step failed when it wraps an error', async () => {
    const { backend } = scripted([new Error('socket hang up')]);
    const observer = observeResults(backend, { maxRetries: 0 });
    await vi.advanceTimersByTimeAsync(10);
    expect(observer.getCurrentResult().error?.message).toBe('Fetching the liveness results failed: socket hang up');
  });
});

describe('livenessSessionMutationOptions', () => {
  const run = (backend: LivenessBackend, policy = {}) => {
    const observer = new MutationObserver(queryClient, livenessSessionMutationOptions({ backend, ...policy }));
    const outcome = observer.mutate({ clientRequestToken: 'token-1', signal: new AbortController().signal }).then(
      (session) => ({ session }),
      (error: unknown) => ({ error }),
    );
    return outcome;
  };

  it('retries with the same token after 500, 1000 and 2000 ms, then surfaces the failure', async () => {
    const { backend, times } = scripted([unavailable()]);
    const outcome = run(backend);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(times()).toEqual([0, 500, 1500, 3500]);
    expect(await outcome).toMatchObject({ error: { code: 'SERVICE_ERROR' } });
  });

  it('takes the same policy object as the results factory', async () => {
    const { backend, times } = scripted([unavailable(), unavailable(), { sessionId: SESSION.sessionId }]);
    const outcome = run(backend, { retryPlan: { initialMs: 100, factor: 5, maxMs: 300 }, maxRetries: 2 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(times()).toEqual([0, 100, 400]);
    expect(await outcome).toEqual({ session: { sessionId: SESSION.sessionId } });
  });

  it('validates the session, context included, and does not retry a malformed one', async () => {
    const good = scripted([{ sessionId: SESSION.sessionId, region: 'eu-west-1', context: 'c', extra: 1 }]);
    const outcome = run(good.backend);
    await vi.advanceTimersByTimeAsync(10);
    expect(await outcome).toEqual({ session: { sessionId: SESSION.sessionId, region: 'eu-west-1', context: 'c' } });

    const bad = scripted([{ sessionId: 'not-a-uuid' }]);
    const refused = run(bad.backend);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(bad.times()).toHaveLength(1);
    expect(await refused).toMatchObject({ error: { code: 'INVALID_RESPONSE' } });
  });
});

describe('livenessSessionMutationOptions: the request and its errors', () => {
  it('sends the challenge only when one is asked for', async () => {
    const { backend, requests } = createFakeBackend();
    const observer = new MutationObserver(queryClient, livenessSessionMutationOptions({ backend }));
    const signal = new AbortController().signal;
    // The fake answers on a timer, as the network would: let the fake clock run.
    const first = observer.mutate({ clientRequestToken: 't1', signal, challenge: 'FaceMovementChallenge' });
    await vi.advanceTimersByTimeAsync(10);
    await first;
    const second = observer.mutate({ clientRequestToken: 't2', signal });
    await vi.advanceTimersByTimeAsync(10);
    await second;
    expect(requests).toEqual([
      { clientRequestToken: 't1', challenge: 'FaceMovementChallenge' },
      { clientRequestToken: 't2' },
    ]);
  });

  it('creates the session while the browser says it is offline', async () => {
    onlineManager.setOnline(false);
    const { backend, times } = scripted([{ sessionId: SESSION.sessionId }]);
    const observer = new MutationObserver(queryClient, livenessSessionMutationOptions({ backend }));
    const outcome = observer.mutate({ clientRequestToken: 't', signal: new AbortController().signal });
    await vi.advanceTimersByTimeAsync(10);
    expect(times()).toEqual([0]);
    expect(await outcome).toEqual({ sessionId: SESSION.sessionId });
  });

  it('lets an abort through as it is: an AbortError, or anything thrown once its signal aborted', async () => {
    const abortError = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
    const run = (backend: LivenessBackend, signal = new AbortController().signal) =>
      new MutationObserver(queryClient, livenessSessionMutationOptions({ backend, maxRetries: 0 }))
        .mutate({ clientRequestToken: 't', signal })
        .catch((error: unknown) => error);
    expect(await run(scripted([abortError]).backend)).toBe(abortError);

    const controller = new AbortController();
    const late = new Error('closed after the abort');
    const afterAbort: LivenessBackend = {
      createSession: async () => {
        controller.abort();
        throw late;
      },
      getResults: async () => ({}),
    };
    expect(await run(afterAbort, controller.signal)).toBe(late);
    expect(await run(scripted([new Error('boom')]).backend)).toMatchObject({
      code: 'BACKEND_ERROR',
      message: 'Creating the liveness session failed: boom',
    });
  });
});
