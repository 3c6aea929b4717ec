import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ServiceError } from './errors';
import { SigningError } from './signingScope';
import { checkAuthorizationHeader, checkPresignedQuery, type SigV4Identity } from './sigv4';

interface StoredObject {
  body: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
}

/**
 * The S3 objects the emulator "wrote" for sessions created with OutputConfig, served path-style
 * (`GET /<bucket>/<key>`) for `@aws-sdk/client-s3` GetObject (with `forcePathStyle: true`) and
 * for presigned GET URLs.
 */
export class ObjectStore {
  private readonly objects = new Map<string, StoredObject>();

  put(bucket: string, key: string, body: Buffer, contentType = 'image/jpeg'): void {
    const etag = `"${createHash('md5').update(body).digest('hex')}"`;
    this.objects.set(`${bucket}/${key}`, { body, contentType, etag, lastModified: new Date() });
  }

  get(bucket: string, key: string): Buffer | undefined {
    return this.objects.get(`${bucket}/${key}`)?.body;
  }

  keys(): string[] {
    return [...this.objects.keys()];
  }

  hasBucket(bucket: string): boolean {
    return [...this.objects.keys()].some((k) => k.startsWith(`${bucket}/`));
  }

  /** Answers a GET/HEAD for `/<bucket>/<key>`; returns the identity used, for the record. */
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    query: URLSearchParams,
    verify: (identity: SigV4Identity) => void = () => {},
  ): { status: number; errorType?: string; identity?: SigV4Identity } {
    const [bucket = '', ...rest] = pathname.replace(/^\//, '').split('/');
    const key = rest.map((part) => decodeURIComponent(part)).join('/');
    let identity: SigV4Identity;
    try {
      identity =
        query.has('X-Amz-Signature') || query.has('X-Amz-Credential')
          ? checkPresignedQuery(query)
          : checkAuthorizationHeader(req.headers.authorization, req.headers['x-amz-date'] as string | undefined);
    } catch (e) {
      const message = e instanceof ServiceError ? e.message : 'Access Denied';
      return xmlError(res, 403, 'AccessDenied', message);
    }
    try {
      verify(identity);
    } catch (e) {
      const [code, message] = s3Refusal(e as ServiceError, identity.presigned);
      return { ...xmlError(res, 403, code, message), identity };
    }
    const stored = this.objects.get(`${decodeURIComponent(bucket)}/${key}`);
    if (!stored) {
      return this.hasBucket(decodeURIComponent(bucket))
        ? { ...xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.'), identity }
        : { ...xmlError(res, 404, 'NoSuchBucket', 'The specified bucket does not exist.'), identity };
    }
    res.writeHead(200, {
      'content-type': stored.contentType,
      'content-length': stored.body.length,
      etag: stored.etag,
      'last-modified': stored.lastModified.toUTCString(),
      'accept-ranges': 'bytes',
      'access-control-allow-origin': '*',
      'x-amz-request-id': crypto.randomUUID(),
    });
    res.end(req.method === 'HEAD' ? undefined : stored.body);
    return { status: 200, identity };
  }
}

/** S3's names for a refused signature (its XML codes differ from the JSON services' exceptions). */
function s3Refusal(error: ServiceError, presigned: boolean): [code: string, message: string] {
  if (error instanceof SigningError) {
    if (error.problem === 'expired') return ['AccessDenied', 'Request has expired'];
    if (error.problem === 'skew') {
      return ['RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.'];
    }
    return [presigned ? 'AuthorizationQueryParametersError' : 'AuthorizationHeaderMalformed', error.message];
  }
  if (error.type === 'UnrecognizedClientException') return ['InvalidAccessKeyId', error.message];
  return ['SignatureDoesNotMatch', error.message];
}

function xmlError(res: ServerResponse, status: number, code: string, message: string) {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${crypto.randomUUID()}</RequestId></Error>`;
  res.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
    'access-control-allow-origin': '*',
  });
  res.end(body);
  return { status, errorType: code };
}
