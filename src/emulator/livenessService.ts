import { analyseVideo } from './analysis';
import { checkTypes, findViolations, formatViolations, SerializationError } from './constraints';
import { ServiceError } from './errors';
import type { ObjectStore } from './objectStore';
import { RecordLog } from './recordLog';
import { ScenarioBook } from './scenarioBook';
import { confidenceOf } from './scenarios';
import { challengeTypeOf, newSession, type ResultImage, type Session } from './session';
import { parseSettings } from './sessionSettings';
import type { EmulatorRecord, EmulatorSessionSnapshot, LivenessSessionStatus, ScenarioInput } from './types';

export type { Session } from './session';

export interface ServiceOptions {
  now: () => number;
  sessionLifetimeMs: number;
  ffmpegPath: string | false;
  objects: ObjectStore;
  scenario?: ScenarioInput;
  seed: number;
  onRecord?: (record: EmulatorRecord) => void;
}

type Json = Record<string, unknown>;
type Operation = 'CreateFaceLivenessSession' | 'GetFaceLivenessSessionResults';

function validate(operation: Operation, input: unknown): void {
  try {
    checkTypes(operation, input);
  } catch (e) {
    if (e instanceof SerializationError) throw new ServiceError('SerializationException', e.message);
    throw e;
  }
  const violations = findViolations(operation, input);
  if (violations.length > 0) throw new ServiceError('ValidationException', formatViolations(violations));
}

function wireImage(image: ResultImage): Json {
  const box = image.box ? { BoundingBox: image.box } : {};
  return image.s3 ? { S3Object: image.s3, ...box } : { Bytes: image.bytes.toString('base64'), ...box };
}

/** The state of the emulated service: sessions, scenarios, records. Transport-free. */
export class LivenessService {
  private readonly sessions = new Map<string, Session>();
  /** Sessions in creation order; `sweepFrom` is the first whose data may still be held. */
  private readonly byAge: Session[] = [];
  private sweepFrom = 0;
  private readonly byToken = new Map<string, string>();
  readonly scenarios: ScenarioBook;
  readonly log: RecordLog;

  constructor(private readonly options: ServiceOptions) {
    this.scenarios = new ScenarioBook(options.scenario);
    this.log = new RecordLog(options.now, options.onRecord);
  }

  get now() {
    return this.options.now;
  }

  reset(): void {
    this.sessions.clear();
    this.byAge.length = 0;
    this.sweepFrom = 0;
    this.byToken.clear();
    this.log.clear();
    this.scenarios.reset();
  }

  // ---- sessions ---------------------------------------------------------------------------

  find(id: string): Session | undefined {
    return this.sessions.get(id);
  }

