/**
 * Validation of everything a backend returns. Input is `unknown`; output is either the
 * normalised shape or a `LivenessError('INVALID_RESPONSE')` whose message names the field.
 * Nothing here throws anything else, whatever it is given.
 */
import { decodeBase64 } from './base64';
import { LivenessError } from './errors';
import type {
  BoundingBox,
  CreatedSession,
  Feedback,
  LivenessImage,
  LivenessResults,
  SessionStatus,
  StreamCredentials,
} from './types';

export const SESSION_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SESSION_STATUSES: readonly SessionStatus[] = ['CREATED', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'EXPIRED'];
/** Longest `context` a backend may attach to a session. */
export const MAX_CONTEXT_LENGTH = 4096;
/** The service's limit for one image (204,800 bytes). */
export const MAX_IMAGE_BYTES = 204_800;
/** The most audit images the service returns (`AuditImagesLimit` is 0–4). */
export const MAX_AUDIT_IMAGES = 4;
/**
 * The longest base64 text that can hold {@link MAX_IMAGE_BYTES}: 4 characters per 3 bytes, padded,
 * plus a line break every 64 characters for MIME-wrapped text. Longer text is refused unread.
 */
const MAX_BASE64_CHARS = Math.ceil(MAX_IMAGE_BYTES / 3) * 4 * (1 + 2 / 64);

type Json = Record<string, unknown>;

class Invalid extends Error {}

function invalid(path: string, expected: string): never {
  throw new Invalid(`${path} ${expected}`);
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a member by its AWS (PascalCase) name or its camelCase name. */
function member(record: Json, name: string): unknown {
  const camel = name[0]!.toLowerCase() + name.slice(1);
  return Object.hasOwn(record, name) ? record[name] : Object.hasOwn(record, camel) ? record[camel] : undefined;
}

function record(value: unknown, path: string): Json {
  return isRecord(value) ? value : invalid(path, 'must be an object');
}

function optionalString(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : invalid(path, 'must be a string');
}

function finiteNumber(value: unknown, path: string): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : invalid(path, 'must be a finite number');
}

/**
 * `Bytes` as the SDK gives it (Uint8Array), as JSON carries it (base64), or as the
 * `{"0":255,"1":216,…}` object `JSON.stringify` makes of a Uint8Array.
 */
export function parseBytes(value: unknown, path: string): Uint8Array {
  let bytes: Uint8Array | undefined;
  if (value instanceof Uint8Array) bytes = value;
  else if (typeof value === 'string') {
    // By length first: decoding megabytes of text would freeze the tab before the size check below.
    if (value.length > MAX_BASE64_CHARS) invalid(path, `is larger than ${MAX_IMAGE_BYTES} bytes`);
    bytes = decodeBase64(value) ?? invalid(path, 'is not valid base64');
  } else if (Array.isArray(value) || isRecord(value)) bytes = indexedBytes(value, path);
  else invalid(path, 'must be bytes (Uint8Array, base64 string, or an array of bytes)');
  if (bytes.length === 0) invalid(path, 'is empty');
  if (bytes.length > MAX_IMAGE_BYTES) invalid(path, `is larger than ${MAX_IMAGE_BYTES} bytes`);
  return bytes;
}

function indexedBytes(value: unknown[] | Json, path: string): Uint8Array {
  const entries = Object.entries(value);
  if (entries.length > MAX_IMAGE_BYTES) invalid(path, `is larger than ${MAX_IMAGE_BYTES} bytes`);
  const bytes = new Uint8Array(entries.length);
  for (const [key, byte] of entries) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= entries.length || String(index) !== key) {
      invalid(path, 'has a key that is not a byte index');
    }
    if (typeof byte !== 'number' || !Number.isInteger(byte) || byte < 0 || byte > 255) {
      invalid(`${path}[${key}]`, 'must be an integer 0–255');
    }
    bytes[index] = byte;
  }
  return bytes;
}

