/**
 * The camera screens as shipped: the real `<LivenessCheck>` and Amplify detector in Chromium
 * against the emulator, the page importing no Amplify CSS (the detector's stylesheet comes with the
 * lazy detector chunk). One brand and one colour scheme from start to camera, at desktop and phone
 * sizes. Screenshots go to $E2E_SCREENSHOTS (default: the OS temp dir).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './harness/checkRun';
import { startCheckSuite, type CheckSuite } from './harness/checkSuite';

let suite: CheckSuite;

beforeAll(async () => {
  suite = await startCheckSuite();
});
afterAll(async () => {
  await suite?.close();
});

interface Look {
  stage: string;
  wrapper: string;
  toast: string;
  toastText: string;
  cancel: string;
  warningHeight: number;
  boxes: Record<
    'check' | 'camera' | 'video' | 'toast' | 'cancel',
    { top: number; left: number; right: number; bottom: number }
  >;
}

async function openDetector(scheme: 'light' | 'dark', width: number, height: number): Promise<Look> {
  const { page } = suite;
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: scheme });
  await suite.start();
  await page.locator('.rfl-check-detector .amplify-liveness-toast--primary').first().waitFor({ timeout: 60_000 });
  await page.locator('.rfl-check-detector .amplify-liveness-cancel-button').waitFor();
  await page.locator('.rfl-check-detector video').waitFor();
  await saveScreenshot(page, `detector-${scheme}-${width}x${height}`);
  return page.evaluate(() => {
    const one = (selector: string) =>
      document.querySelector(`.rfl-check-detector ${selector}`) ?? document.querySelector(selector)!;
    const box = (selector: string) => {
      const { top, left, right, bottom } = one(selector).getBoundingClientRect();
      return { top, left, right, bottom };
    };
    const toast = one('.amplify-liveness-toast--primary');
    return {
      stage: getComputedStyle(one('.amplify-liveness-camera-module')).backgroundColor,
      wrapper: getComputedStyle(document.querySelector('.rfl-check-detector')!).backgroundColor,
      toast: getComputedStyle(toast).backgroundColor,
      toastText: getComputedStyle(toast.querySelector('.amplify-liveness-toast__message')!).color,
      cancel: getComputedStyle(one('.amplify-liveness-cancel-button')).color,
      warningHeight: one('.amplify-liveness-start-screen-warning').getBoundingClientRect().height,
      boxes: {
        check: box('.rfl-check'),
        camera: box('.amplify-liveness-camera-module'),
        video: box('video'),
        toast: box('.amplify-liveness-toast--primary'),
        cancel: box('.amplify-liveness-cancel-button'),
      },
    };
  });
}

/** Whether two boxes share any area. */
const overlap = (a: Look['boxes']['toast'], b: Look['boxes']['toast']) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the detector under our tokens (real detector, Chromium, emulator)', () => {
  it('is light with our accent under prefers-color-scheme: light, at 800x700', async () => {
    const look = await openDetector('light', 800, 700);
    expect(look.stage).toBe('rgb(255, 255, 255)');
    // --rfl-color-accent (#0a62c9) on the hint toast and the cancel button, not Amplify's teal.
    expect(look.toast).toBe('rgb(10, 98, 201)');
    expect(look.toastText).toBe('rgb(255, 255, 255)');
    expect(look.cancel).toBe('rgb(10, 98, 201)');
    expect(overlap(look.boxes.toast, look.boxes.cancel)).toBe(false);
  });

  it('turns dark with our cards under prefers-color-scheme: dark', async () => {
    const look = await openDetector('dark', 800, 700);
    // --rfl-color-surface in dark (#11161d) behind the video, not Amplify's white stage.
    expect(look.stage).toBe('rgb(17, 22, 29)');
    expect(look.wrapper).toBe('rgb(17, 22, 29)');
    // The dark accent (#6cb6ff) with the dark on-accent text (#0b1220).
    expect(look.toast).toBe('rgb(108, 182, 255)');
    expect(look.toastText).toBe('rgb(11, 18, 32)');
    expect(look.cancel).toBe('rgb(108, 182, 255)');
  });

  it.each(['light', 'dark'] as const)(
    'fills a 375x812 phone (%s): no band above the camera, toast clear of cancel',
    async (scheme) => {
      const look = await openDetector(scheme, 375, 812);
      const { check, camera, video, toast, cancel } = look.boxes;
      // Full bleed: the camera spans the viewport's width.
      expect([camera.left, camera.right]).toEqual([0, 375]);
      // No empty band: Amplify's invisible photosensitivity warning (it kept 96 px) takes no room.
      expect(video.top - check.top).toBeLessThanOrEqual(1);
      expect(look.warningHeight).toBe(0);
      expect(overlap(toast, cancel)).toBe(false);
    },
  );
});