  all(): Session[] {
    return [...this.sessions.values()];
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
      challengeType: challengeTypeOf(session),
      auditImagesLimit: session.settings.auditImagesLimit,
      outputConfig: session.settings.outputConfig,
      scenario: session.play.scenario,
      scenarioSource: session.play.source,
      createCalls: session.calls.create,
      getCalls: session.calls.get,
      streams: session.calls.streams,
      videoBytes: session.video.bytes,
      videoChunks: session.video.count,
      frameSource: session.results.frameSource,
      initialFace: session.faces.initial?.box,
      targetFace: session.faces.target?.box,
      events: [...session.events],
    };
  }

  /** The WebM the client streamed (all chunks, in order), while the session's data is held. */
  video(session: Session): Buffer | undefined {
    return session.video.chunks.length > 0 ? Buffer.concat(session.video.chunks) : undefined;
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
      oldest.video.chunks = [];
      oldest.results = { audit: [], frameSource: oldest.results.frameSource, purged: true };
      this.sweepFrom += 1;
    }
  }

  // ---- operations -------------------------------------------------------------------------

  createSession(input: unknown): { SessionId: string } {
    validate('CreateFaceLivenessSession', input);
    const request = input as Json;
    const token = request.ClientRequestToken as string | undefined;
    const replayed = token ? this.replay(token) : undefined;
    if (replayed) return { SessionId: replayed.id };

    const { scenario, source } = this.scenarios.choose(token);
    const session = newSession({
      token,
      createdAt: this.now(),
      settings: parseSettings(request.Settings as Json | undefined),
      scenario,
      source,
      index: this.byAge.length,
    });
    this.sessions.set(session.id, session);
    this.byAge.push(session);
    this.sweep();
    if (token) this.byToken.set(token, session.id);
    this.log.event(session, 'internal', 'status', { status: 'CREATED', scenarioSource: source });
    return { SessionId: session.id };
  }

  /** The same ClientRequestToken returns the same session (the replay's settings are ignored). */
  private replay(token: string): Session | undefined {
    const existing = this.byToken.get(token);
    const session = existing ? this.sessions.get(existing) : undefined;
    if (!session) return undefined;
    session.calls.create += 1;
    this.log.event(session, 'internal', 'idempotent-replay', { clientRequestToken: token });
    return session;
  }

  async getResults(input: unknown): Promise<Json> {
    validate('GetFaceLivenessSessionResults', input);
    const id = (input as Json).SessionId as string;
    const session = this.sessions.get(id);
    if (!session) throw new ServiceError('SessionNotFoundException', `Session ${id} was not found.`);
    session.calls.get += 1;
    const { play } = session;
    if (play.getFaultsLeft > 0) {
      play.getFaultsLeft -= 1;
      throw new ServiceError(play.scenario.getFault?.error ?? 'ThrottlingException');
    }
    if (session.analysis) await session.analysis;

    const base = { SessionId: session.id };
    if (this.isExpired(session)) return { ...base, Status: 'EXPIRED' };
    const challenge = session.challenge
      ? { Type: session.challenge.type, Version: session.challenge.version }
      : undefined;
    if (session.status === 'CREATED') return { ...base, Status: 'CREATED' };
    const waiting = session.finalAt !== undefined && this.now() < session.finalAt;
    if (session.status === 'IN_PROGRESS' || play.pendingPollsLeft > 0 || waiting) {
      if (session.status !== 'IN_PROGRESS' && play.pendingPollsLeft > 0) play.pendingPollsLeft -= 1;
      return { ...base, Status: 'IN_PROGRESS', Challenge: challenge };
    }
    if (play.scenario.outcome === 'expired') return { ...base, Status: 'EXPIRED', Challenge: challenge };
    if (session.status === 'FAILED') return { ...base, Status: 'FAILED', Challenge: challenge };
    const { reference, audit } = session.results;
    return {
      ...base,
      Status: 'SUCCEEDED',
      Confidence: confidenceOf(play.scenario, { seed: this.options.seed, index: play.index }),
      ReferenceImage: reference ? wireImage(reference) : undefined,
      AuditImages: audit.map(wireImage),
      Challenge: challenge,
    };
  }

  // ---- stream lifecycle (called by the stream handler) ------------------------------------

  /** Video ended: make the images in the background, then settle the outcome. */
  finishVideo(session: Session): void {
    session.video.ended = true;
    const scripted = session.play.scenario.outcome === 'failed' ? 'FAILED' : 'SUCCEEDED';
    session.analysis = this.analyse(session)
      .catch((e: unknown) => {
        this.log.event(session, 'internal', 'analysis-error', {
          message: e instanceof Error ? e.message : String(e),
        });
        return true;
      })
      .then((decodable) => {
        const next = decodable ? scripted : 'FAILED';
        session.status = next;
        const pendingMs = session.play.scenario.pendingMs ?? 0;
        session.finalAt = this.now() + pendingMs;
        this.log.event(session, 'internal', 'status', {
          status: next,
          ...(decodable ? {} : { reason: 'no decodable frame' }),
          ...(pendingMs > 0 ? { finalAt: session.finalAt } : {}),
        });
      });
  }

  /** The stream ended without a complete video (dropped, refused, client error). */
  failStream(session: Session, reason: string): void {
    if (session.video.ended || session.status !== 'IN_PROGRESS') return;
    session.status = 'FAILED';
    this.log.event(session, 'internal', 'status', { status: 'FAILED', reason });
  }

  /** Resolves to false when the video holds no decodable frame: such a session never succeeds. */
  private async analyse(session: Session): Promise<boolean> {
    if (session.play.scenario.outcome === 'failed') {
      session.results.frameSource = 'none';
      return true;
    }
    const results = await analyseVideo(session, this.options);
    if ('undecodable' in results) {
      session.results.frameSource = 'none';
      this.log.event(session, 'internal', 'undecodable-video', { message: results.undecodable });
      return false;
    }
    session.results = results;
    this.log.event(session, 'internal', 'images', {
      frameSource: results.frameSource,
      reference: results.reference ? results.reference.bytes.length : 0,
      audit: results.audit.map((image) => image.bytes.length),
    });
    return true;
  }
}
