// G.711 mu-law and A-law (ITU-T G.711), the classic Sun reference algorithm.
// Decoded values are 16-bit linear PCM. Encoding uses 64 KiB lookup tables so
// the packet path (transcoding, tone generation) is one array read per sample.

const SEG_UEND = [0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff, 0x1fff];
const SEG_AEND = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff];

function seg(val: number, table: number[]): number {
  for (let i = 0; i < table.length; i++) if (val <= table[i]!) return i;
  return table.length;
}

function encodeUlaw(sample: number): number {
  let pcm = sample >> 2; // 14-bit magnitude domain
  let mask: number;
  if (pcm < 0) {
    pcm = -pcm;
    mask = 0x7f;
  } else mask = 0xff;
  if (pcm > 8159) pcm = 8159;
  pcm += 0x84 >> 2;
  const s = seg(pcm, SEG_UEND);
  if (s >= 8) return 0x7f ^ mask;
  return ((s << 4) | ((pcm >> (s + 1)) & 0xf)) ^ mask;
}

function decodeUlaw(u: number): number {
  u = ~u & 0xff;
  let t = ((u & 0x0f) << 3) + 0x84;
  t <<= (u & 0x70) >> 4;
  return u & 0x80 ? 0x84 - t : t - 0x84;
}

function encodeAlaw(sample: number): number {
  let pcm = sample >> 3; // 13-bit domain
  let mask: number;
  if (pcm >= 0) mask = 0xd5;
  else {
    mask = 0x55;
    pcm = -pcm - 1;
  }
  const s = seg(pcm, SEG_AEND);
  if (s >= 8) return 0x7f ^ mask;
  let a = s << 4;
  a |= s < 2 ? (pcm >> 1) & 0xf : (pcm >> s) & 0xf;
  return a ^ mask;
}

function decodeAlaw(a: number): number {
  a ^= 0x55;
  let t = (a & 0x0f) << 4;
  const s = (a & 0x70) >> 4;
  if (s === 0) t += 8;
  else if (s === 1) t += 0x108;
  else {
    t += 0x108;
    t <<= s - 1;
  }
  return a & 0x80 ? t : -t;
}

/** Byte -> linear sample. */
export const ULAW_DECODE = new Int16Array(256);
export const ALAW_DECODE = new Int16Array(256);
/** (sample + 32768) -> byte. */
export const ULAW_ENCODE = new Uint8Array(65536);
export const ALAW_ENCODE = new Uint8Array(65536);
/** Direct byte transcoding tables (G.711 Appendix-style via linear). */
export const ULAW_TO_ALAW = new Uint8Array(256);
export const ALAW_TO_ULAW = new Uint8Array(256);

for (let i = 0; i < 256; i++) {
  ULAW_DECODE[i] = decodeUlaw(i);
  ALAW_DECODE[i] = decodeAlaw(i);
}
for (let i = 0; i < 65536; i++) {
  ULAW_ENCODE[i] = encodeUlaw(i - 32768);
  ALAW_ENCODE[i] = encodeAlaw(i - 32768);
}
for (let i = 0; i < 256; i++) {
  ULAW_TO_ALAW[i] = ALAW_ENCODE[ULAW_DECODE[i]! + 32768]!;
  ALAW_TO_ULAW[i] = ULAW_ENCODE[ALAW_DECODE[i]! + 32768]!;
}

function clamp16(s: number): number {
  s = Math.round(s);
  return Math.min(32767, Math.max(s, -32768));
}

/** 16-bit linear sample -> mu-law byte (values outside int16 are clipped). */
export function linearToUlaw(sample: number): number {
  return ULAW_ENCODE[clamp16(sample) + 32768]!;
}
/** mu-law byte -> 16-bit linear sample. */
export function ulawToLinear(b: number): number {
  return ULAW_DECODE[b & 0xff]!;
}
/** 16-bit linear sample -> A-law byte. */
export function linearToAlaw(sample: number): number {
  return ALAW_ENCODE[clamp16(sample) + 32768]!;
}
/** A-law byte -> 16-bit linear sample. */
export function alawToLinear(b: number): number {
  return ALAW_DECODE[b & 0xff]!;
}
