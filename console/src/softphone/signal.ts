// The softphone's signalling messages on control's WebSocket (docs/webrtc.md)
// and the SDP checks the console needs. Pure: node tests run it.

export type PhoneState =
  /** no session (not an agent on device WebRTC, or stopped) */
  | "idle"
  /** asking for the microphone, offering, waiting for the answer or ICE/DTLS */
  | "connecting"
  /** media path up: calls can be answered */
  | "connected"
  /** lost the media path or the socket; re-offering with `resume` */
  | "reconnecting"
  /** gave up for now (no microphone, server refused); retried on the next socket open */
  | "failed";

export type SignalOut =
  | { type: "webrtc.offer"; reqId: string; sdp: string; resume?: string }
  | { type: "webrtc.bye"; sessionId: string };

export type SignalIn =
  | { type: "webrtc.answer"; reqId: string; sessionId: string; sdp: string }
  | { type: "webrtc.error"; reqId: string; code: string; message: string }
  | { type: "webrtc.state"; sessionId: string; state: "connected" | "disconnected" | "closed"; reason: string };

const s = (v: unknown): string => (typeof v === "string" ? v : "");

/** True for the message types this module handles (the event stream routes them here). */
export function isSignal(type: unknown): boolean {
  return typeof type === "string" && type.startsWith("webrtc.");
}

/** A server message as a SignalIn, or null if it is not a well-formed one. Accepts text or a parsed object. */
export function parseSignal(raw: unknown): SignalIn | null {
  let o: unknown = raw;
  if (typeof raw === "string") {
    try {
      o = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (!o || typeof o !== "object") return null;
  const r = o as Record<string, unknown>;
  switch (r.type) {
    case "webrtc.answer":
      if (!s(r.reqId) || !s(r.sessionId) || !s(r.sdp).includes("m=audio")) return null;
      return { type: "webrtc.answer", reqId: s(r.reqId), sessionId: s(r.sessionId), sdp: s(r.sdp) };
    case "webrtc.error":
      return { type: "webrtc.error", reqId: s(r.reqId), code: s(r.code) || "error", message: s(r.message) };
    case "webrtc.state": {
      const st = s(r.state);
      if (!s(r.sessionId) || (st !== "connected" && st !== "disconnected" && st !== "closed")) return null;
      return { type: "webrtc.state", sessionId: s(r.sessionId), state: st, reason: s(r.reason) };
    }
    default:
      return null;
  }
}

/** The payload types an SDP's first audio m-line offers (RFC 4566 section 5.14). */
export function audioPayloadTypes(sdp: string): number[] {
  const m = /^m=audio \d+ \S+ ([\d ]+)\s*$/m.exec(sdp);
  return m ? m[1]!.trim().split(/\s+/).map(Number) : [];
}

/** PCMU (static pt 0, RFC 3551) is what the gateway needs: no transcoding to the SIP side. */
export function hasPcmu(sdp: string): boolean {
  return audioPayloadTypes(sdp).includes(0);
}

/**
 * The codec preference for `RTCRtpTransceiver.setCodecPreferences`: PCMU, then
 * telephone-event/8000 (RFC 4733 DTMF), nothing else. Takes the browser's
 * `RTCRtpReceiver.getCapabilities("audio").codecs`; returns them in that
 * order (empty if the browser cannot do PCMU: then leave its defaults).
 */
export function pcmuPreference<C extends { mimeType: string; clockRate: number }>(codecs: readonly C[]): C[] {
  const pcmu = codecs.filter((c) => c.mimeType.toLowerCase() === "audio/pcmu" && c.clockRate === 8000);
  if (pcmu.length === 0) return [];
  const dtmf = codecs.filter((c) => c.mimeType.toLowerCase() === "audio/telephone-event" && c.clockRate === 8000);
  return [...pcmu, ...dtmf];
}

/**
 * The preference for an Opus-only offer (SessionOptions.audioCodec "opus";
 * core must accept it: WEBRTC_OPUS=1, the media worker transcodes to G.711):
 * opus/48000, then telephone-event/8000. Empty if the browser has no Opus.
 */
export function opusPreference<C extends { mimeType: string; clockRate: number }>(codecs: readonly C[]): C[] {
  const opus = codecs.filter((c) => c.mimeType.toLowerCase() === "audio/opus" && c.clockRate === 48000);
  if (opus.length === 0) return [];
  const dtmf = codecs.filter((c) => c.mimeType.toLowerCase() === "audio/telephone-event" && c.clockRate === 8000);
  return [...opus, ...dtmf];
}

/** Payload type of opus/48000 among the offer's audio formats, or -1. */
export function opusPt(sdp: string): number {
  const m = /^a=rtpmap:(\d+) opus\/48000/im.exec(sdp);
  return m !== null && audioPayloadTypes(sdp).includes(Number(m[1])) ? Number(m[1]) : -1;
}

/** Digits RTCDTMFSender accepts (W3C webrtc section 7.2): 0-9 A-D # * and "," for a pause. */
export function dtmfDigits(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-D#*,]/g, "");
}

/** Delay before re-offer attempt n (0-based): 0.5 s doubling to 8 s, so a 30 s outage is retried often enough. */
export function resumeDelayMs(attempt: number): number {
  return Math.min(8000, 500 * 2 ** Math.max(0, attempt));
}

let reqCounter = 0;
/** Request ids correlate an offer with its answer on the shared socket. */
export function nextReqId(): string {
  reqCounter = (reqCounter + 1) % 1e9;
  return `r${Date.now().toString(36)}${reqCounter.toString(36)}`;
}
