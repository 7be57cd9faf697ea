// Adaptive jitter buffer of one conference/monitor member (8 kHz PCM).
//
// Packets are placed by their RTP timestamp (RFC 3550 §5.1), not by arrival,
// into a sample ring read 160 samples at a time by the room's 20 ms mix tick.
// So reordered packets play in order, duplicates and packets older than what
// has been played are dropped, and a hole is concealed at play time.
//
// Play-out delay ("lead": how far ahead of the read position a packet lands
// when it arrives) adapts per member:
// - the interarrival jitter J is tracked as in RFC 3550 §A.8 and the target
//   delay is a few times it: clamp(20 ms + 3 J, minMs, maxMs);
// - grow at once: a packet that arrives after its place was played (an
//   underrun, concealed meanwhile) moves the mapping later by its lateness
//   plus 10 ms rounded up to whole pitch periods, shifting what is buffered
//   with it, and then plays: nothing is lost, the concealment became a
//   stretch with no phase jump;
// - shrink slowly: once a second (50 packets), if even the earliest of them
//   waited longer than 2 J + 10 ms and the mean wait is above the target,
//   at most one frame is removed at the next clean spot: a quiet frame, a
//   hole, or (voiced audio, tones) a whole number of pitch periods between
//   10 and 20 ms found by autocorrelation, so the waveform continues without
//   a phase jump (like NetEq's "accelerate"). Never a click in a tone. The
//   pitch search runs at most every fifth frame and backs off when the
//   audio has no such spot (noise, music).
//
// Concealment (after ITU-T G.711 Appendix I): a missing sample range repeats
// the end of what played last (one pitch period of 2-10 ms by
// autocorrelation, or a 12-24 ms lag holding whole periods when the audio is
// that periodic), full level for 10 ms then 20 % less per 10 ms, silent after
// 60 ms; real audio resuming after concealment is cross-faded over 2 ms.
//
// Hot path: put() and read() allocate nothing; every array is made in the
// constructor.
import { FRAME_SAMPLES } from "./rtp.ts";

/** Ring of 512 ms: room for maxMs (200 ms) + a grow + a burst. */
const SIZE = 4096;
const MASK = SIZE - 1;
const HIST = 256;
const HMASK = HIST - 1;
/** Packets per adaptation window (about 1 s of 20 ms packets). */
const WINDOW = 50;
/** Concealment: 10 ms at full level, then -20 % per 10 ms; silent after 60 ms. */
const PLC_STEP = 80;
const PLC_MAX = 480;
const PLC_MIN_PERIOD = 16;
const PLC_MAX_PERIOD = 80;
/** Lags (12-24 ms) searched for a whole number of periods, compared over 8 ms. */
const LONG_MIN_LAG = 96;
const LONG_MAX_LAG = 192;
const LONG_CMP = 64;
/** Cross-fade from concealment back to real audio, samples (2 ms). */
const OLA = 16;
/** Shrink by pitch periods: lags of 10-20 ms, compared over 10 ms. */
const SHRINK_MIN_LAG = 80;
const SHRINK_MAX_LAG = FRAME_SAMPLES;
const SHRINK_CMP = 80;
/** Mean |sample| under which a frame counts as quiet (about -50 dBFS). */
const QUIET = 100;

export interface JitterBufferOptions {
  /** Lowest target play-out delay, ms. Default 20. */
  minMs?: number;
  /** Highest play-out delay, ms (bursts beyond it are trimmed). Default 200. */
  maxMs?: number;
  /** Delay given to the first packet of a stream, ms. Default 40. */
  initialMs?: number;
  /** RTP timestamp units per 8 kHz sample (1 for G.711, 6 for Opus). Default 1. */
  tsPerSample?: number;
}

/** What read() put in each sample of the frame (for tests; pass a Uint8Array of 160). */
export const SAMPLE_SILENT = 0;
export const SAMPLE_REAL = 1;
export const SAMPLE_CONCEALED = 2;
/** Real, cross-faded with the concealment that preceded it. */
export const SAMPLE_BLENDED = 3;

