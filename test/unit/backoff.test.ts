/** The backoff plans as literal numbers, never computed with the function under test. */
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_MAX_RETRIES,
  DEFAULT_POLL_PLAN,
  DEFAULT_RETRY_PLAN,
  pollsUntilFinal,
  SESSION_LIFETIME_MS,
} from '../../src/core/backoff';

describe('backoff', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_POLL_PLAN).toEqual({ initialMs: 250, factor: 1.6, maxMs: 2000 });
    expect(DEFAULT_RETRY_PLAN).toEqual({ initialMs: 500, factor: 2, maxMs: 4000 });
    expect(DEFAULT_MAX_RETRIES).toBe(3);
    expect(SESSION_LIFETIME_MS).toBe(180_000);
  });

  it('polls after 250, 400, 640, 1024, 1638, then 2000 ms', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((index) => backoffDelay(DEFAULT_POLL_PLAN, index))).toEqual([
      250, 400, 640, 1024, 1638, 2000, 2000, 2000,
    ]);
    expect([-3, 0.9, 1.5].map((index) => backoffDelay(DEFAULT_POLL_PLAN, index))).toEqual([250, 250, 400]);
  });

  it('counts the polls a session needs, the first one immediate', () => {
    expect([0, 1, 250, 251, 650, 651, 1290, 3952, 3953].map((ms) => pollsUntilFinal(DEFAULT_POLL_PLAN, ms))).toEqual([
      1, 2, 2, 3, 3, 4, 4, 6, 7,
    ]);
  });
});
