/** Object URLs in Chromium: the Blob holds its own copy of the picture's bytes. */
import { describe, expect, it } from 'vitest';
import { holdObjectUrl } from '../../src/components/AuditImage/objectUrls';

describe('holdObjectUrl in Chromium', () => {
  it('serves the bytes as they were when the URL was made, whatever the caller writes later', async () => {
    const bytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    const held = holdObjectUrl(bytes, 'image/jpeg');
    bytes.fill(0);
    const served = new Uint8Array(await (await fetch(held.url)).arrayBuffer());
    expect([...served]).toEqual([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    held.release();
  });
});
