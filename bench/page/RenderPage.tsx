/**
 * Rendering: `<LivenessResult>` with a reference image and four audit images of about 200 KB
 * each (JPEGs drawn here), timed from render to first paint and to every picture decoded and
 * painted; then re-rendered with the same results to count the object URLs made.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { LivenessResult, type LivenessResults } from '../../src';
import { report } from './report';

const TARGET_BYTES = 200_000;
const LIMIT_BYTES = 204_800;

/** A 640x480 JPEG of coloured noise, its quality searched so that it weighs just under 200 KB. */
async function jpegOfAbout200KB(seed: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  const context = canvas.getContext('2d')!;
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pixels = context.createImageData(640, 480);
  for (let i = 0; i < pixels.data.length; i += 4) {
    const shade = 96 + ((i >> 2) % 640) / 8;
    pixels.data[i] = shade + random() * 64;
    pixels.data[i + 1] = shade + random() * 48;
    pixels.data[i + 2] = shade + random() * 32;
    pixels.data[i + 3] = 255;
  }
  context.putImageData(pixels, 0, 0);
  let low = 0.05;
  let high = 1;
  let best: Blob | undefined;
  for (let step = 0; step < 10; step++) {
    const quality = (low + high) / 2;
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', quality));
    if (blob.size <= LIMIT_BYTES) {
      best = blob;
      low = quality;
    } else high = quality;
    if (best && Math.abs(best.size - TARGET_BYTES) < 4_000) break;
  }
  return new Uint8Array(await best!.arrayBuffer());
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
/** Resolves after the frame that follows the current one has been painted. */
const afterPaint = async () => {
  await nextFrame();
  return new Promise<number>((resolve) => setTimeout(() => resolve(performance.now()), 0));
};

export async function prepareRender(): Promise<void> {
  const seed = Math.floor(Math.random() * 1e9);
  const images = await Promise.all([0, 1, 2, 3, 4].map((i) => jpegOfAbout200KB(seed + i)));
  const box = { left: 0.3, top: 0.2, width: 0.4, height: 0.55 };
  const results: LivenessResults = {
    sessionId: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
    status: 'SUCCEEDED',
    confidence: 97.2,
    referenceImage: { source: { kind: 'bytes', bytes: images[0]! }, boundingBox: box },
    auditImages: images.slice(1).map((bytes) => ({ source: { kind: 'bytes' as const, bytes }, boundingBox: box })),
    feedback: [],
  };
  let urls = 0;
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    urls += 1;
    return create(object);
  };
  const container = document.getElementById('root')!;
  const root = createRoot(container);

  window.__runRender = async () => {
    const start = performance.now();
    flushSync(() => root.render(<LivenessResult results={results} threshold={80} />));
    const committed = performance.now();
    const firstPaint = await afterPaint();
    const frames = [...container.querySelectorAll('.rfl-audit-image')];
    while (!frames.every((frame) => frame.getAttribute('data-state') === 'loaded')) await nextFrame();
    const imgs = [...container.querySelectorAll('img')];
    await Promise.all(imgs.map((img) => img.decode()));
    const decoded = performance.now();
    const imagesPainted = await afterPaint();
    const urlsFirst = urls;
    flushSync(() => root.render(<LivenessResult results={results} threshold={80} />));
    flushSync(() => root.render(<LivenessResult results={{ ...results }} threshold={75} audience="reviewer" />));
    await afterPaint();
    return {
      commitMs: committed - start,
      firstPaintMs: firstPaint - start,
      decodedMs: decoded - start,
      imagesPaintedMs: imagesPainted - start,
      images: images.map((bytes) => bytes.length),
      urlsFirstRender: urlsFirst,
      urlsOnRerender: urls - urlsFirst,
      imgCount: imgs.length,
    };
  };
  report('render-ready', { sizes: images.map((bytes) => bytes.length) });
}

declare global {
  interface Window {
    __runRender?: () => Promise<Record<string, unknown>>;
  }
}
