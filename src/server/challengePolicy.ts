/**
 * The challenge a caller may ask for. `FaceMovementAndLightChallenge` (the service's default)
 * flashes colours over the screen; `FaceMovementChallenge` does not, for people sensitive to
 * flashing lights. The request comes from the browser, so it is only a wish: the server's policy
 * decides, and the session's `Settings.ChallengePreferences` carries the outcome to AWS.
 */
import type { CreateFaceLivenessSessionRequestSettings } from '@aws-sdk/client-rekognition';
import type { ChallengeType } from '../core/types';
import { HttpError } from './httpError';

const CHALLENGES: readonly ChallengeType[] = ['FaceMovementAndLightChallenge', 'FaceMovementChallenge'];

/** Whether callers may ask for the movement-only challenge (`'allow'` or `'refuse'`). */
export type MovementOnlyPolicy = 'allow' | 'refuse';

/** The `challenge` field of a create request: absent, or one of the two challenge names. */
export function readChallenge(value: unknown): ChallengeType | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (CHALLENGES as readonly string[]).includes(value)) return value as ChallengeType;
  throw new HttpError(
    400,
    'INVALID_REQUEST',
    'challenge must be FaceMovementAndLightChallenge or FaceMovementChallenge.',
  );
}

/**
 * The session settings for a request: the server's own when the caller asked for nothing, else
 * the same settings with the asked-for challenge as the only preference (keeping any versions the
 * server set for that challenge). Refused by policy → 403 CHALLENGE_NOT_ALLOWED, before any AWS call.
 */
export function settingsForChallenge(
  settings: CreateFaceLivenessSessionRequestSettings | undefined,
  challenge: ChallengeType | undefined,
  policy: MovementOnlyPolicy,
): CreateFaceLivenessSessionRequestSettings | undefined {
  if (challenge === undefined) return settings;
  if (challenge === 'FaceMovementChallenge' && policy === 'refuse') {
    throw new HttpError(403, 'CHALLENGE_NOT_ALLOWED', 'This server does not offer the movement-only challenge.');
  }
  const configured = settings?.ChallengePreferences?.find((preference) => preference.Type === challenge);
  return { ...settings, ChallengePreferences: [configured ?? { Type: challenge }] };
}
