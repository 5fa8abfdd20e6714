/**
 * One run: the fleet, then the pull engine, then the push engine, then the report. Composition sits
 * here, above the kernel (lib/sim) and the engines (lib/engines) it puts together.
 *
 * `startRun` returns a handle that advances in chunks, so a Web Worker can yield between chunks
 * (to receive a cancel message) and show progress; `runScenario` drives it to the end.
 * Everything here is pure computation: no Node or DOM API, identical in a worker and in Node.
 */
import type { Engine, EngineContext } from '../engines/engine';
import { PullEngine } from '../engines/pull';
import { HttpPushEngine } from '../engines/push-http';
import { StatsdPushEngine } from '../engines/push-statsd';
import { ScenarioError } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { FleetBuilder } from '../sim/fleet';
import { Buckets } from '../sim/observe';
import { REPORT_VERSION, type Outcome, type Report } from '../sim/report';
import { saltsFor } from '../sim/rng';
import { pickTraced, TraceRecorder } from '../sim/trace';
import { checkBudget, estimateCost } from './budget';

export { checkBudget, estimateCost, estimateEvents, EVENT_LIMIT, INSTANCE_LIMIT } from './budget';

export interface RunHandle {
  /**
   * Does about `maxEvents` events' worth of work (an event, or a tenth of an instance built), or one step that
   * visits every instance (setting up an engine, tallying its outcome); true once the run is finished.
   */
  advance(maxEvents: number): boolean;
  /** Share of the work done, in [0, 1]; 1 only when finished. */
  progress(): number;
  /** Events processed so far (instances generated not included). */
  events(): number;
  /** The report; throws if the run has not finished. */
  report(): Report;
}

/** Building an instance takes about as long as this many events (measured: ~1 µs against ~0.07 µs). */
const EVENTS_PER_INSTANCE_BUILT = 10;

/**
 * Starts a run; its work (the fleet included) happens in `advance`, so the call itself is quick.
 * Throws a ScenarioError when the scenario is over the budget.
 */
export function startRun(scenario: Scenario): RunHandle {
  const issue = checkBudget(scenario);
  if (issue) throw new ScenarioError([issue]);
  const builder = new FleetBuilder(scenario);
  let ctx: EngineContext | null = null;
  // One engine after the other; each is dropped once its outcome is tallied, so the two engines'
  // per-instance state is never held at the same time.
  const engines = [
    (c: EngineContext) => new PullEngine(c),
    (c: EngineContext) => (scenario.push.protocol === 'statsd' ? new StatsdPushEngine(c) : new HttpPushEngine(c)),
  ];
  const outcomes: Outcome[] = [];
  let current: Engine | null = null;
  let processed = 0;
  // The fleet's progress is the instances built; each engine sweeps simulated time from 0 to the end,
  // so the time it has reached is an exact measure of its progress, whatever retries add. The stages
  // are weighted by their expected work.
  const cost = estimateCost(scenario);
  const weights = [cost.instances * EVENTS_PER_INSTANCE_BUILT, cost.pullEvents, cost.pushEvents].map((w) =>
    Math.max(1, w),
  );
  const totalWeight = weights[0] + weights[1] + weights[2];
  let report: Report | null = null;
  const finished = () => outcomes.length === engines.length;

  return {
    advance(maxEvents) {
      if (!ctx) {
        if (!builder.advance(Math.ceil(maxEvents / EVENTS_PER_INSTANCE_BUILT))) return false;
        const fleet = builder.result();
        ctx = {
          scenario,
          fleet,
          buckets: new Buckets(fleet, scenario.resolutionSec),
          salts: saltsFor(scenario.seed),
          trace: new TraceRecorder(fleet, pickTraced(fleet)),
        };
        return false;
      }
      // Each step that visits every instance ends the call, so the caller can yield after it.
      if (!current) {
        current = engines[outcomes.length](ctx);
        return false;
      }
      const n = current.advance(maxEvents);
      processed += n;
      if (current.done) {
        outcomes.push(current.outcome());
        current = null;
      }
      return finished();
    },
    events() {
      return processed;
    },
    progress() {
      if (finished()) return 1;
      if (!ctx) return Math.min(0.99, (weights[0] * Math.min(1, builder.size / weights[0])) / totalWeight);
      const doneWeight = weights.slice(0, 1 + outcomes.length).reduce((a, w) => a + w, 0);
      const running = current ? (weights[1 + outcomes.length] * current.nowSec) / scenario.durationSec : 0;
      return Math.min(0.99, (doneWeight + running) / totalWeight);
    },
    report() {
      if (!finished() || !ctx) throw new Error('The run has not finished: call advance() until it returns true');
      report ??= {
        version: REPORT_VERSION,
        scenario,
        pull: outcomes[0],
        push: outcomes[1],
        trace: ctx.trace.result(),
      };
      return report;
    },
  };
}

/** How many events run between progress reports and cancellation checks. */
export const CHUNK_EVENTS = 50_000;

export interface RunOptions {
  onProgress?(fraction: number): void;
  isCancelled?(): boolean;
}

/** Runs a scenario to the end; null when cancelled. Throws a ScenarioError when over budget. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): Report | null {
  const run = startRun(scenario);
  for (;;) {
    if (options.isCancelled?.()) return null;
    const finished = run.advance(CHUNK_EVENTS);
    options.onProgress?.(run.progress());
    if (finished) return run.report();
  }
}
