/**
 * One browser, one emulator, one Vite server with the server handler, for the `<LivenessCheck>`
 * scenarios; each scenario opens the page afresh as a new caller and starts a check as a person
 * would (the "Start check" button).
 */
import type { Page } from 'playwright-core';
import type { CreateFaceLivenessSessionRequestSettings } from '@aws-sdk/client-rekognition';
import type { EmulatorRequestRecord, ScenarioInput } from '../../../src/emulator';
import {
  formatTimingTable,
  recordNetwork,
  saveScreenshot,
  timingOf,
  type NetworkEntry,
  type TimingRow,
} from './checkRun';
import { API_BASE_PATH, livenessApi, type LivenessApi } from './livenessApi';
import { startLivenessE2E, type E2eEvent, type LivenessE2E } from './livenessE2E';

export interface StartOptions {
  /** More query parameters for the page (e.g. connectTimeoutMs). */
  query?: Record<string, string>;
  /** Emulator scenarios for the next sessions, in order. */
  scenarios?: ScenarioInput[];
  /** CreateFaceLivenessSession settings. @default { AuditImagesLimit: 2 } */
  settings?: CreateFaceLivenessSessionRequestSettings;
  /** Runs as the handler returns each new session, before the browser has it. */
  onSessionCreated?: (sessionId: string) => void;
  /** How the person presses "Start check": a click, or Tab to it and Enter. @default 'click' */
  startWith?: 'click' | 'keyboard';
}

export interface CheckSuite {
  e2e: LivenessE2E;
  api: LivenessApi;
  page: Page;
  /** Moves the emulator's clock (not the browser's, not the handler's) forward. */
  advanceEmulatorClock(ms: number): void;
  /** The emulator's record times (`at`) on this machine's clock. */
  onMachineClock(emulatorAt: number): number;
  /** HTTP requests, sockets and frames the page sent since the last `open`. */
  network(): NetworkEntry[];
  /** Page errors (uncaught exceptions) since the last `open`. */
  pageErrors(): string[];
  /**
   * Forgets the emulator's sessions, records and scenarios, queues `scenarios`, sets the handler's
   * session settings, opens the page as a new caller and clicks "Start check".
   */
  start(options?: StartOptions): Promise<void>;
  /** Waits until `.rfl-check` has this `data-state`. */
  waitForState(state: string, timeoutMs?: number): Promise<void>;
  /**
   * Waits until attempt number `attempt` (1 = after "Start check") has settled and returns its
   * final `data-state`, with what the page reported through onError (to say why it is not the expected one).
   */
  settle(attempt?: number, timeoutMs?: number): Promise<{ state: string; errors: unknown[] }>;
  waitForEvent(type: string, where?: (event: E2eEvent) => boolean, timeoutMs?: number): Promise<E2eEvent>;
  events(): Promise<E2eEvent[]>;
  /** GetFaceLivenessSessionResults requests the emulator answered for a session. */
  polls(sessionId: string): EmulatorRequestRecord[];
  /** Saves the final screen and adds the scenario's row to the timing table (`retried`: after "Try again"). */
  finish(scenario: string, retried?: boolean): Promise<TimingRow>;
  timingTable(): string;
  close(): Promise<void>;
}

const SETTLED = ['succeeded', 'failed', 'expired', 'error', 'cancelled'];

export async function startCheckSuite(): Promise<CheckSuite> {
  let skewMs = 0;
  let api!: LivenessApi;
  const e2e = await startLivenessE2E({
    page: 'check',
    emulator: { now: () => Date.now() + skewMs },
    vitePlugins: (emulator) => [(api = livenessApi(emulator)).plugin],
  });
  const { page } = e2e;
  const log = recordNetwork(page);
  let errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const rows: TimingRow[] = [];
  let callers = 0;

  const events = () => e2e.events();
  const waitForEvent: CheckSuite['waitForEvent'] = async (type, where = () => true, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = (await events()).find((e) => e.type === type && where(e));
      if (hit) return hit;
      if (Date.now() > deadline) {
        throw new Error(`No '${type}' event within ${timeoutMs} ms; events: ${JSON.stringify(await events())}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  return {
    e2e,
    api,
    page,
    advanceEmulatorClock(ms) {
      skewMs += ms;
    },
    onMachineClock: (emulatorAt) => emulatorAt - skewMs,
    network: () => log,
    pageErrors: () => errors,
    async start({
      query = {},
      scenarios = [],
      settings = { AuditImagesLimit: 2 },
      onSessionCreated,
      startWith = 'click',
    } = {}) {
      e2e.emulator.reset();
      e2e.emulator.queueScenario(...scenarios);
      api.setSessionSettings(settings);
      api.onSessionCreated(onSessionCreated);
      log.length = 0;
      errors = [];
      callers += 1;
      await e2e.open({ caller: `e2e-caller-${process.pid}-${callers}`, ...query });
      const button = page.getByRole('button', { name: 'Start check' });
      if (startWith === 'click') return button.click();
      await button.waitFor();
      for (let tabs = 0; tabs < 10 && !(await button.evaluate((b) => b === document.activeElement)); tabs++) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
    },
    async waitForState(state, timeoutMs = 60_000) {
      await page.locator(`.rfl-check[data-state="${state}"]`).waitFor({ timeout: timeoutMs });
    },
    async settle(attempt = 1, timeoutMs = 90_000) {
      const isStart = (e: E2eEvent) => e.type === 'state' && e.detail?.state === 'creatingSession';
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const all = await events();
        const start = all.filter(isStart)[attempt - 1];
        const end =
          start && all.find((e) => e.type === 'state' && e.at >= start.at && SETTLED.includes(String(e.detail?.state)));
        if (end) {
          return {
            state: String(end.detail!.state),
            errors: all.filter((e) => e.type === 'error' && e.at >= start.at).map((e) => e.detail),
          };
        }
        if (Date.now() > deadline)
          throw new Error(`Attempt ${attempt} did not settle within ${timeoutMs} ms: ${JSON.stringify(all)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    waitForEvent,
    events,
    polls: (sessionId) =>
      e2e.emulator
        .requests({ operation: 'GetFaceLivenessSessionResults', sessionId })
        .filter((r) => r.sessionId === sessionId),
    async finish(scenario, retried = false) {
      const final = (await page.locator('.rfl-check').getAttribute('data-state')) ?? 'unknown';
      // The gauge fills over 700 ms: shoot the screen as it settles, not mid-transition.
      await page.evaluate(() =>
        Promise.all(
          document
            .getAnimations()
            .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
            .map((animation) => animation.finished.catch(() => undefined)),
        ),
      );
      await saveScreenshot(page, scenario.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
      const row = timingOf(scenario, await events(), final, retried);
      rows.push(row);
      return row;
    },
    timingTable: () => formatTimingTable(rows),
    async close() {
      api?.close();
      await e2e.close();
    },
  };
}

/** Requests the page sent to the server handler. */
export const apiRequests = (log: NetworkEntry[]) =>
  log.filter((e) => e.kind === 'http' && new URL(e.url).pathname.startsWith(API_BASE_PATH));
