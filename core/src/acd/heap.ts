/**
 * Indexed binary min-heap. Items carry their own position (`hi`) so that
 * removal and re-keying of an arbitrary item is O(log n) without a lookup.
 * The comparison is a plain function chosen once per heap (stable shapes,
 * no closures created per operation).
 */
export interface HeapItem {
  /** position inside the heap array, -1 when not in a heap */
  hi: number;
}

export class IndexedHeap<T extends HeapItem> {
  readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(x: T): void {
    const a = this.items;
    x.hi = a.length;
    a.push(x);
    this.up(x.hi);
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    if (top === undefined) return undefined;
    this.removeAt(0);
    return top;
  }

  remove(x: T): boolean {
    const i = x.hi;
    if (i < 0 || this.items[i] !== x) return false;
    this.removeAt(i);
    return true;
  }

  /** restore order after x's key changed */
  update(x: T): void {
    const i = x.hi;
    if (i < 0 || this.items[i] !== x) return;
    this.up(i);
    this.down(x.hi);
  }

  /** checks the heap property and the stored positions (for tests) */
  check(): boolean {
    const a = this.items;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      if (x.hi !== i) return false;
      if (i > 0 && this.less(x, a[(i - 1) >> 1]!)) return false;
    }
    return true;
  }

  private removeAt(i: number): void {
    const a = this.items;
    const x = a[i]!;
    const last = a.pop()!;
    x.hi = -1;
    if (i < a.length) {
      a[i] = last;
      last.hi = i;
      this.up(i);
      this.down(last.hi);
    }
  }

  private up(i: number): void {
    const a = this.items;
    const x = a[i]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const px = a[p]!;
      if (!this.less(x, px)) break;
      a[i] = px;
      px.hi = i;
      i = p;
    }
    a[i] = x;
    x.hi = i;
  }

  private down(i: number): void {
    const a = this.items;
    const n = a.length;
    const x = a[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.less(a[r]!, a[l]!)) c = r;
      const cx = a[c]!;
      if (!this.less(cx, x)) break;
      a[i] = cx;
      cx.hi = i;
      i = c;
    }
    a[i] = x;
    x.hi = i;
  }
}
