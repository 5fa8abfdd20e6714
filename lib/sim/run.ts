/**
 * One run: the fleet, then the pull engine, then the push engine, then the report.
 *
 * `startRun` returns a handle that advances in chunks, so a Web Worker can yield between chunks
 * (to receive a cancel message) and show progress; `runScenario` drives it to the end.
 * Everything here is pure computation: no Node or DOM API, identical in a worker and in Node.
 */
import { ScenarioError } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import type { Engine, EngineContext } from '../engines/engine';
import { PullEngine } from '../engines/pull';
import { HttpPushEngine } from '../engines/push-http';
import { StatsdPushEngine } from '../engines/push-statsd';
import { checkBudget, estimateByStage } from './budget';
import { buildFleet } from './fleet';
import { Buckets } from './observe';
import { REPORT_VERSION, type Outcome, type Report } from './report';
import { saltsFor } from './rng';
import { pickTraced, TraceRecorder } from './trace';

export { checkBudget, estimateEvents, EVENT_LIMIT } from './budget';

export interface RunHandle {
  /** Processes at most `maxEvents` more events; true once the run is finished. */
  advance(maxEvents: number): boolean;
  /** Share of the work done, in [0, 1]; 1 only when finished. */
  progress(): number;
  /** Events processed so far. */
  events(): number;
  /** The report; throws if the run has not finished. */
  report(): Report;
}

/** Starts a run. Throws a ScenarioError when the scenario is over the event budget. */
export function startRun(scenario: Scenario): RunHandle {
  const issue = checkBudget(scenario);
  if (issue) throw new ScenarioError([issue]);
  const fleet = buildFleet(scenario);
  const trace = new TraceRecorder(fleet, pickTraced(fleet));
  const ctx: EngineContext = {
    scenario,
    fleet,
    buckets: new Buckets(fleet, scenario.resolutionSec),
    salts: saltsFor(scenario.seed),
    trace,
  };
  // One engine after the other; each is dropped once its outcome is tallied, so the two engines'
  // per-instance state is never held at the same time.
  const engines = [
    () => new PullEngine(ctx),
    () => (scenario.push.protocol === 'statsd' ? new StatsdPushEngine(ctx) : new HttpPushEngine(ctx)),
  ];
  const outcomes: Outcome[] = [];
  let current: Engine | null = null;
  let processed = 0;
  // Each engine sweeps simulated time from 0 to the end, so the time it has reached is an exact
  // measure of its progress, whatever retries add; the engines are weighted by their expected events.
  const estimate = estimateByStage(scenario);
  const weights = [estimate.pull, estimate.push].map((w) => Math.max(1, w));
  const totalWeight = weights[0] + weights[1];
  let report: Report | null = null;
  const finished = () => outcomes.length === engines.length;

  return {
    advance(maxEvents) {
      while (!finished() && maxEvents > 0) {
        current ??= engines[outcomes.length]();
        const n = current.advance(maxEvents);
        processed += n;
        maxEvents -= n;
        if (current.done) {
          outcomes.push(current.outcome());
          current = null;
        }
      }
      return finished();
    },
    events() {
      return processed;
    },
    progress() {
      if (finished()) return 1;
      const doneWeight = weights.slice(0, outcomes.length).reduce((a, w) => a + w, 0);
      const running = current ? (weights[outcomes.length] * current.nowSec) / scenario.durationSec : 0;
      return Math.min(0.99, (doneWeight + running) / totalWeight);
    },
    report() {
      if (!finished()) throw new Error('The run has not finished: call advance() until it returns true');
      report ??= {
        version: REPORT_VERSION,
        scenario,
        pull: outcomes[0],
        push: outcomes[1],
        trace: trace.result(),
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
