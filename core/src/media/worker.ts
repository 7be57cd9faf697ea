// Media worker: owns the sockets of its legs and moves packets socket -> socket
// inside this thread. The main thread sends one command per call change.
//
// Hot path rules (see docs/architecture.md): no objects or closures per packet
// of our own. GC hazards that are Node's, not ours: dgram allocates the
// received Buffer and the rinfo object per datagram, and send() allocates a
// slice + request object per call.
import * as dgram from "node:dgram";
import { readlinkSync } from "node:fs";
import * as path from "node:path";
import { monitorEventLoopDelay, PerformanceObserver, performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { ALAW_DECODE, ALAW_ENCODE, ALAW_TO_ULAW, ULAW_DECODE, ULAW_ENCODE, ULAW_TO_ALAW } from "./g711.ts";
import type { Command, LegStats, Reply, WorkerInit } from "./protocol.ts";
import { Recorder } from "./recorder.ts";
import { type Codec, DTMF_EVENTS, emodelMos, FRAME_SAMPLES, PT_CN, RTP_HEADER } from "./rtp.ts";
import { loadPcm8k, tonePcm } from "./tones.ts";
import { parseCompound, type ReportSource, writeReport } from "./rtcp.ts";
import { InbandDtmf } from "./dtmf.ts";
import { JOURNAL_DIR } from "./protocol.ts";

const init = workerData as WorkerInit;
const port = parentPort!;

/** Output buffers per leg. dgram may queue a send (EAGAIN) and read the buffer later, so we rotate. */
const OUT_RING = 8;
const OUT_SIZE = 1500;

// Replies and events go to the main thread as one array per event-loop turn (see MediaEngine.post).
let outbox: Reply[] = [];
function post(msg: Reply): void {
  outbox.push(msg);
  if (outbox.length > 1) return;
  setImmediate(() => {
    const batch = outbox;
    outbox = [];
    port.postMessage(batch);
  });
}

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
  peer: Leg | null = null;
  rec: Recorder | null = null;
  recCh = 0;
  closed = false;

  // Outgoing stream (what the far end of this leg sees): one SSRC, continuous seq/ts.
  readonly outSsrc = rand32();
  outSeq = rand32() & 0xffff;
  outTs = rand32();
  outLastMs = -1;
  readonly outBufs: Buffer[] = [];
  outIdx = 0;
  /** Mapping from the current source stream into this leg's outgoing stream. */
  srcSsrc = -1;
  seqDelta = 0;
  tsDelta = 0;
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
  /** Received audio waiting for the mixer: a sample ring (jitter buffer). */
  jb: Int16Array | null = null;
  jbW = 0;
  jbR = 0;
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
    for (let i = 0; i < OUT_RING; i++) this.outBufs.push(Buffer.alloc(OUT_SIZE));
    this.inband = inband ? new InbandDtmf() : null;
    // One bound handler per leg, not per packet.
    this.onRtp = (msg, rinfo) => onPacket(this, msg, rinfo);
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

  nextOut(): Buffer {
    const b = this.outBufs[this.outIdx]!;
    this.outIdx = (this.outIdx + 1) & (OUT_RING - 1);
    return b;
  }

  /** Timestamp that continues this leg's outgoing clock at time `now`. */
  continuedTs(now: number): number {
    if (this.outLastMs < 0) return this.outTs;
    return (this.outTs + Math.max(FRAME_SAMPLES, Math.round((now - this.outLastMs) * 8))) >>> 0;
  }

  lost(): number {
    if (!this.seqInit) return this.lostBefore;
    const expected = this.cycles + this.maxSeq - this.baseSeq + 1;
    return this.lostBefore + Math.max(0, expected - this.audioReceived);
  }

  stats(): LegStats {
    const lost = this.lost();
    const jitterMs = this.jitter / 8;
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
      jitterMs: Math.round(jitterMs * 1000) / 1000,
      mos,
      rttMs: Math.round(this.rttMs * 1000) / 1000,
      remoteLost: this.remoteCumLost,
      remoteJitterMs: this.remoteJitter / 8,
      dropped: this.dropped,
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
  leg.rtp.send(buf, 0, len, leg.remotePort, leg.remoteAddr);
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
    const arrival = Math.floor(now * 8);
    const transit = (arrival - ts) | 0;
    if (leg.jitterInit) {
      let d = (transit - leg.transit) | 0;
      if (d < 0) d = -d;
      leg.jitter += (d - leg.jitter) / 16;
    }
    leg.transit = transit;
    leg.jitterInit = true;

    const rec = leg.rec;
    if (rec !== null) rec.put(leg.recCh, msg, off, end, leg.codec === "PCMA" ? ALAW_DECODE : ULAW_DECODE, now);
    if (leg.inband !== null) leg.inband.feed(msg, off, end, leg.codec === "PCMA" ? ALAW_DECODE : ULAW_DECODE, leg.id, onInbandDigit);

    if (leg.room !== null) {
      roomFeed(leg, msg, off, end);
      return;
    }
    const peer = leg.peer;
    if (peer === null || peer.remotePort === 0) return;
    const out = peer.nextOut();
    let marker = msg[1]! & 0x80;
    if (ssrc !== peer.srcSsrc || peer.resync) {
      marker = 0x80;
      remap(peer, ssrc, seq, ts, now);
    }
    const n = end - off;
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
      remap(peer, ssrc, seq, ts, now);
    }
    copyBytes(msg, off, end, out);
    writeHeader(peer, out, marker | peer.dtmfPt, seq, ts, now);
    sendOut(peer, out, RTP_HEADER + end - off);
    return;
  }

  if (pt === PT_CN) {
    const peer = leg.peer;
    if (peer === null || peer.remotePort === 0) return;
    const out = peer.nextOut();
    if (ssrc !== peer.srcSsrc || peer.resync) remap(peer, ssrc, seq, ts, now);
    copyBytes(msg, off, end, out);
    writeHeader(peer, out, PT_CN, seq, ts, now);
    sendOut(peer, out, RTP_HEADER + end - off);
    return;
  }
  leg.dropped++;
}

