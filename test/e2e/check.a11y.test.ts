/**
 * A keyboard and screen-reader user through a real check: the real `<LivenessCheck>` and Amplify
 * detector in Chromium with the fixture face as camera, against the emulator. The page records,
 * at every DOM change and every focus change, the live region's text and the focused element;
 * Chromium's accessibility tree is read at the end.
 */
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCheckSuite, type CheckSuite } from './harness/checkSuite';

interface ScreenEntry {
  state: string | null;
  said: string;
  focus: string;
}

let suite: CheckSuite;
let cdp: CDPSession;

beforeAll(async () => {
  suite = await startCheckSuite();
  // Installed before the page's own scripts, on every navigation.
  await suite.page.addInitScript(() => {
    const log: ScreenEntry[] = [];
    (window as unknown as { __screens: ScreenEntry[] }).__screens = log;
    const record = () => {
      const check = document.querySelector('.rfl-check');
      const region = check?.querySelector(':scope > [role="status"]');
      const active = document.activeElement;
      const entry = {
        state: check?.getAttribute('data-state') ?? null,
        said: region?.textContent ?? '',
        focus:
          !active || active === document.body
            ? 'BODY'
            : `${active.tagName}:${active.getAttribute('aria-label') ?? active.textContent?.trim()}`,
      };
      const last = log.at(-1);
      if (!last || last.state !== entry.state || last.said !== entry.said || last.focus !== entry.focus)
        log.push(entry);
    };
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    document.addEventListener('focusin', record, true);
    document.addEventListener('focusout', () => setTimeout(record), true);
  });
  cdp = await suite.page.context().newCDPSession(suite.page);
  await cdp.send('Accessibility.enable');
});
afterAll(async () => {
  await cdp?.detach().catch(() => undefined);
  await suite?.close();
});

const screens = () =>
  suite.page.evaluate(() => (window as unknown as { __screens: ScreenEntry[] }).__screens) as Promise<ScreenEntry[]>;
/** Each value in order, once per run of equal values, leaving out blanks. */
const changes = (values: string[]) => values.filter((value, i) => value !== '' && value !== values[i - 1]);

interface AxNode {
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}
const property = (node: AxNode, name: string) => node.properties?.find((p) => p.name === name)?.value.value;

describe('a keyboard user through a real check', () => {
  it.each([
    ['end-user', 'live', 'Check passed'],
    ['reviewer', 'not-live', 'Not live'],
  ] as const)(
    '%s, %s: each state said once, focus on each new heading, the outcome focused in the accessibility tree',
    async (audience, scenario, outcome) => {
      await suite.start({ query: { audience }, scenarios: [scenario], startWith: 'keyboard' });
      expect(await suite.settle()).toMatchObject({ state: 'succeeded', errors: [] });
      await suite.waitForEvent('resultShown');
      await suite.page.waitForFunction((heading) => document.activeElement?.textContent === heading, outcome, {
        timeout: 5000,
      });
      const log = await screens();

      // The live region: one element from the start, each state's words once, in order.
      expect(changes(log.map((entry) => entry.said))).toEqual([
        'Preparing your check…',
        'Camera check: follow the instructions on the screen',
        'Verifying…',
        outcome,
      ]);
      // Focus: Tab past the no-flash option to "Start check", then each new screen's heading as the
      // last one goes (during capture, Amplify's detector puts focus on its own cancel button).
      expect(changes(log.map((entry) => entry.focus))).toEqual([
        'BODY',
        'INPUT:',
        'BUTTON:Start check',
        'H2:Preparing your check…',
        'H2:Camera check: follow the instructions on the screen',
        'BUTTON:Cancel Liveness check',
        'H2:Verifying…',
        `H2:${outcome}`,
      ]);
      // Each state's words arrive while that state is on screen (not one state late).
      const saidIn = (said: string) => new Set(log.filter((e) => e.said === said).map((e) => e.state));
      expect(saidIn('Preparing your check…')).toEqual(new Set(['creatingSession']));
      expect(saidIn('Verifying…')).toEqual(new Set(['verifying']));
      expect(saidIn(outcome)).toEqual(new Set(['succeeded']));

      // Chromium's accessibility tree: one polite status with the outcome, focus on the outcome heading.
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
      const statuses = nodes.filter((node) => node.role?.value === 'status');
      expect(statuses).toHaveLength(1);
      expect(property(statuses[0]!, 'live')).toBe('polite');
      expect(property(statuses[0]!, 'atomic')).toBe(true);
      // The document itself reports focused too (the page has focus); the element is what matters.
      const focused = nodes.filter((node) => property(node, 'focused') === true && node.role?.value !== 'RootWebArea');
      expect(focused.map((node) => [node.role?.value, node.name?.value])).toEqual([['heading', outcome]]);
      expect(await suite.page.locator('.rfl-check [role="status"]').innerText()).toBe(outcome);
      expect(suite.pageErrors()).toEqual([]);
    },
  );
});