export class JitterBuffer {
  private readonly buf = new Int16Array(SIZE);
  private readonly valid = new Uint8Array(SIZE);
  /** Last HIST samples played (concealment looks back into them). */
  private readonly hist = new Int16Array(HIST);
  private histW = 0;
  /** One pitch period's source for concealment, taken when a hole starts. */
  private readonly plc = new Int16Array(HIST);
  /** Samples repeated by concealment (a pitch period, or several when that is more exact). */
  private plcPeriod = PLC_MIN_PERIOD;
  private plcK = 0;
  /** Fractional pitch period of the audio before the hole, samples (grows and hole skips are multiples of it). */
  private plcFrac = PLC_MIN_PERIOD;
  /** Analysis scratch (the last HIST samples played). */
  private readonly scratch = new Int16Array(HIST);
  private anaRep = PLC_MIN_PERIOD;
  private anaFrac = PLC_MIN_PERIOD;
  private readonly minLead: number;
  private readonly maxLead: number;
  private readonly initialLead: number;
  tsPerSample: number;

  /** Read position (absolute sample count; the ring slot is pos & MASK). */
  private r = 0;
  /** End of the furthest sample written. */
  private w = 0;
  /** End of the last real sample played: anything before it is never played again. */
  private playedEnd = 0;
  private started = false;
  private anchored = false;
  private ssrc = -1;
  /** Mapping timestamp -> position, moved along with every packet. */
  private lastTs = 0;
  private lastPos = 0;
  /** RFC 3550 A.8 state, in samples. */
  private transit = 0;
  private jitterInit = false;
  private jitter = 0;
  /** Timestamp accumulated in samples since the stream started (the jitter's clock). */
  private tsAcc = 0;
  /** Adaptation window. */
  private winCount = 0;
  /** Packets dropped as old in a row (ten restart the mapping: a sender whose clock went back). */
  private lateRun = 0;
  private winMin = 0;
  private shrinkReq = 0;
  /** Frames to wait before the next pitch search, and searches that found nothing in a row. */
  private shrinkWait = 0;
  private shrinkMisses = 0;
  /** Windows to let pass before asking to shrink again, and the next such pause (doubles to 8). */
  private shrinkSkip = 0;
  private shrinkBackoff = 1;
  /** Concealment state: samples missing in a row, cross-fade samples left. */
  private missRun = 0;
  private ola = 0;

  /** Mean lead of arriving packets, samples (EWMA 1/16). */
  private leadAvg = 0;

  // Counters (cumulative).
  /** Packets that came after their place was played and were played later (the delay grew for them). */
  grows = 0;
  /** Samples the delay grew by, in total. */
  grownSamples = 0;
  /** Packets dropped: duplicates, or older than audio already played. */
  late = 0;
  /** Duplicates of packets still waiting (ignored). */
  duplicates = 0;
  /** Shrinks done (each at most one frame), and samples removed by them. */
  shrinks = 0;
  shrunkSamples = 0;
  /** Pitch searches for a shrink (the costly part of shrinking; bounded for loud unperiodic audio). */
  searches = 0;
  /** Samples dropped because a burst went beyond maxMs. */
  trimmed = 0;
  /** Samples synthesised by concealment (gain > 0). */
  concealed = 0;
  /** Times the mapping restarted (new SSRC, timestamp jump). */
  resyncs = 0;

  constructor(opts: JitterBufferOptions = {}) {
    const minMs = opts.minMs ?? 20;
    const maxMs = opts.maxMs ?? 200;
    const initialMs = opts.initialMs ?? 40;
    if (!(minMs >= 0 && maxMs >= minMs && maxMs <= 400)) throw new TypeError("need 0 <= minMs <= maxMs <= 400");
    this.minLead = minMs * 8;
    this.maxLead = maxMs * 8;
    this.initialLead = Math.min(this.maxLead, Math.max(this.minLead, initialMs * 8));
    this.tsPerSample = opts.tsPerSample ?? 1;
  }

  /** Forget the stream (a member joins a room): the next packet starts a new one. */
  reset(): void {
    this.valid.fill(0);
    this.w = this.r;
    this.playedEnd = this.r;
    this.started = false;
    this.anchored = false;
    this.ssrc = -1;
    this.jitterInit = false;
    this.jitter = 0;
    this.winCount = 0;
    this.shrinkReq = 0;
    this.missRun = 0;
    this.ola = 0;
  }

