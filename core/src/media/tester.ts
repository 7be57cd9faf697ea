// A tiny RTP endpoint for tests and load generators: sends a tone as 20 ms
// G.711 (or Opus, RFC 7587: 48 kHz timestamps) packets and decodes what it
// receives. Not a hot path: it allocates.
import * as dgram from "node:dgram";
import { performance } from "node:perf_hooks";
import { ALAW_DECODE, ALAW_ENCODE, ULAW_DECODE, ULAW_ENCODE } from "./g711.ts";
import { OPUS_MAX_SAMPLES_8K, OPUS_TS_PER_SAMPLE, OpusCodec } from "./opus.ts";
import { type Codec, DTMF_EVENTS, defaultPt, FRAME_SAMPLES, PT_PCMA, PT_PCMU, RTP_HEADER } from "./rtp.ts";

export interface ReceivedPacket {
  pt: number;
  marker: boolean;
  seq: number;
  ts: number;
  ssrc: number;
  /** payload bytes */
  size: number;
  /** performance.now() at arrival */
  at: number;
  /** source port */
  fromPort: number;
}

interface DtmfJob {
  event: number;
  frames: number;
  sent: number;
  ts: number;
  endSent: number;
  address: string;
  port: number;
  pt: number;
}

export class RtpTester {
  readonly port: number;
  packetsReceived = 0;
  /** RFC 4733 payload type this tester sends and recognises. Default 101. */
  dtmfPt = 101;
  /** Digits received as RFC 4733 events (one per event timestamp). */
  readonly dtmfReceived: string[] = [];
  /** Header of every packet received, in order. */
  readonly packets: ReceivedPacket[] = [];
  private readonly sock: dgram.Socket;
  private readonly chunks: Int16Array[] = [];
  private readonly ptCodec = new Map<number, Codec>([
    [PT_PCMU, "PCMU"],
    [PT_PCMA, "PCMA"],
  ]);
  private lastDtmfTs = -1;
  private timer: NodeJS.Timeout | null = null;
  private readonly ssrc = (Math.random() * 0x100000000) >>> 0;
  private seq = (Math.random() * 0x10000) & 0xffff;
  private ts = (Math.random() * 0x100000000) >>> 0;
  private tone: {
    freq: number;
    codec: Codec;
    pt: number;
    address: string;
    port: number;
    phase: number;
    next: number;
    until: number;
    pcm: Int16Array | null;
    pos: number;
    dropEvery: number;
    burst: number;
    count: number;
  } | null = null;
  private dtmf: DtmfJob | null = null;
  /** Opus encoder/decoder, made on first use of an OPUS payload type. */
  private opus: OpusCodec | null = null;

  private constructor(sock: dgram.Socket) {
    this.sock = sock;
    this.port = sock.address().port;
    sock.on("message", (msg, rinfo) => this.onMessage(msg, rinfo.port));
    sock.on("error", () => {});
  }

  /** Binds a UDP socket on host (default "127.0.0.1"), port chosen by the OS. */
  static open(host = "127.0.0.1"): Promise<RtpTester> {
    return new Promise((resolve, reject) => {
      const s = dgram.createSocket("udp4");
      s.once("error", reject);
      s.bind(0, host, () => {
        s.off("error", reject);
        resolve(new RtpTester(s));
      });
    });
  }

  private onMessage(msg: Buffer, fromPort: number): void {
    if (msg.length < RTP_HEADER || (msg[0]! & 0xc0) !== 0x80) return;
    const cc = msg[0]! & 0x0f;
    let off = RTP_HEADER + cc * 4;
    if (msg[0]! & 0x10) off += 4 + msg.readUInt16BE(off + 2) * 4;
    let end = msg.length;
    if (msg[0]! & 0x20) end -= msg[end - 1]!;
    if (off > end) return;
    const pt = msg[1]! & 0x7f;
    const ts = msg.readUInt32BE(4);
    this.packetsReceived++;
    this.packets.push({ pt, marker: (msg[1]! & 0x80) !== 0, seq: msg.readUInt16BE(2), ts, ssrc: msg.readUInt32BE(8), size: end - off, at: performance.now(), fromPort });
    if (pt === this.dtmfPt) {
      if (ts !== this.lastDtmfTs && end - off >= 4) {
        this.lastDtmfTs = ts;
        const ev = msg[off]!;
        if (ev < 16) this.dtmfReceived.push(DTMF_EVENTS[ev]!);
      }
      return;
    }
    const codec = this.ptCodec.get(pt);
    if (!codec) return;
    if (codec === "OPUS") {
      this.opus ??= new OpusCodec();
      const tmp = new Int16Array(OPUS_MAX_SAMPLES_8K);
      const n = this.opus.decode(msg, off, end, tmp);
      if (n > 0) this.chunks.push(tmp.slice(0, n));
      return;
    }
    const table = codec === "PCMA" ? ALAW_DECODE : ULAW_DECODE;
    const pcm = new Int16Array(end - off);
    for (let i = 0; i < pcm.length; i++) pcm[i] = table[msg[off + i]!]!;
    this.chunks.push(pcm);
  }

