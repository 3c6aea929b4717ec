import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef, StrictMode, useLayoutEffect, useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditImage } from '../../src/components/AuditImage';
import { encodeBase64 } from '../../src/server/base64';
import type { LivenessImage } from '../../src/core/types';

// Enough of a JPEG for the signature check; jsdom never decodes it.
const jpeg = () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const png = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const face = { left: 0.25, top: 0.1, width: 0.5, height: 0.6 };

let created: string[];
let revoked: string[];

beforeEach(() => {
  created = [];
  revoked = [];
  // jsdom has no object URLs: count what the component asks for.
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: vi.fn((blob: Blob) => {
        const url = `blob:test/${created.length + 1}-${blob.type}`;
        created.push(url);
        return url;
      }),
      revokeObjectURL: vi.fn((url: string) => revoked.push(url)),
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

const microtask = () => Promise.resolve();
const frame = (container: HTMLElement) => container.querySelector('.rfl-audit-image')!;

describe('<AuditImage> sources', () => {
  it('makes one object URL per byte array, keeps it across re-renders and revokes it on unmount', async () => {
    const image: LivenessImage = { source: { kind: 'bytes', bytes: jpeg() }, boundingBox: face };
    const { rerender, unmount, container } = render(<AuditImage image={image} />);
    expect(created).toEqual(['blob:test/1-image/jpeg']);
    expect(screen.getByRole('img')).toHaveAttribute('src', 'blob:test/1-image/jpeg');
    expect(frame(container)).toHaveAttribute('data-source', 'bytes');

    rerender(<AuditImage image={image} />);
    rerender(<AuditImage image={{ ...image }} alt="same bytes, new object" />);
    expect(created).toHaveLength(1);
    await microtask();
    expect(revoked).toEqual([]);

    unmount();
    expect(revoked).toEqual([]);
    await microtask();
    expect(revoked).toEqual(['blob:test/1-image/jpeg']);
  });

  it('revokes the old URL when the bytes change, and never shows it for the new bytes', async () => {
    const { rerender } = render(<AuditImage image={{ source: { kind: 'bytes', bytes: jpeg() } }} />);
    rerender(<AuditImage image={{ source: { kind: 'bytes', bytes: png() } }} />);
    await microtask();
    expect(created).toEqual(['blob:test/1-image/jpeg', 'blob:test/2-image/png']);
    expect(revoked).toEqual(['blob:test/1-image/jpeg']);
    expect(screen.getByRole('img')).toHaveAttribute('src', 'blob:test/2-image/png');
  });

  it('shows the new picture, never the old one, in every commit after the bytes change', async () => {
    // A layout effect sees each committed DOM before passive effects run: the frame where a
    // stale URL would be shown for the new bytes.
    const shown: (string | null)[] = [];
    function Probe({ bytes }: { bytes: Uint8Array }) {
      const frameRef = useRef<HTMLDivElement>(null);
      useLayoutEffect(() => {
        shown.push(frameRef.current!.querySelector('img')?.getAttribute('src') ?? null);
      });
      return (
        <div ref={frameRef}>
          <AuditImage image={{ source: { kind: 'bytes', bytes } }} />
        </div>
      );
    }
    const { rerender } = render(<Probe bytes={jpeg()} />);
    // Made during render: the first commit already shows the picture, and there is no other.
    expect(shown).toEqual(['blob:test/1-image/jpeg']);
    const before = shown.length;
    rerender(<Probe bytes={png()} />);
    expect(shown.slice(before)).not.toContain('blob:test/1-image/jpeg');
    expect(screen.getByRole('img')).toHaveAttribute('src', 'blob:test/2-image/png');
    expect(created).toEqual(['blob:test/1-image/jpeg', 'blob:test/2-image/png']);

    // Other bytes of the same type are a new picture too.
    const otherPng = png();
    otherPng[11] = 14;
    const again = shown.length;
    rerender(<Probe bytes={otherPng} />);
    expect(shown.slice(again)).not.toContain('blob:test/2-image/png');
    expect(screen.getByRole('img')).toHaveAttribute('src', 'blob:test/3-image/png');
    await microtask();
    expect(revoked).toEqual(['blob:test/1-image/jpeg', 'blob:test/2-image/png']);
  });

  it('cleans up every URL it made under StrictMode', async () => {
    const { unmount } = render(
      <StrictMode>
        <AuditImage image={{ source: { kind: 'bytes', bytes: jpeg() } }} />
      </StrictMode>,
    );
    expect(screen.getByRole('img').getAttribute('src')).toBe(created.at(-1));
    expect(created).toHaveLength(1);
    unmount();
    await microtask();
    expect([...revoked].sort()).toEqual([...created].sort());
  });

  it('decodes base64 bytes', () => {
    render(<AuditImage image={{ source: { kind: 'base64', base64: encodeBase64(png()) } }} />);
    expect(created).toEqual(['blob:test/1-image/png']);
  });

  it('uses a URL source as it is', () => {
    const { container } = render(<AuditImage image={{ source: { kind: 'url', url: 'https://img.example/a.jpg' } }} />);
    expect(screen.getByRole('img')).toHaveAttribute('src', 'https://img.example/a.jpg');
    expect(frame(container)).toHaveAttribute('data-source', 'url');
    expect(created).toEqual([]);
  });

  it.each([
    ['GIF bytes', { source: { kind: 'bytes', bytes: new TextEncoder().encode('GIF89a') } }],
    ['SVG bytes', { source: { kind: 'bytes', bytes: new TextEncoder().encode('<svg onload="alert(1)"/>') } }],
    ['invalid base64', { source: { kind: 'base64', base64: '***' } }],
    ['no source', {}],
  ] as [string, LivenessImage][])('shows "image unavailable" for %s, with no object URL', (_, image) => {
    const { container } = render(<AuditImage image={image} />);
    expect(screen.getByText('Image unavailable')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(frame(container)).toHaveAttribute('data-state', 'unavailable');
    expect(container.querySelector('.rfl-audit-image-box')).toBeNull();
    expect(created).toEqual([]);
  });

  it('turns a picture that fails to load into "image unavailable", and a new source starts afresh', () => {
    const first = { source: { kind: 'url', url: 'https://img.example/broken.jpg' } } as const;
    const { container, rerender } = render(<AuditImage image={first} />);
    expect(frame(container)).toHaveAttribute('data-state', 'loading');
    fireEvent.error(screen.getByRole('img'));
    expect(frame(container)).toHaveAttribute('data-state', 'unavailable');
    expect(screen.getByText('Image unavailable')).toBeInTheDocument();

    rerender(<AuditImage image={{ source: { kind: 'url', url: 'https://img.example/good.jpg' } }} />);
    expect(frame(container)).toHaveAttribute('data-state', 'loading');
    fireEvent.load(screen.getByRole('img'));
    expect(frame(container)).toHaveAttribute('data-state', 'loaded');
  });
});

describe('<AuditImage> box', () => {
  const render_ = (boundingBox?: LivenessImage['boundingBox']) =>
    render(<AuditImage image={{ source: { kind: 'url', url: '/a.jpg' }, ...(boundingBox ? { boundingBox } : {}) }} />);

  it('positions the box with percentage variables', () => {
    const { container } = render_(face);
    const box = container.querySelector<HTMLElement>('.rfl-audit-image-box')!;
    expect(box).toHaveAttribute('aria-hidden', 'true');
    expect(box).not.toHaveAttribute('data-clipped');
    expect(box.style.getPropertyValue('--rfl-box-left')).toBe('25%');
    expect(box.style.getPropertyValue('--rfl-box-top')).toBe('10%');
    expect(box.style.getPropertyValue('--rfl-box-width')).toBe('50%');
    expect(box.style.getPropertyValue('--rfl-box-height')).toBe('60%');
  });

  it('clips a box that reaches past the picture and marks the edges', () => {
    const { container } = render_({ left: -0.1, top: 0.7, width: 0.4, height: 0.5 });
    const box = container.querySelector<HTMLElement>('.rfl-audit-image-box')!;
    expect(box).toHaveAttribute('data-clipped', 'left bottom');
    expect(box.style.getPropertyValue('--rfl-box-left')).toBe('0%');
    expect(box.style.getPropertyValue('--rfl-box-width')).toBe('30%');
    expect(box.style.getPropertyValue('--rfl-box-height')).toBe('30%');
  });

  it('draws no overlay and no note without a box', () => {
    const { container } = render_();
    expect(container.querySelector('.rfl-audit-image-box')).toBeNull();
    expect(container.querySelector('.rfl-audit-image-note')).toBeNull();
  });

  it('marks a box inside or cut at the edges with its placement, and adds no note', () => {
    const inside = render_({ left: 0.25, top: 0.1, width: 0.5, height: 0.6 }).container;
    expect(inside.querySelector('.rfl-audit-image-box')).toHaveAttribute('data-placement', 'inside');
    expect(inside.querySelector('.rfl-audit-image-note')).toBeNull();
    cleanup();
    const partly = render_({ left: -0.1, top: 0.7, width: 0.4, height: 0.5 }).container;
    expect(partly.querySelector('.rfl-audit-image-box')).toHaveAttribute('data-placement', 'partly');
    expect(partly.querySelector('.rfl-audit-image-note')).toBeNull();
  });

  it('draws a box wholly outside the picture as an edge marker, and says so in words', () => {
    const { container } = render_({ left: 1.1, top: 0.2, width: 0.2, height: 0.3 });
    const marker = container.querySelector<HTMLElement>('.rfl-audit-image-box')!;
    expect(marker).toHaveAttribute('data-placement', 'outside');
    expect(marker).toHaveAttribute('data-beyond', 'right');
    expect(marker).not.toHaveAttribute('data-clipped');
    expect(marker.style.getPropertyValue('--rfl-box-left')).toBe('100%');
    expect(marker.style.getPropertyValue('--rfl-box-top')).toBe('20%');
    expect(marker.style.getPropertyValue('--rfl-box-width')).toBe('0%');
    expect(marker.style.getPropertyValue('--rfl-box-height')).toBe('30%');
    expect(container.querySelector('.rfl-audit-image-note')).toHaveTextContent(
      'The face box lies outside this picture',
    );
  });
});

describe('<AuditImage> text and props', () => {
  it('takes its alt text from display text unless given one', () => {
    const image = { source: { kind: 'url', url: '/a.jpg' } } as const;
    const { rerender } = render(<AuditImage image={image} />);
    expect(screen.getByRole('img', { name: 'Image of the face, taken during the check' })).toBeInTheDocument();
    rerender(<AuditImage image={image} displayText={{ auditImageAltGeneric: 'Foto' }} />);
    expect(screen.getByRole('img', { name: 'Foto' })).toBeInTheDocument();
    rerender(<AuditImage image={image} alt="Frame 3" />);
    expect(screen.getByRole('img', { name: 'Frame 3' })).toBeInTheDocument();
  });

  it('forwards its ref and spreads props onto the frame', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AuditImage ref={ref} image={{}} className="mine" data-testid="frame" />);
    expect(ref.current).toBe(screen.getByTestId('frame'));
    expect(ref.current).toHaveClass('rfl-audit-image', 'mine');
  });
});
