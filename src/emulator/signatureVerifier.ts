import { createHash, createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ServiceError } from './errors';
import { checkScope } from './signingScope';
import type { SigV4Identity } from './sigv4';

export interface SignatureOptions {
  /** Secret access key per access key id; when set, signatures are verified and unknown keys refused. */
  secrets?: Record<string, string>;
  /** The only region credentials may be scoped to. */
  region: string;
  /** The time signatures are checked against (ms since the epoch). */
  clock: () => number;
}

export interface SignedRequest {
  method: string;
  /** Path as it came on the wire (still percent-encoded), without the query. */
  rawPath: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body?: Buffer | string;
  /**
   * The service the credential must be scoped to, as AWS names it: the Rekognition APIs
   * `rekognition` (the default), STS `sts`, S3 `s3` (which also signs the path as is).
   */
  service?: 'rekognition' | 'sts' | 's3';
}

const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');

/** RFC 3986 encoding, as SigV4 wants it (everything but A–Z a–z 0–9 - _ . ~). */
const rfc3986 = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalPath(rawPath: string, s3: boolean): string {
  if (s3) return rawPath || '/';
  const segments: string[] = [];
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && rawPath.endsWith('/') ? '/' : '';
  return `/${segments.map(rfc3986).join('/')}${trailing}`;
}

function canonicalQuery(query: URLSearchParams): string {
  return [...query.entries()]
    .filter(([key]) => key.toLowerCase() !== 'x-amz-signature')
    .map(([key, value]) => [rfc3986(key), rfc3986(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

function canonicalHeaders(headers: IncomingHttpHeaders, names: readonly string[], host?: string): string {
  return names
    .map((name) => {
      const raw = name === 'host' && host !== undefined ? host : headers[name];
      const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
      return `${name}:${value.trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

function signatureFor(identity: SigV4Identity, secret: string, canonicalRequest: string): string {
  const scope = `${identity.date}/${identity.region}/${identity.service}/aws4_request`;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    identity.amzDate,
    scope,
    createHash('sha256').update(canonicalRequest).digest('hex'),
  ].join('\n');
  let key = hmac(`AWS4${secret}`, identity.date);
  for (const part of [identity.region, identity.service, 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

/**
 * Always refuses a credential scoped to another region, service or date, a clock outside the
 * 5-minute window and an expired presigned URL (checkScope); given the secrets, also a signature
 * that does not match, the way AWS does: `InvalidSignatureException` / `UnrecognizedClientException`.
 */
export function verifySignature(identity: SigV4Identity, request: SignedRequest, options: SignatureOptions): void {
  checkScope(identity, {
    region: options.region,
    service: request.service ?? 'rekognition',
    now: options.clock(),
  });
  if (!options.secrets) return;
  const secret = options.secrets[identity.accessKeyId];
  if (secret === undefined) {
    throw new ServiceError('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  const payloadHashes = identity.presigned
    ? [EMPTY_SHA256, 'UNSIGNED-PAYLOAD']
    : [
        (request.headers['x-amz-content-sha256'] as string | undefined) ??
          createHash('sha256')
            .update(request.body ?? '')
            .digest('hex'),
      ];
  // The SDK's WebSocket path signs `host` as the bare hostname, while the socket sends host:port;
  // on the service's port 443 the two are the same. Accept either.
  const wireHost = String(request.headers.host ?? request.headers[':authority'] ?? '');
  const hosts = [...new Set([wireHost, wireHost.replace(/:\d+$/, '')])];
  const matches = hosts.some((host) => {
    const head = [
      request.method,
      canonicalPath(request.rawPath, request.service === 's3'),
      canonicalQuery(request.query),
      canonicalHeaders(request.headers, identity.signedHeaders, host),
      identity.signedHeaders.join(';'),
    ].join('\n');
    return payloadHashes.some((hash) => signatureFor(identity, secret, `${head}\n${hash}`) === identity.signature);
  });
  if (!matches) {
    throw new ServiceError(
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    );
  }
}
