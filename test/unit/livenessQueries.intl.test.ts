/**
 * The results query builds the page's first Intl formatter while the answer travels: the first
 * one costs about 30 ms (ICU's set-up), which the result view would pay between the answer and
 * the screen. Its own file: the formatter cache is per module instance, empty here.
 */
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { intlFormatterCount } from '../../src/core/intl';
import type { GetResultsRequest, LivenessBackend } from '../../src/core/types';
import { livenessResultsQueryOptions } from '../../src/hooks/livenessQueries';
import { FAKE_SESSION_IDS } from '../fixtures/fakeBackend';

const sessionId = FAKE_SESSION_IDS[0]!;

describe('livenessResultsQueryOptions and Intl', () => {
  it('makes the first formatter once the request is sent, before its answer, and no more after', async () => {
    let answer: (value: unknown) => void = () => {};
    let asked = 0;
    const backend: LivenessBackend = {
      createSession: async () => ({ sessionId }),
      getResults: ({ signal }: GetResultsRequest) =>
        new Promise((resolve, reject) => {
          asked += 1;
          answer = resolve;
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
    };
    const queryClient = new QueryClient();
    const observer = new QueryObserver(queryClient, livenessResultsQueryOptions({ backend, session: { sessionId } }));
    expect(intlFormatterCount()).toBe(0);
    const unsubscribe = observer.subscribe(() => {});
    await Promise.resolve();
    expect(asked).toBe(1);
    expect(intlFormatterCount()).toBe(1);
    answer({ SessionId: sessionId, Status: 'SUCCEEDED', Confidence: 97.2 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(observer.getCurrentResult().data?.confidence).toBe(97.2);
    expect(intlFormatterCount()).toBe(1);
    unsubscribe();
    queryClient.clear();
  });
});
