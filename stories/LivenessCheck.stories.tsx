import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { createFetchBackend } from '../src/backend/createFetchBackend';
import { LivenessCheck, type LivenessCheckProps } from '../src/components/LivenessCheck';
import { DetectorLoaderProvider } from '../src/components/LivenessCheck/detectorSeam';
import { en, es } from '../src/displayText';
import { createFakeBackend, createFakeServerFetch, type FakeBackendOptions } from '../test/fixtures/fakeBackend';
import { astronautBase64 } from '../test/fixtures/results';
import { createStandInDetector, type StandInBehaviour } from '../test/fixtures/standInDetector';
import { onSurface } from './decorators';

/**
 * Every state of `<LivenessCheck>`, driven by a scripted backend and a stand-in for Amplify's
 * detector (the real one needs a camera and the service: see the end-to-end suite).
 */
interface StoryArgs extends Partial<LivenessCheckProps> {
  behaviour: StandInBehaviour;
  backendScript: FakeBackendOptions;
  expectedState: string;
}

const box = { Left: 0.335, Top: 0.125, Width: 0.205, Height: 0.245 };
const image = { Bytes: astronautBase64, BoundingBox: box };
const succeeded = (Confidence: number) => ({
  Status: 'SUCCEEDED',
  Confidence,
  ReferenceImage: image,
  AuditImages: [image, image],
  Challenge: { Type: 'FaceMovementAndLightChallenge', Version: '2.0.0' },
});

const credentialProvider = async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' });

/** One scripted backend, client and stand-in per story mount (made once, not on every render). */
function Check({ behaviour, backendScript, expectedState: _expected, ...props }: StoryArgs) {
  const [{ backend, queryClient, loader }] = useState(() => {
    const detector = createStandInDetector({ behaviour, delayMs: 50 });
    return {
      backend: createFakeBackend(backendScript).backend,
      queryClient: new QueryClient(),
      loader: async () => detector,
    };
  });
  return (
    <DetectorLoaderProvider value={loader}>
      <LivenessCheck
        backend={backend}
        queryClient={queryClient}
        credentialProvider={credentialProvider}
        threshold={80}
        {...props}
      />
    </DetectorLoaderProvider>
  );
}

