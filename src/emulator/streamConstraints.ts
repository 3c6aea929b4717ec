/**
 * The constraints of StartFaceLivenessSession's input (rekognitionstreaming model): the request's
 * four headers (query parameters on the WebSocket) and the members of the two client events.
 * Rows marked `emulator` are the emulator's own rule where the model says only "Float".
 */
import {
  CHALLENGE_TYPES,
  findViolations,
  formatViolations,
  locate,
  SESSION_ID,
  type ConstraintKind,
  type ModelConstraint,
  type StreamInput,
} from './constraints';

export interface StreamConstraint extends ModelConstraint {
  operation: StreamInput;
  /** `model`: the service model's trait; `emulator`: a rule of the emulator's own (documented). */
  source: 'model' | 'emulator';
}

/** The model's EpochMillis range: 2022-01-01T00:00:00Z .. 2042-01-01T00:00:00Z. */
export const EPOCH_MILLIS = { min: 1_640_995_200_000, max: 2_272_147_200_000 } as const;
const UUID = SESSION_ID;
const DIMENSION = /^[0-9]{3,}$/;
const CHALLENGE_VERSIONS = /^([a-zA-Z]{10,}_\d+\.\d+\.\d+){1}(,[a-zA-Z]{10,}_\d+\.\d+\.\d+)*$/;

const row =
  (operation: StreamInput, source: StreamConstraint['source'] = 'model') =>
  (member: string, kind: ConstraintKind, value?: ModelConstraint['value']): StreamConstraint => ({
    operation,
    member,
    kind,
    value,
    source,
  });
const request = row('StartFaceLivenessSession');
const video = row('VideoEvent');
const info = row('ClientSessionInformationEvent');
const infoOwn = row('ClientSessionInformationEvent', 'emulator');

const epoch = (add: typeof info, member: string, required: boolean) => [
  ...(required ? [add(member, 'required')] : []),
  add(member, 'min', EPOCH_MILLIS.min),
  add(member, 'max', EPOCH_MILLIS.max),
];
const length = (add: typeof request, member: string, min: number, max: number, pattern: RegExp) => [
  add(member, 'required'),
  add(member, 'minLength', min),
  add(member, 'maxLength', max),
  add(member, 'pattern', pattern),
];

/** A face box: four required floats; the emulator insists on fractions of the frame (not pixels). */
const box = (at: string) => [
  info(at, 'required'),
  ...['Width', 'Height', 'Left', 'Top'].map((m) => info(`${at}.${m}`, 'required')),
  ...['Width', 'Height'].flatMap((m) => [infoOwn(`${at}.${m}`, 'min', 0), infoOwn(`${at}.${m}`, 'max', 1)]),
  ...['Left', 'Top'].flatMap((m) => [infoOwn(`${at}.${m}`, 'min', -1), infoOwn(`${at}.${m}`, 'max', 1)]),
];

const colour = (at: string, required: boolean) => [
  ...(required ? [info(at, 'required')] : []),
  info(`${at}.RGB`, 'required'),
  info(`${at}.RGB`, 'minLength', 3),
  info(`${at}.RGB`, 'maxLength', 3),
  info(`${at}.RGB[]`, 'min', 0),
  info(`${at}.RGB[]`, 'max', 255),
];

function challengeRows(type: (typeof CHALLENGE_TYPES)[number]) {
  const at = `ClientSessionInformationEvent.Challenge.${type}`;
  const rows = [
    ...length(info, `${at}.ChallengeId`, 36, 36, UUID),
    ...epoch(info, `${at}.VideoStartTimestamp`, false),
    ...epoch(info, `${at}.VideoEndTimestamp`, false),
    ...box(`${at}.InitialFace.BoundingBox`),
    ...epoch(info, `${at}.InitialFace.InitialFaceDetectedTimestamp`, true),
    ...box(`${at}.TargetFace.BoundingBox`),
    ...epoch(info, `${at}.TargetFace.FaceDetectedInTargetPositionStartTimestamp`, true),
    ...epoch(info, `${at}.TargetFace.FaceDetectedInTargetPositionEndTimestamp`, true),
  ];
  if (type !== 'FaceMovementAndLightChallenge') return rows;
  const shown = `${at}.ColorDisplayed`;
  return [
    ...rows,
    ...colour(`${shown}.CurrentColor`, true),
    ...colour(`${shown}.PreviousColor`, false),
    info(`${shown}.SequenceNumber`, 'required'),
    info(`${shown}.SequenceNumber`, 'min', 0),
    info(`${shown}.SequenceNumber`, 'max', 50),
    ...epoch(info, `${shown}.CurrentColorStartTimestamp`, true),
  ];
}

