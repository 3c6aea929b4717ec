import type { AttemptRecord, AttemptStore } from './attemptLimiter';

export interface MemoryAttemptStoreOptions {
  /** Records kept at most; the oldest is dropped first. Bounds memory under a flood of caller ids. @default 10_000 */
  maxEntries?: number;
  /** The clock for expiry. @default Date.now */
  now?: () => number;
}

/** The default {@link AttemptStore}: one process's memory. Use a shared store with several instances. */
export function createMemoryAttemptStore({
  maxEntries = 10_000,
  now = Date.now,
}: MemoryAttemptStoreOptions = {}): AttemptStore {
  const entries = new Map<string, { record: AttemptRecord; expiresAt: number }>();
  return {
    get(callerId) {
      const entry = entries.get(callerId);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(callerId);
        return undefined;
      }
      return entry.record;
    },
    set(callerId, record, ttlMs) {
      entries.delete(callerId);
      entries.set(callerId, { record, expiresAt: now() + ttlMs });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}
