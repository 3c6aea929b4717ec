import { extractFrames, MAX_IMAGE_BYTES, placeholderJpeg } from './frames';
import type { ObjectStore } from './objectStore';
import { boxAt, imageTimes } from './results';
import type { ResultImage, ResultRecord, Session } from './session';

/** The client-clock times (ms) of the reference image and the audit images, and the video's start. */
function wantedTimes(session: Session): { start: number; times: number[] } {
  const { video, faces } = session;
  const start = video.start ?? video.firstChunkAt ?? 0;
  const end = video.end ?? video.lastChunkAt ?? start;
  const target = faces.target;
  const times = imageTimes(
    { start, end },
    target ? { start: target.at, end: target.end } : undefined,
    session.settings.auditImagesLimit,
  );
  return { start, times: [times.reference, ...times.audit] };
}

/**
 * One JPEG per wanted time: real frames from ffmpeg, labelled placeholders when ffmpeg is off or
 * missing; `undecodable` when ffmpeg ran and found no picture in the video.
 */
async function framesAt(
  video: Buffer,
  start: number,
  times: number[],
  ffmpegPath: string | false,
): Promise<{ frames: Buffer[]; source: 'ffmpeg' | 'placeholder' } | { undecodable: string }> {
  const result =
    ffmpegPath === false
      ? ({ unavailable: true } as const)
      : await extractFrames(
          video,
          times.map((t) => (t - start) / 1000),
          ffmpegPath,
        );
  if ('undecodable' in result) return result;
  if ('frames' in result) return { frames: result.frames, source: 'ffmpeg' };
  return { frames: times.map(() => placeholderJpeg()), source: 'placeholder' };
}

/** An image the model can carry: not empty, at most 204 800 bytes (never truncated). */
const fits = (image: ResultImage) => image.bytes.length > 0 && image.bytes.length <= MAX_IMAGE_BYTES;

/** Writes the images of an OutputConfig session as `<prefix>/<SessionId>/reference.jpg`, `…/audit_images/<n>.jpg`. */
function storeInS3(session: Session, images: ResultImage[], objects: ObjectStore): void {
  const out = session.settings.outputConfig;
  if (!out) return;
  const prefix = out.S3KeyPrefix ? `${out.S3KeyPrefix.replace(/\/$/, '')}/` : '';
  images.forEach((image, i) => {
    if (!fits(image)) return;
    const Name = `${prefix}${session.id}/${i === 0 ? 'reference.jpg' : `audit_images/${i}.jpg`}`;
    objects.put(out.S3Bucket, Name, image.bytes);
    image.s3 = { Bucket: out.S3Bucket, Name };
  });
}

/**
 * Makes a session's result images from its video; the boxes come from the client's face boxes.
 * Resolves to `{ undecodable }` when the video holds no decodable frame (the session then fails).
 */
export async function analyseVideo(
  session: Session,
  deps: { ffmpegPath: string | false; objects: ObjectStore },
): Promise<ResultRecord | { undecodable: string }> {
  const { start, times } = wantedTimes(session);
  const decoded = await framesAt(Buffer.concat(session.video.chunks), start, times, deps.ffmpegPath);
  if ('undecodable' in decoded) return decoded;
  const images: ResultImage[] = decoded.frames.map((bytes, i) => ({
    bytes,
    box: boxAt(times[i]!, session.faces.initial, session.faces.target),
  }));
  storeInS3(session, images, deps.objects);
  const [reference, ...audit] = images;
  return {
    reference: reference && fits(reference) ? reference : undefined,
    audit: audit.filter(fits),
    frameSource: decoded.source,
  };
}
