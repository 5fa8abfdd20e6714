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

/** The fleet in one go. */
export function buildFleet(scenario: Scenario): Fleet {
  const builder = new FleetBuilder(scenario);
  while (!builder.advance(Infinity)) {
    // one call does it all
  }
  return builder.result();
}

/** Packs drafts into arrays and derives each instance's identity key and clock offset. */
export function assembleFleet(scenario: Scenario, drafts: readonly InstanceDraft[]): Fleet {
  const builder = new FleetBuilder(scenario, drafts.values());
  builder.advance(Infinity);
  return builder.result();
}

type Column = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

/** A copy of `a` with room for `length` values. */
function resized<A extends Column>(a: A, length: number): A {
  const b = new (a.constructor as new (n: number) => A)(length);
  b.set(a.subarray(0, Math.min(a.length, length)) as never);
  return b;
}

/**
 * Builds the fleet a bounded number of instances at a time, so a worker can stop between chunks when
 * a newer request comes: the arrays grow as instances come, and no per-instance object outlives its chunk.
 */
export class FleetBuilder {
  private readonly drafts: Iterator<InstanceDraft>;
  private readonly fleet: { -readonly [K in keyof Fleet]: Fleet[K] };
  private readonly salts: Salts;
  private readonly groupHashes: number[];
  private finished = false;
  /** Downtimes stored so far (restarts in place), across all instances. */
  private downtimes = 0;

  constructor(
    private readonly scenario: Scenario,
    drafts: Iterator<InstanceDraft> = fleetDrafts(scenario),
  ) {
    this.drafts = drafts;
    this.salts = saltsFor(scenario.seed);
    this.groupHashes = scenario.services.map((g) => hashString(g.name));
    const expected = scenario.services.reduce((n, g) => n + expectedInstances(g, scenario.durationSec), 0);
    const capacity = Math.ceil(Math.min(expected * 1.05 + 16, 1 << 24));
    this.fleet = {
      size: 0,
      durationSec: scenario.durationSec,
      groups: scenario.services,
      group: new Uint16Array(capacity),
      index: new Int32Array(capacity),
      incarnation: new Int32Array(capacity),
      startSec: new Float64Array(capacity),
      endSec: new Float64Array(capacity),
      crashed: new Uint8Array(capacity),
      replacedAtSec: new Float64Array(capacity),
      key: new Uint32Array(capacity),
      clockOffsetSec: new Float64Array(capacity),
      downFirst: new Int32Array(capacity + 1),
      downStartSec: new Float64Array(16),
      downEndSec: new Float64Array(16),
    };
  }

  /** Instances built so far. */
  get size(): number {
    return this.fleet.size;
  }

  /** Adds at most `maxInstances` more instances; true once the fleet is complete. */
  advance(maxInstances: number): boolean {
    for (let n = 0; n < maxInstances && !this.finished; n++) {
      const next = this.drafts.next();
      if (next.done) this.finished = true;
      else this.add(next.value);
    }
    return this.finished;
  }

  /** The fleet; throws if it is not complete. */
  result(): Fleet {
    if (!this.finished) throw new Error('The fleet is not complete: call advance() until it returns true');
    const f = this.fleet;
    const n = f.size;
    return {
      ...f,
      group: f.group.subarray(0, n),
      index: f.index.subarray(0, n),
      incarnation: f.incarnation.subarray(0, n),
      startSec: f.startSec.subarray(0, n),
      endSec: f.endSec.subarray(0, n),
      crashed: f.crashed.subarray(0, n),
      replacedAtSec: f.replacedAtSec.subarray(0, n),
      key: f.key.subarray(0, n),
      clockOffsetSec: f.clockOffsetSec.subarray(0, n),
      downFirst: f.downFirst.subarray(0, n + 1),
      downStartSec: f.downStartSec.subarray(0, this.downtimes),
      downEndSec: f.downEndSec.subarray(0, this.downtimes),
    };
  }

