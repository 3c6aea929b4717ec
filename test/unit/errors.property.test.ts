/**
 * Property-based test of error classification: whatever a backend throws (any value, of any
 * prototype or none) becomes a `LivenessError` with a known code. Generated cases: 2,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../fixtures/propertyRuns';
import { LIVENESS_ERROR_CODES, LivenessError, toLivenessError } from '../../src/core/errors';

describe('toLivenessError', () => {
  it('turns any thrown value into a LivenessError with a known code and the value as its cause', () => {
    const thrown = fc.oneof(
      fc.anything({
        withNullPrototype: true,
        withBoxedValues: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
      }),
      fc.record(
        {
          name: fc.oneof(
            fc.string(),
            fc.constantFrom('ThrottlingException', 'constructor', '__proto__', 'valueOf', 'toString'),
          ),
          status: fc.integer(),
          message: fc.string(),
        },
        { requiredKeys: [] },
      ),
      fc.string().map((message) => new TypeError(message)),
    );
    fc.assert(
      fc.property(thrown, (value) => {
        const error = toLivenessError(value, 'Calling the backend failed');
        expect(error).toBeInstanceOf(LivenessError);
        expect(LIVENESS_ERROR_CODES).toContain(error.code);
        expect(error.message.startsWith('Calling the backend failed: ')).toBe(true);
        if (!(value instanceof LivenessError)) expect(error.cause).toBe(value);
      }),
      { numRuns: propertyRuns(2_000) },
    );
  });

  it('describes an object without a prototype instead of throwing', () => {
    const bare = Object.create(null) as object;
    expect(toLivenessError(bare, 'ctx').message).toBe('ctx: [object Object]');
    expect(toLivenessError([bare], 'ctx').code).toBe('BACKEND_ERROR');
  });

  it('reads only its own table of AWS error names, not Object.prototype', () => {
    for (const name of ['constructor', '__proto__', 'valueOf', 'hasOwnProperty']) {
      expect(toLivenessError({ name }, 'ctx').code).toBe('BACKEND_ERROR');
    }
    expect(toLivenessError({ name: 'ThrottlingException' }, 'ctx').code).toBe('THROTTLED');
  });
});
