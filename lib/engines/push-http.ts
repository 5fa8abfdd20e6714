/**
 * Push over HTTP (OTLP/HTTP, CloudWatch PutMetricData, remote write): every push is acknowledged.
 * OTLP pushes cumulative values by default; PutMetricData values are deltas (CloudWatch sums them
 * per period). Remote write is not meant for applications, and drops a 429-refused batch unless
 * `retry_on_http_429` is set. The engine models both temporalities and both reactions to a 429.
 *
 * - A push and its acknowledgement are two messages, each lost with `network.lossRate`. A push whose
 *   acknowledgement is lost was stored, but the client cannot know and retries it.
 * - Retries: exponential backoff from 1 s, doubling, capped at 30 s, with "equal jitter" (a delay
 *   drawn in [b/2, b)), while the instance lives. A lost request or reply is noticed at once (as a
 *   reset connection would be), not after a client timeout.
 * - `onThrottle: "drop"` (remote write's `retry_on_http_429: false`): a refused push is dropped at
 *   once; a lost one is still retried.
 * - `temporality: "cumulative"`: the newest value replaces an unsent older one, so a scheduled push
 *   that comes while a retry is pending only refreshes the pending value, the retry sends the newest,
 *   and a value stored twice is harmless.
 * - `temporality: "delta"`: a push carries the work since the previous one. A failed push is retried
 *   as it is for at most DELTA_RETRY_MAX_ELAPSED_SEC, then given up with its counts; work done in the
 *   meantime waits for the next scheduled push. A retry of a push that had in fact been stored is
 *   counted again (countsDuplicatedRatio).
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
/**
 * How long a delta push is retried before its data is discarded: the OpenTelemetry Go OTLP/HTTP
 * metric exporter's default MaxElapsedTime (exporters/otlp/otlpmetric/otlpmetrichttp/internal/retry,
 * github.com/open-telemetry/opentelemetry-go).
 */
export const DELTA_RETRY_MAX_ELAPSED_SEC = 60;
const MAX_DOUBLINGS = 30;

/** Delay before retry number `attempt` (0-based), given a uniform draw u ∈ [0, 1). */
export function backoffSec(attempt: number, u: number): number {
  const cap = Math.min(RETRY_MAX_SEC, RETRY_INITIAL_SEC * 2 ** attempt);
  return cap * (0.5 + 0.5 * u);
}

export class HttpPushEngine extends PushEngine {
  private readonly clientTimestamps: boolean;
  private readonly delta: boolean;
  private readonly dropOnThrottle: boolean;
  private readonly requestBytes: number[];
  /** The moment the pending (unsent) value was taken; NaN when nothing is pending. */
  private readonly pendingValueSec: Float64Array;
  /** Delta: where the pending push's work begins; and where the next push's work begins. */
  private readonly pendingFromSec: Float64Array;
  private readonly unsentFromSec: Float64Array;
  /** Delta: the pending push is already stored (its acknowledgement was lost). */
  private readonly pendingStored: Uint8Array;
  private readonly attempt: Uint8Array;
  /** The pending push is given up after this time (a final flush, or a delta push). */
  private readonly giveUpSec: Float64Array;

  constructor(ctx: EngineContext) {
    super(ctx);
    const n = ctx.fleet.size;
    const { push } = ctx.scenario;
    this.clientTimestamps = push.clientTimestamps;
    this.delta = push.temporality === 'delta';
    this.dropOnThrottle = push.onThrottle === 'drop';
    this.requestBytes = ctx.fleet.groups.map((g) => otlpRequestBytes(g.seriesPerService));
    this.pendingValueSec = new Float64Array(n).fill(NaN);
    this.pendingFromSec = new Float64Array(n);
    this.unsentFromSec = Float64Array.from(ctx.fleet.startSec);
    this.pendingStored = new Uint8Array(n);
    this.attempt = new Uint8Array(n);
    this.giveUpSec = new Float64Array(n).fill(Infinity);
  }

