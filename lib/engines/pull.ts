/**
 * The pull engine: Prometheus discovering targets and scraping each one on its own fixed phase.
 *
 * - Target lifetime: from when discovery applies the instance's start until it applies its end (a
 *   job's end, or a replaced pod's crash). Scrapes in between fail. An instance restarted in place
 *   stays a target throughout: scrapes fail while it is down. `static` names only the instances
 *   alive at t = 0, for the whole run.
 * - Scrape times k·T + u·T, with u ∈ [0, 1) a hash of the instance's identity (Prometheus hashes
 *   the target's labels and scrape URL, XOR a per-server seed); T·u scales with T so a slider
 *   moves phases smoothly. Timeout ≤ T, so scrapes of one target never overlap.
 * - A scrape fails if the instance is firewalled, not alive, the message is lost, rendering its
 *   series takes longer than the timeout (see wire.ts), or it exposes more series than
 *   `sampleLimit` (then none of its samples is stored). A success is one data point stamped with the
 *   scrape's start (server clock, so no skew error) and reveals the counter's value at that moment;
 *   it stores one sample per series, and the target's series are current until a scrape fails or
 *   the target is removed (stale markers).
 * - Dead detection: the first failed scrape after a crash (up = 0). A replaced pod's target is
 *   removed soon after its crash, so only a scrape in between notices; a restart shorter than the
 *   interval can slip between two scrapes.
 * - Pushgateway on: short-lived jobs are not scraped; they push their final values at exit.
 */
import type { Scenario } from '../scenario/schema';
import { expectedCrashesPerSlot, expectedInstances, meanLifetimeSec } from '../sim/fleet';
import { hashString, hashUniform } from '../sim/rng';
import type { OutcomeExtras } from '../sim/observe';
import { appliedAtSec } from './discovery';
import { EventEngine, type EngineContext } from './engine';
import { Pushgateway } from './pushgateway';
import { EXPOSITION_BYTES_PER_SERIES, scrapeDurationSec } from './wire';

/**
 * Event kinds, in the order they run at one same moment: a removal before anything else, a job's
 * final push before a scrape.
 */
const Kind = { Remove: 0, GatewayPush: 1, Scrape: 2, GatewayScrape: 3 } as const;

/** Draw index for a job's push to the gateway: clear of the scrape indices k. */
const GATEWAY_PUSH_DRAW = 0xffffffff;
const GATEWAY_IDENTITY = hashString('pushgateway');

/**
 * Told of every sample Prometheus stores, for a full export of a run; optional and read-only, so an
 * engine without one does and reports exactly the same.
 */
export interface PullSampleSink {
  /** A scrape of instance i: up = 1 with its work counter (seconds of its current life), or up = 0. */
  scrape(i: number, tSec: number, up: 0 | 1, counterSec: number): void;
  /** Job i's final values reached the Pushgateway. */
  gatewayPush(i: number, tSec: number): void;
  /** A scrape of the Pushgateway; when up, it stores every group the gateway holds. */
  gatewayScrape(tSec: number, up: 0 | 1): void;
}

/** The slots of PullEngine's per-instance target record. */
const OFFSET_SEC = 0;
const TICK = 1;
const REMOVED_AT_SEC = 2;
const FAILING_SINCE_SEC = 3;
const TARGET_STRIDE = 4;

export class PullEngine extends EventEngine {
  private readonly intervalSec: number;
  private readonly lossRate: number;
  /**
   * Per instance, side by side (TARGET_STRIDE slots): its scrape phase, its scrape count, when it
   * leaves the target set, and since when its scrapes fail (NaN: up, or not scraped yet). A scrape
   * reads all four, so at 10,000 targets they share one cache line instead of taking four.
   */
  private readonly target: Float64Array;
  private readonly downNoted: Uint8Array;
  /** Per instance: its first downtime not yet over at the latest scrape (a cursor into the fleet's). */
  private readonly downCursor: Int32Array;
  /** Per fleet downtime: a failed scrape already noticed it. */
  private readonly downtimeNoted: Uint8Array;
  /** Some instance restarts in place: without any, the downtime checks are skipped. */
  private readonly anyDowntime: boolean;
  /** Per instance: its series are current (its last scrape succeeded). */
  private readonly current: Uint8Array;
  /** Per service group: true when its scrapes never reach it (firewalled or too slow). */
  private readonly unreachable: boolean[];
  /** Per service group: true when it exposes more series than sample_limit allows. */
  private readonly overLimit: boolean[];
  private readonly sampleLimit: number;
  private readonly series: number[];
  private readonly seriesBytes: number[];
  private readonly gateway: Pushgateway | null;
  private readonly gatewayKey: number;
  private readonly gatewayOffsetSec: number;
  private gatewayTick = 0;
  private gatewayCurrentSeries = 0;
  private gatewayFailingSinceSec = NaN;
  private readonly configPlaces: number;
  private readonly sink: PullSampleSink | undefined;

