import type { ChallengePreference } from './challenge';
import type { ChallengeName } from './types';

/** The parts of a CreateFaceLivenessSession request's `Settings` the emulator acts on. */
export interface SessionSettings {
  preferences: ChallengePreference[];
  auditImagesLimit: number;
  outputConfig?: { S3Bucket: string; S3KeyPrefix?: string };
}

type Json = Record<string, unknown>;

/** Reads `Settings` of a request that already passed validation; the defaults are the service's. */
export function parseSettings(settings: Json | undefined): SessionSettings {
  const preferences = ((settings?.ChallengePreferences as Json[] | undefined) ?? []).map((p) => {
    const versions = (p.Versions ?? {}) as Json;
    return {
      type: p.Type as ChallengeName,
      minimum: versions.Minimum as string | undefined,
      maximum: versions.Maximum as string | undefined,
    };
  });
  const outputConfig = settings?.OutputConfig as SessionSettings['outputConfig'];
  return {
    preferences: preferences.length > 0 ? preferences : [{ type: 'FaceMovementAndLightChallenge' }],
    auditImagesLimit: (settings?.AuditImagesLimit as number | undefined) ?? 0,
    outputConfig: outputConfig ? { S3Bucket: outputConfig.S3Bucket, S3KeyPrefix: outputConfig.S3KeyPrefix } : undefined,
  };
}
