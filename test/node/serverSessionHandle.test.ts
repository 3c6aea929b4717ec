import { describe, expect, it } from 'vitest';
import { createSessionSigner } from '../../src/server/sessionHandle';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const SESSION = '0f8fad5b-d9cb-469f-a165-70867728950e';
const OTHER_SESSION = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const T0 = Date.UTC(2026, 0, 1);

describe('session handles', () => {
  const signer = createSessionSigner(SECRET);

  it('verifies for the same session and caller until it expires', async () => {
    const handle = await signer.sign(SESSION, 'alice', T0 + 60_000);
    expect(handle).toMatch(/^v1\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/);
    await expect(signer.verify(handle, SESSION, 'alice', T0)).resolves.toBe('valid');
    await expect(signer.verify(handle, SESSION, 'alice', T0 + 60_000)).resolves.toBe('expired');
  });

  it('is refused for another caller, another session, another secret, or a changed expiry', async () => {
    const handle = await signer.sign(SESSION, 'alice', T0 + 60_000);
    await expect(signer.verify(handle, SESSION, 'bob', T0)).resolves.toBe('invalid');
    await expect(signer.verify(handle, OTHER_SESSION, 'alice', T0)).resolves.toBe('invalid');
    await expect(createSessionSigner(`${SECRET}!`).verify(handle, SESSION, 'alice', T0)).resolves.toBe('invalid');
    const [, expiry, signature] = handle.split('.');
    const later = `v1.${(parseInt(expiry!, 36) + 3600).toString(36)}.${signature}`;
    await expect(signer.verify(later, SESSION, 'alice', T0)).resolves.toBe('invalid');
  });

  it('refuses the other spellings of its signature: its last character has 2 unused bits', async () => {
    const handle = await signer.sign(SESSION, 'alice', T0 + 60_000);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(handle.at(-1)!);
    // 32 bytes are 256 bits; 43 characters carry 258: these three decode to the same bytes.
    for (const unused of [1, 2, 3]) {
      const respelled = handle.slice(0, -1) + alphabet[last ^ unused];
      await expect(signer.verify(respelled, SESSION, 'alice', T0)).resolves.toBe('invalid');
    }
    await expect(signer.verify(handle, SESSION, 'alice', T0)).resolves.toBe('valid');
  });

  it('keeps fields apart whatever a caller id contains', async () => {
    const handle = await signer.sign(SESSION, 'a","b', T0 + 60_000);
    await expect(signer.verify(handle, SESSION, 'a', T0)).resolves.toBe('invalid');
    await expect(signer.verify(handle, SESSION, 'a","b', T0)).resolves.toBe('valid');
  });

  it.each(['', 'v1', 'v2.abc.' + 'a'.repeat(43), 'v1.abc.short', 'v1..' + 'a'.repeat(43), 'v1.abc.' + '*'.repeat(43)])(
    'treats the malformed handle %j as invalid',
    async (handle) => {
      await expect(signer.verify(handle, SESSION, 'alice', T0)).resolves.toBe('invalid');
    },
  );

  it('scopes a ClientRequestToken to its caller: stable per caller, different across callers, valid for AWS', async () => {
    const a1 = await signer.scopeToken('tok-1', 'alice');
    expect(a1).toMatch(/^[a-zA-Z0-9-_]{1,64}$/);
    await expect(signer.scopeToken('tok-1', 'alice')).resolves.toBe(a1);
    await expect(signer.scopeToken('tok-1', 'bob')).resolves.not.toBe(a1);
    await expect(signer.scopeToken('tok-2', 'alice')).resolves.not.toBe(a1);
  });

  it('refuses a short secret', () => {
    expect(() => createSessionSigner('short')).toThrow(/at least 32 bytes/);
    expect(() => createSessionSigner(new Uint8Array(32))).not.toThrow();
  });
});
