import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, fn } from 'storybook/test';
import { LivenessResult } from '../src/components/LivenessResult';
import { es } from '../src/displayText';
import { ALL_FEEDBACK, BOXES, bytesImage, makeResults, urlImage } from '../test/fixtures/results';
import { onSurface } from './decorators';

const meta = {
  title: 'Results/LivenessResult',
  component: LivenessResult,
  args: { results: makeResults(), threshold: 80, onRetry: fn() },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: '52rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof LivenessResult>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A reviewer's view: verdict, gauge, reference image and four audit images with their boxes. */
export const Reviewer: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 2, name: 'Live' })).toBeVisible();
    await expect(canvas.getByRole('meter')).toHaveAttribute('aria-valuenow', '93.4');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(4);
  },
};

export const NotLive: Story = { args: { results: makeResults({ confidence: 42.1 }) } };

/** The reviewer opens a picture full size: a modal dialog, Close focused, the box switch inside. */
export const InspectImage: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const thumbnail = canvasElement.querySelectorAll<HTMLButtonElement>('.rfl-result-image-open')[1]!;
    thumbnail.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = canvasElement.ownerDocument.querySelector('dialog[open]');
    await expect(dialog).not.toBeNull();
    await expect(dialog!.querySelector('button')).toHaveFocus();
  },
};

/** Face boxes switched off on every picture. */
export const BoxesHidden: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Show face boxes' }));
    await expect(canvas.getByRole('checkbox', { name: 'Show face boxes' })).not.toBeChecked();
  },
};

/** The person checked, passed, with the app's continue action. */
export const EndUserPassedContinue: Story = { args: { audience: 'end-user', onContinue: fn() } };
/** The person checked, not passed: retry first, continue beside it. */
export const EndUserNotPassedContinue: Story = {
  args: { audience: 'end-user', onContinue: fn(), results: makeResults({ confidence: 20 }) },
};
/** Status FAILED: the service could not finish; not a verdict on the person. */
export const ServiceCouldNotFinish: Story = {
  args: { audience: 'end-user', results: makeResults({ status: 'FAILED', confidence: undefined }, 0) },
};
/** Passed, but no reference image: the pass stands, the notice says why a retry might be wanted. */
export const LiveWithoutReferenceImage: Story = {
  args: { results: makeResults({ referenceImage: undefined }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/The check passed, but no reference image was returned/)).toBeVisible();
  },
};
export const EndUserPassedDark: Story = {
  args: { audience: 'end-user', onContinue: fn() },
  decorators: [onSurface('dark')],
};

export const NoThreshold: Story = { args: { threshold: undefined } };

/** The server's isLive wins over the threshold given here. */
export const ServerDecision: Story = { args: { results: makeResults({ confidence: 97, isLive: false }) } };

export const NoAuditImages: Story = { args: { results: makeResults({}, 0) } };
export const OneAuditImage: Story = { args: { results: makeResults({}, 1) } };
export const TwoAuditImages: Story = { args: { results: makeResults({}, 2) } };
export const ThreeAuditImages: Story = { args: { results: makeResults({}, 3) } };

/** Boxes inside, on the edge, partly outside, and missing. */
export const MixedBoxes: Story = {
  args: {
    results: makeResults({
      auditImages: [bytesImage(BOXES.face), bytesImage(BOXES.onEdge), bytesImage(BOXES.partlyOutside), bytesImage()],
    }),
  },
};

/** A face box wholly outside its picture: an edge marker and a note, in the grid and full size. */
export const BoxOutsideThePicture: Story = {
  args: {
    results: makeResults({
      auditImages: [bytesImage(BOXES.outside), bytesImage(BOXES.face), bytesImage(BOXES.partlyOutside)],
    }),
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(
      canvas.getByRole('button', {
        name: 'View full size: Audit image 1 of 3, taken during the check. The face box lies outside this picture',
      }),
    ).toBeVisible();
    await expect(canvasElement.querySelectorAll('.rfl-audit-image-note')).toHaveLength(1);
  },
};

