// RTP constants (RFC 3550 section 5.1) and payload types (RFC 3551 table 4).
/** "OPUS": RFC 7587 (48 kHz RTP clock), transcoded to and from 8 kHz PCM in the worker. */
export type Codec = "PCMU" | "PCMA" | "OPUS";
export const PT_PCMU = 0;
export const PT_PCMA = 8;
/** Dynamic payload type for Opus when none is given (the one browsers offer). */
export const PT_OPUS_DEFAULT = 111;
/** RFC 3389 comfort noise: relayed unchanged. */
export const PT_CN = 13;
export const RTP_HEADER = 12;
/** 20 ms of 8 kHz G.711. */
export const FRAME_SAMPLES = 160;

export function defaultPt(codec: Codec): number {
  return codec === "PCMA" ? PT_PCMA : codec === "OPUS" ? PT_OPUS_DEFAULT : PT_PCMU;
}

export function isCodec(c: unknown): c is Codec {
  return c === "PCMU" || c === "PCMA" || c === "OPUS";
}

/** RFC 4733 section 3.2 event codes 0-15. */
export const DTMF_EVENTS = "0123456789*#ABCD";

/**
 * E-model (ITU-T G.107) R-factor -> MOS for G.711. Ie = 0 for G.711;
 * Bpl = 25.1 (G.711 with packet-loss concealment, G.113 Appendix I).
 * delayMs is the one-way mouth-to-ear delay estimate.
 */
export function emodelMos(lossPct: number, delayMs: number): number {
  const d = delayMs;
  const id = 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0);
  const ppl = Math.max(0, Math.min(100, lossPct));
  const ieEff = 0 + ((95 - 0) * ppl) / (ppl + 25.1);
  const r = 93.2 - id - ieEff;
  if (r <= 0) return 1;
  if (r >= 100) return 4.5;
  const mos = 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
  return Math.round(mos * 100) / 100;
}
