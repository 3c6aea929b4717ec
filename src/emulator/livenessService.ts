import { randomUUID } from 'node:crypto';
import type { ChallengePreference } from './challenge';
import { checkTypes, findViolations, formatViolations, SerializationError } from './constraints';
import { ServiceError } from './errors';
import { extractFrames, MAX_IMAGE_BYTES, placeholderJpeg } from './frames';
import type { ObjectStore } from './objectStore';
import { boxAt, imageTimes, isBoundingBox, type TimedBox } from './results';
import { confidenceOf, scenarioFromToken, toScenario } from './scenarios';
import type {
  BoundingBox,
  ChallengeName,
  EmulatorEventRecord,
  EmulatorRecord,
  EmulatorRequestRecord,
  EmulatorSessionSnapshot,
  LivenessScenario,
  LivenessSessionStatus,
  OperationFault,
  ScenarioInput,
} from './types';

interface ResultImage {
  bytes: Buffer;
  box?: BoundingBox;
  s3?: { Bucket: string; Name: string };
}

export interface Session {
  id: string;
  token?: string;
  createdAt: number;
  preferences: ChallengePreference[];
  auditImagesLimit: number;
  outputConfig?: { S3Bucket: string; S3KeyPrefix?: string };
  scenario: LivenessScenario;
  scenarioSource: EmulatorSessionSnapshot['scenarioSource'];
  status: Exclude<LivenessSessionStatus, 'EXPIRED'>;
  createCalls: number;
  getCalls: number;
  streams: number;
  getFaultsLeft: number;
  pendingPollsLeft: number;
  challenge?: ChallengeName;
  challengeVersion?: string;
  videoChunks: Buffer[];
  videoChunkCount: number;
  /** Set when the session's data was dropped after expiry. */
  purged?: boolean;
  videoBytes: number;
  videoEnded: boolean;
  videoStart?: number;
  videoEnd?: number;
  firstChunkAt?: number;
  lastChunkAt?: number;
  initialFace?: TimedBox;
  targetFace?: TimedBox & { end: number };
  analysis?: Promise<void>;
  /** When Get starts answering the final status: the analysis's end plus the scenario's `pendingMs`. */
  finalAt?: number;
  reference?: ResultImage;
  audit: ResultImage[];
  frameSource?: EmulatorSessionSnapshot['frameSource'];
  events: EmulatorEventRecord[];
}

export interface ServiceOptions {
  now: () => number;
  sessionLifetimeMs: number;
  ffmpegPath: string | false;
  objects: ObjectStore;
  scenario?: ScenarioInput;
  onRecord?: (record: EmulatorRecord) => void;
}

interface FaultCounter {
  spec: OperationFault;
  left: number;
}

const faultCounter = (spec: OperationFault | undefined): FaultCounter | undefined =>
  spec ? { spec, left: spec.times ?? 1 } : undefined;

function takeFault(counter: FaultCounter | undefined): ServiceError | undefined {
  if (!counter || counter.left <= 0) return undefined;
  counter.left -= 1;
  return new ServiceError(counter.spec.error ?? 'ThrottlingException');
}

type Json = Record<string, unknown>;

/** The state of the emulated service: sessions, scenarios, records. Transport-free. */
export class LivenessService {
  private readonly sessions = new Map<string, Session>();
  /** Sessions in creation order; `sweepFrom` is the first whose data may still be held. */
  private readonly byAge: Session[] = [];
  private sweepFrom = 0;
  private readonly byToken = new Map<string, string>();
  private readonly tokenFaults = new Map<string, FaultCounter | undefined>();
  private readonly queue: Array<{ scenario: LivenessScenario; createFault?: FaultCounter }> = [];
  private emulatorScenario: LivenessScenario;
  private emulatorCreateFault?: FaultCounter;
  private readonly log: EmulatorRecord[] = [];
  private seq = 0;

  constructor(private readonly options: ServiceOptions) {
    this.emulatorScenario = toScenario(options.scenario);
    this.emulatorCreateFault = faultCounter(this.emulatorScenario.createFault);
  }

  get now() {
    return this.options.now;
  }

  // ---- scenarios --------------------------------------------------------------------------

  setScenario(input: ScenarioInput | undefined): void {
    this.emulatorScenario = toScenario(input);
    this.emulatorCreateFault = faultCounter(this.emulatorScenario.createFault);
  }

  queueScenario(...inputs: ScenarioInput[]): void {
    for (const input of inputs) {
      const scenario = toScenario(input);
      this.queue.push({ scenario, createFault: faultCounter(scenario.createFault) });
    }
  }

