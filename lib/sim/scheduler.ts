/**
 * The event queue. Order is total and deterministic: time, then kind (a small number that doubles
 * as priority), then insertion sequence.
 *
 * Two sorted stores share that order:
 * - a FIFO for events scheduled no earlier than the latest FIFO entry, appended in O(1). Periodic
 *   events (the next scrape or push, one interval ahead) almost always qualify, so most of a run
 *   never touches the heap;
 * - a binary min-heap for everything else (retries, out-of-step events), O(log n).
 * `take()` exposes the smaller of the two heads, so the sequence of events is exactly that of a
 * single heap. Both live in typed arrays: no object per event.
 *
 * A heap event taken by `take()` stays in place until the next `take()`: if the handler schedules a
 * follow-up that belongs in the heap, it overwrites the taken slot and sifts down once.
 */

const SEQ_SPAN = 2 ** 40; // sequence numbers stay below this; kind · SEQ_SPAN + seq is exact in a double
/** Scaling by a power of two is exact, and a multiplication is cheaper than a division. */
const PER_SEQ_SPAN = 2 ** -40;

/**
 * A growable array of (time, order, item) triples with cheap access at both ends or by index. The
 * capacity is a power of two, so a ring index wraps with a mask instead of a division.
 */
class Triples {
  times: Float64Array;
  order: Float64Array;
  items: Int32Array;

  constructor(capacity: number) {
    this.times = new Float64Array(capacity);
    this.order = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
  }

  /** Doubles the capacity, copying `count` entries starting at `from` (wrapping) to index 0. */
  grow(from: number, count: number): void {
    const cap = this.times.length;
    const times = new Float64Array(cap * 2);
    const order = new Float64Array(cap * 2);
    const items = new Int32Array(cap * 2);
    for (let n = 0; n < count; n++) {
      const j = (from + n) & (cap - 1);
      times[n] = this.times[j];
      order[n] = this.order[j];
      items[n] = this.items[j];
    }
    this.times = times;
    this.order = order;
    this.items = items;
  }

  /** Sorts entries [0, count) by time, then order. */
  sortFirst(count: number): void {
    const { times, order, items } = this;
    const byTime = Int32Array.from({ length: count }, (_, n) => n).sort(
      (a, b) => times[a] - times[b] || order[a] - order[b],
    );
    const sortedTimes = Float64Array.from(byTime, (n) => times[n]);
    const sortedOrder = Float64Array.from(byTime, (n) => order[n]);
    const sortedItems = Int32Array.from(byTime, (n) => items[n]);
    for (let n = 0; n < count; n++) {
      times[n] = sortedTimes[n];
      order[n] = sortedOrder[n];
      items[n] = sortedItems[n];
    }
  }
}

export class Scheduler {
  private readonly fifo: Triples;
  private fifoHead = 0;
  private fifoSize = 0;
  private readonly heap: Triples;
  private heapSize = 0;
  private seq = 0;
  /** The taken event is the heap's root and has not been removed yet. */
  private heapRootTaken = false;
  /**
   * Nothing taken yet: events go to the FIFO in any order and are sorted at the first `take()`. An
   * engine schedules every instance's first event at once, in instance order; through the heap,
   * each of those would come out by a sift, just when V8 is deciding what the hot path is.
   */
  private loading = true;

  /** The event exposed by the last successful `take()`. */
  time = 0;
  kind = 0;
  item = 0;

  constructor(initialCapacity = 1024) {
    const cap = 2 ** Math.ceil(Math.log2(Math.max(16, initialCapacity)));
    this.fifo = new Triples(cap);
    this.heap = new Triples(16);
  }

  get length(): number {
    return this.fifoSize + this.heapSize - (this.heapRootTaken ? 1 : 0);
  }

