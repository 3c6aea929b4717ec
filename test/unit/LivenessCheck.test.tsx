import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, StrictMode, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FaceLivenessDetectorCoreProps } from '@aws-amplify/ui-react-liveness';
import { createFetchBackend } from '../../src/backend/createFetchBackend';
import { LivenessCheck, type LivenessCheckActions, type LivenessCheckProps } from '../../src/components/LivenessCheck';
import type { FlowStatus } from '../../src/core/flow';
import type { LivenessBackend } from '../../src/core/types';
import { en } from '../../src/displayText';
import { createFakeBackend, createFakeServerFetch, FAKE_SESSION_IDS } from '../fixtures/fakeBackend';
import { createStandInDetector, type StandInBehaviour } from '../fixtures/standInDetector';
import { findErrorView } from './errorView';

// The detector is replaced at the module boundary: the component's only door to Amplify.
const detector = vi.hoisted(() => ({
  behaviour: 'complete' as StandInBehaviour,
  mounts: [] as { props: FaceLivenessDetectorCoreProps; core: boolean }[],
  loads: 0,
  failNextLoad: false,
}));

vi.mock('../../src/components/LivenessCheck/loadDetector', () => ({
  loadDetector: async () => {
    detector.loads += 1;
    if (detector.failNextLoad) {
      detector.failNextLoad = false;
      throw new Error('chunk load failed');
    }
    const core = createStandInDetector({
      behaviour: detector.behaviour,
      onMount: (props) => detector.mounts.push({ props, core: true }),
    });
    const auth = createStandInDetector({
      behaviour: detector.behaviour,
      onMount: (props) => detector.mounts.push({ props, core: false }),
    });
    return { FaceLivenessDetectorCore: core.FaceLivenessDetectorCore, FaceLivenessDetector: auth.FaceLivenessDetector };
  },
}));

beforeEach(() => {
  detector.behaviour = 'complete';
  detector.mounts = [];
  detector.loads = 0;
  detector.failNextLoad = false;
});

const credentialProvider = async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });

function renderCheck(props: Partial<LivenessCheckProps> & Pick<LivenessCheckProps, 'backend'>) {
  return render(<LivenessCheck queryClient={new QueryClient()} credentialProvider={credentialProvider} {...props} />);
}

async function startCheck() {
  await userEvent.click(screen.getByRole('button', { name: en.startButton }));
}

