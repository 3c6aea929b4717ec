/**
 * GetFaceLivenessSessionResults as the browser receives it: the decision added, the score only
 * when allowed, images as base64 bytes or short-lived presigned URLs, S3 locations withheld.
 */
import type { AuditImage, GetFaceLivenessSessionResultsCommandOutput } from '@aws-sdk/client-rekognition';
import { encodeBase64 } from './base64';

type S3Location = NonNullable<AuditImage['S3Object']>;

export interface ResultsBodyOptions {
  threshold: number;
  exposeConfidence: boolean;
  /** Turns an S3 object into a URL, when an S3 client is configured. */
  presign?: (object: S3Location) => Promise<string>;
}

export interface ResultsBody {
  SessionId: string;
  Status: string;
  IsLive?: boolean;
  Confidence?: number;
  ReferenceImage?: ImageBody;
  AuditImages?: ImageBody[];
  Challenge?: { Type?: string; Version?: string };
  Feedback?: { Code?: string; Message?: string }[];
}

interface ImageBody {
  Bytes?: string;
  Url?: string;
  BoundingBox?: { Width?: number; Height?: number; Left?: number; Top?: number };
}

/** The server's decision: live only when SUCCEEDED at or above the threshold; undefined while pending. */
export function decideIsLive(
  status: string | undefined,
  confidence: number | undefined,
  threshold: number,
): boolean | undefined {
  if (status === 'SUCCEEDED') return typeof confidence === 'number' && confidence >= threshold;
  if (status === 'FAILED' || status === 'EXPIRED') return false;
  return undefined;
}

/** A failed check for the attempt limit: FAILED, or SUCCEEDED below the threshold. EXPIRED is not one. */
export function isFailedCheck(status: string | undefined, confidence: number | undefined, threshold: number): boolean {
  return status === 'FAILED' || (status === 'SUCCEEDED' && decideIsLive(status, confidence, threshold) === false);
}

async function toImageBody(image: AuditImage, presign: ResultsBodyOptions['presign']): Promise<ImageBody> {
  const out: ImageBody = {};
  if (image.Bytes && image.Bytes.length > 0) out.Bytes = encodeBase64(image.Bytes);
  else if (image.S3Object?.Bucket && image.S3Object.Name && presign) out.Url = await presign(image.S3Object);
  if (image.BoundingBox) {
    const { Width, Height, Left, Top } = image.BoundingBox;
    out.BoundingBox = { Width, Height, Left, Top };
  }
  return out;
}

export async function toResultsBody(
  output: Omit<GetFaceLivenessSessionResultsCommandOutput, '$metadata'>,
  sessionId: string,
  { threshold, exposeConfidence, presign }: ResultsBodyOptions,
): Promise<ResultsBody> {
  const body: ResultsBody = { SessionId: output.SessionId ?? sessionId, Status: output.Status ?? 'IN_PROGRESS' };
  const isLive = decideIsLive(output.Status, output.Confidence, threshold);
  if (isLive !== undefined) body.IsLive = isLive;
  if (exposeConfidence && typeof output.Confidence === 'number') body.Confidence = output.Confidence;
  if (output.ReferenceImage) body.ReferenceImage = await toImageBody(output.ReferenceImage, presign);
  if (output.AuditImages)
    body.AuditImages = await Promise.all(output.AuditImages.map((image) => toImageBody(image, presign)));
  if (output.Challenge) body.Challenge = { Type: output.Challenge.Type, Version: output.Challenge.Version };
  if (output.Feedback) body.Feedback = output.Feedback.map(({ Code, Message }) => ({ Code, Message }));
  return body;
}
