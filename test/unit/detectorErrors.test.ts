/** `fromDetectorError`: each state Amplify's detector reports, as the code and message we show. */
import { describe, expect, it } from 'vitest';
import { fromDetectorError } from '../../src/core/detectorErrors';

describe('fromDetectorError', () => {
  it.each([
    ['CONNECTION_TIMEOUT', 'CONNECTION_TIMEOUT', true],
    ['TIMEOUT', 'FACE_FIT_TIMEOUT', true],
    ['FRESHNESS_TIMEOUT', 'FACE_FIT_TIMEOUT', true],
    ['RUNTIME_ERROR', 'RUNTIME_ERROR', true],
    ['SERVER_ERROR', 'STREAM_ERROR', true],
    ['CAMERA_FRAMERATE_ERROR', 'CAMERA_FRAMERATE', false],
    ['CAMERA_ACCESS_ERROR', 'CAMERA_ACCESS_DENIED', false],
    ['DEFAULT_CAMERA_NOT_FOUND_ERROR', 'CAMERA_NOT_FOUND', false],
    ['FACE_DISTANCE_ERROR', 'FACE_DISTANCE', true],
    ['MOBILE_LANDSCAPE_ERROR', 'MOBILE_LANDSCAPE', true],
    ['MULTIPLE_FACES_ERROR', 'MULTIPLE_FACES', true],
  ])('maps %s to %s (retryable: %s)', (state, code, retryable) => {
    const cause = new Error('details');
    const error = fromDetectorError({ state, error: cause });
    expect(error).toMatchObject({ code, retryable, cause });
    expect(error.message).toBe(`The liveness detector reported ${state}: details`);
  });

  it('reads an unknown or missing state as RUNTIME_ERROR', () => {
    expect(fromDetectorError({ state: 'SOMETHING_NEW' })).toMatchObject({
      code: 'RUNTIME_ERROR',
      message: 'The liveness detector reported SOMETHING_NEW',
    });
    expect(fromDetectorError({ state: 7 }).message).toBe('The liveness detector reported RUNTIME_ERROR');
    expect(fromDetectorError({}).code).toBe('RUNTIME_ERROR');
    // Amplify's own types allow it to call onError with nothing at all.
    expect(fromDetectorError(undefined as never).code).toBe('RUNTIME_ERROR');
  });

  it('puts a non-Error detail into the message as text, and none when there is none', () => {
    expect(fromDetectorError({ state: 'SERVER_ERROR', error: 'socket closed' }).message).toBe(
      'The liveness detector reported SERVER_ERROR: socket closed',
    );
    expect(fromDetectorError({ state: 'SERVER_ERROR', error: '' }).message).toBe(
      'The liveness detector reported SERVER_ERROR',
    );
  });
});
