// Messages between MediaEngine (main thread) and its media workers. One
// message per call change; packets never cross threads.
import type { Codec } from "./rtp.ts";

export interface WorkerInit {
  index: number;
  workers: number;
  host: string;
  portMin: number;
  portMax: number;
  dataDir: string;
  rtcpIntervalMs: number;
  /** SCHED_RR priority of the worker's thread, 0 = normal scheduling. */
  realtimePriority: number;
}

export type Command =
  | { op: "createLeg"; id: number; legId: string; callId: string; codec: Codec; pt: number; dtmfPt: number | null; symmetric: boolean; inbandDtmf: boolean; internal?: boolean }
  | { op: "setRemote"; legId: string; address: string; port: number; codec?: Codec; pt?: number; dtmfPt?: number | null }
  | { op: "play"; legId: string; tone?: "ringback" | "busy" | "moh"; file?: string; loop: boolean }
  | { op: "stopPlay"; legId: string }
  | { op: "joinRoom"; legId: string; roomId: string; muted?: boolean; deaf?: boolean; talkTo?: string[] | null }
  | { op: "setMember"; legId: string; muted?: boolean; deaf?: boolean; talkTo?: string[] | null }
  | { op: "leaveRoom"; legId: string }
  | { op: "recordRoom"; roomId: string; recordingPath: string | null }
  | { op: "recordMember"; id: number; legId: string; recordingPath: string | null }
  | { op: "bridge"; legA: string; legB: string; recordingPath: string | null }
  | { op: "unbridge"; legId: string }
  | { op: "pauseRec"; legId: string }
  | { op: "resumeRec"; legId: string }
  | { op: "destroyLeg"; id: number; legId: string }
  | { op: "stats"; id: number; legId: string }
  | { op: "close"; id: number }
  | { op: "info"; id: number }
  | { op: "crash" };

export interface LegStats {
  packetsIn: number;
  packetsOut: number;
  bytesIn: number;
  bytesOut: number;
  lost: number;
  /** Audio packets received from the far end (what `lost` is counted against; DTMF, CN and RTCP excluded). */
  received?: number;
  jitterMs: number;
  /** E-model (ITU-T G.107) MOS estimate; 0 if unknown. */
  mos: number;
  /** Round trip from RTCP LSR/DLSR (RFC 3550 6.4.1); 0 if unknown. */
  rttMs?: number;
  /** Cumulative loss of our outgoing stream as the far end reported it in RTCP. */
  remoteLost?: number;
  /** Interarrival jitter of our outgoing stream as the far end reported it. */
  remoteJitterMs?: number;
  /** Conference/monitor members: mean wait of received audio in the adaptive jitter buffer, ms. */
  playoutDelayMs?: number;
  /** Packets received but not relayed: malformed, wrong source after latching, unknown payload type. */
  dropped?: number;
}

export type Reply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string }
  | { ev: "dtmf"; legId: string; digit: string }
  | { ev: "recordingError"; path: string; error: string }
  | { ev: "playEnded"; legId: string }
  | { ev: "playError"; legId: string; error: string };

export const ZERO_STATS: LegStats = Object.freeze({ packetsIn: 0, packetsOut: 0, bytesIn: 0, bytesOut: 0, lost: 0, jitterMs: 0, mos: 0 });

/** Below dataDir: one file per open recording, naming its path, removed when it is finalised. */
export const JOURNAL_DIR = ".recordings-open";