  clearScenarios(): void {
    this.queue.length = 0;
    this.setScenario(undefined);
  }

  // ---- records ----------------------------------------------------------------------------

  recordRequest(record: Omit<EmulatorRequestRecord, 'type' | 'seq' | 'at'>): void {
    const full: EmulatorRequestRecord = { type: 'request', seq: ++this.seq, at: this.now(), ...record };
    this.log.push(full);
    this.options.onRecord?.(full);
  }

  recordEvent(session: Session, direction: EmulatorEventRecord['direction'], name: string, detail?: Json): void {
    const full: EmulatorEventRecord = {
      type: 'event',
      seq: ++this.seq,
      at: this.now(),
      sessionId: session.id,
      direction,
      name,
      detail,
    };
    session.events.push(full);
    this.log.push(full);
    this.options.onRecord?.(full);
  }

  records(): EmulatorRecord[] {
    return [...this.log];
  }

  requests(filter: { operation?: string; sessionId?: string } = {}): EmulatorRequestRecord[] {
    return this.log.filter(
      (r): r is EmulatorRequestRecord =>
        r.type === 'request' &&
        (!filter.operation || r.operation === filter.operation) &&
        (!filter.sessionId || r.sessionId === filter.sessionId),
    );
  }

  reset(): void {
    this.sessions.clear();
    this.byAge.length = 0;
    this.sweepFrom = 0;
    this.byToken.clear();
    this.tokenFaults.clear();
    this.log.length = 0;
    this.clearScenarios();
  }

  // ---- sessions ---------------------------------------------------------------------------

  find(id: string): Session | undefined {
    return this.sessions.get(id);
  }

  isExpired(session: Session): boolean {
    return this.now() >= session.createdAt + this.options.sessionLifetimeMs;
  }

  statusOf(session: Session): LivenessSessionStatus {
    return this.isExpired(session) ? 'EXPIRED' : session.status;
  }

  snapshot(session: Session): EmulatorSessionSnapshot {
    return {
      sessionId: session.id,
      clientRequestToken: session.token,
      createdAt: session.createdAt,
      expiresAt: session.createdAt + this.options.sessionLifetimeMs,
      status: this.statusOf(session),
      challengeType: session.challenge ?? session.preferences[0]!.type,
      auditImagesLimit: session.auditImagesLimit,
      outputConfig: session.outputConfig,
      scenario: session.scenario,
      scenarioSource: session.scenarioSource,
      createCalls: session.createCalls,
      getCalls: session.getCalls,
      streams: session.streams,
      videoBytes: session.videoBytes,
      videoChunks: session.videoChunkCount,
      frameSource: session.frameSource,
      initialFace: session.initialFace?.box,
      targetFace: session.targetFace?.box,
      events: [...session.events],
    };
  }

  all(): Session[] {
    return [...this.sessions.values()];
  }

  /** The WebM the client streamed (all chunks, in order), while the session's data is held. */
  video(session: Session): Buffer | undefined {
    return session.videoChunks.length > 0 ? Buffer.concat(session.videoChunks) : undefined;
  }

  /**
   * Expired sessions lose their video and images, as on the service ("its data becomes
   * unavailable"); records and S3 objects stay. Keeps a long-running emulator's memory flat.
   */
  private sweep(): void {
    while (this.sweepFrom < this.byAge.length) {
      const oldest = this.byAge[this.sweepFrom]!;
      if (!this.isExpired(oldest)) break;
      if (oldest.status === 'IN_PROGRESS') break;
      oldest.videoChunks = [];
      oldest.reference = undefined;
      oldest.audit = [];
      oldest.purged = true;
      this.sweepFrom += 1;
    }
  }

  // ---- operations -------------------------------------------------------------------------

  private validate(operation: 'CreateFaceLivenessSession' | 'GetFaceLivenessSessionResults', input: unknown): void {
    try {
      checkTypes(operation, input);
    } catch (e) {
      if (e instanceof SerializationError) throw new ServiceError('SerializationException', e.message);
      throw e;
    }
    const violations = findViolations(operation, input);
    if (violations.length > 0) throw new ServiceError('ValidationException', formatViolations(violations));
  }