  private add(d: InstanceDraft): void {
    const fleet = this.fleet;
    if (fleet.size === fleet.key.length) this.grow(Math.max(16, fleet.size * 2));
    const i = fleet.size++;
    fleet.downFirst[i] = this.downtimes;
    for (const [from, to] of d.downtimes ?? []) {
      if (this.downtimes === fleet.downStartSec.length) {
        fleet.downStartSec = resized(fleet.downStartSec, this.downtimes * 2);
        fleet.downEndSec = resized(fleet.downEndSec, this.downtimes * 2);
      }
      fleet.downStartSec[this.downtimes] = from;
      fleet.downEndSec[this.downtimes++] = to;
    }
    fleet.downFirst[i + 1] = this.downtimes;
    fleet.group[i] = d.group;
    fleet.index[i] = d.index;
    fleet.incarnation[i] = d.incarnation;
    fleet.startSec[i] = d.startSec;
    fleet.endSec[i] = d.endSec;
    fleet.replacedAtSec[i] = d.replacedAtSec;
    fleet.crashed[i] = Number.isNaN(d.replacedAtSec) ? 0 : 1;
    const key = hashWords(this.scenario.seed, this.groupHashes[d.group], d.index, d.incarnation);
    fleet.key[i] = key;
    const skewSd = this.scenario.network.clockSkewSec;
    if (skewSd > 0) {
      const salt = this.salts['clock-skew'];
      fleet.clockOffsetSec[i] = quantizeSec(skewSd * normalFrom(hashUniform(salt, key, 0), hashUniform(salt, key, 1)));
    }
  }

  private grow(capacity: number): void {
    const f = this.fleet;
    f.group = resized(f.group, capacity);
    f.index = resized(f.index, capacity);
    f.incarnation = resized(f.incarnation, capacity);
    f.startSec = resized(f.startSec, capacity);
    f.endSec = resized(f.endSec, capacity);
    f.crashed = resized(f.crashed, capacity);
    f.replacedAtSec = resized(f.replacedAtSec, capacity);
    f.key = resized(f.key, capacity);
    f.clockOffsetSec = resized(f.clockOffsetSec, capacity);
    f.downFirst = resized(f.downFirst, capacity + 1);
  }
}

/** Every instance of the scenario, group after group, in fleet order. */
function* fleetDrafts(scenario: Scenario): Generator<InstanceDraft> {
  const salts = saltsFor(scenario.seed);
  for (const [gi, g] of scenario.services.entries()) {
    if (g.kind === 'long-running') yield* longRunning(g, gi, scenario.durationSec, salts);
    else yield* shortLived(g, gi, scenario.durationSec, salts);
  }
}

/**
 * Each slot: an instance from 0 with Poisson crashes, each `restartDelaySec` long; the next crash is
 * drawn from the moment it is back. "restart" keeps one instance with downtimes; "replace" starts a
 * new identity each time.
 */
function* longRunning(g: LongRunningGroup, gi: number, durationSec: number, salts: Salts): Generator<InstanceDraft> {
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
        yield {
          group: gi,
          index: slot,
          incarnation: incarnation++,
          startSec,
          endSec: crashSec,
          replacedAtSec: backSec,
        };
        startSec = backSec;
      }
      if (backSec >= durationSec) {
        survives = restart;
        break;
      }
      upSec = backSec;
    }
    if (survives)
      yield { group: gi, index: slot, incarnation, startSec, endSec: Infinity, replacedAtSec: NaN, downtimes };
  }
}

/** Poisson arrivals over [0, duration); each job lives its drawn lifetime, possibly past the end. */
function* shortLived(g: ShortLivedGroup, gi: number, durationSec: number, salts: Salts): Generator<InstanceDraft> {
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
    yield { group: gi, index, incarnation: 0, startSec, endSec, replacedAtSec: NaN };
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

/** Expected crashes of one long-running slot: at the given rate while up, each followed by the restart delay. */
export function expectedCrashesPerSlot(g: LongRunningGroup, durationSec: number): number {
  const crashesPerSec = g.crashesPerHour / 3600;
  return (durationSec * crashesPerSec) / (1 + crashesPerSec * g.restartDelaySec);
}

/**
 * Expected instances of one group over a run: a long-running slot holds one lifetime, plus one per
 * crash when crashes replace it (a restart in place is the same instance); jobs arrive at their
 * rate. The budget and the engines' event estimates build on it.
 */
export function expectedInstances(g: ServiceGroup, durationSec: number): number {
  if (g.kind === 'short-lived') return (g.startsPerMin / 60) * durationSec;
  const crashesPerSec = g.crashesPerHour / 3600;
  if (crashesPerSec === 0 || g.onCrash === 'restart') return g.count;
  return g.count * (1 + expectedCrashesPerSlot(g, durationSec));
}

/**
 * A readable identity: `web-3`, its replacements `web-3-r1`, `web-3-r2`; jobs `batch-17`. The one
 * naming rule: the trace, the artifacts (host names, Pushgateway `instance` values) all use it.
 */
export function instanceId(group: string, index: number, incarnation = 0): string {
  return incarnation > 0 ? `${group}-${index}-r${incarnation}` : `${group}-${index}`;
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