  constructor(ctx: EngineContext & { samples?: PullSampleSink }) {
    super(ctx);
    this.sink = ctx.samples;
    const { pull, network } = ctx.scenario;
    const { fleet, salts, trace } = ctx;
    this.intervalSec = pull.scrapeIntervalSec;
    this.lossRate = network.lossRate;
    this.target = new Float64Array(fleet.size * TARGET_STRIDE);
    for (let i = 0; i < fleet.size; i++) this.target[i * TARGET_STRIDE + FAILING_SINCE_SEC] = NaN;
    this.downNoted = new Uint8Array(fleet.size);
    this.downCursor = fleet.downFirst.slice(0, fleet.size);
    this.downtimeNoted = new Uint8Array(fleet.downStartSec.length);
    this.anyDowntime = fleet.downStartSec.length > 0;
    this.current = new Uint8Array(fleet.size);
    this.unreachable = fleet.groups.map(
      (g) => g.firewalled || scrapeDurationSec(g.seriesPerService) > pull.scrapeTimeoutSec,
    );
    this.sampleLimit = pull.sampleLimit;
    this.overLimit = fleet.groups.map((g) => this.exceedsLimit(g.seriesPerService));
    this.series = fleet.groups.map((g) => g.seriesPerService);
    this.seriesBytes = fleet.groups.map((g) => g.seriesPerService * EXPOSITION_BYTES_PER_SERIES);
    this.gateway = pull.pushgateway ? new Pushgateway(pull.pushgatewayGrouping, fleet, this.observer, trace) : null;
    this.gatewayKey = ctx.scenario.seed ^ GATEWAY_IDENTITY;
    this.gatewayOffsetSec = hashUniform(salts['scrape-phase'], this.gatewayKey, 0) * this.intervalSec;

    let staticTargets = 0;
    let jobs = 0;
    const T = this.intervalSec;
    for (let i = 0; i < fleet.size; i++) {
      const shortLived = fleet.groups[fleet.group[i]].kind === 'short-lived';
      if (shortLived) jobs++;
      if (shortLived && this.gateway) {
        this.at(fleet.endSec[i], Kind.GatewayPush, i);
        continue;
      }
      let addedAt: number;
      let removedAt: number;
      if (pull.discovery === 'static') {
        if (fleet.startSec[i] > 0) continue;
        staticTargets++;
        addedAt = 0;
        removedAt = Infinity;
      } else {
        addedAt = appliedAtSec(pull, fleet.startSec[i]);
        // A job's end or a replaced pod's crash: the pod leaves discovery (a restart does not).
        const goneAt = fleet.endSec[i];
        removedAt = goneAt === Infinity ? Infinity : appliedAtSec(pull, goneAt);
      }
      // Both changes applied on the same tick: the target never appears.
      if (addedAt >= removedAt || addedAt >= this.durationSec) continue;
      trace.add(i, addedAt, 'discovered', 'pull');
      if (removedAt < this.durationSec) trace.add(i, removedAt, 'undiscovered', 'pull');
      const offset = hashUniform(salts['scrape-phase'], fleet.key[i], 0) * T;
      const k = Math.ceil((addedAt - offset) / T);
      const at = i * TARGET_STRIDE;
      this.target[at + OFFSET_SEC] = offset;
      this.target[at + TICK] = k;
      this.target[at + REMOVED_AT_SEC] = removedAt;
      const first = k * T + offset;
      if (first < removedAt) this.at(first, Kind.Scrape, i);
    }
    if (this.gateway) this.at(this.gatewayOffsetSec, Kind.GatewayScrape, 0);

    // Discovery: one scrape config; static: every target by name; with a gateway, every job names it.
    const scrapeConfig = pull.discovery === 'static' ? staticTargets + (this.gateway ? 1 : 0) : 1;
    this.configPlaces = scrapeConfig + (this.gateway ? jobs : 0);
  }