/** Every StartFaceLivenessSession constraint the emulator enforces. */
export const STREAM_CONSTRAINTS: readonly StreamConstraint[] = [
  ...length(request, 'SessionId', 36, 36, UUID),
  ...length(request, 'VideoWidth', 3, 4, DIMENSION),
  ...length(request, 'VideoHeight', 3, 4, DIMENSION),
  ...length(request, 'ChallengeVersions', 15, 150, CHALLENGE_VERSIONS),
  ...epoch(video, 'VideoEvent.TimestampMillis', false),
  info('ClientSessionInformationEvent.Challenge', 'required'),
  ...CHALLENGE_TYPES.flatMap(challengeRows),
];

type JsonType = 'string' | 'number' | 'integer' | 'object' | 'array';

/** Expected JSON types of the event members (checked before the constraints). */
function eventTypes(): Record<string, JsonType> {
  const types: Record<string, JsonType> = {
    'VideoEvent.VideoChunk': 'string',
    'VideoEvent.TimestampMillis': 'integer',
  };
  for (const c of STREAM_CONSTRAINTS) {
    if (c.operation === 'StartFaceLivenessSession') continue;
    const leaf = c.member.split('.').pop()!;
    types[c.member] = /Timestamp|Millis/.test(leaf)
      ? 'integer'
      : leaf === 'ChallengeId'
        ? 'string'
        : leaf === 'RGB'
          ? 'array'
          : leaf === 'RGB[]' || leaf === 'SequenceNumber'
            ? 'integer'
            : ['Width', 'Height', 'Left', 'Top'].includes(leaf)
              ? 'number'
              : 'object';
  }
  return types;
}
const EVENT_TYPES = eventTypes();

function hasType(v: unknown, type: JsonType): boolean {
  if (type === 'string') return typeof v === 'string';
  if (type === 'number') return typeof v === 'number' && Number.isFinite(v);
  if (type === 'integer') return typeof v === 'number' && Number.isInteger(v);
  if (type === 'array') return Array.isArray(v);
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The request's four parameters, as the WebSocket query or the HTTP headers carry them. */
export interface StreamParams {
  SessionId?: string;
  VideoWidth?: string;
  VideoHeight?: string;
  ChallengeVersions?: string;
}

/** A ValidationException message for the request's parameters, or undefined when they are valid. */
export function checkStreamParams(params: StreamParams): string | undefined {
  const violations = findViolations('StartFaceLivenessSession', params, STREAM_CONSTRAINTS);
  return violations.length > 0 ? formatViolations(violations) : undefined;
}

/** A ValidationException message for one client event, or undefined when it is valid. */
export function checkClientEvent(
  event: 'VideoEvent' | 'ClientSessionInformationEvent',
  payload: unknown,
): string | undefined {
  const input = { [event]: payload };
  for (const [member, type] of Object.entries(EVENT_TYPES)) {
    if (!member.startsWith(`${event}.`)) continue;
    const wrong = locate(input, member).find((place) => place.present && !hasType(place.value, type));
    if (wrong) return `Could not decode the event: unexpected value type for '${wrong.wirePath}'.`;
  }
  if (event === 'ClientSessionInformationEvent') {
    const challenge = (payload as Record<string, unknown>).Challenge;
    const members = challenge ? Object.keys(challenge) : [];
    if (challenge && (members.length !== 1 || !(CHALLENGE_TYPES as readonly string[]).includes(members[0]!))) {
      return `1 validation error detected: Value '${members.join(',')}' at 'clientSessionInformationEvent.challenge' failed to satisfy constraint: Member must set exactly one of [${CHALLENGE_TYPES.join(', ')}]`;
    }
  }
  const violations = findViolations(event, input, STREAM_CONSTRAINTS);
  return violations.length > 0 ? formatViolations(violations) : undefined;
}
