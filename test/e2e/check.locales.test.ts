/**
 * The whole flow in another language, and the no-flash path, as a person meets them: the real
 * `<LivenessCheck>` and detector in headless Chromium with the fixture face as camera,
 * `createFetchBackend` → `createLivenessHandler` → the emulator. A script in the page records every
 * text node it ever shows (per `data-state`) and whether the detector's colour canvas ever appears.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateFaceLivenessSessionRequestSettings } from '@aws-sdk/client-rekognition';
import type { LivenessLocale } from '../../src/displayText';
import { arLocale, enLocale, jaLocale } from '../../src/displayText/locales';
import { saveScreenshot } from './harness/checkRun';
import { startCheckSuite, type CheckSuite } from './harness/checkSuite';

interface SeenText {
  state: string;
  text: string;
  /** Inside one of our `<bdi>` values (a number, a percentage, the session id). */
  value: boolean;
}
declare global {
  interface Window {
    __seen?: { texts: SeenText[]; colourCanvasShown: number };
  }
}

/** Runs in the page before its own scripts: records text nodes and the detector's colour canvas. */
function recordWhatIsShown() {
  const seen = (window.__seen = { texts: [] as SeenText[], colourCanvasShown: 0 });
  const keys = new Set<string>();
  const check = () => {
    const root = document.querySelector('.rfl-check');
    if (!root) return;
    const state = root.getAttribute('data-state') ?? '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const key = `${state}|${text}`;
      if (text === '' || keys.has(key)) continue;
      keys.add(key);
      seen.texts.push({ state, text, value: node.parentElement?.closest('bdi.rfl-value') != null });
    }
    const canvas = root.querySelector<HTMLCanvasElement>('.amplify-liveness-freshness-canvas');
    if (canvas && canvas.style.display === 'block') seen.colourCanvasShown += 1;
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
}

let suite: CheckSuite;
let callers = 0;

beforeAll(async () => {
  suite = await startCheckSuite();
  await suite.page.addInitScript(recordWhatIsShown);
});
afterAll(async () => {
  await suite?.close();
});

interface Run {
  pack: LivenessLocale;
  query?: Record<string, string>;
  settings?: CreateFaceLivenessSessionRequestSettings;
  /** Tick "I'm sensitive to flashing lights" before starting. */
  tickNoFlash?: boolean;
  shot: string;
}

/** Opens the page as a new caller, starts the check in the pack's words, and screenshots the camera. */
async function run({ pack, query = {}, settings = { AuditImagesLimit: 1 }, tickNoFlash = false, shot }: Run) {
  suite.e2e.emulator.reset();
  suite.api.setSessionSettings(settings);
  callers += 1;
  await suite.e2e.open({ caller: `e2e-locale-${process.pid}-${callers}`, ...query });
  const page = suite.page;
  if (tickNoFlash) await page.getByRole('checkbox', { name: pack.text.startNoFlashOption }).check();
  await page.getByRole('button', { name: pack.text.startButton }).click();
  await suite.waitForEvent('cameraReady');
  // The detector's hints over the camera: shot once the face is found and a toast shows.
  await page.locator('.rfl-check-detector .amplify-liveness-toast').first().waitFor({ timeout: 30_000 });
  const camera = await saveScreenshot(page, `${shot}-camera`);
  const detectorDir = await page.locator('.rfl-check-detector').getAttribute('dir');
  const cancelLabel = await page
    .locator('.rfl-check-detector .amplify-liveness-cancel-button')
    .getAttribute('aria-label');
  const settled = await suite.settle();
  await suite.waitForEvent('resultShown');
  // The gauge fills over 700 ms: shoot the result once it has settled.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
  );
  const result = await saveScreenshot(page, `${shot}-result`);
  const seen = (await page.evaluate(() => window.__seen))!;
  return { settled, seen, detectorDir, cancelLabel, shots: [camera, result] };
}

const LATIN = /[A-Za-z]/;

describe('<LivenessCheck> end to end in Arabic (right to left) and Japanese', () => {
  it.each([
    ['ar', arLocale],
    ['ja', jaLocale],
  ] as const)('%s: every string on the camera screens is in the language; the result too', async (tag, pack) => {
    const { settled, seen, detectorDir, cancelLabel, shots } = await run({
      pack,
      query: { locale: tag },
      shot: `locale-${tag}`,
    });
    console.log(`screenshots (${tag}): ${shots.join(', ')}`);
    expect(settled).toMatchObject({ state: 'succeeded', errors: [] });

    const root = suite.page.locator('.rfl-check');
    expect(await root.getAttribute('lang')).toBe(tag);
    expect(await root.getAttribute('dir')).toBe(pack.dir);
    expect(detectorDir).toBe(pack.dir);

    // The camera screens: the detector's hints, toasts and buttons, from the pack.
    const camera = seen.texts.filter((t) => t.state === 'capturing');
    const { detector: detectorText, result: resultText } = await pack.load();
    const shownByDetector = [
      detectorText.waitingCameraPermissionText,
      detectorText.hintConnectingText,
      detectorText.hintMoveFaceFrontOfCameraText,
      detectorText.recordingIndicatorText,
      detectorText.hintTooFarText,
      detectorText.hintHoldFaceForFreshnessText,
      detectorText.hintCheckCompleteText,
      detectorText.hintVerifyingText,
    ];
    expect(camera.map((t) => t.text)).toEqual(expect.arrayContaining(shownByDetector));
    expect(cancelLabel).toBe(detectorText.cancelLivenessCheckText);
    expect(camera.filter((t) => LATIN.test(t.text))).toEqual([]);

    // Every other screen: no Latin letters outside the isolated values (the session id).
    expect(seen.texts.filter((t) => !t.value && LATIN.test(t.text))).toEqual([]);
    expect(seen.texts.map((t) => t.text)).toEqual(
      expect.arrayContaining([pack.text.startHeading, resultText.verdictLive, resultText.referenceImageHeading]),
    );
    const label = await suite.page.locator('.rfl-check .rfl-gauge-label').textContent();
    expect(label).toBe(tag === 'ar' ? '98.5\u200e%\u200e' : '98.5%');
    expect(suite.pageErrors()).toEqual([]);
    expect(suite.e2e.offMachineRequests).toEqual([]);
  });
});

