/**
 * The budget: a scenario is refused up front when its work is beyond what a browser tab (or the CLI)
 * should be asked for, instead of hanging the lab or running out of memory.
 *
 * Two things cost:
 * - instances: each engine sets up every instance in one step that a newer request has to wait for,
 *   and each instance holds ~200 B (fleet columns, one engine's state and queue entry; the engines run
 *   one after the other);
 * - work, counted in events: every instance generated, each engine's own estimate of its events, and
 *   each bucket tallied into a timeline row by both sides.
 * Buckets (at most LIMITS.buckets) and the trace (TRACE_MAX_INSTANCES) are bounded by their own limits.
 * The limits come from measurements in Node: `npx tsx scripts/limits.ts`.
 */
import { estimatePullEvents } from '../engines/pull';
import { estimatePushEvents } from '../engines/push-engine';
import type { FieldIssue } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { expectedInstances } from '../sim/fleet';

/** 10,000 instances for an hour (≈ 6 M events with defaults) fit with room to spare. */
export const EVENT_LIMIT = 50_000_000;

/**
 * An engine sets up an instance in ~0.2 µs (measured on an idle machine), so the longest step a newer
 * request waits for stays near 50 ms; peak memory near 50 MB.
 */
export const INSTANCE_LIMIT = 250_000;

export interface RunCost {
  instances: number;
  buckets: number;
  pullEvents: number;
  pushEvents: number;
  /** Instances generated, both engines' events, and both sides' buckets. */
  events: number;
}

export function estimateCost(s: Scenario): RunCost {
  const instances = s.services.reduce((n, g) => n + expectedInstances(g, s.durationSec), 0);
  const buckets = Math.ceil(s.durationSec / s.resolutionSec);
  const pullEvents = estimatePullEvents(s);
  const pushEvents = estimatePushEvents(s);
  return {
    instances,
    buckets,
    pullEvents,
    pushEvents,
    events: Math.ceil(instances + pullEvents + pushEvents + 2 * buckets),
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
  if (cost.events > EVENT_LIMIT)
    return over(`${count(cost.events)} events`, EVENT_LIMIT, 'use fewer instances or longer intervals');
  return null;
}
