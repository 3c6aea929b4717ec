import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** README code blocks that are test files run in CI, shown with the package's own import paths. */
describe('README examples', () => {
  it.each([
    ['test/node/examples/captureWithoutBrowser.test.ts', "'../../../src/emulator'", "'react-face-liveness/emulator'"],
  ])('%s is shown verbatim', (file, repoImport, packageImport) => {
    const source = readFileSync(new URL(file, root), 'utf8');
    expect(source).toContain(repoImport);
    const shown = new RegExp(`<!-- example: ${file} [^\\n]*-->\\n\\n\`\`\`ts\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
    expect(shown).toBe(source.replaceAll(repoImport, packageImport));
  });
});
