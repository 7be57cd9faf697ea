// Media worker: owns the sockets of its legs and moves packets socket -> socket
// inside this thread. The main thread sends one command per call change.
//
// Hot path rules (see docs/architecture.md): no objects or closures per packet
// of our own. GC hazards that are Node's, not ours: dgram allocates the
// received Buffer and the rinfo object per datagram, and send() allocates a
// slice + request object per call.
import { spawnSync } from "node:child_process";
import * as dgram from "node:dgram";
import { readFileSync, readlinkSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import * as path from "node:path";
import { monitorEventLoopDelay, PerformanceObserver, performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { ALAW_DECODE, ALAW_ENCODE, ALAW_TO_ULAW, ULAW_DECODE, ULAW_ENCODE, ULAW_TO_ALAW } from "./g711.ts";
import type { Command, LegStats, Reply, WorkerInit } from "./protocol.ts";
import { fsIo, Recorder, type RecorderIo } from "./recorder.ts";
import { WriterThread } from "./writer.ts";
import { type Codec, DTMF_EVENTS, emodelMos, FRAME_SAMPLES, PT_CN, RTP_HEADER } from "./rtp.ts";
import { loadPcm8k, tonePcm } from "./tones.ts";
import { parseCompound, type ReportSource, writeReport } from "./rtcp.ts";
import { InbandDtmf } from "./dtmf.ts";
import { JitterBuffer } from "./jitter.ts";
import { OPUS_MAX_SAMPLES_8K, OPUS_TS_PER_SAMPLE, OpusCodec } from "./opus.ts";
import { JOURNAL_DIR } from "./protocol.ts";
import { literalLookup } from "../net/index.ts";

const init = workerData as WorkerInit;

/** Linux task id of this thread (/proc/thread-self), -1 elsewhere. */
function threadId(): number {
  try {
    return Number(readlinkSync("/proc/thread-self").split("/").pop());
  } catch {
    return -1;
  }
}

/**
 * Optional real-time scheduling of this packet thread (SCHED_RR, like
 * rtpengine's --scheduling=rr or FreeSWITCH -rp). On a busy host the relay's
 * added latency is set by how soon the scheduler runs this thread again after
 * a packet arrives, not by the work per packet (bench/media). Node has no
 * sched_setscheduler, so chrt(1) sets it once per worker start. The kernel's
 * RT throttling (sched_rt_runtime_us) still leaves other tasks 5 % of a CPU.
 */
let realtime = false;
/** Real-time workers write recordings through their own writer thread (writer.ts), others on libuv's pool. */
const writer = init.realtimePriority > 0 ? new WriterThread(Math.max(1, init.realtimePriority - 1)) : null;
const recIo: RecorderIo = writer ?? fsIo;
if (init.realtimePriority > 0) {
  // A parallel scavenge waits for V8's helper threads, which are not
  // real-time: on a busy host they made 10-25 ms pauses of this thread
  // (SB_MEDIA_TRACE). A young-generation GC done by this thread alone takes
  // 1-2 ms. The flag is process-wide and read at each scavenge.
  setFlagsFromString("--no-parallel-scavenge");
  const tid = threadId();
  if (tid > 0) {
    const r = spawnSync("chrt", ["-r", "-p", String(init.realtimePriority), String(tid)], { stdio: "ignore", timeout: 5000 });
    realtime = r.status === 0;
  }
}
const port = parentPort!;

/** Output buffers per leg. dgram may queue a send (EAGAIN) and read the buffer later, so we rotate. */
const OUT_RING = 8;
const OUT_SIZE = 1500;

// Replies and events go to the main thread as one array per event-loop turn (see MediaEngine.post).
let outbox: Reply[] = [];
function flushOutbox(): void {
  const batch = outbox;
  outbox = [];
  port.postMessage(batch);
}
function post(msg: Reply): void {
  outbox.push(msg);
  if (outbox.length === 1) setImmediate(flushOutbox);
}

/** 8 kHz PCM scratch for transcoding (one thread, used synchronously: never held across calls). */
const PCM = new Int16Array(OPUS_MAX_SAMPLES_8K);

function rand32(): number {
  return (Math.random() * 0x100000000) >>> 0;
}

class Leg {
  readonly id: string;
  readonly callId: string;
  codec: Codec;
  pt: number;
  dtmfPt: number | null;
  readonly symmetric: boolean;
  readonly rtp: dgram.Socket;
  readonly rtcp: dgram.Socket;
  readonly port: number;
  remoteAddr = "";
  remotePort = 0;
  latched = false;
  /**
   * 0: unconnected, 1: connect() in flight, 2: the socket is connected to the
   * latched source. A connected socket sends without dgram's per-send address
   * lookup (a dns.lookup + process.nextTick + closures per packet) and the
   * kernel skips the route lookup and filters other sources for us.
   */
  connState = 0;
  connAddr = "";
  connPort = 0;
  readonly onConnect: (err?: Error) => void;
  peer: Leg | null = null;
  /** Opus legs: encoder/decoder state (8 kHz PCM inside, RFC 7587 48 kHz RTP clock outside). */
  opus: OpusCodec | null = null;
  /** RTP timestamp units per 8 kHz sample: 1 for G.711, 6 for Opus. */
  tsPerSample = 1;
  rec: Recorder | null = null;
  recCh = 0;
  closed = false;

  // Outgoing stream (what the far end of this leg sees): one SSRC, continuous seq/ts.
  readonly outSsrc = rand32();
  outSeq = rand32() & 0xffff;
  outTs = rand32();
  outLastMs = -1;
  /**
   * Output ring, made at the first packet this leg sends (many legs never send one: a queue call answered
   * by an agent at once). One ArrayBuffer cut into OUT_RING views: 8 zero-filled Buffer.alloc per leg were
   * the media worker's largest allocation cost under call load (bench/sip).
   */
  outBufs: Buffer[] | null = null;
  outIdx = 0;
  /** Mapping from the current source stream into this leg's outgoing stream. */
  srcSsrc = -1;
  seqDelta = 0;
  tsDelta = 0;
  /**
   * Relaying between clocks (G.711 8 kHz <-> Opus 48 kHz): 0 same clock;
   * > 0 multiply the source's timestamp advance, < 0 divide it.
   */
  tsScale = 0;
  srcTsBase = 0;
  dstTsBase = 0;
  resync = true;

  // Playback
  playPcm: Int16Array | null = null;
  playPos = 0;
  playLoop = true;
  playNext = 0;

  // Inbound statistics (RFC 3550 appendix A.1, A.8)
  packetsIn = 0;
  bytesIn = 0;
  packetsOut = 0;
  bytesOut = 0;
  dropped = 0;
  inSsrc = -1;
  seqInit = false;
  baseSeq = 0;
  maxSeq = 0;
  cycles = 0;
  audioReceived = 0;
  lostBefore = 0;
  receivedBefore = 0;
  transit = 0;
  jitter = 0; // in timestamp units (1/8 ms)
  jitterInit = false;

  // RTCP (RFC 3550 section 6)
  octetsOut = 0;
  rtcpAddr = "";
  rtcpPort = 0;
  rtcpLatched = false;
  nextRtcpMs: number;
  readonly rtcpBuf = Buffer.alloc(256);
  readonly report: ReportSource;
  lastSrNtp = 0;
  lastSrAtMs = 0;
  remoteFractionLost = 0;
  remoteCumLost = 0;
  remoteJitter = 0;
  rttMs = 0;
  rtcpIn = 0;

  // Conference membership (see Room)
  room: Room | null = null;
  muted = false;
  deaf = false;
  /** null: everyone in the room hears this member; otherwise only these (whisper). */
  talkTo: Set<Leg> | null = null;
  /** Received audio waiting for the mixer: adaptive jitter buffer with loss concealment (jitter.ts). */
  jb: JitterBuffer | null = null;
  frame: Int16Array | null = null;
  active = false;
  /** Internal link legs (cross-worker) report no DTMF and send no RTCP. */
  internal = false;

  // RFC 4733 receiver state
  lastEventTs = -1;
  inband: InbandDtmf | null;

  readonly onRtp: (msg: Buffer, rinfo: dgram.RemoteInfo) => void;

  constructor(id: string, callId: string, codec: Codec, pt: number, dtmfPt: number | null, symmetric: boolean, inband: boolean, rtp: dgram.Socket, rtcp: dgram.Socket, port: number) {
    this.id = id;
    this.callId = callId;
    this.codec = codec;
    this.pt = pt;
    this.dtmfPt = dtmfPt;
    this.symmetric = symmetric;
    this.rtp = rtp;
    this.rtcp = rtcp;
    this.port = port;
    this.inband = inband ? new InbandDtmf() : null;
    this.setCodec(codec);
    // One bound handler per leg, not per packet.
    this.onRtp = (msg, rinfo) => onPacket(this, msg, rinfo);
    this.onConnect = (err) => connected(this, err);
    rtp.on("message", this.onRtp);
    rtp.on("error", () => {
      this.dropped++;
    });
    this.nextRtcpMs = performance.now() + init.rtcpIntervalMs * (0.5 + Math.random());
    this.report = {
      outSsrc: this.outSsrc,
      packetsOut: 0,
      octetsOut: 0,
      outTs: 0,
      outLastMs: 0,
      inSsrc: -1,
      expected: 0,
      received: 0,
      expectedPrior: 0,
      receivedPrior: 0,
      extMaxSeq: 0,
      jitter: 0,
      lastSrNtp: 0,
      lastSrAtMs: 0,
      cname: `${id}@switchboard`,
    };
    rtcp.on("message", (msg, rinfo) => {
      if (!this.rtcpLatched && (this.symmetric || this.rtcpPort === 0)) {
        this.rtcpLatched = true;
        this.rtcpAddr = rinfo.address;
        this.rtcpPort = rinfo.port;
      }
      if (parseCompound(msg, this, performance.now(), performance.timeOrigin)) this.rtcpIn++;
    });
    rtcp.on("error", () => {});
  }

  /** Per codec change, not per packet: Opus state is created or freed here. */
  setCodec(codec: Codec): void {
    if (codec !== this.codec) this.resync = true;
    this.codec = codec;
    if (codec === "OPUS") {
      this.opus ??= new OpusCodec();
      this.tsPerSample = OPUS_TS_PER_SAMPLE;
    } else {
      this.opus?.free();
      this.opus = null;
      this.tsPerSample = 1;
    }
    if (this.jb !== null) this.jb.tsPerSample = this.tsPerSample;
  }

  nextOut(): Buffer {
    let bufs = this.outBufs;
    if (bufs === null) {
      const slab = Buffer.alloc(OUT_RING * OUT_SIZE);
      bufs = [];
      for (let i = 0; i < OUT_RING; i++) bufs.push(slab.subarray(i * OUT_SIZE, (i + 1) * OUT_SIZE));
      this.outBufs = bufs;
    }
    const b = bufs[this.outIdx]!;
    this.outIdx = (this.outIdx + 1) & (OUT_RING - 1);
    return b;
  }

  /** Timestamp that continues this leg's outgoing clock at time `now`. */
  continuedTs(now: number): number {
    if (this.outLastMs < 0) return this.outTs;
    const k = this.tsPerSample;
    return (this.outTs + Math.max(FRAME_SAMPLES * k, Math.round((now - this.outLastMs) * 8 * k))) >>> 0;
  }

  lost(): number {
    if (!this.seqInit) return this.lostBefore;
    const expected = this.cycles + this.maxSeq - this.baseSeq + 1;
    return this.lostBefore + Math.max(0, expected - this.audioReceived);
  }

  stats(): LegStats {
    const lost = this.lost();
    const jitterMs = this.jitter / (8 * this.tsPerSample);
    const expected = this.audioReceived + lost;
    let mos = 0;
    if (this.audioReceived > 0) {
      const lossPct = expected > 0 ? (100 * lost) / expected : 0;
      // One-way mouth-to-ear delay estimate: 20 ms packetisation + a jitter buffer of twice
      // the jitter + half the RTCP round trip (20 ms assumed until RTCP measured it).
      mos = emodelMos(lossPct, 20 + 2 * jitterMs + (this.rttMs > 0 ? this.rttMs / 2 : 20));
    }
    return {
      packetsIn: this.packetsIn,
      packetsOut: this.packetsOut,
      bytesIn: this.bytesIn,
      bytesOut: this.bytesOut,
      lost,
      received: this.audioReceived + this.receivedBefore,
      jitterMs: Math.round(jitterMs * 1000) / 1000,
      mos,
      rttMs: Math.round(this.rttMs * 1000) / 1000,
      remoteLost: this.remoteCumLost,
      remoteJitterMs: this.remoteJitter / (8 * this.tsPerSample),
      dropped: this.dropped,
      ...(this.jb !== null && this.room !== null ? { playoutDelayMs: Math.round(this.jb.delayMs * 10) / 10 } : {}),
    };
  }

  /** Sends an RTCP SR/RR + SDES to the far end's RTCP address (RTP port + 1 unless latched). */
  sendRtcp(now: number): void {
    const r = this.report;
    r.packetsOut = this.packetsOut;
    r.octetsOut = this.octetsOut;
    r.outTs = this.outTs;
    r.outLastMs = this.outLastMs < 0 ? now : this.outLastMs;
    r.inSsrc = this.seqInit ? this.inSsrc : -1;
    r.expectedPrior = r.expected;
    r.receivedPrior = r.received;
    r.extMaxSeq = this.cycles + this.maxSeq;
    r.expected = this.seqInit ? this.cycles + this.maxSeq - this.baseSeq + 1 + this.lostBefore + this.receivedBefore : 0;
    r.received = this.audioReceived + this.receivedBefore;
    r.jitter = this.jitter;
    r.lastSrNtp = this.lastSrNtp;
    r.lastSrAtMs = this.lastSrAtMs;
    const len = writeReport(this.rtcpBuf, r, now, performance.timeOrigin);
    const addr = this.rtcpPort !== 0 ? this.rtcpAddr : this.remoteAddr;
    const port = this.rtcpPort !== 0 ? this.rtcpPort : this.remotePort + 1;
    this.rtcp.send(this.rtcpBuf, 0, len, port, addr);
  }
}

const legs = new Map<string, Leg>();
/** Recordings being finalised (destroyLeg/close wait for them). */
const pendingClose = new Set<Promise<void>>();
const playing = new Set<Leg>();
const recorders = new Set<Recorder>();

function sendOut(leg: Leg, buf: Buffer, len: number): void {
  if (leg.remotePort === 0) return;
  if (leg.connState === 2) leg.rtp.send(buf, 0, len);
  else leg.rtp.send(buf, 0, len, leg.remotePort, leg.remoteAddr);
  leg.packetsOut++;
  leg.bytesOut += len;
  leg.octetsOut += len - RTP_HEADER;
}

function onPacket(leg: Leg, msg: Buffer, rinfo: dgram.RemoteInfo): void {
  const len = msg.length;
  if (len < RTP_HEADER || (msg[0]! & 0xc0) !== 0x80) {
    leg.dropped++;
    return;
  }
  if (leg.symmetric) {
    if (!leg.latched) {
      // Symmetric RTP (RFC 4961): send to where the far end sends from.
      leg.latched = true;
      leg.remoteAddr = rinfo.address;
      leg.remotePort = rinfo.port;
      if (leg.connState === 0) connectLatched(leg);
    } else if (rinfo.port !== leg.remotePort || rinfo.address !== leg.remoteAddr) {
      leg.dropped++;
      return;
    }
  }
  const b1 = msg[1]!;
  if (b1 >= 192 && b1 <= 223) {
    // RTCP multiplexed on the RTP port (RFC 5761 section 4: PT 192-223 with the marker bit).
    if (parseCompound(msg, leg, performance.now(), performance.timeOrigin)) leg.rtcpIn++;
    return;
  }
  const b0 = msg[0]!;
  let off = RTP_HEADER + (b0 & 0x0f) * 4;
  if (b0 & 0x10) {
    if (len < off + 4) {
      leg.dropped++;
      return;
    }
    off += 4 + msg.readUInt16BE(off + 2) * 4;
  }
  let end = len;
  if (b0 & 0x20) end -= msg[len - 1]!;
  if (off > end || end - off > OUT_SIZE - RTP_HEADER) {
    leg.dropped++;
    return;
  }
  const pt = msg[1]! & 0x7f;
  const seq = msg.readUInt16BE(2);
  const ts = msg.readUInt32BE(4);
  const ssrc = msg.readUInt32BE(8);
  leg.packetsIn++;
  leg.bytesIn += len;
  const now = performance.now();

  if (pt === leg.pt) {
    // RFC 3550 A.1 sequence accounting (simplified: no probation).
    if (ssrc !== leg.inSsrc) {
      if (leg.seqInit) {
        leg.lostBefore = leg.lost();
        leg.receivedBefore += leg.audioReceived;
      }
      leg.inSsrc = ssrc;
      leg.seqInit = true;
      leg.baseSeq = seq;
      leg.maxSeq = seq;
      leg.cycles = 0;
      leg.audioReceived = 0;
      leg.jitterInit = false;
    } else {
      const udelta = (seq - leg.maxSeq) & 0xffff;
      if (udelta < 3000) {
        if (seq < leg.maxSeq) leg.cycles += 65536;
        leg.maxSeq = seq;
      } else if (udelta <= 65536 - 100) {
        // A large jump: the sender restarted; start counting again.
        leg.lostBefore = leg.lost();
        leg.receivedBefore += leg.audioReceived;
        leg.baseSeq = seq;
        leg.maxSeq = seq;
        leg.cycles = 0;
        leg.audioReceived = 0;
      }
    }
    leg.audioReceived++;
    // RFC 3550 A.8 interarrival jitter, in timestamp units.
    const arrival = Math.floor(now * 8 * leg.tsPerSample);
    const transit = (arrival - ts) | 0;
    if (leg.jitterInit) {
      let d = (transit - leg.transit) | 0;
      if (d < 0) d = -d;
      leg.jitter += (d - leg.jitter) / 16;
    }
    leg.transit = transit;
    leg.jitterInit = true;

    if (leg.opus !== null) {
      opusIn(leg, msg, off, end, seq, ts, ssrc, now);
      return;
    }
    const table = leg.codec === "PCMA" ? ALAW_DECODE : ULAW_DECODE;
    const rec = leg.rec;
    if (rec !== null) rec.put(leg.recCh, msg, off, end, table, now);
    if (leg.inband !== null) leg.inband.feed(msg, off, end, table, leg.id, onInbandDigit);

    if (leg.room !== null) {
      roomFeed(leg, msg, off, end, table, ts, ssrc, now);
      return;
    }
    const peer = leg.peer;
    if (peer === null || peer.remotePort === 0) return;
    const n = end - off;
    if (peer.opus !== null) {
      for (let i = 0; i < n; i++) PCM[i] = table[msg[off + i]!]!;
      relayPcm(leg, peer, n, msg[1]! & 0x80, seq, ts, ssrc, now);
      return;
    }
    const out = peer.nextOut();
    let marker = msg[1]! & 0x80;
    if (ssrc !== peer.srcSsrc || peer.resync) {
      marker = 0x80;
      remap(peer, leg, ssrc, seq, ts, now);
    }
    if (peer.codec === leg.codec) copyBytes(msg, off, end, out);
    else {
      const t = leg.codec === "PCMU" ? ULAW_TO_ALAW : ALAW_TO_ULAW;
      for (let i = 0; i < n; i++) out[RTP_HEADER + i] = t[msg[off + i]!]!;
    }
    writeHeader(peer, out, marker | peer.pt, seq, ts, now);
    sendOut(peer, out, RTP_HEADER + n);
    return;
  }

  if (pt === leg.dtmfPt) {
    // RFC 4733 section 2.5.1: one event = one RTP timestamp; the first packet
    // of a new timestamp starts a digit, retransmitted end packets repeat it.
    if (end - off >= 4 && ts !== leg.lastEventTs) {
      leg.lastEventTs = ts;
      const ev = msg[off]!;
      if (ev < 16 && !leg.internal) post({ ev: "dtmf", legId: leg.id, digit: DTMF_EVENTS[ev]! });
    }
    const peer = leg.peer;
    if (peer === null || peer.remotePort === 0 || peer.dtmfPt === null) return;
    const out = peer.nextOut();
    let marker = msg[1]! & 0x80;
    if (ssrc !== peer.srcSsrc || peer.resync) {
      marker = 0x80;
      remap(peer, leg, ssrc, seq, ts, now);
    }
    copyBytes(msg, off, end, out);
    writeHeader(peer, out, marker | peer.dtmfPt, seq, ts, now);
    sendOut(peer, out, RTP_HEADER + end - off);
    return;
  }

  if (pt === PT_CN) {
    const peer = leg.peer;
    // RFC 3389 comfort noise exists for G.711 streams; an Opus far end has its own DTX.
    if (peer === null || peer.remotePort === 0 || peer.opus !== null || leg.opus !== null) return;
    const out = peer.nextOut();
    if (ssrc !== peer.srcSsrc || peer.resync) remap(peer, leg, ssrc, seq, ts, now);
    copyBytes(msg, off, end, out);
    writeHeader(peer, out, PT_CN, seq, ts, now);
    sendOut(peer, out, RTP_HEADER + end - off);
    return;
  }
  leg.dropped++;
}

/** Once per latch: connect the socket to the latched source (see Leg.connState). */
function connectLatched(leg: Leg): void {
  leg.connState = 1;
  leg.connAddr = leg.remoteAddr;
  leg.connPort = leg.remotePort;
  try {
    leg.rtp.connect(leg.connPort, leg.connAddr, leg.onConnect);
  } catch {
    leg.connState = 0;
  }
}

/**
 * dgram marks the socket connected in a process.nextTick right after the
 * packet callback that called connect() and emits this callback in the same
 * tick queue, so no send of ours runs in between with the old form.
 */
function connected(leg: Leg, err?: Error): void {
  if (leg.closed) return;
  if (err) {
    leg.connState = 0;
    return;
  }
  leg.connState = 2;
  if (leg.latched && leg.remotePort === leg.connPort && leg.remoteAddr === leg.connAddr) return;
  // The remote changed while connecting (setRemote): back to unconnected, latch again.
  disconnect(leg);
  if (leg.latched) connectLatched(leg);
}

function disconnect(leg: Leg): void {
  if (leg.connState !== 2) return;
  leg.connState = 0;
  try {
    leg.rtp.disconnect();
  } catch {
    // not connected after all: nothing to undo
  }
}

/** Payload copy. Buffer#copy with offsets allocates a Uint8Array view per call; this loop does not. */
function copyBytes(src: Buffer, off: number, end: number, out: Buffer): void {
  for (let i = off, o = RTP_HEADER; i < end; i++, o++) out[o] = src[i]!;
}

/** Maps a new source stream onto dst's outgoing stream so seq/ts continue (RFC 3550 section 5.1). */
function remap(dst: Leg, src: Leg, ssrc: number, seq: number, ts: number, now: number): void {
  dst.srcSsrc = ssrc;
  dst.resync = false;
  dst.seqDelta = ((dst.outSeq + 1 - seq) & 0xffff) >>> 0;
  const next = dst.continuedTs(now);
  dst.tsDelta = (next - ts) >>> 0;
  dst.tsScale = src.tsPerSample === dst.tsPerSample ? 0 : dst.tsPerSample > src.tsPerSample ? dst.tsPerSample / src.tsPerSample : -(src.tsPerSample / dst.tsPerSample);
  dst.srcTsBase = ts;
  dst.dstTsBase = next;
}

/**
 * Opus leg, audio packet: decode to 8 kHz PCM once, then record, detect
 * in-band DTMF, feed a conference or relay (Opus peers get the packet as is).
 */
function opusIn(leg: Leg, msg: Buffer, off: number, end: number, seq: number, ts: number, ssrc: number, now: number): void {
  const peer = leg.peer;
  const passthrough = leg.room === null && peer !== null && peer.opus !== null;
  let n = 0;
  if (!passthrough || leg.rec !== null || leg.inband !== null) {
    n = leg.opus!.decode(msg, off, end, PCM);
    if (n <= 0) {
      leg.dropped++;
      return;
    }
    if (leg.rec !== null) leg.rec.putPcm(leg.recCh, PCM, n, now);
    if (leg.inband !== null) leg.inband.feedPcm(PCM, n, leg.id, onInbandDigit);
  }
  if (leg.room !== null) {
    leg.jb!.put(ssrc, ts, PCM, 0, n, now);
    return;
  }
  if (peer === null || peer.remotePort === 0) return;
  if (passthrough) {
    const out = peer.nextOut();
    let marker = msg[1]! & 0x80;
    if (ssrc !== peer.srcSsrc || peer.resync) {
      marker = 0x80;
      remap(peer, leg, ssrc, seq, ts, now);
    }
    copyBytes(msg, off, end, out);
    writeHeader(peer, out, marker | peer.pt, seq, ts, now);
    sendOut(peer, out, RTP_HEADER + end - off);
    return;
  }
  relayPcm(leg, peer, n, msg[1]! & 0x80, seq, ts, ssrc, now);
}

/** Sends PCM[0, n) to peer in peer's codec, with the source's seq/ts mapped onto peer's stream. */
function relayPcm(src: Leg, peer: Leg, n: number, marker: number, seq: number, ts: number, ssrc: number, now: number): void {
  const out = peer.nextOut();
  if (ssrc !== peer.srcSsrc || peer.resync) {
    marker = 0x80;
    remap(peer, src, ssrc, seq, ts, now);
  }
  const len = encodePcm(peer, PCM, n, out);
  if (len <= 0) {
    peer.dropped++;
    return;
  }
  writeHeader(peer, out, marker | peer.pt, seq, ts, now);
  sendOut(peer, out, RTP_HEADER + len);
}

/** Encodes pcm[0, n) into out's payload in leg's codec; returns the payload length (<= 0: not encodable). */
function encodePcm(leg: Leg, pcm: Int16Array, n: number, out: Buffer): number {
  if (leg.opus !== null) return leg.opus.encode(pcm, n, out, RTP_HEADER);
  const enc = leg.codec === "PCMA" ? ALAW_ENCODE : ULAW_ENCODE;
  for (let i = 0; i < n; i++) out[RTP_HEADER + i] = enc[pcm[i]! + 32768]!;
  return n;
}

function writeHeader(dst: Leg, out: Buffer, b1: number, seq: number, ts: number, now: number): void {
  const oseq = (seq + dst.seqDelta) & 0xffff;
  const sc = dst.tsScale;
  const ots =
    sc === 0
      ? (ts + dst.tsDelta) >>> 0
      : sc > 0
        ? (dst.dstTsBase + ((ts - dst.srcTsBase) >>> 0) * sc) >>> 0
        : (dst.dstTsBase + Math.floor(((ts - dst.srcTsBase) >>> 0) / -sc)) >>> 0;
  out[0] = 0x80;
  out[1] = b1;
  out.writeUInt16BE(oseq, 2);
  out.writeUInt32BE(ots, 4);
  out.writeUInt32BE(dst.outSsrc, 8);
  dst.outSeq = oseq;
  dst.outTs = ots;
  dst.outLastMs = now;
}

function onInbandDigit(legId: string, digit: string): void {
  post({ ev: "dtmf", legId, digit });
}

// ---------------------------------------------------------------- playback

const fileCache = new Map<string, Int16Array>();

function loadFile(file: string): Int16Array {
  const p = path.isAbsolute(file) ? file : path.join(init.dataDir, file);
  let pcm = fileCache.get(p);
  if (!pcm) {
    pcm = loadPcm8k(p);
    if (fileCache.size >= 64) fileCache.delete(fileCache.keys().next().value!);
    fileCache.set(p, pcm);
  }
  return pcm;
}

function startPlay(leg: Leg, pcm: Int16Array, loop: boolean): void {
  leg.playPcm = pcm;
  leg.playPos = 0;
  leg.playLoop = loop;
  leg.playNext = performance.now();
  leg.resync = true; // a new source for this leg's outgoing stream
  playing.add(leg);
}

function stopPlay(leg: Leg): void {
  if (leg.playPcm !== null) leg.resync = true;
  leg.playPcm = null;
  playing.delete(leg);
}

function playFrame(leg: Leg, now: number): boolean {
  const pcm = leg.playPcm!;
  if (pcm.length === 0) return false;
  const out = leg.nextOut();
  let pos = leg.playPos;
  for (let i = 0; i < FRAME_SAMPLES; i++) {
    if (pos >= pcm.length) {
      if (!leg.playLoop) {
        // pad the last frame with silence
        PCM[i] = 0;
        continue;
      }
      pos = 0;
    }
    PCM[i] = pcm[pos++]!;
  }
  leg.playPos = pos;
  const len = encodePcm(leg, PCM, FRAME_SAMPLES, out);
  let marker = 0;
  let ts: number;
  if (leg.resync) {
    marker = 0x80;
    ts = leg.continuedTs(now);
    leg.resync = false;
    leg.srcSsrc = -1; // a relayed stream must remap afterwards
  } else ts = (leg.outTs + FRAME_SAMPLES * leg.tsPerSample) >>> 0;
  const seq = (leg.outSeq + 1) & 0xffff;
  out[0] = 0x80;
  out[1] = marker | leg.pt;
  out.writeUInt16BE(seq, 2);
  out.writeUInt32BE(ts, 4);
  out.writeUInt32BE(leg.outSsrc, 8);
  leg.outSeq = seq;
  leg.outTs = ts;
  leg.outLastMs = now;
  if (len > 0) sendOut(leg, out, RTP_HEADER + len);
  return leg.playLoop || pos < pcm.length;
}

// A 5 ms tick drives playback and conference mixing (20 ms frames, drift
// corrected) and spreads recording flushes.
const tick = setInterval(() => {
  const now = performance.now();
  for (const room of rooms.values()) {
    if (now - room.nextMs > 200) room.nextMs = now;
    while (room.nextMs <= now) {
      room.nextMs += 20;
      mixRoom(room, now);
    }
  }
  for (const leg of playing) {
    if (now - leg.playNext > 200) leg.playNext = now; // stalled: don't burst
    while (leg.playNext <= now) {
      leg.playNext += 20;
      if (!playFrame(leg, now)) {
        stopPlay(leg);
        post({ ev: "playEnded", legId: leg.id });
        break;
      }
    }
  }
  // At most a share of the recordings per tick (each flushes every 250 ms), so a
  // late tick never turns into one long burst of copies and writes.
  let budget = Math.max(8, Math.ceil(recorders.size / 20));
  for (const r of recorders) {
    if (budget > 0 && now >= r.nextFlushMs) {
      budget--;
      r.flush(now, false);
      if (r.error !== null) {
        recorders.delete(r);
        post({ ev: "recordingError", path: r.path, error: String(r.error) });
      }
    }
  }
}, 5);

// ---------------------------------------------------------------- conferences

class Room {
  readonly id: string;
  readonly members = new Set<Leg>();
  readonly mix = new Int32Array(FRAME_SAMPLES);
  readonly extra = new Int32Array(FRAME_SAMPLES);
  nextMs: number;
  whisperers = 0;
  /** Mono recording of the room's mix (what a listen-only member hears), or null. */
  rec: Recorder | null = null;
  constructor(id: string, now: number) {
    this.id = id;
    this.nextMs = now;
  }
}

const rooms = new Map<string, Room>();

/** A member's G.711 packet: decoded into the worker's scratch, placed in its jitter buffer by timestamp. */
function roomFeed(leg: Leg, msg: Buffer, off: number, end: number, table: Int16Array, ts: number, ssrc: number, now: number): void {
  const n = end - off;
  for (let i = 0; i < n; i++) PCM[i] = table[msg[off + i]!]!;
  leg.jb!.put(ssrc, ts, PCM, 0, n, now);
}

/** One 20 ms step: every member hears the sum of the others (N-1 mix), whispers only reach their targets. */
function mixRoom(room: Room, now: number): void {
  const mix = room.mix;
  mix.fill(0);
  for (const m of room.members) {
    // Every member's buffer is read every tick (muted too), so its clock keeps pace with the room's.
    const f = m.frame!;
    m.active = m.jb!.read(f) && !m.muted;
    if (m.active && m.talkTo === null) for (let i = 0; i < FRAME_SAMPLES; i++) mix[i]! += f[i]!;
  }
  const rec = room.rec;
  if (rec !== null) {
    for (let i = 0; i < FRAME_SAMPLES; i++) {
      let v = mix[i]!;
      if (v > 32767) v = 32767;
      else if (v < -32768) v = -32768;
      PCM[i] = v;
    }
    rec.putPcm(0, PCM, FRAME_SAMPLES, now);
  }
  const extra = room.extra;
  for (const m of room.members) {
    if (m.deaf || m.remotePort === 0) continue;
    let hasExtra = false;
    if (room.whisperers > 0) {
      for (const w of room.members) {
        if (w === m || !w.active || w.talkTo === null || !w.talkTo.has(m)) continue;
        if (!hasExtra) extra.fill(0);
        hasExtra = true;
        const f = w.frame!;
        for (let i = 0; i < FRAME_SAMPLES; i++) extra[i]! += f[i]!;
      }
    }
    const own = m.active && m.talkTo === null ? m.frame! : null;
    const out = m.nextOut();
    for (let i = 0; i < FRAME_SAMPLES; i++) {
      let v = mix[i]!;
      if (own !== null) v -= own[i]!;
      if (hasExtra) v += extra[i]!;
      if (v > 32767) v = 32767;
      else if (v < -32768) v = -32768;
      PCM[i] = v;
    }
    // A member's recording (recordMember): what it hears, on the right.
    if (m.rec !== null) m.rec.putPcm(1, PCM, FRAME_SAMPLES, now);
    const len = encodePcm(m, PCM, FRAME_SAMPLES, out);
    let marker = 0;
    let ts: number;
    if (m.resync) {
      marker = 0x80;
      ts = m.continuedTs(now);
      m.resync = false;
      m.srcSsrc = -1;
    } else ts = (m.outTs + FRAME_SAMPLES * m.tsPerSample) >>> 0;
    const seq = (m.outSeq + 1) & 0xffff;
    out[0] = 0x80;
    out[1] = marker | m.pt;
    out.writeUInt16BE(seq, 2);
    out.writeUInt32BE(ts, 4);
    out.writeUInt32BE(m.outSsrc, 8);
    m.outSeq = seq;
    m.outTs = ts;
    m.outLastMs = now;
    if (len > 0) sendOut(m, out, RTP_HEADER + len);
  }
}

function joinRoom(leg: Leg, roomId: string, muted: boolean, deaf: boolean, talkTo: string[] | null): void {
  if (leg.room !== null && leg.room.id !== roomId) leaveRoom(leg);
  unbridge(leg);
  stopPlay(leg);
  let room = rooms.get(roomId);
  if (!room) {
    room = new Room(roomId, performance.now());
    rooms.set(roomId, room);
  }
  if (leg.jb === null) {
    leg.jb = new JitterBuffer({ tsPerSample: leg.tsPerSample });
    leg.frame = new Int16Array(FRAME_SAMPLES);
  }
  if (leg.room !== room) {
    leg.jb.reset();
    leg.resync = true;
  }
  leg.room = room;
  room.members.add(leg);
  setMember(leg, muted, deaf, talkTo);
}

function setMember(leg: Leg, muted: boolean | undefined, deaf: boolean | undefined, talkTo: string[] | null | undefined): void {
  const room = leg.room;
  if (room === null) return;
  if (muted !== undefined) leg.muted = muted;
  if (deaf !== undefined) leg.deaf = deaf;
  if (talkTo !== undefined) {
    if (leg.talkTo !== null) room.whisperers--;
    leg.talkTo = null;
    if (talkTo !== null) {
      leg.talkTo = new Set();
      for (const id of talkTo) {
        const t = legs.get(id);
        if (t) leg.talkTo.add(t);
      }
      room.whisperers++;
    }
  }
}

function leaveRoom(leg: Leg): void {
  const room = leg.room;
  if (room === null) return;
  // A member's own recording (recordMember) ends with its membership.
  if (leg.rec !== null) {
    finishRecorder(leg.rec);
    leg.rec = null;
  }
  if (leg.talkTo !== null) room.whisperers--;
  leg.talkTo = null;
  leg.room = null;
  leg.muted = false;
  leg.deaf = false;
  leg.resync = true;
  room.members.delete(leg);
  for (const m of room.members) m.talkTo?.delete(leg);
  if (room.members.size === 0) {
    rooms.delete(room.id);
    if (room.rec !== null) finishRecorder(room.rec);
    room.rec = null;
  }
}

/**
 * Starts (path) or stops (null) the mono recording of a room's mix. A room
 * not here yet (its first join still on the way) is created empty. Written
 * like call recordings: incremental, journaled, appended to if the path is
 * recorded again.
 */
function recordRoom(roomId: string, recordingPath: string | null): void {
  let room = rooms.get(roomId);
  if (room === undefined) {
    if (recordingPath === null) return;
    room = new Room(roomId, performance.now());
    rooms.set(roomId, room);
  }
  if (room.rec !== null) {
    finishRecorder(room.rec);
    room.rec = null;
  }
  if (recordingPath === null) return;
  try {
    const rec = new Recorder(recordingPath, performance.now(), path.join(init.dataDir, JOURNAL_DIR), `${process.pid}-w${init.index}-`, closingByPath.get(recordingPath) ?? null, 1, recIo);
    recorders.add(rec);
    room.rec = rec;
  } catch (e) {
    post({ ev: "recordingError", path: recordingPath, error: String(e) });
  }
}

/**
 * Starts (path) or stops (null) the stereo recording of one room member -
 * a customer in a three-way call: its own audio on the left (written as it
 * arrives, by the same put() as a bridged leg's), what it hears on the right
 * (its N-1 mix, written by mixRoom). A member's `rec` is otherwise null: joinRoom
 * unbridges first, and leaveRoom ends this recording. Written like call
 * recordings (incremental, journaled, appended to an existing file of the path,
 * paused by pauseRec). Resolves once the recording it stopped is on disk.
 */
function recordMember(leg: Leg, recordingPath: string | null): Promise<void> | undefined {
  let closing: Promise<void> | undefined;
  if (leg.rec !== null && leg.peer === null) {
    finishRecorder(leg.rec);
    closing = closingByPath.get(leg.rec.path);
    leg.rec = null;
  }
  if (recordingPath === null || leg.room === null || leg.rec !== null) return closing;
  try {
    const rec = new Recorder(recordingPath, performance.now(), path.join(init.dataDir, JOURNAL_DIR), `${process.pid}-w${init.index}-`, closingByPath.get(recordingPath) ?? null, 2, recIo);
    recorders.add(rec);
    leg.rec = rec;
    leg.recCh = 0;
  } catch (e) {
    post({ ev: "recordingError", path: recordingPath, error: String(e) });
  }
  return closing;
}

// RTCP reports: RFC 3550 6.2 interval (fixed 5 s default for two-party sessions), randomised 0.5-1.5x.
const rtcpTick = setInterval(() => {
  const now = performance.now();
  for (const leg of legs.values()) {
    if (now < leg.nextRtcpMs) continue;
    leg.nextRtcpMs = now + init.rtcpIntervalMs * (0.5 + Math.random());
    if (leg.internal || leg.remotePort === 0 || (leg.packetsIn === 0 && leg.packetsOut === 0)) continue;
    leg.sendRtcp(now);
  }
}, Math.max(20, Math.min(250, init.rtcpIntervalMs / 4)));

// ---------------------------------------------------------------- bridging and recording

function unbridge(leg: Leg): void {
  const peer = leg.peer;
  const rec = leg.rec;
  if (rec !== null) {
    finishRecorder(rec);
    leg.rec = null;
    if (peer !== null) peer.rec = null;
  }
  if (peer !== null) {
    peer.peer = null;
    peer.resync = true;
  }
  leg.peer = null;
  leg.resync = true;
}

/** Recordings still being finalised, by path: a new recording of the same path appends after it. */
const closingByPath = new Map<string, Promise<void>>();

function finishRecorder(rec: Recorder): void {
  recorders.delete(rec);
  const p: Promise<void> = rec
    .close(performance.now())
    .catch((e) => post({ ev: "recordingError", path: rec.path, error: String(e) }))
    .finally(() => {
      pendingClose.delete(p);
      if (closingByPath.get(rec.path) === p) closingByPath.delete(rec.path);
    });
  pendingClose.add(p);
  closingByPath.set(rec.path, p);
}

function bridge(a: Leg, b: Leg, recordingPath: string | null): void {
  if (a === b) return;
  leaveRoom(a);
  leaveRoom(b);
  if (a.peer !== null) unbridge(a);
  if (b.peer !== null) unbridge(b);
  stopPlay(a);
  stopPlay(b);
  a.peer = b;
  b.peer = a;
  a.resync = true;
  b.resync = true;
  if (recordingPath !== null) {
    try {
      const rec = new Recorder(
        recordingPath,
        performance.now(),
        path.join(init.dataDir, JOURNAL_DIR),
        `${process.pid}-w${init.index}-`,
        closingByPath.get(recordingPath) ?? null,
        2,
        recIo,
      );
      recorders.add(rec);
      a.rec = rec;
      a.recCh = 0;
      b.rec = rec;
      b.recCh = 1;
    } catch (e) {
      post({ ev: "recordingError", path: recordingPath, error: String(e) });
    }
  }
}

// ---------------------------------------------------------------- ports

const usedPorts = new Set<number>();
let portCursor = 0;

const SOCKET_OPTS = { type: "udp4", lookup: literalLookup as unknown as dgram.SocketOptions["lookup"] } as dgram.SocketOptions;

/**
 * Socket pairs of closed legs, kept bound for the next legs (oldest first). Creating, binding, polling and
 * closing the RTP and RTCP sockets of every leg cost ~10 system calls per socket pair and per call leg
 * (socket, bind, epoll_ctl add/del, close, twice), the media worker's largest per-call cost (bench/sip).
 * A pair is handed out again only after SPARE_QUARANTINE_MS of quiet, so that stray packets of the
 * previous call's peer (a new leg latches to the first source it hears, RFC 4961) have stopped: whatever
 * arrives while spare is dropped and restarts the pair's quarantine at the back of the line (a peer that goes
 * on sending after its BYE, or never got ours, keeps its port out of reuse for as long as it sends). At most SPARE_MAX pairs wait (the newest: a full pool closes its
 * oldest pair), which covers up to SPARE_MAX / SPARE_QUARANTINE_MS legs per second (~2,000 legs/s, 1,000
 * calls/s per worker); above that the rest are bound and closed as before. Without the pool a port came
 * back when the round-robin cursor had gone once through the worker's share of the range: minutes at low
 * call rates, ~1.7 s at 1,500 calls/s with the default range and two workers.
 */
const SPARE_MAX = 1024;
const SPARE_QUARANTINE_MS = 250;
interface SparePair {
  rtp: dgram.Socket;
  rtcp: dgram.Socket;
  port: number;
  /** When it last went quiet: closed, or its last stray packet. */
  at: number;
  /** Listener on both sockets while spare (one per recycled pair, not per packet). */
  onStray: () => void;
}
const spares: SparePair[] = [];
const ignoreError = (): void => {};
/** Packets that reached a spare pair (the previous call's peer still sending): each restarts its quarantine. */
let strayPackets = 0;

function stray(sp: SparePair): void {
  strayPackets++;
  sp.at = performance.now();
  const i = spares.indexOf(sp);
  // Last in line again (the line stays ordered by `at`, so takeSpare looks at the head only).
  if (i >= 0 && i !== spares.length - 1) {
    spares.splice(i, 1);
    spares.push(sp);
  }
}

/** The oldest spare pair past its quarantine (any spare pair when `force`: out of descriptors or ports). */
function takeSpare(force: boolean): SparePair | null {
  const sp = spares[0];
  if (sp === undefined || (!force && performance.now() - sp.at < SPARE_QUARANTINE_MS)) return null;
  spares.shift();
  for (const s of [sp.rtp, sp.rtcp]) {
    s.removeListener("error", ignoreError);
    s.removeListener("message", sp.onStray);
  }
  return sp;
}

/** Keeps a closed leg's sockets for reuse; false when they must be closed instead. */
function recycle(leg: Leg): boolean {
  if (leg.connState === 1) return false;
  if (leg.connState === 2) {
    try {
      leg.rtp.disconnect();
    } catch {
      return false;
    }
    leg.connState = 0;
  }
  const sp: SparePair = { rtp: leg.rtp, rtcp: leg.rtcp, port: leg.port, at: performance.now(), onStray: () => stray(sp) };
  for (const s of [leg.rtp, leg.rtcp]) {
    s.removeAllListeners("message");
    s.removeAllListeners("error");
    s.removeAllListeners("connect");
    s.on("error", ignoreError);
    s.on("message", sp.onStray);
  }
  if (spares.length >= SPARE_MAX) {
    const old = spares.shift()!;
    usedPorts.delete(old.port);
    old.rtp.close();
    old.rtcp.close();
  }
  spares.push(sp);
  return true;
}

function closeSpares(): void {
  for (const sp of spares.splice(0)) {
    usedPorts.delete(sp.port);
    sp.rtp.close();
    sp.rtcp.close();
  }
}

function bindSocket(p: number): Promise<dgram.Socket> {
  return new Promise((resolve, reject) => {
    const s = dgram.createSocket(SOCKET_OPTS);
    const onError = (e: Error) => {
      s.close();
      reject(e);
    };
    s.once("error", onError);
    s.bind(p, init.host, () => {
      s.off("error", onError);
      resolve(s);
    });
  });
}

/** Even ports of [portMin, portMax) striped across workers so workers never race for one. */
function outOfFds(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "EMFILE" || code === "ENFILE";
}

async function allocPorts(): Promise<{ rtp: dgram.Socket; rtcp: dgram.Socket; port: number }> {
  const spare = takeSpare(false);
  if (spare !== null) return spare;
  try {
    return await bindPorts();
  } catch (e) {
    // out of descriptors or ports: a spare pair still in quarantine is better than no call
    const any = takeSpare(true);
    if (any !== null) return any;
    throw e;
  }
}

async function bindPorts(): Promise<{ rtp: dgram.Socket; rtcp: dgram.Socket; port: number }> {
  const first = init.portMin + (init.portMin & 1);
  const slots = Math.floor((init.portMax - first) / 2);
  const mine = Math.floor((slots - init.index + init.workers - 1) / init.workers);
  for (let tries = 0; tries < mine; tries++) {
    const k = portCursor;
    portCursor = (portCursor + 1) % mine;
    const p = first + 2 * (init.index + k * init.workers);
    if (usedPorts.has(p)) continue;
    let rtp: dgram.Socket;
    try {
      rtp = await bindSocket(p);
    } catch (e) {
      // Out of file descriptors: no other port will do better; scanning the
      // whole range per leg starved the worker under overload (bench/sip).
      if (outOfFds(e)) throw new Error("no file descriptor left for RTP");
      continue;
    }
    try {
      const rtcp = await bindSocket(p + 1);
      usedPorts.add(p);
      return { rtp, rtcp, port: p };
    } catch (e) {
      rtp.close();
      if (outOfFds(e)) throw new Error("no file descriptor left for RTP");
    }
  }
  throw new Error("no free RTP port");
}

// ---------------------------------------------------------------- commands

function closeLeg(leg: Leg): LegStats {
  leaveRoom(leg);
  unbridge(leg);
  stopPlay(leg);
  leg.closed = true;
  leg.opus?.free();
  leg.opus = null;
  legs.delete(leg.id);
  const s = leg.stats();
  if (!recycle(leg)) {
    usedPorts.delete(leg.port);
    leg.rtp.close();
    leg.rtcp.close();
  }
  return s;
}

/** Waits until every recording being finalised is on disk and closed. */
async function settle(): Promise<void> {
  while (pendingClose.size > 0) await Promise.all([...pendingClose]);
}

async function handle(cmd: Command): Promise<void> {
  switch (cmd.op) {
    case "createLeg": {
      try {
        const { rtp, rtcp, port: p } = await allocPorts();
        const leg = new Leg(cmd.legId, cmd.callId, cmd.codec, cmd.pt, cmd.dtmfPt, cmd.symmetric, cmd.inbandDtmf, rtp, rtcp, p);
        leg.internal = cmd.internal === true;
        legs.set(leg.id, leg);
        post({ id: cmd.id, ok: true, result: p });
      } catch (e) {
        post({ id: cmd.id, ok: false, error: String((e as Error).message ?? e) });
      }
      return;
    }
    case "setRemote": {
      const leg = legs.get(cmd.legId);
      if (!leg) return;
      leg.remoteAddr = cmd.address;
      leg.remotePort = cmd.port;
      // A new SDP address re-arms latching (RFC 4961 peers may move). A
      // connect in flight is undone by its callback (remote changed).
      leg.latched = false;
      disconnect(leg);
      leg.rtcpLatched = false;
      leg.rtcpPort = 0;
      if (cmd.codec !== undefined) {
        try {
          leg.setCodec(cmd.codec);
        } catch (e) {
          // Opus unavailable (its WebAssembly failed to load): keep the old codec, say why.
          post({ ev: "playError", legId: leg.id, error: `codec ${cmd.codec}: ${String(e)}` });
        }
      }
      if (cmd.pt !== undefined) leg.pt = cmd.pt;
      if (cmd.dtmfPt !== undefined) leg.dtmfPt = cmd.dtmfPt;
      return;
    }
    case "play": {
      const leg = legs.get(cmd.legId);
      if (!leg) return;
      if (leg.peer !== null || leg.room !== null) return; // bridged/conference legs hear their peers
      try {
        const pcm = cmd.tone ? tonePcm(cmd.tone) : loadFile(cmd.file!);
        startPlay(leg, pcm, cmd.tone ? true : cmd.loop);
      } catch (e) {
        post({ ev: "playError", legId: leg.id, error: String(e) });
      }
      return;
    }
    case "joinRoom": {
      const leg = legs.get(cmd.legId);
      if (leg) joinRoom(leg, cmd.roomId, cmd.muted ?? false, cmd.deaf ?? false, cmd.talkTo ?? null);
      return;
    }
    case "setMember": {
      const leg = legs.get(cmd.legId);
      if (leg) setMember(leg, cmd.muted, cmd.deaf, cmd.talkTo);
      return;
    }
    case "leaveRoom": {
      const leg = legs.get(cmd.legId);
      if (leg) leaveRoom(leg);
      return;
    }
    case "recordRoom":
      recordRoom(cmd.roomId, cmd.recordingPath);
      return;
    case "recordMember": {
      const leg = legs.get(cmd.legId);
      const closing = leg ? recordMember(leg, cmd.recordingPath) : undefined;
      if (closing) await closing.catch(() => undefined);
      post({ id: cmd.id, ok: true, result: null });
      return;
    }
    case "stopPlay": {
      const leg = legs.get(cmd.legId);
      if (leg) stopPlay(leg);
      return;
    }
    case "bridge": {
      const a = legs.get(cmd.legA);
      const b = legs.get(cmd.legB);
      if (a && b) bridge(a, b, cmd.recordingPath);
      return;
    }
    case "unbridge": {
      const leg = legs.get(cmd.legId);
      if (leg) unbridge(leg);
      return;
    }
    case "pauseRec":
    case "resumeRec": {
      const rec = legs.get(cmd.legId)?.rec;
      if (rec) rec.paused = cmd.op === "pauseRec";
      return;
    }
    case "destroyLeg": {
      const leg = legs.get(cmd.legId);
      const result = leg ? closeLeg(leg) : null;
      await settle();
      post({ id: cmd.id, ok: true, result });
      return;
    }
    case "stats": {
      const leg = legs.get(cmd.legId);
      if (leg) post({ id: cmd.id, ok: true, result: leg.stats() });
      else post({ id: cmd.id, ok: false, error: "unknown leg" });
      return;
    }
    case "close": {
      for (const leg of [...legs.values()]) closeLeg(leg);
      closeSpares();
      for (const r of [...recorders]) finishRecorder(r);
      await settle();
      await writer?.terminate();
      clearInterval(tick);
      clearInterval(rtcpTick);
      post({ id: cmd.id, ok: true, result: null });
      return;
    }
    case "info": {
      // Linux: /proc/thread-self names this thread's task id (for per-thread CPU accounting).
      post({ id: cmd.id, ok: true, result: { tid: threadId(), legs: legs.size, recorders: recorders.size, ports: usedPorts.size - spares.length, spares: spares.length, strayPackets, realtime } });
      return;
    }
    case "crash":
      // Test hook: an uncaught error, as a bug in this worker would raise.
      setImmediate(() => {
        throw new Error("media worker crash requested");
      });
      return;
  }
}

// Diagnostics: SB_MEDIA_TRACE=1 prints GC pauses and event-loop delay of this worker every 2 s.
if (process.env.SB_MEDIA_TRACE === "1") {
  const gc = { n: 0, total: 0, max: 0, kinds: new Map<number, number>() };
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gc.n++;
      gc.total += e.duration;
      if (e.duration > gc.max) gc.max = e.duration;
      const k = ((e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0) as number;
      gc.kinds.set(k, (gc.kinds.get(k) ?? 0) + e.duration);
    }
  });
  obs.observe({ entryTypes: ["gc"] });
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  // /proc/thread-self/schedstat: on-CPU ns, ns runnable but waiting for a CPU, timeslices.
  const sched = (): number[] => {
    try {
      return readFileSync("/proc/thread-self/schedstat", "utf8").trim().split(" ").map(Number);
    } catch {
      return [0, 0, 0];
    }
  };
  let s0 = sched();
  setInterval(() => {
    const s1 = sched();
    const waitMs = (s1[1]! - s0[1]!) / 1e6;
    const slices = s1[2]! - s0[2]!;
    s0 = s1;
    process.stderr.write(
      `[media worker ${init.index}] gc n=${gc.n} total=${gc.total.toFixed(1)}ms max=${gc.max.toFixed(1)}ms kinds=${JSON.stringify([...gc.kinds].map(([k, v]) => [k, Math.round(v)]))} loopDelay p50=${(h.percentile(50) / 1e6).toFixed(2)} p99=${(h.percentile(99) / 1e6).toFixed(2)} max=${(h.max / 1e6).toFixed(2)}ms runqueueWait=${waitMs.toFixed(1)}ms/${slices} slices legs=${legs.size}\n`,
    );
    gc.n = 0;
    gc.total = 0;
    gc.max = 0;
    gc.kinds.clear();
    h.reset();
  }, 2000).unref();
}

port.on("message", (cmds: Command | Command[]) => {
  // a batch is run in order, each command started as if it had arrived alone
  if (Array.isArray(cmds)) for (const cmd of cmds) void handle(cmd);
  else void handle(cmds);
});