  createSession(input: unknown): { SessionId: string } {
    this.validate('CreateFaceLivenessSession', input);
    const request = input as Json;
    const token = request.ClientRequestToken as string | undefined;

    const existing = token ? this.byToken.get(token) : undefined;
    if (existing) {
      const session = this.sessions.get(existing)!;
      session.createCalls += 1;
      this.recordEvent(session, 'internal', 'idempotent-replay', { clientRequestToken: token });
      return { SessionId: existing };
    }

    const fromToken = scenarioFromToken(token);
    let scenario: LivenessScenario;
    let source: Session['scenarioSource'];
    if (fromToken) {
      if (!this.tokenFaults.has(token!)) this.tokenFaults.set(token!, faultCounter(fromToken.createFault));
      const fault = takeFault(this.tokenFaults.get(token!));
      if (fault) throw fault;
      [scenario, source] = [fromToken, 'token'];
    } else if (this.queue.length > 0) {
      const head = this.queue[0]!;
      const fault = takeFault(head.createFault);
      if (fault) throw fault;
      this.queue.shift();
      [scenario, source] = [head.scenario, 'queue'];
    } else {
      const fault = takeFault(this.emulatorCreateFault);
      if (fault) throw fault;
      const isDefault = Object.keys(this.emulatorScenario).length === 0;
      [scenario, source] = [this.emulatorScenario, isDefault ? 'default' : 'emulator'];
    }

    const settings = (request.Settings ?? {}) as Json;
    const preferences = ((settings.ChallengePreferences as Json[] | undefined) ?? []).map((p) => {
      const versions = (p.Versions ?? {}) as Json;
      return {
        type: p.Type as ChallengeName,
        minimum: versions.Minimum as string | undefined,
        maximum: versions.Maximum as string | undefined,
      };
    });
    const outputConfig = settings.OutputConfig as Session['outputConfig'];
    const session: Session = {
      id: randomUUID(),
      token,
      createdAt: this.now(),
      preferences: preferences.length > 0 ? preferences : [{ type: 'FaceMovementAndLightChallenge' }],
      auditImagesLimit: (settings.AuditImagesLimit as number | undefined) ?? 0,
      outputConfig: outputConfig
        ? { S3Bucket: outputConfig.S3Bucket, S3KeyPrefix: outputConfig.S3KeyPrefix }
        : undefined,
      scenario,
      scenarioSource: source,
      status: 'CREATED',
      createCalls: 1,
      getCalls: 0,
      streams: 0,
      getFaultsLeft: scenario.getFault ? (scenario.getFault.times ?? 1) : 0,
      pendingPollsLeft: scenario.pendingPolls ?? 0,
      videoChunks: [],
      videoChunkCount: 0,
      videoBytes: 0,
      videoEnded: false,
      audit: [],
      events: [],
    };
    this.sessions.set(session.id, session);
    this.byAge.push(session);
    this.sweep();
    if (token) this.byToken.set(token, session.id);
    this.recordEvent(session, 'internal', 'status', { status: 'CREATED', scenarioSource: source });
    return { SessionId: session.id };
  }

  async getResults(input: unknown): Promise<Json> {
    this.validate('GetFaceLivenessSessionResults', input);
    const id = (input as Json).SessionId as string;
    const session = this.sessions.get(id);
    if (!session) throw new ServiceError('SessionNotFoundException', `Session ${id} was not found.`);
    session.getCalls += 1;
    if (session.getFaultsLeft > 0) {
      session.getFaultsLeft -= 1;
      throw new ServiceError(session.scenario.getFault?.error ?? 'ThrottlingException');
    }
    if (session.analysis) await session.analysis;

    const base = { SessionId: session.id };
    if (this.isExpired(session)) return { ...base, Status: 'EXPIRED' };
    const challenge = session.challenge ? { Type: session.challenge, Version: session.challengeVersion } : undefined;
    if (session.status === 'CREATED') return { ...base, Status: 'CREATED' };
    const waiting = session.finalAt !== undefined && this.now() < session.finalAt;
    if (session.status === 'IN_PROGRESS' || session.pendingPollsLeft > 0 || waiting) {
      if (session.status !== 'IN_PROGRESS' && session.pendingPollsLeft > 0) session.pendingPollsLeft -= 1;
      return { ...base, Status: 'IN_PROGRESS', Challenge: challenge };
    }
    if (session.scenario.outcome === 'expired') return { ...base, Status: 'EXPIRED', Challenge: challenge };
    if (session.status === 'FAILED') return { ...base, Status: 'FAILED', Challenge: challenge };
    return {
      ...base,
      Status: 'SUCCEEDED',
      Confidence: confidenceOf(session.scenario),
      ReferenceImage: session.reference ? this.wireImage(session.reference) : undefined,
      AuditImages: session.audit.map((image) => this.wireImage(image)),
      Challenge: challenge,
    };
  }

  private wireImage(image: ResultImage): Json {
    const box = image.box ? { BoundingBox: image.box } : {};
    return image.s3 ? { S3Object: image.s3, ...box } : { Bytes: image.bytes.toString('base64'), ...box };
  }

