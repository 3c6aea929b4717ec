import { describe, expect, it } from 'vitest';
import { callerOf, demoMode } from '../../demo/server/demoBackend';

describe('the demo picks its mode from the environment', () => {
  it.each([
    [{}, 'emulator'],
    [{ AWS_REGION: 'eu-west-1' }, 'emulator'],
    [{ AWS_ACCESS_KEY_ID: 'AKIA' }, 'emulator'],
    [{ AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIA' }, 'aws'],
    [{ AWS_DEFAULT_REGION: 'eu-west-1', AWS_PROFILE: 'dev' }, 'aws'],
    [{ AWS_REGION: 'eu-west-1', AWS_WEB_IDENTITY_TOKEN_FILE: '/t' }, 'aws'],
    [{ AWS_REGION: 'eu-west-1', AWS_PROFILE: 'dev', DEMO_MODE: 'emulator' }, 'emulator'],
    [{ DEMO_MODE: 'aws' }, 'aws'],
  ] as const)('%j → %s', (env, mode) => {
    expect(demoMode(env as NodeJS.ProcessEnv)).toBe(mode);
  });

  it('reads the caller id only from a well-formed demo cookie', () => {
    expect(callerOf('theme=dark; rfl_demo_caller=abcdefghijklmnopqrstuvwx')).toBe('abcdefghijklmnopqrstuvwx');
    expect(callerOf('rfl_demo_caller=short')).toBeNull();
    expect(callerOf('xrfl_demo_caller=abcdefghijklmnopqrstuvwx')).toBeNull();
    expect(callerOf(null)).toBeNull();
  });
});
