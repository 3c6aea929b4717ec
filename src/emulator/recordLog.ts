import type { Session } from './session';
import type { EmulatorEventRecord, EmulatorRecord, EmulatorRequestRecord } from './types';

export type RequestRecordInput = Omit<EmulatorRequestRecord, 'type' | 'seq' | 'at'>;

/** Requests and session events, numbered in one sequence, as the emulator's `records()` shows them. */
export class RecordLog {
  private readonly log: EmulatorRecord[] = [];
  private seq = 0;

  constructor(
    private readonly now: () => number,
    private readonly onRecord?: (record: EmulatorRecord) => void,
  ) {}

  request(record: RequestRecordInput): void {
    this.add({ type: 'request', seq: ++this.seq, at: this.now(), ...record });
  }

  event(
    session: Session,
    direction: EmulatorEventRecord['direction'],
    name: string,
    detail?: Record<string, unknown>,
  ): void {
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
    this.add(full);
  }

  all(): EmulatorRecord[] {
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

  clear(): void {
    this.log.length = 0;
  }

  private add(record: EmulatorRecord): void {
    this.log.push(record);
    this.onRecord?.(record);
  }
}
