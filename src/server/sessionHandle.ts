/**
 * HMAC helpers that bind a session to its caller without a shared store: the handle the browser
 * keeps is `v1.<expiry>.<signature>` over (sessionId, callerId, expiry). Web Crypto only, so the
 * same code runs in Node, Lambda and edge runtimes.
 */

import { decodeBase64 } from '../core/base64';
import { encodeBase64Url } from './base64';

const encoder = new TextEncoder();
const HANDLE_PATTERN = /^v1\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/;
/** The smallest secret accepted, in bytes. */
export const MIN_SECRET_BYTES = 32;

export type HandleCheck = 'valid' | 'expired' | 'invalid';

export interface SessionSigner {
  /** A handle for this caller's session, valid until `expiresAt` (ms since the epoch). */
  sign(sessionId: string, callerId: string, expiresAt: number): Promise<string>;
  /** Checks a handle against the session and the caller asking, at time `now`. */
  verify(handle: string, sessionId: string, callerId: string, now: number): Promise<HandleCheck>;
  /** The ClientRequestToken sent to AWS: the client's token scoped to its caller (43 chars of base64url). */
  scopeToken(token: string, callerId: string): Promise<string>;
}

export function createSessionSigner(secret: string | Uint8Array): SessionSigner {
  if (typeof secret !== 'string' && !(secret instanceof Uint8Array)) {
    throw new TypeError(`createLivenessHandler: \`secret\` must be a string or a Uint8Array, not ${typeof secret}.`);
  }
  const raw = typeof secret === 'string' ? encoder.encode(secret) : secret;
  if (raw.byteLength < MIN_SECRET_BYTES) {
    throw new TypeError(`createLivenessHandler: \`secret\` must be at least ${MIN_SECRET_BYTES} bytes long.`);
  }
  const key = crypto.subtle.importKey('raw', new Uint8Array(raw), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  // JSON arrays keep the fields apart whatever characters a caller id contains.
  const message = (...parts: string[]) => encoder.encode(JSON.stringify(parts));
  const mac = async (...parts: string[]) =>
    encodeBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', await key, message(...parts))));

  return {
    async sign(sessionId, callerId, expiresAt) {
      const expiry = Math.ceil(expiresAt / 1000).toString(36);
      return `v1.${expiry}.${await mac('handle', sessionId, callerId, expiry)}`;
    },
    async verify(handle, sessionId, callerId, now) {
      const match = HANDLE_PATTERN.exec(handle);
      if (!match) return 'invalid';
      const [, expiry, signature] = match as unknown as [string, string, string];
      const signatureBytes = decodeBase64(signature);
      // The 43rd character carries 2 bits the 32 bytes do not use: only the one spelling signed is
      // the handle, not the three others that decode to the same bytes.
      if (!signatureBytes || encodeBase64Url(signatureBytes) !== signature) return 'invalid';
      const authentic = await crypto.subtle.verify(
        'HMAC',
        await key,
        signatureBytes,
        message('handle', sessionId, callerId, expiry),
      );
      if (!authentic) return 'invalid';
      return parseInt(expiry, 36) * 1000 <= now ? 'expired' : 'valid';
    },
    scopeToken(token, callerId) {
      return mac('token', callerId, token);
    },
  };
}
