/**
 * What one backend ends up knowing, tallied as the engine runs: the shared observation layer.
 *
 * Memory stays bounded: per bucket and per second, counters; per instance, a small fixed record
 * (last covered bucket, highest count learned). No sample is ever stored.
 */
import type { Outcome, TimelineRow } from './report';
import { crashesOf, workDone, type Fleet } from './fleet';

/** Reports carry 6 decimals: enough for microsecond times, and stable across JS engines. */
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Buckets of `resolutionSec` over [0, duration): the last one may be shorter. */
export class Buckets {
  readonly count: number;
  /** Instances alive at some moment of each bucket: the (instance, bucket) pairs expected. */
  readonly alive: Int32Array;
  /**
   * Per instance: the first and last bucket in which it is alive (life is [start, end), cut at the
   * run's end; last < first when it never is). Computed once: every stored point is clamped to them.
   */
  readonly firstOf: Int32Array;
  readonly lastOf: Int32Array;

  constructor(
    readonly fleet: Fleet,
    readonly resolutionSec: number,
  ) {
    this.count = Math.ceil(fleet.durationSec / resolutionSec);
    const diff = new Int32Array(this.count + 1);
    this.firstOf = new Int32Array(fleet.size);
    this.lastOf = new Int32Array(fleet.size);
    for (let i = 0; i < fleet.size; i++) {
      const first = this.of(fleet.startSec[i]);
      const until = Math.min(fleet.endSec[i], fleet.durationSec);
      const last = Math.min(this.count - 1, Math.ceil(until / resolutionSec) - 1);
      this.firstOf[i] = first;
      this.lastOf[i] = last;
      if (last < first) continue;
      // Alive spans between downtimes; a bucket shared by two spans counts once.
      let from = first;
      for (let k = fleet.downFirst[i]; k < fleet.downFirst[i + 1]; k++) {
        const downAt = fleet.downStartSec[k];
        const backAt = fleet.downEndSec[k];
        if (downAt >= fleet.durationSec) break;
        const to = Math.min(last, Math.ceil(downAt / resolutionSec) - 1);
        if (to >= from) {
          diff[from]++;
          diff[to + 1]--;
        }
        from = Math.max(from, to + 1, backAt >= fleet.durationSec ? this.count : this.of(backAt));
      }
      if (last >= from) {
        diff[from]++;
        diff[last + 1]--;
      }
    }
    this.alive = new Int32Array(this.count);
    let run = 0;
    for (let b = 0; b < this.count; b++) this.alive[b] = run += diff[b];
  }

  of(tSec: number): number {
    return Math.min(this.count - 1, Math.floor(tSec / this.resolutionSec));
  }
}

/** Extra facts an engine supplies that the tallies cannot know. */
export interface OutcomeExtras {
  staleSeries: number;
  configPlaces: number;
}

/** Fields of Observer.coverage, per instance. */
const COVERED = 0;
const FIRST_ALIVE = 1;
const LAST_ALIVE = 2;
const COVERAGE_STRIDE = 3;

export class Observer {
  private readonly received: Int32Array;
  private readonly requests: Uint32Array;
  private readonly bytes: Float64Array;
  private readonly failed: Uint32Array;
  private readonly perSecond: Uint32Array;
  private readonly samplesPerSecond: Float64Array;
  /** Per bucket: instances turned down (+1) or back (−1) by its end; the running sum is `down`. */
  private readonly downDiff: Int32Array;
  /**
   * Per instance, side by side so a point reads one cache line, not three (it matters from about
   * 10,000 instances on): the latest bucket already covered (-1: never seen), then the first and
   * last bucket it is alive in.
   */
  private readonly coverage: Int32Array;
  /** Per instance: the work (counter increments) the backend has learned of, in lives before the current. */
  private readonly known: Float64Array;
  /** Per instance: the highest counter value learned in its current life (a restart resets the counter). */
  private readonly knownInLife: Float64Array;
  private readonly life: Int32Array;
  /** Some instance restarts in place, so lives other than 0 can come. */
  private readonly anyDowntime: boolean;
  private duplicated = 0;
  private samples = 0;
  private activeSeries = 0;
  private activeSeriesPeak = 0;
  private points = 0;
  private timestampErrorSum = 0;
  private deadDetected = 0;
  private deadDelaySum = 0;