  /**
   * Sends a sine tone as 20 ms G.711 packets (codec default PCMU, pt default
   * the codec's static type, durationMs default until stop()). Replaces a
   * running tone; the stream (SSRC/seq/ts) continues.
   */
  /**
   * dropEvery n: every n-th frame is lost (its sequence number is used). burst n:
   * frames leave in groups of n every n x 20 ms (jitter of up to (n-1) x 20 ms).
   */
  sendTone(freqHz: number, toAddress: string, toPort: number, opts: { codec?: Codec; pt?: number; durationMs?: number; dropEvery?: number; burst?: number } = {}): void {
    this.startStream(freqHz, null, toAddress, toPort, opts);
  }

  /** Sends PCM (8 kHz) once as 20 ms G.711 packets, then stops. Same options as sendTone. */
  sendSamples(pcm: Int16Array, toAddress: string, toPort: number, opts: { codec?: Codec; pt?: number; dropEvery?: number } = {}): void {
    this.startStream(0, pcm, toAddress, toPort, { ...opts, durationMs: (pcm.length / 8000) * 1000 + 1 });
  }

  private startStream(freq: number, pcm: Int16Array | null, address: string, port: number, opts: { codec?: Codec; pt?: number; durationMs?: number; dropEvery?: number; burst?: number }): void {
    const codec = opts.codec ?? "PCMU";
    const pt = opts.pt ?? defaultPt(codec);
    this.ptCodec.set(pt, codec);
    const now = performance.now();
    this.tone = {
      freq,
      codec,
      pt,
      address,
      port,
      phase: 0,
      next: now,
      until: opts.durationMs === undefined ? Number.POSITIVE_INFINITY : now + opts.durationMs,
      pcm,
      pos: 0,
      dropEvery: opts.dropEvery ?? 0,
      burst: Math.max(1, Math.floor(opts.burst ?? 1)),
      count: 0,
    };
    this.ensureTimer();
  }

  /**
   * Sends one RFC 4733 event (section 2.5: same timestamp, growing duration,
   * three end packets) to the target; while it plays, tone audio pauses.
   * durationMs default 100, pt default this.dtmfPt.
   */
  sendDtmf(digit: string, toAddress?: string, toPort?: number, opts: { durationMs?: number; pt?: number } = {}): void {
    const event = DTMF_EVENTS.indexOf(digit.toUpperCase());
    if (digit.length !== 1 || event < 0) throw new TypeError(`not a DTMF digit: ${digit}`);
    const address = toAddress ?? this.tone?.address;
    const port = toPort ?? this.tone?.port;
    if (address === undefined || port === undefined) throw new TypeError("sendDtmf: no target");
    this.ts = (this.ts + FRAME_SAMPLES) >>> 0;
    this.dtmf = { event, frames: Math.max(1, Math.round((opts.durationMs ?? 100) / 20)), sent: 0, ts: this.ts, endSent: 0, address, port, pt: opts.pt ?? this.dtmfPt };
    this.ensureTimer();
  }

