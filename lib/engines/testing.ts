/** Test support: run one engine over a hand-built fleet and read what it saw. */
import { scenarioOrThrow } from '../scenario/parse';
import type { ScenarioInput } from '../scenario/schema';
import { assembleFleet, type InstanceDraft } from '../sim/fleet';
import { Buckets } from '../sim/observe';
import { hashUniform, saltsFor } from '../sim/rng';
import { TraceRecorder } from '../sim/trace';
import type { Engine, EngineContext } from './engine';

export type Life = Partial<InstanceDraft> & { startSec: number; endSec: number };

/** A scenario plus explicit instances (group 0 unless given; index = position). */
export function handBuilt(input: ScenarioInput, lives: Life[]): EngineContext {
  const scenario = scenarioOrThrow(input);
  const drafts = lives.map((l, n) => ({ group: 0, index: n, incarnation: 0, replacedAtSec: NaN, ...l }));
  const fleet = assembleFleet(scenario, drafts);
  const traced = Array.from({ length: Math.min(fleet.size, 24) }, (_, i) => i);
  return {
    scenario,
    fleet,
    buckets: new Buckets(fleet, scenario.resolutionSec),
    salts: saltsFor(scenario.seed),
    trace: new TraceRecorder(fleet, traced),
  };
}

export function runEngine(ctx: EngineContext, make: (ctx: EngineContext) => Engine) {
  const engine = make(ctx);
  while (!engine.done) engine.advance(1_000_000);
  return { outcome: engine.outcome(), trace: ctx.trace.result() };
}

/** Instance i's phase as a fraction of the interval, as the engines draw it. */
export function phaseOf(ctx: EngineContext, i: number, concern: 'scrape-phase' | 'push-phase'): number {
  return hashUniform(ctx.salts[concern], ctx.fleet.key[i], 0);
}

/** Times of trace events of one kind for instance i. */
export function timesOf(trace: ReturnType<typeof runEngine>['trace'], i: number, kind: string): number[] {
  return trace[i].events.filter((e) => e.kind === kind).map((e) => e.t);
}
