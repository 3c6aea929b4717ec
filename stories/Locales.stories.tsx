import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { expect, waitFor } from 'storybook/test';
import { LivenessCheck } from '../src/components/LivenessCheck';
import { DetectorLoaderProvider } from '../src/components/LivenessCheck/detectorSeam';
import type { LivenessLocale } from '../src/displayText';
import {
  arLocale,
  deLocale,
  enLocale,
  esLocale,
  frLocale,
  itLocale,
  jaLocale,
  koLocale,
  ptBRLocale,
} from '../src/displayText/locales';
import { createFakeBackend } from '../test/fixtures/fakeBackend';
import { astronautBase64 } from '../test/fixtures/results';
import { createStandInDetector } from '../test/fixtures/standInDetector';
import { onSurface } from './decorators';

/**
 * The main screens of `<LivenessCheck>` in every shipped language: the start screen (with "I'm
 * sensitive to flashing lights" ticked, so its hint shows), an error, the reviewer's result and the
 * end user's result. The camera screens are Amplify's: see the end-to-end suite for those.
 */
type Screen = 'start' | 'error' | 'reviewer' | 'endUser';

interface ScreenArgs {
  pack: LivenessLocale;
  screen: Screen;
}

const box = { Left: 0.335, Top: 0.125, Width: 0.205, Height: 0.245 };
const image = { Bytes: astronautBase64, BoundingBox: box };
const succeeded = {
  Status: 'SUCCEEDED',
  Confidence: 93.46,
  ReferenceImage: image,
  AuditImages: [image, image, image],
  Challenge: { Type: 'FaceMovementChallenge', Version: '1.0.0' },
};

function Check({ pack, screen }: ScreenArgs) {
  const { backend } = createFakeBackend({ results: [succeeded] });
  const detector = createStandInDetector({
    behaviour: screen === 'error' ? { error: 'CAMERA_ACCESS_ERROR' } : 'complete',
    delayMs: 50,
  });
  return (
    <DetectorLoaderProvider value={async () => detector}>
      <LivenessCheck
        backend={backend}
        queryClient={new QueryClient()}
        credentialProvider={async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' })}
        threshold={80}
        locale={pack}
        noFlash={screen === 'start'}
        autoStart={screen !== 'start'}
        audience={screen === 'endUser' ? 'end-user' : 'reviewer'}
      />
    </DetectorLoaderProvider>
  );
}

const EXPECTED: Record<Screen, { state: string; shows: (pack: LivenessLocale) => Promise<string> }> = {
  start: { state: 'idle', shows: async (pack) => pack.text.startNoFlashHint },
  // Most error messages and the result screen's strings are the pack's lazy part.
  error: { state: 'error', shows: async (pack) => (await pack.load()).result.errorCAMERA_ACCESS_DENIED },
  reviewer: { state: 'succeeded', shows: async (pack) => (await pack.load()).result.referenceImageHeading },
  endUser: { state: 'succeeded', shows: async (pack) => (await pack.load()).result.resultPassedHeading },
};

const meta = {
  title: 'Locales',
  component: Check,
  decorators: [onSurface('light')],
  argTypes: { pack: { control: false } },
  play: async ({ canvasElement, args }) => {
    const root = () => canvasElement.querySelector('.rfl-check')!;
    const expected = EXPECTED[args.screen];
    await waitFor(() => expect(root()).toHaveAttribute('data-state', expected.state), { timeout: 4000 });
    const shown = await expected.shows(args.pack);
    await waitFor(() => expect(root().textContent).toContain(shown), { timeout: 4000 });
    expect(root()).toHaveAttribute('lang', args.pack.text.numberLocale);
    expect(root()).toHaveAttribute('dir', args.pack.dir);
  },
} satisfies Meta<typeof Check>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = (pack: LivenessLocale, screen: Screen): Story => ({ args: { pack, screen } });

export const EnglishStart = story(enLocale, 'start');
export const EnglishError = story(enLocale, 'error');
export const EnglishReviewerResult = story(enLocale, 'reviewer');
export const EnglishEndUserResult = story(enLocale, 'endUser');
export const SpanishStart = story(esLocale, 'start');
export const SpanishError = story(esLocale, 'error');
export const SpanishReviewerResult = story(esLocale, 'reviewer');
export const SpanishEndUserResult = story(esLocale, 'endUser');
export const FrenchStart = story(frLocale, 'start');
export const FrenchError = story(frLocale, 'error');
export const FrenchReviewerResult = story(frLocale, 'reviewer');
export const FrenchEndUserResult = story(frLocale, 'endUser');
export const GermanStart = story(deLocale, 'start');
export const GermanError = story(deLocale, 'error');
export const GermanReviewerResult = story(deLocale, 'reviewer');
export const GermanEndUserResult = story(deLocale, 'endUser');
export const PortugueseBrazilStart = story(ptBRLocale, 'start');
export const PortugueseBrazilError = story(ptBRLocale, 'error');
export const PortugueseBrazilReviewerResult = story(ptBRLocale, 'reviewer');
export const PortugueseBrazilEndUserResult = story(ptBRLocale, 'endUser');
export const ItalianStart = story(itLocale, 'start');
export const ItalianError = story(itLocale, 'error');
export const ItalianReviewerResult = story(itLocale, 'reviewer');
export const ItalianEndUserResult = story(itLocale, 'endUser');
export const JapaneseStart = story(jaLocale, 'start');
export const JapaneseError = story(jaLocale, 'error');
export const JapaneseReviewerResult = story(jaLocale, 'reviewer');
export const JapaneseEndUserResult = story(jaLocale, 'endUser');
export const KoreanStart = story(koLocale, 'start');
export const KoreanError = story(koLocale, 'error');
export const KoreanReviewerResult = story(koLocale, 'reviewer');
export const KoreanEndUserResult = story(koLocale, 'endUser');
export const ArabicStart = story(arLocale, 'start');
export const ArabicError = story(arLocale, 'error');
export const ArabicReviewerResult = story(arLocale, 'reviewer');
export const ArabicEndUserResult = story(arLocale, 'endUser');
