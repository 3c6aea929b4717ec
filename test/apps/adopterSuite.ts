/**
 * One adopter app as a sequence of tests, each a step a new user takes: install, build (no
 * LIVENESS_SECRET at build time), type-check, serve, the quick start's page, one whole check in
 * Chromium against the local service, and our look under the template's CSS. A step whose
 * predecessor failed fails naming that step, so the log says which app and which step broke.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { fakeCameraY4m } from '../e2e/harness/fixtureMedia';
import { RUN_LOCALLY, type AdopterApp } from './apps';
import { cleanEnv, freePort, PNPM, prepareApp, runStep, startProcess, WORK, type Running } from './harness';
import { cpuBackendLayout } from '../fixtures/cpuBackendChunks';
import { npxArguments } from './readme';

/** What our Storybook shows (tokens.css, light scheme, 16px root): padding 0.6em 1.2em, weight 650. */
export const STORYBOOK_LOOK = {
  startButtonPadding: '9.6px 19.2px',
  startButtonFontWeight: '650',
  rootTextAlign: 'start',
  /**
   * --rfl-color-text, #1b1f24: the heading of the person's "passed" screen (the default end-user
   * view; its colour is on the icon and the border, the heading stays text-coloured). Derived from
   * the surface (tokens.css), a relative colour, which Chromium writes as color(srgb).
   */
  resultHeadingColor: 'color(srgb 0.105882 0.121569 0.141176)',
};

const ROLE_ARN = 'arn:aws:iam::123456789012:role/liveness-stream';
const SECRET = 'adopter-app-liveness-secret-0123456789';
const START_BUTTON = '.rfl-check [data-view="start"] .rfl-button';

interface Figures {
  installMs?: number;
  buildMs?: number;
  typecheckMs?: number;
  clickToResultMs?: number;
}

