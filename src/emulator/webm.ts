/**
 * A structural look at a WebM (Matroska) file, enough to refuse what is not video before
 * anything is decoded: the EBML header and its DocType, the tracks, and whether any block of
 * frame data follows. Sizes may be "unknown" (MediaRecorder streams Segment and Cluster so).
 */

const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];

const ID = {
  EBML: 0x1a45dfa3,
  DocType: 0x4282,
  Segment: 0x18538067,
  Tracks: 0x1654ae6b,
  TrackEntry: 0xae,
  TrackType: 0x83,
  CodecID: 0x86,
  Cluster: 0x1f43b675,
  BlockGroup: 0xa0,
  Block: 0xa1,
  SimpleBlock: 0xa3,
} as const;

/** Elements whose content is read as more elements (the walk descends into them). */
const MASTERS: ReadonlySet<number> = new Set([
  ID.EBML,
  ID.Segment,
  ID.Tracks,
  ID.TrackEntry,
  ID.Cluster,
  ID.BlockGroup,
]);

export interface WebmShape {
  docType?: string;
  /** Codec ids of the tracks whose TrackType is 1 (video). */
  videoCodecs: string[];
  /** SimpleBlocks and Blocks seen (frame data). */
  blocks: number;
}

export const startsWithEbml = (bytes: Uint8Array) => EBML_MAGIC.every((b, i) => bytes[i] === b);

/** An EBML variable-length integer at `at`: its length in bytes and value (marker kept for ids). */
function readVint(bytes: Uint8Array, at: number, keepMarker: boolean): { length: number; value: number } | undefined {
  const first = bytes[at];
  if (first === undefined || first === 0) return undefined;
  const length = Math.clz32(first) - 23;
  if (length > 8 || at + length > bytes.length) return undefined;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i]!;
    allOnes &&= bytes[at + i] === 0xff;
  }
  return { length, value: !keepMarker && allOnes ? -1 : value };
}

/** Walks the elements of `bytes` (stops quietly at the first malformed or truncated one). */
export function inspectWebm(bytes: Uint8Array): WebmShape {
  const shape: WebmShape = { videoCodecs: [], blocks: 0 };
  let trackType: number | undefined;
  let codec: string | undefined;
  const closeTrack = () => {
    if (trackType === 1 && codec) shape.videoCodecs.push(codec);
    trackType = undefined;
    codec = undefined;
  };
  let at = 0;
  while (at < bytes.length) {
    const id = readVint(bytes, at, true);
    const size = id && readVint(bytes, at + id.length, false);
    if (!id || !size) break;
    const start = at + id.length + size.length;
    if (MASTERS.has(id.value)) {
      if (id.value === ID.TrackEntry || id.value === ID.Cluster) closeTrack();
      at = start;
      continue;
    }
    if (size.value < 0 || start + size.value > bytes.length) break;
    const data = bytes.subarray(start, start + size.value);
    if (id.value === ID.DocType) shape.docType = Buffer.from(data).toString('latin1');
    else if (id.value === ID.TrackType) trackType = data.reduce((n, b) => n * 256 + b, 0);
    else if (id.value === ID.CodecID) codec = Buffer.from(data).toString('latin1');
    else if (id.value === ID.SimpleBlock || id.value === ID.Block) shape.blocks += 1;
    at = start + size.value;
  }
  closeTrack();
  return shape;
}

/** Why `bytes` is not a WebM video the service would take, or undefined when it is one. */
export function webmProblem(bytes: Uint8Array): string | undefined {
  if (!startsWithEbml(bytes)) return 'the video is not WebM (no EBML header)';
  const shape = inspectWebm(bytes);
  if (shape.docType !== 'webm') return `the video is not WebM (DocType '${shape.docType ?? 'none'}')`;
  if (shape.videoCodecs.length === 0) return 'the WebM has no video track';
  if (shape.blocks === 0) return 'the WebM has no frames';
  return undefined;
}
