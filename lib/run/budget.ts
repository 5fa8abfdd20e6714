/**
 * The budget: a scenario is refused up front when its work or its memory is beyond what a browser tab
 * (or the CLI) should be asked for, instead of hanging the lab or running out of memory.
 *
 * What a run costs, and where it comes from:
 * - events: every instance generated, then each engine's own estimate of its events;
 * - memory: per instance, the fleet's columns plus one engine's state and queue entry (the engines run
 *   one after the other); per bucket, the tallies and the report's timeline rows of both sides; per
 *   simulated second, both sides' peak-rate counters; the sampled trace, bounded on its own.
 * The per-item sizes and the limits come from measurements in Node: `npx tsx scripts/limits.ts`.
 */
import { estimatePullEvents } from '../engines/pull';
import { estimatePushEvents } from '../engines/push-engine';
import type { FieldIssue } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { expectedInstances } from '../sim/fleet';
import { TRACE_MAX_EVENTS_PER_ENGINE, TRACE_MAX_INSTANCES } from '../sim/trace';

/** 10,000 instances for an hour (≈ 6 M events with defaults) fit with room to spare. */
export const EVENT_LIMIT = 50_000_000;

/** Peak heap a run may need: a browser tab shares its memory with the page and other tabs. */
export const MEMORY_LIMIT_BYTES = 256 * 2 ** 20;

/** Fleet columns (47 B), the larger engine's state (~70 B), its queue entry (20 B) and growth slack. */
export const BYTES_PER_INSTANCE = 200;
/** Tallies (20 B) and a timeline row (~100 B) per side. */
export const BYTES_PER_BUCKET = 250;
/** Each side's requests-per-second counter (4 B). */
export const BYTES_PER_SIMULATED_SECOND = 8;
/** Each traced instance keeps at most TRACE_MAX_EVENTS_PER_ENGINE events per engine (~60 B each). */
export const TRACE_BYTES = TRACE_MAX_INSTANCES * 3 * TRACE_MAX_EVENTS_PER_ENGINE * 60;

export interface RunCost {
  instances: number;
  buckets: number;
  pullEvents: number;
  pushEvents: number;
  /** Instances generated plus both engines' events. */
  events: number;
  memoryBytes: number;
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
    events: Math.ceil(instances + pullEvents + pushEvents),
    memoryBytes:
      instances * BYTES_PER_INSTANCE +
      buckets * BYTES_PER_BUCKET +
      s.durationSec * BYTES_PER_SIMULATED_SECOND +
      TRACE_BYTES,
  };
}

export const estimateEvents = (s: Scenario): number => estimateCost(s).events;

const HOW_TO_SHRINK = 'shorten durationSec, or use fewer instances (fewer crashes, fewer job starts)';

/** The budget check, shaped like a validation issue so the CLI and the lab show it the same way. */
export function checkBudget(s: Scenario): FieldIssue | null {
  const cost = estimateCost(s);
  const n = (x: number) => Math.ceil(x).toLocaleString('en-US');
  if (cost.memoryBytes > MEMORY_LIMIT_BYTES) {
    const mb = (bytes: number) => `${Math.ceil(bytes / 2 ** 20).toLocaleString('en-US')} MB`;
    return {
      path: '',
      message:
        `this scenario needs about ${mb(cost.memoryBytes)} of memory (${n(cost.instances)} instances), over the ` +
        `limit of ${mb(MEMORY_LIMIT_BYTES)}: ${HOW_TO_SHRINK}`,
    };
  }
  if (cost.events > EVENT_LIMIT) {
    return {
      path: '',
      message:
        `this scenario needs about ${n(cost.events)} events, over the limit of ${n(EVENT_LIMIT)}: ` +
        `${HOW_TO_SHRINK}, or longer intervals`,
    };
  }
  return null;
}