export function adopterAppSuite(app: AdopterApp): void {
  describe(`adopter app ${app.name} (${app.framework}, ${app.packageManager})`, () => {
    const done = new Set<string>();
    const figures: Figures = {};
    const look: Partial<typeof STORYBOOK_LOOK> = {};
    const offMachine: string[] = [];
    const pageErrors: string[] = [];
    let dir: string;
    let emulator: Running | undefined;
    let server: Running | undefined;
    let browser: Browser | undefined;
    let page: Page;
    /** The environment the README sets: the local service's URL in all three places. */
    let env: Record<string, string | undefined> = {};

    const after = (step: string) => {
      if (!done.has(step)) throw new Error(`${app.name}: not run, because step '${step}' did not pass`);
    };
    const pass = (step: string) => done.add(step);

    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: [
          ...CHROMIUM_ARGS,
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-video-capture=${fakeCameraY4m()}`,
          // The README's one-time "accept the certificate" step, for the local service's WSS.
          '--ignore-certificate-errors',
        ],
      });
      const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
      await context.route('**/*', (route) => {
        if (new URL(route.request().url()).hostname === '127.0.0.1') return route.continue();
        offMachine.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await emulator?.stop();
      const line = `${app.name}: install ${s(figures.installMs)}, build ${s(figures.buildMs)}, type-check ${s(figures.typecheckMs)}, click → result ${s(figures.clickToResultMs)}`;
      console.log(`adopter app ${line}`);
      appendFileSync(path.join(WORK, 'timings.txt'), `${new Date().toISOString()} ${line}\n`);
    });

    it(`${app.name}: installs the packed tarball and the README's install line (${app.packageManager})`, async () => {
      dir = prepareApp(app);
      const install =
        app.packageManager === 'pnpm'
          ? await runStep(app.name, 'install', 'npx', ['--yes', PNPM, 'install', '--no-frozen-lockfile'], { cwd: dir })
          : await runStep(app.name, 'install', 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
              cwd: dir,
            });
      figures.installMs = install.ms;
      pass('install');
    });

    it(`${app.name}: builds with no LIVENESS_SECRET set, against the README's local service`, async () => {
      after('install');
      // README "Run your app against the local service", step 1, on a free port instead of 8443.
      const args = npxArguments(RUN_LOCALLY, 'face-liveness-emulator');
      const port = args.indexOf('--port');
      if (port >= 0) args[port + 1] = '0';
      emulator = await startProcess(app.name, 'emulator', 'npx', ['face-liveness-emulator', ...args], {
        cwd: dir,
        env: cleanEnv(),
        ready: /listening on (https:\/\/\S+)/,
      });
      env = {
        LIVENESS_ENDPOINT: emulator.url,
        NEXT_PUBLIC_LIVENESS_ENDPOINT: emulator.url,
        VITE_LIVENESS_ENDPOINT: emulator.url,
        LIVENESS_STREAM_ROLE_ARN: ROLE_ARN,
        AWS_ACCESS_KEY_ID: 'AKIDADOPTERAPP000000',
        AWS_SECRET_ACCESS_KEY: 'adopter-app-aws-secret',
        LIVENESS_SECRET: undefined,
      };
      let ms = 0;
      if (app.framework === 'next') {
        // README "Self-hosted detector assets": the command, for frameworks without the Vite plugin.
        const assets = npxArguments('Self-hosted detector assets', 'react-face-liveness');
        ms += (await runStep(app.name, 'assets', 'npx', ['react-face-liveness', ...assets], { cwd: dir })).ms;
        ms += (await runStep(app.name, 'next build', 'npx', ['next', 'build'], { cwd: dir, env: cleanEnv(env) })).ms;
      } else {
        ms += (await runStep(app.name, 'vite build', 'npx', ['vite', 'build'], { cwd: dir, env: cleanEnv(env) })).ms;
        // The README's plugin left MediaPipe's solution out (only it has this version string), with
        // the package layout of this app's package manager; the check below runs without it.
        const assets = path.join(dir, 'dist/assets');
        const js = readdirSync(assets).filter((file) => file.endsWith('.js'));
        const files = new Map(js.map((file) => [file, readFileSync(path.join(assets, file), 'utf8')]));
        expect([...files].filter(([, code]) => code.includes('0.4.1646425229')).map(([file]) => file)).toEqual([]);
        expect([...files.values()].some((code) => code.includes('keepMediaPipe'))).toBe(true);
        // And moved TensorFlow.js's CPU backend into a chunk of its own, which BlazeFace imports
        // only without WebAssembly (the check below, with it, never loads that chunk).
        expect(cpuBackendLayout(files)).toEqual({
          backendChunks: 1,
          backendWithBlazeFace: false,
          kernelsElsewhere: 1,
          importedStatically: false,
          importedDynamically: true,
        });
      }
      figures.buildMs = ms;
      pass('build');
    });

    it(`${app.name}: type-checks`, async () => {
      // Next's tsconfig reads the route types `next build` generates.
      after(app.framework === 'next' ? 'build' : 'install');
      const args = app.framework === 'next' ? ['tsc', '--noEmit'] : ['tsc', '-b'];
      figures.typecheckMs = (await runStep(app.name, 'tsc', 'npx', args, { cwd: dir })).ms;
    });

    it(`${app.name}: serves the app with the route handler, and the README's quick start renders`, async () => {
      after('build');
      const port = await freePort();
      const runEnv = cleanEnv({ ...env, LIVENESS_SECRET: SECRET });
      server =
        app.framework === 'next'
          ? await startProcess(
              app.name,
              'next start',
              'npx',
              ['next', 'start', '-p', String(port), '-H', '127.0.0.1'],
              {
                cwd: dir,
                env: runEnv,
                ready: /(Ready) in/,
              },
            )
          : await startProcess(
              app.name,
              'vite preview',
              'npx',
              [
                'vite',
                'preview',
                '--config',
                'vite.preview.config.ts',
                '--port',
                String(port),
                '--strictPort',
                '--host',
                '127.0.0.1',
              ],
              { cwd: dir, env: runEnv, ready: /Local:\s+(http:\/\/\S+)/ },
            );
      server.url = `http://127.0.0.1:${port}`;
      await page.goto(`${server.url}/quick-start`);
      await page.locator(START_BUTTON).waitFor({ timeout: 30_000 });
      expect(pageErrors).toEqual([]);
      pass('serve');
    });

    it(`${app.name}: one check in Chromium, fake camera, local service → the result screen`, async () => {
      after('serve');
      await page.goto(`${server!.url}/`);
      const button = page.locator(START_BUTTON);
      await button.waitFor({ timeout: 30_000 });
      Object.assign(
        look,
        await button.evaluate((el) => ({
          startButtonPadding: getComputedStyle(el).padding,
          startButtonFontWeight: getComputedStyle(el).fontWeight,
          rootTextAlign: getComputedStyle(el.closest('.rfl-check')!).textAlign,
        })),
      );
      const clicked = performance.now();
      await button.click();
      const end = await page.waitForFunction(
        () => {
          const root = document.querySelector('.rfl-check');
          const state = root?.getAttribute('data-state');
          if (state === 'succeeded' && root!.querySelector('h2.rfl-result-heading')) return state;
          if (state === 'failed' || state === 'expired' || state === 'error' || state === 'cancelled') {
            const view = root!.querySelector('[data-view]');
            return `${state} ${view?.getAttribute('data-error-code') ?? ''}: ${view?.textContent ?? ''}`;
          }
          return false;
        },
        undefined,
        { timeout: 120_000, polling: 100 },
      );
      figures.clickToResultMs = performance.now() - clicked;
      expect(await end.jsonValue(), `${app.name}: the check ended elsewhere`).toBe('succeeded');
      look.resultHeadingColor = await page
        .locator('.rfl-check h2.rfl-result-heading')
        .evaluate((el) => getComputedStyle(el).color);
      expect(pageErrors).toEqual([]);
      expect(offMachine).toEqual([]);
      pass('check');
    });

    it(`${app.name}: our look survives the template's CSS (values of our Storybook)`, () => {
      after('check');
      expect(look).toEqual(STORYBOOK_LOOK);
    });
  });
}

const s = (ms?: number) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
