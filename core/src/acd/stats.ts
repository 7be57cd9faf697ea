/**
 * Sliding-window counters for all queues (indexed by queue index). The current slot of every queue lives in
 * one typed array (a few bytes per queue, cache-resident), so recording an event is an add into that array
 * with no allocation and no pointer chasing; when a queue's slot changes, the finished slot is merged into
 * that queue's ring (default 60 slots x 15 s = 15 min). Reading sums the ring inside the window plus the
 * current slot.
 */
export const S_ANSWERED = 0;
export const S_IN_SL = 1;
export const S_WAIT_SUM = 2;
export const S_ABANDONED = 3;
export const S_ABANDONED_AFTER_SL = 4;
export const S_ABANDONED_SHORT = 5;
export const S_OVERFLOWED = 6;
export const S_OFFERED = 7;
export const S_HANDLE_SUM = 8;
export const S_HANDLED = 9;
export const S_FIELDS = 10;

/** per-queue block in StatsBank.cur: current slot id, then the S_FIELDS counters of that slot, then two
 *  numbers the engine keeps per queue (its handle-time average), padded to 128 bytes (two cache lines) */
export const SB = 16;
export const SB_EXTRA = 1 + S_FIELDS;

/** zeroed page-aligned memory of at least `bytes`: the buffer of a WebAssembly memory (mapped pages) */
export function alignedBuffer(bytes: number): ArrayBuffer {
  type Wasm = { Memory: new (d: { initial: number }) => { buffer: ArrayBuffer } };
  const wa = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
  if (wa !== undefined)
    try {
      return new wa.Memory({ initial: Math.max(1, Math.ceil(bytes / 65536)) }).buffer;
    } catch {
      // address space for WebAssembly memories exhausted (many engines alive): unaligned is only slower
    }
  return new ArrayBuffer(bytes);
}

export class StatsBank {
  readonly slotMs: number;
  private readonly n: number;
  /** per queue (stride SB, aligned): current slot id, its counters, the engine's extra numbers. Recording an
   *  event touches only this block (one or two cache lines). */
  cur = new Float64Array(0);
  /** per queue, created at its first closed slot with events, one array (a slot close touches one object):
   *  slot ids (n), totals of the closed slots since the queue was created (S_FIELDS), slot counters
   *  (n * S_FIELDS) */
  private rings: Array<Float64Array | undefined> = [];

  constructor(windowMs = 900_000, slots = 60) {
    this.n = slots;
    this.slotMs = Math.max(1, Math.ceil(windowMs / slots));
  }

  /** makes room for queue index qi and clears it */
  reset(qi: number): void {
    if ((qi + 1) * SB > this.cur.length) {
      const cap = Math.max(64, (this.cur.length / SB) * 2, qi + 1);
      const cur = new Float64Array(alignedBuffer(cap * SB * 8), 0, cap * SB);
      cur.set(this.cur);
      this.cur = cur;
    }
    this.cur.fill(0, qi * SB, (qi + 1) * SB);
    this.cur[qi * SB] = -1;
    this.rings[qi] = undefined;
  }

  add(qi: number, now: number, f: number, v: number): void {
    const sid = Math.floor(now / this.slotMs);
    const o = qi * SB;
    if (this.cur[o] !== sid) this.roll(qi, sid);
    this.cur[o + 1 + f]! += v;
  }

  total(qi: number, f: number): number {
    const r = this.rings[qi];
    return (r === undefined ? 0 : r[this.n + f]!) + this.cur[qi * SB + 1 + f]!;
  }

  /** sums of the window ending at now into out (length S_FIELDS) */
  sum(qi: number, now: number, out: Float64Array): Float64Array {
    const sid = Math.floor(now / this.slotMs);
    if (this.cur[qi * SB] !== sid) this.roll(qi, sid);
    const base = qi * SB + 1;
    for (let f = 0; f < S_FIELDS; f++) out[f] = this.cur[base + f]!;
    const r = this.rings[qi];
    if (r === undefined) return out;
    const v0 = this.n + S_FIELDS;
    for (let i = 0; i < this.n; i++) {
      const id = r[i]!;
      if (id < 0 || id >= sid || id <= sid - this.n) continue;
      const o = v0 + i * S_FIELDS;
      for (let f = 0; f < S_FIELDS; f++) out[f] = out[f]! + r[o + f]!;
    }
    return out;
  }

  private roll(qi: number, sid: number): void {
    const old = this.cur[qi * SB]!;
    const base = qi * SB + 1;
    const cur = this.cur;
    if (old >= 0) {
      let any = false;
      for (let f = 0; f < S_FIELDS; f++) if (cur[base + f] !== 0) any = true;
      if (any) {
        const n = this.n;
        let r = this.rings[qi];
        if (r === undefined) {
          r = new Float64Array(n + S_FIELDS + n * S_FIELDS);
          r.fill(-1, 0, n);
          this.rings[qi] = r;
        }
        const i = ((old % n) + n) % n;
        const o = n + S_FIELDS + i * S_FIELDS;
        if (r[i] !== old) {
          r[i] = old;
          r.fill(0, o, o + S_FIELDS);
        }
        for (let f = 0; f < S_FIELDS; f++) {
          const x = cur[base + f]!;
          r[o + f] = r[o + f]! + x;
          r[n + f] = r[n + f]! + x;
        }
      }
    }
    cur.fill(0, base, base + S_FIELDS);
    cur[qi * SB] = sid;
  }
}
