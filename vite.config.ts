/**
 * The library build: ESM entries with bundled type declarations, every dependency external,
 * one stylesheet, and the detector's own (loaded with the lazy detector chunk). Storybook and the tests have their own configs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';
import { detectorStylesheet, withoutComments } from './src/styles/detectorStylesheet';

const root = path.dirname(fileURLToPath(import.meta.url));
const src = (file: string) => path.join(root, 'src', file);

/** The stylesheet's parts, in cascade order: tokens first, then one file per component. */
export const STYLE_PARTS = ['tokens.css', 'components.css'];

/** The face model ships next to the module that copies it (src/assets/face-model → dist/assets/face-model). */
function faceModel(): Plugin {
  const dir = src('assets/face-model');
  return {
    name: 'react-face-liveness:face-model',
    generateBundle() {
      for (const name of readdirSync(dir)) {
        this.emitFile({
          type: 'asset',
          fileName: `assets/face-model/${name}`,
          source: readFileSync(path.join(dir, name)),
        });
      }
    },
  };
}

const CLI_ENTRIES = [src('emulator/cli.ts'), src('assets/cli.ts')];

function stylesheet(): Plugin {
  return {
    name: 'react-face-liveness:stylesheet',
    generateBundle() {
      const css = withoutComments(STYLE_PARTS.map((part) => readFileSync(src(`styles/${part}`), 'utf8')).join('\n'));
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: css });
    },
  };
}

/**
 * Modules that carry `'use client'`: the components and the hooks, each on its own (dist keeps one
 * file per module). The entry, its barrels and the plain functions (createFetchBackend, option
 * factories, feedbackMessage, display text) stay unmarked, so Server Components and route handlers
 * can import and call them; rendering a component from a Server Component crosses the boundary here.
 */
export function needsClientDirective(id: string): boolean {
  const relative = path.relative(path.join(root, 'src'), id);
  if (!/^(components|hooks)\//.test(relative)) return false;
  return relative.endsWith('.tsx') || path.basename(relative).startsWith('use');
}

const isBare = (id: string) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0');

export default defineConfig({
  plugins: [
    react(),
    stylesheet(),
    detectorStylesheet({ library: true }),
    faceModel(),
    dts({
      tsconfigPath: './tsconfig.build.json',
      bundleTypes: true,
      entryRoot: 'src',
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    emptyOutDir: true,
    lib: {
      entry: {
        index: src('index.ts'),
        locales: src('displayText/locales/index.ts'),
        server: src('server/index.ts'),
        'server-s3': src('server/s3/index.ts'),
        emulator: src('emulator/index.ts'),
        'emulator-cli': src('emulator/cli.ts'),
        vite: src('assets/index.ts'),
        'react-face-liveness-cli': src('assets/cli.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: isBare,
      output: {
        // One file per module: with `sideEffects` in package.json, an app's bundler drops every
        // module it does not import (`{ LivenessResult }` alone pulls in no hook or detector code).
        preserveModules: true,
        preserveModulesRoot: 'src',
        // Next.js: the directive only where React state lives (see needsClientDirective).
        banner: (chunk) =>
          needsClientDirective(chunk.facadeModuleId ?? '')
            ? "'use client';"
            : chunk.isEntry && CLI_ENTRIES.includes(chunk.facadeModuleId ?? '')
              ? '#!/usr/bin/env node'
              : '',
      },
    },
  },
});
