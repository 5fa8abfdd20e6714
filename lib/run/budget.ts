/**
 * The budget: a scenario is refused up front when its work is beyond what a browser tab (or the CLI)
 * should be asked for, instead of hanging the lab or running out of memory.
 *
 * Two things cost:
 * - instances: each engine sets up every instance in one step that a newer request has to wait for,
 *   and each instance holds ~200 B (fleet columns, one engine's state and queue entry; the engines run
 *   one after the other);
 * - work, counted in events: every instance generated, each engine's own estimate of its events, the
 *   retries of pushes the collector refused for capacity (pushRetries), and each bucket tallied into a
 *   timeline row by both sides. An event costs more in a bigger fleet:
 *   past ~10,000 instances alive at once, the per-instance state no longer fits in the CPU's caches,
 *   so each event waits for memory. The work is the events weighted by that cost (see eventWeight).
 * Buckets (at most LIMITS.buckets) and the trace (TRACE_MAX_INSTANCES) are bounded by their own limits.
 * The limits come from measurements in Node: `npx tsx scripts/limits.ts`.
 */
import { estimatePullEvents } from '../engines/pull';
import { estimatePushEvents } from '../engines/push-engine';
import { backoffSec, DELTA_RETRY_MAX_ELAPSED_SEC } from '../engines/push-http';
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
  /** Retries of pushes refused for the collector's capacity (pushRetries). */
  pushRetries: number;
  /** Instances generated, both engines' events, the retries, and both sides' buckets. */
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

/** Mean delay before retry number j (0-based): the backoff at the middle of its jitter range. */
const meanBackoffSec = (j: number) => backoffSec(j, 0.5);

/** The mean delay once the backoff has reached its cap: every later retry waits this long. */
const CAPPED_BACKOFF_SEC = meanBackoffSec(Infinity);

interface Cycle {
  retries: number;
  retryTimes: number;
  meanSec: number;
  meanSquareSec: number;
  admitted: number;
  firstChainInRun: number;
}

/**
 * Adds to `c` the retries from the first capped one on, in closed form: at a heavy overload the
 * admitted share f is tiny and the chain runs for ~28/f retries, which summed one by one took most
 * of a second (100,000 pushers against a capacity of 1/s). Retry k of the tail is sent with chance
 * sent·q^k at atSec + (k+1)d, so the sums are geometric: Σq^k = 1/f, Σ(k+1)q^k = 1/f²,
 * Σ(k+1)²q^k = (1+q)/f³.
 */
function addCappedTail(
  c: Cycle,
  { f, sent, atSec: a, T, P }: { f: number; sent: number; atSec: number; T: number; P: number },
): void {
  const q = 1 - f;
  const d = CAPPED_BACKOFF_SEC;
  const s0 = 1 / f;
  const s1 = 1 / f ** 2;
  const s2 = (1 + q) / f ** 3;
  c.retries += sent * s0;
  c.retryTimes += sent * (a * s0 + d * s1);
  const inRun = Math.max(0, Math.floor((T - a) / d)); // tail retries sent by T
  c.firstChainInRun += (sent * (1 - q ** inRun)) / f;
  c.admitted += sent;
  // Each tail retry ends the cycle with chance f, at x_k = a + (k+1)d, plus the wait for the next tick.
  c.meanSec += sent * f * ((a + P / 2) * s0 + d * s1);
  c.meanSquareSec += sent * f * ((a ** 2 + a * P + P ** 2 / 3) * s0 + (2 * a + P) * d * s1 + d ** 2 * s2);
}

