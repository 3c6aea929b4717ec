import { useMemo, useReducer, useSyncExternalStore } from 'react';
import { decodeBase64 } from '../../core/base64';
import { imageTypeOf } from '../../core/imageSignature';
import type { ImageSource } from '../../core/types';
import { useIsomorphicLayoutEffect } from '../../hooks/useLatest';
import { holdObjectUrl, objectUrlFor } from './objectUrls';

/** Where an audit image comes from: the normalised sources, or base64 straight from JSON. */
export type AuditImageSource = ImageSource | { kind: 'base64'; base64: string };

export interface ImageSourceState {
  /** What the `<img>` should load; undefined when unusable (or on the server, for bytes). */
  src: string | undefined;
  /** False when there is no source, or bytes that are not JPEG or PNG. */
  usable: boolean;
  kind: 'bytes' | 'url' | 'none';
}

/**
 * The object URL for `bytes`, there in the render that first sees them (the `<img>` gets its `src`
 * in the first commit), held while mounted and revoked after. On the server: none.
 */
const subscribeToNothing = () => () => {};
const isClient = () => true;
const isServer = () => false;

function useObjectUrl(bytes: Uint8Array | undefined, type: string | undefined): string | undefined {
  const [, refresh] = useReducer((count: number) => count + 1, 0);
  // False on the server and while hydrating (the server's HTML has no URL), true otherwise.
  const client = useSyncExternalStore(subscribeToNothing, isClient, isServer);
  const url = bytes && type && client ? objectUrlFor(bytes, type) : undefined;
  useIsomorphicLayoutEffect(() => {
    if (!bytes || !type) return;
    const held = holdObjectUrl(bytes, type);
    // The render's URL was swept (a render that waited too long to commit): show the new one.
    if (held.url !== url) refresh();
    return held.release;
  }, [bytes, type, url]);
  return url;
}

/**
 * Turns a source into an `src`. Bytes become one object URL per byte array (keyed on its
 * identity, so re-rendering with the same results makes none), made during render and revoked
 * when the bytes change or the component unmounts. Only JPEG and PNG signatures are accepted.
 */
export function useImageSource(source: AuditImageSource | undefined): ImageSourceState {
  const base64 = source?.kind === 'base64' ? source.base64 : undefined;
  const decoded = useMemo(() => (base64 === undefined ? undefined : decodeBase64(base64)), [base64]);
  const bytes = source?.kind === 'bytes' ? source.bytes : decoded;
  const type = useMemo(() => (bytes ? imageTypeOf(bytes) : undefined), [bytes]);
  const objectUrl = useObjectUrl(bytes, type);

  if (source?.kind === 'url') return { src: source.url, usable: true, kind: 'url' };
  if (!source) return { src: undefined, usable: false, kind: 'none' };
  if (!bytes || !type) return { src: undefined, usable: false, kind: 'bytes' };
  return { src: objectUrl, usable: true, kind: 'bytes' };
}
