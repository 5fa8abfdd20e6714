/**
 * The budget: a scenario is refused up front when its work is beyond what a browser tab (or the CLI)
 * should be asked for, instead of hanging the lab or running out of memory.
 *
 * Two things cost:
 * - instances: each engine sets up every instance in one step that a newer request has to wait for,
 *   and each instance holds ~200 B (fleet columns, one engine's state and queue entry; the engines run
 *   one after the other);
 * - work, counted in events: every instance generated, each engine's own estimate of its events, and
 *   each bucket tallied into a timeline row by both sides. An event costs more in a bigger fleet:
 *   past ~10,000 instances alive at once, the per-instance state no longer fits in the CPU's caches,
 *   so each event waits for memory. The work is the events weighted by that cost (see eventWeight).
 * Buckets (at most LIMITS.buckets) and the trace (TRACE_MAX_INSTANCES) are bounded by their own limits.
 * The limits come from measurements in Node: `npx tsx scripts/limits.ts`.
 */
import { estimatePullEvents } from '../engines/pull';
import { estimatePushEvents } from '../engines/push-engine';
import type { FieldIssue } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { expectedInstances, meanLifetimeSec } from '../sim/fleet';

/**
 * Work, in events at the speed of a fleet that fits in the caches: 10,000 instances for an hour
 * (≈ 6 M events with defaults) fit with room to spare, and the largest accepted run takes seconds.
 */
export const EVENT_LIMIT = 50_000_000;

/** Up to this many instances alive at once, an event costs what it does in a small fleet. */
export const CACHED_INSTANCES = 10_000;

/**
 * What one event costs in a fleet with `alive` instances alive at once, relative to a small fleet:
 * one more for each doubling past CACHED_INSTANCES. Measured twice on a loaded 2-core host (CPU time
 * per event, default scenario, `npx tsx scripts/limits.ts --weights`): 30,000 instances 2.2 to 2.6×,
 * 60,000 2.7 to 3.5×, 100,000 2.7 to 3.4×, 250,000 3.7 to 5.5× the cost at 10,000; the rule gives
 * 2.6×, 3.6×, 4.3× and 5.6×, at or above every measurement.
 */
export function eventWeight(alive: number): number {
  return alive > CACHED_INSTANCES ? 1 + Math.log2(alive / CACHED_INSTANCES) : 1;
}

/**
 * An engine sets up an instance in ~0.2 µs (measured on an idle machine), so the longest step a newer
 * request waits for stays near 50 ms; peak memory near 50 MB.
 */
export const INSTANCE_LIMIT = 250_000;

export interface RunCost {
  instances: number;
  /** Instances alive at the same time, on average: the state each event reaches into. */
  alive: number;
  buckets: number;
  pullEvents: number;
  pushEvents: number;
  /** Instances generated, both engines' events, and both sides' buckets. */
  events: number;
  /** The events weighted by their cost in a fleet this size (eventWeight): what EVENT_LIMIT bounds. */
  work: number;
}

/** Long-running slots, plus jobs by their arrival rate times their mean life (Little's law). */
function aliveAtOnce(s: Scenario): number {
  return s.services.reduce(
    (n, g) =>
      n +
      (g.kind === 'long-running'
        ? g.count
        : (g.startsPerMin / 60) * Math.min(meanLifetimeSec(g.lifetimeSec), s.durationSec)),
    0,
  );
}

export function estimateCost(s: Scenario): RunCost {
  const instances = s.services.reduce((n, g) => n + expectedInstances(g, s.durationSec), 0);
  const alive = aliveAtOnce(s);
  const buckets = Math.ceil(s.durationSec / s.resolutionSec);
  const pullEvents = estimatePullEvents(s);
  const pushEvents = estimatePushEvents(s);
  const events = Math.ceil(instances + pullEvents + pushEvents + 2 * buckets);
  return {
    instances,
    alive,
    buckets,
    pullEvents,
    pushEvents,
    events,
    work: Math.ceil(events * eventWeight(alive)),
  };
}

export const estimateEvents = (s: Scenario): number => estimateCost(s).events;

const count = (x: number) => Math.ceil(x).toLocaleString('en-US');

/** The budget check, shaped like a validation issue so the CLI and the lab show it the same way. */
export function checkBudget(s: Scenario): FieldIssue | null {
  const cost = estimateCost(s);
  const over = (what: string, limit: number, remedy: string): FieldIssue => ({
    path: '',
    message: `this scenario needs about ${what}, over the limit of ${count(limit)}: shorten durationSec, or ${remedy}`,
  });
  if (cost.instances > INSTANCE_LIMIT)
    return over(`${count(cost.instances)} instances`, INSTANCE_LIMIT, 'use fewer instances, crashes or job starts');
  if (cost.work > EVENT_LIMIT) {
    const weight = eventWeight(cost.alive);
    const what =
      weight === 1
        ? `${count(cost.events)} events`
        : `${count(cost.work)} events' worth of work (${count(cost.events)} events at ${weight.toFixed(1)}× ` +
          `the cost each, with ${count(cost.alive)} instances alive at once)`;
    return over(what, EVENT_LIMIT, 'use fewer instances or longer intervals');
  }
  return null;
}
