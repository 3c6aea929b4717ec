import { ServiceError } from './errors';
import { scenarioFromToken, toScenario } from './scenarios';
import type { ScenarioPlay } from './session';
import type { LivenessScenario, OperationFault, ScenarioInput } from './types';

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

/**
 * Which scenario a new session gets, in order of precedence: the ClientRequestToken's, the next
 * queued one, the emulator-wide one. A scenario's `createFault` is spent here, before the session exists.
 */
export class ScenarioBook {
  private readonly tokenFaults = new Map<string, FaultCounter | undefined>();
  private readonly queue: Array<{ scenario: LivenessScenario; createFault?: FaultCounter }> = [];
  private emulatorScenario: LivenessScenario = {};
  private emulatorCreateFault?: FaultCounter;

  constructor(initial: ScenarioInput | undefined) {
    this.set(initial);
  }

  set(input: ScenarioInput | undefined): void {
    this.emulatorScenario = toScenario(input);
    this.emulatorCreateFault = faultCounter(this.emulatorScenario.createFault);
  }

  enqueue(...inputs: ScenarioInput[]): void {
    for (const input of inputs) {
      const scenario = toScenario(input);
      this.queue.push({ scenario, createFault: faultCounter(scenario.createFault) });
    }
  }

  clear(): void {
    this.queue.length = 0;
    this.set(undefined);
  }

  reset(): void {
    this.tokenFaults.clear();
    this.clear();
  }

  /** The scenario for a new session with this token; throws the scenario's create fault while it lasts. */
  choose(token: string | undefined): Pick<ScenarioPlay, 'scenario' | 'source'> {
    const fromToken = scenarioFromToken(token);
    if (fromToken && token) {
      if (!this.tokenFaults.has(token)) this.tokenFaults.set(token, faultCounter(fromToken.createFault));
      throwIf(takeFault(this.tokenFaults.get(token)));
      return { scenario: fromToken, source: 'token' };
    }
    const head = this.queue[0];
    if (head) {
      throwIf(takeFault(head.createFault));
      this.queue.shift();
      return { scenario: head.scenario, source: 'queue' };
    }
    throwIf(takeFault(this.emulatorCreateFault));
    const isDefault = Object.keys(this.emulatorScenario).length === 0;
    return { scenario: this.emulatorScenario, source: isDefault ? 'default' : 'emulator' };
  }
}

function throwIf(fault: ServiceError | undefined): void {
  if (fault) throw fault;
}
