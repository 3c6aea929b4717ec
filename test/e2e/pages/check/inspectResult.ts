/**
 * What the result screen actually shows, measured in the page: the gauge's value, the verdict,
 * and for every reference/audit image its decoded size, a small greyscale thumbnail (to compare
 * with the streamed video's frames in Node) and how much of the face box's pixel rectangle — as
 * laid out by CSS, mapped back to the picture's own pixels — is skin.
 */
export const THUMB = { width: 32, height: 24 };

export interface InspectedImage {
  alt: string;
  naturalWidth: number;
  naturalHeight: number;
  /** The face box in the picture's pixels, from the laid-out elements' rectangles. */
  box?: { left: number; top: number; width: number; height: number };
  /** Share of skin-coloured pixels inside the box, and in the rest of the picture. */
  skinInBox?: number;
  skinOutsideBox?: number;
  /** Share of all the picture's skin-coloured pixels that lie inside the box. */
  skinShareInBox?: number;
  /** Centre of the skin-coloured pixels, in the picture's pixels. */
  skinCentre?: { x: number; y: number };
  /** THUMB.width x THUMB.height greyscale values, row by row. */
  thumb: number[];
}

export interface InspectedResult {
  meter?: { valueNow: number; valueText: string | null };
  verdict: string | null;
  images: InspectedImage[];
}

declare global {
  interface Window {
    __inspectResult?: () => InspectedResult;
  }
}

/**
 * A classic RGB skin rule (Peer et al.: warm, saturated enough, red above green and blue), with
 * green at least half of red so that the orange suit and the flag's red stripes do not count.
 */
function isSkin(r: number, g: number, b: number): boolean {
  return r > 95 && g > 40 && b > 20 && Math.max(r, g, b) - Math.min(r, g, b) > 15 && r - g > 15 && r > b && g > 0.5 * r;
}

function pixels(img: HTMLImageElement, width: number, height: number): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(img, 0, 0, width, height);
  return context.getImageData(0, 0, width, height).data;
}

/** Greyscale THUMB-sized averages of equal blocks (what ffmpeg's `scale=…:flags=area` makes). */
function areaAverage(rgba: Uint8ClampedArray, width: number, height: number): number[] {
  const sums = new Array<number>(THUMB.width * THUMB.height).fill(0);
  const counts = new Array<number>(THUMB.width * THUMB.height).fill(0);
  for (let y = 0; y < height; y++) {
    const ty = Math.min(THUMB.height - 1, Math.floor((y * THUMB.height) / height));
    for (let x = 0; x < width; x++) {
      const tx = Math.min(THUMB.width - 1, Math.floor((x * THUMB.width) / width));
      const i = (y * width + x) * 4;
      sums[ty * THUMB.width + tx]! += 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
      counts[ty * THUMB.width + tx]! += 1;
    }
  }
  return sums.map((sum, i) => Math.round(sum / Math.max(1, counts[i]!)));
}

function inspectImage(root: Element): InspectedImage {
  const img = root.querySelector<HTMLImageElement>('img.rfl-audit-image-img')!;
  const { naturalWidth, naturalHeight } = img;
  const full = pixels(img, naturalWidth, naturalHeight);
  const thumb = areaAverage(full, naturalWidth, naturalHeight);
  const out: InspectedImage = { alt: img.alt, naturalWidth, naturalHeight, thumb };
  const boxElement = root.querySelector('.rfl-audit-image-box');
  if (!boxElement) return out;

  const shown = img.getBoundingClientRect();
  const rect = boxElement.getBoundingClientRect();
  const sx = naturalWidth / shown.width;
  const sy = naturalHeight / shown.height;
  const box = {
    left: Math.round((rect.left - shown.left) * sx),
    top: Math.round((rect.top - shown.top) * sy),
    width: Math.round(rect.width * sx),
    height: Math.round(rect.height * sy),
  };
  out.box = box;
  let inside = 0;
  let insideSkin = 0;
  let outside = 0;
  let outsideSkin = 0;
  let sumX = 0;
  let sumY = 0;
  for (let y = 0; y < naturalHeight; y++) {
    for (let x = 0; x < naturalWidth; x++) {
      const i = (y * naturalWidth + x) * 4;
      const skin = isSkin(full[i]!, full[i + 1]!, full[i + 2]!);
      const within = x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height;
      if (skin) {
        sumX += x;
        sumY += y;
      }
      if (within) {
        inside += 1;
        if (skin) insideSkin += 1;
      } else {
        outside += 1;
        if (skin) outsideSkin += 1;
      }
    }
  }
  out.skinInBox = inside ? insideSkin / inside : 0;
  out.skinOutsideBox = outside ? outsideSkin / outside : 0;
  const skin = insideSkin + outsideSkin;
  out.skinShareInBox = skin ? insideSkin / skin : 0;
  out.skinCentre = skin ? { x: Math.round(sumX / skin), y: Math.round(sumY / skin) } : undefined;
  return out;
}

export function inspectResult(): InspectedResult {
  const meter = document.querySelector('.rfl-check [role="meter"]');
  return {
    meter: meter
      ? { valueNow: Number(meter.getAttribute('aria-valuenow')), valueText: meter.getAttribute('aria-valuetext') }
      : undefined,
    verdict: document.querySelector('.rfl-check .rfl-result')?.getAttribute('data-verdict') ?? null,
    images: [...document.querySelectorAll('.rfl-check .rfl-audit-image')].map(inspectImage),
  };
}
