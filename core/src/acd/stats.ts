/**
 * Sliding-window counters for one queue: a ring of fixed slots (default 60 x 15 s = 15 min).
 * Recording is O(1) with no allocation; reading sums the slots inside the window.
 */
export class SlidingStats {
  readonly slotMs: number;
  private readonly n: number;
  private readonly slotId: Float64Array;
  /** per slot: answered, answeredInSl, waitSumAnswered, abandoned, abandonedAfterSl, abandonedShort, overflowed, offered, handleSum, handleCount */
  private readonly v: Float64Array;
  static readonly F = 10;
  totalAnswered = 0;
  totalAbandoned = 0;
  totalOverflowed = 0;
  totalOffered = 0;

  constructor(windowMs = 900_000, slots = 60) {
    this.n = slots;
    this.slotMs = Math.max(1, Math.ceil(windowMs / slots));
    this.slotId = new Float64Array(slots).fill(-1);
    this.v = new Float64Array(slots * SlidingStats.F);
  }

  private slot(now: number): number {
    const id = Math.floor(now / this.slotMs);
    const i = ((id % this.n) + this.n) % this.n;
    if (this.slotId[i] !== id) {
      this.slotId[i] = id;
      this.v.fill(0, i * SlidingStats.F, (i + 1) * SlidingStats.F);
    }
    return i * SlidingStats.F;
  }

  answered(now: number, waitMs: number, slTargetMs: number): void {
    const o = this.slot(now);
    const v = this.v;
    v[o] = v[o]! + 1;
    if (waitMs <= slTargetMs) v[o + 1] = v[o + 1]! + 1;
    v[o + 2] = v[o + 2]! + waitMs;
    this.totalAnswered++;
  }

  abandoned(now: number, waitMs: number, slTargetMs: number, shortMs: number): void {
    const o = this.slot(now);
    const v = this.v;
    v[o + 3] = v[o + 3]! + 1;
    if (waitMs > slTargetMs) v[o + 4] = v[o + 4]! + 1;
    if (waitMs < shortMs) v[o + 5] = v[o + 5]! + 1;
    this.totalAbandoned++;
  }

  overflowed(now: number): void {
    const o = this.slot(now);
    this.v[o + 6] = this.v[o + 6]! + 1;
    this.totalOverflowed++;
  }

  offered(now: number): void {
    const o = this.slot(now);
    this.v[o + 7] = this.v[o + 7]! + 1;
    this.totalOffered++;
  }

  handled(now: number, handleMs: number): void {
    const o = this.slot(now);
    this.v[o + 8] = this.v[o + 8]! + handleMs;
    this.v[o + 9] = this.v[o + 9]! + 1;
  }

  /** sums of the slots inside [now - window, now]; writes into out (length F) */
  sum(now: number, out: Float64Array): Float64Array {
    out.fill(0);
    const cur = Math.floor(now / this.slotMs);
    for (let i = 0; i < this.n; i++) {
      const id = this.slotId[i]!;
      if (id < 0 || id > cur || id <= cur - this.n) continue;
      const o = i * SlidingStats.F;
      for (let f = 0; f < SlidingStats.F; f++) out[f] = out[f]! + this.v[o + f]!;
    }
    return out;
  }
}