  constructor(
    private readonly fleet: Fleet,
    private readonly buckets: Buckets,
  ) {
    this.received = new Int32Array(buckets.count);
    this.requests = new Uint32Array(buckets.count);
    this.bytes = new Float64Array(buckets.count);
    this.failed = new Uint32Array(buckets.count);
    this.perSecond = new Uint32Array(Math.ceil(fleet.durationSec));
    this.samplesPerSecond = new Float64Array(Math.ceil(fleet.durationSec));
    this.downDiff = new Int32Array(buckets.count + 1);
    this.coverage = new Int32Array(COVERAGE_STRIDE * fleet.size);
    for (let i = 0; i < fleet.size; i++) {
      this.coverage[COVERAGE_STRIDE * i + COVERED] = -1;
      this.coverage[COVERAGE_STRIDE * i + FIRST_ALIVE] = buckets.firstOf[i];
      this.coverage[COVERAGE_STRIDE * i + LAST_ALIVE] = buckets.lastOf[i];
    }
    this.known = new Float64Array(fleet.size);
    this.knownInLife = new Float64Array(fleet.size);
    this.life = new Int32Array(fleet.size);
    this.anyDowntime = fleet.downStartSec.length > 0;
  }

  /** A message to the collector side at tSec: a scrape, a push, a datagram. */
  request(tSec: number, bytes: number, ok: boolean): void {
    const b = this.buckets.of(tSec);
    this.requests[b]++;
    this.bytes[b] += bytes;
    if (!ok) this.failed[b]++;
    this.perSecond[Math.floor(tSec)]++;
  }

  /**
   * The backend now holds a data point describing instance i at `describesSec` (true time), stored
   * with a timestamp off by `timestampErrorSec`. Points about one instance must arrive in order of
   * the moment they describe, which every engine guarantees (scrape times and push times increase).
   */
  point(i: number, describesSec: number, timestampErrorSec: number): void {
    this.points++;
    this.timestampErrorSum += Math.abs(timestampErrorSec);
    const { coverage } = this;
    const c = COVERAGE_STRIDE * i;
    const at = this.buckets.of(describesSec);
    const covered = coverage[c + COVERED];
    // A covered bucket is at least the first one, so clamping `at` cannot lift it above the latest.
    if (at <= covered) return;
    const b = Math.max(coverage[c + FIRST_ALIVE], Math.min(coverage[c + LAST_ALIVE], at));
    if (b > covered) {
      coverage[c + COVERED] = b;
      this.received[b]++;
    }
  }

  /** Repeated points about instances already covered (gateway re-scrapes): they only add timestamp error. */
  repeatedPoints(count: number, timestampErrorSum: number): void {
    this.points += count;
    this.timestampErrorSum += timestampErrorSum;
  }

  /**
   * A cumulative counter value read in life `life` of instance i (0, then one more per restart):
   * the backend knows the highest value of each life, as `increase()` adds across a counter reset.
   * Lives must come in order.
   */
  learnTotal(i: number, work: number, life = 0): void {
    if (this.anyDowntime && life !== this.life[i]) this.newLife(i, life);
    if (work > this.knownInLife[i]) this.knownInLife[i] = work;
  }

  /** Instance i restarted: what its previous life counted is known for good. Out of line: it is rare. */
  private newLife(i: number, life: number): void {
    this.known[i] += this.knownInLife[i];
    this.knownInLife[i] = 0;
    this.life[i] = life;
  }

  /** A delta (StatsD, delta temporality) that reached the backend. */
  learnDelta(i: number, work: number): void {
    this.known[i] += work;
  }

  /** A delta the backend had already stored, stored again (a retry whose acknowledgement was lost). */
  learnDuplicate(work: number): void {
    this.duplicated += work;
  }

  /** The backend stored `count` samples (one per series) at tSec. */
  samplesStored(tSec: number, count: number): void {
    this.samples += count;
    this.samplesPerSecond[Math.floor(tSec)] += count;
  }

