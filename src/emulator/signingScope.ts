import { ServiceError } from './errors';
import type { SigV4Identity } from './sigv4';

/** How far a header-signed request's X-Amz-Date may be from the service's clock (AWS: 5 minutes). */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** Why a signature was refused before any secret was needed (S3 names these differently). */
export type ScopeProblem = 'scope' | 'skew' | 'expired';

export class SigningError extends ServiceError {
  constructor(
    readonly problem: ScopeProblem,
    message: string,
  ) {
    super('InvalidSignatureException', message);
  }
}

/** `20261201T092728Z` */
const amzDate = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const parseAmzDate = (value: string) =>
  Date.parse(
    `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 11)}:${value.slice(11, 13)}:${value.slice(13)}`,
  );

export interface ScopeOptions {
  region: string;
  service: string;
  now: number;
}

/**
 * The checks that need no secret, as the service makes them: the credential's region, service
 * and date, the 5-minute clock-skew window, and a presigned URL's X-Amz-Expires.
 */
export function checkScope(identity: SigV4Identity, { region, service, now }: ScopeOptions): void {
  if (identity.region !== region) {
    throw new SigningError(
      'scope',
      `Credential should be scoped to a valid region, not '${identity.region}'. (The emulator expects '${region}'.)`,
    );
  }
  if (identity.service !== service) {
    throw new SigningError('scope', `Credential should be scoped to correct service: '${service}'. `);
  }
  if (identity.date !== identity.amzDate.slice(0, 8)) {
    throw new SigningError(
      'scope',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${identity.date}' != '${identity.amzDate.slice(0, 8)}', from '${identity.amzDate}'.`,
    );
  }
  const signedAt = parseAmzDate(identity.amzDate);
  if (signedAt > now + CLOCK_SKEW_MS) {
    throw new SigningError(
      'skew',
      `Signature not yet current: ${identity.amzDate} is still later than ${amzDate(now + CLOCK_SKEW_MS)} (${amzDate(now)} + 5 min.)`,
    );
  }
  if (identity.expiresSeconds !== undefined) {
    const expiresMs = identity.expiresSeconds * 1000;
    if (now > signedAt + expiresMs) {
      throw new SigningError(
        'expired',
        `Signature expired: ${identity.amzDate} is now earlier than ${amzDate(now - expiresMs)} (${amzDate(now)} - ${identity.expiresSeconds} sec.)`,
      );
    }
  } else if (signedAt < now - CLOCK_SKEW_MS) {
    throw new SigningError(
      'skew',
      `Signature expired: ${identity.amzDate} is now earlier than ${amzDate(now - CLOCK_SKEW_MS)} (${amzDate(now)} - 5 min.)`,
    );
  }
}
