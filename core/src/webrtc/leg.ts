// WebRTC gateway: terminates a browser's ICE/DTLS-SRTP (RFC 8827, RFC 5764)
// and relays its PCMU audio as plain RTP to and from one local UDP port, so a
// media-engine leg pointed at `rtpPort` bridges it like any SIP leg and no
// transcoding happens (PCMU end to end, RFC 3551 payload type 0). With the
// `opus` option, an offer without PCMU may negotiate Opus (RFC 7587); the
// packets pass through unchanged and the media-engine leg (codec "OPUS")
// transcodes. An offer with PCMU always gets PCMU.
//
// Library: node-datachannel (libdatachannel, native ICE/DTLS/SRTP on its own
// threads). Chosen over werift by bench/webrtc: about 0.1-0.2 % of a core per
// two-way leg against 0.35 %, 2-4x faster setup, both lossless at 100 legs.
//
// Hot path (per packet, both directions): the library hands us one Buffer
// per packet (native -> JS, unavoidable); we rewrite the header in place
// (SSRC, payload type, sequence/timestamp continuity) and pass the same
// Buffer on. No other allocation; malformed or early packets are dropped
// and counted, never thrown.
import * as dgram from "node:dgram";
import { Audio, PeerConnection, type RtcConfig, type Track } from "node-datachannel";
import { RtpContinuity } from "./continuity.ts";

export type WebRtcLegState = "new" | "connecting" | "connected" | "disconnected" | "failed" | "closed";

export interface WebRtcLegOptions {
  /**
   * Where audio from the browser goes as plain RTP (the media-engine leg's
   * local port). Default: none until `setRtpTarget` is called; packets
   * arriving before that are dropped and counted.
   */
  rtpTarget?: { port: number; address?: string };
  /**
   * Local address for ICE and for the plain RTP socket. Default "127.0.0.1".
   * When it is a loopback address the remote description's non-loopback
   * candidates are ignored (a loopback socket cannot reach them anyway).
   */
  bindAddress?: string;
  /** ICE UDP port range [begin, end]. Default: any port the OS gives. */
  icePortRange?: [number, number];
  /** STUN/TURN servers, libdatachannel URL syntax ("stun:host:port"). Default []. */
  iceServers?: string[];
  /** Payload type of RFC 4733 telephone-event on the plain RTP side. Default 101. */
  dtmfPt?: number;
  /** Called on every connection state change. Default: none. */
  onState?: (state: WebRtcLegState) => void;
  /**
   * A connected leg that receives nothing from the browser (RTP or RTCP) for
   * this long reports "disconnected", and "connected" again when packets
   * return. A browser sends 50 packets/s even when muted, and libdatachannel
   * itself notices a vanished peer only after about 30 s. Default 3000 ms; 0 = off.
   */
  mediaTimeoutMs?: number;
  /**
   * Accept Opus (opus/48000/2, RFC 7587) when the browser's offer has no
   * PCMU; `codec` then says "OPUS" and the media-engine leg must be given
   * codec "OPUS" with `payloadType`. Default false: such offers are refused.
   */
  opus?: boolean;
}

export interface WebRtcLegCounters {
  /** RTP packets from the browser relayed to the plain side */
  fromPeer: number;
  /** RTP packets from the plain side relayed to the browser */
  toPeer: number;
  /** packets dropped: not connected, no target, malformed, unknown payload type, send refused */
  dropped: number;
  /** RTCP packets received from the browser (not relayed) */
  rtcpIn: number;
  /** every packet received from the browser, relayed or not */
  peerIn: number;
}

