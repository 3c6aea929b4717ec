import { describe, expect, it } from 'vitest';
import { applyAttemptEvent, type AttemptPolicy } from '../../src/server/attemptLimiter';
import { createMemoryAttemptStore } from '../../src/server/createMemoryAttemptStore';
import { expectAttemptRules } from './attemptStoreContract';

const POLICY: AttemptPolicy = { limit: 5, windowMs: 180_000, cooldownMs: 1_800_000 };
const T0 = Date.UTC(2026, 10, 21, 9);

describe('applyAttemptEvent', () => {
  it('keeps a record exactly as long as something in it matters', () => {
    const opened = applyAttemptEvent(undefined, { event: { type: 'open', slot: 't:a' }, now: T0, policy: POLICY });
    expect(opened).toEqual({
      record: { open: { 't:a': T0 + 360_000 }, failed: {}, bound: {}, blockedUntil: 0 },
      ttlMs: 360_000,
      waitMs: 0,
    });
    const released = applyAttemptEvent(opened.record, {
      event: { type: 'release', slot: 't:a' },
      now: T0 + 1,
      policy: POLICY,
    });
    expect(released).toEqual({ record: undefined, ttlMs: 0, waitMs: 0 });
  });

  it('keeps a cool-down past its failures', () => {
    let record = undefined as ReturnType<typeof applyAttemptEvent>['record'];
    let last = 0;
    for (let i = 0; i < 5; i++) {
      const outcome = applyAttemptEvent(record, { event: { type: 'fail', slot: `s${i}` }, now: T0, policy: POLICY });
      record = outcome.record;
      last = outcome.waitMs;
    }
    expect(last).toBe(1_800_000);
    expect(
      applyAttemptEvent(record, { event: { type: 'open', slot: 't:x' }, now: T0 + 200_000, policy: POLICY }),
    ).toEqual({
      record: { open: {}, failed: {}, bound: {}, blockedUntil: T0 + 1_800_000 },
      ttlMs: 1_600_000,
      waitMs: 1_600_000,
    });
  });
});

describe('createMemoryAttemptStore', () => {
  it('applies the limit’s rules', async () => {
    await expectAttemptRules(createMemoryAttemptStore(), 'alice');
  });

  it('keeps a live cool-down through a flood of 10,000 other callers with one failure each', () => {
    const store = createMemoryAttemptStore();
    const fail = (caller: string, slot: string, now: number) =>
      store.update(caller, { event: { type: 'fail', slot }, now, policy: POLICY });
    for (let i = 0; i < 5; i++) fail('mallory', `s${i}`, T0);
    for (let i = 0; i < 10_000; i++) fail(`flood-${i}`, 's', T0 + 1_000);
    const open = store.update('mallory', { event: { type: 'open', slot: 't:again' }, now: T0 + 2_000, policy: POLICY });
    expect(open).toBe(1_800_000 - 2_000);
  });

  it('keeps at most maxEntries callers without a cool-down, dropping the least recently updated', () => {
    const store = createMemoryAttemptStore({ maxEntries: 2 });
    const open = (caller: string, now = T0) =>
      store.update(caller, { event: { type: 'open', slot: 't:a' }, now, policy: { ...POLICY, limit: 1 } });
    expect([open('a'), open('b'), open('a'), open('c')]).toEqual([0, 0, 0, 0]);
    const other = (caller: string) =>
      store.update(caller, { event: { type: 'open', slot: 't:z' }, now: T0, policy: { ...POLICY, limit: 1 } });
    // 'a' and 'c' still hold their slot; 'b' was dropped, so its slot is free again.
    expect([other('a'), other('c'), other('b')]).toEqual([360_000, 360_000, 0]);
  });

  it('forgets a record after its time to live', () => {
    const store = createMemoryAttemptStore();
    const policy = { ...POLICY, limit: 1 };
    expect(store.update('alice', { event: { type: 'open', slot: 't:a' }, now: T0, policy })).toBe(0);
    expect(store.update('alice', { event: { type: 'open', slot: 't:b' }, now: T0 + 359_999, policy })).toBe(1);
    expect(store.update('alice', { event: { type: 'open', slot: 't:b' }, now: T0 + 360_000, policy })).toBe(0);
  });
});
