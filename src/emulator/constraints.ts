/**
 * The model constraints of CreateFaceLivenessSession and GetFaceLivenessSessionResults
 * (../shared/notes/rekognition-liveness.md §1–2), one row each, and a validator that reports
 * violations the way the service's front end does ("N validation errors detected: …").
 */

/** The StartFaceLivenessSession request (its headers / query) and the client's two events. */
export type StreamInput = 'StartFaceLivenessSession' | 'VideoEvent' | 'ClientSessionInformationEvent';

export type ConstraintKind = 'required' | 'minLength' | 'maxLength' | 'pattern' | 'min' | 'max' | 'enum';

export interface ModelConstraint {
  operation: 'CreateFaceLivenessSession' | 'GetFaceLivenessSessionResults' | StreamInput;
  /** Member path in the request; `[]` marks a list element. */
  member: string;
  kind: ConstraintKind;
  value?: number | RegExp | readonly string[];
}

const VERSION = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;
export const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const CHALLENGE_TYPES = ['FaceMovementAndLightChallenge', 'FaceMovementChallenge'] as const;

const create = (member: string, kind: ConstraintKind, value?: ModelConstraint['value']): ModelConstraint => ({
  operation: 'CreateFaceLivenessSession',
  member,
  kind,
  value,
});
const get = (member: string, kind: ConstraintKind, value?: ModelConstraint['value']): ModelConstraint => ({
  operation: 'GetFaceLivenessSessionResults',
  member,
  kind,
  value,
});

const versionRules = (member: string) => [
  create(member, 'minLength', 5),
  create(member, 'maxLength', 11),
  create(member, 'pattern', VERSION),
];

/** Every constraint the emulator enforces. */
export const MODEL_CONSTRAINTS: readonly ModelConstraint[] = [
  create('KmsKeyId', 'minLength', 1),
  create('KmsKeyId', 'maxLength', 2048),
  create('KmsKeyId', 'pattern', /^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$/),
  create('Settings.OutputConfig.S3Bucket', 'required'),
  create('Settings.OutputConfig.S3Bucket', 'minLength', 3),
  create('Settings.OutputConfig.S3Bucket', 'maxLength', 255),
  create('Settings.OutputConfig.S3Bucket', 'pattern', /^[0-9A-Za-z.\-_]*$/),
  create('Settings.OutputConfig.S3KeyPrefix', 'maxLength', 950),
  create('Settings.OutputConfig.S3KeyPrefix', 'pattern', /^\S*$/),
  create('Settings.AuditImagesLimit', 'min', 0),
  create('Settings.AuditImagesLimit', 'max', 4),
  create('Settings.ChallengePreferences[].Type', 'required'),
  create('Settings.ChallengePreferences[].Type', 'enum', CHALLENGE_TYPES),
  ...versionRules('Settings.ChallengePreferences[].Versions.Minimum'),
  ...versionRules('Settings.ChallengePreferences[].Versions.Maximum'),
  create('ClientRequestToken', 'minLength', 1),
  create('ClientRequestToken', 'maxLength', 64),
  create('ClientRequestToken', 'pattern', /^[a-zA-Z0-9-_]+$/),
  get('SessionId', 'required'),
  get('SessionId', 'minLength', 36),
  get('SessionId', 'maxLength', 36),
  get('SessionId', 'pattern', SESSION_ID),
];

/** Expected JSON types of the members (a wrong type is a SerializationException, not a constraint). */
export const MEMBER_TYPES: Record<string, 'string' | 'integer' | 'object' | 'array'> = {
  KmsKeyId: 'string',
  Settings: 'object',
  'Settings.OutputConfig': 'object',
  'Settings.OutputConfig.S3Bucket': 'string',
  'Settings.OutputConfig.S3KeyPrefix': 'string',
  'Settings.AuditImagesLimit': 'integer',
  'Settings.ChallengePreferences': 'array',
  'Settings.ChallengePreferences[]': 'object',
  'Settings.ChallengePreferences[].Type': 'string',
  'Settings.ChallengePreferences[].Versions': 'object',
  'Settings.ChallengePreferences[].Versions.Minimum': 'string',
  'Settings.ChallengePreferences[].Versions.Maximum': 'string',
  ClientRequestToken: 'string',
  SessionId: 'string',
};

export interface Violation {
  constraint: ModelConstraint;
  /** Path as the service prints it: lower camel case, list elements as `.N.member`. */
  path: string;
  value: unknown;
}

export class SerializationError extends Error {}

