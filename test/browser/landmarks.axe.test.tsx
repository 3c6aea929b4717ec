/**
 * axe on pages that hold two results, as the demo does (its end-user pane and its reviewer pane
 * show the same check) and as a reviewer's list would: our views must not add region landmarks that
 * repeat a name (axe `landmark-unique`), whatever the outcome.
 */
import { cleanup, render, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { LivenessResult } from '../../src/components/LivenessResult';
import type { LivenessResults } from '../../src/core/types';
import { ReviewerPanel } from '../../demo/ReviewerPanel';
import { BOXES, bytesImage, makeResults } from '../fixtures/results';

afterEach(() => cleanup());

async function violationsOf(container: HTMLElement): Promise<string[]> {
  await waitFor(() => expect(container.querySelectorAll('.rfl-audit-image[data-state="loading"]')).toHaveLength(0));
  const { violations } = await axe.run(document.body, { resultTypes: ['violations'] });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The demo's two panes (demo/App.tsx): the end-user outcome, and the reviewer's panel beside it. */
function DemoPanes({ results }: { results: LivenessResults }) {
  return (
    <main>
      <h1>react-face-liveness</h1>
      <section aria-labelledby="user-pane">
        <h2 id="user-pane">End-user view</h2>
        <LivenessResult results={results} audience="end-user" threshold={80} />
      </section>
      <ReviewerPanel results={results} threshold={80} />
    </main>
  );
}

describe('two results on one page', () => {
  // FAILED and EXPIRED draw the same message view, with the same heading, in both panes.
  it.each(['SUCCEEDED', 'FAILED', 'EXPIRED'] as const)(
    'the demo’s panes for a %s session: axe clean',
    async (status) => {
      const { container } = render(<DemoPanes results={makeResults({ status })} />);
      expect(container.querySelectorAll('.rfl-result')).toHaveLength(2);
      expect(await violationsOf(container)).toEqual([]);
    },
  );

  it('two reviewer results side by side (a review queue): axe clean', async () => {
    const { container } = render(
      <main>
        <h1>Review queue</h1>
        <LivenessResult results={makeResults()} threshold={80} />
        <LivenessResult
          results={makeResults({ confidence: 12.5, auditImages: [bytesImage(BOXES.outside), bytesImage(BOXES.face)] })}
          threshold={80}
        />
      </main>,
    );
    expect(container.querySelectorAll('.rfl-result-audit')).toHaveLength(2);
    // The note over a picture whose face box lies outside it is checked too (contrast on the picture).
    expect(container.querySelectorAll('.rfl-audit-image-note')).toHaveLength(1);
    expect(await violationsOf(container)).toEqual([]);
  });
});