  /** RFC 3550 A.8 interarrival jitter, ms. */
  get jitterMs(): number {
    return this.jitter / 8;
  }

  /** Target play-out delay: 20 ms + 3 x jitter, within [minMs, maxMs], ms. */
  get targetMs(): number {
    return this.target() / 8;
  }

  /** Mean time arriving packets wait before they play, ms. */
  get delayMs(): number {
    return this.leadAvg / 8;
  }

  /** Samples buffered ahead of the read position. */
  get buffered(): number {
    return this.w > this.r ? this.w - this.r : 0;
  }

  private target(): number {
    const t = FRAME_SAMPLES + 3 * this.jitter;
    return Math.min(this.maxLead, Math.max(this.minLead, t));
  }

  /**
   * One received packet: n samples of pcm from off, RTP timestamp ts (the
   * leg's clock), arriving at nowMs (a monotonic ms clock, the one read() is
   * driven by). Never throws.
   */
  put(ssrc: number, ts: number, pcm: Int16Array, off: number, n: number, nowMs: number): void {
    if (n <= 0 || n > SIZE / 4) return;
    let d = 0;
    if (!this.anchored || ssrc !== this.ssrc) {
      this.anchor(ssrc, ts);
    } else {
      d = Math.round(((ts - this.lastTs) | 0) / this.tsPerSample);
      const p = this.lastPos + d;
      if (p < this.playedEnd && this.lateRun < 10) {
        // Older than real audio already played (a duplicate, or reordered
        // behind a packet that played): playing it now would go backwards.
        this.late++;
        this.lateRun++;
        return;
      }
      // A timestamp jump no jitter explains (a new source behind the same
      // SSRC, a sender that paused its clock, ten old packets in a row):
      // start over from here.
      if (p - this.r > SIZE / 2 || this.r - p > this.maxLead || p < this.playedEnd) {
        this.anchor(ssrc, ts);
        d = 0;
      }
    }
    this.lateRun = 0;
    let pos = this.lastPos + d;
    if (pos >= this.r && this.valid[pos & MASK] === 1 && this.valid[(pos + n - 1) & MASK] === 1) {
      // A duplicate of a packet still waiting: it must not count as a short wait.
      this.duplicates++;
      return;
    }
    // RFC 3550 A.8: J += (|D(i-1,i)| - J) / 16, all in samples.
    this.tsAcc += d;
    const transit = nowMs * 8 - this.tsAcc;
    if (this.jitterInit) {
      let dd = transit - this.transit;
      if (dd < 0) dd = -dd;
      this.jitter += (dd - this.jitter) / 16;
    }
    this.transit = transit;
    this.jitterInit = true;
    this.lastTs = ts;
    this.lastPos = pos;

    if (pos < this.r) {
      // In order but late: its place was concealed, the delay was too small.
      // Grow now, by its lateness plus 10 ms rounded up to whole pitch periods
      // of what played last, and play it: what was concealed meanwhile (that
      // same period repeated) becomes a stretch with no phase jump.
      const need = this.r - pos + FRAME_SAMPLES / 2;
      let period = this.plcFrac;
      if (this.missRun === 0) {
        this.analyse(this.scratch);
        period = this.anaFrac;
      }
      const grow = Math.round(Math.ceil(need / period) * period);
      this.shift(grow);
      pos += grow;
      this.grows++;
      this.grownSamples += grow;
      this.shrinkReq = 0;
    }
    let lead = pos - this.r;
    if (pos + n - this.r > this.maxLead + FRAME_SAMPLES) {
      // A burst beyond the highest delay: drop the oldest audio so this one
      // lands at the target delay.
      const drop = Math.floor(pos + n - this.r - this.target());
      this.skip(drop);
      this.trimmed += drop;
      lead = pos - this.r;
    }
    const buf = this.buf;
    const valid = this.valid;
    for (let i = 0; i < n; i++) {
      const s = (pos + i) & MASK;
      buf[s] = pcm[off + i]!;
      valid[s] = 1;
    }
    if (pos + n > this.w) this.w = pos + n;

    // Adaptation window: the smallest lead seen decides whether we can shrink.
    this.leadAvg += (lead - this.leadAvg) / 16;
    if (this.winCount === 0 || lead < this.winMin) this.winMin = lead;
    if (++this.winCount >= WINDOW) {
      this.winCount = 0;
      const target = this.target();
      const spare = Math.min(this.winMin - (2 * this.jitter + FRAME_SAMPLES / 2), this.leadAvg - target, FRAME_SAMPLES);
      if (this.shrinkSkip > 0) this.shrinkSkip--;
      else this.shrinkReq = spare >= 8 ? Math.floor(spare) : 0;
    }
  }

