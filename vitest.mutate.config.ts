/**
 * The tests Stryker runs for each mutant (`npm run mutate`): the jsdom unit tests and the server's
 * Node tests. Browser, story and e2e projects are left out: they need Chromium and take minutes
 * per run, and the mutated folders (src/core, src/hooks, src/server) are covered here.
 * `MUTATE_TESTS=unit` (or `node`) keeps one project only, for a faster run over one folder.
 */
import react from '@vitejs/plugin-react';
import { detectorStylesheet } from './src/styles/detectorStylesheet';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const projects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: {
      name: 'unit',
      environment: 'jsdom',
      include: ['test/unit/**/*.test.{ts,tsx}'],
      setupFiles: ['test/setup.ts'],
      // Instrumented code runs slower; the property tests need the room.
      testTimeout: 60_000,
    },
  },
  {
    extends: true,
    test: {
      name: 'node',
      environment: 'node',
      // The server's tests; the emulator's own tests and the build/load tests are not about these folders.
      include: ['test/node/server*.test.ts', 'test/node/handler.fuzz.test.ts'],
      // These files share one module graph: re-importing the AWS SDK for every mutant costs
      // seconds, and Stryker switches mutants at run time. (The unit tests mock modules per
      // file, so they keep their isolation.)
      isolate: false,
      testTimeout: 30_000,
    },
  },
];

const only = process.env.MUTATE_TESTS;

export default defineConfig({
  plugins: [react(), detectorStylesheet()],
  test: {
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: only ? projects.filter((project) => project.test?.name === only) : projects,
  },
});