export interface WebRtcLeg {
  /** Local plain RTP port: point a media-engine leg's remote at 127.0.0.1:rtpPort (or bindAddress). */
  readonly rtpPort: number;
  readonly rtpAddress: string;
  readonly state: WebRtcLegState;
  readonly counters: WebRtcLegCounters;
  /** Negotiated audio codec ("PCMU" until an answer says otherwise). */
  readonly codec: "PCMU" | "OPUS";
  /** Its RTP payload type on both sides (0 for PCMU; the offer's number for Opus). */
  readonly payloadType: number;
  /** Browser offers: resolves with the complete answer (ICE gathering finished, no trickle needed). */
  answerSdp(offerSdp: string): Promise<string>;
  /** We offer (e.g. pushing a call to the browser): resolves with the complete offer. */
  offerSdp(): Promise<string>;
  /** The browser's answer to `offerSdp()`. */
  acceptAnswer(answerSdp: string): void;
  /** Trickled remote candidate ("candidate:..." or "a=candidate:..."), for browsers that trickle. */
  addIceCandidate(candidate: string, mid?: string): void;
  /** Where audio from the browser goes (the media-engine leg's port). */
  setRtpTarget(port: number, address?: string): void;
  /** Idempotent. */
  close(): void;
}

const PT_PCMU = 0;
const RTP_HEADER = 12;

// RFC 5761 section 4: with rtcp-mux, RTCP packet types 200-204 put 72-76
// into the payload-type bits; the whole 192-223 range is reserved for RTCP.
function isRtcp(b: Buffer): boolean {
  const x = b[1]!;
  return x >= 192 && x <= 223;
}

function isLoopback(addr: string): boolean {
  return addr.startsWith("127.") || addr === "::1" || addr === "localhost";
}

/** Keeps only candidates this leg can reach from a loopback bind (UDP, 127.x). */
function loopbackCandidates(sdp: string): string {
  return sdp
    .split(/\r?\n/)
    .filter((l) => !l.startsWith("a=candidate:") || (/ udp /i.test(l) && / 127\.\d+\.\d+\.\d+ /.test(l)))
    .join("\r\n");
}

/** a=mid of the first audio m-section (RFC 8843 section 9.2), "0" if none. */
function audioMid(sdp: string): string {
  const m = /^m=audio[^\n]*\n(?:(?!m=)[^\n]*\n)*?a=mid:(\S+)/m.exec(sdp.replace(/\r\n/g, "\n"));
  return m ? m[1]! : "0";
}

/** Payload type the SDP maps to telephone-event/8000 in its audio section, or -1 (RFC 4733 section 7.1.1). */
function telephoneEventPt(sdp: string): number {
  const m = /^a=rtpmap:(\d+) telephone-event\/8000/im.exec(sdp);
  return m ? Number(m[1]) : -1;
}

function hasPcmu(sdp: string): boolean {
  const m = /^m=audio \d+ [^ ]+ ([\d ]+)/m.exec(sdp);
  return m !== null && m[1]!.split(" ").includes("0");
}

/** Payload type of opus/48000/2 in the offer's audio m= line (RFC 7587 section 7), or -1. */
function opusPt(sdp: string): number {
  const m = /^m=audio \d+ [^ ]+ ([\d ]+)/m.exec(sdp);
  if (m === null) return -1;
  const formats = m[1]!.trim().split(" ");
  const r = /^a=rtpmap:(\d+) opus\/48000(?:\/2)?\s*$/im.exec(sdp);
  return r !== null && formats.includes(r[1]!) ? Number(r[1]) : -1;
}

// One shared watchdog timer for every leg (not one timer per leg).
const WATCH_MS = 500;
const watched = new Set<() => void>();
let watchTimer: NodeJS.Timeout | null = null;
function watch(check: () => void): void {
  watched.add(check);
  if (watchTimer === null) {
    watchTimer = setInterval(() => {
      for (const c of watched) c();
    }, WATCH_MS);
    watchTimer.unref();
  }
}
function unwatch(check: () => void): void {
  watched.delete(check);
  if (watched.size === 0 && watchTimer !== null) {
    clearInterval(watchTimer);
    watchTimer = null;
  }
}

