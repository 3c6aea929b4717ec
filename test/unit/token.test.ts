/** ClientRequestToken: the shape CreateFaceLivenessSession accepts, with or without randomUUID. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_REQUEST_TOKEN_PATTERN, createClientRequestToken } from '../../src/core/token';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createClientRequestToken', () => {
  it('is randomUUID where the platform has it', () => {
    vi.stubGlobal('crypto', { randomUUID: () => '0b7d0c3e-6c1a-4f4e-9a55-3f0c2b1d9e8a', getRandomValues: () => {} });
    expect(createClientRequestToken()).toBe('0b7d0c3e-6c1a-4f4e-9a55-3f0c2b1d9e8a');
  });

  it('is 32 hex digits from getRandomValues outside a secure context (no randomUUID)', () => {
    vi.stubGlobal('crypto', {
      getRandomValues: (bytes: Uint8Array) => {
        bytes.set([0, 1, 15, 16, 171, 205, 239, 255, 9, 10, 11, 12, 13, 14, 128, 127]);
        return bytes;
      },
    });
    expect(createClientRequestToken()).toBe('00010f10abcdefff090a0b0c0d0e807f');
  });

  it('matches the service’s pattern (1–64 of [a-zA-Z0-9-_]) and no more', () => {
    expect(CLIENT_REQUEST_TOKEN_PATTERN.test(createClientRequestToken())).toBe(true);
    expect(CLIENT_REQUEST_TOKEN_PATTERN.test('a'.repeat(64))).toBe(true);
    expect(CLIENT_REQUEST_TOKEN_PATTERN.test('a'.repeat(65))).toBe(false);
    expect(CLIENT_REQUEST_TOKEN_PATTERN.test('')).toBe(false);
    expect(CLIENT_REQUEST_TOKEN_PATTERN.test('a b')).toBe(false);
    expect(CLIENT_REQUEST_TOKEN_PATTERN.test('A-z_9')).toBe(true);
  });
});
