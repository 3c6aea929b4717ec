import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import {
  ConfidenceGauge,
  ConfidenceGaugeArc,
  ConfidenceGaugeIndicator,
  ConfidenceGaugeLabel,
  ConfidenceGaugeRoot,
  ConfidenceGaugeThresholdMarker,
  ConfidenceGaugeTrack,
} from '../src/components/ConfidenceGauge';
import { es } from '../src/displayText';
import { onSurface } from './decorators';

const meta = {
  title: 'Results/ConfidenceGauge',
  component: ConfidenceGauge,
  args: { value: 93.4, threshold: 80 },
  argTypes: { value: { control: { type: 'number', min: 0, max: 100, step: 0.1 } } },
} satisfies Meta<typeof ConfidenceGauge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Live: Story = {};

export const Zero: Story = {
  args: { value: 0 },
  play: async ({ canvas }) => {
    const meter = canvas.getByRole('meter');
    await expect(meter).toHaveAttribute('aria-valuenow', '0');
    await expect(meter).toHaveAttribute('data-verdict', 'not-live');
  },
};

export const JustUnderThreshold: Story = {
  args: { value: 79.96 },
  play: async ({ canvas }) => {
    // Rounded down for display, so it never reads as the threshold it missed.
    await expect(canvas.getByText('79.9%')).toBeVisible();
    await expect(canvas.getByRole('meter')).toHaveAttribute('data-verdict', 'not-live');
  },
};

export const AtThreshold: Story = {
  args: { value: 80 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).toHaveAttribute('data-verdict', 'live');
  },
};

export const Hundred: Story = { args: { value: 100 } };

export const NotANumber: Story = {
  args: { value: Number.NaN },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('meter')).toBeNull();
    const gauge = canvas.getByRole('img', { name: 'Confidence unavailable' });
    await expect(gauge).not.toHaveAttribute('aria-valuenow');
    await expect(gauge).toHaveAttribute('data-state', 'unavailable');
  },
};

export const Missing: Story = { args: { value: undefined } };

export const OutOfRangeIsClamped: Story = {
  args: { value: 140 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).toHaveAttribute('aria-valuenow', '100');
  },
};

export const NoThreshold: Story = {
  args: { threshold: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).not.toHaveAttribute('data-verdict');
  },
};

/** The server decided (isLive), whatever the browser's threshold says. */
export const ServerDecision: Story = { args: { value: 95, threshold: 80, isLive: false } };

export const Spanish: Story = { args: { displayText: es } };

export const Dark: Story = { decorators: [onSurface('dark')] };

export const RightToLeft: Story = { args: { value: 30 }, decorators: [onSurface('light', 'rtl')] };

/** Composed from the parts: no threshold label or verdict text, a larger arc, a custom label. */
export const FromParts: Story = {
  render: (args) => (
    <ConfidenceGaugeRoot {...args} style={{ ['--rfl-gauge-size' as string]: '16rem' }}>
      <ConfidenceGaugeArc>
        <ConfidenceGaugeTrack />
        <ConfidenceGaugeIndicator />
        <ConfidenceGaugeThresholdMarker />
      </ConfidenceGaugeArc>
      <ConfidenceGaugeLabel>{args.value} / 100</ConfidenceGaugeLabel>
    </ConfidenceGaugeRoot>
  ),
};