function parseBoundingBox(value: unknown, path: string): BoundingBox | undefined {
  if (value === undefined || value === null) return undefined;
  const box = record(value, path);
  return {
    left: finiteNumber(member(box, 'Left'), `${path}.Left`),
    top: finiteNumber(member(box, 'Top'), `${path}.Top`),
    width: finiteNumber(member(box, 'Width'), `${path}.Width`),
    height: finiteNumber(member(box, 'Height'), `${path}.Height`),
  };
}

/**
 * Only absolute `https:` URLs (a presigned S3 URL) and `blob:` URLs (made in this page). Never
 * `http:` (mixed content), script or data schemes, nor relative forms such as `//host/x` or
 * `/\host/x` that a browser resolves to another host.
 */
function parseUrl(value: unknown, path: string): string | undefined {
  const url = optionalString(value, path);
  if (url === undefined) return undefined;
  // The scheme first (cheap, no exception for junk), then the WHATWG parser the browser uses, without
  // a base: relative text cannot parse there.
  let protocol: string | undefined;
  if (/^(?:https|blob):/i.test(url)) {
    try {
      protocol = new URL(url).protocol;
    } catch {
      protocol = undefined;
    }
  }
  if (protocol !== 'https:' && protocol !== 'blob:') invalid(path, 'must be an absolute https: URL');
  return url;
}

function parseImage(value: unknown, path: string): LivenessImage {
  const image = record(value, path);
  const out: LivenessImage = {};
  const bytes = member(image, 'Bytes');
  const url = parseUrl(member(image, 'Url') ?? member(image, 'URL'), `${path}.Url`);
  if (bytes !== undefined && bytes !== null) out.source = { kind: 'bytes', bytes: parseBytes(bytes, `${path}.Bytes`) };
  else if (url !== undefined) out.source = { kind: 'url', url };
  const box = parseBoundingBox(member(image, 'BoundingBox'), `${path}.BoundingBox`);
  if (box) out.boundingBox = box;
  const s3 = member(image, 'S3Object');
  if (s3 !== undefined && s3 !== null) {
    const object = record(s3, `${path}.S3Object`);
    const bucket = optionalString(member(object, 'Bucket'), `${path}.S3Object.Bucket`);
    const name = optionalString(member(object, 'Name'), `${path}.S3Object.Name`);
    if (bucket === undefined || name === undefined) invalid(`${path}.S3Object`, 'needs Bucket and Name');
    const version = optionalString(member(object, 'Version'), `${path}.S3Object.Version`);
    out.s3Object = version === undefined ? { bucket, name } : { bucket, name, version };
  }
  return out;
}

function parseFeedback(value: unknown, path: string): Feedback[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) invalid(path, 'must be an array');
  return value.map((entry, index) => {
    const item = record(entry, `${path}[${index}]`);
    const code = optionalString(member(item, 'Code'), `${path}[${index}].Code`);
    if (code === undefined) invalid(`${path}[${index}].Code`, 'is required');
    const message = optionalString(member(item, 'Message'), `${path}[${index}].Message`);
    return message === undefined ? { code } : { code, message };
  });
}

function parseSessionId(value: unknown, path: string): string {
  if (typeof value !== 'string' || !SESSION_ID_PATTERN.test(value)) {
    invalid(path, 'must be a Face Liveness SessionId (a lower-case UUID)');
  }
  return value;
}

function run<T>(what: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const detail = error instanceof Invalid ? error.message : 'could not be read';
    throw new LivenessError('INVALID_RESPONSE', `The backend's ${what} is malformed: ${detail}.`, {
      cause: error,
      retryable: false,
    });
  }
}

/** Validates what `createSession` returned. Throws `LivenessError('INVALID_RESPONSE')`. */
export function parseCreatedSession(value: unknown): CreatedSession {
  return run('session', () => {
    const body = record(value, 'response');
    const session: CreatedSession = { sessionId: parseSessionId(member(body, 'SessionId'), 'sessionId') };
    const region = optionalString(member(body, 'Region'), 'region');
    if (region !== undefined) {
      if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) invalid('region', 'must be an AWS region such as us-east-1');
      session.region = region;
    }
    const credentials = member(body, 'Credentials');
    if (credentials !== undefined && credentials !== null) session.credentials = parseCredentials(credentials);
    const streamingEndpoint = optionalString(member(body, 'StreamingEndpoint'), 'streamingEndpoint');
    if (streamingEndpoint !== undefined) {
      if (!/^(https|wss):\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(streamingEndpoint)) {
        invalid('streamingEndpoint', 'must be an https:// or wss:// URL');
      }
      session.streamingEndpoint = streamingEndpoint;
    }
    const context = optionalString(member(body, 'Context'), 'context');
    if (context !== undefined) {
      if (context.length > MAX_CONTEXT_LENGTH) invalid('context', `is longer than ${MAX_CONTEXT_LENGTH} characters`);
      session.context = context;
    }
    return session;
  });
}

