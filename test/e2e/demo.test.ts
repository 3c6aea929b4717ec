/**
 * The demo as a person would use it: `npm run demo` started as a process, headless Chromium with
 * the fixture face video as its camera, from the start screen to the result screen, both views.
 */
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
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

/** The end-user pane's `data-state` values in order, recorded in the page from the first call on. */
async function followStates(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const pane = document.querySelector('[data-demo="end-user"]')!;
    const seen: string[] = [];
    const note = () => {
      const state = pane.querySelector(':scope > [data-state]')?.getAttribute('data-state') ?? 'none';
      if (seen.at(-1) !== state) seen.push(state);
    };
    note();
    new MutationObserver(note).observe(pane, { subtree: true, attributes: true, childList: true });
    (window as unknown as { rflStates: string[] }).rflStates = seen;
  });
  return () => page.evaluate(() => (window as unknown as { rflStates: string[] }).rflStates);
}

async function runCheck(page: Page, state: 'succeeded' | 'failed' = 'succeeded'): Promise<void> {
  const endUser = page.locator('[data-demo="end-user"]');
  const states = await followStates(page);
  const logs: string[] = [];
  page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
  page.on('framenavigated', (frame) => frame === page.mainFrame() && logs.push(`navigated: ${frame.url()}`));
  await endUser.getByRole('button', { name: 'Start check' }).click({ timeout: 60_000 });
  // <LivenessCheck>'s root is the pane's element with a data-state.
  try {
    await endUser.locator(`:scope > [data-state="${state}"]`).waitFor({ timeout: 90_000 });
  } catch (error) {
    // Say where the check stopped, so a failure in CI can be read without re-running it.
    await page.screenshot({ path: '/tmp/rfl-demo-stuck.png', fullPage: true }).catch(() => {});
    const seen = await states().catch(() => ['(page gone)']);
    const text = await endUser.innerText().catch(() => '(no pane)');
    throw new Error(
      `the end-user pane never reached "${state}". States: ${seen.join(' → ')}\n` +
        `Pane text: ${text}\nPage log:\n${logs.join('\n')}\nDemo output:\n${demo.output().slice(-3000)}\n` +
        `Screenshot: /tmp/rfl-demo-stuck.png`,
      { cause: error },
    );
  }
}

async function chooseScenario(page: Page, scenario: string): Promise<void> {
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/demo-api/scenario') && response.ok()),
    page.getByLabel('Emulator outcome for the next checks').selectOption(scenario),
  ]);
}

/** axe-core's violations on the page as it stands, one line each (rule: elements). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof AxeCore }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
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
    // Both panes show the same check: no landmark may repeat a name (axe landmark-unique).
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows "not passed" when the emulator is set to a spoof', async () => {
    const { page, errors } = await openDemo();
    await chooseScenario(page, 'not-live');
    await runCheck(page);
    expect(await page.locator('[data-demo="end-user"] .rfl-result').getAttribute('data-verdict')).toBe('not-live');
    expect(await page.locator('[data-demo="reviewer"] .rfl-result').getAttribute('data-verdict')).toBe('not-live');
    await page.screenshot({ path: '/tmp/rfl-demo-not-live.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows "could not finish" in both panes when the service fails the session, axe clean', async () => {
    const { page, errors } = await openDemo();
    await chooseScenario(page, 'failed');
    await runCheck(page, 'failed');
    const reviewer = page.locator('[data-demo="reviewer"] .rfl-result');
    await reviewer.waitFor();
    expect(await reviewer.getAttribute('data-outcome')).toBe('service-failed');
    // Both panes draw the same message with the same heading: it must not be two landmarks of one name.
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