export interface Located {
  path: string[];
  wirePath: string;
  present: boolean;
  value: unknown;
  /** The object holding the member exists (a missing parent makes a required member moot). */
  parentPresent: boolean;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Every place in `input` that `member` (with `[]` for list elements) addresses. */
export function locate(input: unknown, member: string): Located[] {
  let frontier: Located[] = [{ path: [], wirePath: '', present: true, value: input, parentPresent: true }];
  for (const raw of member.split('.')) {
    const isList = raw.endsWith('[]');
    const key = isList ? raw.slice(0, -2) : raw;
    const next: Located[] = [];
    for (const here of frontier) {
      const holder =
        here.present && typeof here.value === 'object' && here.value !== null
          ? (here.value as Record<string, unknown>)
          : undefined;
      const value = holder?.[key];
      const present = value !== undefined && value !== null;
      const wirePath = here.wirePath ? `${here.wirePath}.${lowerFirst(key)}` : lowerFirst(key);
      const path = [...here.path, key];
      if (!isList) {
        next.push({ path, wirePath, present, value, parentPresent: holder !== undefined });
      } else if (present && Array.isArray(value)) {
        value.forEach((element, index) =>
          next.push({
            path: [...path, String(index)],
            wirePath: `${wirePath}.${index + 1}.member`,
            present: element !== undefined && element !== null,
            value: element,
            parentPresent: true,
          }),
        );
      }
    }
    frontier = next;
  }
  return frontier;
}

/** Throws SerializationError when a member has the wrong JSON type. */
export function checkTypes(operation: ModelConstraint['operation'], input: unknown): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SerializationError('Start of structure or map found where not expected.');
  }
  const ownMembers =
    operation === 'CreateFaceLivenessSession' ? (m: string) => m !== 'SessionId' : (m: string) => m === 'SessionId';
  for (const [member, type] of Object.entries(MEMBER_TYPES)) {
    if (!ownMembers(member)) continue;
    for (const place of locate(input, member)) {
      if (!place.present) continue;
      const v = place.value;
      const ok =
        type === 'string'
          ? typeof v === 'string'
          : type === 'integer'
            ? typeof v === 'number' && Number.isInteger(v)
            : type === 'array'
              ? Array.isArray(v)
              : typeof v === 'object' && !Array.isArray(v);
      if (!ok) throw new SerializationError(`Unexpected value type for '${place.wirePath}'.`);
    }
  }
}

/** Length in characters (strings) or elements (lists); undefined for anything else. */
const lengthOf = (v: unknown) => (typeof v === 'string' ? [...v].length : Array.isArray(v) ? v.length : undefined);

function violates(c: ModelConstraint, place: Located): boolean {
  if (c.kind === 'required') return place.parentPresent && !place.present;
  if (!place.present) return false;
  const v = place.value;
  switch (c.kind) {
    case 'minLength':
      return lengthOf(v) !== undefined && lengthOf(v)! < (c.value as number);
    case 'maxLength':
      return lengthOf(v) !== undefined && lengthOf(v)! > (c.value as number);
    case 'pattern':
      return typeof v === 'string' && !(c.value as RegExp).test(v);
    case 'min':
      return typeof v === 'number' && v < (c.value as number);
    case 'max':
      return typeof v === 'number' && v > (c.value as number);
    case 'enum':
      return typeof v === 'string' && !(c.value as readonly string[]).includes(v);
  }
}

/** All violations of `operation`'s constraints in `input`, in table order. */
export function findViolations(
  operation: ModelConstraint['operation'],
  input: unknown,
  table: readonly ModelConstraint[] = MODEL_CONSTRAINTS,
): Violation[] {
  const found: Violation[] = [];
  for (const c of table) {
    if (c.operation !== operation) continue;
    for (const place of locate(input, c.member)) {
      if (violates(c, place)) found.push({ constraint: c, path: place.wirePath, value: place.value });
    }
  }
  return found;
}

function describe(c: ModelConstraint): string {
  switch (c.kind) {
    case 'required':
      return 'Member must not be null';
    case 'minLength':
      return `Member must have length greater than or equal to ${c.value as number}`;
    case 'maxLength':
      return `Member must have length less than or equal to ${c.value as number}`;
    case 'pattern':
      return `Member must satisfy regular expression pattern: ${(c.value as RegExp).source}`;
    case 'min':
      return `Member must have value greater than or equal to ${c.value as number}`;
    case 'max':
      return `Member must have value less than or equal to ${c.value as number}`;
    case 'enum':
      return `Member must satisfy enum value set: [${(c.value as readonly string[]).join(', ')}]`;
  }
}

/** "1 validation error detected: Value 'x' at 'clientRequestToken' failed to satisfy constraint: …" */
export function formatViolations(violations: readonly Violation[]): string {
  const n = violations.length;
  const parts = violations.map(({ constraint, path, value }) => {
    const shown =
      value === undefined || value === null ? 'null' : `'${Array.isArray(value) ? value.join(',') : String(value)}'`;
    return `Value ${shown} at '${path}' failed to satisfy constraint: ${describe(constraint)}`;
  });
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${parts.join('; ')}`;
}
