import { isBoundingBox } from './results';
import type { Session } from './session';

type Json = Record<string, unknown>;

/** Stores what a ClientSessionInformationEvent tells about the faces and the video's span. */
export function absorbClientInformation(session: Session, challenge: Json): void {
  const { video, faces } = session;
  if (typeof challenge.VideoStartTimestamp === 'number') video.start = challenge.VideoStartTimestamp;
  if (typeof challenge.VideoEndTimestamp === 'number') video.end = challenge.VideoEndTimestamp;
  const initial = challenge.InitialFace as Json | undefined;
  if (initial && isBoundingBox(initial.BoundingBox)) {
    faces.initial = {
      at: Number(initial.InitialFaceDetectedTimestamp ?? video.start ?? 0),
      box: initial.BoundingBox,
    };
  }
  const target = challenge.TargetFace as Json | undefined;
  if (target && isBoundingBox(target.BoundingBox)) {
    const at = Number(target.FaceDetectedInTargetPositionStartTimestamp ?? video.end ?? 0);
    faces.target = {
      at,
      end: Number(target.FaceDetectedInTargetPositionEndTimestamp ?? at),
      box: target.BoundingBox,
    };
  }
}
