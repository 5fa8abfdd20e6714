/**
 * What every engine shares: it observes one fleet through its own event queue and tallies what its
 * backend learns. Engines run one after the other, each in chunks, so a worker can yield between
 * chunks; they never touch each other's state.
 */
import type { Scenario } from '../scenario/schema';
import type { Fleet } from '../sim/fleet';
import { Observer, type Buckets, type OutcomeExtras } from '../sim/observe';
import type { Outcome } from '../sim/report';
import type { Salts } from '../sim/rng';
import { Scheduler } from '../sim/scheduler';
import type { TraceRecorder } from '../sim/trace';

export interface EngineContext {
  scenario: Scenario;
  fleet: Fleet;
  buckets: Buckets;
  salts: Salts;
  trace: TraceRecorder;
}

export interface Engine {
  /** Processes at most `maxEvents` events; returns how many it processed. */
  advance(maxEvents: number): number;
  readonly done: boolean;
  /** Simulated time reached so far. */
  readonly nowSec: number;
  outcome(): Outcome;
}

export abstract class EventEngine implements Engine {
  protected readonly queue: Scheduler;
  protected readonly observer: Observer;
  protected readonly fleet: Fleet;
  protected readonly durationSec: number;
  done = false;
  nowSec = 0;

  constructor(protected readonly ctx: EngineContext) {
    this.fleet = ctx.fleet;
    this.durationSec = ctx.scenario.durationSec;
    this.queue = new Scheduler(Math.min(ctx.fleet.size + 16, 1 << 20));
    this.observer = new Observer(ctx.fleet, ctx.buckets);
  }

  /**
   * Each engine runs its own event loop over `nextEvent()`: one loop shared by every engine would
   * call its handler through one polymorphic call site, which the JIT cannot inline.
   */
  abstract advance(maxEvents: number): number;

  /** Exposes the next event in `queue`; false, and the run done, once nothing is left before its end. */
  protected nextEvent(): boolean {
    const q = this.queue;
    // Nothing at or after the run's end is observed.
    if (q.take() && q.time < this.durationSec) {
      this.nowSec = q.time;
      return true;
    }
    this.done = true;
    this.nowSec = this.durationSec;
    return false;
  }

  /** Schedules only what can happen within the run. */
  protected at(tSec: number, kind: number, item: number): void {
    if (tSec < this.durationSec) this.queue.schedule(tSec, kind, item);
  }

  outcome(): Outcome {
    return this.observer.outcome(this.extras());
  }

  protected abstract extras(): OutcomeExtras;
}
