/**
 * The emulator's STS: `AssumeRole` (awsQuery, as the real STSClient sends it) vends temporary
 * credentials, and every other operation of the emulator accepts exactly those: the right secret
 * (signature verified), the session token that came with them, before they expire, and only for
 * the actions the session policy allows.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ServiceError } from './errors';
import { verifySignature, type SignatureOptions, type SignedRequest } from './signatureVerifier';
import { checkAuthorizationHeader, type SigV4Identity } from './sigv4';
import type { EmulatorRequestRecord } from './types';

/** Checks one signed request for one action (`rekognition:CreateFaceLivenessSession`, `s3:GetObject`…). */
export type VerifyRequest = (identity: SigV4Identity, request: SignedRequest, action: string) => void;

const MAX_BODY_BYTES = 16_384;
/** The role's MaxSessionDuration the emulator assumes (IAM's default). */
const MAX_SESSION_SECONDS = 3600;
const ACCOUNT = '123456789012';

interface Vended {
  secretAccessKey: string;
  sessionToken: string;
  expiresAt: number;
  assumedRoleArn: string;
  /** Actions the session policy allows; undefined = no session policy. */
  actions?: string[];
}

interface StsOptions {
  now: () => number;
  signing: SignatureOptions;
  record: (record: Omit<EmulatorRequestRecord, 'type' | 'seq' | 'at'>) => void;
}

class StsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const xmlEscape = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

function sendXml(res: ServerResponse, status: number, xml: string): void {
  res.writeHead(status, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(xml) });
  res.end(xml);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_BODY_BYTES) {
        reject(new StsError('ValidationError', 'Request body too large.'));
        req.destroy();
      }
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function constraint(value: string | null, member: string, rule: string): StsError {
  return new StsError(
    'ValidationError',
    `1 validation error detected: Value ${value === null ? 'null' : `'${value}'`} at '${member}' failed to satisfy constraint: ${rule}`,
  );
}

/** Actions an `Allow` statement of the session policy names (the emulator does not model Deny or conditions). */
function allowedActions(policy: string): string[] {
  let parsed: { Statement?: unknown };
  try {
    parsed = JSON.parse(policy) as { Statement?: unknown };
  } catch {
    throw new StsError('MalformedPolicyDocument', 'The policy is not valid JSON.');
  }
  const statements = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  return statements
    .filter((s): s is { Effect: string; Action: unknown } => typeof s === 'object' && s !== null)
    .filter((s) => s.Effect === 'Allow')
    .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))
    .filter((a): a is string => typeof a === 'string');
}

