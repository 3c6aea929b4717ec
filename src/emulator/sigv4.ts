import { ServiceError } from './errors';

/**
 * By default the emulator does not verify signatures (it knows no secret keys), but it does insist
 * that a request is signed the SigV4 way, so a client that forgot to sign fails as it would on AWS.
 * `verifySignature` (signatureVerifier.ts) checks the signature itself when given the secrets.
 */
export interface SigV4Identity {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  /** What the signature covers, for verification. */
  signature: string;
  signedHeaders: string[];
  amzDate: string;
  presigned: boolean;
  /** A presigned URL's X-Amz-Expires (seconds). */
  expiresSeconds?: number;
}

const CREDENTIAL = /^([^/\s]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request$/;
const SIGNATURE = /^[0-9a-f]{64}$/;
const AMZ_DATE = /^\d{8}T\d{6}Z$/;
/** SigV4 presigned URLs live at most a week. */
const MAX_EXPIRES_SECONDS = 604_800;

type Scope = Pick<SigV4Identity, 'accessKeyId' | 'date' | 'region' | 'service'>;

function fromCredential(credential: string | undefined, what: string): Scope {
  const m = credential ? CREDENTIAL.exec(credential) : null;
  if (!m) {
    throw new ServiceError(
      'IncompleteSignatureException',
      `${what}: Credential must have the form <access key>/<date>/<region>/<service>/aws4_request.`,
    );
  }
  return { accessKeyId: m[1]!, date: m[2]!, region: m[3]!, service: m[4]! };
}

/** Checks an `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` header. */
export function checkAuthorizationHeader(
  authorization: string | undefined,
  amzDate: string | undefined,
): SigV4Identity {
  if (!authorization) throw new ServiceError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const m = /^AWS4-HMAC-SHA256\s+(.*)$/.exec(authorization.trim());
  if (!m) {
    throw new ServiceError(
      'IncompleteSignatureException',
      `Authorization header requires the AWS4-HMAC-SHA256 algorithm. Authorization=${authorization.split(' ')[0] ?? ''}`,
    );
  }
  const fields = new Map(
    m[1]!.split(/,\s*/).map((part) => {
      const i = part.indexOf('=');
      return [part.slice(0, i), part.slice(i + 1)] as const;
    }),
  );
  for (const field of ['Credential', 'SignedHeaders', 'Signature']) {
    if (!fields.get(field)) {
      throw new ServiceError('IncompleteSignatureException', `Authorization header requires '${field}' parameter.`);
    }
  }
  if (!SIGNATURE.test(fields.get('Signature')!)) {
    throw new ServiceError(
      'IncompleteSignatureException',
      'Authorization header Signature must be 64 lower-case hex digits.',
    );
  }
  if (!amzDate || !AMZ_DATE.test(amzDate)) {
    throw new ServiceError(
      'IncompleteSignatureException',
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  }
  return {
    ...fromCredential(fields.get('Credential'), 'Authorization header'),
    signature: fields.get('Signature')!,
    signedHeaders: fields.get('SignedHeaders')!.split(';'),
    amzDate,
    presigned: false,
  };
}

/** Checks the query of a SigV4-presigned URL (X-Amz-Algorithm, -Credential, -Date, -SignedHeaders, -Signature). */
export function checkPresignedQuery(query: URLSearchParams): SigV4Identity {
  if (!query.has('X-Amz-Signature') && !query.has('X-Amz-Credential')) {
    throw new ServiceError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  }
  if (query.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') {
    throw new ServiceError('IncompleteSignatureException', "The request's X-Amz-Algorithm must be AWS4-HMAC-SHA256.");
  }
  for (const field of ['X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders', 'X-Amz-Signature']) {
    if (!query.get(field))
      throw new ServiceError('IncompleteSignatureException', `The presigned URL requires '${field}'.`);
  }
  if (!SIGNATURE.test(query.get('X-Amz-Signature')!)) {
    throw new ServiceError('IncompleteSignatureException', 'X-Amz-Signature must be 64 lower-case hex digits.');
  }
  if (!AMZ_DATE.test(query.get('X-Amz-Date')!)) {
    throw new ServiceError('IncompleteSignatureException', 'X-Amz-Date must have the form YYYYMMDDTHHMMSSZ.');
  }
  const expires = query.get('X-Amz-Expires')!;
  if (!/^\d{1,6}$/.test(expires) || Number(expires) < 1 || Number(expires) > MAX_EXPIRES_SECONDS) {
    throw new ServiceError(
      'IncompleteSignatureException',
      `X-Amz-Expires must be a number of seconds from 1 to ${MAX_EXPIRES_SECONDS} (a week).`,
    );
  }
  return {
    ...fromCredential(query.get('X-Amz-Credential') ?? undefined, 'Presigned URL'),
    expiresSeconds: Number(expires),
    signature: query.get('X-Amz-Signature')!,
    signedHeaders: query.get('X-Amz-SignedHeaders')!.split(';'),
    amzDate: query.get('X-Amz-Date')!,
    presigned: true,
  };
}
