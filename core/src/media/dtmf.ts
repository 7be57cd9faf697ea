// In-band DTMF (ITU-T Q.23/Q.24) detection with the Goertzel algorithm on
// 20 ms blocks of 160 samples. A digit is reported once, after two
// consecutive blocks agree (>= 40 ms, Q.24 minimum tone duration), and is
// re-armed after two blocks without it.
const ROWS = [697, 770, 852, 941];
const COLS = [1209, 1336, 1477, 1633];
const KEYS = ["123A", "456B", "789C", "*0#D"];
const N = 160;
const COEFF = new Float64Array(8);
for (let i = 0; i < 4; i++) {
  COEFF[i] = 2 * Math.cos((2 * Math.PI * ROWS[i]!) / 8000);
  COEFF[i + 4] = 2 * Math.cos((2 * Math.PI * COLS[i]!) / 8000);
}

export class InbandDtmf {
  readonly block = new Float64Array(N);
  readonly power = new Float64Array(8);
  fill = 0;
  candidate = -1;
  count = 0;
  reported = -1;
  silent = 0;

  /** Feeds one G.711 payload; calls onDigit(legId, digit) when a new digit starts. */
  feed(msg: Buffer, off: number, end: number, table: Int16Array, legId: string, onDigit: (legId: string, digit: string) => void): void {
    for (let i = off; i < end; i++) {
      this.block[this.fill++] = table[msg[i]!]! / 32768;
      if (this.fill === N) {
        this.fill = 0;
        const d = this.detect();
        this.step(d, legId, onDigit);
      }
    }
  }

  /** feed() for PCM already decoded (Opus legs). */
  feedPcm(pcm: Int16Array, n: number, legId: string, onDigit: (legId: string, digit: string) => void): void {
    for (let i = 0; i < n; i++) {
      this.block[this.fill++] = pcm[i]! / 32768;
      if (this.fill === N) {
        this.fill = 0;
        const d = this.detect();
        this.step(d, legId, onDigit);
      }
    }
  }

  /** Returns the key index 0..15 (row*4+col) or -1. */
  detect(): number {
    const b = this.block;
    let energy = 0;
    for (let i = 0; i < N; i++) energy += b[i]! * b[i]!;
    if (energy / N < 1e-5) return -1; // below about -50 dBFS
    for (let k = 0; k < 8; k++) {
      const c = COEFF[k]!;
      let s1 = 0;
      let s2 = 0;
      for (let i = 0; i < N; i++) {
        const s0 = b[i]! + c * s1 - s2;
        s2 = s1;
        s1 = s0;
      }
      this.power[k] = (2 * (s1 * s1 + s2 * s2 - c * s1 * s2)) / (N * N);
    }
    let r = 0;
    let c = 4;
    for (let k = 1; k < 4; k++) if (this.power[k]! > this.power[r]!) r = k;
    for (let k = 5; k < 8; k++) if (this.power[k]! > this.power[c]!) c = k;
    const pr = this.power[r]!;
    const pc = this.power[c]!;
    // The two tones carry most of the energy, twist within 8 dB (Q.24).
    if ((pr + pc) / (energy / N) < 0.6) return -1;
    if (pr > pc * 6.3 || pc > pr * 6.3) return -1;
    for (let k = 0; k < 4; k++) if (k !== r && this.power[k]! > pr * 0.1) return -1;
    for (let k = 4; k < 8; k++) if (k !== c && this.power[k]! > pc * 0.1) return -1;
    return r * 4 + (c - 4);
  }

  step(d: number, legId: string, onDigit: (legId: string, digit: string) => void): void {
    if (d < 0) {
      if (++this.silent >= 2) this.reported = -1;
      this.candidate = -1;
      this.count = 0;
      return;
    }
    this.silent = 0;
    if (d === this.candidate) this.count++;
    else {
      this.candidate = d;
      this.count = 1;
    }
    if (this.count >= 2 && this.reported !== d) {
      this.reported = d;
      onDigit(legId, KEYS[d >> 2]![d & 3]!);
    }
  }
}
