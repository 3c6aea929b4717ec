import type { LivenessService } from './livenessService';
import type { ObjectStore } from './objectStore';
import type {
  EmulatorOperation,
  EmulatorRecord,
  EmulatorRequestRecord,
  EmulatorSessionSnapshot,
  ScenarioInput,
} from './types';

export interface LivenessEmulator {
  /** `https://127.0.0.1:PORT` (no trailing slash): the endpoint for RekognitionClient, S3Client and the detector. */
  readonly url: string;
  /** `url` + pathPrefix: what to give the detector as `config.endpointOverride`. */
  readonly endpoint: string;
  readonly port: number;
  /** The self-signed certificate (PEM) and its key: trust `certificate` to talk TLS to the emulator. */
  readonly certificate: string;
  readonly privateKey: string;
  /** Scenario for every session without its own (`undefined` restores the default, 'live'). */
  setScenario(scenario: ScenarioInput | undefined): void;
  /** Scenarios for the next sessions created, one per CreateFaceLivenessSession, in order. */
  queueScenario(...scenarios: ScenarioInput[]): void;
  /** Snapshots of every session, in creation order. */
  sessions(): EmulatorSessionSnapshot[];
  session(sessionId: string): EmulatorSessionSnapshot | undefined;
  /** Every request answered (HTTP and WebSocket upgrades), optionally filtered. */
  requests(filter?: { operation?: EmulatorOperation; sessionId?: string }): EmulatorRequestRecord[];
  /** Requests and session events interleaved, in order. */
  records(): EmulatorRecord[];
  /** The WebM a session's client streamed (until the session expires). */
  video(sessionId: string): Buffer | undefined;
  /** Bytes of an object the emulator wrote for an OutputConfig session. */
  getObject(bucket: string, key: string): Buffer | undefined;
  /** Keys (`bucket/key`) of every stored object. */
  objectKeys(): string[];
  /** Forget all sessions, records and scenarios. */
  reset(): void;
  /** How many model constraints are enforced. */
  readonly constraintCount: number;
  close(): Promise<void>;
}

/** The test-facing view of a running emulator: what it was asked, what it holds, how to steer it. */
export function emulatorHandle(
  service: LivenessService,
  objects: ObjectStore,
  server: Pick<
    LivenessEmulator,
    'url' | 'endpoint' | 'port' | 'certificate' | 'privateKey' | 'constraintCount' | 'close'
  >,
): LivenessEmulator {
  const withSession = <T>(id: string, read: (s: NonNullable<ReturnType<LivenessService['find']>>) => T) => {
    const s = service.find(id);
    return s ? read(s) : undefined;
  };
  return {
    ...server,
    setScenario: (scenario) => service.scenarios.set(scenario),
    queueScenario: (...scenarios) => service.scenarios.enqueue(...scenarios),
    sessions: () => service.all().map((s) => service.snapshot(s)),
    session: (id) => withSession(id, (s) => service.snapshot(s)),
    requests: (filter) => service.log.requests(filter),
    records: () => service.log.all(),
    video: (id) => withSession(id, (s) => service.video(s)),
    getObject: (bucket, key) => objects.get(bucket, key),
    objectKeys: () => objects.keys(),
    reset: () => service.reset(),
  };
}
