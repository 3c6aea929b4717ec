/**
 * The README's code blocks that the adopter apps are made of. The apps' files contain them as they
 * stand (test/node/readmeApps.test.ts), and the install line, the emulator command and the assets
 * command are read from here when the apps are installed and run (test/apps/*.test.ts): a README
 * edit that breaks a new user's app fails the suite.
 */
import { readFileSync } from 'node:fs';

const README = new URL('../../README.md', import.meta.url);

/** The text under `## heading`, up to the next `## `. */
export function readmeSection(heading: string, readme = readFileSync(README, 'utf8')): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no section '## ${heading}'`);
  const end = readme.indexOf('\n## ', start + 4);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The `index`th fenced code block of a section, checked to be in `lang`. */
export function readmeBlock(heading: string, index: number, lang: string): string {
  const blocks = [...readmeSection(heading).matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)];
  const block = blocks[index];
  if (!block) throw new Error(`README.md '## ${heading}' has no code block #${index} (it has ${blocks.length})`);
  if (block[1] !== lang) throw new Error(`README.md '## ${heading}' block #${index} is '${block[1]}', not '${lang}'`);
  return block[2]!;
}

/** The shell lines of a section's bash blocks that start with `prefix`, comments cut off. */
function commandLines(heading: string, prefix: string): string[][] {
  const blocks = [...readmeSection(heading).matchAll(/^```bash\n([\s\S]*?)^```$/gm)];
  return blocks
    .flatMap((b) => b[1]!.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length).trim().split(/\s+/).filter(Boolean));
}

/**
 * The packages the quick start's install lines name (not the dev-only ones), without versions:
 * what an app adds to its template's, from the registry, besides this package's tarball.
 */
export function installedPackages(): string[] {
  const lines = commandLines('Quick start', 'npm install ').filter(
    (args) => !args.some((a) => /^(-D|--save-dev)$/.test(a)),
  );
  if (lines.length === 0) throw new Error("README.md '## Quick start' has no `npm install` line");
  const names = lines.flat().filter((a) => !a.startsWith('-'));
  return [...new Set(names.map((name) => name.replace(/(?<=.)@[^/]*$/, '')))];
}

/** The arguments of the README's `npx <bin> …` line in a section. */
export function npxArguments(heading: string, bin: string): string[] {
  const [args] = commandLines(heading, `npx ${bin} `);
  if (!args) throw new Error(`README.md '## ${heading}' has no \`npx ${bin}\` line`);
  return args;
}
