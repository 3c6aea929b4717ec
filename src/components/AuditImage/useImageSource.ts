import { useMemo, useSyncExternalStore } from 'react';
import { decodeBase64 } from '../../core/base64';
import { imageTypeOf } from '../../core/imageSignature';
import type { ImageSource } from '../../core/types';

/** Where an audit image comes from: the normalised sources, or base64 straight from JSON. */
export type AuditImageSource = ImageSource | { kind: 'base64'; base64: string };

export interface ImageSourceState {
  /** What the `<img>` should load; undefined while an object URL is being made or when unusable. */
  src: string | undefined;
  /** False when there is no source, or bytes that are not JPEG or PNG. */
  usable: boolean;
  kind: 'bytes' | 'url' | 'none';
}

/**
 * One object URL for one byte array, made while a component subscribes (after commit, so a
 * render that is thrown away makes none) and revoked when it unsubscribes.
 */
function objectUrlStore(bytes: Uint8Array | undefined, type: string | undefined) {
  let url: string | undefined;
  return {
    subscribe(notify: () => void) {
      if (!bytes || !type) return () => {};
      // A copy: the Blob must not see later writes to the caller's buffer.
      url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
      notify();
      return () => {
        URL.revokeObjectURL(url!);
        url = undefined;
      };
    },
    getSnapshot: () => url,
  };
}

const noUrlOnTheServer = () => undefined;

/**
 * Turns a source into an `src`. Bytes become one object URL per byte array (keyed on its
 * identity, so re-rendering with the same results makes none), revoked when the bytes change or
 * the component unmounts. Only JPEG and PNG signatures are accepted.
 */
export function useImageSource(source: AuditImageSource | undefined): ImageSourceState {
  const base64 = source?.kind === 'base64' ? source.base64 : undefined;
  const decoded = useMemo(() => (base64 === undefined ? undefined : decodeBase64(base64)), [base64]);
  const bytes = source?.kind === 'bytes' ? source.bytes : decoded;
  const type = useMemo(() => (bytes ? imageTypeOf(bytes) : undefined), [bytes]);
  // A store per byte array: new bytes read their own (still empty) store, never the old URL.
  const store = useMemo(() => objectUrlStore(bytes, type), [bytes, type]);
  const objectUrl = useSyncExternalStore(store.subscribe, store.getSnapshot, noUrlOnTheServer);

  if (source?.kind === 'url') return { src: source.url, usable: true, kind: 'url' };
  if (!source) return { src: undefined, usable: false, kind: 'none' };
  if (!bytes || !type) return { src: undefined, usable: false, kind: 'bytes' };
  return { src: objectUrl, usable: true, kind: 'bytes' };
}
