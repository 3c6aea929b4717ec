import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FaceLivenessDetectorCoreProps } from '@aws-amplify/ui-react-liveness';
import { LivenessCheck, type LivenessCheckProps } from '../../src/components/LivenessCheck';
import { LivenessError } from '../../src/core/errors';
import type { CreateSessionRequest, LivenessBackend } from '../../src/core/types';
import { en } from '../../src/displayText';
import { arLocale } from '../../src/displayText/locales/ar';
import { jaLocale } from '../../src/displayText/locales/ja';
import { createFakeBackend } from '../fixtures/fakeBackend';
import { createStandInDetector, type StandInBehaviour } from '../fixtures/standInDetector';
import { findErrorView } from './errorView';

const detector = vi.hoisted(() => ({
  behaviour: 'complete' as StandInBehaviour,
  mounts: [] as FaceLivenessDetectorCoreProps[],
}));

vi.mock('../../src/components/LivenessCheck/loadDetector', () => ({
  loadDetector: async () => {
    const core = createStandInDetector({
      behaviour: detector.behaviour,
      onMount: (props) => detector.mounts.push(props),
    });
    return { FaceLivenessDetectorCore: core.FaceLivenessDetectorCore, FaceLivenessDetector: core.FaceLivenessDetector };
  },
}));

beforeEach(() => {
  detector.behaviour = 'complete';
  detector.mounts = [];
});

