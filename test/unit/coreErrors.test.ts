/**
 * `toLivenessError` and its helpers, one rule per test, with literal inputs and codes: what a
 * backend call can throw (an SDK error, a response, fetch's TypeError, a non-Error) and what
 * the check makes of it.
 */
import { describe, expect, it } from 'vitest';
import { isAbortError, isLivenessError, LivenessError, toLivenessError } from '../../src/core/errors';

describe('LivenessError', () => {
  it('is named LivenessError, keeps code, status and cause, and defaults retryable by code', () => {
    const cause = new Error('socket hang up');
    const error = new LivenessError('NETWORK_ERROR', 'POST /session failed', { cause, status: 502 });
    expect(error.name).toBe('LivenessError');
    expect(error.message).toBe('POST /session failed');
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 502, retryable: true, cause });
    expect(new LivenessError('ACCESS_DENIED', 'no').retryable).toBe(false);
    expect(new LivenessError('ACCESS_DENIED', 'no', { retryable: true }).retryable).toBe(true);
  });

  it('has no cause and no status of its own when none is given', () => {
    const error = new LivenessError('BACKEND_ERROR', 'plain');
    expect('cause' in error).toBe(false);
    expect(error.status).toBeUndefined();
  });

  it('is recognised by isLivenessError, and a look-alike object is not', () => {
    expect(isLivenessError(new LivenessError('BACKEND_ERROR', 'x'))).toBe(true);
    expect(isLivenessError({ name: 'LivenessError', code: 'BACKEND_ERROR', message: 'x' })).toBe(false);
    expect(isLivenessError(new Error('x'))).toBe(false);
  });
});

describe('toLivenessError', () => {
  it('passes a LivenessError through unchanged (the same object)', () => {
    const original = new LivenessError('THROTTLED', 'busy', { status: 429 });
    expect(toLivenessError(original, 'GET /results')).toBe(original);
  });

  it.each([
    ['ThrottlingException', 'THROTTLED'],
    ['TooManyRequestsException', 'THROTTLED'],
    ['InternalServerException', 'SERVICE_ERROR'],
    ['AccessDeniedException', 'ACCESS_DENIED'],
    ['SessionNotFoundException', 'SESSION_NOT_FOUND'],
  ])('reads the AWS error name %s as %s, before any status', (name, code) => {
    const error = Object.assign(new Error('from AWS'), { name, $metadata: { httpStatusCode: 418 } });
    const mapped = toLivenessError(error, 'CreateFaceLivenessSession');
    expect(mapped.code).toBe(code);
    expect(mapped.status).toBe(418);
    expect(mapped.message).toBe('CreateFaceLivenessSession: from AWS');
    expect(mapped.cause).toBe(error);
  });

  it.each([
    [429, 'THROTTLED'],
    [500, 'SERVICE_ERROR'],
    [503, 'SERVICE_ERROR'],
    [499, 'BACKEND_ERROR'],
    [401, 'ACCESS_DENIED'],
    [403, 'ACCESS_DENIED'],
    [404, 'SESSION_NOT_FOUND'],
    [400, 'BACKEND_ERROR'],
  ])('reads HTTP status %i as %s', (status, code) => {
    const mapped = toLivenessError({ status }, 'GET /results');
    expect(mapped.code).toBe(code);
    expect(mapped.status).toBe(status);
  });

  it('finds the status in `status`, then `statusCode`, then the SDK’s `$metadata.httpStatusCode`', () => {
    expect(toLivenessError({ status: 404, statusCode: 500 }, 'x').status).toBe(404);
    expect(toLivenessError({ statusCode: 403 }, 'x')).toMatchObject({ code: 'ACCESS_DENIED', status: 403 });
    expect(toLivenessError({ $metadata: { httpStatusCode: 503 } }, 'x')).toMatchObject({
      code: 'SERVICE_ERROR',
      status: 503,
    });
    // A status that is not a number is no status.
    const stringly = toLivenessError({ status: '404', $metadata: { httpStatusCode: '503' } }, 'x');
    expect(stringly.code).toBe('BACKEND_ERROR');
    expect(stringly.status).toBeUndefined();
  });

  it('reads fetch’s TypeError as NETWORK_ERROR, and anything else as BACKEND_ERROR', () => {
    expect(toLivenessError(new TypeError('Failed to fetch'), 'POST /session')).toMatchObject({
      code: 'NETWORK_ERROR',
      message: 'POST /session: Failed to fetch',
      retryable: true,
    });
    expect(toLivenessError(new RangeError('bad'), 'POST /session').code).toBe('BACKEND_ERROR');
  });

  it('describes a thrown non-Error, even one String() cannot print', () => {
    expect(toLivenessError('boom', 'ctx').message).toBe('ctx: boom');
    expect(toLivenessError(42, 'ctx').message).toBe('ctx: 42');
    expect(toLivenessError(Object.create(null), 'ctx').message).toBe('ctx: [object Object]');
  });
});

describe('isAbortError', () => {
  it('is true for AbortError and TimeoutError (what fetch and AbortSignal.timeout reject with), only', () => {
    expect(isAbortError(new DOMException('aborted', 'AbortError'))).toBe(true);
    expect(isAbortError(new DOMException('timed out', 'TimeoutError'))).toBe(true);
    expect(isAbortError({ name: 'AbortError' })).toBe(true);
    expect(isAbortError(new Error('AbortError'))).toBe(false);
    expect(isAbortError(null)).toBe(false);
    expect(isAbortError('AbortError')).toBe(false);
  });
});