const meta = {
  title: 'LivenessCheck',
  component: Check,
  decorators: [onSurface('light')],
  args: {
    autoStart: true,
    behaviour: 'complete',
    backendScript: { results: [succeeded(97.2)] },
    expectedState: 'succeeded',
  },
  argTypes: { behaviour: { control: false }, backendScript: { control: false }, expectedState: { control: false } },
  play: async ({ canvasElement, args }) => {
    await waitFor(
      () => expect(canvasElement.querySelector('.rfl-check')).toHaveAttribute('data-state', args.expectedState),
      {
        timeout: 4000,
      },
    );
  },
} satisfies Meta<typeof Check>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = { args: { autoStart: false, expectedState: 'idle' } };
export const CreatingSession: Story = {
  args: { backendScript: { hangOnCreate: true }, expectedState: 'creatingSession' },
};
export const Capturing: Story = { args: { behaviour: 'idle', expectedState: 'capturing' } };
export const Verifying: Story = { args: { backendScript: { hangOnResults: true }, expectedState: 'verifying' } };
export const SucceededLive: Story = {};
export const SucceededNotLive: Story = { args: { backendScript: { results: [succeeded(12.5)] } } };
export const EndUserAudience: Story = { args: { audience: 'end-user' } };
/** The reviewer's view inside the check: score, gauge, images that open full size. */
export const ReviewerAudience: Story = { args: { audience: 'reviewer' } };
/** The server said "not live" for a score above the page's threshold: the screen says why. */
export const ReviewerServerDecision: Story = {
  args: { audience: 'reviewer', backendScript: { results: [{ ...succeeded(97.2), IsLive: false }] } },
};
/** An app's next step after the check: "Continue" on every outcome. */
export const WithContinue: Story = { args: { onContinue: () => {} } };
export const NotPassedWithContinue: Story = {
  args: { onContinue: () => {}, backendScript: { results: [succeeded(12.5)] } },
};
/** The no-flash check preselected: no flashing-lights warning on the start screen. */
export const StartNoFlash: Story = { args: { autoStart: false, noFlash: true, expectedState: 'idle' } };
export const StartDark: Story = { decorators: [onSurface('dark')], args: { autoStart: false, expectedState: 'idle' } };
export const FailedDark: Story = {
  decorators: [onSurface('dark')],
  args: { backendScript: { results: [{ Status: 'FAILED' }] }, expectedState: 'failed' },
};
export const PassedDark: Story = { decorators: [onSurface('dark')], args: { onContinue: () => {} } };
export const Failed: Story = { args: { backendScript: { results: [{ Status: 'FAILED' }] }, expectedState: 'failed' } };
export const Expired: Story = {
  args: { backendScript: { results: [{ Status: 'EXPIRED' }] }, expectedState: 'expired' },
};
export const ErrorStream: Story = { args: { behaviour: { error: 'SERVER_ERROR' }, expectedState: 'error' } };
/** The stream failed because the session had expired: one look at its status shows the expired view. */
export const ExpiredBeforeStream: Story = {
  args: {
    behaviour: { error: 'SERVER_ERROR' },
    backendScript: { results: [{ Status: 'EXPIRED' }] },
    expectedState: 'expired',
  },
};
export const ErrorFaceFitTimeout: Story = { args: { behaviour: 'faceFitTimeout', expectedState: 'error' } };
export const ErrorCameraDenied: Story = {
  args: { behaviour: { error: 'CAMERA_ACCESS_ERROR' }, expectedState: 'error' },
};
export const ErrorNoSessionInformation: Story = {
  args: { behaviour: 'connecting', connectTimeoutMs: 300, expectedState: 'error' },
};
export const ErrorBackendUnavailable: Story = {
  args: { backendScript: { createStatus: 503 }, maxRetries: 0, expectedState: 'error' },
};
export const ErrorMalformedResults: Story = {
  args: { backendScript: { results: [{ Status: 'SUCCEEDED', Confidence: 'high' }] }, expectedState: 'error' },
};
export const Cancelled: Story = { args: { behaviour: 'userCancel', expectedState: 'cancelled' } };
export const Spanish: Story = { args: { displayText: es, autoStart: false, expectedState: 'idle' } };
export const Dark: Story = {
  decorators: [onSurface('dark')],
  args: { behaviour: { error: 'TIMEOUT' }, expectedState: 'error' },
};
export const RightToLeft: Story = {
  decorators: [onSurface('light', 'rtl')],
  args: { displayText: es, expectedState: 'succeeded' },
};

/** The keyboard path: Tab to "Start check", Enter, and focus lands on the error heading. */
export const KeyboardStartAndRetry: Story = {
  args: { autoStart: false, behaviour: { error: 'SERVER_ERROR' }, expectedState: 'error' },
  play: async ({ canvasElement, userEvent }) => {
    const start = canvasElement.querySelector('button')!;
    start.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvasElement.querySelector('[data-state="error"] h2')).toHaveFocus(), {
      timeout: 4000,
    });
    expect(canvasElement.textContent).toContain(en.errorSTREAM_ERROR);
  },
};

/**
 * `backend={createFetchBackend(…)}` written inline, as apps do: a new backend on every render
 * (here the app re-renders on every change of state). The session's handle travels with the
 * session, so the check still completes.
 */
function InlineBackendCheck() {
  const [{ server, queryClient, loader }] = useState(() => {
    const detector = createStandInDetector({ behaviour: 'complete', delayMs: 50 });
    return {
      server: createFakeServerFetch({ results: [{ Status: 'IN_PROGRESS' }, succeeded(93.1)] }),
      queryClient: new QueryClient(),
      loader: async () => detector,
    };
  });
  const [renders, setRenders] = useState(0);
  return (
    <DetectorLoaderProvider value={loader}>
      <LivenessCheck
        backend={createFetchBackend({ baseUrl: '/api/liveness', fetch: server.fetch })}
        queryClient={queryClient}
        credentialProvider={credentialProvider}
        threshold={80}
        autoStart
        onStateChange={() => setRenders((count) => count + 1)}
        data-renders={renders}
      />
    </DetectorLoaderProvider>
  );
}

export const BackendCreatedOnEveryRender: StoryObj<typeof InlineBackendCheck> = {
  render: () => <InlineBackendCheck />,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.rfl-check')).toHaveAttribute('data-state', 'succeeded'), {
      timeout: 4000,
    });
  },
};