  // ---- stream lifecycle (called by the stream handler) ------------------------------------

  /** Video ended: decide the outcome and make the images in the background. */
  finishVideo(session: Session): void {
    session.videoEnded = true;
    const outcome = session.scenario.outcome ?? 'live';
    const next = outcome === 'failed' ? 'FAILED' : 'SUCCEEDED';
    session.analysis = this.analyse(session)
      .catch((e: unknown) => {
        this.recordEvent(session, 'internal', 'analysis-error', {
          message: e instanceof Error ? e.message : String(e),
        });
      })
      .finally(() => {
        session.status = next;
        const pendingMs = session.scenario.pendingMs ?? 0;
        session.finalAt = this.now() + pendingMs;
        this.recordEvent(session, 'internal', 'status', {
          status: next,
          ...(pendingMs > 0 ? { finalAt: session.finalAt } : {}),
        });
      });
  }

  /** The stream ended without a complete video (dropped, refused, client error). */
  failStream(session: Session, reason: string): void {
    if (session.videoEnded || session.status !== 'IN_PROGRESS') return;
    session.status = 'FAILED';
    this.recordEvent(session, 'internal', 'status', { status: 'FAILED', reason });
  }

  private async analyse(session: Session): Promise<void> {
    const outcome = session.scenario.outcome ?? 'live';
    if (outcome === 'failed') {
      session.frameSource = 'none';
      return;
    }
    const video = Buffer.concat(session.videoChunks);
    const start = session.videoStart ?? session.firstChunkAt ?? 0;
    const end = session.videoEnd ?? session.lastChunkAt ?? start;
    const target = session.targetFace;
    const times = imageTimes(
      { start, end },
      target ? { start: target.at, end: target.end } : undefined,
      session.auditImagesLimit,
    );
    const wanted = [times.reference, ...times.audit];

    let frames: Buffer[] | null = null;
    if (this.options.ffmpegPath !== false) {
      frames = await extractFrames(
        video,
        wanted.map((t) => (t - start) / 1000),
        this.options.ffmpegPath,
      );
    }
    if (frames && frames.length === wanted.length) {
      session.frameSource = 'ffmpeg';
    } else {
      session.frameSource = 'placeholder';
      frames = wanted.map(() => placeholderJpeg());
    }
    const images: ResultImage[] = frames.map((bytes, i) => ({
      bytes,
      box: boxAt(wanted[i]!, session.initialFace, session.targetFace),
    }));
    const fit = images.filter((image) => image.bytes.length <= MAX_IMAGE_BYTES && image.bytes.length > 0);
    const out = session.outputConfig;
    if (out) {
      const prefix = out.S3KeyPrefix ? `${out.S3KeyPrefix.replace(/\/$/, '')}/` : '';
      images.forEach((image, i) => {
        if (!fit.includes(image)) return;
        const Name = `${prefix}${session.id}/${i === 0 ? 'reference.jpg' : `audit_images/${i}.jpg`}`;
        this.options.objects.put(out.S3Bucket, Name, image.bytes);
        image.s3 = { Bucket: out.S3Bucket, Name };
      });
    }
    session.reference = images[0] && fit.includes(images[0]) ? images[0] : undefined;
    session.audit = images.slice(1).filter((image) => fit.includes(image));
    this.recordEvent(session, 'internal', 'images', {
      frameSource: session.frameSource,
      reference: session.reference ? session.reference.bytes.length : 0,
      audit: session.audit.map((image) => image.bytes.length),
    });
  }

  /** Stores what a ClientSessionInformationEvent tells about the faces and the video's span. */
  absorbClientInformation(session: Session, challenge: Json): void {
    if (typeof challenge.VideoStartTimestamp === 'number') session.videoStart = challenge.VideoStartTimestamp;
    if (typeof challenge.VideoEndTimestamp === 'number') session.videoEnd = challenge.VideoEndTimestamp;
    const initial = challenge.InitialFace as Json | undefined;
    if (initial && isBoundingBox(initial.BoundingBox)) {
      session.initialFace = {
        at: Number(initial.InitialFaceDetectedTimestamp ?? session.videoStart ?? 0),
        box: initial.BoundingBox,
      };
    }
    const target = challenge.TargetFace as Json | undefined;
    if (target && isBoundingBox(target.BoundingBox)) {
      const at = Number(target.FaceDetectedInTargetPositionStartTimestamp ?? session.videoEnd ?? 0);
      session.targetFace = {
        at,
        end: Number(target.FaceDetectedInTargetPositionEndTimestamp ?? at),
        box: target.BoundingBox,
      };
    }
  }
}
