import type { LivenessScenario, OperationFaultName, ScenarioInput, StreamExceptionName } from './types';

const FAULTS: Record<string, OperationFaultName> = {
  throttle: 'ThrottlingException',
  throughput: 'ProvisionedThroughputExceededException',
  error: 'InternalServerError',
  unavailable: 'ServiceUnavailableException',
  denied: 'AccessDeniedException',
};

const STREAM_EXCEPTIONS: Record<string, StreamExceptionName> = {
  validation: 'ValidationException',
  throttling: 'ThrottlingException',
  unavailable: 'ServiceUnavailableException',
  internal: 'InternalServerException',
  quota: 'ServiceQuotaExceededException',
  denied: 'AccessDeniedException',
};

/**
 * A small oval in the top-left corner, far from where any face in the middle of the picture can
 * be: the detector never sees the face fit and reports TIMEOUT after `OvalFitTimeout` (shortened).
 */
export const OVAL_OUT_OF_REACH: LivenessScenario = {
  ovalParameters: { Width: 60, Height: 97, CenterX: 40, CenterY: 60 },
  challengeConfig: { OvalFitTimeout: 4000 },
};

const PRESET =
  '(live|not-live|failed|expired|no-session-information|drop-socket|oval-out-of-reach|pending-\\d+(?:ms)?|' +
  'confidence-\\d{1,3}-\\d{1,3}|' +
  `(?:${Object.keys(FAULTS).join('|')})-(?:create|get)-\\d+|` +
  `stream-(?:${Object.keys(STREAM_EXCEPTIONS).join('|')})(?:-video)?)`;

const PRESET_NAME = new RegExp(`^${PRESET}$`);
/** `emu-<preset>` alone or followed by `-…` / `_…` (ClientRequestToken allows `[a-zA-Z0-9-_]`). */
const TOKEN_PREFIX = new RegExp(`^emu-${PRESET}(?:[-_].*)?$`);

/** The preset names, as documented (N and K are numbers). */
export const SCENARIO_PRESETS = [
  'live',
  'not-live',
  'failed',
  'expired',
  'pending-N',
  'pending-Nms',
  'confidence-A-B',
  ...Object.keys(FAULTS).flatMap((f) => [`${f}-create-K`, `${f}-get-K`]),
  ...Object.keys(STREAM_EXCEPTIONS).flatMap((e) => [`stream-${e}`, `stream-${e}-video`]),
  'no-session-information',
  'drop-socket',
  'oval-out-of-reach',
] as const;

/** Turns a preset name such as 'not-live', 'pending-3', 'throttle-get-2', 'stream-throttling' into a scenario. */
export function parseScenarioName(name: string): LivenessScenario {
  if (!PRESET_NAME.test(name)) {
    throw new Error(`Unknown emulator scenario '${name}'. Known: ${SCENARIO_PRESETS.join(', ')}`);
  }
  if (name === 'live' || name === 'not-live' || name === 'failed' || name === 'expired') return { outcome: name };
  if (name === 'no-session-information') return { streamFault: { kind: 'no-session-information' } };
  if (name === 'drop-socket') return { streamFault: { kind: 'drop-socket' } };
  if (name === 'oval-out-of-reach') return { ...OVAL_OUT_OF_REACH };
  const range = /^confidence-(\d+)-(\d+)$/.exec(name);
  if (range) return confidenceRange(Number(range[1]), Number(range[2]), name);
  const pending = /^pending-(\d+)(ms)?$/.exec(name);
  if (pending) return pending[2] ? { pendingMs: Number(pending[1]) } : { pendingPolls: Number(pending[1]) };
  const fault = /^(\w+)-(create|get)-(\d+)$/.exec(name);
  if (fault) {
    const spec = { error: FAULTS[fault[1]!]!, times: Number(fault[3]) };
    return fault[2] === 'create' ? { createFault: spec } : { getFault: spec };
  }
  const stream = /^stream-(\w+)(-video)?$/.exec(name)!;
  return {
    streamFault: { kind: 'exception', exception: STREAM_EXCEPTIONS[stream[1]!]!, at: stream[2] ? 'video' : 'connect' },
  };
}

export function toScenario(input: ScenarioInput | undefined): LivenessScenario {
  if (input === undefined) return {};
  return typeof input === 'string' ? parseScenarioName(input) : { ...input };
}

/** The scenario a ClientRequestToken asks for (`emu-not-live-…`), if any. */
export function scenarioFromToken(token: string | undefined): LivenessScenario | undefined {
  if (!token) return undefined;
  const m = TOKEN_PREFIX.exec(token);
  return m ? parseScenarioName(m[1]!) : undefined;
}

function confidenceRange(min: number, max: number, name: string): LivenessScenario {
  if (min > max || max > 100) throw new Error(`Emulator scenario '${name}': want 0 <= A <= B <= 100.`);
  return { confidenceRange: { min, max } };
}

/** A number in [0, 1) from a seed and an index: mulberry32 on their mix (same inputs, same number). */
export function seededUnit(seed: number, index: number): number {
  let t = (Math.imul(seed | 0, 0x9e3779b1) + Math.imul(index + 1, 0x85ebca77)) >>> 0;
  t = (t + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

/**
 * The Confidence a SUCCEEDED session reports: the scenario's number, or a draw from its range
 * (seeded by the emulator's `seed` and the session's creation index, rounded to 3 decimals).
 */
export function confidenceOf(scenario: LivenessScenario, draw: { seed: number; index: number }): number {
  const { confidence, confidenceRange: range } = scenario;
  if (confidence !== undefined) return confidence;
  if (range) {
    const value = range.min + (range.max - range.min) * seededUnit(draw.seed, draw.index);
    return Math.round(value * 1000) / 1000;
  }
  return scenario.outcome === 'not-live' ? 12 : 98.5;
}
