/**
 * A line of waiting calls: one FIFO lane per priority level (higher first), each a doubly linked list
 * ordered by arrival sequence. New calls append at the tail in O(1); taking the head and removing any call
 * are O(1) and touch at most two neighbours (a heap touches log n items per operation, each a likely cache
 * miss with 100,000 calls in memory). A call put back with its old sequence number (refused offer, callback
 * retry, overflow, escalation) is placed by walking from the head; it usually belongs near the head.
 */
export interface LineItem {
  /** higher first */
  prio: number;
  /** lower first within a priority level */
  seq: number;
  prev: LineItem | null;
  next: LineItem | null;
  lane: Lane | null;
}

export class Lane {
  head: LineItem | null = null;
  tail: LineItem | null = null;
  n = 0;
  constructor(readonly prio: number) {}
}

export class PriorityLine<T extends LineItem> {
  /** non-empty lanes, by priority descending */
  readonly lanes: Lane[] = [];
  size = 0;
  /** the first item (head of the highest lane), cached so that reading it touches only this object */
  top: T | null = null;
  /** the lane the last add went to (it may have been emptied and dropped since: checked by its count) */
  private last: Lane | null = null;

  first(): T | undefined {
    return this.top ?? undefined;
  }

  add(x: T): void {
    // common case: behind the tail of the lane used last (no lane array to read); x is not the line's head
    const ll = this.last;
    if (ll !== null && ll.n > 0 && ll.prio === x.prio && ll.tail!.seq < x.seq) {
      const tail = ll.tail!;
      x.lane = ll;
      ll.n++;
      this.size++;
      x.prev = tail;
      x.next = null;
      tail.next = x;
      ll.tail = x;
      return;
    }
    const lanes = this.lanes;
    let lane: Lane | undefined;
    let i = 0;
    for (; i < lanes.length; i++) {
      const l = lanes[i]!;
      if (l.prio === x.prio) {
        lane = l;
        break;
      }
      if (l.prio < x.prio) break;
    }
    if (lane === undefined) {
      lane = new Lane(x.prio);
      lanes.splice(i, 0, lane);
    }
    x.lane = lane;
    this.last = lane;
    lane.n++;
    this.size++;
    const tail = lane.tail;
    if (tail === null || tail.seq < x.seq) {
      // common case: the newest call goes last
      x.prev = tail;
      x.next = null;
      if (tail !== null) tail.next = x;
      else lane.head = x;
      lane.tail = x;
    } else {
      let at = lane.head!;
      while (at.seq < x.seq) at = at.next!;
      x.next = at;
      x.prev = at.prev;
      if (at.prev !== null) at.prev.next = x;
      else lane.head = x;
      at.prev = x;
    }
    if (i === 0 && lane.head === x) this.top = x;
  }

  remove(x: T): boolean {
    const lane = x.lane;
    if (lane === null) return false;
    if (x.prev !== null) x.prev.next = x.next;
    else lane.head = x.next;
    if (x.next !== null) x.next.prev = x.prev;
    else lane.tail = x.prev;
    x.prev = x.next = null;
    x.lane = null;
    this.size--;
    if (--lane.n === 0) {
      // remove the empty lane without allocating (splice returns an array)
      const lanes = this.lanes;
      const i = lanes.indexOf(lane);
      for (let j = i + 1; j < lanes.length; j++) lanes[j - 1] = lanes[j]!;
      lanes.pop();
      if (this.top === x) this.top = lanes.length === 0 ? null : (lanes[0]!.head as T);
    } else if (this.top === x) this.top = lane.head as T;
    return true;
  }

  /** all items in line order (allocates; slow paths and tests only) */
  items(): T[] {
    const out: T[] = [];
    for (const l of this.lanes) for (let x = l.head; x !== null; x = x.next) out.push(x as T);
    return out;
  }

  /** ordering, links and counts (for tests) */
  check(): boolean {
    let total = 0;
    for (let i = 0; i < this.lanes.length; i++) {
      const l = this.lanes[i]!;
      if (i > 0 && !(this.lanes[i - 1]!.prio > l.prio)) return false;
      let n = 0;
      let prev: LineItem | null = null;
      for (let x = l.head; x !== null; x = x.next) {
        if (x.lane !== l || x.prev !== prev || x.prio !== l.prio) return false;
        if (prev !== null && !(prev.seq < x.seq)) return false;
        prev = x;
        n++;
      }
      if (l.tail !== prev || n !== l.n || n === 0) return false;
      total += n;
    }
    if (this.top !== (this.lanes.length === 0 ? null : this.lanes[0]!.head)) return false;
    return total === this.size;
  }
}