  /** Adds an event. `kind` must be a small non-negative integer; lower kinds run first on equal times. */
  schedule(time: number, kind: number, item: number): void {
    const order = kind * SEQ_SPAN + this.seq++;
    const fifo = this.fifo;
    const cap = fifo.times.length;
    const last = (this.fifoHead + this.fifoSize - 1) & (cap - 1);
    if (this.loading || this.fifoSize === 0 || this.notBefore(time, order, fifo, last)) {
      if (this.fifoSize === cap) {
        fifo.grow(this.fifoHead, this.fifoSize);
        this.fifoHead = 0;
      }
      const j = (this.fifoHead + this.fifoSize++) & (fifo.times.length - 1);
      fifo.times[j] = time;
      fifo.order[j] = order;
      fifo.items[j] = item;
      return;
    }
    this.scheduleInHeap(time, order, item);
  }

  /**
   * The out-of-step event goes to the heap. Kept out of line: it is the rare case, and keeping it
   * out keeps `schedule` small enough for V8 to inline into every engine's hot path.
   */
  private scheduleInHeap(time: number, order: number, item: number): void {
    if (this.heapRootTaken) {
      this.heapRootTaken = false;
      this.siftDown(time, order, item);
      return;
    }
    if (this.heapSize === this.heap.times.length) this.heap.grow(0, this.heapSize);
    this.siftUp(this.heapSize++, time, order, item);
  }

  /** Exposes the earliest event in `time`, `kind`, `item`; false when the queue is empty. */
  take(): boolean {
    if (this.loading) this.sortLoaded();
    if (this.heapRootTaken) this.removeTakenRoot();
    const { fifo, heap } = this;
    let src: Triples;
    let j: number;
    if (
      this.heapSize > 0 &&
      (this.fifoSize === 0 || !this.notBefore(heap.times[0], heap.order[0], fifo, this.fifoHead))
    ) {
      src = heap;
      j = 0;
      this.heapRootTaken = true;
    } else if (this.fifoSize > 0) {
      src = fifo;
      j = this.fifoHead;
      this.fifoHead = (this.fifoHead + 1) & (fifo.times.length - 1);
      this.fifoSize--;
    } else return false;
    this.time = src.times[j];
    this.kind = Math.floor(src.order[j] * PER_SEQ_SPAN);
    this.item = src.items[j];
    return true;
  }

  /** The events scheduled before the first `take()`, in the order the heap would have given them. */
  private sortLoaded(): void {
    this.loading = false;
    this.fifo.sortFirst(this.fifoSize); // nothing taken yet, so the FIFO starts at index 0
  }

  /** (time, order) sorts at or after entry j of `t`. Orders are unique, so "at" never happens. */
  private notBefore(time: number, order: number, t: Triples, j: number): boolean {
    const tj = t.times[j];
    return time > tj || (time === tj && order > t.order[j]);
  }

  /**
   * Removes a taken heap root that no follow-up replaced. Out of line, as `scheduleInHeap` is, so
   * `take` stays small enough to inline.
   */
  private removeTakenRoot(): void {
    this.heapRootTaken = false;
    const last = --this.heapSize;
    if (last > 0) this.siftDown(this.heap.times[last], this.heap.order[last], this.heap.items[last]);
  }

  private siftUp(i: number, time: number, order: number, item: number): void {
    const { times, order: orders, items } = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p];
      if (pt < time || (pt === time && orders[p] < order)) break;
      times[i] = pt;
      orders[i] = orders[p];
      items[i] = items[p];
      i = p;
    }
    times[i] = time;
    orders[i] = order;
    items[i] = item;
  }

  /** Places (time, order, item) at the root or below it. */
  private siftDown(time: number, order: number, item: number): void {
    const { times, order: orders, items } = this.heap;
    const n = this.heapSize;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      let ct = times[c];
      const r = c + 1;
      if (r < n) {
        const rt = times[r];
        if (rt < ct || (rt === ct && orders[r] < orders[c])) {
          c = r;
          ct = rt;
        }
      }
      if (time < ct || (time === ct && order < orders[c])) break;
      times[i] = ct;
      orders[i] = orders[c];
      items[i] = items[c];
      i = c;
    }
    times[i] = time;
    orders[i] = order;
    items[i] = item;
  }
}
