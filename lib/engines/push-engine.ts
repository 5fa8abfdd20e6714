/**
 * What both push protocols share: every instance pushes on its own schedule, the collector admits a
 * limited rate, and the backend calls an instance dead after a silence.
 *
 * - Schedule: `jittered`, at start + u·P + k·P with u ∈ [0, 1) a hash of the identity; `aligned`, at
 *   every multiple of P on the instance's own clock, i.e. at k·P − clockOffset in true time (clock
 *   skew spreads an aligned herd a little). Tick n is computed as base + n·P, never by repeated
 *   addition, so aligned instances tie exactly.
 * - End of life: a short-lived job with `flushOnExit` pushes once more; a crash sends nothing more.
 *   An instance restarted in place sends nothing while down, then starts its schedule afresh (a new
 *   process: jittered from the restart, aligned on the same multiples) with its counters at 0.
 * - Dead detection: deadAfterMissedPushes · P after the last delivered push. The backend cannot tell a
 *   crash from a finished job or from a run of lost pushes; only crashes are measured. A restart that
 *   delivers again before that silence is over is never noticed.
 * - Active series: an instance's series are current for 5 minutes after its latest delivery
 *   (Prometheus' lookback delta), the push side's counterpart of a present target.
 *
 * Each instance has a single pending wake-up in the queue: the earliest of its next tick, its end of
 * life, its next crash or restart, and its retry timer (http only).
 */
import type { Scenario } from '../scenario/schema';
import { expectedCrashesPerSlot, meanLifetimeSec } from '../sim/fleet';
import type { Observer, OutcomeExtras } from '../sim/observe';
import { hashUniform } from '../sim/rng';
import { FixedWindowLimiter } from './capacity';
import { EventEngine, type EngineContext } from './engine';
import { statsdDatagrams } from './wire';

const WAKE = 0;
/**
 * Fields of PushEngine.clock: what every wake-up and delivery reads, one record per instance in one
 * array rather than four (from about 10,000 instances on, four arrays cost four cache misses).
 */
const TICK_BASE = 0;
const TICK = 1;
const OTHER_DUE = 2;
const LAST_DELIVERED = 3;
const CLOCK_STRIDE = 4;
/** Prometheus' default query lookback (--query.lookback-delta): how long a sample stays current. */
export const LOOKBACK_SEC = 300;

export abstract class PushEngine extends EventEngine {
  protected readonly intervalSec: number;
  protected readonly lossRate: number;
  protected readonly limiter: FixedWindowLimiter;
  private readonly silenceSec: number;
  private readonly flushOnExit: boolean;
  private readonly alignedTicks: boolean;
  /** Some instance restarts in place: without any, the downtime checks are skipped. */
  private readonly anyDowntime: boolean;
  /**
   * Per instance, side by side (fields TICK_BASE … LAST_DELIVERED): when its tick 0 is, its next
   * tick number, when its next event other than a tick is due (set by `schedule`, read by `wake`),
   * and when the collector last received something from it (NaN: never).
   */
  private readonly clock: Float64Array;
  private readonly ended: Uint8Array;
  /** Per instance: its next downtime (restart in place) not yet over, a cursor into the fleet's. */
  private readonly downCursor: Int32Array;
  private readonly isDown: Uint8Array;
  /** Per instance: when it last went down, until the backend has (or has not) noticed; NaN: none pending. */
  private readonly crashPendingSec: Float64Array;
  /** Retry timer (Infinity: none). Only the http engine sets it. */
  protected readonly retryAtSec: Float64Array;
  /** Per instance: messages sent so far, the index of each message's loss and jitter draws. */
  private readonly messages: Uint32Array;
  protected readonly shortLived: boolean[];
  protected readonly series: number[];
  private readonly recent: RecentSeries;

  constructor(ctx: EngineContext) {
    super(ctx);
    const { push, network } = ctx.scenario;
    const { fleet } = ctx;
    const P = push.pushIntervalSec;
    this.intervalSec = P;
    this.lossRate = network.lossRate;
    this.limiter = new FixedWindowLimiter(push.collectorCapacityPerSec);
    this.silenceSec = push.deadAfterMissedPushes * P;
    this.flushOnExit = push.flushOnExit;
    this.alignedTicks = push.alignment === 'aligned';
    this.anyDowntime = fleet.downStartSec.length > 0;
    this.shortLived = fleet.groups.map((g) => g.kind === 'short-lived');
    this.series = fleet.groups.map((g) => g.seriesPerService);
    this.clock = new Float64Array(CLOCK_STRIDE * fleet.size);
    this.ended = new Uint8Array(fleet.size);
    this.downCursor = fleet.downFirst.slice(0, fleet.size);
    this.isDown = new Uint8Array(fleet.size);
    this.crashPendingSec = new Float64Array(fleet.size).fill(NaN);
    this.retryAtSec = new Float64Array(fleet.size).fill(Infinity);
    this.messages = new Uint32Array(fleet.size);
    this.recent = new RecentSeries(Int32Array.from(fleet.group.subarray(0, fleet.size), (g) => this.series[g]));
    for (let i = 0; i < fleet.size; i++) {
      this.clock[CLOCK_STRIDE * i + LAST_DELIVERED] = NaN;
      if (this.alignedTicks) this.clock[CLOCK_STRIDE * i + TICK_BASE] = -fleet.clockOffsetSec[i];
      this.startSchedule(i, fleet.startSec[i]);
      this.schedule(i);
    }
  }

