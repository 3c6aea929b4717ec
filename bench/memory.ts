/**
 * Memory: runs the Chromium memory test (test/browser/memory.test.tsx, part of `npm test`) and
 * reports the heap samples it records in its meta.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { kb, type Section } from './stats';

const repo = path.resolve(import.meta.dirname, '..');

interface Sample {
  total: number;
  js: number;
  embedder: number;
  backing: number;
}

export async function benchMemory(): Promise<Section> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rfl-bench-memory-'));
  const out = path.join(dir, 'memory.json');
  try {
    await promisify(execFile)(
      path.join(repo, 'node_modules/.bin/vitest'),
      ['run', '--project', 'browser', 'test/browser/memory.test.tsx', '--reporter=json', `--outputFile.json=${out}`],
      { cwd: repo, maxBuffer: 1 << 24 },
    ).catch((error: unknown) => error);
    const report = JSON.parse(await readFile(out, 'utf8')) as {
      testResults: {
        assertionResults: {
          status: string;
          meta?: { memory?: Record<'library' | 'control', Record<string, Sample>> };
        }[];
      }[];
    };
    const test = report.testResults[0]!.assertionResults[0]!;
    const memory = test.meta?.memory;
    if (!memory) throw new Error('the memory test recorded no samples');
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
    const { library, control } = memory;
    const growth = (samples: Record<string, Sample>, key: keyof Sample) => samples['500']![key] - samples['100']![key];
    return {
      title: 'Memory: <LivenessResult> (reference + 4 audit images) mounted and unmounted 500 times in Chromium',
      rows: [
        { what: 'test result', value: test.status, note: 'test/browser/memory.test.tsx, part of npm test' },
        ...Object.entries(library).map(([mount, s]) => ({
          what: `after mount ${mount}: JS heap · Blink heap · array buffers`,
          value: `${mb(s.js)} · ${mb(s.embedder)} · ${mb(s.backing)}`,
        })),
        {
          what: 'growth 100 → 500, JS heap + array buffers',
          value: kb(growth(library, 'js') + growth(library, 'backing')),
          note: 'limit 1 MB',
        },
        {
          what: 'growth 100 → 500, Blink heap: library vs plain <img> control',
          value: `${kb(growth(library, 'embedder'))} vs ${kb(growth(control, 'embedder'))}`,
          note: 'the library may not exceed the control by more than 1 MB',
        },
      ],
      notes: [
        'Read over CDP (Runtime.getHeapUsage) after three HeapProfiler.collectGarbage; every object URL made was revoked before the next mount (2,500 made).',
        'Blink’s heap grows by about 1.5–2 KB per image URL ever loaded with or without the library (the control loads the same JPEGs into plain <img> elements on revoked blob URLs).',
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
