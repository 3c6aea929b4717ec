/**
 * The theming traps of docs/theming.md ("Theming traps"), in Chromium with computed styles, and the
 * icon shapes that the verdict and the outcome icon share.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { LivenessResult } from '../../src/components/LivenessResult';
import { makeResults } from '../fixtures/results';

afterEach(() => cleanup());

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