/**
 * Retries after capacity refusals. The collector admits the first `C` requests of each one-second
 * window, so with `N` pushers at interval `P` offering more than `C`, only requests early in a
 * second get in: call that share `f`. Jittered phases put a scheduled push early in its second for a
 * share `f` of the instances, every time (its phase is fixed): those are admitted at each tick and
 * never retry. The others are refused at each tick and retry with backoff; the jitter (at least half
 * a second wide) spreads a retry's place in its second, so each is taken as admitted with chance `f`.
 *
 * A refused instance's cycle starts at its refused tick. Retry j (0-based) is sent when the j before
 * it failed, with probability q^j (q = 1 - f), at S_j, the sum of the mean delays up to it; a delta
 * push stops retrying once S_j passes its time limit. Once admitted, the instance waits for its next
 * tick, W uniform in [0, P). Admissions fill the capacity, N f / P + N (1 - f) (1 - q^J) / E[L] = C,
 * solved for f by bisection, with E[L] the mean cycle length.
 *
 * Over a run of T seconds a refused instance then retries T E[K] / E[L] times (K retries a cycle),
 * plus the renewal-reward start-up term E[K] E[L²] / (2 E[L]²) - E[Σ S_k] / E[L]: every instance
 * starts its first chain at the shortest backoff at the same time, where a steady state would have
 * most of them waiting 15-30 s. A run shorter than a cycle gets at most its first chain's retries.
 *
 * Against the engine (defaults otherwise): a run's events within 5 % at 20,000 to 250,000 instances
 * over 120 to 500 s (7 % too many at 250,000 over 40 s). Its retries are too many in short runs and
 * mild overloads (2,000 instances at 1.33 times the capacity: 19 % over 600 s, 71 % over 60 s),
 * which only makes the budget stricter there.
 *
 * Not counted: bursts of aligned pushes when the mean load is within capacity, retries of lost
 * pushes, and StatsD (which never retries) or onThrottle "drop".
 */
export function estimatePushRetries(s: Scenario, pushers: number): number {
  const { push, durationSec: T } = s;
  if (push.protocol !== 'http' || push.onThrottle !== 'retry') return 0;
  const C = push.collectorCapacityPerSec;
  const P = push.pushIntervalSec;
  const N = pushers;
  if (N / P <= C) return 0;
  const limitSec = push.temporality === 'delta' ? DELTA_RETRY_MAX_ELAPSED_SEC : Infinity;
  const cycle = (f: number) => {
    const q = 1 - f;
    const c: Cycle = { retries: 0, retryTimes: 0, meanSec: 0, meanSquareSec: 0, admitted: 0, firstChainInRun: 0 };
    let atSec = 0;
    let sent = 1; // q^j: the chance that retry j is sent
    // A cycle ends at an admission (chance f at each retry) or, past the limit, by giving up.
    const end = (chance: number, lastSec: number) => {
      c.meanSec += chance * (lastSec + P / 2);
      c.meanSquareSec += chance * (lastSec ** 2 + lastSec * P + P ** 2 / 3);
    };
    for (let j = 0; sent > 1e-12; j++, sent *= q) {
      if (limitSec === Infinity && meanBackoffSec(j) === CAPPED_BACKOFF_SEC) {
        addCappedTail(c, { f, sent, atSec, T, P });
        break;
      }
      if (atSec + meanBackoffSec(j) > limitSec) {
        end(sent, atSec);
        break;
      }
      atSec += meanBackoffSec(j);
      c.retries += sent;
      c.retryTimes += sent * atSec;
      if (atSec <= T) c.firstChainInRun += sent;
      c.admitted += sent * f;
      end(sent * f, atSec);
    }
    return c;
  };
  const admittedPerSec = (f: number) => {
    const c = cycle(f);
    return (N * f) / P + (N * (1 - f) * c.admitted) / c.meanSec;
  };
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 50; k++) {
    const f = (lo + hi) / 2;
    if (admittedPerSec(f) > C) hi = f;
    else lo = f;
  }
  const f = (lo + hi) / 2;
  const c = cycle(f);
  const startUp = (c.retries * c.meanSquareSec) / (2 * c.meanSec ** 2) - c.retryTimes / c.meanSec;
  const perInstance = T < c.meanSec ? c.firstChainInRun : (T * c.retries) / c.meanSec + startUp;
  return N * (1 - f) * perInstance;
}

export function estimateCost(s: Scenario): RunCost {
  const instances = s.services.reduce((n, g) => n + expectedInstances(g, s.durationSec), 0);
  const alive = aliveAtOnce(s);
  const buckets = Math.ceil(s.durationSec / s.resolutionSec);
  const pullEvents = estimatePullEvents(s);
  const pushEvents = estimatePushEvents(s);
  const pushRetries = estimatePushRetries(s, alive);
  const events = Math.ceil(instances + pullEvents + pushEvents + pushRetries + 2 * buckets);
  return {
    instances,
    alive,
    buckets,
    pullEvents,
    pushEvents,
    pushRetries,
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