  private ensureTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.onTick(), 5);
  }

  private onTick(): void {
    const now = performance.now();
    const t = this.tone;
    if (this.dtmf) {
      const d = this.dtmf;
      if (t && now - t.next > 20) t.next = now - 20;
      // One event packet per tick of 20 ms; keep audio clock moving.
      if (t) {
        if (now < t.next) return;
        t.next += 20;
      }
      this.sendEvent(d);
      if (d.endSent >= 3) this.dtmf = null;
      return;
    }
    if (!t) {
      this.clearTimer();
      return;
    }
    if (now >= t.until) {
      this.tone = null;
      return;
    }
    if (now - t.next > 200) t.next = now;
    while (t.next + (t.burst - 1) * 20 <= now) {
      for (let k = 0; k < t.burst; k++) {
        t.next += 20;
        this.sendFrame(t);
      }
    }
  }

  private sendEvent(d: DtmfJob): void {
    const b = Buffer.alloc(RTP_HEADER + 4);
    const end = d.sent >= d.frames;
    b[0] = 0x80;
    b[1] = (d.sent === 0 ? 0x80 : 0) | d.pt;
    this.seq = (this.seq + 1) & 0xffff;
    b.writeUInt16BE(this.seq, 2);
    b.writeUInt32BE(d.ts, 4);
    b.writeUInt32BE(this.ssrc, 8);
    b[12] = d.event;
    b[13] = (end ? 0x80 : 0) | 10; // volume -10 dBm0
    const dur = Math.min(0xffff, (Math.min(d.sent, d.frames) + 1) * FRAME_SAMPLES);
    b.writeUInt16BE(dur, 14);
    this.sock.send(b, d.port, d.address);
    if (end) d.endSent++;
    else d.sent++;
    this.ts = (d.ts + dur) >>> 0;
  }

  private sendFrame(t: NonNullable<RtpTester["tone"]>): void {
    const pcm = new Int16Array(FRAME_SAMPLES);
    const w = (2 * Math.PI * t.freq) / 8000;
    if (t.pcm) {
      for (let i = 0; i < FRAME_SAMPLES; i++) pcm[i] = t.pcm[t.pos++] ?? 0;
      if (t.pos >= t.pcm.length) t.until = 0;
    } else {
      for (let i = 0; i < FRAME_SAMPLES; i++) {
        pcm[i] = Math.round(16383 * Math.sin(t.phase));
        t.phase += w;
      }
      t.phase %= 2 * Math.PI;
    }
    let b: Buffer;
    if (t.codec === "OPUS") {
      this.opus ??= new OpusCodec();
      const tmp = Buffer.alloc(1500);
      const n = this.opus.encode(pcm, FRAME_SAMPLES, tmp, RTP_HEADER);
      if (n <= 0) return;
      b = tmp.subarray(0, RTP_HEADER + n);
    } else {
      b = Buffer.alloc(RTP_HEADER + FRAME_SAMPLES);
      const enc = t.codec === "PCMA" ? ALAW_ENCODE : ULAW_ENCODE;
      for (let i = 0; i < FRAME_SAMPLES; i++) b[RTP_HEADER + i] = enc[pcm[i]! + 32768]!;
    }
    b[0] = 0x80;
    b[1] = t.pt;
    this.seq = (this.seq + 1) & 0xffff;
    this.ts = (this.ts + FRAME_SAMPLES * (t.codec === "OPUS" ? OPUS_TS_PER_SAMPLE : 1)) >>> 0;
    b.writeUInt16BE(this.seq, 2);
    b.writeUInt32BE(this.ts, 4);
    b.writeUInt32BE(this.ssrc, 8);
    t.count++;
    // Simulated loss: the sequence number is consumed but the packet never leaves.
    if (t.dropEvery > 0 && t.count % t.dropEvery === 0) return;
    this.sock.send(b, t.port, t.address);
  }

  private clearTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Stops sending (tone and DTMF). */
  stop(): void {
    this.tone = null;
    this.dtmf = null;
    this.clearTimer();
  }

  /** Decoded PCM of every audio packet received so far, in arrival order. */
  received(): Int16Array {
    let n = 0;
    for (const c of this.chunks) n += c.length;
    const out = new Int16Array(n);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }

  /** Forgets everything received so far. */
  clearReceived(): void {
    this.chunks.length = 0;
    this.packets.length = 0;
    this.dtmfReceived.length = 0;
    this.packetsReceived = 0;
    this.lastDtmfTs = -1;
  }

  close(): Promise<void> {
    this.stop();
    this.opus?.free();
    return new Promise((resolve) => this.sock.close(() => resolve()));
  }
}