  advance(maxEvents: number): number {
    const q = this.queue;
    let n = 0;
    for (; n < maxEvents && this.nextEvent(); n++) {
      if (q.kind === Kind.Scrape) this.scrape(q.item, q.time);
      else if (q.kind === Kind.Remove) this.leave(q.item, q.time);
      else if (q.kind === Kind.GatewayPush) this.gatewayPush(q.item, q.time);
      else this.scrapeGateway(q.time);
    }
    return n;
  }

  private scrape(i: number, tSec: number): void {
    const { fleet, observer } = this;
    const g = fleet.group[i];
    const k = this.anyDowntime ? this.downtimeAt(i, tSec) : -1;
    const down = k >= 0;
    const alive = tSec >= fleet.startSec[i] && tSec < fleet.endSec[i] && !down;
    const { target } = this;
    const at = i * TARGET_STRIDE;
    const answered = alive && !this.unreachable[g] && !this.lost(fleet.key[i], target[at + TICK]);
    const ok = answered && !this.overLimit[g];
    // Over sample_limit, the body still travels: Prometheus rejects it after reading it.
    observer.request(tSec, answered ? this.seriesBytes[g] : 0, ok);
    if (ok) {
      const lifeStart = this.anyDowntime ? this.lifeStartSec(i) : fleet.startSec[i];
      observer.point(i, tSec, 0);
      observer.learnTotal(i, tSec - lifeStart, this.anyDowntime ? this.downCursor[i] - fleet.downFirst[i] : 0);
      observer.samplesStored(tSec, this.series[g]);
      this.up(i, tSec);
      this.ctx.trace.add(i, tSec, 'scrape-ok', 'pull');
      this.sink?.scrape(i, tSec, 1, tSec - lifeStart);
    } else this.failed(i, tSec, k, alive);
    const next = ++target[at + TICK] * this.intervalSec + target[at + OFFSET_SEC];
    const removedAt = target[at + REMOVED_AT_SEC];
    if (next < removedAt && next < this.durationSec) this.at(next, Kind.Scrape, i);
    else if (removedAt <= next && removedAt < this.durationSec) this.at(removedAt, Kind.Remove, i);
    else this.leave(i, Infinity); // still a target when the run ends
  }

  /** A failed scrape at tSec of instance i, in downtime k (−1: none), alive or not. */
  private failed(i: number, tSec: number, k: number, alive: boolean): void {
    const { fleet } = this;
    this.failing(i, tSec);
    this.sink?.scrape(i, tSec, 0, 0);
    this.ctx.trace.add(i, tSec, 'scrape-failed', 'pull');
    if (k >= 0 && !this.downtimeNoted[k]) {
      this.downtimeNoted[k] = 1;
      this.ctx.trace.add(i, tSec, 'dead-detected', 'pull');
      this.observer.crashDetected(tSec - fleet.downStartSec[k]);
    } else if (!alive && tSec >= fleet.endSec[i] && !this.downNoted[i]) this.noteDown(i, tSec);
  }

  /** The downtime instance i is in at tSec (restarts in place), or −1. Scrape times only increase. */
  private downtimeAt(i: number, tSec: number): number {
    const { fleet } = this;
    let k = this.downCursor[i];
    const end = fleet.downFirst[i + 1];
    while (k < end && fleet.downEndSec[k] <= tSec) k++;
    this.downCursor[i] = k;
    return k < end && fleet.downStartSec[k] <= tSec ? k : -1;
  }

  /** With restarts in place: when instance i's current life began (its start, or its latest restart). */
  private lifeStartSec(i: number): number {
    const k = this.downCursor[i];
    return k > this.fleet.downFirst[i] ? this.fleet.downEndSec[k - 1] : this.fleet.startSec[i];
  }

  /** A successful scrape: up = 1, and the target's series are current. */
  private up(i: number, tSec: number): void {
    if (!this.current[i] || !Number.isNaN(this.target[i * TARGET_STRIDE + FAILING_SINCE_SEC])) this.upAgain(i, tSec);
  }

  /** The target was failing, or not scraped yet. Out of line: most scrapes find it up already. */
  private upAgain(i: number, tSec: number): void {
    const since = i * TARGET_STRIDE + FAILING_SINCE_SEC;
    if (!Number.isNaN(this.target[since])) {
      this.observer.down(this.target[since], tSec);
      this.target[since] = NaN;
    }
    if (!this.current[i]) {
      this.current[i] = 1;
      this.observer.activeSeriesChange(this.series[this.fleet.group[i]]);
    }
  }

  /** A failed scrape: up = 0, and the target's series go stale. */
  private failing(i: number, tSec: number): void {
    const since = i * TARGET_STRIDE + FAILING_SINCE_SEC;
    if (Number.isNaN(this.target[since])) this.target[since] = tSec;
    this.dropSeries(i);
  }

