import { LivenessResult, type LivenessResults } from '../src/index';

/** What a reviewer sees of the last check: verdict, gauge, reference and audit images with face boxes. */
export function ReviewerPanel({ results, threshold }: { results: LivenessResults | undefined; threshold: number }) {
  return (
    <section className="demo-pane" aria-labelledby="demo-reviewer-heading" data-demo="reviewer">
      <h2 id="demo-reviewer-heading">Reviewer view</h2>
      <p className="demo-hint">
        The score and the images, for a human review where the risk is high. AWS advises not to show the score to the
        person checked: the end-user view on the left shows only pass or fail.
      </p>
      {results ? (
        <LivenessResult results={results} audience="reviewer" threshold={threshold} />
      ) : (
        <p className="demo-empty">The reviewer’s view of a check appears here once it has a result.</p>
      )}
    </section>
  );
}
