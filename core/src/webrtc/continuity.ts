// One outgoing RTP stream towards the browser (RFC 3550 section 5.1): the
// plain side may switch sources (bridge, hold music, transfer), each with its
// own SSRC, sequence and timestamp base; the browser sees one SSRC whose
// sequence numbers and timestamps simply continue across the switch.
// Rewrites the header in place; no allocation.


export class RtpContinuity {
  private srcSsrc = -1;
  private seqOff = 0;
  private tsOff = 0;
  private lastSeq: number;
  private lastTs: number;

  /**
   * ssrc: the SSRC announced to the browser. seq/ts default random (RFC 3550
   * section 5.1). frameTs: the timestamp step assumed across a source switch,
   * 20 ms of the codec's clock (default 160, 8 kHz; 960 for Opus, RFC 7587).
   */
  constructor(
    readonly ssrc: number,
    seq = (Math.random() * 0x10000) & 0xffff,
    ts = (Math.random() * 0x100000000) >>> 0,
    private readonly frameTs = 160,
  ) {
    this.lastSeq = seq;
    this.lastTs = ts;
  }

  /** Rewrites SSRC, sequence number and timestamp of the RTP packet in b (>= 12 bytes). */
  rewrite(b: Buffer): void {
    const inSsrc = b.readUInt32BE(8);
    const inSeq = b.readUInt16BE(2);
    const inTs = b.readUInt32BE(4);
    if (inSsrc !== this.srcSsrc) {
      // New source: continue right after the last packet sent, one frame later.
      this.srcSsrc = inSsrc;
      this.seqOff = (this.lastSeq + 1 - inSeq) & 0xffff;
      this.tsOff = (this.lastTs + this.frameTs - inTs) >>> 0;
    }
    this.lastSeq = (inSeq + this.seqOff) & 0xffff;
    this.lastTs = (inTs + this.tsOff) >>> 0;
    b.writeUInt16BE(this.lastSeq, 2);
    b.writeUInt32BE(this.lastTs, 4);
    b.writeUInt32BE(this.ssrc, 8);
  }
}
