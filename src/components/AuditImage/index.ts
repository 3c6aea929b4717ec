export { AuditImage, type AuditImageProps } from './AuditImage';
export {
  AuditImageBox,
  AuditImageBoxNote,
  AuditImageImg,
  AuditImageRoot,
  AuditImageUnavailable,
  type AuditImageBoxNoteProps,
  type AuditImageBoxProps,
  type AuditImageData,
  type AuditImageImgProps,
  type AuditImageRootProps,
  type AuditImageUnavailableProps,
} from './AuditImageParts';
export type { AuditImageSource } from './useImageSource';