function parseCredentials(value: unknown): StreamCredentials {
  const creds = record(value, 'credentials');
  const accessKeyId = optionalString(member(creds, 'AccessKeyId'), 'credentials.accessKeyId');
  const secretAccessKey =
    optionalString(member(creds, 'SecretAccessKey'), 'credentials.secretAccessKey') ??
    optionalString(member(creds, 'SecretKey'), 'credentials.secretAccessKey');
  if (!accessKeyId || !secretAccessKey) invalid('credentials', 'need accessKeyId and secretAccessKey');
  const out: StreamCredentials = { accessKeyId, secretAccessKey };
  const sessionToken = optionalString(member(creds, 'SessionToken'), 'credentials.sessionToken');
  if (sessionToken !== undefined) out.sessionToken = sessionToken;
  const expiration = member(creds, 'Expiration');
  if (expiration !== undefined && expiration !== null) {
    const date = expiration instanceof Date ? expiration : new Date(String(expiration));
    if (Number.isNaN(date.getTime())) invalid('credentials.expiration', 'must be a date');
    out.expiration = date;
  }
  return out;
}

/** Validates what `getResults` returned. Throws `LivenessError('INVALID_RESPONSE')`. */
export function parseSessionResults(value: unknown, expectedSessionId?: string): LivenessResults {
  return run('results', () => {
    const body = record(value, 'response');
    const sessionId = parseSessionId(member(body, 'SessionId'), 'SessionId');
    if (expectedSessionId !== undefined && sessionId !== expectedSessionId) {
      invalid('SessionId', 'belongs to another session');
    }
    const status = member(body, 'Status');
    if (!SESSION_STATUSES.includes(status as SessionStatus)) {
      invalid('Status', `must be one of ${SESSION_STATUSES.join(', ')}`);
    }
    const results: LivenessResults = {
      sessionId,
      status: status as SessionStatus,
      auditImages: [],
      feedback: parseFeedback(member(body, 'Feedback'), 'Feedback'),
    };
    const confidence = member(body, 'Confidence');
    if (confidence !== undefined && confidence !== null) {
      const score = finiteNumber(confidence, 'Confidence');
      if (score < 0 || score > 100) invalid('Confidence', 'must be between 0 and 100');
      results.confidence = score;
    }
    const isLive = member(body, 'IsLive');
    if (isLive !== undefined && isLive !== null) {
      results.isLive = typeof isLive === 'boolean' ? isLive : invalid('IsLive', 'must be a boolean');
    }
    const reference = member(body, 'ReferenceImage');
    if (reference !== undefined && reference !== null) results.referenceImage = parseImage(reference, 'ReferenceImage');
    const audit = member(body, 'AuditImages');
    if (audit !== undefined && audit !== null) {
      if (!Array.isArray(audit)) invalid('AuditImages', 'must be an array');
      if (audit.length > MAX_AUDIT_IMAGES)
        invalid('AuditImages', `has more than the ${MAX_AUDIT_IMAGES} the service sends`);
      results.auditImages = audit.map((image, index) => parseImage(image, `AuditImages[${index}]`));
    }
    const challenge = member(body, 'Challenge');
    if (challenge !== undefined && challenge !== null) {
      const item = record(challenge, 'Challenge');
      const type = optionalString(member(item, 'Type'), 'Challenge.Type');
      if (type === undefined) invalid('Challenge.Type', 'is required');
      const version = optionalString(member(item, 'Version'), 'Challenge.Version');
      results.challenge = version === undefined ? { type } : { type, version };
    }
    return results;
  });
}
