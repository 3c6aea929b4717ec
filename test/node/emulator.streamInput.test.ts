/**
 * StartFaceLivenessSession input, checked against the rekognitionstreaming model as the service
 * does: the request's parameters and every client event, over the WebSocket (the detector's
 * transport) and HTTP/2 (the Node client's). A violation is a ValidationException and the
 * session never reaches SUCCEEDED; result boxes are fractions of the frame only.
 */
import { readFileSync } from 'node:fs';
import { CreateFaceLivenessSessionCommand, GetFaceLivenessSessionResultsCommand } from '@aws-sdk/client-rekognition';
import type { LivenessRequestStream } from '@aws-sdk/client-rekognitionstreaming';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLivenessEmulator, type LivenessEmulator } from '../../src/emulator';
import { rekognitionClient } from '../e2e/harness/awsClients';
import { livenessWebm } from '../e2e/harness/fixtureMedia';
import { streamSession } from '../e2e/harness/streamSession';

let emulator: LivenessEmulator;
let webm: Buffer;

beforeAll(async () => {
  webm = readFileSync(livenessWebm(3));
  emulator = await startLivenessEmulator({ pathPrefix: '/emu' });
});
afterAll(() => emulator.close());

async function create(): Promise<string> {
  const client = rekognitionClient(emulator);
  const { SessionId } = await client.send(new CreateFaceLivenessSessionCommand({}));
  client.destroy();
  return SessionId!;
}

async function status(SessionId: string) {
  const client = rekognitionClient(emulator);
  const results = await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }));
  client.destroy();
  return results;
}

type Challenge = Record<string, Record<string, unknown>>;
/** Rewrites the body of the ClientSessionInformationEvent(s) the helper sends. */
const editChallenge =
  (edit: (body: Record<string, unknown>) => void) =>
  (event: LivenessRequestStream): LivenessRequestStream => {
    const challenge = (event as { ClientSessionInformationEvent?: { Challenge: Challenge } })
      .ClientSessionInformationEvent?.Challenge;
    if (challenge) edit(Object.values(challenge)[0]!);
    return event;
  };