  /** Starts a stream: its first packet lands after the current buffer at the initial delay. */
  private anchor(ssrc: number, ts: number): void {
    if (this.anchored) this.resyncs++;
    this.anchored = true;
    this.ssrc = ssrc;
    this.lastTs = ts;
    const at = this.r + this.initialLead;
    this.lastPos = Math.max(this.w, at);
    this.tsAcc = 0;
    this.jitterInit = false;
    this.winCount = 0;
    this.shrinkReq = 0;
    this.leadAvg = this.lastPos - this.r;
  }

  /** Moves everything buffered `by` samples later (grow); the gap before it is empty. */
  private shift(by: number): void {
    const r = this.r;
    let w = this.w;
    if (w < r) w = r;
    // Keep within the ring: what would not fit is the newest audio; drop it.
    if (w + by - r > SIZE) w = r + SIZE - by;
    const buf = this.buf;
    const valid = this.valid;
    for (let p = w - 1; p >= r; p--) {
      const s = p & MASK;
      const t = (p + by) & MASK;
      buf[t] = buf[s]!;
      valid[t] = valid[s]!;
    }
    for (let p = r; p < r + by; p++) valid[p & MASK] = 0;
    this.w = w + by;
    this.lastPos += by;
  }

  /** Drops n samples at the read position (never played). */
  private skip(n: number): void {
    const valid = this.valid;
    for (let i = 0; i < n; i++) valid[(this.r + i) & MASK] = 0;
    this.r += n;
    if (this.playedEnd < this.r) this.playedEnd = this.r;
  }

  /**
   * The next 20 ms: fills out[0, 160) and returns true if it holds audio (real
   * or concealed), false for silence before the stream or after 60 ms of
   * nothing. `kinds`, if given, gets SAMPLE_* per sample (tests).
   */
  read(out: Int16Array, kinds: Uint8Array | null = null): boolean {
    if (!this.anchored) {
      if (kinds !== null) kinds.fill(SAMPLE_SILENT, 0, FRAME_SAMPLES);
      return false;
    }
    if (this.shrinkReq > 0) this.tryShrink();
    const buf = this.buf;
    const valid = this.valid;
    const hist = this.hist;
    let r = this.r;
    if (this.missRun === 0 && this.ola === 0 && kinds === null && this.frameComplete(r)) {
      // The usual case: the whole frame is here and no concealment to end.
      let hw = this.histW;
      for (let i = 0; i < FRAME_SAMPLES; i++, r++) {
        const s = r & MASK;
        const v = buf[s]!;
        valid[s] = 0;
        out[i] = v;
        hist[hw++ & HMASK] = v;
      }
      this.histW = hw;
      this.r = r;
      this.started = true;
      this.playedEnd = r;
      if (this.w < r) this.w = r;
      return true;
    }
    let audible = false;
    for (let i = 0; i < FRAME_SAMPLES; i++, r++) {
      const s = r & MASK;
      let v = 0;
      let kind = SAMPLE_SILENT;
      if (valid[s] === 1) {
        valid[s] = 0;
        v = buf[s]!;
        kind = SAMPLE_REAL;
        if (this.missRun > 0) {
          // Back from a hole: fade the concealment out over OLA samples.
          this.ola = this.missRun <= PLC_MAX ? OLA : 0;
          this.missRun = 0;
        }
        if (this.ola > 0) {
          const wgt = this.ola / (OLA + 1);
          v = Math.round(v * (1 - wgt) + this.plc[HIST - this.plcPeriod + this.plcK]! * wgt);
          if (++this.plcK === this.plcPeriod) this.plcK = 0;
          this.ola--;
          kind = SAMPLE_BLENDED;
        }
        this.started = true;
        this.playedEnd = r + 1;
        audible = true;
      } else if (this.started) {
        if (this.missRun === 0) this.startConcealment();
        const m = this.missRun++;
        this.ola = 0;
        if (m < PLC_MAX) {
          const gain = m < PLC_STEP ? 1 : 1 - 0.2 * Math.floor(m / PLC_STEP);
          v = Math.round(this.plc[HIST - this.plcPeriod + this.plcK]! * gain);
          if (++this.plcK === this.plcPeriod) this.plcK = 0;
          kind = SAMPLE_CONCEALED;
          this.concealed++;
          audible = true;
        }
      }
      out[i] = v;
      hist[this.histW++ & HMASK] = v;
      if (kinds !== null) kinds[i] = kind;
    }
    this.r = r;
    if (this.w < r) this.w = r;
    return audible;
  }

