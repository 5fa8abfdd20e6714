/**
 * Push over HTTP (OTLP/HTTP, CloudWatch PutMetricData, remote write): every push is acknowledged,
 * refused ones (429 / throttled) and lost ones are retried.
 *
 * - Retries: exponential backoff from 1 s, doubling, capped at 30 s, with "equal jitter" (a delay
 *   drawn in [b/2, b)), while the instance lives. A lost request is noticed at once (as a reset
 *   connection would be), not after a client timeout.
 * - Values are cumulative, so the newest replaces an unsent older one: a scheduled push that comes
 *   while a retry is pending only refreshes the pending value, and the retry sends the newest.
 * - A final flush (flushOnExit) that fails is retried for at most 5 s after exit, then lost.
 * - A delivered point describes the moment its value was taken. It is stored with the instance's
 *   clock (clientTimestamps: error = clock offset), else with the receive time (error = retry delay).
 */
import { type EngineContext } from './engine';
import { PushEngine } from './push-engine';
import { otlpRequestBytes } from './wire';

export const RETRY_INITIAL_SEC = 1;
export const RETRY_MAX_SEC = 30;
export const FINAL_FLUSH_RETRY_SEC = 5;
const MAX_DOUBLINGS = 30;

/** Delay before retry number `attempt` (0-based), given a uniform draw u ∈ [0, 1). */
export function backoffSec(attempt: number, u: number): number {
  const cap = Math.min(RETRY_MAX_SEC, RETRY_INITIAL_SEC * 2 ** attempt);
  return cap * (0.5 + 0.5 * u);
}

export class HttpPushEngine extends PushEngine {
  private readonly clientTimestamps: boolean;
  private readonly requestBytes: number[];
  /** The moment the pending (unsent) cumulative value was taken; NaN when nothing is pending. */
  private readonly pendingValueSec: Float64Array;
  private readonly attempt: Uint8Array;
  /** A finished job gives up its final flush after this time. */
  private readonly giveUpSec: Float64Array;

  constructor(ctx: EngineContext) {
    super(ctx);
    const n = ctx.fleet.size;
    this.clientTimestamps = ctx.scenario.push.clientTimestamps;
    this.requestBytes = ctx.fleet.groups.map((g) => otlpRequestBytes(g.seriesPerService));
    this.pendingValueSec = new Float64Array(n).fill(NaN);
    this.attempt = new Uint8Array(n);
    this.giveUpSec = new Float64Array(n).fill(Infinity);
  }

  protected onTick(i: number, tSec: number): void {
    if (this.retryAtSec[i] < Infinity) this.pendingValueSec[i] = tSec;
    else this.send(i, tSec, tSec);
  }

  protected onRetry(i: number, tSec: number): void {
    this.send(i, tSec, this.pendingValueSec[i]);
  }

  protected onFinalFlush(i: number, tSec: number): void {
    this.giveUpSec[i] = tSec + FINAL_FLUSH_RETRY_SEC;
    this.send(i, tSec, tSec);
  }

  private send(i: number, tSec: number, valueSec: number): void {
    const { fleet, observer } = this;
    const lost = this.lost(i);
    const admitted = !lost && this.limiter.admit(tSec);
    observer.request(tSec, lost ? 0 : this.requestBytes[fleet.group[i]], admitted);
    if (admitted) {
      this.lastDeliveredSec[i] = tSec;
      this.attempt[i] = 0;
      this.pendingValueSec[i] = NaN;
      observer.point(i, valueSec, this.clientTimestamps ? fleet.clockOffsetSec[i] : tSec - valueSec);
      observer.learnTotal(i, valueSec - fleet.startSec[i]);
      this.ctx.trace.add(i, tSec, 'push-ok', 'push');
      return;
    }
    this.ctx.trace.add(i, tSec, lost ? 'push-lost' : 'push-refused', 'push');
    const retryAt = tSec + backoffSec(this.attempt[i], this.jitter(i));
    this.attempt[i] = Math.min(MAX_DOUBLINGS, this.attempt[i] + 1);
    this.pendingValueSec[i] = valueSec;
    this.retryAtSec[i] = retryAt <= this.giveUpSec[i] ? retryAt : Infinity;
  }
}
