import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

/**
 * The public API, entry by entry. A change here is a change for every app that uses the
 * package: update the snapshot on purpose, and say so in the changelog.
 */
const names = (module: object) => Object.keys(module).sort();

/** The type names an entry file exports (`export type { … }` blocks and `type X` members). */
async function typeNames(entry: string): Promise<string[]> {
  const source = await readFile(new URL(entry, import.meta.url), 'utf8');
  const found: string[] = [];
  for (const [, typeOnly, members] of source.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)) {
    for (const member of members!.split(',').map((text) => text.trim())) {
      const match = /^(type\s+)?(\w+)/.exec(member);
      if (match && (typeOnly || match[1])) found.push(match[2]!);
    }
  }
  return found.sort();
}

describe('public API', () => {
  it('react-face-liveness', async () => {
    expect(names(await import('../../src/index'))).toMatchSnapshot();
  });

  it('react-face-liveness types', async () => {
    expect(await typeNames('../../src/index.ts')).toMatchSnapshot();
  });

  it('react-face-liveness/locales', async () => {
    expect(names(await import('../../src/displayText/locales/index'))).toMatchSnapshot();
  });

  it('react-face-liveness/server', async () => {
    expect(names(await import('../../src/server/index'))).toMatchSnapshot();
  });

  it('react-face-liveness/server/s3', async () => {
    expect(names(await import('../../src/server/s3/index'))).toMatchSnapshot();
  });

  it('react-face-liveness/vite', async () => {
    expect(names(await import('../../src/assets/index'))).toMatchSnapshot();
  });

  it('react-face-liveness/emulator', async () => {
    expect(names(await import('../../src/emulator/index'))).toMatchSnapshot();
  });
});