  /** True when every sample of the frame starting at r has arrived. */
  private frameComplete(r: number): boolean {
    const valid = this.valid;
    for (let i = 0; i < FRAME_SAMPLES; i++) if (valid[(r + i) & MASK] !== 1) return false;
    return true;
  }

  /**
   * Copies the last HIST samples played into h and finds their period:
   * anaFrac, the pitch period with a fraction (from the best lag of 12-24 ms,
   * a whole number of periods, divided by how many), and anaRep, what
   * concealment repeats (that 12-24 ms lag when the audio is that periodic,
   * else one pitch period of 2-10 ms).
   */
  private analyse(h: Int16Array): void {
    const hist = this.hist;
    for (let i = 0; i < HIST; i++) h[i] = hist[(this.histW - HIST + i) & HMASK]!;
    const p0 = pitchPeriod(h);
    let best = 0;
    let bestScore = 0.9;
    // Only lags within a sample of a multiple of p0 can hold whole periods.
    for (let lag = LONG_MIN_LAG; lag <= LONG_MAX_LAG; lag++) {
      const k = Math.round(lag / p0);
      if (k < 1 || Math.abs(lag - k * p0) > k / 2 + 0.5) continue;
      let xy = 0;
      let xx = 0;
      let yy = 0;
      for (let i = HIST - LONG_CMP; i < HIST; i++) {
        const x = h[i]!;
        const y = h[i - lag]!;
        xy += x * y;
        xx += x * x;
        yy += y * y;
      }
      const score = xx > 0 && yy > 0 ? xy / Math.sqrt(xx * yy) : 0;
      if (score > bestScore) {
        bestScore = score;
        best = lag;
      }
    }
    if (best > 0) {
      this.anaRep = best;
      this.anaFrac = best / Math.max(1, Math.round(best / p0));
    } else {
      this.anaRep = p0;
      this.anaFrac = p0;
    }
  }

  /** A hole starts: concealment repeats the end of what played last (see analyse). */
  private startConcealment(): void {
    this.analyse(this.plc);
    this.plcPeriod = this.anaRep;
    this.plcFrac = this.anaFrac;
    this.plcK = 0;
  }

