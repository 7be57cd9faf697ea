// WebRTC for agents' browsers: the gateway leg (browser ICE/DTLS-SRTP <-> plain
// PCMU RTP on a local port) and the per-agent persistent sessions built on it.
// Contract and call flow: docs/webrtc.md.
import { cleanup } from "node-datachannel";
import { closing } from "./leg.ts";

export { createWebRtcLeg, type WebRtcLeg, type WebRtcLegCounters, type WebRtcLegOptions, type WebRtcLegState } from "./leg.ts";
export { type WebRtcSessionEvent, WebRtcSessionError, WebRtcSessions, type WebRtcSessionsOptions, type WebRtcSessionState } from "./sessions.ts";

/**
 * Releases libdatachannel's global threads. Call once at process shutdown,
 * after every leg is closed: without it the process lingers about 8 s after
 * the last close. Waits (up to 1 s per leg, in parallel) for closing legs to
 * finish first. Creating legs after it is not supported.
 */
export async function shutdownWebRtc(): Promise<void> {
  await Promise.all(closing);
  cleanup();
}