describe('<LivenessCheck>', () => {
  it('starts on the start screen and runs the whole check to the result', async () => {
    const { backend, tokens, polls } = createFakeBackend({
      results: [{ Status: 'IN_PROGRESS' }, { Status: 'SUCCEEDED', Confidence: 98.4 }],
    });
    const onComplete = vi.fn();
    const config = {
      binaryPath: '/wasm/',
      faceModelUrl: '/model/model.json',
      endpointOverride: 'https://localhost:8443',
      deviceId: 'cam-1',
    };
    const detectorText = { hintCenterFaceText: 'Centre your face' };
    const components = { PhotosensitiveWarning: () => null };
    const { container } = renderCheck({
      backend,
      onComplete,
      detector: { config, displayText: detectorText, components },
      threshold: 80,
      region: 'eu-west-1',
    });
    expect(screen.getByRole('heading', { name: en.startHeading })).toBeInTheDocument();
    expect(detector.loads).toBe(0);

    await startCheck();
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'succeeded'), {
      timeout: 3000,
    });
    // The default audience is the person checked: the outcome, not the score.
    expect(screen.getByRole('heading', { level: 2, name: en.resultPassedHeading })).toBeInTheDocument();
    expect(screen.queryByRole('meter')).toBeNull();
    expect(tokens).toHaveLength(1);
    // IN_PROGRESS, then SUCCEEDED: two polls, and none after the final status.
    expect(polls).toEqual([FAKE_SESSION_IDS[0], FAKE_SESSION_IDS[0]]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 700)));
    expect(polls).toHaveLength(2);
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ status: 'SUCCEEDED', confidence: 98.4 }));

    const [mount] = detector.mounts;
    expect(mount!.core).toBe(true);
    expect(mount!.props).toMatchObject({
      sessionId: FAKE_SESSION_IDS[0],
      region: 'us-east-1',
      disableStartScreen: true,
      displayText: detectorText,
      components,
    });
    expect(mount!.props.config).toMatchObject(config);
    await expect(mount!.props.config!.credentialProvider!()).resolves.toMatchObject({ accessKeyId: 'AKIDEXAMPLE' });
  });

  it('uses Amplify Auth (FaceLivenessDetector) when no credentials are given', async () => {
    const { backend } = createFakeBackend();
    detector.behaviour = 'idle';
    render(
      <LivenessCheck
        backend={backend}
        queryClient={new QueryClient()}
        detector={{ config: { endpointOverride: 'https://x', binaryPath: '/w/' }, disableStartScreen: false }}
      />,
    );
    await startCheck();
    await screen.findByTestId('stand-in-detector');
    expect(detector.mounts[0]!.core).toBe(false);
    expect(detector.mounts[0]!.props.config).toEqual({ binaryPath: '/w/' });
    expect(detector.mounts[0]!.props.disableStartScreen).toBe(false);
  });

  it('shows one error for TIMEOUT followed by SERVER_ERROR, and retries on a fresh session and detector', async () => {
    const { backend, tokens } = createFakeBackend();
    const onError = vi.fn();
    detector.behaviour = 'faceFitTimeout';
    renderCheck({ backend, onError });
    await startCheck();
    const alert = await findErrorView();
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(alert).toHaveTextContent(en.errorFACE_FIT_TIMEOUT);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'FACE_FIT_TIMEOUT' });
    await waitFor(() => expect(screen.getByRole('heading', { name: en.errorHeading })).toHaveFocus());

    detector.behaviour = 'complete';
    await userEvent.click(screen.getByRole('button', { name: en.retryButton }));
    await waitFor(() => expect(detector.mounts).toHaveLength(2));
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(detector.mounts[1]!.props.sessionId).toBe(FAKE_SESSION_IDS[1]);
  });

  it('ends a detector stuck on "Connecting…" with a clear error', async () => {
    const { backend } = createFakeBackend();
    detector.behaviour = 'connecting';
    renderCheck({ backend, connectTimeoutMs: 50 });
    await startCheck();
    expect(await findErrorView(2000)).toHaveTextContent(en.errorCAPTURE_TIMEOUT);
  });

  it('shows the cancelled view when the user cancels in the detector', async () => {
    const { backend } = createFakeBackend();
    const onCancel = vi.fn();
    detector.behaviour = 'userCancel';
    renderCheck({ backend, onCancel });
    await startCheck();
    expect(await screen.findByRole('heading', { name: en.cancelledHeading })).toBeInTheDocument();
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('cancels while the session is being created, and sends nothing more', async () => {
    const { backend, tokens, polls } = createFakeBackend({ hangOnCreate: true });
    renderCheck({ backend });
    await startCheck();
    expect(screen.getByRole('status')).toHaveTextContent(en.creatingSession);
    await userEvent.click(screen.getByRole('button', { name: en.cancelButton }));
    expect(screen.getByRole('heading', { name: en.cancelledHeading })).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(tokens).toHaveLength(1);
    expect(polls).toHaveLength(0);
    expect(detector.mounts).toHaveLength(0);
  });

  it('creates exactly one session with autoStart under StrictMode, and does not abort it', async () => {
    // The fake rejects a request whose signal aborts, as fetch does: an abort on StrictMode's
    // simulated unmount would leave the check stuck creating its session.
    const { backend, tokens, aborted } = createFakeBackend({ delayMs: 20 });
    detector.behaviour = 'idle';
    render(
      <StrictMode>
        <LivenessCheck
          backend={backend}
          autoStart
          queryClient={new QueryClient()}
          credentialProvider={credentialProvider}
        />
      </StrictMode>,
    );
    await screen.findByTestId('stand-in-detector');
    expect(tokens).toHaveLength(1);
    expect(aborted).toEqual({ createSession: 0, getResults: 0 });
  });

  it('shows a malformed backend answer as an error view', async () => {
    const backend = { createSession: async () => ({ id: 'nope' }), getResults: async () => ({}) };
    renderCheck({ backend });
    await startCheck();
    expect(await findErrorView()).toHaveTextContent(en.errorINVALID_RESPONSE);
  });

  it('passes the session’s streaming endpoint to the detector as endpointOverride, unless the app set one', async () => {
    for (const [config, expected] of [
      [{ binaryPath: '/wasm/' }, 'https://localhost:8443'],
      [{ endpointOverride: 'wss://mine.test' }, 'wss://mine.test'],
    ] as const) {
      detector.mounts = [];
      const { backend } = createFakeBackend({ results: [{ Status: 'SUCCEEDED', Confidence: 99 }] });
      const withEndpoint = {
        ...backend,
        createSession: async (request: Parameters<LivenessBackend['createSession']>[0]) => ({
          ...((await backend.createSession(request)) as object),
          streamingEndpoint: 'https://localhost:8443',
        }),
      };
      const { unmount } = renderCheck({ backend: withEndpoint, detector: { config } });
      await startCheck();
      await waitFor(() => expect(detector.mounts.length).toBeGreaterThan(0));
      expect(detector.mounts[0]!.core).toBe(true);
      expect(detector.mounts[0]!.props.config?.endpointOverride).toBe(expected);
      unmount();
    }
  });

  it('shows a missing API route (an HTML 404) as such, not as an ended check', async () => {
    const page = () =>
      new Response('<!DOCTYPE html><h1>404</h1>', { status: 404, headers: { 'content-type': 'text/html' } });
    const onError = vi.fn();
    renderCheck({ backend: createFetchBackend({ baseUrl: '/api/liveness', fetch: async () => page() }), onError });
    await startCheck();
    const view = await findErrorView();
    expect(view).toHaveTextContent(en.errorBACKEND_NOT_FOUND);
    expect(view).not.toHaveTextContent(en.errorSESSION_NOT_FOUND);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'BACKEND_NOT_FOUND', status: 404 }));
  });

  it('reports a detector that fails to load, and loads it again on retry', async () => {
    const { backend } = createFakeBackend();
    detector.failNextLoad = true;
    const { container } = renderCheck({ backend });
    // A click with no hover or focus first: no intent prefetch, so Start's own load is the one that fails.
    fireEvent.click(screen.getByRole('button', { name: en.startButton }));
    expect(await findErrorView()).toHaveTextContent(en.errorDETECTOR_LOAD_FAILED);
    await userEvent.click(screen.getByRole('button', { name: en.retryButton }));
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'succeeded'));
    expect(detector.loads).toBe(2);
  });

  it('lets the app replace the result view', async () => {
    const { backend } = createFakeBackend({ results: [{ Status: 'FAILED' }] });
    renderCheck({
      backend,
      renderResult: ({ results, onRetry }) => <button onClick={onRetry}>custom {results.status}</button>,
    });
    await startCheck();
    expect(await screen.findByRole('button', { name: 'custom FAILED' })).toBeInTheDocument();
  });

  it('spreads props on its root and forwards the ref', () => {
    const ref = { current: null as HTMLDivElement | null };
    const { backend } = createFakeBackend();
    render(<LivenessCheck ref={ref} backend={backend} className="mine" aria-label="Identity check" />);
    expect(ref.current).toHaveClass('mine');
    expect(ref.current).toHaveAttribute('aria-label', 'Identity check');
    expect(ref.current).toHaveAttribute('data-state', 'idle');
  });

  it('completes a check with a backend created anew on every render, as `backend={createFetchBackend(…)}` does', async () => {
    const server = createFakeServerFetch({
      results: [{ Status: 'IN_PROGRESS' }, { Status: 'SUCCEEDED', Confidence: 91 }],
    });
    const backends: LivenessBackend[] = [];
    const statuses: FlowStatus[] = [];
    const queryClient = new QueryClient();
    function App() {
      // Every change of state re-renders the app, and every render makes a new backend.
      const [, setStatus] = useState<FlowStatus>('idle');
      const backend = createFetchBackend({ baseUrl: '/api/liveness', fetch: server.fetch });
      backends.push(backend);
      return (
        <LivenessCheck
          backend={backend}
          autoStart
          queryClient={queryClient}
          credentialProvider={credentialProvider}
          onStateChange={({ status }) => {
            statuses.push(status);
            setStatus(status);
          }}
        />
      );
    }
    const { container } = render(<App />);
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'succeeded'), {
      timeout: 3000,
    });
    expect(statuses).toEqual(['creatingSession', 'capturing', 'verifying', 'succeeded']);
    expect(server.tokens).toHaveLength(1);
    expect(server.polls).toEqual([FAKE_SESSION_IDS[0], FAKE_SESSION_IDS[0]]);
    // Precondition of the claim: the session was read through backends that did not create it.
    expect(new Set(backends).size).toBe(backends.length);
    expect(backends.length).toBeGreaterThan(4);
  });

  it('reports every change of state to onStateChange, once each, attempt by attempt', async () => {
    const { backend } = createFakeBackend();
    const seen: string[] = [];
    detector.behaviour = { error: 'CAMERA_ACCESS_ERROR' };
    renderCheck({ backend, onStateChange: (state) => seen.push(`${state.attempt}:${state.status}`) });
    expect(seen).toEqual([]);
    await startCheck();
    await findErrorView();
    detector.behaviour = 'userCancel';
    await userEvent.click(screen.getByRole('button', { name: en.retryButton }));
    await screen.findByRole('heading', { name: en.cancelledHeading });
    expect(seen).toEqual([
      '1:creatingSession',
      '1:capturing',
      '1:error',
      '2:creatingSession',
      '2:capturing',
      '2:cancelled',
    ]);
  });

  it('can be started and cancelled from outside through actionRef', async () => {
    const { backend, tokens, aborted } = createFakeBackend({ hangOnCreate: true });
    const actions = createRef<LivenessCheckActions>();
    const onCancel = vi.fn();
    const { container } = renderCheck({ backend, actionRef: actions, onCancel });
    act(() => actions.current!.start());
    expect(container.firstElementChild).toHaveAttribute('data-state', 'creatingSession');
    act(() => actions.current!.start());
    await waitFor(() => expect(tokens).toHaveLength(1));
    act(() => actions.current!.cancel());
    expect(container.firstElementChild).toHaveAttribute('data-state', 'cancelled');
    await waitFor(() => expect(aborted.createSession).toBe(1));
    expect(onCancel).toHaveBeenCalledTimes(1);
    act(() => actions.current!.retry());
    expect(container.firstElementChild).toHaveAttribute('data-state', 'creatingSession');
    await waitFor(() => expect(tokens).toHaveLength(2));
    expect(tokens[1]).not.toBe(tokens[0]);
  });
});
