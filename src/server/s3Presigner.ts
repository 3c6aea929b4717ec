/**
 * Presigned GET URLs for S3Object images. The S3 packages are loaded on first use only, so an app
 * without S3 output does not need them installed.
 */
import type { S3Client } from '@aws-sdk/client-s3';

export interface S3ObjectLocation {
  Bucket?: string;
  Name?: string;
  Version?: string;
}

export function createS3Presigner(client: S3Client, expiresIn: number): (object: S3ObjectLocation) => Promise<string> {
  const modules = Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);
  // A failed import must surface on use, not as an unhandled rejection at start-up.
  modules.catch(() => undefined);
  return async ({ Bucket, Name, Version }) => {
    const [{ GetObjectCommand }, { getSignedUrl }] = await modules;
    const command = new GetObjectCommand({ Bucket, Key: Name, ...(Version ? { VersionId: Version } : {}) });
    return getSignedUrl(client, command, { expiresIn });
  };
}
