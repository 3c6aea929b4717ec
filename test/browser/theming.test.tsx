/**
 * The theming traps of docs/theming.md ("Theming traps"), in Chromium with computed styles, and the
 * icon shapes that the verdict and the outcome icon share.
 */
import { cleanup, render } from '@testing-library/react';
import type { CSSProperties } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { LivenessResult } from '../../src/components/LivenessResult';
import { makeResults } from '../fixtures/results';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('style');
  document.getElementById('app-css')?.remove();
});

/** An app's own stylesheet, unlayered, loaded after ours. */
function appCss(css: string) {
  const style = document.createElement('style');
  style.id = 'app-css';
  style.textContent = css;
  document.head.append(style);
}

/** A failed check for the person checked: heading, description and a retry button. */
const notPassed = (props: { className?: string; style?: CSSProperties } = {}) => (
  <LivenessResult
    results={makeResults({ confidence: 12 })}
    threshold={80}
    audience="end-user"
    onRetry={() => undefined}
    {...props}
  />
);
const fontOf = (selector: string) => getComputedStyle(document.querySelector(selector)!).fontFamily;
const SYSTEM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

describe('--rfl-font-family: the app’s font on a wrapper, on our root, on :root', () => {
  it('uses the wrapper’s font when the wrapper sets --rfl-font-family: initial', () => {
    render(
      <div style={{ fontFamily: '"Courier New"', '--rfl-font-family': 'initial' } as CSSProperties}>{notPassed()}</div>,
    );
    expect(fontOf('.rfl-result-heading')).toBe('"Courier New"');
    expect(fontOf('.rfl-result-description')).toBe('"Courier New"');
    expect(fontOf('.rfl-button')).toBe('"Courier New"');
  });

  it('takes token overrides from a class on our own root', () => {
    appCss('.brand { --rfl-font-family: initial; --rfl-color-accent: #5b2a86; }');
    render(<div style={{ fontFamily: '"Courier New"' }}>{notPassed({ className: 'brand' })}</div>);
    expect(fontOf('.rfl-result-heading')).toBe('"Courier New"');
    expect(fontOf('.rfl-button')).toBe('"Courier New"');
    expect(getComputedStyle(document.querySelector('.rfl-button')!).backgroundColor).toBe('rgb(91, 42, 134)');
  });

  it('a concrete font on a wrapper, and inherit on :root, both reach our text', () => {
    render(<div style={{ '--rfl-font-family': 'Georgia, serif' } as CSSProperties}>{notPassed()}</div>);
    expect(fontOf('.rfl-result-heading')).toBe('Georgia, serif');
    cleanup();
    document.documentElement.style.setProperty('--rfl-font-family', 'inherit');
    document.documentElement.style.fontFamily = '"Courier New"';
    render(notPassed());
    expect(fontOf('.rfl-button')).toBe('"Courier New"');
  });

  it('keeps our own font by default, whatever font the page has', () => {
    render(<div style={{ fontFamily: '"Courier New"' }}>{notPassed()}</div>);
    expect(fontOf('.rfl-result-heading')).toBe(SYSTEM_FONT);
    expect(fontOf('.rfl-button')).toBe(SYSTEM_FONT);
  });
});

const clipOf = (element: Element | null) => getComputedStyle(element!, '::before').clipPath;

