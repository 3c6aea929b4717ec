import { useId } from 'react';
import type { LivenessImage } from '../../core/types';
import { formatText, pluralText, type LivenessDisplayText } from '../../displayText';
import { ImageInspector, type FaceBoxChoice } from './ImageInspector';

export { FaceBoxToggle } from './ImageInspector';

export interface ResultImagesProps {
  referenceImage: LivenessImage | undefined;
  auditImages: readonly LivenessImage[];
  text: LivenessDisplayText;
  boxes: FaceBoxChoice;
}

/**
 * The reference image and the audit images, each with its face box, for a reviewer; each opens full size.
 * Named groups, not region landmarks: a page of several results would repeat the landmark names.
 */
export function ResultImages({ referenceImage, auditImages, text, boxes }: ResultImagesProps) {
  const referenceId = useId();
  const auditId = useId();
  const count = auditImages.length;
  return (
    <>
      {referenceImage ? (
        <div role="group" aria-labelledby={referenceId} className="rfl-result-reference">
          <h3 id={referenceId} className="rfl-result-subheading">
            {text.referenceImageHeading}
          </h3>
          <ImageInspector image={referenceImage} alt={text.referenceImageAlt} text={text} boxes={boxes} />
        </div>
      ) : null}
      <div role="group" aria-labelledby={auditId} className="rfl-result-audit">
        <h3 id={auditId} className="rfl-result-subheading">
          {text.auditImagesHeading}
        </h3>
        <p className="rfl-result-description">
          {count === 0 ? text.noAuditImages : pluralText(text, 'auditImagesCount', count)}
        </p>
        {count === 0 ? null : (
          <ul className="rfl-result-audit-list" data-count={count}>
            {auditImages.map((image, index) => (
              // The service's order is the only identity an audit image has.
              <li key={index} className="rfl-result-audit-item">
                <ImageInspector
                  image={image}
                  alt={formatText(text.auditImageAlt, { index: index + 1, count })}
                  text={text}
                  boxes={boxes}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