  protected onTick(i: number, tSec: number): void {
    if (this.retryAtSec[i] === Infinity) this.push(i, tSec, Infinity);
    else if (!this.delta) this.pendingValueSec[i] = tSec;
  }

  protected onRetry(i: number, tSec: number): void {
    this.send(i, tSec);
  }

  protected onFinalFlush(i: number, tSec: number): void {
    this.push(i, tSec, tSec + FINAL_FLUSH_RETRY_SEC);
  }

  protected onCrash(i: number): void {
    this.settle(i);
  }

  protected onRestart(i: number, tSec: number): void {
    this.unsentFromSec[i] = tSec;
  }

  /** A new push of the value at tSec (delta: the work since the previous push). */
  private push(i: number, tSec: number, giveUpSec: number): void {
    this.pendingValueSec[i] = tSec;
    if (this.delta) this.startDelta(i, tSec, giveUpSec);
    else this.giveUpSec[i] = giveUpSec;
    this.send(i, tSec);
  }

  /** A delta push carries the work since the previous one, and is retried for a bounded time. */
  private startDelta(i: number, tSec: number, giveUpSec: number): void {
    this.pendingFromSec[i] = this.unsentFromSec[i];
    this.unsentFromSec[i] = tSec;
    this.pendingStored[i] = 0;
    this.giveUpSec[i] = Math.min(giveUpSec, tSec + DELTA_RETRY_MAX_ELAPSED_SEC);
  }

  /** One attempt at the pending push. */
  private send(i: number, tSec: number): void {
    const { fleet, observer } = this;
    const lost = this.lost(i);
    const admitted = !lost && this.limiter.admit(tSec);
    const acknowledged = admitted && !this.replyLost(i);
    observer.request(tSec, lost ? 0 : this.requestBytes[fleet.group[i]], admitted);
    if (admitted) this.store(i, tSec);
    if (acknowledged) {
      this.ctx.trace.add(i, tSec, 'push-ok', 'push');
      this.settle(i);
    } else this.unacknowledged(i, tSec, lost, admitted);
  }

  /** The attempt got no acknowledgement: retry with backoff, or drop or give up the push. */
  private unacknowledged(i: number, tSec: number, lost: boolean, admitted: boolean): void {
    this.ctx.trace.add(i, tSec, admitted ? 'push-unacked' : lost ? 'push-lost' : 'push-refused', 'push');
    if (!lost && !admitted && this.dropOnThrottle) {
      this.settle(i);
      return;
    }
    const retryAt = tSec + backoffSec(this.attempt[i], this.jitter(i));
    this.attempt[i] = Math.min(MAX_DOUBLINGS, this.attempt[i] + 1);
    if (retryAt <= this.giveUpSec[i]) this.retryAtSec[i] = retryAt;
    else if (this.delta) this.settle(i); // given up, with its counts
    // Cumulative: the value stays pending; the next scheduled push sends a newer one.
  }

  /** The collector stored the pending push. */
  private store(i: number, tSec: number): void {
    const { fleet, observer } = this;
    const valueSec = this.pendingValueSec[i];
    this.delivered(i, tSec);
    observer.point(i, valueSec, this.clientTimestamps ? fleet.clockOffsetSec[i] : tSec - valueSec);
    observer.samplesStored(tSec, this.series[fleet.group[i]]);
    if (this.delta) this.storeDelta(i, valueSec);
    else this.learnCumulative(i, valueSec);
  }

  /** The backend adds a delta's work, once: a retry of a stored push only duplicates it. */
  private storeDelta(i: number, valueSec: number): void {
    const work = valueSec - this.pendingFromSec[i];
    if (this.pendingStored[i]) this.observer.learnDuplicate(work);
    else this.observer.learnDelta(i, work);
    this.pendingStored[i] = 1;
  }

  /** Nothing pending any more: delivered, dropped or given up. */
  private settle(i: number): void {
    this.pendingValueSec[i] = NaN;
    this.attempt[i] = 0;
    this.retryAtSec[i] = Infinity;
  }
}