  /** The schedule of a process that starts at tSec. */
  private startSchedule(i: number, tSec: number): void {
    const P = this.intervalSec;
    const c = CLOCK_STRIDE * i;
    if (this.alignedTicks) this.clock[c + TICK] = Math.ceil((tSec - this.clock[c + TICK_BASE]) / P);
    else {
      this.clock[c + TICK_BASE] = tSec + hashUniform(this.ctx.salts['push-phase'], this.fleet.key[i], 0) * P;
      this.clock[c + TICK] = 0;
    }
  }

  advance(maxEvents: number): number {
    const q = this.queue;
    let n = 0;
    for (; n < maxEvents && this.nextEvent(); n++) this.wake(q.item, q.time);
    return n;
  }

  /**
   * Instance i's single pending wake-up: its next tick, unless `schedule` found one of its other
   * events due by then. The tick's path is the one every push takes, so it is kept this small.
   */
  private wake(i: number, tSec: number): void {
    if (tSec < this.clock[CLOCK_STRIDE * i + OTHER_DUE]) {
      this.clock[CLOCK_STRIDE * i + TICK]++;
      this.onTick(i, tSec);
    } else this.otherEvent(i, tSec);
    this.schedule(i);
  }

  /** Whichever of instance i's events other than a tick is due (out of line: the rarer case). */
  private otherEvent(i: number, tSec: number): void {
    if (!this.ended[i] && tSec >= this.fleet.endSec[i]) this.endOfLife(i, tSec);
    else if (this.anyDowntime && this.isDown[i]) this.comeBack(i, tSec);
    else if (this.anyDowntime && this.nextDownSec(i) <= tSec) this.goDown(i, tSec);
    else {
      this.retryAtSec[i] = Infinity; // the one event left that `otherEventSec` counts
      this.onRetry(i, tSec);
    }
  }

  private endOfLife(i: number, tSec: number): void {
    const { fleet } = this;
    this.ended[i] = 1;
    this.retryAtSec[i] = Infinity;
    if (fleet.crashed[i]) {
      const deadAt = this.deadAtSec(i);
      if (deadAt < this.durationSec) this.observer.crashDetected(Math.max(0, deadAt - tSec));
    } else if (this.flushOnExit && this.shortLived[fleet.group[i]]) {
      this.onFinalFlush(i, tSec);
    }
  }

  /** A crash of an instance that will be restarted in place: silence until it is back. */
  private goDown(i: number, tSec: number): void {
    this.isDown[i] = 1;
    this.retryAtSec[i] = Infinity;
    this.crashPendingSec[i] = tSec;
    this.onCrash(i);
  }

  private comeBack(i: number, tSec: number): void {
    this.isDown[i] = 0;
    this.downCursor[i]++;
    this.startSchedule(i, tSec);
    this.onRestart(i, tSec);
  }

  /** Start of instance i's next downtime (Infinity: none left). */
  private nextDownSec(i: number): number {
    const k = this.downCursor[i];
    return k < this.fleet.downFirst[i + 1] ? this.fleet.downStartSec[k] : Infinity;
  }

  private schedule(i: number): void {
    const otherSec = this.otherEventSec(i);
    const { clock } = this;
    const c = CLOCK_STRIDE * i;
    clock[c + OTHER_DUE] = otherSec;
    const ticking = !this.ended[i] && !(this.anyDowntime && this.isDown[i]);
    const next = ticking ? Math.min(clock[c + TICK_BASE] + clock[c + TICK] * this.intervalSec, otherSec) : otherSec;
    if (next < this.durationSec) this.at(next, WAKE, i);
    else if (this.ended[i] && this.deadAtSec(i) < this.durationSec) {
      this.ctx.trace.add(i, this.deadAtSec(i), 'dead-detected', 'push'); // stopped for good
    }
  }

  /** When instance i's next event other than a tick is due: its end of life or a retry. */
  private otherEventSec(i: number): number {
    if (this.anyDowntime) return this.otherEventWithDowntimesSec(i);
    return this.ended[i] ? this.retryAtSec[i] : Math.min(this.retryAtSec[i], this.fleet.endSec[i]);
  }

