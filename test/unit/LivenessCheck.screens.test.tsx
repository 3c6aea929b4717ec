/**
 * `<LivenessCheck>`'s screens as a keyboard and screen-reader user meets them: one live region
 * that says each state once, focus that follows the screens, the start screen's preparation, the
 * default audience and the continue action.
 */
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LivenessCheck, type LivenessCheckProps } from '../../src/components/LivenessCheck';
import { en } from '../../src/displayText';
import { createFakeBackend } from '../fixtures/fakeBackend';
import { createStandInDetector, type StandInBehaviour } from '../fixtures/standInDetector';

const detector = vi.hoisted(() => ({ behaviour: 'complete' as StandInBehaviour }));
vi.mock('../../src/components/LivenessCheck/loadDetector', () => ({
  loadDetector: async () => createStandInDetector({ behaviour: detector.behaviour, delayMs: 30 }),
}));
beforeEach(() => {
  detector.behaviour = 'complete';
});

const credentialProvider = async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });
const SUCCEEDED = { Status: 'SUCCEEDED', Confidence: 97.2 };

function renderCheck(props: Partial<LivenessCheckProps> & Pick<LivenessCheckProps, 'backend'>) {
  return render(
    <LivenessCheck queryClient={new QueryClient()} credentialProvider={credentialProvider} threshold={80} {...props} />,
  );
}

/** Records, at every DOM change, the live region's text and the focused element's text when either changes. */
function recordScreens(root: HTMLElement) {
  const said: string[] = [];
  const focused: string[] = [];
  const observer = new MutationObserver(() => {
    const text = root.querySelector('[role="status"]')?.textContent ?? '';
    if (text && text !== said.at(-1)) said.push(text);
    const active = document.activeElement;
    const label = active && active !== document.body ? `${active.tagName}:${active.textContent}` : 'BODY';
    if (label !== focused.at(-1)) focused.push(label);
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  return { said, focused, stop: () => observer.disconnect() };
}

describe('<LivenessCheck> announcements and focus', () => {
  it('says each state once in one polite region, and focus follows each screen’s heading', async () => {
    const { backend } = createFakeBackend({ results: [{ Status: 'IN_PROGRESS' }, SUCCEEDED], delayMs: 20 });
    const { container } = renderCheck({ backend });
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
    const log = recordScreens(container);

    await userEvent.tab();
    expect(screen.getByRole('checkbox')).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: en.startButton })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'succeeded'), {
      timeout: 3000,
    });
    await waitFor(() => expect(screen.getByRole('heading', { name: en.resultPassedHeading })).toHaveFocus());
    log.stop();

    // The same region element throughout, and each state said once, in order.
    expect(screen.getByRole('status')).toBe(region);
    expect(log.said).toEqual([en.creatingSession, en.capturingHeading, en.verifying, en.resultPassedHeading]);
    expect(log.focused).toEqual([
      `H2:${en.creatingSession}`,
      `H2:${en.capturingHeading}`,
      `H2:${en.verifying}`,
      `H2:${en.resultPassedHeading}`,
    ]);
  });

  it('announces an error with its description, and focuses its heading after the detector closes', async () => {
    detector.behaviour = { error: 'CAMERA_ACCESS_ERROR' };
    const { backend } = createFakeBackend();
    renderCheck({ backend });
    await userEvent.click(screen.getByRole('button', { name: en.startButton }));
    await waitFor(() => expect(screen.getByRole('heading', { name: en.errorHeading })).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent(`${en.errorHeading}${en.errorCAMERA_ACCESS_DENIED}`);
  });

  it('does not take focus before the user has been in the check, so an autoStart page keeps its focus', async () => {
    const { backend } = createFakeBackend({ results: [SUCCEEDED] });
    const { container } = render(
      <>
        <input aria-label="Elsewhere" />
        <LivenessCheck
          queryClient={new QueryClient()}
          credentialProvider={credentialProvider}
          backend={backend}
          threshold={80}
          autoStart
        />
      </>,
    );
    await waitFor(() => expect(container.querySelector('.rfl-check')).toHaveAttribute('data-state', 'succeeded'));
    expect(document.body).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(en.resultPassedHeading);
  });

  it('leaves focus where the user moved it outside the check', async () => {
    const { backend } = createFakeBackend({ results: [SUCCEEDED], hangOnCreate: false, delayMs: 50 });
    render(
      <>
        <input aria-label="Elsewhere" />
        <LivenessCheck
          queryClient={new QueryClient()}
          credentialProvider={credentialProvider}
          backend={backend}
          threshold={80}
        />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: en.startButton }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Elsewhere' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(en.resultPassedHeading), {
      timeout: 3000,
    });
    expect(screen.getByRole('textbox', { name: 'Elsewhere' })).toHaveFocus();
  });
});

