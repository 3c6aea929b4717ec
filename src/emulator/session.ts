import { randomUUID } from 'node:crypto';
import type { ChallengePreference } from './challenge';
import type { TimedBox } from './results';
import type { SessionSettings } from './sessionSettings';
import type {
  BoundingBox,
  ChallengeName,
  EmulatorEventRecord,
  EmulatorSessionSnapshot,
  LivenessScenario,
  LivenessSessionStatus,
} from './types';

export interface ResultImage {
  bytes: Buffer;
  box?: BoundingBox;
  s3?: { Bucket: string; Name: string };
}

/** What the client streamed: the WebM chunks and the span of the video on the client's clock. */
export interface VideoRecord {
  chunks: Buffer[];
  count: number;
  bytes: number;
  ended: boolean;
  start?: number;
  end?: number;
  firstChunkAt?: number;
  lastChunkAt?: number;
}

/** The client's face boxes (fractions of the frame) from its ClientSessionInformationEvents. */
export interface FaceRecord {
  initial?: TimedBox;
  target?: TimedBox & { end: number };
}

/** What the analysis produced. Dropped (`purged`) once the session expired. */
export interface ResultRecord {
  reference?: ResultImage;
  audit: ResultImage[];
  frameSource?: EmulatorSessionSnapshot['frameSource'];
  purged?: boolean;
}

/** How the scenario plays out on this session: faults and pending polls still to come. */
export interface ScenarioPlay {
  scenario: LivenessScenario;
  source: EmulatorSessionSnapshot['scenarioSource'];
  getFaultsLeft: number;
  pendingPollsLeft: number;
  /** The session's creation index since start or reset (the confidence draw's index). */
  index: number;
}

export interface Session {
  readonly id: string;
  readonly token?: string;
  readonly createdAt: number;
  readonly settings: SessionSettings;
  readonly play: ScenarioPlay;
  status: Exclude<LivenessSessionStatus, 'EXPIRED'>;
  calls: { create: number; get: number; streams: number };
  challenge?: { type: ChallengeName; version: string };
  video: VideoRecord;
  faces: FaceRecord;
  results: ResultRecord;
  analysis?: Promise<void>;
  /** When Get starts answering the final status: the analysis's end plus the scenario's `pendingMs`. */
  finalAt?: number;
  events: EmulatorEventRecord[];
}

export function newSession(init: {
  token?: string;
  createdAt: number;
  settings: SessionSettings;
  scenario: LivenessScenario;
  source: ScenarioPlay['source'];
  index: number;
}): Session {
  const { scenario } = init;
  return {
    id: randomUUID(),
    token: init.token,
    createdAt: init.createdAt,
    settings: init.settings,
    play: {
      scenario,
      source: init.source,
      getFaultsLeft: scenario.getFault ? (scenario.getFault.times ?? 1) : 0,
      pendingPollsLeft: scenario.pendingPolls ?? 0,
      index: init.index,
    },
    status: 'CREATED',
    calls: { create: 1, get: 0, streams: 0 },
    video: { chunks: [], count: 0, bytes: 0, ended: false },
    faces: {},
    results: { audit: [] },
    events: [],
  };
}

/** The challenge type the session has (or will most likely have: its first preference). */
export const challengeTypeOf = (session: Session): ChallengeName =>
  session.challenge?.type ?? (session.settings.preferences[0] as ChallengePreference).type;
