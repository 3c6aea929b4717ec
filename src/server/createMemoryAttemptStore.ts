import { applyAttemptEvent, type AttemptRecord, type AttemptStore } from './attemptLimiter';

export interface MemoryAttemptStoreOptions {
  /**
   * Callers remembered at most, twice over: up to this many without a cool-down (the least
   * recently updated goes first) and, apart from them, up to this many cooling down. A flood of
   * new caller ids therefore never pushes out a live cool-down. @default 10_000
   */
  maxEntries?: number;
}

interface Entry {
  record: AttemptRecord;
  expiresAt: number;
}

/** Adds at the end (the most recent), dropping the oldest past `max`. */
function put(map: Map<string, Entry>, id: string, entry: Entry, max: number): void {
  map.delete(id);
  map.set(id, entry);
  if (map.size > max) map.delete(map.keys().next().value!);
}

/**
 * The default {@link AttemptStore}: this process's memory, where each update is atomic because
 * it runs synchronously. Use a shared store (`createRedisAttemptStore`) with several instances.
 */
export function createMemoryAttemptStore({ maxEntries = 10_000 }: MemoryAttemptStoreOptions = {}): AttemptStore {
  const unblocked = new Map<string, Entry>();
  const blocked = new Map<string, Entry>();
  return {
    update(callerId, update) {
      const entry = blocked.get(callerId) ?? unblocked.get(callerId);
      const current = entry && entry.expiresAt > update.now ? entry.record : undefined;
      const { record, ttlMs, waitMs } = applyAttemptEvent(current, update);
      blocked.delete(callerId);
      unblocked.delete(callerId);
      if (record) {
        const next = { record, expiresAt: update.now + ttlMs };
        put(record.blockedUntil > update.now ? blocked : unblocked, callerId, next, maxEntries);
      }
      return waitMs;
    },
  };
}
