import { describe, expect, it } from 'vitest';

/**
 * The public API, entry by entry. A change here is a change for every app that uses the
 * package: update the snapshot on purpose, and say so in the changelog.
 */
const names = (module: object) => Object.keys(module).sort();

describe('public API', () => {
  it('react-face-liveness', async () => {
    expect(names(await import('../../src/index'))).toMatchSnapshot();
  });

  it('react-face-liveness/locales', async () => {
    expect(names(await import('../../src/displayText/locales/index'))).toMatchSnapshot();
  });

  it('react-face-liveness/server', async () => {
    expect(names(await import('../../src/server/index'))).toMatchSnapshot();
  });

  it('react-face-liveness/emulator', async () => {
    expect(names(await import('../../src/emulator/index'))).toMatchSnapshot();
  });
});
