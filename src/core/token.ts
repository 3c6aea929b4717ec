/**
 * ClientRequestToken for CreateFaceLivenessSession: 1–64 chars of `[a-zA-Z0-9-_]`.
 * One per attempt: a retried request reuses it (the service answers with the same session),
 * a new attempt gets a new one (sessions are single-use).
 */
export const CLIENT_REQUEST_TOKEN_PATTERN = /^[a-zA-Z0-9-_]{1,64}$/;

export function createClientRequestToken(): string {
  const cryptoApi = globalThis.crypto;
  // randomUUID exists only in secure contexts; getRandomValues everywhere.
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  cryptoApi.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
