/**
 * The collector's intake limit: at most `capacityPerSec` messages in each fixed one-second window
 * [k, k+1); the rest are refused (HTTP 429, throttling, or a full UDP receive buffer).
 *
 * Fixed windows, not a sliding window or token bucket: simple to reason about, and the peak-load
 * figure uses the same windows. A fractional capacity is taken literally (0.5/s admits nothing).
 * Calls must come in time order, which the event queue guarantees.
 */
export class FixedWindowLimiter {
  private window = -1;
  private admitted = 0;

  constructor(private readonly capacityPerSec: number) {}

  admit(tSec: number): boolean {
    const w = Math.floor(tSec);
    if (w !== this.window) {
      this.window = w;
      this.admitted = 0;
    }
    if (this.admitted + 1 > this.capacityPerSec) return false;
    this.admitted++;
    return true;
  }
}
