import { describe, expect, it } from 'vitest';
import { LIVENESS_ERROR_CODES, LivenessError, wayForward } from '../../src/core/errors';

describe('wayForward', () => {
  it('sends a refused no-flash choice back to the start screen', () => {
    expect(wayForward(new LivenessError('CHALLENGE_NOT_ALLOWED', 'refused'))).toBe('restart');
  });

  it('retries every other error with a new session', () => {
    const others = LIVENESS_ERROR_CODES.filter((code) => code !== 'CHALLENGE_NOT_ALLOWED');
    expect(others).toHaveLength(LIVENESS_ERROR_CODES.length - 1);
    for (const code of others) expect(wayForward(new LivenessError(code, 'x'))).toBe('retry');
  });
});
