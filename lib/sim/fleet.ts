/**
 * The fleet's history: which instances exist, when each starts, ends and whether it crashed.
 *
 * Generated once per scenario, before and independently of any engine, from fleet knobs and the
 * seed only: the pull and push engines observe the very same instances. Draws are keyed by group
 * name and instance number (common random numbers), so adding a 21st instance leaves the first 20
 * untouched, and a different crash rate or arrival rate stretches the same draws instead of
 * reshuffling them.
 *
 * Crashes follow the group's `onCrash`: "restart" keeps the instance (same identity, same target) and
 * records a downtime [crash, crash + restartDelaySec); "replace" ends it and starts a new identity.
 * Both draw the same crash times, so switching the rule moves no crash.
 *
 * Stored as parallel typed arrays: up to millions of instances without one object each.
 */
import type { Lifetime, LongRunningGroup, Scenario, ServiceGroup, ShortLivedGroup } from '../scenario/schema';
import { exponentialFrom, hashString, hashUniform, hashWords, normalFrom, saltsFor, Stream, type Salts } from './rng';

export interface Fleet {
  readonly size: number;
  readonly durationSec: number;
  readonly groups: readonly ServiceGroup[];
  /** Index into `groups`. */
  readonly group: Uint16Array;
  /** Slot number (long-running) or arrival number (short-lived) within the group. */
  readonly index: Int32Array;
  /** 0 for an original long-running instance, n for the n-th replacement in its slot; 0 for jobs. */
  readonly incarnation: Int32Array;
  readonly startSec: Float64Array;
  /** End of life (crash, or a job's end, possibly past the run); Infinity for a survivor. */
  readonly endSec: Float64Array;
  readonly crashed: Uint8Array;
  /** For a crashed instance, when its replacement starts (may lie past the run); NaN otherwise. */
  readonly replacedAtSec: Float64Array;
  /** Identity hash: the key of every per-instance draw (phases, loss, jitter). */
  readonly key: Uint32Array;
  /** How far this instance's clock is ahead of true time (normal, sd = network.clockSkewSec). */
  readonly clockOffsetSec: Float64Array;
  /**
   * Restarts in place: instance i is down during [downStartSec[k], downEndSec[k]) for k from
   * downFirst[i] to downFirst[i + 1] − 1, in time order (the last may reach past the run).
   */
  readonly downFirst: Int32Array;
  readonly downStartSec: Float64Array;
  readonly downEndSec: Float64Array;
}

/**
 * Fleet times are rounded to the microsecond: transcendental functions (log, exp, cos) may differ in
 * the last bit between JS engines, and rounding keeps such a difference from reaching the report.
 */
export const quantizeSec = (t: number): number => Math.round(t * 1e6) / 1e6;

const MIN_LIFETIME_SEC = 1e-6;

/** One instance before assembly; `replacedAtSec` is NaN unless it crashed and was replaced. */
export interface InstanceDraft {
  group: number;
  index: number;
  incarnation: number;
  startSec: number;
  endSec: number;
  replacedAtSec: number;
  /** Restarts in place: [crash, back] pairs in time order. */
  downtimes?: readonly (readonly [number, number])[];
}

export function buildFleet(scenario: Scenario): Fleet {
  const salts = saltsFor(scenario.seed);
  const drafts: InstanceDraft[] = [];
  scenario.services.forEach((g, gi) => {
    if (g.kind === 'long-running') longRunning(g, gi, scenario.durationSec, salts, drafts);
    else shortLived(g, gi, scenario.durationSec, salts, drafts);
  });
  return assembleFleet(scenario, drafts);
}

/** Packs drafts into arrays and derives each instance's identity key and clock offset. */
export function assembleFleet(scenario: Scenario, drafts: readonly InstanceDraft[]): Fleet {
  const salts = saltsFor(scenario.seed);
  const n = drafts.length;
  let downtimes = 0;
  for (const d of drafts) downtimes += d.downtimes?.length ?? 0;
  const fleet = {
    size: n,
    durationSec: scenario.durationSec,
    groups: scenario.services,
    group: new Uint16Array(n),
    index: new Int32Array(n),
    incarnation: new Int32Array(n),
    startSec: new Float64Array(n),
    endSec: new Float64Array(n),
    crashed: new Uint8Array(n),
    replacedAtSec: new Float64Array(n),
    key: new Uint32Array(n),
    clockOffsetSec: new Float64Array(n),
    downFirst: new Int32Array(n + 1),
    downStartSec: new Float64Array(downtimes),
    downEndSec: new Float64Array(downtimes),
  };
  const groupHashes = scenario.services.map((g) => hashString(g.name));
  const skewSd = scenario.network.clockSkewSec;
  let k = 0;
  drafts.forEach((d, i) => {
    fleet.downFirst[i] = k;
    for (const [from, to] of d.downtimes ?? []) {
      fleet.downStartSec[k] = from;
      fleet.downEndSec[k++] = to;
    }
    fleet.group[i] = d.group;
    fleet.index[i] = d.index;
    fleet.incarnation[i] = d.incarnation;
    fleet.startSec[i] = d.startSec;
    fleet.endSec[i] = d.endSec;
    fleet.replacedAtSec[i] = d.replacedAtSec;
    fleet.crashed[i] = Number.isNaN(d.replacedAtSec) ? 0 : 1;
    const key = hashWords(scenario.seed, groupHashes[d.group], d.index, d.incarnation);
    fleet.key[i] = key;
    if (skewSd > 0) {
      const z = normalFrom(hashUniform(salts['clock-skew'], key, 0), hashUniform(salts['clock-skew'], key, 1));
      fleet.clockOffsetSec[i] = quantizeSec(skewSd * z);
    }
  });
  fleet.downFirst[n] = k;
  return fleet;
}

