/** The emulator's time-based pending scenario: results stay IN_PROGRESS for `pendingMs` after the analysis. */
import { GetFaceLivenessSessionResultsCommand } from '@aws-sdk/client-rekognition';
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenarioName, scenarioFromToken } from '../../src/emulator/scenarios';
import { manualClock, startFixture, type Fixture } from './serverSupport';

let f: Fixture | undefined;
afterEach(async () => {
  await f?.close();
  f = undefined;
});

describe('pendingMs', () => {
  it('answers IN_PROGRESS until pendingMs after the analysis ended, then the result, and records when', async () => {
    const clock = manualClock();
    f = await startFixture({}, { now: clock.now, scenario: 'pending-2000ms' });
    const { body } = await f.createSession('alice');
    await f.stream(body.sessionId);
    const get = async () =>
      (await f!.client.send(new GetFaceLivenessSessionResultsCommand({ SessionId: body.sessionId }))).Status;
    expect(await get()).toBe('IN_PROGRESS');
    clock.advance(1999);
    expect(await get()).toBe('IN_PROGRESS');
    clock.advance(1);
    expect(await get()).toBe('SUCCEEDED');
    const final = f.emulator
      .session(body.sessionId)!
      .events.find((e) => e.name === 'status' && e.detail?.status === 'SUCCEEDED');
    expect(final?.detail?.finalAt).toBe(final!.at + 2000);
  });

  it('combines with pendingPolls and parses from preset names and tokens', async () => {
    expect(parseScenarioName('pending-2000ms')).toEqual({ pendingMs: 2000 });
    expect(parseScenarioName('pending-3')).toEqual({ pendingPolls: 3 });
    expect(scenarioFromToken('emu-pending-10000ms_abc')).toEqual({ pendingMs: 10000 });
    const clock = manualClock();
    f = await startFixture({}, { now: clock.now, scenario: { pendingMs: 500, pendingPolls: 2 } });
    const { body } = await f.createSession('alice');
    await f.stream(body.sessionId);
    const get = async () =>
      (await f!.client.send(new GetFaceLivenessSessionResultsCommand({ SessionId: body.sessionId }))).Status;
    clock.advance(1000);
    expect([await get(), await get(), await get()]).toEqual(['IN_PROGRESS', 'IN_PROGRESS', 'SUCCEEDED']);
  });
});
