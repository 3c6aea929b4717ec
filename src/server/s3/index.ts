/**
 * react-face-liveness/server/s3: presigned URLs for images stored in S3 (sessions with an
 * `OutputConfig`). Needs `@aws-sdk/client-s3` and `@aws-sdk/s3-request-presigner`.
 */
export { createS3Presigner, type S3PresignerOptions } from './createS3Presigner';
export type { ImagePresigner, S3ObjectLocation } from '../types';