export const ImagesFromUrls: Story = {
  args: { results: makeResults({ referenceImage: urlImage(BOXES.face), auditImages: [urlImage(BOXES.face)] }) },
};

export const MissingReferenceImage: Story = {
  args: { results: makeResults({ referenceImage: undefined, confidence: 42.1 }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/No reference image was returned/)).toBeVisible();
  },
};

export const WithFeedback: Story = { args: { results: makeResults({ confidence: 31.7, feedback: ALL_FEEDBACK }) } };

export const ConfidenceUnavailable: Story = { args: { results: makeResults({ confidence: undefined }) } };

export const EndUserPassed: Story = {
  args: { audience: 'end-user' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Check passed' })).toBeVisible();
    await expect(canvas.queryByRole('meter')).toBeNull();
    await expect(canvas.queryByRole('img')).toBeNull();
    await expect(canvas.queryByText(/93/)).toBeNull();
  },
};

export const EndUserNotPassed: Story = {
  args: { audience: 'end-user', results: makeResults({ confidence: 12 }) },
};

export const Failed: Story = {
  args: { results: makeResults({ status: 'FAILED', confidence: undefined, referenceImage: undefined }, 0) },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

export const Expired: Story = {
  args: { results: makeResults({ status: 'EXPIRED', confidence: undefined, referenceImage: undefined }, 0) },
};

export const Pending: Story = {
  args: { results: makeResults({ status: 'IN_PROGRESS', confidence: undefined, referenceImage: undefined }, 0) },
};

export const Spanish: Story = {
  args: { displayText: es, results: makeResults({ feedback: ALL_FEEDBACK.slice(0, 3) }) },
};

export const Dark: Story = { decorators: [onSurface('dark')] };

/**
 * Right to left: the layout mirrors (the gauge fills from the right), the pictures and their boxes
 * do not. English strings, since no right-to-left locale ships yet.
 */
export const RightToLeft: Story = {
  args: { results: makeResults({ confidence: 64.2, feedback: ALL_FEEDBACK.slice(0, 2) }) },
  decorators: [onSurface('light', 'rtl')],
};

/** Only `--rfl-color-surface` set, dark, in the light scheme: the text follows the surface. */
export const DarkSurfaceOnly: Story = {
  args: { audience: 'end-user', results: makeResults({ confidence: 12 }) },
  decorators: [
    (Story) => (
      <div data-rfl-theme="light" style={{ '--rfl-color-surface': '#111' } as CSSProperties}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const heading = canvasElement.querySelector('.rfl-result-heading')!;
    // #e6edf3, the dark scheme's text, derived from the surface (a relative colour: color(srgb)).
    await expect(getComputedStyle(heading).color).toBe('color(srgb 0.901961 0.929412 0.952941)');
  },
};

/** A re-brand through tokens only: no props, no class overrides. */
export const RethemedByTokens: Story = {
  decorators: [
    (Story) => (
      <div
        style={
          {
            '--rfl-font-family': 'Georgia, "Times New Roman", serif',
            '--rfl-color-accent': '#5b2a86',
            '--rfl-color-focus': '#5b2a86',
            '--rfl-color-live': '#00695c',
            '--rfl-color-not-live': '#ad1457',
            '--rfl-color-surface': '#fbf7ff',
            '--rfl-color-border': '#5b2a86',
            '--rfl-color-gauge-track': '#e6dcf0',
            '--rfl-color-box': '#00e5ff',
            '--rfl-radius': '0',
            '--rfl-radius-image': '0',
            '--rfl-gauge-size': '14rem',
            '--rfl-gauge-thickness': '6',
            '--rfl-box-border-width': '2px',
          } as CSSProperties
        }
      >
        <Story />
      </div>
    ),
  ],
};
