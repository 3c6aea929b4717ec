import { useEffect, useId, useRef, useState } from 'react';
import { placeBoundingBox } from '../../core/geometry';
import type { LivenessImage } from '../../core/types';
import { formatText, type LivenessDisplayText } from '../../displayText';
import { AuditImage } from '../AuditImage';

/** The reviewer's "show face boxes" choice, shared by the thumbnails and the dialog. */
export interface FaceBoxChoice {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function FaceBoxToggle({ checked, onChange, text }: FaceBoxChoice & { text: LivenessDisplayText }) {
  return (
    <label className="rfl-result-box-toggle">
      <input
        type="checkbox"
        name="rfl-face-boxes"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {text.showFaceBoxes}
    </label>
  );
}

export interface ImageInspectorProps {
  image: LivenessImage;
  alt: string;
  text: LivenessDisplayText;
  boxes: FaceBoxChoice;
}

/**
 * A thumbnail that opens the picture at full size in a modal `<dialog>`: Enter or Space opens it,
 * Escape or "Close" closes it, and focus returns to the thumbnail. The large picture mounts only
 * while the dialog is open.
 */
export function ImageInspector({ image, alt, text, boxes }: ImageInspectorProps) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const closer = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const openLabel = formatText(text.imageOpen, { image: alt });
  // The thumbnail's name holds every text it shows, the note on a box outside the picture too.
  const outside = placeBoundingBox(image.boundingBox)?.placement === 'outside';

  useEffect(() => {
    const element = dialog.current;
    if (!open || !element || element.open) return;
    // jsdom has no showModal; a real browser makes the rest of the page inert.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    closer.current?.focus();
  }, [open]);

  const close = () => {
    const element = dialog.current;
    if (element?.open && typeof element.close === 'function') element.close();
    else onClosed();
  };
  const onClosed = () => {
    setOpen(false);
    opener.current?.focus();
  };

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="rfl-result-image-open"
        aria-haspopup="dialog"
        aria-label={outside ? `${openLabel}. ${text.faceBoxOutside}` : openLabel}
        onClick={() => setOpen(true)}
      >
        <AuditImage image={image} alt={alt} displayText={text} />
      </button>
      {open ? (
        <dialog ref={dialog} className="rfl-image-dialog" aria-labelledby={titleId} onClose={onClosed}>
          <div className="rfl-image-dialog-bar">
            <h2 id={titleId} className="rfl-image-dialog-title">
              {alt}
            </h2>
            <FaceBoxToggle {...boxes} text={text} />
            <button type="button" className="rfl-button" data-variant="secondary" onClick={close} ref={closer}>
              {text.imageDialogClose}
            </button>
          </div>
          <AuditImage image={image} alt={alt} displayText={text} className="rfl-image-dialog-image" />
        </dialog>
      ) : null}
    </>
  );
}