/** The fake backend, with every createSession request recorded as the component sent it. */
function renderCheck(props: Partial<LivenessCheckProps> & Pick<LivenessCheckProps, 'backend'>) {
  return render(
    <LivenessCheck
      queryClient={new QueryClient()}
      credentialProvider={async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' })}
      threshold={80}
      {...props}
    />,
  );
}

describe('<LivenessCheck locale>', () => {
  it('sets lang and dir on the root and dir on the detector, and gives the detector the pack’s strings', async () => {
    detector.behaviour = 'idle';
    const { backend } = createFakeBackend();
    const { container } = renderCheck({
      backend,
      locale: arLocale,
      detector: { displayText: { hintTooFarText: 'اقترب قليلًا' } },
    });
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { name: 'التحقق من الحضور' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'بدء التحقق' }));
    await screen.findByTestId('stand-in-detector');
    expect(container.querySelector('.rfl-check-detector')).toHaveAttribute('dir', 'rtl');
    expect(detector.mounts[0]!.displayText).toEqual({
      ...(await arLocale.load()).detector,
      hintTooFarText: 'اقترب قليلًا',
    });
    expect(detector.mounts[0]!.displayText).toMatchObject({ hintHoldFaceForFreshnessText: 'اثبت في مكانك' });
  });

  it('ends with DETECTOR_LOAD_FAILED, in the pack’s language, when its detector text cannot load', async () => {
    const { backend } = createFakeBackend();
    const broken = { ...arLocale, load: () => Promise.reject(new Error('chunk load failed')) };
    renderCheck({ backend, locale: broken, autoStart: true });
    const alert = await findErrorView();
    expect(alert).toHaveAttribute('data-error-code', 'DETECTOR_LOAD_FAILED');
    expect(alert).toHaveTextContent(arLocale.text.errorDETECTOR_LOAD_FAILED);
    expect(detector.mounts).toHaveLength(0);
  });

  describe('an error that comes before the pack’s lazy part (most error messages)', () => {
    const notFound: LivenessBackend = {
      createSession: async () => {
        throw new LivenessError('BACKEND_NOT_FOUND', 'POST /api/liveness/session: 404', { status: 404 });
      },
      getResults: async () => ({}),
    };
    /** `arLocale` whose lazy part arrives (or fails) only when the test says so. */
    function heldBackPack() {
      let settle!: (loaded: boolean) => void;
      const pack = {
        ...arLocale,
        load: () =>
          new Promise<void>((resolve) => (settle = (loaded) => resolve(loaded ? undefined : Promise.reject()))).then(
            () => arLocale.load(),
          ),
      };
      return { pack, arrive: () => settle(true), fail: () => settle(false) };
    }
    const errorView = () => document.querySelector('.rfl-check [data-view="error"]');

    it('shows the error frame, busy and unannounced, with no English, until the message arrives', async () => {
      const { pack, arrive } = heldBackPack();
      const { container } = renderCheck({ backend: notFound, locale: pack, autoStart: true });
      await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'error'));
      expect(errorView()).toHaveAttribute('aria-busy', 'true');
      expect(screen.getByRole('heading', { name: 'تعذّر إكمال عملية التحقق' })).toBeInTheDocument();
      expect(container).not.toHaveTextContent('The server for this check could not be found.');
      expect(screen.getByRole('status').textContent).toBe('');

      arrive();
      const message =
        'تعذّر العثور على خادم عملية التحقق هذه. إذا كنت تدير هذا الموقع، فتأكد من إعداد مسار واجهة برمجة التطبيقات الخاص بالتحقق من الحضور.';
      await waitFor(() => expect(errorView()!.querySelector('p')).toHaveTextContent(message));
      expect(errorView()).not.toHaveAttribute('aria-busy');
      expect(screen.getByRole('status').textContent).toBe(`تعذّر إكمال عملية التحقق${message}`);
    });

    it('says the pack’s own "could not reach the server" when that part cannot load', async () => {
      const { pack, fail } = heldBackPack();
      const { container } = renderCheck({ backend: notFound, locale: pack, autoStart: true });
      await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'error'));
      fail();
      await waitFor(() =>
        expect(errorView()!.querySelector('p')).toHaveTextContent(
          'تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.',
        ),
      );
      expect(errorView()).toHaveAttribute('data-error-code', 'BACKEND_NOT_FOUND');
      expect(errorView()).not.toHaveAttribute('aria-busy');
      expect(container).not.toHaveTextContent('could not');
    });
  });

  it('shows the result in the pack’s language, with its percentages and plurals', async () => {
    const image = { Bytes: 'AAAA', BoundingBox: { Left: 0.1, Top: 0.1, Width: 0.5, Height: 0.5 } };
    const { backend } = createFakeBackend({
      results: [{ Status: 'SUCCEEDED', Confidence: 93.46, ReferenceImage: image, AuditImages: [image, image, image] }],
    });
    const { container } = renderCheck({ backend, locale: jaLocale, autoStart: true, audience: 'reviewer' });
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'succeeded'));
    expect(container.firstElementChild).toHaveAttribute('lang', 'ja');
    expect(container.firstElementChild).not.toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('.rfl-gauge-label')!.textContent).toBe('93.4%');
    expect(container.querySelector('.rfl-gauge-threshold-label')!.textContent).toBe('しきい値 80%');
    expect(screen.getByText('サービスから監査画像が 3 枚返されました。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '本人' })).toBeInTheDocument();
  });

  it('without a pack: English, no lang or dir of its own, and Amplify’s own detector strings', async () => {
    detector.behaviour = 'idle';
    const { backend } = createFakeBackend();
    const { container } = renderCheck({ backend, autoStart: true });
    await screen.findByTestId('stand-in-detector');
    expect(container.firstElementChild).not.toHaveAttribute('lang');
    expect(container.firstElementChild).not.toHaveAttribute('dir');
    expect(container.querySelector('.rfl-check-detector')).not.toHaveAttribute('dir');
    expect(detector.mounts[0]!.displayText).toBeUndefined();
  });
});

