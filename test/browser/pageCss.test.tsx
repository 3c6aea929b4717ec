/**
 * Our look survives the page it lands in: with the default CSS of a new create-next-app or
 * create-vite app (copied from the registry packages, see test/fixtures/PROVENANCE.md) and with
 * Amplify's whole stylesheet loaded after ours, our screens compute the styles they have in
 * Storybook. The page sheets come last, as in an app whose layout imports its CSS after ours.
 */
import { cleanup, render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import amplifyCss from '@aws-amplify/ui-react/styles.css?raw';
import nextGlobals from '../fixtures/pageCss/create-next-app-16.4.3.globals.css?raw';
import vite9Index from '../fixtures/pageCss/create-vite-9.3.0.index.css?raw';
import vite9App from '../fixtures/pageCss/create-vite-9.3.0.App.css?raw';
import vite6Index from '../fixtures/pageCss/create-vite-6.5.0.index.css?raw';
import vite6App from '../fixtures/pageCss/create-vite-6.5.0.App.css?raw';
import { LivenessCheck } from '../../src/components/LivenessCheck';
import { LivenessResult } from '../../src/components/LivenessResult';
import type { LivenessResults } from '../../src/core/types';
import { createFakeBackend } from '../fixtures/fakeBackend';

const added: HTMLStyleElement[] = [];
afterEach(() => {
  cleanup();
  for (const sheet of added.splice(0)) sheet.remove();
  document.getElementById('root')?.remove();
});

function addSheets(...sheets: string[]) {
  for (const css of sheets) {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    added.push(style);
  }
}

const results: LivenessResults = {
  sessionId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  status: 'SUCCEEDED',
  confidence: 93.46,
  auditImages: [],
  feedback: [],
};

/** Both screens inside the `#root` a Vite or Next page mounts into, so `#root { … }` rules apply. */
function renderScreens() {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  render(
    <>
      <LivenessCheck backend={createFakeBackend().backend} queryClient={new QueryClient()} />
      <LivenessResult results={results} threshold={80} />
    </>,
    { container: root },
  );
}

const PROPERTIES = {
  '.rfl-check': ['textAlign', 'fontFamily', 'fontWeight', 'letterSpacing', 'color'],
  '.rfl-check-view': ['paddingTop', 'paddingLeft', 'textAlign', 'backgroundColor'],
  '.rfl-check-heading': [
    'color',
    'fontFamily',
    'fontWeight',
    'fontSize',
    'lineHeight',
    'marginBottom',
    'letterSpacing',
  ],
  '.rfl-check-description': ['color', 'marginTop', 'marginBottom'],
  '.rfl-button': [
    'paddingTop',
    'paddingLeft',
    'fontWeight',
    'fontSize',
    'fontFamily',
    'color',
    'backgroundColor',
    'borderTopWidth',
    'borderTopLeftRadius',
  ],
  '.rfl-result': ['textAlign', 'paddingTop', 'color', 'backgroundColor'],
  '.rfl-result-heading': ['color', 'fontFamily', 'fontWeight', 'fontSize', 'marginBottom'],
  '.rfl-result-summary-text .rfl-verdict': ['color', 'fontWeight'],
  '.rfl-gauge': ['textAlign', 'color'],
} as const;

type Snapshot = Record<string, Record<string, string>>;

function computed(): Snapshot {
  return Object.fromEntries(
    Object.entries(PROPERTIES).map(([selector, props]) => {
      const element = document.querySelector(selector);
      expect(element, selector).not.toBeNull();
      const style = getComputedStyle(element!);
      return [selector, Object.fromEntries(props.map((prop) => [prop, style[prop]]))];
    }),
  );
}

/** What Storybook shows, measured without any page CSS: the key values, written out. */
function storybookLook() {
  renderScreens();
  const look = computed();
  cleanup();
  document.getElementById('root')?.remove();
  return look;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
// #1b1f24, derived from the surface (tokens.css): a relative colour, so Chromium writes it as color(srgb).
const TEXT = 'color(srgb 0.105882 0.121569 0.141176)';

describe('our look on the page it lands in (Chromium)', () => {
  it('has the literal Storybook values without page CSS', () => {
    const look = storybookLook();
    expect(look['.rfl-check']).toMatchObject({ textAlign: 'start', fontFamily: FONT, fontWeight: '400' });
    expect(look['.rfl-button']).toEqual({
      paddingTop: '9.6px',
      paddingLeft: '19.2px',
      fontWeight: '650',
      fontSize: '16px',
      fontFamily: FONT,
      color: 'rgb(255, 255, 255)',
      backgroundColor: 'rgb(10, 98, 201)',
      borderTopWidth: '0px',
      borderTopLeftRadius: '8px',
    });
    expect(look['.rfl-check-heading']).toMatchObject({
      color: TEXT,
      fontWeight: '650',
      fontSize: '24px',
      lineHeight: '36px',
      marginBottom: '0px',
      letterSpacing: 'normal',
    });
    expect(look['.rfl-result-summary-text .rfl-verdict']).toEqual({ color: 'rgb(23, 117, 58)', fontWeight: '650' });
    expect(look['.rfl-check-view']).toMatchObject({ paddingTop: '24px', textAlign: 'start' });
    expect(look['.rfl-result']).toMatchObject({ paddingTop: '24px', textAlign: 'start' });
  });

  it.each([
    ['create-next-app 16.4.3', [nextGlobals]],
    ['create-next-app 16.4.3 + Amplify', [nextGlobals, amplifyCss]],
    ['create-vite 6.5.0 + Amplify', [vite6Index, vite6App, amplifyCss]],
    // Its `:root { font: 18px/145% … }` drops to 16 px below 1024 px wide, as this viewport is.
    ['create-vite 9.3.0 + Amplify', [vite9Index, vite9App, amplifyCss]],
  ])('computes the same styles under %s', (_, sheets) => {
    const look = storybookLook();
    addSheets(...sheets);
    renderScreens();
    expect(computed()).toEqual(look);
    expect(getComputedStyle(document.querySelector('.rfl-button')!).paddingTop).toBe('9.6px');
    expect(getComputedStyle(document.querySelector('.rfl-check-heading')!).color).toBe(TEXT);
  });
});
