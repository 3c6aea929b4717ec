/**
 * Confidence drawn from a scenario's range, seeded: a run is repeatable, and a range across a
 * threshold exercises both sides of it. The expected numbers are written out for seeds 1 and 7.
 */
import { CreateFaceLivenessSessionCommand, GetFaceLivenessSessionResultsCommand } from '@aws-sdk/client-rekognition';
import { describe, expect, it } from 'vitest';
import { parseScenarioName, scenarioFromToken, startLivenessEmulator } from '../../src/emulator';
import { rekognitionClient } from '../e2e/harness/awsClients';
import { tinyWebm } from '../e2e/harness/fixtureMedia';
import { streamSession } from '../e2e/harness/streamSession';
import { readFileSync } from 'node:fs';

/** Confidences of `count` sessions made one after the other with `scenario`, on a fresh emulator. */
async function confidences(seed: number | undefined, scenario: string, count: number): Promise<number[]> {
  const emulator = await startLivenessEmulator({
    ffmpegPath: false,
    scenario,
    ...(seed === undefined ? {} : { seed }),
  });
  const client = rekognitionClient(emulator);
  const webm = readFileSync(tinyWebm());
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const { SessionId } = await client.send(new CreateFaceLivenessSessionCommand({}));
    await streamSession({
      endpoint: emulator.endpoint,
      certificate: emulator.certificate,
      sessionId: SessionId!,
      webm,
      chunks: 1,
    });
    out.push((await client.send(new GetFaceLivenessSessionResultsCommand({ SessionId }))).Confidence!);
  }
  client.destroy();
  await emulator.close();
  return out;
}

describe('confidenceRange', () => {
  it('parses confidence-A-B presets and refuses a range outside 0..100', () => {
    expect(parseScenarioName('confidence-70-90')).toEqual({ confidenceRange: { min: 70, max: 90 } });
    expect(scenarioFromToken('emu-confidence-70-90-ab12')).toEqual({ confidenceRange: { min: 70, max: 90 } });
    expect(() => parseScenarioName('confidence-90-70')).toThrow(/want 0 <= A <= B <= 100/);
    expect(() => parseScenarioName('confidence-50-101')).toThrow(/want 0 <= A <= B <= 100/);
  });

  it('draws the same numbers for the same seed, on both sides of 80 for 70..90', async () => {
    expect(await confidences(undefined, 'confidence-70-90', 6)).toEqual(SEED_1);
    expect(await confidences(1, 'confidence-70-90', 6)).toEqual(SEED_1);
    expect(await confidences(7, 'confidence-70-90', 6)).toEqual(SEED_7);
    expect(SEED_1.some((c) => c < 80) && SEED_1.some((c) => c >= 80)).toBe(true);
    expect(SEED_7.some((c) => c < 80) && SEED_7.some((c) => c >= 80)).toBe(true);
  });
});

/** Seed 1 (the default), sessions 0..5 of 70..90: two sides of 80. */
const SEED_1 = [74.659, 70.734, 72.048, 87.497, 78.883, 76.598];
/** Seed 7: another sequence, also on both sides. */
const SEED_7 = [71.924, 78.24, 76.393, 85.582, 74.119, 83.331];
