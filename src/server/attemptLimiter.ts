/**
 * The per-caller limit on failed checks. AWS advises at most 5 failed checks per 3 minutes, then a
 * cool-down of 30–60 minutes. The logic lives here; the store only keeps one record per caller.
 */

/** What the store keeps for one caller. */
export interface AttemptRecord {
  /** Failed checks inside the window, one per session (polling the same session twice counts once). */
  failures: { sessionId: string; at: number }[];
  /** While set and in the future, the caller cannot create sessions. Milliseconds since the epoch. */
  blockedUntil?: number;
}

/**
 * A key-value store for attempt records; implement it over Redis, DynamoDB… to share the limit
 * between instances. `ttlMs` is how long the record matters: the store may drop it afterwards.
 */
export interface AttemptStore {
  get(callerId: string): Promise<AttemptRecord | undefined> | AttemptRecord | undefined;
  set(callerId: string, record: AttemptRecord, ttlMs: number): Promise<void> | void;
}

export interface AttemptLimiterOptions {
  store: AttemptStore;
  limit: number;
  windowMs: number;
  cooldownMs: number;
}

export interface AttemptLimiter {
  /** Milliseconds the caller must still wait, or 0 when it may start a check. */
  blockedFor(callerId: string, now: number): Promise<number>;
  /** Counts a failed check of this session once; starts the cool-down when the limit is reached. */
  recordFailure(callerId: string, sessionId: string, now: number): Promise<void>;
}

export function createAttemptLimiter({ store, limit, windowMs, cooldownMs }: AttemptLimiterOptions): AttemptLimiter {
  return {
    async blockedFor(callerId, now) {
      const record = await store.get(callerId);
      return record?.blockedUntil !== undefined && record.blockedUntil > now ? record.blockedUntil - now : 0;
    },
    async recordFailure(callerId, sessionId, now) {
      const record = (await store.get(callerId)) ?? { failures: [] };
      if (record.failures.some((failure) => failure.sessionId === sessionId)) return;
      const failures = [...record.failures.filter((failure) => failure.at > now - windowMs), { sessionId, at: now }];
      if (failures.length >= limit) {
        // Keep the sessions that tripped the limit so that polling them again does not count twice.
        await store.set(callerId, { failures, blockedUntil: now + cooldownMs }, Math.max(cooldownMs, windowMs));
      } else {
        await store.set(callerId, { failures }, windowMs);
      }
    },
  };
}
