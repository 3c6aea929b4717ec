/**
 * `npm run bench`: measures bytes, start-up, results polling, rendering, the server with the
 * emulator and memory; prints the tables and writes BENCHMARKS.md. Timings never gate CI.
 *
 *   npm run bench                      # everything (about 5 minutes on 2 cores)
 *   npm run bench -- --only startup,results --runs 3 --no-write
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBenchPage, startBrowserBench, type BrowserBench, type BuiltPage } from './browserBench';
import { benchBytes } from './bytes';
import { describeMachine } from './machine';
import { benchMemory } from './memory';
import { benchPaint } from './paint';
import { benchRendering } from './rendering';
import { benchResults } from './results';
import { benchServer } from './serverBench';
import { benchStartup } from './startup';
import type { Section } from './stats';

const repo = path.resolve(import.meta.dirname, '..');
const ALL = ['bytes', 'startup', 'results', 'paint', 'rendering', 'server', 'memory'] as const;

function table(section: Section): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    `## ${section.title}`,
    '',
    '| what | value | note |',
    '| --- | --- | --- |',
    ...section.rows.map((row) => `| ${cell(row.what)} | ${cell(row.value)} | ${cell(row.note ?? '')} |`),
  ];
  if (section.notes?.length) lines.push('', ...section.notes.map((note) => `- ${note}`));
  return lines.join('\n');
}

export async function runBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      runs: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const only = new Set(values.only ? values.only.split(',') : ALL);
  const runs = (fallback: number) => (values.runs ? Number(values.runs) : fallback);
  const sections: Section[] = [];
  const say = (text: string) => process.stdout.write(`${text}\n`);

  const page: BuiltPage = await buildBenchPage();
  let bench: BrowserBench | undefined;
  const browser = async () => (bench ??= await startBrowserBench(page));
  try {
    const steps: [string, () => Promise<Section | Section[]>][] = [
      ['bytes', () => benchBytes(page)],
      ['startup', async () => benchStartup(await browser(), runs(7))],
      ['results', async () => benchResults(await browser(), runs(3))],
      ['paint', async () => benchPaint(await browser(), runs(9))],
      ['rendering', async () => benchRendering(await browser(), runs(9))],
      ['server', () => benchServer(10, 16, 50)],
      ['memory', () => benchMemory()],
    ];
    for (const [name, step] of steps) {
      if (!only.has(name)) continue;
      const started = Date.now();
      say(`\n… ${name}`);
      const made = [await step()].flat();
      sections.push(...made);
      say(`${made.map(table).join('\n\n')}\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await bench?.close();
  }

  const machine = describeMachine();
  const doc = [
    '# Benchmarks',
    '',
    'Measured by `npm run bench` (scripts/bench.mjs → bench/). Rerun it on your machine to compare (like',
    '`npm test`, it installs Chromium and ffmpeg from Debian and runs `npm ci` when they are missing):',
    '',
    '```',
    'npm run bench',
    '```',
    '',
    'Timings are informative and never gate CI. What CI enforces — size budgets, the detector outside the',
    'initial chunk, the memory, fuzz, property and load tests — runs in `npm test`.',
    '',
    '## Machine',
    '',
    '| | |',
    '| --- | --- |',
    ...machine.map(([key, value]) => `| ${key} | ${value} |`),
    '',
    ...sections.flatMap((section) => [table(section), '']),
  ].join('\n');
  say(`\n${machine.map(([key, value]) => `${key}: ${value}`).join('\n')}`);
  if (!values['no-write']) {
    await writeFile(path.join(repo, 'BENCHMARKS.md'), doc);
    say('\nwrote BENCHMARKS.md');
  }
}
