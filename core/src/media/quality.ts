// Per-leg call quality for the CDR: what we received from one party (jitter,
// loss) and the round trip to it. Computed once per leg at the end of a call.
import type { LegStats } from "./protocol.ts";

export interface LegQuality {
  /** RFC 3550 §6.4.1 / A.8 interarrival jitter of the party's stream as we received it, ms. */
  jitterMs: number;
  /** Packets of the party's audio stream that never arrived (RFC 3550 §6.4.1 cumulative lost, at the end). */
  lost: number;
  /** lost / expected, 0..1 (expected = received + lost). */
  lossFraction: number;
  /**
   * Round trip, ms: from RTCP LSR/DLSR (RFC 3550 §6.4.1) when the party sent
   * receiver reports of our stream, otherwise the signalling round trip the
   * call layer measured (2xx -> ACK, RFC 3261 §13.3.1.4), otherwise 0 (unknown).
   */
  rttMs: number;
  /** Where rttMs came from. */
  rttSource: "rtcp" | "sip" | "none";
}

/**
 * The quality of one leg from its final statistics, or null when the leg
 * carried no audio from the party (nothing received, nothing known lost):
 * a CDR then says "not measured" rather than a perfect 0 % loss.
 *
 * @param sipRttMs signalling round trip measured by the call layer, 0 = none (default 0)
 */
export function legQuality(stats: LegStats | null | undefined, sipRttMs = 0): LegQuality | null {
  if (!stats) return null;
  const received = stats.received ?? 0;
  const lost = Math.max(0, stats.lost);
  if (received === 0) return null;
  const rtcpRtt = stats.rttMs ?? 0;
  const rttSource = rtcpRtt > 0 ? "rtcp" : sipRttMs > 0 ? "sip" : "none";
  return {
    jitterMs: round3(stats.jitterMs),
    lost,
    lossFraction: round4(lost / (received + lost)),
    rttMs: round3(rttSource === "rtcp" ? rtcpRtt : rttSource === "sip" ? sipRttMs : 0),
    rttSource,
  };
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
function round4(v: number): number {
  return Math.round(v * 10000) / 10000;
}
