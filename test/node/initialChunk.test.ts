import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { detectorStylesheet } from '../../src/styles/detectorStylesheet';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Builds a Vite app page that renders <LivenessCheck> and reads what the browser loads before a
 * check starts: the entry chunk and its static imports. Amplify's detector and TensorFlow.js
 * must be in a lazy chunk only.
 */
const appRoot = path.resolve(import.meta.dirname, '../fixtures/app');
// Strings that only Amplify's liveness detector and TensorFlow.js contain (our own code names
// the detector's connecting-loader class, so the marker is another of its class names; the prefetch
// names TFJS's WASM files, so TFJS's marker is one of its error messages).
const DETECTOR_MARKERS = ['amplify-liveness-camera-module', 'The WASM backend was already initialized', 'tfjs-core'];

let outDir: string;
let chunks: Map<string, string>;
let initial: string[];

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'rfl-app-'));
  await build({
    root: appRoot,
    configFile: false,
    logLevel: 'silent',
    plugins: [react(), detectorStylesheet()],
    build: { outDir, emptyOutDir: true, minify: false, manifest: true },
  });
  const files = await readdir(path.join(outDir, 'assets'));
  chunks = new Map();
  for (const file of files.filter((name) => name.endsWith('.js'))) {
    chunks.set(`assets/${file}`, await readFile(path.join(outDir, 'assets', file), 'utf8'));
  }
  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  // The entry and everything it imports statically is the initial JavaScript.
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const child of manifest[key]!.imports ?? []) visit(child);
  };
  visit(entryKey);
  initial = [...seen].map((key) => manifest[key]!.file);
}, 240_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('a page with <LivenessCheck>, before a check starts', () => {
  it('loads no Amplify detector or TensorFlow.js code', () => {
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) {
      const code = chunks.get(file)!;
      for (const marker of DETECTOR_MARKERS) expect(code.includes(marker), `${marker} in ${file}`).toBe(false);
    }
  });

  it('has the detector in a lazy chunk of its own', () => {
    const lazy = [...chunks].filter(([file]) => !initial.includes(file));
    for (const marker of DETECTOR_MARKERS)
      expect(
        lazy.some(([, code]) => code.includes(marker)),
        marker,
      ).toBe(true);
  });
});
