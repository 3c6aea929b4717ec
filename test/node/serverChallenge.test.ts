import { describe, expect, it } from 'vitest';
import { settingsForChallenge } from '../../src/server/challengePolicy';
import { errorOf, fixturePerTest, newToken } from './serverSupport';

const start = fixturePerTest();
const create = (f: Awaited<ReturnType<typeof start>>, body: Record<string, unknown>) =>
  f.call('POST', '/api/liveness/sessions', { user: 'alice', body: { clientRequestToken: newToken(), ...body } });

describe('createLivenessHandler: the challenge a caller asks for', () => {
  it('by default honours FaceMovementChallenge through Settings.ChallengePreferences, keeping the other settings', async () => {
    const f = await start({
      sessionSettings: { AuditImagesLimit: 3, ChallengePreferences: [{ Type: 'FaceMovementAndLightChallenge' }] },
    });
    const response = await create(f, { challenge: 'FaceMovementChallenge' });
    expect(response.status).toBe(201);
    const { sessionId } = (await response.json()) as { sessionId: string };
    expect(f.emulator.session(sessionId)).toMatchObject({
      challengeType: 'FaceMovementChallenge',
      auditImagesLimit: 3,
    });
  });

  it('keeps the server’s challenge when the caller asks for none', async () => {
    const f = await start({ sessionSettings: { ChallengePreferences: [{ Type: 'FaceMovementChallenge' }] } });
    const { sessionId } = (await (await create(f, {})).json()) as { sessionId: string };
    expect(f.emulator.session(sessionId)!.challengeType).toBe('FaceMovementChallenge');
    const plain = await start();
    const other = (await (await create(plain, {})).json()) as { sessionId: string };
    expect(plain.emulator.session(other.sessionId)!.challengeType).toBe('FaceMovementAndLightChallenge');
  });

  it("refuses FaceMovementChallenge under movementOnlyChallenge: 'refuse' with 403 CHALLENGE_NOT_ALLOWED, before any AWS call", async () => {
    const f = await start({ movementOnlyChallenge: 'refuse' });
    const response = await create(f, { challenge: 'FaceMovementChallenge' });
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ code: 'CHALLENGE_NOT_ALLOWED', retryable: false });
    expect(f.awsCalls('CreateFaceLivenessSession')).toBe(0);

    // The light challenge is still granted when asked for.
    const light = await create(f, { challenge: 'FaceMovementAndLightChallenge' });
    expect(light.status).toBe(201);
    const { sessionId } = (await light.json()) as { sessionId: string };
    expect(f.emulator.session(sessionId)!.challengeType).toBe('FaceMovementAndLightChallenge');
  });

  it.each([['NoChallenge'], [42], [null], [['FaceMovementChallenge']]])(
    'refuses challenge %j with 400 INVALID_REQUEST, before any AWS call',
    async (challenge) => {
      const f = await start();
      const response = await create(f, { challenge });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('INVALID_REQUEST');
      expect(f.awsCalls('CreateFaceLivenessSession')).toBe(0);
    },
  );
});

describe('settingsForChallenge', () => {
  it('keeps the versions the server set for the asked-for challenge, and only that preference', () => {
    const settings = {
      AuditImagesLimit: 1,
      ChallengePreferences: [
        { Type: 'FaceMovementAndLightChallenge' as const },
        { Type: 'FaceMovementChallenge' as const, Versions: { Minimum: '1.0.0' } },
      ],
    };
    expect(settingsForChallenge(settings, 'FaceMovementChallenge', 'allow')).toEqual({
      AuditImagesLimit: 1,
      ChallengePreferences: [{ Type: 'FaceMovementChallenge', Versions: { Minimum: '1.0.0' } }],
    });
    expect(settingsForChallenge(settings, undefined, 'refuse')).toBe(settings);
    expect(settingsForChallenge(undefined, 'FaceMovementChallenge', 'allow')).toEqual({
      ChallengePreferences: [{ Type: 'FaceMovementChallenge' }],
    });
  });
});
