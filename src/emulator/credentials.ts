/**
 * The emulator's documented test credentials: sign with these and pass `verifySignatures: true`
 * to have every signature checked. Not a secret; never valid on AWS.
 */
export const EMULATOR_CREDENTIALS = Object.freeze({
  accessKeyId: 'AKIDLIVENESSEMULATOR',
  secretAccessKey: 'liveness-emulator-test-secret',
});

/** The secrets signatures are verified with: `true` means the documented EMULATOR_CREDENTIALS. */
export function secretsOf(option: boolean | Record<string, string> | undefined): Record<string, string> | undefined {
  if (option === true) return { [EMULATOR_CREDENTIALS.accessKeyId]: EMULATOR_CREDENTIALS.secretAccessKey };
  return option || undefined;
}
