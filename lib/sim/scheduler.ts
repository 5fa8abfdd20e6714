/**
 * The event queue: a binary min-heap stored as parallel typed arrays (no object per event).
 *
 * Order is total and deterministic: time, then kind (a small number that doubles as priority),
 * then insertion sequence. Every operation is O(log n).
 *
 * Reading an event is `take()`: it exposes the earliest event as `time`, `kind` and `item` but
 * leaves it in place until the next `take()`. If the handler schedules a follow-up meanwhile, that
 * follow-up overwrites the taken slot and sifts down once — the common "periodic event reschedules
 * itself" case costs one sift instead of a pop plus a push.
 */

const SEQ_SPAN = 2 ** 40; // sequence numbers stay below this; kind · SEQ_SPAN + seq is exact in a double

export class Scheduler {
  private times: Float64Array;
  private order: Float64Array; // kind · SEQ_SPAN + seq
  private items: Int32Array;
  private size = 0;
  private seq = 0;
  private taken = false;

  /** The event exposed by the last successful `take()`. */
  time = 0;
  kind = 0;
  item = 0;

  constructor(initialCapacity = 1024) {
    const cap = Math.max(16, initialCapacity);
    this.times = new Float64Array(cap);
    this.order = new Float64Array(cap);
    this.items = new Int32Array(cap);
  }

  get length(): number {
    return this.size - (this.taken ? 1 : 0);
  }

  /** Adds an event. `kind` must be a small non-negative integer; lower kinds run first on equal times. */
  schedule(time: number, kind: number, item: number): void {
    const order = kind * SEQ_SPAN + this.seq++;
    if (this.taken) {
      this.taken = false;
      this.times[0] = time;
      this.order[0] = order;
      this.items[0] = item;
      this.siftDown(0);
      return;
    }
    if (this.size === this.times.length) this.grow();
    const i = this.size++;
    this.times[i] = time;
    this.order[i] = order;
    this.items[i] = item;
    this.siftUp(i);
  }

  /** Time of the earliest pending event (Infinity when empty), without taking it. */
  peekTime(): number {
    this.settle();
    return this.size > 0 ? this.times[0] : Infinity;
  }

  /** Exposes the earliest event in `time`, `kind`, `item`; false when the queue is empty. */
  take(): boolean {
    this.settle();
    if (this.size === 0) return false;
    this.time = this.times[0];
    this.kind = Math.floor(this.order[0] / SEQ_SPAN);
    this.item = this.items[0];
    this.taken = true;
    return true;
  }

  /** Removes a taken event that was not replaced by a follow-up. */
  private settle(): void {
    if (!this.taken) return;
    this.taken = false;
    const last = --this.size;
    if (last > 0) {
      this.times[0] = this.times[last];
      this.order[0] = this.order[last];
      this.items[0] = this.items[last];
      this.siftDown(0);
    }
  }

  private grow(): void {
    const cap = this.times.length * 2;
    const times = new Float64Array(cap);
    const order = new Float64Array(cap);
    const items = new Int32Array(cap);
    times.set(this.times);
    order.set(this.order);
    items.set(this.items);
    this.times = times;
    this.order = order;
    this.items = items;
  }

  private siftUp(i: number): void {
    const { times, order, items } = this;
    const t = times[i];
    const o = order[i];
    const it = items[i];
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p];
      if (pt < t || (pt === t && order[p] < o)) break;
      times[i] = pt;
      order[i] = order[p];
      items[i] = items[p];
      i = p;
    }
    times[i] = t;
    order[i] = o;
    items[i] = it;
  }

  private siftDown(i: number): void {
    const { times, order, items } = this;
    const n = this.size;
    const t = times[i];
    const o = order[i];
    const it = items[i];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      let ct = times[c];
      let co = order[c];
      const r = c + 1;
      if (r < n) {
        const rt = times[r];
        if (rt < ct || (rt === ct && order[r] < co)) {
          c = r;
          ct = rt;
          co = order[r];
        }
      }
      if (t < ct || (t === ct && o < co)) break;
      times[i] = ct;
      order[i] = co;
      items[i] = items[c];
      i = c;
    }
    times[i] = t;
    order[i] = o;
    items[i] = it;
  }
}
