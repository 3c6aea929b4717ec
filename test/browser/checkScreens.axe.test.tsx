/**
 * axe on every screen of `<LivenessCheck>` (start to each outcome, the reviewer's dialog), in the
 * light and dark themes, at a desktop and a phone (375 × 812) viewport.
 */
import { cleanup, render, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { CHECK_SCREENS, ScriptedCheck } from '../fixtures/checkScreens';

afterEach(() => cleanup());
afterAll(() => page.viewport(414, 896));

const cases = CHECK_SCREENS.flatMap((screen) =>
  (['light', 'dark'] as const).flatMap((theme) =>
    (
      [
        ['desktop', 1280, 800],
        ['phone', 375, 812],
      ] as const
    ).map(([size, width, height]) => ({ screen, theme, size, width, height })),
  ),
);

describe('axe on every screen', () => {
  it.each(cases)('$screen.name, $theme, $size', async ({ screen, theme, width, height }) => {
    await page.viewport(width, height);
    const { container } = render(
      <main
        data-rfl-theme={theme}
        style={{ background: 'var(--rfl-color-surface)', color: 'var(--rfl-color-text)', padding: 16 }}
      >
        <h1>Identity check</h1>
        <ScriptedCheck screen={screen} />
      </main>,
    );
    await waitFor(() => expect(container.querySelector('.rfl-check')).toHaveAttribute('data-state', screen.state), {
      timeout: 4000,
    });
    await waitFor(() =>
      expect([...container.querySelectorAll('.rfl-audit-image[data-state="loading"]')]).toHaveLength(0),
    );
    if (screen.openDialog) {
      container.querySelectorAll<HTMLButtonElement>('.rfl-result-image-open')[1]!.click();
      await waitFor(() =>
        expect(document.querySelector('dialog[open] .rfl-audit-image')).toHaveAttribute('data-state', 'loaded'),
      );
    }
    // The gauge's fill ends before colours are read (the spinner never ends: not waited for).
    await Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    );
    const { violations } = await axe.run(document.body, { resultTypes: ['violations'] });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
