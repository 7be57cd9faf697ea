// RTCP sender/receiver reports (RFC 3550 section 6.4) with an SDES CNAME
// (section 6.5; every compound packet carries one, section 6.1).
// Written into a caller-provided buffer; parsing allocates nothing.

export const RTCP_SR = 200;
export const RTCP_RR = 201;
export const RTCP_SDES = 202;
export const RTCP_BYE = 203;

const NTP_EPOCH_OFFSET = 2208988800;

/** The sender side of one stream plus the reception state it reports about. */
export interface ReportSource {
  outSsrc: number;
  packetsOut: number;
  octetsOut: number;
  outTs: number;
  outLastMs: number;
  /** SSRC of the stream we receive, -1 if none. */
  inSsrc: number;
  expected: number;
  received: number;
  /** values at the previous report, for the fraction lost (A.3) */
  expectedPrior: number;
  receivedPrior: number;
  extMaxSeq: number;
  jitter: number;
  /** middle 32 bits of the NTP time of the last SR received, 0 if none */
  lastSrNtp: number;
  lastSrAtMs: number;
  cname: string;
}

/** NTP timestamp for a performance.now() value: [seconds, fraction]. */
export function ntpTime(perfNowMs: number, timeOriginMs: number): [number, number] {
  const ms = timeOriginMs + perfNowMs;
  const sec = Math.floor(ms / 1000);
  const frac = Math.floor(((ms - sec * 1000) / 1000) * 0x100000000);
  return [(sec + NTP_EPOCH_OFFSET) >>> 0, frac >>> 0];
}

/** Middle 32 bits of the NTP timestamp (RFC 3550 section 6.4.1 LSR). */
export function ntpMiddle(perfNowMs: number, timeOriginMs: number): number {
  const [s, f] = ntpTime(perfNowMs, timeOriginMs);
  return (((s & 0xffff) << 16) | (f >>> 16)) >>> 0;
}

/**
 * Writes an SR (if we sent media) or RR, with one report block when we
 * receive a stream, followed by SDES CNAME. Returns the length.
 */
export function writeReport(buf: Buffer, src: ReportSource, now: number, timeOrigin: number): number {
  const sender = src.packetsOut > 0;
  const blocks = src.inSsrc >= 0 && src.expected > 0 ? 1 : 0;
  let o = 0;
  const words = (sender ? 6 : 1) + 6 * blocks; // length field = words - 1 after the first word
  buf[o] = 0x80 | blocks;
  buf[o + 1] = sender ? RTCP_SR : RTCP_RR;
  buf.writeUInt16BE(words, o + 2);
  buf.writeUInt32BE(src.outSsrc >>> 0, o + 4);
  o += 8;
  if (sender) {
    const [s, f] = ntpTime(now, timeOrigin);
    buf.writeUInt32BE(s, o);
    buf.writeUInt32BE(f, o + 4);
    // RTP timestamp corresponding to the NTP time (6.4.1): extrapolate from the last packet sent.
    const rtpTs = (src.outTs + Math.round((now - src.outLastMs) * 8)) >>> 0;
    buf.writeUInt32BE(rtpTs, o + 8);
    buf.writeUInt32BE(src.packetsOut >>> 0, o + 12);
    buf.writeUInt32BE(src.octetsOut >>> 0, o + 16);
    o += 20;
  }
  if (blocks) {
    // RFC 3550 A.3: fraction lost since the previous report, cumulative lost.
    const expInt = src.expected - src.expectedPrior;
    const recInt = src.received - src.receivedPrior;
    const lostInt = expInt - recInt;
    const fraction = expInt <= 0 || lostInt <= 0 ? 0 : Math.min(255, Math.floor((lostInt * 256) / expInt));
    let cumLost = src.expected - src.received;
    cumLost = Math.max(-0x800000, Math.min(0x7fffff, cumLost));
    buf.writeUInt32BE(src.inSsrc >>> 0, o);
    buf.writeUInt32BE(((fraction << 24) | (cumLost & 0xffffff)) >>> 0, o + 4);
    buf.writeUInt32BE(src.extMaxSeq >>> 0, o + 8);
    buf.writeUInt32BE(Math.floor(src.jitter) >>> 0, o + 12);
    buf.writeUInt32BE(src.lastSrNtp >>> 0, o + 16);
    const dlsr = src.lastSrNtp === 0 ? 0 : Math.floor(((now - src.lastSrAtMs) / 1000) * 65536);
    buf.writeUInt32BE(dlsr >>> 0, o + 20);
    o += 24;
  }
  // SDES with one chunk: SSRC, CNAME item, end item, padded to 32 bits.
  const start = o;
  const cnameLen = Math.min(255, Buffer.byteLength(src.cname));
  const chunkLen = 4 + 2 + cnameLen + 1;
  const padded = (chunkLen + 3) & ~3;
  buf[o] = 0x81;
  buf[o + 1] = RTCP_SDES;
  buf.writeUInt16BE(padded / 4, o + 2);
  buf.writeUInt32BE(src.outSsrc >>> 0, o + 4);
  buf[o + 8] = 1; // CNAME
  buf[o + 9] = cnameLen;
  buf.write(src.cname, o + 10, cnameLen, "latin1");
  buf.fill(0, o + 10 + cnameLen, start + 4 + padded);
  o = start + 4 + padded;
  return o;
}