describe('icon shapes, each stored once', () => {
  const TICK = 'polygon(12% 48%, 0px 62%, 38% 96%, 100% 22%, 87% 8%, 38% 70%)';
  const CROSS =
    'polygon(18% 4%, 4% 18%, 36% 50%, 4% 82%, 18% 96%, 50% 64%, 82% 96%, 96% 82%, 64% 50%, 96% 18%, 82% 4%, 50% 36%)';

  it('draws the same tick and cross in the verdict and in the outcome icon', () => {
    const live = render(<LivenessResult results={makeResults({ confidence: 97 })} threshold={80} />).container;
    expect(clipOf(live.querySelector('.rfl-verdict[data-verdict="live"]'))).toBe(TICK);
    const notLive = render(<LivenessResult results={makeResults({ confidence: 12 })} threshold={80} />).container;
    expect(clipOf(notLive.querySelector('.rfl-verdict[data-verdict="not-live"]'))).toBe(CROSS);
    cleanup();

    const passed = render(
      <LivenessResult results={makeResults({ confidence: 97 })} threshold={80} audience="end-user" />,
    ).container;
    expect(clipOf(passed.querySelector('[data-outcome="passed"] > .rfl-outcome-icon'))).toBe(TICK);
    const failed = render(
      <LivenessResult results={makeResults({ confidence: 12 })} threshold={80} audience="end-user" />,
    ).container;
    expect(clipOf(failed.querySelector('[data-outcome="not-passed"] > .rfl-outcome-icon'))).toBe(CROSS);
  });
});

/** sRGB channels 0–255 of a computed colour: `rgb(…)` or `color(srgb …)` (relative colours). */
function channelsOf(color: string): number[] {
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(color);
  if (srgb) return srgb.slice(1, 4).map((c) => Math.round(Number(c) * 255));
  return /^rgba?\((\d+), (\d+), (\d+)/.exec(color)!.slice(1, 4).map(Number);
}

/** WCAG 2 contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b_] = channelsOf(color).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b_!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const colorOf = (selector: string) => getComputedStyle(document.querySelector(selector)!).color;
const surface = () => getComputedStyle(document.querySelector('.rfl-result')!).backgroundColor;

describe('--rfl-color-surface alone: text follows the surface', () => {
  it('runs in the light scheme', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(false);
  });

  it('a dark surface set on :root in the light scheme gets light text, at least 4.5:1', () => {
    document.documentElement.style.setProperty('--rfl-color-surface', '#111');
    render(notPassed());
    expect(channelsOf(surface())).toEqual([17, 17, 17]);
    expect(contrast(colorOf('.rfl-result-heading'), surface())).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colorOf('.rfl-result-description'), surface())).toBeGreaterThanOrEqual(4.5);
    // The dark scheme's tones: #e6edf3 and #a4afbb.
    expect(channelsOf(colorOf('.rfl-result-heading'))).toEqual([230, 237, 243]);
    expect(channelsOf(colorOf('.rfl-result-description'))).toEqual([164, 175, 187]);
  });

  it('a light surface under data-rfl-theme="dark" gets dark text, at least 4.5:1', () => {
    render(
      <div data-rfl-theme="dark" style={{ '--rfl-color-surface': '#fafafa' } as CSSProperties}>
        {notPassed()}
      </div>,
    );
    expect(contrast(colorOf('.rfl-result-heading'), surface())).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colorOf('.rfl-result-description'), surface())).toBeGreaterThanOrEqual(4.5);
    expect(channelsOf(colorOf('.rfl-result-heading'))).toEqual([27, 31, 36]);
  });

  it('keeps the scheme’s own tones on the default surfaces', () => {
    render(notPassed());
    expect(channelsOf(colorOf('.rfl-result-heading'))).toEqual([27, 31, 36]);
    expect(channelsOf(colorOf('.rfl-result-description'))).toEqual([77, 87, 97]);
    cleanup();
    render(<div data-rfl-theme="dark">{notPassed()}</div>);
    expect(channelsOf(surface())).toEqual([17, 22, 29]);
    expect(channelsOf(colorOf('.rfl-result-heading'))).toEqual([230, 237, 243]);
    expect(channelsOf(colorOf('.rfl-result-description'))).toEqual([164, 175, 187]);
  });

  it('a text token the app sets still wins', () => {
    document.documentElement.style.setProperty('--rfl-color-surface', '#111');
    document.documentElement.style.setProperty('--rfl-color-text', '#ffd60a');
    render(notPassed());
    expect(colorOf('.rfl-result-heading')).toBe('rgb(255, 214, 10)');
  });
});