describe('<LivenessCheck> start screen', () => {
  it('gives tips on light, position and glasses, and warns of flashing lights until no-flash is chosen', async () => {
    const { backend } = createFakeBackend();
    const { container } = renderCheck({ backend });
    const tips = screen.getByRole('list', { name: en.startTipsHeading });
    expect([...tips.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      en.startTipLight,
      en.startTipPosition,
      en.startTipGlasses,
    ]);
    const warning = () => container.querySelector('[data-notice="photosensitivity"]');
    expect(warning()).toHaveTextContent(`${en.startPhotosensitivityHeading}${en.startPhotosensitivityBody}`);
    await userEvent.click(screen.getByRole('checkbox', { name: en.startNoFlashOption }));
    expect(warning()).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: en.startNoFlashOption }));
    expect(warning()).not.toBeNull();
  });

  it('shows no warning when the app asks for the no-flash check without offering the choice', () => {
    const { backend } = createFakeBackend();
    const { container } = renderCheck({ backend, noFlash: true, offerNoFlash: false });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(container.querySelector('[data-notice="photosensitivity"]')).toBeNull();
  });
});

describe('<LivenessCheck> outcome', () => {
  it('shows the person checked the outcome by default, with no score', async () => {
    const { backend } = createFakeBackend({ results: [SUCCEEDED] });
    const { container } = renderCheck({ backend, autoStart: true });
    expect(await screen.findByRole('heading', { name: en.resultPassedHeading }, { timeout: 3000 })).toBeVisible();
    expect(container.querySelector('.rfl-result')).toHaveAttribute('data-audience', 'end-user');
    expect(screen.queryByRole('meter')).toBeNull();
    expect(container.textContent).not.toMatch(/97/);
  });

  it('keeps the reviewer view when asked for', async () => {
    const { backend } = createFakeBackend({ results: [SUCCEEDED] });
    renderCheck({ backend, autoStart: true, audience: 'reviewer' });
    expect(await screen.findByRole('meter', {}, { timeout: 3000 })).toHaveAttribute('aria-valuenow', '97.2');
    expect(screen.getByRole('status')).toHaveTextContent(en.verdictLive);
  });

  it('offers Continue with the final results when onContinue is given', async () => {
    const { backend } = createFakeBackend({ results: [SUCCEEDED] });
    const onContinue = vi.fn();
    renderCheck({ backend, autoStart: true, onContinue });
    await userEvent.click(await screen.findByRole('button', { name: en.continueButton }, { timeout: 3000 }));
    expect(onContinue).toHaveBeenCalledOnce();
    expect(onContinue.mock.calls[0]![0]).toMatchObject({ status: 'SUCCEEDED', confidence: 97.2 });
  });

  it('says the service could not finish, not that the person failed, for status FAILED', async () => {
    const { backend } = createFakeBackend({ results: [{ Status: 'FAILED' }] });
    const { container } = renderCheck({ backend, autoStart: true });
    expect(await screen.findByRole('heading', { name: en.resultFailedHeading }, { timeout: 3000 })).toBeVisible();
    expect(container.querySelector('.rfl-result')).toHaveAttribute('data-outcome', 'service-failed');
    expect(screen.queryByText(en.resultNotPassedHeading)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(en.resultFailedHeading);
  });
});