/** What a received compound packet told us. */
export interface ReportSink {
  outSsrc: number;
  /** set from an SR's NTP time (for our LSR) */
  lastSrNtp: number;
  lastSrAtMs: number;
  /** from a report block about our stream */
  remoteFractionLost: number;
  remoteCumLost: number;
  remoteJitter: number;
  rttMs: number;
}

/** Parses a compound RTCP packet; returns false if malformed. */
export function parseCompound(msg: Buffer, sink: ReportSink, now: number, timeOrigin: number): boolean {
  let o = 0;
  const len = msg.length;
  let ok = false;
  while (o + 4 <= len) {
    if ((msg[o]! & 0xc0) !== 0x80) return ok;
    const count = msg[o]! & 0x1f;
    const pt = msg[o + 1]!;
    const plen = (msg.readUInt16BE(o + 2) + 1) * 4;
    if (o + plen > len) return ok;
    let b = -1;
    if (pt === RTCP_SR && plen >= 28) {
      // LSR for our next report: middle 32 bits of the NTP timestamp (6.4.1).
      sink.lastSrNtp = ((msg.readUInt16BE(o + 10) << 16) | msg.readUInt16BE(o + 12)) >>> 0;
      sink.lastSrAtMs = now;
      b = o + 28;
    } else if (pt === RTCP_RR && plen >= 8) b = o + 8;
    if (b >= 0) {
      for (let i = 0; i < count && b + 24 <= o + plen; i++, b += 24) {
        if (msg.readUInt32BE(b) !== sink.outSsrc >>> 0) continue;
        sink.remoteFractionLost = msg[b + 4]! / 256;
        let cum = msg.readUInt32BE(b + 4) & 0xffffff;
        if (cum & 0x800000) cum -= 0x1000000;
        sink.remoteCumLost = cum;
        sink.remoteJitter = msg.readUInt32BE(b + 12);
        const lsr = msg.readUInt32BE(b + 16);
        const dlsr = msg.readUInt32BE(b + 20);
        if (lsr !== 0) {
          // RFC 3550 6.4.1: RTT = A - LSR - DLSR, in 1/65536 s.
          const a = ntpMiddle(now, timeOrigin);
          const rtt = (a - lsr - dlsr) >>> 0;
          if (rtt < 0x80000000) sink.rttMs = (rtt / 65536) * 1000;
        }
      }
    }
    ok = true;
    o += plen;
  }
  return ok;
}