  /**
   * Removes up to shrinkReq samples (at most one frame) at the read position
   * if that is inaudible: a hole, a quiet frame, or a whole number of pitch
   * periods (correlation > 0.9). Otherwise waits for the next frame.
   */
  private tryShrink(): void {
    const want = this.shrinkReq;
    const r = this.r;
    const buf = this.buf;
    const valid = this.valid;
    if (this.w - r < want + FRAME_SAMPLES) return;
    let holes = 0;
    let sumAbs = 0;
    for (let i = 0; i < want; i++) {
      const s = (r + i) & MASK;
      if (valid[s] === 0) holes++;
      else sumAbs += buf[s]! < 0 ? -buf[s]! : buf[s]!;
    }
    if (holes === 0 ? sumAbs < QUIET * want : holes === want ? false : sumAbs < QUIET * (want - holes)) {
      this.doShrink(want);
      return;
    }
    if (holes === want) {
      // A hole (lost packet) would be concealed by repeating the last pitch
      // period: skip whole periods of it so what follows keeps its phase.
      this.analyse(this.scratch);
      const n = Math.round(Math.floor(want / this.anaFrac) * this.anaFrac);
      if (n > 0) this.doShrink(n);
      else this.shrinkReq = 0;
      return;
    }
    // Voiced audio: drop a lag of 10-20 ms over which the waveform repeats.
    // The search costs about 3,500 multiply-adds: at most every fifth frame;
    // ten misses (about 1 s of loud, unperiodic audio: noise, music) leave
    // the delay as it is for 1, 2, 4, then 8 windows.
    if (want < SHRINK_MIN_LAG || this.w - r < SHRINK_MAX_LAG + SHRINK_CMP) return;
    if (this.shrinkWait > 0) {
      this.shrinkWait--;
      return;
    }
    for (let i = 0; i < SHRINK_MAX_LAG + SHRINK_CMP; i++) if (valid[(r + i) & MASK] === 0) return;
    this.searches++;
    // Every other lag first, then the neighbours of the best one.
    const maxLag = Math.min(want, SHRINK_MAX_LAG);
    let coarse = 0;
    let coarseScore = 0.8;
    for (let lag = SHRINK_MIN_LAG; lag <= maxLag; lag += 2) {
      const score = this.lagScore(r, lag);
      if (score > coarseScore) {
        coarseScore = score;
        coarse = lag;
      }
    }
    let best = 0;
    if (coarse > 0) {
      let bestScore = 0.9;
      for (let lag = coarse - 1; lag <= coarse + 1 && lag <= maxLag; lag++) {
        const score = lag === coarse ? coarseScore : this.lagScore(r, lag);
        if (score > bestScore) {
          bestScore = score;
          best = lag;
        }
      }
    }
    if (best > 0) {
      this.doShrink(best);
      this.shrinkMisses = 0;
      this.shrinkBackoff = 1;
    } else if (++this.shrinkMisses >= 10) {
      // Give up; ask again after 1, 2, 4, then every 8 windows while it keeps failing.
      this.shrinkReq = 0;
      this.shrinkMisses = 0;
      this.shrinkSkip = this.shrinkBackoff;
      this.shrinkBackoff = Math.min(8, this.shrinkBackoff * 2);
    } else this.shrinkWait = 4;
  }

  /** Normalised correlation of the SHRINK_CMP samples at r with those `lag` later. */
  private lagScore(r: number, lag: number): number {
    const buf = this.buf;
    let xy = 0;
    let xx = 0;
    let yy = 0;
    for (let i = 0; i < SHRINK_CMP; i++) {
      const x = buf[(r + i) & MASK]!;
      const y = buf[(r + lag + i) & MASK]!;
      xy += x * y;
      xx += x * x;
      yy += y * y;
    }
    return xx > 0 && yy > 0 ? xy / Math.sqrt(xx * yy) : 0;
  }

  private doShrink(n: number): void {
    this.skip(n);
    this.shrinks++;
    this.shrunkSamples += n;
    this.shrinkReq = 0;
    this.leadAvg -= n;
    // The next window judges the new delay from scratch.
    this.winCount = 0;
  }
}

/** Best repetition period of h (160 samples): the lag with the highest normalised correlation of its last 80 samples. */
export function pitchPeriod(h: Int16Array): number {
  const n = h.length;
  let best = PLC_MAX_PERIOD;
  let bestScore = -1;
  for (let p = PLC_MIN_PERIOD; p <= PLC_MAX_PERIOD; p++) {
    let xy = 0;
    let xx = 0;
    let yy = 0;
    for (let i = n - PLC_MAX_PERIOD; i < n; i++) {
      const x = h[i]!;
      const y = h[i - p]!;
      xy += x * y;
      xx += x * x;
      yy += y * y;
    }
    const score = xx > 0 && yy > 0 ? xy / Math.sqrt(xx * yy) : 0;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}
