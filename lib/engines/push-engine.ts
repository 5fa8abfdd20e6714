/**
 * What both push protocols share: every instance pushes on its own schedule, the collector admits a
 * limited rate, and the backend calls an instance dead after a silence.
 *
 * - Schedule: `jittered`, at start + u·P + k·P with u ∈ [0, 1) a hash of the identity; `aligned`, at
 *   every multiple of P on the instance's own clock, i.e. at k·P − clockOffset in true time (clock
 *   skew spreads an aligned herd a little). Tick n is computed as base + n·P, never by repeated
 *   addition, so aligned instances tie exactly.
 * - End of life: a short-lived job with `flushOnExit` pushes once more; a crash sends nothing more.
 * - Dead detection: deadAfterMissedPushes · P after the last delivered push. The backend cannot tell a
 *   crash from a finished job or from a run of lost pushes; only crashes are measured.
 *
 * Each instance has a single pending wake-up in the queue: the earliest of its next tick, its end of
 * life and its retry timer (http only).
 */
import type { Scenario } from '../scenario/schema';
import { expectedInstances, meanLifetimeSec } from '../sim/fleet';
import type { OutcomeExtras } from '../sim/observe';
import { hashUniform } from '../sim/rng';
import { FixedWindowLimiter } from './capacity';
import { EventEngine, type EngineContext } from './engine';
import { statsdDatagrams } from './wire';

const WAKE = 0;

export abstract class PushEngine extends EventEngine {
  protected readonly intervalSec: number;
  protected readonly lossRate: number;
  protected readonly limiter: FixedWindowLimiter;
  private readonly silenceSec: number;
  private readonly flushOnExit: boolean;
  private readonly tickBaseSec: Float64Array;
  private readonly tick: Float64Array;
  private readonly ended: Uint8Array;
  /** Retry timer (Infinity: none). Only the http engine sets it. */
  protected readonly retryAtSec: Float64Array;
  /** When the collector last received something from the instance (NaN: never). */
  protected readonly lastDeliveredSec: Float64Array;
  /** Per instance: messages sent so far, the index of each message's loss and jitter draws. */
  private readonly messages: Uint32Array;
  protected readonly shortLived: boolean[];

  constructor(ctx: EngineContext) {
    super(ctx);
    const { push, network } = ctx.scenario;
    const { fleet, salts } = ctx;
    const P = push.pushIntervalSec;
    this.intervalSec = P;
    this.lossRate = network.lossRate;
    this.limiter = new FixedWindowLimiter(push.collectorCapacityPerSec);
    this.silenceSec = push.deadAfterMissedPushes * P;
    this.flushOnExit = push.flushOnExit;
    this.shortLived = fleet.groups.map((g) => g.kind === 'short-lived');
    this.tickBaseSec = new Float64Array(fleet.size);
    this.tick = new Float64Array(fleet.size);
    this.ended = new Uint8Array(fleet.size);
    this.retryAtSec = new Float64Array(fleet.size).fill(Infinity);
    this.lastDeliveredSec = new Float64Array(fleet.size).fill(NaN);
    this.messages = new Uint32Array(fleet.size);
    for (let i = 0; i < fleet.size; i++) {
      const start = fleet.startSec[i];
      if (push.alignment === 'jittered') {
        this.tickBaseSec[i] = start + hashUniform(salts['push-phase'], fleet.key[i], 0) * P;
      } else {
        const base = -fleet.clockOffsetSec[i];
        this.tickBaseSec[i] = base;
        this.tick[i] = Math.ceil((start - base) / P);
      }
      this.schedule(i);
    }
  }

  protected handle(_kind: number, i: number, tSec: number): void {
    if (!this.ended[i] && tSec >= this.fleet.endSec[i]) this.endOfLife(i, tSec);
    else if (this.retryAtSec[i] <= tSec) {
      this.retryAtSec[i] = Infinity;
      this.onRetry(i, tSec);
    } else {
      this.tick[i]++;
      this.onTick(i, tSec);
    }
    this.schedule(i);
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

  private schedule(i: number): void {
    let next = this.retryAtSec[i];
    if (!this.ended[i]) {
      next = Math.min(next, this.tickBaseSec[i] + this.tick[i] * this.intervalSec, this.fleet.endSec[i]);
    }
    if (next < this.durationSec) this.at(next, WAKE, i);
    else if (this.ended[i] && this.deadAtSec(i) < this.durationSec) {
      this.ctx.trace.add(i, this.deadAtSec(i), 'dead-detected', 'push'); // stopped for good
    }
  }

  /**
   * When the backend calls instance i dead if nothing more arrives: its last delivery plus the
   * allowed silence (NaN, i.e. never, if nothing ever arrived).
   */
  private deadAtSec(i: number): number {
    return this.lastDeliveredSec[i] + this.silenceSec;
  }

  /** Sends one message from instance i: true if the network loses it. */
  protected lost(i: number): boolean {
    const n = ++this.messages[i];
    return this.lossRate > 0 && hashUniform(this.ctx.salts['push-loss'], this.fleet.key[i], n) < this.lossRate;
  }

  /** A uniform draw for the retry of instance i's latest message. */
  protected jitter(i: number): number {
    return hashUniform(this.ctx.salts['retry-jitter'], this.fleet.key[i], this.messages[i]);
  }

  protected extras(): OutcomeExtras {
    return { staleSeries: 0, configPlaces: this.fleet.size };
  }

  protected abstract onTick(i: number, tSec: number): void;
  protected abstract onRetry(i: number, tSec: number): void;
  protected abstract onFinalFlush(i: number, tSec: number): void;
}

/**
 * Expected events of a push engine: one push per interval of every long-running slot plus a wake-up
 * at each crash; per job, one per interval of its life plus its end of life and a final flush. StatsD
 * handles each datagram on its own. Retries are not estimated: backoff keeps them below the pushes
 * they follow.
 */
export function estimatePushEvents(s: Scenario): number {
  const P = s.push.pushIntervalSec;
  let events = 0;
  for (const g of s.services) {
    const perPush = s.push.protocol === 'statsd' ? statsdDatagrams(g.seriesPerService) : 1;
    if (g.kind === 'long-running') {
      const crashes = expectedInstances(g, s.durationSec) - g.count;
      events += ((g.count * s.durationSec) / P) * perPush + crashes;
      continue;
    }
    const jobs = expectedInstances(g, s.durationSec);
    const lifeSec = Math.min(meanLifetimeSec(g.lifetimeSec), s.durationSec);
    events += jobs * (lifeSec / P + 2) * perPush;
  }
  return events;
}
