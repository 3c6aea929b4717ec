/**
 * Object URLs for image bytes, made during render so the first commit already has its `src` (no
 * second commit to set it), shared per byte array and counted: a component holds its URL from
 * its layout effect until cleanup, and the last release revokes it a microtask later (StrictMode
 * releases and takes it again within one commit). A URL made by a render that never commits is
 * revoked by a sweep after SWEEP_MS.
 */
interface Entry {
  url: string;
  refs: number;
  revoked: boolean;
  /** The sweep of a URL no component has held yet (it holds the URL, never the bytes). */
  sweep: ReturnType<typeof setTimeout> | undefined;
}

const SWEEP_MS = 1000;
const entries = new WeakMap<Uint8Array, Entry>();

/** A revoked entry stays in the WeakMap (keyed weakly on its bytes) until replaced. */
function revoke(entry: Entry): void {
  if (entry.refs > 0 || entry.revoked) return;
  entry.revoked = true;
  URL.revokeObjectURL(entry.url);
}

function live(bytes: Uint8Array, type: string): Entry {
  const found = entries.get(bytes);
  if (found && !found.revoked) return found;
  // The Blob constructor copies the bytes (later writes to the caller's buffer do not reach it);
  // only a view of shared memory, which a Blob refuses, is copied here first.
  const part = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
  const url = URL.createObjectURL(new Blob([part], { type }));
  const entry: Entry = { url, refs: 0, revoked: false, sweep: undefined };
  entry.sweep = setTimeout(() => revoke(entry), SWEEP_MS);
  entries.set(bytes, entry);
  return entry;
}

/** The URL for these bytes, made now if there is none (during render). */
export function objectUrlFor(bytes: Uint8Array, type: string): string {
  return live(bytes, type).url;
}

/** Holds the URL for these bytes until the returned release is called; `url` is the one held. */
export function holdObjectUrl(bytes: Uint8Array, type: string): { url: string; release: () => void } {
  const entry = live(bytes, type);
  entry.refs += 1;
  clearTimeout(entry.sweep);
  entry.sweep = undefined;
  return {
    url: entry.url,
    release() {
      entry.refs -= 1;
      if (entry.refs === 0) queueMicrotask(() => revoke(entry));
    },
  };
}
