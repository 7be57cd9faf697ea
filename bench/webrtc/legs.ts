// Server-side WebRTC audio legs for the benchmark, one per candidate library
// (node-datachannel = core's gateway as shipped; werift written here).
// Each leg terminates ICE/DTLS-SRTP from a browser(-less) client, negotiates
// PCMU only, and relays audio as plain RTP to/from one local UDP socket: what
// comes in over WebRTC goes to `rtpTarget`, what arrives on the socket goes
// back into WebRTC. That is exactly the gateway core needs (a media-engine leg
// points at the socket), so the numbers measure the real per-leg cost.
import * as dgram from "node:dgram";
import { createWebRtcLeg } from "../../core/src/webrtc/index.ts";
import { RTCPeerConnection, RTCRtpCodecParameters, type RTCRtpTransceiver } from "werift";

export type Lib = "node_datachannel" | "werift";
export const LIBS: readonly Lib[] = ["node_datachannel", "werift"];

const HOST = "127.0.0.1";

export interface LegCounters {
  /** RTP packets received over WebRTC and sent to the plain side */
  fromPeer: number;
  /** RTP packets received on the plain socket and sent over WebRTC */
  toPeer: number;
  /** packets dropped (not RTP, not connected, send failed) */
  dropped: number;
}

export interface ServerLeg {
  readonly rtpPort: number;
  readonly counters: LegCounters;
  /** Takes the client's offer, resolves with the full answer (all candidates). */
  answer(offerSdp: string): Promise<string>;
  /** Resolves once media can flow (DTLS connected). */
  connected: Promise<void>;
  close(): void;
}

function openSocket(): Promise<dgram.Socket> {
  return new Promise((resolve, reject) => {
    const s = dgram.createSocket("udp4");
    s.once("error", reject);
    s.bind(0, HOST, () => {
      s.off("error", reject);
      s.on("error", () => {});
      // Room for a scheduling hiccup's worth of packets (the kernel caps it at rmem_max).
      s.setRecvBufferSize(256 << 10);
      resolve(s);
    });
  });
}

/** Keeps only loopback UDP candidates: loopback is the only traffic target allowed here. */
export function loopbackOnly(sdp: string): string {
  return sdp
    .split("\r\n")
    .filter((l) => !l.startsWith("a=candidate:") || (/ udp /i.test(l) && l.includes(` ${HOST} `)))
    .join("\r\n");
}

// node-datachannel: the shipped gateway itself (core/src/webrtc), so the
// benchmark measures exactly what core runs.
async function ndcLeg(rtpTarget: number): Promise<ServerLeg> {
  let resolveConnected!: () => void;
  const connected = new Promise<void>((r) => {
    resolveConnected = r;
  });
  const leg = await createWebRtcLeg({
    rtpTarget: { port: rtpTarget },
    onState: (s) => {
      if (s === "connected") resolveConnected();
    },
  });
  return {
    rtpPort: leg.rtpPort,
    counters: leg.counters,
    connected,
    answer: (offerSdp) => leg.answerSdp(offerSdp),
    close: () => leg.close(),
  };
}

async function weriftLeg(rtpTarget: number): Promise<ServerLeg> {
  const sock = await openSocket();
  const counters: LegCounters = { fromPeer: 0, toPeer: 0, dropped: 0 };
  const pc = new RTCPeerConnection({
    codecs: {
      audio: [new RTCRtpCodecParameters({ mimeType: "audio/PCMU", clockRate: 8000, channels: 1, payloadType: 0 })],
      video: [],
    },
    headerExtensions: { audio: [], video: [] },
    iceUseIpv6: false,
    iceUseTcp: false,
    iceAdditionalHostAddresses: [HOST],
    iceInterfaceAddresses: { udp4: HOST },
    iceFilterCandidatePair: (pair) => pair.localCandidate.host === HOST && pair.remoteCandidate.host === HOST,
  });
  let tr: RTCRtpTransceiver | null = null;
  let open = false;
  let resolveConnected!: () => void;
  const connected = new Promise<void>((r) => {
    resolveConnected = r;
  });
  pc.connectionStateChange.subscribe((s) => {
    if (s === "connected") {
      open = true;
      resolveConnected();
    } else if (s === "closed" || s === "failed") open = false;
  });
  pc.onTransceiverAdded.subscribe((t) => {
    t.setDirection("sendrecv");
    tr = t;
    t.onTrack.subscribe((track) => {
      track.onReceiveRtp.subscribe((rtp) => {
        counters.fromPeer++;
        sock.send(rtp.serialize(), rtpTarget, HOST);
      });
    });
  });
  sock.on("message", (msg) => {
    if (!open || tr === null || msg.length < 12) {
      counters.dropped++;
      return;
    }
    counters.toPeer++;
    tr.sender.sendRtp(msg).catch(() => {
      counters.dropped++;
    });
  });
  let closed = false;
  return {
    rtpPort: sock.address().port,
    counters,
    connected,
    async answer(offerSdp: string): Promise<string> {
      await pc.setRemoteDescription({ type: "offer", sdp: offerSdp });
      const ans = await pc.createAnswer();
      await pc.setLocalDescription(ans);
      if (pc.iceGatheringState !== "complete") {
        await new Promise<void>((r) => {
          const { unSubscribe } = pc.iceGatheringStateChange.subscribe((s) => {
            if (s === "complete") {
              unSubscribe();
              r();
            }
          });
        });
      }
      return loopbackOnly(pc.localDescription!.sdp);
    },
    close() {
      if (closed) return;
      closed = true;
      open = false;
      pc.close().catch(() => {});
      sock.close();
    },
  };
}

export function createServerLeg(lib: Lib, rtpTarget: number): Promise<ServerLeg> {
  return lib === "werift" ? weriftLeg(rtpTarget) : ndcLeg(rtpTarget);
}