describe.each(['websocket', 'http2'] as const)('over %s', (transport) => {
  const stream = (sessionId: string, extra: Partial<Parameters<typeof streamSession>[0]> = {}) =>
    streamSession({
      endpoint: emulator.endpoint,
      certificate: emulator.certificate,
      sessionId,
      webm,
      transport,
      ...extra,
    });

  it('refuses a request without ChallengeVersions (required)', async () => {
    const sessionId = await create();
    const outcome = await stream(sessionId, { request: { ChallengeVersions: undefined } });
    expect(outcome.error?.name).toBe('ValidationException');
    expect(outcome.error?.message).toBe(
      "1 validation error detected: Value null at 'challengeVersions' failed to satisfy constraint: Member must not be null",
    );
    expect(emulator.session(sessionId)).toMatchObject({ status: 'CREATED', streams: 0 });
  });

  it("refuses a VideoWidth of '64' and a VideoHeight of 'abc'", async () => {
    const outcome = await stream(await create(), { request: { VideoWidth: '64', VideoHeight: 'abc' } });
    expect(outcome.error?.name).toBe('ValidationException');
    expect(outcome.error?.message).toBe(
      "3 validation errors detected: Value '64' at 'videoWidth' failed to satisfy constraint: Member must have length greater than or equal to 3; " +
        "Value '64' at 'videoWidth' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9]{3,}$; " +
        "Value 'abc' at 'videoHeight' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9]{3,}$",
    );
  });

  it('refuses an upper-case SessionId with ValidationException (the model pattern), not SessionNotFoundException', async () => {
    const sessionId = await create();
    const outcome = await stream(sessionId.toUpperCase());
    expect(outcome.error?.name).toBe('ValidationException');
    expect(outcome.error?.message).toBe(
      `1 validation error detected: Value '${sessionId.toUpperCase()}' at 'sessionId' failed to satisfy constraint: ` +
        'Member must satisfy regular expression pattern: ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
    );
    expect(emulator.session(sessionId)).toMatchObject({ status: 'CREATED', streams: 0 });
    // A well-formed id nobody created is what SessionNotFoundException is for.
    const unknown = await stream('00000000-0000-4000-8000-000000000000');
    expect(unknown.error?.name).toBe('SessionNotFoundException');
  });

  it('refuses a VideoEvent whose TimestampMillis is 1000 (EpochMillis starts at 2022-01-01)', async () => {
    const sessionId = await create();
    const outcome = await stream(sessionId, {
      mapEvent: (event) => (event.VideoEvent ? { VideoEvent: { ...event.VideoEvent, TimestampMillis: 1000 } } : event),
    });
    expect(outcome.error?.name).toBe('ValidationException');
    expect(outcome.error?.message).toBe(
      "1 validation error detected: Value '1000' at 'videoEvent.timestampMillis' failed to satisfy constraint: Member must have value greater than or equal to 1640995200000",
    );
    expect((await status(sessionId)).Status).toBe('FAILED');
  });

  it('refuses a face box in pixels (Width 320); no pixel box reaches the results', async () => {
    const sessionId = await create();
    const outcome = await stream(sessionId, {
      mapEvent: editChallenge((body) => {
        const face = body.InitialFace as { BoundingBox: Record<string, number> };
        face.BoundingBox = { Width: 320, Height: 240, Left: 160, Top: 120 };
      }),
    });
    expect(outcome.error?.name).toBe('ValidationException');
    expect(outcome.error?.message).toMatch(
      /^4 validation errors detected: Value '320' at 'clientSessionInformationEvent\.challenge\.faceMovementAndLightChallenge\.initialFace\.boundingBox\.width' failed to satisfy constraint: Member must have value less than or equal to 1; /,
    );
    const results = await status(sessionId);
    expect(results.Status).toBe('FAILED');
    expect(results.ReferenceImage).toBeUndefined();
  });

  it('refuses a ChallengeId that is not a UUID and an event without its InitialFace timestamp', async () => {
    const notUuid = await stream(await create(), {
      mapEvent: editChallenge((body) => (body.ChallengeId = 'node-test')),
    });
    const at = 'clientSessionInformationEvent.challenge.faceMovementAndLightChallenge.challengeId';
    expect(notUuid.error?.message).toBe(
      `2 validation errors detected: Value 'node-test' at '${at}' failed to satisfy constraint: Member must have length greater than or equal to 36; ` +
        `Value 'node-test' at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`,
    );
    const noTimestamp = await stream(await create(), {
      mapEvent: editChallenge(
        (body) => delete (body.InitialFace as Record<string, unknown>).InitialFaceDetectedTimestamp,
      ),
    });
    expect(noTimestamp.error?.message).toBe(
      "1 validation error detected: Value null at 'clientSessionInformationEvent.challenge.faceMovementAndLightChallenge.initialFace.initialFaceDetectedTimestamp' failed to satisfy constraint: Member must not be null",
    );
  });

  it("takes the detector's close notice (TimestampMillis {closeCode}) as a goodbye: the session FAILS, nothing is answered", async () => {
    const sessionId = await create();
    const outcome = await stream(sessionId, {
      mapEvent: (event) =>
        event.VideoEvent && event.VideoEvent.VideoChunk?.length === 0
          ? ({ VideoEvent: { VideoChunk: new Uint8Array(0), TimestampMillis: { closeCode: 4003 } } } as never)
          : event,
    });
    expect(outcome.error).toBeUndefined();
    expect(outcome.events.map((e) => Object.keys(e)[0])).toEqual(['ServerSessionInformationEvent']);
    expect((await status(sessionId)).Status).toBe('FAILED');
    const failed = emulator
      .session(sessionId)!
      .events.find((e) => e.name === 'status' && e.detail?.status === 'FAILED');
    expect(failed?.detail?.reason).toBe('client close code 4003');
  });

  it('refuses random bytes instead of WebM at the first chunk; the session FAILS, never SUCCEEDED', async () => {
    const sessionId = await create();
    const noise = Buffer.alloc(60_000);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
    const outcome = await stream(sessionId, { webm: noise });
    expect(outcome.error?.name).toBe('ValidationException');
    expect(outcome.error?.message).toBe(
      'The video does not match the required format: it is not WebM (it starts with 0x0d9726b0, not an EBML header).',
    );
    expect((await status(sessionId)).Status).toBe('FAILED');
  });

  it('accepts a WebM whose first chunk is one byte (the header is judged on the bytes so far)', async () => {
    const sessionId = await create();
    const outcome = await stream(sessionId, { firstChunkBytes: 1 });
    expect(outcome.error).toBeUndefined();
    expect((await status(sessionId)).Status).toBe('SUCCEEDED');
  });

  it('refuses a WebM without a video track at the end of the video', async () => {
    const sessionId = await create();
    const outcome = await stream(sessionId, { webm: audioOnlyWebm(), chunks: 1 });
    expect(outcome.error?.name).toBe('ValidationException');
    expect(outcome.error?.message).toBe('The video does not match the required format: the WebM has no video track.');
    expect((await status(sessionId)).Status).toBe('FAILED');
  });

  it('fails a WebM whose frames do not decode (ffmpeg finds no picture): FAILED, not SUCCEEDED', async () => {
    const sessionId = await create();
    const outcome = await stream(sessionId, { webm: undecodableWebm(), chunks: 1 });
    expect(outcome.error).toBeUndefined(); // the container is fine; the analysis finds nothing
    const results = await status(sessionId);
    expect(results.Status).toBe('FAILED');
    expect(results.Confidence).toBeUndefined();
    const final = emulator.session(sessionId)!.events.find((e) => e.name === 'status' && e.detail?.status === 'FAILED');
    expect(final?.detail?.reason).toBe('no decodable frame');
  });
});

