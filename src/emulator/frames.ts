import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PLACEHOLDER_JPEG_BASE64 } from './placeholderJpeg';

/** The model's limit on AuditImage.Bytes. */
export const MAX_IMAGE_BYTES = 204_800;

/** Frames per second sampled from the video; images are picked from these. */
const SAMPLE_FPS = 5;

function run(command: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** Frames decoded from a video, or why there are none. */
export type FrameResult =
  | { frames: Buffer[] }
  /** ffmpeg could not be run (not installed, wrong path). */
  | { unavailable: true }
  /** ffmpeg ran but decoded no frame: the video holds no decodable picture. */
  | { undecodable: string };

/**
 * Decodes `webm` and returns one JPEG per requested time (seconds from the start of the video),
 * the nearest sampled frame to each.
 */
export async function extractFrames(
  webm: Uint8Array,
  times: readonly number[],
  ffmpegPath: string,
): Promise<FrameResult> {
  if (webm.byteLength === 0) return { undecodable: 'the video is empty' };
  const dir = await mkdtemp(path.join(tmpdir(), 'liveness-emulator-'));
  try {
    const input = path.join(dir, 'video.webm');
    await writeFile(input, webm);
    const args = [
      '-hide_banner',
      '-loglevel',
      'error',
      '-i',
      input,
      '-vf',
      `fps=${SAMPLE_FPS}`,
      '-q:v',
      '5',
      path.join(dir, 'f%04d.jpg'),
    ];
    let result;
    try {
      result = await run(ffmpegPath, args);
    } catch {
      return { unavailable: true };
    }
    const files = (await readdir(dir)).filter((f) => f.endsWith('.jpg')).sort();
    if (files.length === 0) {
      const why = result.stderr.trim().split('\n').pop() || `ffmpeg exited with ${String(result.code)}`;
      return { undecodable: `no frame could be decoded (${why})` };
    }
    const picked = times.map((t) => files[Math.min(files.length - 1, Math.max(0, Math.round(t * SAMPLE_FPS)))]!);
    return { frames: await Promise.all(picked.map((f) => readFile(path.join(dir, f)))) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The labelled placeholder image, with a JPEG comment segment naming what it is. */
export function placeholderJpeg(): Buffer {
  const jpeg = Buffer.from(PLACEHOLDER_JPEG_BASE64, 'base64');
  const text = Buffer.from('react-face-liveness emulator placeholder: ffmpeg unavailable, not a frame of the video');
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, text, jpeg.subarray(2)]);
}