  /** The same, for a run with restarts in place: also the start or end of its next downtime. */
  private otherEventWithDowntimesSec(i: number): number {
    if (this.isDown[i]) return this.fleet.downEndSec[this.downCursor[i]];
    if (this.ended[i]) return this.retryAtSec[i];
    return Math.min(this.retryAtSec[i], this.fleet.endSec[i], this.nextDownSec(i));
  }

  /**
   * When the backend calls instance i dead if nothing more arrives: its last delivery plus the
   * allowed silence (NaN, i.e. never, if nothing ever arrived).
   */
  private deadAtSec(i: number): number {
    return this.clock[CLOCK_STRIDE * i + LAST_DELIVERED] + this.silenceSec;
  }

  /** The collector received something from instance i at tSec (at `currentAtSec` for the series). */
  protected delivered(i: number, tSec: number, currentAtSec = tSec): void {
    const deadAt = this.deadAtSec(i);
    if (deadAt < tSec) this.heardAgain(i, deadAt, tSec);
    if (this.anyDowntime) this.crashPendingSec[i] = NaN; // only a restart in place sets it
    this.clock[CLOCK_STRIDE * i + LAST_DELIVERED] = tSec;
    this.recent.heard(i, currentAtSec, this.observer);
  }

  /** Instance i had been marked dead at deadAt, and is heard from again at tSec. */
  private heardAgain(i: number, deadAt: number, tSec: number): void {
    if (!this.shortLived[this.fleet.group[i]]) this.observer.down(deadAt, tSec);
    if (this.anyDowntime && !Number.isNaN(this.crashPendingSec[i])) this.noticed(i, deadAt);
  }

  private noticed(i: number, deadAt: number): void {
    this.observer.crashDetected(Math.max(0, deadAt - this.crashPendingSec[i]));
    this.ctx.trace.add(i, deadAt, 'dead-detected', 'push');
  }

  /** The backend learns instance i's cumulative counter, read at valueSec. */
  protected learnCumulative(i: number, valueSec: number): void {
    if (this.anyDowntime) this.learnCumulativeOfLife(i, valueSec);
    else this.observer.learnTotal(i, valueSec - this.fleet.startSec[i]);
  }

  /**
   * With restarts in place, a counter value belongs to one life (a restart resets counters) and
   * counts from that life's start. Out of line, so the common case stays small enough to inline.
   */
  private learnCumulativeOfLife(i: number, valueSec: number): void {
    const { fleet } = this;
    const restarts = this.downCursor[i] - fleet.downFirst[i];
    const lifeStartSec = restarts > 0 ? fleet.downEndSec[this.downCursor[i] - 1] : fleet.startSec[i];
    this.observer.learnTotal(i, valueSec - lifeStartSec, restarts);
  }

  /** Sends one message from instance i: true if the network loses it. */
  protected lost(i: number): boolean {
    const n = ++this.messages[i];
    return this.lossRate > 0 && this.lossDraw(i, n);
  }

  /** The collector's reply to instance i's latest message: true if the network loses it. */
  protected replyLost(i: number): boolean {
    return this.lossRate > 0 && this.lossDraw(i, this.messages[i] + REPLY_DRAWS);
  }

  /**
   * Draw n of instance i's losses. Kept out of line, so the callers on every push stay small enough
   * for V8 to inline them whole (without loss it is never called).
   */
  private lossDraw(i: number, n: number): boolean {
    return hashUniform(this.ctx.salts['push-loss'], this.fleet.key[i], n) < this.lossRate;
  }

  /** A uniform draw for the retry of instance i's latest message. */
  protected jitter(i: number): number {
    return hashUniform(this.ctx.salts['retry-jitter'], this.fleet.key[i], this.messages[i]);
  }

  /** What the backend still holds as down or unnoticed when the run ends. */
  protected extras(): OutcomeExtras {
    const { fleet } = this;
    for (let i = 0; i < fleet.size; i++) {
      const deadAt = this.deadAtSec(i);
      if (!(deadAt < this.durationSec)) continue;
      if (!this.shortLived[fleet.group[i]]) this.observer.down(deadAt, Infinity);
      if (!Number.isNaN(this.crashPendingSec[i])) this.noticed(i, deadAt);
      this.crashPendingSec[i] = NaN;
    }
    return { staleSeries: 0, configPlaces: this.fleet.size };
  }

  protected abstract onTick(i: number, tSec: number): void;
  protected abstract onRetry(i: number, tSec: number): void;
  protected abstract onFinalFlush(i: number, tSec: number): void;
  /** The instance went down (restart in place follows): whatever it had not delivered is gone. */
  protected abstract onCrash(i: number): void;
  /** The instance is back at tSec with fresh counters. */
  protected abstract onRestart(i: number, tSec: number): void;
}

