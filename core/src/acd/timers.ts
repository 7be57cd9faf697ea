/**
 * Timer set for the engine: a binary heap for arbitrary deadlines plus FIFO lanes for timers that share a
 * duration (ring timeouts, wrap-up). Timers of one duration armed at non-decreasing times expire in arming
 * order, so a lane is a plain array: O(1) arm, O(1) cancel (lazy), no heap traffic per offer.
 */
import { type HeapItem, IndexedHeap } from "./heap.ts";

export class Timer implements HeapItem {
  hi = -1;
  /** scheduled and not cancelled */
  live = true;
  /** the FIFO lane holding it, null in the heap */
  lane: Lane | null = null;
  /** its position in the lane, counted from the lane's first timer ever (see Lane.base) */
  idx = -1;
  constructor(
    readonly at: number,
    readonly seq: number,
    readonly kind: number,
    /** what the timer is for (released when cancelled) */
    public ref: unknown,
  ) {}
}

function timerLess(a: Timer, b: Timer): boolean {
  return a.at !== b.at ? a.at < b.at : a.seq < b.seq;
}

export class Lane {
  items: Timer[] = [];
  head = 0;
  /** position of items[0] counted from the lane's first timer ever (items are dropped from the front) */
  base = 0;
  lastAt = Number.NEGATIVE_INFINITY;
  first(): Timer | undefined {
    const it = this.items;
    while (this.head < it.length && !it[this.head]!.live) this.head++;
    if (this.head > 1024 && this.head * 2 > it.length) {
      it.splice(0, this.head);
      this.base += this.head;
      this.head = 0;
    }
    return it[this.head];
  }
}

export class TimerSet {
  private readonly heap = new IndexedHeap<Timer>(timerLess);
  private readonly lanes = new Map<number, Lane>();
  private readonly laneList: Lane[] = [];
  private seq = 0;
  /** live timers */
  size = 0;

  /** arms a timer; `lane` (a duration) selects a FIFO lane, -1 the heap */
  add(at: number, kind: number, ref: unknown, lane = -1): Timer {
    const t = new Timer(at, ++this.seq, kind, ref);
    this.size++;
    if (lane >= 0) {
      let l = this.lanes.get(lane);
      if (l === undefined) {
        l = new Lane();
        this.lanes.set(lane, l);
        this.laneList.push(l);
      }
      // a clock that went backwards would break the lane's order: fall back to the heap
      if (at >= l.lastAt) {
        l.lastAt = at;
        t.lane = l;
        t.idx = l.base + l.items.length;
        l.items.push(t);
        return t;
      }
    }
    this.heap.push(t);
    return t;
  }

  cancel(t: Timer | null): void {
    if (t === null || !t.live) return;
    t.live = false;
    t.ref = null;
    this.size--;
    if (t.hi >= 0) this.heap.remove(t);
    else if (t.lane !== null && t.idx === t.lane.base + t.lane.head) {
      // cancelled timers leave a lane as soon as they reach its head, whether or not the host ticks (answered
      // offers would otherwise stay referenced until their ring timeout). The position is compared, not the
      // lane's head slot: that slot was written one ring timeout ago and is a cache miss on every answer.
      t.lane.first();
    }
  }

  peek(): Timer | undefined {
    let best = this.heap.peek();
    for (const l of this.laneList) {
      const f = l.first();
      if (f !== undefined && (best === undefined || timerLess(f, best))) best = f;
    }
    return best;
  }

  /** removes and returns the earliest live timer */
  pop(): Timer | undefined {
    const t = this.peek();
    if (t === undefined) return undefined;
    t.live = false;
    this.size--;
    if (t.hi >= 0) this.heap.remove(t);
    else {
      for (const l of this.laneList)
        if (l.items[l.head] === t) {
          l.head++;
          break;
        }
    }
    return t;
  }

  /** heap order, lane order and the live count (for tests) */
  check(): boolean {
    if (!this.heap.check()) return false;
    let n = this.heap.size;
    for (const l of this.laneList) {
      let prev: Timer | undefined;
      for (let i = l.head; i < l.items.length; i++) {
        const t = l.items[i]!;
        if (!t.live) continue;
        n++;
        if (prev !== undefined && timerLess(t, prev)) return false;
        prev = t;
      }
    }
    return n === this.size;
  }
}
