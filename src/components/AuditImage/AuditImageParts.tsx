/**
 * The parts of an audit image, one element each: the frame, the picture, the face box over it and
 * the "image unavailable" state. `<AuditImage>` is the default composition.
 */
import {
  createContext,
  forwardRef,
  useContext,
  useMemo,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
} from 'react';
import { boxToPercentages, placeBoundingBox, type BoxPlacement } from '../../core/geometry';
import type { BoundingBox } from '../../core/types';
import { resolveDisplayText, type LivenessDisplayText } from '../../displayText';
import { useImageSource, type AuditImageSource } from './useImageSource';

/** An image to show: the shape of `LivenessImage`, with base64 bytes allowed too. */
export interface AuditImageData {
  source?: AuditImageSource | undefined;
  boundingBox?: BoundingBox | undefined;
}

type ImageState = 'loading' | 'loaded' | 'unavailable';

interface AuditImageContextValue {
  src: string | undefined;
  state: ImageState;
  placement: BoxPlacement | undefined;
  text: LivenessDisplayText;
  onLoad: () => void;
  onError: () => void;
}

const AuditImageContext = createContext<AuditImageContextValue | null>(null);

function useAuditImage(part: string): AuditImageContextValue {
  const context = useContext(AuditImageContext);
  if (!context) throw new Error(`\`${part}\` must be used within \`AuditImageRoot\`.`);
  return context;
}

const classes = (own: string, extra: string | undefined) => (extra ? `${own} ${extra}` : own);

export interface AuditImageRootProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * The image and its face box, for example `results.auditImages[0]` or `results.referenceImage`.
   * Bytes must be JPEG or PNG; anything else shows the "image unavailable" state.
   * @default undefined (shows "image unavailable")
   */
  image?: AuditImageData | undefined;
  /**
   * Overrides for any display-text key (`auditImageAltGeneric`, `imageUnavailable`…).
   * @default English
   */
  displayText?: Partial<LivenessDisplayText> | undefined;
}

/** The frame: sized by the picture, so the box's percentages land on the picture at any size. */
export const AuditImageRoot = forwardRef<HTMLDivElement, AuditImageRootProps>(function AuditImageRoot(
  { image, displayText, className, children, ...props },
  ref,
) {
  const text = useMemo(() => resolveDisplayText(displayText), [displayText]);
  const { src, usable, kind } = useImageSource(image?.source);
  const [loadedSrc, setLoadedSrc] = useState<string>();
  const [failedSrc, setFailedSrc] = useState<string>();
  const placement = useMemo(() => placeBoundingBox(image?.boundingBox), [image?.boundingBox]);
  // Derived from the current src, so a new image never inherits the last one's load or failure.
  const state: ImageState =
    !usable || (src !== undefined && failedSrc === src)
      ? 'unavailable'
      : src !== undefined && loadedSrc === src
        ? 'loaded'
        : 'loading';
  const context = useMemo<AuditImageContextValue>(
    () => ({
      src,
      state,
      placement,
      text,
      onLoad: () => setLoadedSrc(src),
      onError: () => setFailedSrc(src),
    }),
    [src, state, placement, text],
  );
  return (
    <AuditImageContext.Provider value={context}>
      <div data-state={state} data-source={kind} className={classes('rfl-audit-image', className)} ref={ref} {...props}>
        {children}
      </div>
    </AuditImageContext.Provider>
  );
});

export type AuditImageImgProps = ComponentPropsWithoutRef<'img'>;

/** The picture. Not rendered when the image is unavailable. */
export const AuditImageImg = forwardRef<HTMLImageElement, AuditImageImgProps>(function AuditImageImg(
  { alt, className, onLoad, onError, ...props },
  ref,
) {
  const context = useAuditImage('AuditImageImg');
  if (context.state === 'unavailable' || context.src === undefined) return null;
  return (
    <img
      src={context.src}
      alt={alt ?? context.text.auditImageAltGeneric}
      decoding="async"
      className={classes('rfl-audit-image-img', className)}
      onLoad={(event) => {
        context.onLoad();
        onLoad?.(event);
      }}
      onError={(event) => {
        context.onError();
        onError?.(event);
      }}
      ref={ref}
      {...props}
    />
  );
});

export type AuditImageBoxProps = ComponentPropsWithoutRef<'div'>;

/**
 * The face box, placed by `--rfl-box-left/top/width/height` as percentages of the picture.
 * `data-placement` is `inside`, `partly` or `outside`; `data-clipped` lists the image edges it was
 * cut at ("left top"). A box wholly outside the picture is drawn as a marker on the edges it lies
 * beyond (`data-beyond`). Not rendered without a box, or when the image is unavailable.
 */
export const AuditImageBox = forwardRef<HTMLDivElement, AuditImageBoxProps>(function AuditImageBox(
  { className, style, ...props },
  ref,
) {
  const { placement, state } = useAuditImage('AuditImageBox');
  if (!placement || state === 'unavailable') return null;
  const outside = placement.placement === 'outside';
  const percent = boxToPercentages(outside ? placement.marker : placement.box);
  const clipped = outside ? [] : placement.box.clippedEdges;
  const geometry = {
    '--rfl-box-left': percent.left,
    '--rfl-box-top': percent.top,
    '--rfl-box-width': percent.width,
    '--rfl-box-height': percent.height,
  } as CSSProperties;
  return (
    <div
      aria-hidden="true"
      data-placement={placement.placement}
      data-clipped={clipped.length > 0 ? clipped.join(' ') : undefined}
      data-beyond={outside ? placement.beyond.join(' ') : undefined}
      className={classes('rfl-audit-image-box', className)}
      style={{ ...geometry, ...style }}
      ref={ref}
      {...props}
    />
  );
});

export type AuditImageUnavailableProps = ComponentPropsWithoutRef<'div'>;

/** "Image unavailable": shown instead of the picture when there is nothing displayable. */
export const AuditImageUnavailable = forwardRef<HTMLDivElement, AuditImageUnavailableProps>(
  function AuditImageUnavailable({ className, children, ...props }, ref) {
    const { state, text } = useAuditImage('AuditImageUnavailable');
    if (state !== 'unavailable') return null;
    return (
      <div className={classes('rfl-audit-image-unavailable', className)} ref={ref} {...props}>
        {children ?? text.imageUnavailable}
      </div>
    );
  },
);

export type AuditImageBoxNoteProps = ComponentPropsWithoutRef<'p'>;

/**
 * "The face box lies outside this picture", over the picture when the box is wholly outside it:
 * the edge marker alone could pass for no box at all.
 */
export const AuditImageBoxNote = forwardRef<HTMLParagraphElement, AuditImageBoxNoteProps>(function AuditImageBoxNote(
  { className, children, ...props },
  ref,
) {
  const { placement, state, text } = useAuditImage('AuditImageBoxNote');
  if (placement?.placement !== 'outside' || state === 'unavailable') return null;
  return (
    <p className={classes('rfl-audit-image-note', className)} ref={ref} {...props}>
      {children ?? text.faceBoxOutside}
    </p>
  );
});