const matches = (pattern: string, action: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(action);

export class StsEmulator {
  private readonly vended = new Map<string, Vended>();

  constructor(private readonly options: StsOptions) {}

  /** STS's awsQuery requests: form-encoded POSTs. */
  accepts(req: IncomingMessage): boolean {
    return req.method === 'POST' && /^application\/x-www-form-urlencoded\b/.test(req.headers['content-type'] ?? '');
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const record: Omit<EmulatorRequestRecord, 'type' | 'seq' | 'at'> = {
      operation: 'AssumeRole',
      method: 'POST',
      path: (req.url ?? '/').split('?')[0]!,
      httpStatus: 200,
    };
    const requestId = randomUUID();
    try {
      const body = await readBody(req);
      const identity = checkAuthorizationHeader(req.headers.authorization, req.headers['x-amz-date'] as string);
      record.accessKeyId = identity.accessKeyId;
      record.region = identity.region;
      const signed: SignedRequest = {
        method: 'POST',
        rawPath: record.path,
        query: new URLSearchParams(),
        headers: req.headers,
        body,
        service: 'sts',
      };
      this.verify(identity, signed, 'sts:AssumeRole');
      const params = new URLSearchParams(body);
      if (params.get('Action') !== 'AssumeRole') {
        throw new StsError('InvalidAction', `Could not find operation ${params.get('Action') ?? '(none)'}.`);
      }
      sendXml(res, 200, this.assumeRole(params, requestId));
    } catch (e) {
      const error =
        e instanceof StsError
          ? e
          : e instanceof ServiceError
            ? new StsError(e.type, e.message, e.status === 400 ? 403 : e.status)
            : new StsError('InternalFailure', String(e), 500);
      record.httpStatus = error.status;
      record.errorType = error.code;
      sendXml(
        res,
        error.status,
        `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${error.code}</Code><Message>${xmlEscape(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
      );
    } finally {
      this.options.record(record);
    }
  }

  private assumeRole(params: URLSearchParams, requestId: string): string {
    const roleArn = params.get('RoleArn');
    const sessionName = params.get('RoleSessionName');
    const duration = params.get('DurationSeconds');
    const policy = params.get('Policy');
    if (roleArn === null) throw constraint(null, 'roleArn', 'Member must not be null');
    const role = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/.exec(roleArn);
    if (!role) throw new StsError('ValidationError', `${roleArn} is invalid`);
    if (sessionName === null) throw constraint(null, 'roleSessionName', 'Member must not be null');
    if (sessionName.length < 2 || sessionName.length > 64)
      throw constraint(sessionName, 'roleSessionName', 'Member must have length between 2 and 64');
    if (!/^[\w+=,.@-]*$/.test(sessionName))
      throw constraint(sessionName, 'roleSessionName', 'Member must satisfy regular expression pattern: [\\w+=,.@-]*');
    const seconds = duration === null ? 3600 : Number(duration);
    if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43_200)
      throw constraint(duration, 'durationSeconds', 'Member must have value between 900 and 43200');
    if (seconds > MAX_SESSION_SECONDS)
      throw new StsError(
        'ValidationError',
        `The requested DurationSeconds exceeds the MaxSessionDuration set for this role.`,
      );
    if (policy !== null && policy.length > 2048)
      throw constraint('…', 'policy', 'Member must have length less than or equal to 2048');
    const actions = policy === null ? undefined : allowedActions(policy);

    const accessKeyId = `ASIA${randomBytes(12).toString('hex').toUpperCase().slice(0, 16)}`;
    const vended: Vended = {
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: randomBytes(96).toString('base64'),
      expiresAt: this.options.now() + seconds * 1000,
      assumedRoleArn: `arn:aws:sts::${role[1]}:assumed-role/${role[2]}/${sessionName}`,
      actions,
    };
    this.vended.set(accessKeyId, vended);
    return [
      '<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>',
      `<Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>${vended.secretAccessKey}</SecretAccessKey>`,
      `<SessionToken>${vended.sessionToken}</SessionToken><Expiration>${isoSeconds(vended.expiresAt)}</Expiration></Credentials>`,
      `<AssumedRoleUser><AssumedRoleId>AROA${ACCOUNT}:${xmlEscape(sessionName)}</AssumedRoleId><Arn>${xmlEscape(vended.assumedRoleArn)}</Arn></AssumedRoleUser>`,
      `<PackedPolicySize>${policy === null ? 0 : Math.min(100, Math.ceil(policy.length / 20))}</PackedPolicySize>`,
      `</AssumeRoleResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></AssumeRoleResponse>`,
    ].join('');
  }

  /** Credentials this STS vended, if `accessKeyId` is one of them. */
  credentials(accessKeyId: string): { secretAccessKey: string; sessionToken: string; expiresAt: number } | undefined {
    return this.vended.get(accessKeyId);
  }

  /**
   * `verifySignature`, except that credentials this STS vended are checked against what it vended
   * (secret, session token, expiry, session policy) whether or not the emulator verifies others.
   */
  readonly verify: VerifyRequest = (identity, request, action) => {
    const { signing } = this.options;
    const vended = this.vended.get(identity.accessKeyId);
    if (!vended) return verifySignature(identity, request, signing);
    const token = identity.presigned
      ? request.query.get('X-Amz-Security-Token')
      : (request.headers['x-amz-security-token'] as string | undefined);
    if (token !== vended.sessionToken) {
      throw new ServiceError('UnrecognizedClientException', 'The security token included in the request is invalid.');
    }
    if (this.options.now() >= vended.expiresAt) {
      throw new ServiceError('ExpiredTokenException', 'The security token included in the request is expired');
    }
    verifySignature(identity, request, { ...signing, secrets: { [identity.accessKeyId]: vended.secretAccessKey } });
    if (vended.actions && !vended.actions.some((pattern) => matches(pattern, action))) {
      throw new ServiceError(
        'AccessDeniedException',
        `User: ${vended.assumedRoleArn} is not authorized to perform: ${action} because no session policy allows the ${action} action`,
      );
    }
  };

  reset(): void {
    this.vended.clear();
  }
}