/** Payload copy. Buffer#copy with offsets allocates a Uint8Array view per call; this loop does not. */
function copyBytes(src: Buffer, off: number, end: number, out: Buffer): void {
  for (let i = off, o = RTP_HEADER; i < end; i++, o++) out[o] = src[i]!;
}

/** Maps a new source stream onto dst's outgoing stream so seq/ts continue (RFC 3550 section 5.1). */
function remap(dst: Leg, ssrc: number, seq: number, ts: number, now: number): void {
  dst.srcSsrc = ssrc;
  dst.resync = false;
  dst.seqDelta = ((dst.outSeq + 1 - seq) & 0xffff) >>> 0;
  dst.tsDelta = (dst.continuedTs(now) - ts) >>> 0;
}

function writeHeader(dst: Leg, out: Buffer, b1: number, seq: number, ts: number, now: number): void {
  const oseq = (seq + dst.seqDelta) & 0xffff;
  const ots = (ts + dst.tsDelta) >>> 0;
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
  const enc = leg.codec === "PCMA" ? ALAW_ENCODE : ULAW_ENCODE;
  let pos = leg.playPos;
  for (let i = 0; i < FRAME_SAMPLES; i++) {
    if (pos >= pcm.length) {
      if (!leg.playLoop) {
        // pad the last frame with silence
        out[RTP_HEADER + i] = enc[32768]!;
        continue;
      }
      pos = 0;
    }
    out[RTP_HEADER + i] = enc[pcm[pos++]! + 32768]!;
  }
  leg.playPos = pos;
  let marker = 0;
  let ts: number;
  if (leg.resync) {
    marker = 0x80;
    ts = leg.continuedTs(now);
    leg.resync = false;
    leg.srcSsrc = -1; // a relayed stream must remap afterwards
  } else ts = (leg.outTs + FRAME_SAMPLES) >>> 0;
  const seq = (leg.outSeq + 1) & 0xffff;
  out[0] = 0x80;
  out[1] = marker | leg.pt;
  out.writeUInt16BE(seq, 2);
  out.writeUInt32BE(ts, 4);
  out.writeUInt32BE(leg.outSsrc, 8);
  leg.outSeq = seq;
  leg.outTs = ts;
  leg.outLastMs = now;
  sendOut(leg, out, RTP_HEADER + FRAME_SAMPLES);
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

/** Jitter buffer per member: 256 ms ring; more than 120 ms queued is trimmed to 40 ms. */
const JB_SIZE = 2048;
const JB_MASK = JB_SIZE - 1;
const JB_MAX = 960;
const JB_KEEP = 320;

class Room {
  readonly id: string;
  readonly members = new Set<Leg>();
  readonly mix = new Int32Array(FRAME_SAMPLES);
  readonly extra = new Int32Array(FRAME_SAMPLES);
  nextMs: number;
  whisperers = 0;
  constructor(id: string, now: number) {
    this.id = id;
    this.nextMs = now;
  }
}

const rooms = new Map<string, Room>();

function roomFeed(leg: Leg, msg: Buffer, off: number, end: number): void {
  const jb = leg.jb!;
  const table = leg.codec === "PCMA" ? ALAW_DECODE : ULAW_DECODE;
  let w = leg.jbW;
  for (let i = off; i < end; i++) jb[w++ & JB_MASK] = table[msg[i]!]!;
  leg.jbW = w;
  if (w - leg.jbR > JB_MAX) leg.jbR = w - JB_KEEP;
}

/** One 20 ms step: every member hears the sum of the others (N-1 mix), whispers only reach their targets. */
function mixRoom(room: Room, now: number): void {
  const mix = room.mix;
  mix.fill(0);
  for (const m of room.members) {
    m.active = false;
    if (m.jbW - m.jbR >= FRAME_SAMPLES) {
      const f = m.frame!;
      const jb = m.jb!;
      let r = m.jbR;
      for (let i = 0; i < FRAME_SAMPLES; i++) f[i] = jb[r++ & JB_MASK]!;
      m.jbR = r;
      m.active = !m.muted;
      if (m.active && m.talkTo === null) for (let i = 0; i < FRAME_SAMPLES; i++) mix[i]! += f[i]!;
    }
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
    const enc = m.codec === "PCMA" ? ALAW_ENCODE : ULAW_ENCODE;
    for (let i = 0; i < FRAME_SAMPLES; i++) {
      let v = mix[i]!;
      if (own !== null) v -= own[i]!;
      if (hasExtra) v += extra[i]!;
      if (v > 32767) v = 32767;
      else if (v < -32768) v = -32768;
      out[RTP_HEADER + i] = enc[v + 32768]!;
    }
    let marker = 0;
    let ts: number;
    if (m.resync) {
      marker = 0x80;
      ts = m.continuedTs(now);
      m.resync = false;
      m.srcSsrc = -1;
    } else ts = (m.outTs + FRAME_SAMPLES) >>> 0;
    const seq = (m.outSeq + 1) & 0xffff;
    out[0] = 0x80;
    out[1] = marker | m.pt;
    out.writeUInt16BE(seq, 2);
    out.writeUInt32BE(ts, 4);
    out.writeUInt32BE(m.outSsrc, 8);
    m.outSeq = seq;
    m.outTs = ts;
    m.outLastMs = now;
    sendOut(m, out, RTP_HEADER + FRAME_SAMPLES);
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
    leg.jb = new Int16Array(JB_SIZE);
    leg.frame = new Int16Array(FRAME_SAMPLES);
  }
  if (leg.room !== room) {
    leg.jbR = leg.jbW;
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
  if (leg.talkTo !== null) room.whisperers--;
  leg.talkTo = null;
  leg.room = null;
  leg.muted = false;
  leg.deaf = false;
  leg.resync = true;
  room.members.delete(leg);
  for (const m of room.members) m.talkTo?.delete(leg);
  if (room.members.size === 0) rooms.delete(room.id);
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

function bindSocket(p: number): Promise<dgram.Socket> {
  return new Promise((resolve, reject) => {
    const s = dgram.createSocket({ type: "udp4" });
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
  legs.delete(leg.id);
  usedPorts.delete(leg.port);
  const s = leg.stats();
  leg.rtp.close();
  leg.rtcp.close();
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
      // A new SDP address re-arms latching (RFC 4961 peers may move).
      leg.latched = false;
      leg.rtcpLatched = false;
      leg.rtcpPort = 0;
      if (cmd.codec !== undefined) leg.codec = cmd.codec;
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
      for (const r of [...recorders]) finishRecorder(r);
      await settle();
      clearInterval(tick);
      clearInterval(rtcpTick);
      post({ id: cmd.id, ok: true, result: null });
      return;
    }
    case "info": {
      // Linux: /proc/thread-self names this thread's task id (for per-thread CPU accounting).
      let tid = -1;
      try {
        tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
      } catch {
        tid = -1;
      }
      post({ id: cmd.id, ok: true, result: { tid, legs: legs.size, recorders: recorders.size } });
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
  setInterval(() => {
    process.stderr.write(
      `[media worker ${init.index}] gc n=${gc.n} total=${gc.total.toFixed(1)}ms max=${gc.max.toFixed(1)}ms kinds=${JSON.stringify([...gc.kinds].map(([k, v]) => [k, Math.round(v)]))} loopDelay p50=${(h.percentile(50) / 1e6).toFixed(2)} p99=${(h.percentile(99) / 1e6).toFixed(2)} max=${(h.max / 1e6).toFixed(2)}ms legs=${legs.size}\n`,
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
