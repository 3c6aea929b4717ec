/**
 * The per-caller limit on failed checks (AWS advises at most 5 failed checks per 3 minutes, then a
 * cool-down of 30–60 minutes), kept as slots:
 *
 * - Creating a session takes a slot, before AWS is asked; it is refused while `limit` slots are
 *   taken, or while the caller is cooling down.
 * - A session known to have passed gives its slot back at once.
 * - A failed session keeps its slot for `windowMs` after the failure is learned; `limit` failures
 *   learned inside `windowMs` start the cool-down (`cooldownMs`).
 * - Any other session (never read, still pending, expired) keeps its slot for its lifetime
 *   (3 minutes at AWS) plus `windowMs`: the check it may have run is counted as if it failed.
 *
 * A check runs while its session is alive and every session whose check ran in a window still holds
 * its slot at the window's end, so at most `limit` checks that were not known to pass fall in any
 * `windowMs`, however the calls are interleaved. Each event is one atomic store operation.
 */

import { SESSION_LIFETIME_MS } from '../core/backoff';

/** What the store keeps for one caller. All times are milliseconds since the epoch. */
export interface AttemptRecord {
  /** Slots of sessions not known to have passed or failed: slot id → when the slot lapses. */
  open: Record<string, number>;
  /** Slots of failed sessions: session id → when the failure leaves the window. */
  failed: Record<string, number>;
  /** Token slots already bound to a session: a retried create with the same token takes no new slot. */
  bound: Record<string, number>;
  /** Until when the caller cannot create sessions; 0 when not cooling down. */
  blockedUntil: number;
}

/**
 * One event of the limit, for one caller. Slot ids are `t:`-prefixed for a session being created
 * (derived from its ClientRequestToken) and session ids once AWS has answered.
 */
export type AttemptEvent =
  /** Take a slot for a session about to be created (nothing changes when the slot exists). */
  | { type: 'open'; slot: string }
  /** AWS created the session: the slot now belongs to its session id. */
  | { type: 'bind'; slot: string; sessionId: string }
  /** Give a slot back: the session passed, or creating it failed. */
  | { type: 'release'; slot: string }
  /** The session failed: counted once, however often it is read. */
  | { type: 'fail'; slot: string };

/** The settings an event is applied with (the handler's `failedChecks`, all resolved). */
export interface AttemptPolicy {
  limit: number;
  windowMs: number;
  cooldownMs: number;
}

/** Everything a store needs to apply one event: the event, the handler's clock and the policy. */
export interface AttemptUpdate {
  event: AttemptEvent;
  now: number;
  policy: AttemptPolicy;
}

/**
 * Where the limit's records live. `update` must apply {@link applyAttemptEvent} to the caller's
 * record as one atomic step (no other update of that caller in between) and answer its `waitMs`;
 * it may drop the record once `ttlMs` has passed. Shared stores let several instances keep one
 * limit: see `createRedisAttemptStore`, or docs/server.md for DynamoDB.
 */
export interface AttemptStore {
  update(callerId: string, update: AttemptUpdate): Promise<number> | number;
}

/** What an event made of a record. */
export interface AttemptOutcome {
  /** The record to keep, or undefined when nothing is left to remember. */
  record: AttemptRecord | undefined;
  /** How long the store must keep it. */
  ttlMs: number;
  /** For `open`: 0 when the slot is taken, else how long until one may be. Otherwise: the cool-down left. */
  waitMs: number;
}

function live(slots: Record<string, number> | undefined, now: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, until] of Object.entries(slots ?? {})) if (until > now) out[id] = until;
  return out;
}

const count = (slots: Record<string, number>) => Object.keys(slots).length;

/** The limit's rules as one pure step; stores run it (or, in Redis, the same steps in Lua) atomically. */
export function applyAttemptEvent(
  current: AttemptRecord | undefined,
  { event, now, policy }: AttemptUpdate,
): AttemptOutcome {
  const open = live(current?.open, now);
  const failed = live(current?.failed, now);
  const bound = live(current?.bound, now);
  let blockedUntil = (current?.blockedUntil ?? 0) > now ? current!.blockedUntil : 0;
  const cooling = () => (blockedUntil > now ? blockedUntil - now : 0);
  let waitMs = 0;
  const { slot } = event;
  if (event.type === 'open') {
    if (cooling() > 0) waitMs = cooling();
    else if (Object.hasOwn(open, slot) || Object.hasOwn(failed, slot) || Object.hasOwn(bound, slot)) waitMs = 0;
    else if (count(open) + count(failed) >= policy.limit) {
      waitMs = Math.min(...Object.values(open), ...Object.values(failed)) - now;
    } else open[slot] = now + SESSION_LIFETIME_MS + policy.windowMs;
  } else {
    if (event.type === 'bind') {
      // Even when the slot is gone (a racing retry of the same token failed at AWS), the session counts.
      const until = open[slot] ?? now + SESSION_LIFETIME_MS + policy.windowMs;
      const taken = Object.hasOwn(open, event.sessionId) || Object.hasOwn(failed, event.sessionId);
      if (!taken) open[event.sessionId] = until;
      bound[slot] = until;
      delete open[slot];
    } else if (event.type === 'release') {
      delete open[slot];
    } else if (event.type === 'fail' && !Object.hasOwn(failed, slot)) {
      delete open[slot];
      failed[slot] = now + policy.windowMs;
      if (count(failed) >= policy.limit) blockedUntil = Math.max(blockedUntil, now + policy.cooldownMs);
    }
    waitMs = cooling();
  }
  const lastsUntil = Math.max(blockedUntil, ...[open, failed, bound].flatMap((slots) => Object.values(slots)));
  if (lastsUntil <= now) return { record: undefined, ttlMs: 0, waitMs };
  return { record: { open, failed, bound, blockedUntil }, ttlMs: lastsUntil - now, waitMs };
}

export interface AttemptLimiterOptions extends AttemptPolicy {
  store: AttemptStore;
}

/** Applies an event for a caller through the store; resolves to the event's `waitMs`. */
export type AttemptLimiter = (callerId: string, event: AttemptEvent, now: number) => Promise<number>;

export function createAttemptLimiter({ store, ...policy }: AttemptLimiterOptions): AttemptLimiter {
  return async (callerId, event, now) => {
    const waitMs = await store.update(callerId, { event, now, policy });
    if (typeof waitMs !== 'number' || !Number.isFinite(waitMs) || waitMs < 0) {
      throw new TypeError('AttemptStore.update must answer a number of milliseconds (0 or more).');
    }
    return waitMs;
  };
}