describe('<LivenessCheck> no-flash choice', () => {
  it('asks for FaceMovementChallenge only when the person ticks "I’m sensitive to flashing lights"', async () => {
    detector.behaviour = 'idle';
    const { backend, requests } = createFakeBackend();
    renderCheck({ backend });
    const option = screen.getByRole('checkbox', { name: en.startNoFlashOption });
    expect(option).not.toBeChecked();
    expect(screen.queryByText(en.startNoFlashHint)).toBeNull();
    await userEvent.click(option);
    expect(option).toBeChecked();
    expect(option).toHaveAccessibleDescription(en.startNoFlashHint);
    await userEvent.click(screen.getByRole('button', { name: en.startButton }));
    await screen.findByTestId('stand-in-detector');
    expect(requests).toEqual([{ clientRequestToken: expect.any(String), challenge: 'FaceMovementChallenge' }]);
  });

  it('sends no challenge when the box is left unticked', async () => {
    detector.behaviour = 'idle';
    const { backend, requests } = createFakeBackend();
    renderCheck({ backend });
    await userEvent.click(screen.getByRole('button', { name: en.startButton }));
    await screen.findByTestId('stand-in-detector');
    expect(requests).toHaveLength(1);
    expect(requests[0]).not.toHaveProperty('challenge');
  });

  it('can be preselected by the app (and then applies to an automatic start)', async () => {
    detector.behaviour = 'idle';
    const preselected = createFakeBackend();
    const { unmount } = renderCheck({ backend: preselected.backend, noFlash: true });
    expect(screen.getByRole('checkbox', { name: en.startNoFlashOption })).toBeChecked();
    unmount();

    const auto = createFakeBackend();
    renderCheck({ backend: auto.backend, noFlash: true, autoStart: true });
    await screen.findByTestId('stand-in-detector');
    expect(auto.requests[0]).toMatchObject({ challenge: 'FaceMovementChallenge' });
  });

  it('is not offered with offerNoFlash={false}', () => {
    renderCheck({ backend: createFakeBackend().backend, offerNoFlash: false });
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('words the option, and a refusal, in the pack’s language', async () => {
    const refusing: LivenessBackend = {
      createSession: async () => {
        throw new LivenessError('CHALLENGE_NOT_ALLOWED', 'refused by policy', { status: 403 });
      },
      getResults: async () => ({}),
    };
    renderCheck({ backend: refusing, locale: arLocale });
    await userEvent.click(screen.getByRole('checkbox', { name: 'لدي حساسية من الأضواء الوامضة' }));
    expect(screen.getByText(arLocale.text.startNoFlashHint)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'بدء التحقق' }));
    const alert = await findErrorView();
    expect(alert).toHaveAttribute('data-error-code', 'CHALLENGE_NOT_ALLOWED');
    expect(alert).toHaveTextContent(
      'التحقق من دون أضواء وامضة غير متاح هنا. ألغِ تحديد الخيار لإجراء التحقق العادي، أو تواصل مع الدعم.',
    );
    expect(screen.getByRole('button', { name: 'العودة إلى البداية' })).toBeInTheDocument();
  });

  it('a refusal leads back to the start screen, where the person chooses again; it never retries the refused check', async () => {
    const requests: Omit<CreateSessionRequest, 'signal'>[] = [];
    const { backend: allowing } = createFakeBackend();
    const refusingMovementOnly: LivenessBackend = {
      createSession: async (request) => {
        const { signal: _signal, ...recorded } = request;
        requests.push(recorded);
        if (request.challenge === 'FaceMovementChallenge') {
          throw new LivenessError('CHALLENGE_NOT_ALLOWED', 'refused by policy', { status: 403, retryable: false });
        }
        return allowing.createSession(request);
      },
      getResults: (request) => allowing.getResults(request),
    };
    const { container } = renderCheck({ backend: refusingMovementOnly, noFlash: true });
    await userEvent.click(screen.getByRole('button', { name: en.startButton }));
    await findErrorView();
    expect(screen.queryByRole('button', { name: en.retryButton })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: en.backToStartButton }));
    expect(container.firstElementChild).toHaveAttribute('data-state', 'idle');
    const option = screen.getByRole('checkbox', { name: en.startNoFlashOption });
    expect(option).toBeChecked();
    expect(requests).toEqual([{ clientRequestToken: expect.any(String), challenge: 'FaceMovementChallenge' }]);

    await userEvent.click(option);
    await userEvent.click(screen.getByRole('button', { name: en.startButton }));
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'succeeded'));
    expect(requests).toHaveLength(2);
    expect(requests[1]).toEqual({ clientRequestToken: expect.any(String) });
    expect(requests[1]!.clientRequestToken).not.toBe(requests[0]!.clientRequestToken);
  });
});
