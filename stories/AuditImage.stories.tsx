import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { AuditImage } from '../src/components/AuditImage';
import {
  astronautBase64,
  astronautUrl,
  BOXES,
  bytesImage,
  corruptJpeg,
  gifBytes,
  urlImage,
} from '../test/fixtures/results';
import { onSurface } from './decorators';

const meta = {
  title: 'Results/AuditImage',
  component: AuditImage,
  args: { image: bytesImage(BOXES.face) },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: '16rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof AuditImage>;

export default meta;
type Story = StoryObj<typeof meta>;

const loaded = async (canvasElement: HTMLElement) =>
  waitFor(() => expect(canvasElement.querySelector('.rfl-audit-image')).toHaveAttribute('data-state', 'loaded'));

export const BoxInside: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(canvasElement.querySelector('.rfl-audit-image-box')).not.toHaveAttribute('data-clipped');
  },
};

export const BoxOnTheEdge: Story = { args: { image: bytesImage(BOXES.onEdge) } };

export const BoxPartlyOutside: Story = {
  args: { image: bytesImage(BOXES.partlyOutside) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.rfl-audit-image-box')).toHaveAttribute('data-clipped', 'left bottom');
  },
};

export const BoxLargerThanImage: Story = { args: { image: bytesImage(BOXES.overflowing) } };

/** The box lies beyond the right edge: a marker on that edge, and a note for the reviewer. */
export const BoxWhollyOutside: Story = {
  args: { image: bytesImage(BOXES.outside) },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const marker = canvasElement.querySelector('.rfl-audit-image-box');
    await expect(marker).toHaveAttribute('data-placement', 'outside');
    await expect(marker).toHaveAttribute('data-beyond', 'right');
    await expect(canvasElement.querySelector('.rfl-audit-image-note')).toHaveTextContent(
      'The face box lies outside this picture',
    );
  },
};

export const NoBox: Story = {
  args: { image: bytesImage() },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(canvasElement.querySelector('.rfl-audit-image-box')).toBeNull();
  },
};

export const FromUrl: Story = {
  args: { image: urlImage(BOXES.face, astronautUrl) },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(canvasElement.querySelector('.rfl-audit-image')).toHaveAttribute('data-source', 'url');
  },
};

export const FromBase64: Story = {
  args: { image: { source: { kind: 'base64', base64: astronautBase64 }, boundingBox: BOXES.face } },
  play: async ({ canvasElement }) => loaded(canvasElement),
};

/** Bytes that are not JPEG or PNG are refused by their signature. */
export const NotAJpegOrPng: Story = {
  args: { image: bytesImage(BOXES.face, gifBytes) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Image unavailable')).toBeVisible();
    await expect(canvas.queryByRole('img')).toBeNull();
  },
};

/** A JPEG signature with garbage after it: the browser fails to decode it. */
export const BrokenImage: Story = {
  args: { image: bytesImage(BOXES.face, corruptJpeg) },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByText('Image unavailable')).toBeVisible());
  },
};

export const NoSource: Story = { args: { image: {} } };

export const Dark: Story = { decorators: [onSurface('dark')] };