// ---- hand-made WebM files -------------------------------------------------------------------

/** An EBML element: id bytes, an 8-byte size, the content. */
function element(id: number[], ...content: Array<Buffer | number[]>): Buffer {
  const body = Buffer.concat(content.map((c) => (Buffer.isBuffer(c) ? c : Buffer.from(c))));
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(BigInt(body.length) | (1n << 56n));
  return Buffer.concat([Buffer.from(id), size, body]);
}
const text = (value: string) => Buffer.from(value, 'latin1');

const EBML_HEADER = element([0x1a, 0x45, 0xdf, 0xa3], element([0x42, 0x82], text('webm')));

/** A WebM whose only track is audio (TrackType 2, Opus), with one block. */
function audioOnlyWebm(): Buffer {
  const track = element([0xae], element([0xd7], [1]), element([0x83], [2]), element([0x86], text('A_OPUS')));
  const cluster = element([0x1f, 0x43, 0xb6, 0x75], element([0xe7], [0]), element([0xa3], [0x81, 0, 0, 0x80, 1, 2, 3]));
  return Buffer.concat([
    EBML_HEADER,
    element([0x18, 0x53, 0x80, 0x67], element([0x16, 0x54, 0xae, 0x6b], track), cluster),
  ]);
}

/** A WebM with a VP8 video track and blocks of zeros: the right shape, no picture in it. */
function undecodableWebm(): Buffer {
  const video = element([0xe0], element([0xb0], [0x02, 0x80]), element([0xba], [0x01, 0xe0]));
  const track = element([0xae], element([0xd7], [1]), element([0x83], [1]), element([0x86], text('V_VP8')), video);
  const block = (t: number) => element([0xa3], [0x81, 0, t, 0x80], Buffer.alloc(400));
  const cluster = element([0x1f, 0x43, 0xb6, 0x75], element([0xe7], [0]), block(0), block(33), block(66));
  return Buffer.concat([
    EBML_HEADER,
    element([0x18, 0x53, 0x80, 0x67], element([0x16, 0x54, 0xae, 0x6b], track), cluster),
  ]);
}
