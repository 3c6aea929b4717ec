import type { ChallengeName } from './types';

/** Client versions the emulator answers for each challenge (what @aws-amplify/ui-react-liveness 3.x sends). */
export const CHALLENGE_VERSIONS: Record<ChallengeName, string> = {
  FaceMovementAndLightChallenge: '2.0.0',
  FaceMovementChallenge: '1.0.0',
};

/** Oval and thresholds that worked with the fixture video (notes §4). */
export const DEFAULT_OVAL = { Width: 190, Height: 307, CenterX: 312, CenterY: 210 };

export const DEFAULT_CHALLENGE_CONFIG: Record<string, number> = {
  BlazeFaceDetectionThreshold: 0.75,
  FaceDistanceThresholdMin: 0.4,
  FaceDistanceThreshold: 0.6,
  FaceDistanceThresholdMax: 0.6,
  OvalIouThreshold: 0.25,
  OvalHeightWidthRatio: 1.618,
  OvalIouWidthThreshold: 0.25,
  OvalIouHeightThreshold: 0.25,
  FaceIouWidthThreshold: 0.15,
  FaceIouHeightThreshold: 0.15,
  OvalFitTimeout: 7000,
};

/** A short freshness sequence: a flat start, then one scroll per colour. */
const COLOURS: Array<[number, number, number]> = [
  [0, 0, 0],
  [0, 255, 255],
  [255, 0, 0],
  [0, 255, 0],
  [0, 0, 255],
  [255, 255, 0],
  [0, 255, 0],
  [255, 0, 0],
];

export function colorSequences() {
  return COLOURS.map((RGB, i) => ({
    FreshnessColor: { RGB },
    DownscrollDuration: i === 0 ? 0 : 300,
    FlatDisplayDuration: i === 0 ? 100 : 0,
  }));
}

export interface SessionInformationOptions {
  challengeConfig?: Partial<Record<string, number>>;
  ovalParameters?: Partial<typeof DEFAULT_OVAL>;
}

/** The body of a ServerSessionInformationEvent for `challenge`. */
export function serverSessionInformation(challenge: ChallengeName, options: SessionInformationOptions = {}) {
  const OvalParameters = { ...DEFAULT_OVAL, ...options.ovalParameters };
  const ChallengeConfig = { ...DEFAULT_CHALLENGE_CONFIG, ...options.challengeConfig };
  const body =
    challenge === 'FaceMovementAndLightChallenge'
      ? { OvalParameters, LightChallengeType: 'SEQUENTIAL', ChallengeConfig, ColorSequences: colorSequences() }
      : { OvalParameters, ChallengeConfig };
  return { SessionInformation: { Challenge: { [challenge]: body } } };
}

export interface ChallengePreference {
  type: ChallengeName;
  minimum?: string;
  maximum?: string;
}

const versionKey = (v: string) => v.split('.').map(Number) as [number, number, number];

function compareVersions(a: string, b: string): number {
  const [x, y] = [versionKey(a), versionKey(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/**
 * The challenge a stream gets: the first of the session's preferences that the client offers
 * (`challenge-versions=FaceMovementAndLightChallenge_2.0.0,FaceMovementChallenge_1.0.0`) in a
 * version within the preference's Minimum..Maximum. Returns the type and the version used.
 */
export function pickChallenge(
  preferences: readonly ChallengePreference[],
  offered: string | null,
): { type: ChallengeName; version: string } | undefined {
  const offers = offered
    ? offered.split(',').map((entry) => {
        const [type = '', version = ''] = entry.trim().split('_');
        return { type, version };
      })
    : (Object.entries(CHALLENGE_VERSIONS) as Array<[ChallengeName, string]>).map(([type, version]) => ({
        type,
        version,
      }));
  for (const preference of preferences) {
    const match = offers.find(
      (offer) =>
        offer.type === preference.type &&
        /^\d+\.\d+\.\d+$/.test(offer.version) &&
        (!preference.minimum || compareVersions(offer.version, preference.minimum) >= 0) &&
        (!preference.maximum || compareVersions(offer.version, preference.maximum) <= 0),
    );
    if (match) return { type: preference.type, version: match.version };
  }
  return undefined;
}
