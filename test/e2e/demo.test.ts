/**
 * The demo as a person would use it: `npm run demo` started as a process, headless Chromium with
 * the fixture face video as its camera, from the start screen to the result screen, both views.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { startDemoProcess, type DemoProcess } from '../node/serverDemoProcess';
import { fakeCameraY4m } from './harness/fixtureMedia';

let demo: DemoProcess;
let browser: Browser;

beforeAll(async () => {
  const camera = fakeCameraY4m();
  demo = await startDemoProcess();
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      // The one trust step of the docs, for a browser that cannot click "Proceed".
      '--ignore-certificate-errors',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${camera}`,
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  expect(await demo?.stop()).toBe(0);
});

async function openDemo(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Nothing may leave the machine: every request goes to the demo's origin.
  page.on('request', (request) => {
    if (
      !request.url().startsWith(demo.url) &&
      !request.url().startsWith('data:') &&
      !request.url().startsWith('blob:')
    ) {
      errors.push(`off-origin request ${request.url()}`);
    }
  });
  await page.goto(demo.url);
  return { page, errors };
}

async function runCheck(page: Page): Promise<void> {
  const endUser = page.locator('[data-demo="end-user"]');
  await endUser.getByRole('button', { name: 'Start check' }).click({ timeout: 60_000 });
  // <LivenessCheck>'s root is the pane's element with a data-state.
  await endUser.locator(':scope > [data-state="succeeded"]').waitFor({ timeout: 90_000 });
}

describe('npm run demo in headless Chromium with a fake camera', () => {
  it('goes from the start screen to a live result: pass for the person, score and images for the reviewer', async () => {
    const { page, errors } = await openDemo();
    expect(await page.locator('[data-demo-mode]').getAttribute('data-demo-mode')).toBe('emulator');
    await runCheck(page);

    const endUser = page.locator('[data-demo="end-user"] .rfl-result');
    expect(await endUser.getAttribute('data-verdict')).toBe('live');
    expect(await endUser.getAttribute('data-audience')).toBe('end-user');
    expect(await page.locator('[data-demo="end-user"]').innerText()).not.toMatch(/\d+(\.\d+)?\s*%/);

    const reviewer = page.locator('[data-demo="reviewer"] .rfl-result');
    await reviewer.waitFor();
    expect(await reviewer.getAttribute('data-verdict')).toBe('live');
    expect(await page.locator('[data-demo="reviewer"]').innerText()).toContain('98.5%');
    const images = page.locator('[data-demo="reviewer"] img');
    await images.first().waitFor();
    expect(await images.count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: '/tmp/rfl-demo-live.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows "not passed" when the emulator is set to a spoof', async () => {
    const { page, errors } = await openDemo();
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/demo-api/scenario') && response.ok()),
      page.getByLabel('Emulator outcome for the next checks').selectOption('not-live'),
    ]);
    await runCheck(page);
    expect(await page.locator('[data-demo="end-user"] .rfl-result').getAttribute('data-verdict')).toBe('not-live');
    expect(await page.locator('[data-demo="reviewer"] .rfl-result').getAttribute('data-verdict')).toBe('not-live');
    await page.screenshot({ path: '/tmp/rfl-demo-not-live.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
