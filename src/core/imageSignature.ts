/**
 * Recognises image bytes by their first bytes (their "magic number"), never by what a server
 * claims. Only JPEG and PNG are accepted: they are what Rekognition returns, and refusing
 * anything else keeps unexpected content (SVG with script, HTML) out of an object URL.
 */

/** The image types the results view renders from bytes. */
export type ImageMimeType = 'image/jpeg' | 'image/png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** `image/jpeg` or `image/png` when the bytes carry that signature, otherwise `undefined`. */
export function imageTypeOf(bytes: Uint8Array): ImageMimeType | undefined {
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'image/jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  return undefined;
}
