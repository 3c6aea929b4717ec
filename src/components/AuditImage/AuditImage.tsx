import { forwardRef } from 'react';
import {
  AuditImageBox,
  AuditImageBoxNote,
  AuditImageImg,
  AuditImageRoot,
  AuditImageUnavailable,
  type AuditImageRootProps,
} from './AuditImageParts';

export interface AuditImageProps extends Omit<AuditImageRootProps, 'children'> {
  /**
   * Text alternative for the picture.
   * @default displayText.auditImageAltGeneric ("Image of the face, taken during the check")
   */
  alt?: string | undefined;
}

/**
 * An audit or reference image with its face bounding box drawn over it, clipped to the picture.
 * Built from the `AuditImage*` parts; drop to them for other markup.
 */
export const AuditImage = forwardRef<HTMLDivElement, AuditImageProps>(function AuditImage({ alt, ...props }, ref) {
  return (
    <AuditImageRoot ref={ref} {...props}>
      <AuditImageImg alt={alt} />
      <AuditImageBox />
      <AuditImageBoxNote />
      <AuditImageUnavailable />
    </AuditImageRoot>
  );
});