describe('<LivenessCheck> end to end: the no-flash path', () => {
  const colourEvents = (sessionId: string) =>
    suite.e2e.emulator
      .session(sessionId)!
      .events.filter((e) => e.name === 'ClientSessionInformationEvent' && e.detail?.ColorDisplayed !== undefined);

  it('"I’m sensitive to flashing lights" → a FaceMovementChallenge session → no colours shown → the result', async () => {
    const { settled, seen } = await run({
      pack: enLocale,
      // The server's own default is the light challenge: the person's choice overrides it.
      settings: { AuditImagesLimit: 1, ChallengePreferences: [{ Type: 'FaceMovementAndLightChallenge' }] },
      tickNoFlash: true,
      shot: 'no-flash',
    });
    expect(settled).toMatchObject({ state: 'succeeded', errors: [] });
    const [session] = suite.e2e.emulator.sessions();
    expect(session!.challengeType).toBe('FaceMovementChallenge');
    const served = session!.events.filter((e) => e.name === 'ServerSessionInformationEvent');
    expect(served.map((e) => e.detail?.challenge)).toEqual(['FaceMovementChallenge']);
    expect(colourEvents(session!.sessionId)).toEqual([]);
    expect(seen.colourCanvasShown).toBe(0);
    expect(await suite.page.locator('.rfl-check .rfl-result').getAttribute('data-state')).toBe('succeeded');
  });

  it('without the choice the same server runs the light challenge, and the colours do show (the probe works)', async () => {
    const { settled, seen } = await run({
      pack: enLocale,
      settings: { AuditImagesLimit: 1, ChallengePreferences: [{ Type: 'FaceMovementAndLightChallenge' }] },
      shot: 'with-flash',
    });
    expect(settled).toMatchObject({ state: 'succeeded', errors: [] });
    const [session] = suite.e2e.emulator.sessions();
    expect(session!.challengeType).toBe('FaceMovementAndLightChallenge');
    expect(colourEvents(session!.sessionId).length).toBeGreaterThan(0);
    expect(seen.colourCanvasShown).toBeGreaterThan(0);
  });

  it('an app can preselect it (noFlash); a refusal is shown in words and leads back to the start', async () => {
    suite.e2e.emulator.reset();
    suite.api.setSessionSettings({ AuditImagesLimit: 1 }, { movementOnlyChallenge: 'refuse' });
    callers += 1;
    await suite.e2e.open({ caller: `e2e-locale-${process.pid}-${callers}`, noFlash: '1' });
    const page = suite.page;
    expect(await page.getByRole('checkbox', { name: enLocale.text.startNoFlashOption }).isChecked()).toBe(true);
    await page.getByRole('button', { name: enLocale.text.startButton }).click();
    const { state, errors } = await suite.settle();
    expect(state).toBe('error');
    expect(errors).toEqual([{ code: 'CHALLENGE_NOT_ALLOWED', message: expect.any(String) }]);
    const view = page.locator('.rfl-check section[data-view="error"]');
    expect(await view.getAttribute('data-error-code')).toBe('CHALLENGE_NOT_ALLOWED');
    expect(await view.innerText()).toContain(enLocale.text.errorCHALLENGE_NOT_ALLOWED);
    // Refused before any AWS call: the service never saw a create request.
    expect(suite.e2e.emulator.requests({ operation: 'CreateFaceLivenessSession' })).toEqual([]);
    await saveScreenshot(page, 'no-flash-refused');

    // The way forward is the start screen, never the same refused check again.
    expect(await page.getByRole('button', { name: enLocale.text.retryButton }).count()).toBe(0);
    await page.getByRole('button', { name: enLocale.text.backToStartButton }).click();
    await suite.waitForState('idle');
    const option = page.getByRole('checkbox', { name: enLocale.text.startNoFlashOption });
    expect(await option.isChecked()).toBe(true);
    await option.uncheck();
    await page.getByRole('button', { name: enLocale.text.startButton }).click();
    expect(await suite.settle(2)).toEqual({ state: 'succeeded', errors: [] });
    const sessions = suite.e2e.emulator.sessions();
    expect(sessions.map((session) => session.challengeType)).toEqual(['FaceMovementAndLightChallenge']);
  });
});