/** Replies draw from their own index range, clear of the messages' (a run sends far fewer than 2³¹). */
const REPLY_DRAWS = 0x80000000;

/**
 * Series that received a sample within the lookback. Deliveries come in time order, so expiries
 * (delivery + lookback) do too: a FIFO (a ring of typed arrays, nothing to collect) replaces a heap.
 * Each delivery appends (instance, expiry); an entry is live while its expiry is still the
 * instance's `untilSec`, and stale once a later delivery refreshed it. Stale entries are dropped
 * whenever they reach the head, which changes nothing. The ring is read in order, so carrying the
 * expiry in it costs less than a per-instance count of entries read at random (from about 10,000
 * instances on, those reads miss the cache).
 *
 * Expiries are settled only when they can matter: before an instance's series become current again
 * (the peak can only rise then, and it must see every expiry up to that moment) or when the ring is
 * full. Settling them at every delivery gave the same peak, at a cost on every push.
 */
class RecentSeries {
  /** Per instance: when its series stop being current (0: not current). */
  private readonly untilSec: Float64Array;
  private items = new Int32Array(1024);
  private itemUntilSec = new Float64Array(1024);
  private head = 0;
  private size = 0;

  /** @param seriesOf per instance: how many series it pushes */
  constructor(private readonly seriesOf: Int32Array) {
    this.untilSec = new Float64Array(seriesOf.length);
  }

  heard(i: number, tSec: number, observer: Pick<Observer, 'activeSeriesChange'>): void {
    if (!(this.untilSec[i] > tSec) || this.size === this.items.length) this.settleExpiries(i, tSec, observer);
    const untilSec = tSec + LOOKBACK_SEC;
    const k = (this.head + this.size++) & (this.items.length - 1);
    this.untilSec[i] = untilSec;
    this.items[k] = i;
    this.itemUntilSec[k] = untilSec;
  }

  /**
   * Expires what is due by tSec, counts instance i's series if they become current, and makes room
   * for its entry. Out of line: most deliveries refresh series already current.
   */
  private settleExpiries(i: number, tSec: number, observer: Pick<Observer, 'activeSeriesChange'>): void {
    const { untilSec, items, itemUntilSec } = this;
    const mask = items.length - 1;
    while (this.size > 0) {
      const j = items[this.head];
      // Two deliveries with one expiry (StatsD's flushes) both look live: the first expires the
      // instance and the second is then stale, in the same pass, since no expiry lies between them.
      if (itemUntilSec[this.head] === untilSec[j]) {
        if (untilSec[j] > tSec) break; // the earliest live expiry is still ahead
        untilSec[j] = 0;
        observer.activeSeriesChange(-this.seriesOf[j]);
      }
      this.head = (this.head + 1) & mask;
      this.size--;
    }
    if (!(untilSec[i] > tSec)) observer.activeSeriesChange(this.seriesOf[i]);
    if (this.size === this.items.length) this.grow();
  }

  /** Doubles the ring (a power of two), unwrapping it to index 0. */
  private grow(): void {
    const n = this.items.length;
    const items = new Int32Array(2 * n);
    const itemUntilSec = new Float64Array(2 * n);
    for (let k = 0; k < this.size; k++) {
      items[k] = this.items[(this.head + k) & (n - 1)];
      itemUntilSec[k] = this.itemUntilSec[(this.head + k) & (n - 1)];
    }
    this.items = items;
    this.itemUntilSec = itemUntilSec;
    this.head = 0;
  }
}

/**
 * Expected events of a push engine: one push per interval of every long-running slot plus a wake-up
 * at each crash (and one more at each restart in place); per job, one per interval of its life plus
 * its end of life and a final flush. StatsD handles each datagram on its own. Retries (refusals, lost
 * pushes and lost acknowledgements) are not estimated: backoff keeps them below the pushes they follow.
 */
export function estimatePushEvents(s: Scenario): number {
  const P = s.push.pushIntervalSec;
  let events = 0;
  for (const g of s.services) {
    const perPush = s.push.protocol === 'statsd' ? statsdDatagrams(g.seriesPerService) : 1;
    if (g.kind === 'long-running') {
      const crashes = g.crashesPerHour > 0 ? g.count * expectedCrashesPerSlot(g, s.durationSec) : 0;
      events += ((g.count * s.durationSec) / P) * perPush + crashes * (g.onCrash === 'restart' ? 2 : 1);
      continue;
    }
    const jobs = (g.startsPerMin / 60) * s.durationSec;
    const lifeSec = Math.min(meanLifetimeSec(g.lifetimeSec), s.durationSec);
    events += jobs * (lifeSec / P + 2) * perPush;
  }
  return events;
}
