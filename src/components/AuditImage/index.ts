export { AuditImage, type AuditImageProps } from './AuditImage';
export {
  AuditImageBox,
  AuditImageImg,
  AuditImageRoot,
  AuditImageUnavailable,
  type AuditImageBoxProps,
  type AuditImageData,
  type AuditImageImgProps,
  type AuditImageRootProps,
  type AuditImageUnavailableProps,
} from './AuditImageParts';
export type { AuditImageSource } from './useImageSource';
