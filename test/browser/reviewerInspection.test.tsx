/**
 * The reviewer's inspection, laid out and driven by Chromium: the full-size dialog from the
 * keyboard, the face box readable on white, black and yellow pictures, and an audit grid whose
 * rows are all the same length at desktop and phone widths.
 */
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { AuditImage } from '../../src/components/AuditImage';
import { LivenessResult } from '../../src/components/LivenessResult';
import { makeResults } from '../fixtures/results';

afterEach(() => cleanup());

describe('the full-size dialog', () => {
  it('opens from the keyboard, closes with Escape or Close, and gives focus back to the thumbnail', async () => {
    await page.viewport(1280, 800);
    const { container } = render(
      <div style={{ inlineSize: '832px' }}>
        <LivenessResult results={makeResults({}, 2)} threshold={80} />
      </div>,
    );
    const thumbnail = container.querySelectorAll<HTMLButtonElement>('.rfl-result-image-open')[1]!;
    expect(thumbnail).toHaveAccessibleName('View full size: Audit image 1 of 2, taken during the check');
    thumbnail.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await waitFor(() => {
      const open = document.querySelector<HTMLDialogElement>('dialog.rfl-image-dialog');
      expect(open?.open).toBe(true);
      return open!;
    });
    // Modal: in the top layer, named by the picture, focus on Close, the page behind inert.
    expect(dialog.matches(':modal')).toBe(true);
    expect(dialog).toHaveAccessibleName('Audit image 1 of 2, taken during the check');
    expect(document.activeElement).toHaveTextContent('Close');
    expect(dialog.querySelector('img')).toHaveAttribute('alt', 'Audit image 1 of 2, taken during the check');
    // The picture fills the dialog, far larger than its thumbnail.
    await waitFor(() => expect(dialog.querySelector('.rfl-audit-image')).toHaveAttribute('data-state', 'loaded'));
    const large = dialog.querySelector('.rfl-audit-image')!.getBoundingClientRect().width;
    expect(large).toBeGreaterThan(800);
    expect(large).toBeGreaterThan(2 * thumbnail.getBoundingClientRect().width);

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(document.querySelector('dialog')).toBeNull());
    expect(document.activeElement).toBe(thumbnail);

    await userEvent.keyboard(' ');
    await waitFor(() => expect(document.querySelector<HTMLDialogElement>('dialog')?.open).toBe(true));
    await userEvent.keyboard('{Enter}'); // on Close
    await waitFor(() => expect(document.querySelector('dialog')).toBeNull());
    expect(document.activeElement).toBe(thumbnail);
  });

  it('has the box switch inside, shared with the page', async () => {
    const { container } = render(<LivenessResult results={makeResults({}, 1)} threshold={80} />);
    container.querySelector<HTMLButtonElement>('.rfl-result-image-open')!.click();
    const dialog = await waitFor(() => {
      const open = document.querySelector<HTMLDialogElement>('dialog[open]');
      if (!open) throw new Error('no open dialog');
      return open;
    });
    const box = () => dialog.querySelector('.rfl-audit-image-box')!;
    await waitFor(() => expect(getComputedStyle(box()).display).toBe('block'));
    dialog.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await waitFor(() => expect(getComputedStyle(box()).display).toBe('none'));
    expect(container.querySelector('.rfl-result-images')).toHaveAttribute('data-boxes', 'hidden');
  });
});

/** WCAG relative luminance and contrast ratio of sRGB colours. */
const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
/** A colour with alpha painted over an opaque background. */
const over = ([r, g, b, a = 1]: number[], bg: number[]) => [r!, g!, b!].map((c, i) => c * a + bg[i]! * (1 - a));

async function solidPng(rgb: number[]): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d')!;
  context.fillStyle = `rgb(${rgb.join(' ')})`;
  context.fillRect(0, 0, 64, 48);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}

describe('the face box on any picture', () => {
  it.each([
    ['light', 'white', [255, 255, 255]],
    ['light', 'black', [0, 0, 0]],
    ['light', 'yellow', [255, 214, 10]],
    ['dark', 'white', [255, 255, 255]],
    ['dark', 'black', [0, 0, 0]],
    ['dark', 'yellow', [255, 214, 10]],
  ])('%s theme, on a %s picture: one of its two tones, 2 px or wider, has 3:1 or more', async (theme, _name, bg) => {
    const bytes = await solidPng(bg);
    const { container } = render(
      <div data-rfl-theme={theme} style={{ inlineSize: '320px' }}>
        <AuditImage
          image={{ source: { kind: 'bytes', bytes }, boundingBox: { left: 0.2, top: 0.2, width: 0.5, height: 0.5 } }}
        />
      </div>,
    );
    await waitFor(() => expect(container.querySelector('.rfl-audit-image')).toHaveAttribute('data-state', 'loaded'));
    const style = getComputedStyle(container.querySelector('.rfl-audit-image-box')!);
    const border = rgba(style.borderTopColor);
    const shadow = style.boxShadow.match(/rgba?\([^)]+\)\s+0px 0px 0px (\d+)px/)!;
    const tones = [
      { width: parseFloat(style.borderTopWidth), ratio: contrast(over(border, bg), bg) },
      { width: Number(shadow[1]), ratio: contrast(over(rgba(shadow[0]!), bg), bg) },
    ];
    expect(tones.every((tone) => tone.width >= 2)).toBe(true);
    expect(Math.max(...tones.map((tone) => tone.ratio))).toBeGreaterThanOrEqual(3);
  });
});

describe('the audit grid', () => {
  /** Items per row, read from where Chromium put them. */
  async function rows(count: number, width: number): Promise<number[]> {
    const { container } = render(
      <div style={{ inlineSize: `${width}px` }}>
        <LivenessResult results={makeResults({}, count)} threshold={80} />
      </div>,
    );
    const items = [...container.querySelectorAll('.rfl-result-audit-item')];
    await waitFor(() =>
      expect(
        [...container.querySelectorAll('.rfl-result-audit .rfl-audit-image')].every(
          (image) => image.getAttribute('data-state') === 'loaded',
        ),
      ).toBe(true),
    );
    const tops = new Map<number, number>();
    for (const item of items) {
      const top = Math.round(item.getBoundingClientRect().top);
      tops.set(top, (tops.get(top) ?? 0) + 1);
    }
    cleanup();
    return [...tops.values()];
  }

  it.each([
    // A desktop card (52rem) and a phone's (375 px less the page's margins).
    [4, 832, [4]],
    [4, 343, [2, 2]],
    [3, 832, [3]],
    [3, 343, [3]],
    [2, 832, [2]],
    [2, 343, [2]],
  ])('%i images in a %i px card: rows of %j', async (count, width, expected) => {
    expect(await rows(count, width)).toEqual(expected);
  });
});
