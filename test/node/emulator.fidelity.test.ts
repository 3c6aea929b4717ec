/**
 * docs/emulator.md's fidelity table stays in step with the tests: every row names a source from
 * the legend and a test that exists, by its file and its exact title.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const doc = readFileSync(path.join(repo, 'docs/emulator.md'), 'utf8');
const SOURCES = ['documented', 'model', 'SDK', 'detector', 'undocumented, kept', "emulator's choice"];

function tableRows(): string[][] {
  const section = doc.split('## Fidelity: what AWS does and what the emulator chose')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| behaviour') && !line.startsWith('| ---'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

describe('the fidelity table of docs/emulator.md', () => {
  const rows = tableRows();

  it('has its rows, four cells each', () => {
    expect(rows.length).toBe(33);
    for (const row of rows) expect(row).toHaveLength(4);
  });

  it.each(rows.map((row) => [row[0]!, row] as const))('%s: a known source and an existing test', (_name, row) => {
    const [, source, , test] = row;
    expect(SOURCES.some((s) => source!.startsWith(s))).toBe(true);
    const m = /^`(emulator(?:\.\w+)*\.test\.ts)` › (.+)$/.exec(test!);
    expect(m, `test cell "${test}"`).not.toBeNull();
    const file = path.join(repo, 'test/node', m![1]!);
    expect(existsSync(file)).toBe(true);
    const source_ = readFileSync(file, 'utf8').replace(/\s*\n\s*/g, ' ');
    expect(source_.includes(`'${m![2]}'`) || source_.includes(`"${m![2]}"`) || source_.includes(`\`${m![2]}\``)).toBe(
      true,
    );
  });
});