/**
 * Each slot: an instance from 0 with Poisson crashes, each `restartDelaySec` long; the next crash is
 * drawn from the moment it is back. "restart" keeps one instance with downtimes; "replace" starts a
 * new identity each time.
 */
function longRunning(g: LongRunningGroup, gi: number, durationSec: number, salts: Salts, out: InstanceDraft[]): void {
  const meanGapSec = g.crashesPerHour > 0 ? 3600 / g.crashesPerHour : Infinity;
  const groupHash = hashString(g.name);
  const restart = g.onCrash === 'restart';
  for (let slot = 0; slot < g.count; slot++) {
    const crashes = meanGapSec < Infinity ? new Stream(salts.crashes, groupHash, slot) : null;
    const downtimes: [number, number][] = [];
    let incarnation = 0;
    let startSec = 0;
    let upSec = 0; // since when the current life runs: the next crash is drawn from here
    let survives = true;
    while (crashes) {
      const crashSec = quantizeSec(upSec + meanGapSec * exponentialFrom(crashes.next()));
      if (crashSec >= durationSec) break;
      const backSec = quantizeSec(crashSec + g.restartDelaySec);
      if (restart) downtimes.push([crashSec, backSec]);
      else {
        out.push({
          group: gi,
          index: slot,
          incarnation: incarnation++,
          startSec,
          endSec: crashSec,
          replacedAtSec: backSec,
        });
        startSec = backSec;
      }
      if (backSec >= durationSec) {
        survives = restart;
        break;
      }
      upSec = backSec;
    }
    if (survives)
      out.push({ group: gi, index: slot, incarnation, startSec, endSec: Infinity, replacedAtSec: NaN, downtimes });
  }
}

/** Poisson arrivals over [0, duration); each job lives its drawn lifetime, possibly past the end. */
function shortLived(g: ShortLivedGroup, gi: number, durationSec: number, salts: Salts, out: InstanceDraft[]): void {
  if (g.startsPerMin <= 0) return;
  const meanGapSec = 60 / g.startsPerMin;
  const groupHash = hashString(g.name);
  const arrivals = new Stream(salts.arrivals, groupHash);
  const lifetimes = new Stream(salts.lifetimes, groupHash);
  let t = 0;
  for (let index = 0; ; index++) {
    t += meanGapSec * exponentialFrom(arrivals.next());
    const startSec = quantizeSec(t);
    if (startSec >= durationSec) break;
    // Always two draws per job, whatever the distribution, so job n keeps its draws across settings.
    const life = lifetimeSec(g.lifetimeSec, lifetimes.next(), lifetimes.next());
    const endSec = quantizeSec(startSec + Math.max(MIN_LIFETIME_SEC, life));
    out.push({ group: gi, index, incarnation: 0, startSec, endSec, replacedAtSec: NaN });
  }
}

export function lifetimeSec(dist: Lifetime, u1: number, u2: number): number {
  switch (dist.dist) {
    case 'exponential':
      return dist.mean * exponentialFrom(u1);
    case 'fixed':
      return dist.value;
    case 'uniform':
      return dist.min + (dist.max - dist.min) * u1;
    case 'lognormal':
      return dist.median * Math.exp(dist.sigma * normalFrom(u1, u2));
  }
}

/** Mean of a lifetime distribution, for estimates. */
export function meanLifetimeSec(dist: Lifetime): number {
  switch (dist.dist) {
    case 'exponential':
      return dist.mean;
    case 'fixed':
      return dist.value;
    case 'uniform':
      return (dist.min + dist.max) / 2;
    case 'lognormal':
      return dist.median * Math.exp((dist.sigma * dist.sigma) / 2);
  }
}

/** A readable identity: `web-3`, its replacements `web-3-r1`, `web-3-r2`; jobs `batch-17`. */
export function instanceId(fleet: Fleet, i: number): string {
  const base = `${fleet.groups[fleet.group[i]].name}-${fleet.index[i]}`;
  return fleet.incarnation[i] > 0 ? `${base}-r${fleet.incarnation[i]}` : base;
}

/** Work done (one unit per second of life, none while down) within the run. */
export function workDone(fleet: Fleet, i: number): number {
  const until = Math.min(fleet.endSec[i], fleet.durationSec);
  let work = Math.max(0, until - fleet.startSec[i]);
  for (let k = fleet.downFirst[i]; k < fleet.downFirst[i + 1]; k++) {
    work -= Math.max(0, Math.min(fleet.downEndSec[k], until) - fleet.downStartSec[k]);
  }
  return work;
}

/** Crashes of instance i within the run: its downtimes (restart), or its own end (replace). */
export function crashesOf(fleet: Fleet, i: number): number {
  let n = fleet.crashed[i] && fleet.endSec[i] < fleet.durationSec ? 1 : 0;
  for (let k = fleet.downFirst[i]; k < fleet.downFirst[i + 1]; k++) if (fleet.downStartSec[k] < fleet.durationSec) n++;
  return n;
}
