import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef, Profiler, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LivenessResult } from '../../src/components/LivenessResult';
import { es } from '../../src/displayText';
import {
  ALL_FEEDBACK,
  astronautJpeg,
  BOXES,
  bytesImage,
  jitteredFace,
  makeResults,
  urlImage,
} from '../fixtures/results';

let created: string[];
let revoked: string[];

beforeEach(() => {
  created = [];
  revoked = [];
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: vi.fn(() => {
        created.push(`blob:test/${created.length + 1}`);
        return created.at(-1)!;
      }),
      revokeObjectURL: vi.fn((url: string) => revoked.push(url)),
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

const root = (container: HTMLElement) => container.querySelector('.rfl-result')!;

describe('<LivenessResult> for a reviewer', () => {
  it('shows the verdict, the gauge, the reference image and every audit image', () => {
    const { container } = render(<LivenessResult results={makeResults()} threshold={80} />);
    expect(root(container)).toHaveAttribute('data-state', 'succeeded');
    expect(root(container)).toHaveAttribute('data-verdict', 'live');
    expect(root(container)).toHaveAttribute('data-audience', 'reviewer');
    expect(screen.getByRole('heading', { level: 2, name: 'Live' })).toHaveAttribute('data-verdict', 'live');
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '93.4');
    expect(
      screen.getByRole('img', { name: 'Reference image of the face, taken during the check' }),
    ).toBeInTheDocument();
    const audit = screen.getByRole('group', { name: 'Audit images' });
    expect(within(audit).getAllByRole('listitem')).toHaveLength(4);
    expect(within(audit).getByRole('img', { name: 'Audit image 4 of 4, taken during the check' })).toBeInTheDocument();
    expect(container.querySelectorAll('.rfl-audit-image-box')).toHaveLength(5);
  });

  it('gives no verdict without a threshold, and says why', () => {
    const { container } = render(<LivenessResult results={makeResults()} />);
    expect(root(container)).not.toHaveAttribute('data-verdict');
    expect(screen.getByRole('heading', { level: 2, name: 'Check complete' })).toBeInTheDocument();
    expect(screen.getByText(/No threshold was set/)).toBeInTheDocument();
  });

  it("uses the server's isLive over the threshold", () => {
    const { container } = render(
      <LivenessResult results={makeResults({ confidence: 97, isLive: false })} threshold={50} />,
    );
    expect(root(container)).toHaveAttribute('data-verdict', 'not-live');
    expect(screen.getByRole('heading', { level: 2, name: 'Not live' })).toBeInTheDocument();
  });

  it('says when there are no audit images', () => {
    render(<LivenessResult results={makeResults({}, 0)} threshold={80} />);
    expect(screen.getByText('The service returned no audit images.')).toBeInTheDocument();
  });

  it('says when the reference image is missing and offers a retry', () => {
    const onRetry = vi.fn();
    const { container } = render(
      <LivenessResult
        results={makeResults({ referenceImage: undefined, confidence: 42 })}
        threshold={80}
        onRetry={onRetry}
      />,
    );
    expect(container.querySelector('[data-notice="missing-reference-image"]')).toHaveTextContent(
      'No reference image was returned. AWS advises running the check again.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('next to "Live", says the pass stands and the retry is only for a reference image on record', () => {
    const { container } = render(
      <LivenessResult results={makeResults({ referenceImage: undefined })} threshold={80} onRetry={() => {}} />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Live' })).toBeInTheDocument();
    expect(container.querySelector('[data-notice="missing-reference-image"]')).toHaveTextContent(
      'The check passed, but no reference image was returned. If you need one on record, AWS advises running the check again.',
    );
  });

  it.each([
    [{ confidence: 97, isLive: false }, 'not-live-above', 'The server decided “not live” although the score is above'],
    [{ confidence: 12, isLive: true }, 'live-below', 'The server decided “live” although the score is below'],
  ] as const)('explains a server decision that the gauge contradicts: %o', (over, conflict, words) => {
    const { container } = render(<LivenessResult results={makeResults(over)} threshold={80} />);
    const notice = container.querySelector('[data-notice="server-decision"]');
    expect(notice).toHaveAttribute('data-conflict', conflict);
    expect(notice!.textContent).toContain(words);
  });

  it('gives no decision notice when the server and the threshold agree', () => {
    const { container } = render(
      <LivenessResult results={makeResults({ confidence: 97, isLive: true })} threshold={80} />,
    );
    expect(container.querySelector('[data-notice="server-decision"]')).toBeNull();
  });

  it('hides and shows every face box with one switch', () => {
    const { container } = render(<LivenessResult results={makeResults()} threshold={80} />);
    const images = container.querySelector('.rfl-result-images')!;
    expect(images).toHaveAttribute('data-boxes', 'shown');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show face boxes' }));
    expect(images).toHaveAttribute('data-boxes', 'hidden');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show face boxes' }));
    expect(images).toHaveAttribute('data-boxes', 'shown');
  });

  it('opens each picture from a button named after it', () => {
    render(<LivenessResult results={makeResults()} threshold={80} />);
    expect(
      screen.getAllByRole('button', { name: /^View full size: / }).map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'View full size: Reference image of the face, taken during the check',
      'View full size: Audit image 1 of 4, taken during the check',
      'View full size: Audit image 2 of 4, taken during the check',
      'View full size: Audit image 3 of 4, taken during the check',
      'View full size: Audit image 4 of 4, taken during the check',
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows feedback codes as readable lines: known codes in our words, others by message or code', () => {
    render(<LivenessResult results={makeResults({ feedback: ALL_FEEDBACK })} threshold={80} />);
    const list = within(screen.getByRole('group', { name: 'What the service noticed' })).getAllByRole('listitem');
    expect(list.map((item) => item.textContent)).toEqual([
      'The eyes were closed during the check.',
      'The face was not centred in the oval.',
      'The face was not fully visible.',
      'Something covered part of the face.',
      'The light was too bright.',
      'The light was too dim.',
      'The video quality was too low.',
      'A newer service version noticed something.',
      'The service reported something about this check (code FUTURE_CODE_WITHOUT_MESSAGE).',
    ]);
    expect(list[0]).toHaveAttribute('data-code', 'EYES_CLOSED_DETECTED');
  });

  it('names a thumbnail with the note it shows when the face box lies outside the picture', () => {
    const results = makeResults({ auditImages: [bytesImage(BOXES.outside), bytesImage(BOXES.face)] });
    render(<LivenessResult results={results} threshold={80} />);
    const audit = within(screen.getByRole('group', { name: 'Audit images' }));
    expect(
      audit.getByRole('button', {
        name: 'View full size: Audit image 1 of 2, taken during the check. The face box lies outside this picture',
      }),
    ).toBeInTheDocument();
    expect(
      audit.getByRole('button', { name: 'View full size: Audit image 2 of 2, taken during the check' }),
    ).toBeInTheDocument();
  });

  it('renders in Spanish', () => {
    render(<LivenessResult results={makeResults()} threshold={95} displayText={es} />);
    expect(screen.getByRole('heading', { level: 2, name: 'No es una persona real' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Imágenes de auditoría' })).toBeInTheDocument();
  });
});

describe('<LivenessResult> for the person checked', () => {
  it('shows only pass or fail: no score, no gauge, no images', () => {
    const { container } = render(<LivenessResult results={makeResults()} threshold={80} audience="end-user" />);
    expect(root(container)).toHaveAttribute('data-audience', 'end-user');
    expect(screen.getByRole('heading', { name: 'Check passed' })).toBeInTheDocument();
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.textContent).not.toMatch(/93/);
    expect(created).toEqual([]);
  });

  it.each([
    [{}, 'passed', 'Continue'],
    [{ confidence: 20 }, 'not-passed', 'Try again'],
  ] as const)('marks the outcome %o as %s for its icon and colour; the main action is %s', (over, outcome, main) => {
    const onContinue = vi.fn();
    const results = makeResults(over);
    const { container } = render(
      <LivenessResult
        results={results}
        threshold={80}
        audience="end-user"
        onRetry={() => {}}
        onContinue={onContinue}
      />,
    );
    expect(root(container)).toHaveAttribute('data-outcome', outcome);
    expect(container.querySelector('.rfl-result-status')).toHaveAttribute('data-outcome', outcome);
    expect(container.querySelector('.rfl-outcome-icon')).toHaveAttribute('aria-hidden', 'true');
    const buttons = screen.getAllByRole('button');
    expect(buttons[0]).toHaveTextContent(main);
    expect(buttons[0]).not.toHaveAttribute('data-variant');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledWith(results);
  });

  it('shows no continue button without onContinue', () => {
    render(<LivenessResult results={makeResults()} threshold={80} audience="end-user" />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a retry when the check did not pass', () => {
    const onRetry = vi.fn();
    render(
      <LivenessResult results={makeResults({ confidence: 20 })} threshold={80} audience="end-user" onRetry={onRetry} />,
    );
    expect(screen.getByRole('heading', { name: 'Check not passed' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

describe('<LivenessResult> final and pending statuses', () => {
  it.each([
    ['FAILED', 'failed', 'The service could not finish the check'],
    ['EXPIRED', 'expired', 'The check expired'],
  ] as const)('%s is its own view with a retry action', (status, state, heading) => {
    const onRetry = vi.fn();
    const { container } = render(
      <LivenessResult results={makeResults({ status, confidence: undefined }, 0)} onRetry={onRetry} />,
    );
    expect(root(container)).toHaveAttribute('data-state', state);
    expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    expect(screen.queryByRole('meter')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows no retry button without onRetry', () => {
    render(<LivenessResult results={makeResults({ status: 'EXPIRED' })} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('announces that it is waiting while the session is in progress', () => {
    const { container } = render(<LivenessResult results={makeResults({ status: 'IN_PROGRESS' })} />);
    expect(root(container)).toHaveAttribute('data-state', 'pending');
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for the result…');
  });
});

describe('<LivenessResult> object URLs and props', () => {
  it('makes one URL per byte array, none on re-render with the same results, and revokes all on unmount', async () => {
    // Five images, each with its own bytes (makeResults alone shares one array among all five).
    const results = makeResults({
      referenceImage: bytesImage(BOXES.face, astronautJpeg.slice()),
      auditImages: [0, 1, 2, 3].map((i) => bytesImage(jitteredFace(i), astronautJpeg.slice())),
    });
    const { rerender, unmount } = render(
      <StrictMode>
        <LivenessResult results={results} threshold={80} />
      </StrictMode>,
    );
    const afterMount = created.length;
    // StrictMode mounts effects twice: each image keeps its one URL across the second mount.
    expect(afterMount).toBe(5);
    expect(revoked).toEqual([]);
    rerender(
      <StrictMode>
        <LivenessResult results={results} threshold={70} />
      </StrictMode>,
    );
    expect(created).toHaveLength(afterMount);
    unmount();
    // The last holder lets go; the revocation follows a microtask later.
    await Promise.resolve();
    expect([...revoked].sort()).toEqual([...created].sort());
  });

  it('shows five pictures in one commit: the object URLs exist in the first render', () => {
    const commits: string[] = [];
    const { container } = render(
      <Profiler id="result" onRender={(_id, phase) => commits.push(phase)}>
        <LivenessResult
          results={makeResults({
            referenceImage: bytesImage(BOXES.face, astronautJpeg.slice()),
            auditImages: [0, 1, 2, 3].map((i) => bytesImage(jitteredFace(i), astronautJpeg.slice())),
          })}
          threshold={80}
        />
      </Profiler>,
    );
    expect(commits).toEqual(['mount']);
    expect([...container.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(created);
    expect(created).toHaveLength(5);
  });

  it('shares one URL among images with the same byte array, revoked when the last one goes', async () => {
    const results = makeResults();
    const { unmount } = render(<LivenessResult results={results} threshold={80} />);
    expect(created).toHaveLength(1);
    unmount();
    await Promise.resolve();
    expect(revoked).toEqual(created);
  });

  it('forwards its ref and spreads props', () => {
    const ref = createRef<HTMLDivElement>();
    render(<LivenessResult ref={ref} results={makeResults()} className="mine" data-testid="result" />);
    expect(ref.current).toBe(screen.getByTestId('result'));
    expect(ref.current).toHaveClass('rfl-result', 'mine');
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const element = (
      <LivenessResult
        results={makeResults({ referenceImage: urlImage({ left: 0.3, top: 0.1, width: 0.3, height: 0.4 }) })}
        threshold={80}
      />
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const consoleError = vi.spyOn(console, 'error');
    const hydrated = await act(async () => hydrateRoot(container, element));
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.querySelector('[role="meter"]')).toHaveAttribute('aria-valuenow', '93.4');
    act(() => hydrated.unmount());
    container.remove();
    consoleError.mockRestore();
  });
});