// Peer connections closed but maybe not yet torn down by libdatachannel's
// threads; shutdownWebRtc waits for them (tearing the library down under a
// closing connection aborts the process).
export const closing = new Set<Promise<void>>();

function openSocket(address: string): Promise<dgram.Socket> {
  return new Promise((resolve, reject) => {
    const s = dgram.createSocket(address.includes(":") ? "udp6" : "udp4");
    s.once("error", reject);
    s.bind(0, address, () => {
      s.off("error", reject);
      s.on("error", () => {}); // ICMP port unreachable etc.: the next packet tries again
      try {
        // Room for a scheduling hiccup's worth of packets (the kernel caps it at rmem_max).
        s.setRecvBufferSize(256 << 10);
      } catch {}
      resolve(s);
    });
  });
}

/**
 * Creates one WebRTC audio leg. Call `answerSdp(offer)` (browser offers) or
 * `offerSdp()` + `acceptAnswer(answer)` (we offer), then point a media-engine
 * leg at `rtpPort`.
 */
export async function createWebRtcLeg(opts: WebRtcLegOptions = {}): Promise<WebRtcLeg> {
  if (opts === null || typeof opts !== "object") throw new TypeError("createWebRtcLeg: opts must be an object");
  const bindAddress = opts.bindAddress ?? "127.0.0.1";
  if (typeof bindAddress !== "string" || bindAddress === "") throw new TypeError("createWebRtcLeg: bindAddress must be an address");
  const dtmfPlainPt = opts.dtmfPt ?? 101;
  if (!Number.isInteger(dtmfPlainPt) || dtmfPlainPt < 96 || dtmfPlainPt > 127) throw new TypeError("createWebRtcLeg: dtmfPt must be 96-127");
  const mediaTimeoutMs = opts.mediaTimeoutMs ?? 3000;
  if (!(Number.isFinite(mediaTimeoutMs) && mediaTimeoutMs >= 0)) throw new TypeError("createWebRtcLeg: mediaTimeoutMs must be >= 0");
  if (opts.rtpTarget !== undefined && !(Number.isInteger(opts.rtpTarget.port) && opts.rtpTarget.port > 0 && opts.rtpTarget.port < 65536)) {
    throw new TypeError("createWebRtcLeg: rtpTarget.port must be a UDP port");
  }
  const loopback = isLoopback(bindAddress);
  const sock = await openSocket(bindAddress);
  const rtpPort = sock.address().port;

  const config: RtcConfig = { iceServers: opts.iceServers ?? [], bindAddress, enableIceTcp: false };
  if (opts.icePortRange) {
    config.portRangeBegin = opts.icePortRange[0];
    config.portRangeEnd = opts.icePortRange[1];
  }
  const pc = new PeerConnection("switchboard", config);
  const ssrc = ((Math.random() * 0xfffffffe) >>> 0) + 1;
  const counters: WebRtcLegCounters = { fromPeer: 0, toPeer: 0, dropped: 0, rtcpIn: 0, peerIn: 0 };
  let state: WebRtcLegState = "new";
  // What the library says (ICE/DTLS); `state` also goes "disconnected" when media stops.
  let libState: WebRtcLegState = "new";
  let seenPeerIn = 0;
  let quietSince = 0;
  let track: Track | null = null;
  let targetPort = opts.rtpTarget?.port ?? 0;
  let targetAddr = opts.rtpTarget?.address ?? "127.0.0.1";
  // Browser's telephone-event payload type (from its SDP); -1 until negotiated.
  let dtmfPeerPt = -1;
  // Audio codec and payload type (PCMU unless an Opus-only offer was accepted).
  let codec: "PCMU" | "OPUS" = "PCMU";
  let audioPt = PT_PCMU;
  // One gap-free outgoing stream whatever source the plain side switches to.
  let out = new RtpContinuity(ssrc);
  let closed = false;

  const setState = (s: WebRtcLegState) => {
    if (state === s || state === "closed") return;
    state = s;
    try {
      opts.onState?.(s);
    } catch {
      // the caller's bug must not abort the process (this can run on a native callback)
    }
  };
  pc.onStateChange((s) => {
    if (s === "connected" || s === "connecting" || s === "disconnected" || s === "failed" || s === "closed") {
      libState = s;
      quietSince = performance.now();
      setState(s);
    }
  });
  const check = () => {
    if (libState !== "connected") return;
    const now = performance.now();
    if (counters.peerIn !== seenPeerIn) {
      seenPeerIn = counters.peerIn;
      quietSince = now;
      if (state === "disconnected") setState("connected");
    } else if (state === "connected" && now - quietSince >= mediaTimeoutMs) setState("disconnected");
  };
  if (mediaTimeoutMs > 0) watch(check);

  // Browser -> plain RTP.
  // Runs on a native callback: it must never throw (a throw there aborts the
  // process), and libdatachannel may still deliver a packet after close().
  const onPeer = (msg: string | Buffer | ArrayBuffer) => {
    if (closed) return;
    counters.peerIn++;
    if (!Buffer.isBuffer(msg) || msg.length < RTP_HEADER || (msg[0]! & 0xc0) !== 0x80) {
      counters.dropped++;
      return;
    }
    if (isRtcp(msg)) {
      counters.rtcpIn++;
      return;
    }
    const pt = msg[1]! & 0x7f;
    if (pt === dtmfPeerPt) msg[1] = (msg[1]! & 0x80) | dtmfPlainPt;
    else if (pt !== audioPt) {
      counters.dropped++;
      return;
    }
    if (targetPort === 0) {
      counters.dropped++;
      return;
    }
    counters.fromPeer++;
    try {
      sock.send(msg, targetPort, targetAddr);
    } catch {
      counters.dropped++;
    }
  };

  // Plain RTP -> browser.
  sock.on("message", (msg) => {
    if (closed || libState !== "connected" || track === null || msg.length < RTP_HEADER || (msg[0]! & 0xc0) !== 0x80) {
      counters.dropped++;
      return;
    }
    const pt = msg[1]! & 0x7f;
    if (pt === dtmfPlainPt && dtmfPeerPt >= 0) msg[1] = (msg[1]! & 0x80) | dtmfPeerPt;
    else if (pt !== audioPt) {
      counters.dropped++;
      return;
    }
    out.rewrite(msg);
    let sent = false;
    try {
      sent = track.sendMessageBinary(msg);
    } catch {
      // closed underneath us
    }
    if (sent) counters.toPeer++;
    else counters.dropped++;
  });

  const addAudio = (mid: string, peerDtmfPt: number) => {
    if (track !== null) throw new Error("WebRtcLeg: already negotiated (renegotiation is not supported; create a new leg)");
    const audio = new Audio(mid, "SendRecv");
    if (codec === "OPUS") audio.addOpusCodec(audioPt);
    else audio.addAudioCodec(PT_PCMU, "PCMU");
    if (peerDtmfPt >= 0) audio.addAudioCodec(peerDtmfPt, "telephone-event/8000");
    audio.addSSRC(ssrc, "switchboard", "switchboard", "audio");
    dtmfPeerPt = peerDtmfPt;
    track = pc.addTrack(audio);
    track.onMessage(onPeer);
  };

  const localWhenGathered = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const done = () => {
        let d: { sdp: string } | null = null;
        try {
          d = pc.localDescription();
        } catch {}
        if (d) resolve(d.sdp);
        else reject(new Error("WebRtcLeg: no local description"));
      };
      if (pc.gatheringState() === "complete") return done();
      const t = setTimeout(() => reject(new Error("WebRtcLeg: ICE gathering timed out")), 10000);
      pc.onGatheringStateChange((s) => {
        if (s === "complete") {
          clearTimeout(t);
          done();
        }
      });
    });

  const remote = (sdp: string) => (loopback ? loopbackCandidates(sdp) : sdp);

  return {
    rtpPort,
    rtpAddress: bindAddress,
    get state() {
      return state;
    },
    counters,
    get codec() {
      return codec;
    },
    get payloadType() {
      return audioPt;
    },
    async answerSdp(offerSdp: string): Promise<string> {
      if (typeof offerSdp !== "string" || !offerSdp.includes("m=audio")) throw new TypeError("answerSdp: offer must be SDP with an audio section");
      if (!hasPcmu(offerSdp)) {
        const op = opts.opus === true ? opusPt(offerSdp) : -1;
        if (op < 0) throw new Error(opts.opus === true ? "answerSdp: the offer has neither PCMU (payload type 0) nor opus/48000/2" : "answerSdp: the offer has no PCMU (payload type 0)");
        codec = "OPUS";
        audioPt = op;
        out = new RtpContinuity(ssrc, undefined, undefined, 960);
      }
      addAudio(audioMid(offerSdp), telephoneEventPt(offerSdp));
      const local = localWhenGathered();
      pc.setRemoteDescription(remote(offerSdp), "offer");
      return local;
    },
    async offerSdp(): Promise<string> {
      addAudio("0", 101);
      const local = localWhenGathered();
      pc.setLocalDescription("offer");
      return local;
    },
    acceptAnswer(answerSdp: string): void {
      if (typeof answerSdp !== "string" || !answerSdp.includes("m=audio")) throw new TypeError("acceptAnswer: answer must be SDP with an audio section");
      if (track === null) throw new Error("acceptAnswer: call offerSdp() first");
      dtmfPeerPt = telephoneEventPt(answerSdp);
      // libdatachannel, as the offerer, sometimes rejects candidates carried in
      // the answer ("Got a remote candidate without ICE transport") when both
      // ends handshake on one busy CPU. So the description goes in without
      // them and each candidate follows, retried briefly.
      const lines = remote(answerSdp).split(/\r?\n/);
      const cands = lines.filter((l) => l.startsWith("a=candidate:")).map((l) => l.slice(2));
      const mid = audioMid(answerSdp);
      pc.setRemoteDescription(lines.filter((l) => !l.startsWith("a=candidate:")).join("\r\n"), "answer");
      const add = (c: string, tries: number) => {
        if (closed) return;
        try {
          pc.addRemoteCandidate(c, mid);
        } catch {
          if (tries > 0) setTimeout(() => add(c, tries - 1), 20);
          else counters.dropped++;
        }
      };
      for (const c of cands) add(c, 25);
    },
    addIceCandidate(candidate: string, mid?: string): void {
      if (typeof candidate !== "string") throw new TypeError("addIceCandidate: candidate must be a string");
      const c = candidate.startsWith("a=") ? candidate.slice(2) : candidate;
      if (c === "" || (loopback && !/ udp /i.test(c)) || (loopback && !/ 127\.\d+\.\d+\.\d+ /.test(c))) return;
      try {
        pc.addRemoteCandidate(c, mid ?? "0");
      } catch {
        counters.dropped++;
      }
    },
    setRtpTarget(port: number, address = "127.0.0.1"): void {
      if (!Number.isInteger(port) || port <= 0 || port >= 65536) throw new TypeError("setRtpTarget: port must be a UDP port");
      targetPort = port;
      targetAddr = address;
    },
    close(): void {
      if (closed) return;
      closed = true;
      unwatch(check);
      // pc.close() closes its track; closing the track first crashed
      // node-datachannel 0.33.4 (SIGSEGV) after a resume swapped legs.
      const done = new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 1000);
        t.unref();
        pc.onStateChange((s) => {
          if (s === "closed") {
            clearTimeout(t);
            resolve();
          }
        });
      });
      closing.add(done);
      void done.then(() => closing.delete(done));
      try {
        pc.close();
      } catch {}
      sock.close();
      setState("closed");
    },
  };
}
