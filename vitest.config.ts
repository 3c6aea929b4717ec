import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { detectorStylesheet } from './src/styles/detectorStylesheet.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Pre-bundled up front: discovering a dependency mid-run makes Vite reload the page, which fails
 * the first run on a fresh clone. The detector is never loaded in stories (a stand-in plays it).
 */
const browserDeps = {
  include: [
    'react',
    'react-dom',
    'react-dom/client',
    'react/jsx-runtime',
    'react/jsx-dev-runtime',
    '@tanstack/react-query',
    'storybook/test',
  ],
  exclude: ['@aws-amplify/ui-react-liveness'],
};

const chromium = () => playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } });

export default defineConfig({
  plugins: [react(), detectorStylesheet()],
  test: {
    // The AWS SDK warns on every client that Node 20 support ends soon; tests run on Node 20 on purpose.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
          // A real redis-server for the shared attempt store's tests, started and stopped here.
          globalSetup: ['test/node/redisServer.ts'],
          testTimeout: 30_000,
          // Hooks start emulators (a new certificate each) and encode fixture videos with ffmpeg:
          // seconds on two busy cores, so the default 10 s failed a suite under load.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        optimizeDeps: browserDeps,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: { enabled: true, headless: true, provider: chromium(), instances: [{ browser: 'chromium' }] },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
        optimizeDeps: browserDeps,
        test: {
          name: 'storybook',
          browser: { enabled: true, headless: true, provider: chromium(), instances: [{ browser: 'chromium' }] },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // Adopter apps (test/apps): installs, builds and one check each; run alone, like e2e.
          name: 'apps',
          environment: 'node',
          include: ['test/apps/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
