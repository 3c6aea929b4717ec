/**
 * The tests Stryker runs for each mutant (`npm run mutate`): the jsdom unit tests and the server's
 * Node tests. Browser, story and e2e projects are left out: they need Chromium and take minutes
 * per run, and the mutated folders (src/core, src/hooks, src/server) are covered here.
 * `MUTATE_TESTS=unit` (or `node`, `core`, `hooks`) keeps one project only, for a faster run over
 * one folder: `core` is the DOM-free tests of `src/core` and the fetch backend, `hooks` the hooks'
 * own tests and the `<LivenessCheck>` tests. With them a folder takes tens of minutes instead of
 * hours, because each mutant re-runs only the tests about that folder.
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
      // The server's tests, with the two about its helpers for the page's CSP and STS credentials;
      // the emulator's own tests and the build/load tests are not about these folders.
      include: [
        'test/node/server*.test.ts',
        'test/node/handler.fuzz.test.ts',
        'test/node/contentSecurityPolicy.test.ts',
        'test/node/stsStreamCredentials.test.ts',
      ],
      // serverRedisStore.test.ts reads the URL of a real redis-server started here.
      globalSetup: ['test/node/redisServer.ts'],
      // These files share one module graph: re-importing the AWS SDK for every mutant costs
      // seconds, and Stryker switches mutants at run time. (The unit tests mock modules per
      // file, so they keep their isolation.)
      isolate: false,
      testTimeout: 30_000,
    },
  },
  {
    extends: true,
    test: {
      name: 'core',
      environment: 'node',
      // The DOM-free tests, and the two files about src/core that need a DOM (they say so in a
      // `@vitest-environment jsdom` line): Intl formatting, and URLs resolved against the page.
      include: ['test/unit/*.test.ts', 'test/unit/intlFormat.test.tsx'],
      // Not about src/core: the stylesheet, and the query factories (in the `hooks` set).
      exclude: ['test/unit/styles.test.ts', 'test/unit/livenessQueries.test.ts'],
      setupFiles: ['test/setup.ts'],
      testTimeout: 60_000,
    },
  },
  {
    extends: true,
    test: {
      name: 'hooks',
      environment: 'jsdom',
      // The hooks' own tests and the component tests that drive a whole check through them.
      include: [
        'test/unit/useLivenessSession.test.tsx',
        'test/unit/livenessQueries.test.ts',
        'test/unit/LivenessCheck.test.tsx',
      ],
      setupFiles: ['test/setup.ts'],
      testTimeout: 60_000,
    },
  },
];

const only = process.env.MUTATE_TESTS;
/** Without MUTATE_TESTS: the two broad sets (the narrow ones are subsets of `unit`). */
const BROAD = ['unit', 'node'];

export default defineConfig({
  plugins: [react(), detectorStylesheet()],
  test: {
    // Property tests run 2 % of their cases per mutant (test/fixtures/propertyRuns.ts).
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', PROPERTY_RUNS_SCALE: '0.02' },
    projects: only
      ? projects.filter((project) => project.test?.name === only)
      : projects.filter((project) => BROAD.includes(String(project.test?.name))),
  },
});
