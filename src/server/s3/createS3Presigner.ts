/**
 * Presigned GET URLs for S3Object images, in an entry of its own (`react-face-liveness/server/s3`):
 * only an app that imports it names the S3 packages, so `react-face-liveness/server` stays free of
 * them and a bundler never tries to resolve them for an app without S3 output.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ImagePresigner, S3ObjectLocation } from '../types';

export interface S3PresignerOptions {
  /** The client that signs: its credentials need `s3:GetObject` on the output prefix. */
  client: S3Client;
  /** Lifetime of each URL, in seconds. @default 60 */
  expiresIn?: number;
}

/** `presignImage` for `createLivenessHandler`: each S3Object becomes a short-lived GET URL. */
export function createS3Presigner({ client, expiresIn = 60 }: S3PresignerOptions): ImagePresigner {
  return ({ Bucket, Name, Version }: S3ObjectLocation) => {
    const command = new GetObjectCommand({ Bucket, Key: Name, ...(Version ? { VersionId: Version } : {}) });
    return getSignedUrl(client, command, { expiresIn });
  };
}