  /** Series the backend holds as current changed by `delta` (calls in time order). */
  activeSeriesChange(delta: number): void {
    this.activeSeries += delta;
    if (this.activeSeries > this.activeSeriesPeak) this.activeSeriesPeak = this.activeSeries;
  }

  /** The backend held one instance as down from `fromSec` until `untilSec` (Infinity: to the end). */
  down(fromSec: number, untilSec: number): void {
    if (fromSec >= this.fleet.durationSec) return;
    this.downDiff[this.buckets.of(fromSec)]++;
    if (untilSec < this.fleet.durationSec) this.downDiff[this.buckets.of(untilSec)]--;
  }

  /** The backend learned that a crashed instance is down, `delaySec` after the crash. */
  crashDetected(delaySec: number): void {
    this.deadDetected++;
    this.deadDelaySum += delaySec;
  }

  outcome(extras: OutcomeExtras): Outcome {
    const { fleet, buckets } = this;
    let neverSeen = 0;
    let work = 0;
    let known = 0;
    let crashes = 0;
    for (let i = 0; i < fleet.size; i++) {
      if (this.coverage[COVERAGE_STRIDE * i + COVERED] < 0) neverSeen++;
      const done = workDone(fleet, i);
      work += done;
      known += Math.min(this.known[i] + this.knownInLife[i], done);
      crashes += crashesOf(fleet, i);
    }
    const timeline: TimelineRow[] = [];
    let expected = 0;
    let received = 0;
    let requests = 0;
    let bytes = 0;
    let failed = 0;
    let down = 0;
    for (let b = 0; b < buckets.count; b++) {
      down += this.downDiff[b];
      const row = {
        t: round6(b * buckets.resolutionSec),
        alive: buckets.alive[b],
        expected: buckets.alive[b],
        received: this.received[b],
        missed: buckets.alive[b] - this.received[b],
        requests: this.requests[b],
        bytes: this.bytes[b],
        failed: this.failed[b],
        requestsPeak: this.busiestSecond(b),
        down,
      };
      timeline.push(row);
      expected += row.expected;
      received += row.received;
      requests += row.requests;
      bytes += row.bytes;
      failed += row.failed;
    }
    let peak = 0;
    for (let s = 0; s < this.perSecond.length; s++) if (this.perSecond[s] > peak) peak = this.perSecond[s];
    let samplesPeak = 0;
    for (const n of this.samplesPerSecond) if (n > samplesPeak) samplesPeak = n;
    return {
      samplesExpected: expected,
      samplesReceived: received,
      missedSampleRatio: expected > 0 ? round6(1 - received / expected) : 0,
      servicesTotal: fleet.size,
      servicesNeverSeen: neverSeen,
      countsLostRatio: work > 0 ? round6(1 - known / work) : 0,
      requests,
      requestsPerSecMean: round6(requests / fleet.durationSec),
      requestsPerSecPeak: peak,
      bytes,
      failed,
      deadDetectionSecMean: this.deadDetected > 0 ? round6(this.deadDelaySum / this.deadDetected) : null,
      deadUndetected: crashes - this.deadDetected,
      countsDuplicatedRatio: work > 0 ? round6(this.duplicated / work) : 0,
      samplesStored: this.samples,
      samplesPerSecPeak: samplesPeak,
      activeSeriesPeak: this.activeSeriesPeak,
      timestampErrorSecMean: this.points > 0 ? round6(this.timestampErrorSum / this.points) : 0,
      staleSeries: extras.staleSeries,
      configPlaces: extras.configPlaces,
      timeline,
    };
  }

  /** Requests in the busiest one-second window [s, s + 1) that overlaps bucket b. */
  private busiestSecond(b: number): number {
    const { resolutionSec } = this.buckets;
    const from = Math.floor(b * resolutionSec);
    const to = Math.min(this.perSecond.length, Math.ceil((b + 1) * resolutionSec));
    let peak = 0;
    for (let s = from; s < to; s++) if (this.perSecond[s] > peak) peak = this.perSecond[s];
    return peak;
  }
}