  /** The target leaves the target set at tSec (Infinity: it is still one when the run ends). */
  private leave(i: number, tSec: number): void {
    const since = i * TARGET_STRIDE + FAILING_SINCE_SEC;
    if (!Number.isNaN(this.target[since])) this.observer.down(this.target[since], tSec);
    this.target[since] = NaN;
    this.dropSeries(i);
  }

  private dropSeries(i: number): void {
    if (!this.current[i]) return;
    this.current[i] = 0;
    this.observer.activeSeriesChange(-this.series[this.fleet.group[i]]);
  }

  /** up = 0 after the instance stopped: for a crash, the moment the backend knows. */
  private noteDown(i: number, tSec: number): void {
    this.downNoted[i] = 1;
    this.ctx.trace.add(i, tSec, 'dead-detected', 'pull');
    if (this.fleet.crashed[i]) this.observer.crashDetected(tSec - this.fleet.endSec[i]);
  }

  /** Lost pushes to the gateway are gone: the spec models no retry for them. */
  private gatewayPush(i: number, tSec: number): void {
    if (this.lost(this.fleet.key[i], GATEWAY_PUSH_DRAW)) {
      this.ctx.trace.add(i, tSec, 'push-lost', 'pull');
      return;
    }
    this.gateway!.push(i, tSec);
    this.ctx.trace.add(i, tSec, 'gateway-push', 'pull');
    this.sink?.gatewayPush(i, tSec);
  }

  /** The gateway is one more target: sample_limit applies to everything it exposes. */
  private scrapeGateway(tSec: number): void {
    const { observer } = this;
    const gateway = this.gateway!;
    const series = gateway.exposedSeries;
    const answered = !this.lost(this.gatewayKey, this.gatewayTick);
    const ok = answered && !this.exceedsLimit(series);
    observer.request(tSec, answered ? series * EXPOSITION_BYTES_PER_SERIES : 0, ok);
    if (ok) {
      gateway.scrape(tSec);
      observer.samplesStored(tSec, series);
      if (!Number.isNaN(this.gatewayFailingSinceSec)) observer.down(this.gatewayFailingSinceSec, tSec);
      this.gatewayFailingSinceSec = NaN;
    } else if (Number.isNaN(this.gatewayFailingSinceSec)) this.gatewayFailingSinceSec = tSec;
    this.sink?.gatewayScrape(tSec, ok ? 1 : 0);
    const held = ok ? series : 0;
    observer.activeSeriesChange(held - this.gatewayCurrentSeries);
    this.gatewayCurrentSeries = held;
    this.at(++this.gatewayTick * this.intervalSec + this.gatewayOffsetSec, Kind.GatewayScrape, 0);
  }

  private exceedsLimit(series: number): boolean {
    return this.sampleLimit > 0 && series > this.sampleLimit;
  }

  private lost(key: number, draw: number): boolean {
    return this.lossRate > 0 && hashUniform(this.ctx.salts['pull-loss'], key, draw) < this.lossRate;
  }

  protected extras(): OutcomeExtras {
    if (!Number.isNaN(this.gatewayFailingSinceSec)) this.observer.down(this.gatewayFailingSinceSec, Infinity);
    this.gatewayFailingSinceSec = NaN;
    return { staleSeries: this.gateway?.exposedSeries ?? 0, configPlaces: this.configPlaces };
  }
}

/**
 * Expected events of the pull engine: scrapes of every long-running slot, of each job while it
 * lives (plus one for the phase it starts in), and of the gateway; with a gateway, one push per job.
 */
export function estimatePullEvents(s: Scenario): number {
  const T = s.pull.scrapeIntervalSec;
  let events = s.pull.pushgateway ? s.durationSec / T : 0;
  for (const g of s.services) {
    if (g.kind === 'long-running') {
      // A replaced pod's target is removed once per crash; a restart in place keeps its target.
      const removals =
        g.onCrash === 'replace' && g.crashesPerHour > 0 ? g.count * expectedCrashesPerSlot(g, s.durationSec) : 0;
      events += (g.count * s.durationSec) / T + removals;
      continue;
    }
    const jobs = expectedInstances(g, s.durationSec);
    const lifeSec = Math.min(meanLifetimeSec(g.lifetimeSec), s.durationSec);
    events += s.pull.pushgateway ? jobs : jobs * (lifeSec / T + 1);
  }
  return events;
}
