/**
 * Where the face box actually lands on a rendered picture, measured in Chromium: its pixel
 * rectangle must match the ratios within 1 px, whatever size the picture is drawn at.
 */
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { AuditImage } from '../../src/components/AuditImage';
import type { BoundingBox, LivenessImage } from '../../src/core/types';
import { astronautJpeg, BOXES } from '../fixtures/results';

afterEach(() => cleanup());

/** A 640x480 PNG drawn here, to check a picture that is not square. */
async function landscapePng(): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#468';
  context.fillRect(0, 0, 640, 480);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}

async function renderAt(width: number, image: LivenessImage, dir: 'ltr' | 'rtl' = 'ltr') {
  const { container } = render(
    <div dir={dir} style={{ inlineSize: `${width}px` }}>
      <AuditImage image={image} />
    </div>,
  );
  const frame = container.querySelector('.rfl-audit-image')!;
  await waitFor(() => expect(frame).toHaveAttribute('data-state', 'loaded'), { timeout: 5000 });
  const picture = container.querySelector('img')!.getBoundingClientRect();
  const box = container.querySelector('.rfl-audit-image-box')!.getBoundingClientRect();
  return { picture, box };
}

function expectBoxAt(picture: DOMRect, box: DOMRect, ratios: BoundingBox) {
  expect(Math.abs(box.left - (picture.left + ratios.left * picture.width))).toBeLessThanOrEqual(1);
  expect(Math.abs(box.top - (picture.top + ratios.top * picture.height))).toBeLessThanOrEqual(1);
  expect(Math.abs(box.width - ratios.width * picture.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(box.height - ratios.height * picture.height)).toBeLessThanOrEqual(1);
}

describe('the face box on a rendered picture', () => {
  const jpeg: LivenessImage = { source: { kind: 'bytes', bytes: astronautJpeg }, boundingBox: BOXES.face };

  it.each([180, 517])('lands on the face ratios within 1 px when the picture is %i px wide', async (width) => {
    const { picture, box } = await renderAt(width, jpeg);
    expect(picture.width).toBeCloseTo(width, 0);
    expect(picture.height).toBeCloseTo(width, 0);
    expectBoxAt(picture, box, BOXES.face);
  });

  it('keeps its place at two sizes on a picture that is not square', async () => {
    const image: LivenessImage = {
      source: { kind: 'bytes', bytes: await landscapePng() },
      boundingBox: { left: 0.61, top: 0.27, width: 0.23, height: 0.41 },
    };
    for (const width of [240, 701]) {
      const { picture, box } = await renderAt(width, image);
      expect(picture.height).toBeCloseTo((width * 480) / 640, 0);
      expectBoxAt(picture, box, image.boundingBox!);
      cleanup();
    }
  });

  it.each([200, 450])('is cut at the picture edge when it reaches past it (%i px)', async (width) => {
    const { picture, box } = await renderAt(width, { ...jpeg, boundingBox: BOXES.partlyOutside });
    // partlyOutside is left -0.12, top 0.7, width 0.4, height 0.45: clipped to 0–0.28 by 0.7–1.
    expectBoxAt(picture, box, { left: 0, top: 0.7, width: 0.28, height: 0.3 });
    expect(box.right).toBeLessThanOrEqual(picture.right + 1);
    expect(box.bottom).toBeLessThanOrEqual(picture.bottom + 1);
  });

  it('does not mirror in a right-to-left layout: the picture does not either', async () => {
    const { picture, box } = await renderAt(300, jpeg, 'rtl');
    expectBoxAt(picture, box, BOXES.face);
  });
});

describe('the placeholder has the shape of the pictures the service returns (4:3)', () => {
  it('keeps the height when a 640x480 picture replaces the "unavailable" frame: no layout jump', async () => {
    const { container } = render(
      <div style={{ inlineSize: '400px' }}>
        <AuditImage image={{}} />
      </div>,
    );
    const frame = container.querySelector('.rfl-audit-image')!;
    expect(frame).toHaveAttribute('data-state', 'unavailable');
    expect(frame.getBoundingClientRect().height).toBe(300);
    cleanup();
    const bytes = await landscapePng();
    const { picture } = await renderAt(400, { source: { kind: 'bytes', bytes }, boundingBox: BOXES.face });
    expect(picture.height).toBe(300);
  });
});

describe('a face box wholly outside the picture', () => {
  it('shows as a 6 px marker inside the right edge, at the box’s height, with a note over the picture', async () => {
    // BOXES.outside: left 1.05, top 0.2, 0.2 × 0.2, beyond the right edge.
    const image: LivenessImage = { source: { kind: 'bytes', bytes: astronautJpeg }, boundingBox: BOXES.outside };
    const { picture, box } = await renderAt(300, image);
    expect(Math.abs(box.right - picture.right)).toBeLessThanOrEqual(1);
    // Twice --rfl-box-border-width (3px): drawn, not a zero-wide line.
    expect(box.width).toBe(6);
    expect(Math.abs(box.top - (picture.top + 0.2 * picture.height))).toBeLessThanOrEqual(1);
    expect(Math.abs(box.height - 0.2 * picture.height)).toBeLessThanOrEqual(1);
    const note = document.querySelector('.rfl-audit-image-note')!;
    const noteRect = note.getBoundingClientRect();
    expect(note).toHaveTextContent('The face box lies outside this picture');
    expect(noteRect.height).toBeGreaterThan(10);
    expect(Math.abs(noteRect.bottom - picture.bottom)).toBeLessThanOrEqual(1);
    expect(getComputedStyle(note).visibility).toBe('visible');
  });

  it('beyond the bottom and the right, a marker in the bottom-right corner of the picture', async () => {
    const image: LivenessImage = {
      source: { kind: 'bytes', bytes: astronautJpeg },
      boundingBox: { left: 1.5, top: 1.25, width: 0.5, height: 0.5 },
    };
    const { picture, box } = await renderAt(300, image);
    expect([box.width, box.height]).toEqual([6, 6]);
    expect(Math.abs(box.right - picture.right)).toBeLessThanOrEqual(1);
    expect(Math.abs(box.bottom - picture.bottom)).toBeLessThanOrEqual(1);
    // Painted over the note that covers the bottom of the picture (hit-testing, with the marker made hittable).
    const marker = document.querySelector<HTMLElement>('.rfl-audit-image-box')!;
    marker.style.pointerEvents = 'auto';
    expect(document.elementFromPoint(box.left + 3, box.top + 3)).toBe(marker);
  });
});
