/**
 * Media made from test/fixtures/astronaut.jpg with Debian's ffmpeg at test time, cached in
 * <repo>/.cache/liveness-media (git-ignored): never committed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURE_PHOTO = path.join(repo, 'test/fixtures/astronaut.jpg');
export const MEDIA_CACHE = path.join(repo, '.cache/liveness-media');
export const FFMPEG = process.env.FFMPEG_PATH ?? 'ffmpeg';

/** Fails with a clear message when ffmpeg is missing (CI installs it: `apt-get install -y ffmpeg`). */
export function requireFfmpeg(): void {
  const probe = spawnSync(FFMPEG, ['-version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `ffmpeg is required to make the test video (tried '${FFMPEG}'; set FFMPEG_PATH or apt-get install -y ffmpeg).`,
    );
  }
}

function cached(name: string, make: (out: string) => string[]): string {
  requireFfmpeg();
  mkdirSync(MEDIA_CACHE, { recursive: true });
  const out = path.join(MEDIA_CACHE, name);
  if (existsSync(out)) return out;
  const partial = `${out}.${process.pid}.partial${path.extname(out)}`;
  execFileSync(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-y', ...make(partial)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  renameSync(partial, out);
  return out;
}

/** The face-in-a-grey-room clip of PROVENANCE.md: still 3 s, moving closer 5 s, still 2 s (150 frames, 15 fps). */
const FAKE_CAMERA_FILTER =
  "[0][1]overlay=x=201:y=210,scale=1704:1280,zoompan=z='if(lt(on,45),1.4,if(lt(on,120),1.4+1.8*(on-45)/75,3.2))':x='852-iw/zoom/2':y='640-ih/zoom/2':d=150:s=640x480:fps=15,setsar=1,format=yuv420p";
const GREY_ROOM = ['-f', 'lavfi', '-i', 'color=c=0x7f7f7f:s=852x640:r=1:d=1', '-i', FIXTURE_PHOTO];

/** Y4M for Chromium's --use-file-for-fake-video-capture (~69 MB). */
export function fakeCameraY4m(): string {
  return cached('face.y4m', (out) => [
    ...GREY_ROOM,
    '-filter_complex',
    FAKE_CAMERA_FILTER,
    '-frames:v',
    '150',
    '-f',
    'yuv4mpegpipe',
    out,
  ]);
}

/** A short VP8 WebM of the same scene, 640x480 — what MediaRecorder would stream. */
export function livenessWebm(seconds = 3): string {
  const frames = seconds * 15;
  return cached(`face-${seconds}s.webm`, (out) => [
    ...GREY_ROOM,
    '-filter_complex',
    FAKE_CAMERA_FILTER,
    '-frames:v',
    String(frames),
    '-c:v',
    'libvpx',
    '-b:v',
    '600k',
    '-deadline',
    'realtime',
    '-f',
    'webm',
    out,
  ]);
}

/**
 * A tiny real WebM (VP8, 64x48, 3 frames of ffmpeg's test pattern, ≈ 2 KB): for tests that need a
 * stream the service accepts (EBML header, a video track, decodable frames) but no face.
 */
export function tinyWebm(): string {
  return cached('tiny-testsrc-64x48.webm', (out) => [
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=64x48:rate=5:duration=0.6',
    '-c:v',
    'libvpx',
    '-b:v',
    '30k',
    '-pix_fmt',
    'yuv420p',
    out,
  ]);
}
