/**
 * Push over StatsD: UDP datagrams, never acknowledged or retried, aggregated by a daemon.
 *
 * - A push carries one line per series, packed into datagrams of at most the 1432-byte MTU guideline
 *   (see wire.ts); each datagram is lost or refused on its own. The work counter's line travels in
 *   the first datagram, as a delta (increments since the previous push): if that datagram is lost,
 *   those increments are gone for good.
 * - The collector's capacity counts datagrams (a full receive buffer drops packets, not pushes).
 * - The daemon flushes every 10 s on a grid from t = 0 and stamps with its own clock: a point
 *   describes the moment its datagrams were sent and is stored at the next flush (error = flush −
 *   send), one sample per series however many pushes the flush aggregates (a flush at or after the
 *   run's end stores nothing). Client clocks play no part, so clientTimestamps does not apply.
 * - Never acknowledged, so never duplicated: temporality and onThrottle are http settings.
 */
import { type EngineContext } from './engine';
import { PushEngine } from './push-engine';
import { statsdDatagramBytes, statsdDatagrams } from './wire';

/** statsd's default flushInterval. */
export const STATSD_FLUSH_SEC = 10;

export function statsdFlushAtSec(tSec: number): number {
  return (Math.floor(tSec / STATSD_FLUSH_SEC) + 1) * STATSD_FLUSH_SEC;
}

export class StatsdPushEngine extends PushEngine {
  /** When each instance last sent its counter delta (its start, before the first push). */
  private readonly lastSentSec: Float64Array;
  /** Per instance: the daemon flush that already stores its series (one sample per series per flush). */
  private readonly flushedAtSec: Float64Array;

  constructor(ctx: EngineContext) {
    super(ctx);
    this.lastSentSec = Float64Array.from(ctx.fleet.startSec);
    this.flushedAtSec = new Float64Array(ctx.fleet.size).fill(NaN);
  }

  protected onTick(i: number, tSec: number): void {
    this.send(i, tSec);
  }

  protected onRetry(): void {
    throw new Error('StatsD never retries');
  }

  protected onFinalFlush(i: number, tSec: number): void {
    this.send(i, tSec);
  }

  protected onCrash(): void {
    // Nothing is in flight: the increments since the last push die with the crashed program.
  }

  protected onRestart(i: number, tSec: number): void {
    this.lastSentSec[i] = tSec;
  }

  private send(i: number, tSec: number): void {
    const { fleet, observer } = this;
    const series = fleet.groups[fleet.group[i]].seriesPerService;
    const delta = tSec - this.lastSentSec[i];
    this.lastSentSec[i] = tSec;
    let delivered = false;
    let refused = false;
    const datagrams = statsdDatagrams(series);
    for (let d = 0; d < datagrams; d++) {
      const lost = this.lost(i);
      const admitted = !lost && this.limiter.admit(tSec);
      refused ||= !lost && !admitted;
      observer.request(tSec, lost ? 0 : statsdDatagramBytes(series, d), admitted);
      if (!admitted) continue;
      delivered = true;
      if (d === 0) observer.learnDelta(i, delta);
    }
    if (delivered) {
      const flushAt = statsdFlushAtSec(tSec);
      this.delivered(i, tSec, flushAt);
      observer.point(i, tSec, flushAt - tSec);
      if (flushAt !== this.flushedAtSec[i] && flushAt < this.durationSec) observer.samplesStored(flushAt, series);
      this.flushedAtSec[i] = flushAt;
    }
    this.ctx.trace.add(i, tSec, delivered ? 'push-ok' : refused ? 'push-refused' : 'push-lost', 'push');
  }
}
