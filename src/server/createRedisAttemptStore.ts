/**
 * An {@link AttemptStore} in Redis, so that every instance behind a load balancer keeps one limit.
 * Each event is one Lua script (EVALSHA, EVAL when Redis has not cached it yet): Redis runs a script
 * alone, so no update is lost between instances. One key per caller, a JSON record that expires by
 * itself (PX) when nothing in it matters any more. The script is {@link applyAttemptEvent} in Lua.
 */
import { SESSION_LIFETIME_MS } from '../core/backoff';
import type { AttemptStore } from './attemptLimiter';

/** The two commands used, as node-redis (`redis` ≥ 4) spells them: pass `createClient()`'s client. */
export interface RedisScriptClient {
  evalSha(sha1: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface RedisAttemptStoreOptions {
  /** A connected node-redis client (`await createClient({ url }).connect()`). */
  client: RedisScriptClient;
  /** Prefix of the keys, one per caller. @default 'rfl:attempts:' */
  keyPrefix?: string;
}

// KEYS[1]: the caller's record. ARGV: type, slot, sessionId, now, limit, windowMs, cooldownMs, lifetimeMs.
export const ATTEMPT_SCRIPT = `
local raw = redis.call('GET', KEYS[1])
local record = raw and cjson.decode(raw) or {}
local kind, slot, sessionId = ARGV[1], ARGV[2], ARGV[3]
local now, limit, windowMs = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local cooldownMs, lifetimeMs = tonumber(ARGV[7]), tonumber(ARGV[8])
local function live(slots)
  local out, n = {}, 0
  for id, untilMs in pairs(slots or {}) do
    if untilMs > now then out[id] = untilMs; n = n + 1 end
  end
  return out, n
end
local open, opened = live(record.open)
local failed, failures = live(record.failed)
local bound = live(record.bound)
local blockedUntil = tonumber(record.blockedUntil) or 0
if blockedUntil <= now then blockedUntil = 0 end
local wait = 0
if kind == 'open' then
  if blockedUntil > now then
    wait = blockedUntil - now
  elseif open[slot] == nil and failed[slot] == nil and bound[slot] == nil then
    if opened + failures >= limit then
      local first = math.huge
      for _, untilMs in pairs(open) do first = math.min(first, untilMs) end
      for _, untilMs in pairs(failed) do first = math.min(first, untilMs) end
      wait = first - now
    else
      open[slot] = now + lifetimeMs + windowMs
    end
  end
else
  if kind == 'bind' then
    local untilMs = open[slot] or (now + lifetimeMs + windowMs)
    if open[sessionId] == nil and failed[sessionId] == nil then open[sessionId] = untilMs end
    bound[slot] = untilMs
    open[slot] = nil
  elseif kind == 'release' then
    open[slot] = nil
  elseif kind == 'fail' and failed[slot] == nil then
    open[slot] = nil
    failed[slot] = now + windowMs
    if failures + 1 >= limit then blockedUntil = math.max(blockedUntil, now + cooldownMs) end
  end
  if blockedUntil > now then wait = blockedUntil - now end
end
local lastsUntil = blockedUntil
for _, untilMs in pairs(open) do lastsUntil = math.max(lastsUntil, untilMs) end
for _, untilMs in pairs(failed) do lastsUntil = math.max(lastsUntil, untilMs) end
for _, untilMs in pairs(bound) do lastsUntil = math.max(lastsUntil, untilMs) end
if lastsUntil > now then
  local out = cjson.encode({ open = open, failed = failed, bound = bound, blockedUntil = blockedUntil })
  redis.call('SET', KEYS[1], out, 'PX', lastsUntil - now)
else
  redis.call('DEL', KEYS[1])
end
return wait
`;

async function sha1Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Creates the store over a node-redis client; the limit's settings travel with every update. */
export function createRedisAttemptStore({
  client,
  keyPrefix = 'rfl:attempts:',
}: RedisAttemptStoreOptions): AttemptStore {
  if (typeof client?.evalSha !== 'function' || typeof client.eval !== 'function') {
    throw new TypeError('createRedisAttemptStore: `client` must be a node-redis client (evalSha and eval).');
  }
  const sha = sha1Hex(ATTEMPT_SCRIPT);
  return {
    async update(callerId, { event, now, policy }) {
      const options = {
        keys: [keyPrefix + callerId],
        arguments: [
          event.type,
          event.slot,
          event.type === 'bind' ? event.sessionId : '',
          String(Math.floor(now)),
          String(policy.limit),
          String(policy.windowMs),
          String(policy.cooldownMs),
          String(SESSION_LIFETIME_MS),
        ],
      };
      let reply: unknown;
      try {
        reply = await client.evalSha(await sha, options);
      } catch (error) {
        if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error;
        reply = await client.eval(ATTEMPT_SCRIPT, options);
      }
      return Number(reply);
    },
  };
}
