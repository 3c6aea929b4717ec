import { describe, expect, it } from 'vitest';
import { createAttemptLimiter } from '../../src/server/attemptLimiter';
import { createMemoryAttemptStore } from '../../src/server/createMemoryAttemptStore';
import { manualClock } from './serverSupport';

describe('createMemoryAttemptStore', () => {
  it('forgets a record after its time to live', () => {
    const clock = manualClock();
    const store = createMemoryAttemptStore({ now: clock.now });
    store.set('alice', { failures: [] }, 1000);
    expect(store.get('alice')).toEqual({ failures: [] });
    clock.advance(1000);
    expect(store.get('alice')).toBeUndefined();
  });

  it('keeps at most maxEntries records, dropping the least recently written', () => {
    const store = createMemoryAttemptStore({ maxEntries: 2 });
    store.set('a', { failures: [] }, 60_000);
    store.set('b', { failures: [] }, 60_000);
    store.set('a', { failures: [{ sessionId: 's', at: 1 }] }, 60_000);
    store.set('c', { failures: [] }, 60_000);
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    expect(store.get('c')).toBeDefined();
  });
});

describe('createAttemptLimiter', () => {
  it('blocks from the limit-th failure inside the window until the cool-down ends', async () => {
    const clock = manualClock();
    const limiter = createAttemptLimiter({
      store: createMemoryAttemptStore({ now: clock.now }),
      limit: 3,
      windowMs: 10_000,
      cooldownMs: 60_000,
    });
    await limiter.recordFailure('alice', 's1', clock.now());
    clock.advance(9_000);
    await limiter.recordFailure('alice', 's2', clock.now());
    clock.advance(2_000); // s1 has left the window
    await limiter.recordFailure('alice', 's3', clock.now());
    expect(await limiter.blockedFor('alice', clock.now())).toBe(0);
    await limiter.recordFailure('alice', 's3', clock.now()); // the same session again: not a new failure
    expect(await limiter.blockedFor('alice', clock.now())).toBe(0);
    await limiter.recordFailure('alice', 's4', clock.now());
    expect(await limiter.blockedFor('alice', clock.now())).toBe(60_000);
    expect(await limiter.blockedFor('bob', clock.now())).toBe(0);
    clock.advance(60_000);
    expect(await limiter.blockedFor('alice', clock.now())).toBe(0);
  });
});
