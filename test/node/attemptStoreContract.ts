/**
 * The rules every AttemptStore must apply, as literal numbers: run against the memory store and
 * against Redis (whose Lua script restates the rules), so the two cannot drift apart.
 */
import { expect } from 'vitest';
import type { AttemptEvent, AttemptPolicy, AttemptStore } from '../../src/server/attemptLimiter';

const POLICY: AttemptPolicy = { limit: 3, windowMs: 10_000, cooldownMs: 60_000 };
const T0 = Date.UTC(2026, 10, 21, 9);
/** An open slot lasts the session's lifetime (180 s) plus the window. */
const OPEN_MS = 190_000;

export async function expectAttemptRules(store: AttemptStore, caller: string): Promise<void> {
  let now = T0;
  const apply = (event: AttemptEvent) => store.update(caller, { event, now, policy: POLICY });

  // Three slots: the same token twice takes one; the fourth waits for the earliest to lapse.
  expect(await apply({ type: 'open', slot: 't:a' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:a' })).toBe(0);
  expect(await apply({ type: 'bind', slot: 't:a', sessionId: 's1' })).toBe(0);
  now += 1_000;
  expect(await apply({ type: 'open', slot: 't:b' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:c' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:d' })).toBe(OPEN_MS - 1_000);
  // A retried create with a token already bound to its session takes no new slot.
  expect(await apply({ type: 'open', slot: 't:a' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:z' })).toBe(OPEN_MS - 1_000);

  // A creation that failed gives its slot back.
  expect(await apply({ type: 'release', slot: 't:c' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:d' })).toBe(0);

  // A failure keeps its slot for the window from when it is learned, and counts once.
  now += 1_000;
  expect(await apply({ type: 'fail', slot: 's1' })).toBe(0);
  expect(await apply({ type: 'fail', slot: 's1' })).toBe(0);
  expect(await apply({ type: 'release', slot: 's1' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:e' })).toBe(10_000);

  // A pass gives the slot back at once.
  expect(await apply({ type: 'bind', slot: 't:b', sessionId: 's2' })).toBe(0);
  expect(await apply({ type: 'release', slot: 's2' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:e' })).toBe(0);

  // The third failure inside the window starts the cool-down, whatever else is asked.
  expect(await apply({ type: 'bind', slot: 't:d', sessionId: 's3' })).toBe(0);
  expect(await apply({ type: 'bind', slot: 't:e', sessionId: 's4' })).toBe(0);
  now += 2_000;
  expect(await apply({ type: 'fail', slot: 's3' })).toBe(0);
  expect(await apply({ type: 'fail', slot: 's4' })).toBe(60_000);
  now += 30_000;
  expect(await apply({ type: 'open', slot: 't:f' })).toBe(30_000);
  now += 29_999;
  expect(await apply({ type: 'open', slot: 't:f' })).toBe(1);
  now += 1;
  // Cool-down over, the failures out of the window: a fresh start.
  expect(await apply({ type: 'open', slot: 't:f' })).toBe(0);

  // An open slot nobody reads lapses after the session's lifetime plus the window, and not before.
  expect(await apply({ type: 'open', slot: 't:g' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:h' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:i' })).toBe(OPEN_MS);
  now += OPEN_MS - 1;
  expect(await apply({ type: 'open', slot: 't:i' })).toBe(1);
  now += 1;
  expect(await apply({ type: 'open', slot: 't:i' })).toBe(0);

  // A session is counted even when its slot was given back first (a racing retry failed at AWS).
  now += OPEN_MS;
  expect(await apply({ type: 'open', slot: 't:j' })).toBe(0);
  expect(await apply({ type: 'release', slot: 't:j' })).toBe(0);
  expect(await apply({ type: 'bind', slot: 't:j', sessionId: 's9' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:k' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:l' })).toBe(0);
  expect(await apply({ type: 'open', slot: 't:m' })).toBe(OPEN_MS);
  expect(await apply({ type: 'open', slot: 't:j' })).toBe(0);
}
