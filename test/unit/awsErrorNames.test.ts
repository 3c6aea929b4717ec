/**
 * One table of AWS error names for the browser and the server: every name the client classifies
 * is answered by the server with the matching code, and the other way round.
 */
import { describe, expect, it } from 'vitest';
import { awsErrorCode, toLivenessError } from '../../src/core/errors';
import { fromAwsError } from '../../src/server/httpError';

const THROTTLING = [
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'ServiceQuotaExceededException',
  'LimitExceededException',
  'TooManyRequestsException',
];

describe('AWS error names', () => {
  it.each(THROTTLING)('%s is THROTTLED in the browser and a retryable 429 on the server', (name) => {
    expect(awsErrorCode(name)).toBe('THROTTLED');
    expect(toLivenessError({ name }, 'ctx')).toMatchObject({ code: 'THROTTLED', retryable: true });
    expect(fromAwsError({ name }, 3)).toMatchObject({
      status: 429,
      code: 'THROTTLED',
      retryable: true,
      retryAfterSeconds: 3,
    });
  });

  it.each([
    ['InternalServerError', 'SERVICE_ERROR'],
    ['InternalServerException', 'SERVICE_ERROR'],
    ['ServiceUnavailableException', 'SERVICE_ERROR'],
    ['AccessDeniedException', 'ACCESS_DENIED'],
    ['SessionNotFoundException', 'SESSION_NOT_FOUND'],
  ])('%s reads as %s', (name, code) => {
    expect(awsErrorCode(name)).toBe(code);
    expect(toLivenessError({ name }, 'ctx').code).toBe(code);
  });

  it('answers a missing session with 404 and the server’s own refused credentials with 502', () => {
    expect(fromAwsError({ name: 'SessionNotFoundException' }, 2)).toMatchObject({
      status: 404,
      code: 'SESSION_NOT_FOUND',
      retryable: false,
    });
    expect(fromAwsError({ name: 'AccessDeniedException' }, 2)).toMatchObject({
      status: 502,
      code: 'SERVICE_ERROR',
      retryable: false,
    });
  });

  it('knows no other name, nor anything inherited from Object.prototype', () => {
    for (const name of ['ValidationException', 'constructor', 'toString', '__proto__', '', undefined, 42]) {
      expect(awsErrorCode(name)).toBeUndefined();
    }
  });
});
