import { useId } from 'react';
import type { LivenessImage } from '../../core/types';
import { formatText, pluralText, type LivenessDisplayText } from '../../displayText';
import { AuditImage } from '../AuditImage';

export interface ResultImagesProps {
  referenceImage: LivenessImage | undefined;
  auditImages: readonly LivenessImage[];
  text: LivenessDisplayText;
}

/** The reference image and the audit images, each with its face box, for a reviewer. */
export function ResultImages({ referenceImage, auditImages, text }: ResultImagesProps) {
  const referenceId = useId();
  const auditId = useId();
  const count = auditImages.length;
  return (
    <>
      {referenceImage ? (
        <section aria-labelledby={referenceId} className="rfl-result-reference">
          <h3 id={referenceId} className="rfl-result-subheading">
            {text.referenceImageHeading}
          </h3>
          <AuditImage image={referenceImage} alt={text.referenceImageAlt} displayText={text} />
        </section>
      ) : null}
      <section aria-labelledby={auditId} className="rfl-result-audit">
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
                <AuditImage
                  image={image}
                  alt={formatText(text.auditImageAlt, {
                    index: index + 1,
                    count,
                  })}
                  displayText={text}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
