// Live floor state (agents, calls, queues) and the pure reducer that applies event-stream messages.
// Plain TypeScript with no DOM or React, so node tests can drive it.
import type { Agent, AgentStatus, Call, QueueStats, ServerEvent } from "./api.ts";

export interface LiveState {
  agents: Readonly<Record<string, Agent>>;
  /** Calls that are up (every phase but "ended"). */
  calls: Readonly<Record<string, Call>>;
  queues: Readonly<Record<string, QueueStats>>;
  /** Increments on every applied event; lets views refresh derived data (e.g. CDRs after a call ends). */
  seq: number;
  /** callId of the last call that ended, or null. */
  lastEndedCallId: string | null;
  /** Increments when a call ends or control reports a CDR written: CDR lists reload on change. */
  cdrSeq: number;
  /** false when control reported that core (the switch) is unreachable; null before the first snapshot. */
  coreLive: boolean | null;
}

export function emptyLive(): LiveState {
  return { agents: {}, calls: {}, queues: {}, seq: 0, lastEndedCallId: null, cdrSeq: 0, coreLive: null };
}

const AGENT_STATUSES: ReadonlySet<string> = new Set<AgentStatus>([
  "logged_out",
  "ready",
  "not_ready",
  "reserved",
  "ringing",
  "on_call",
  "wrap_up",
]);

function num(v: unknown, fallback: number): number {
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

function byId<T>(items: readonly T[] | undefined, key: (t: T) => string): Record<string, T> {
  const out: Record<string, T> = {};
  if (!Array.isArray(items)) return out;
  for (const it of items) {
    if (it && typeof it === "object") out[key(it)] = it;
  }
  return out;
}

/**
 * Applies one server event. Never throws: a malformed event returns the state unchanged.
 * - snapshot replaces everything (sent on every (re)connect);
 * - agent merges into the known agent (events carry no jobNumber/displayName) or adds a stub;
 * - call merges by callId (so screen-pop fields from "offered" survive "answered"); "ended" removes it;
 * - queue replaces that queue's stats;
 * - cdr only bumps cdrSeq so CDR lists reload.
 * `nowMs` (default Date.now()) stamps answerMs on an answered call that arrives without one.
 */
export function applyEvent(state: LiveState, ev: ServerEvent, nowMs: number = Date.now()): LiveState {
  if (!ev || typeof ev !== "object") return state;
  const seq = state.seq + 1;
  switch (ev.type) {
    case "snapshot": {
      const calls = byId(ev.calls, (c) => c.callId);
      for (const id of Object.keys(calls)) if (calls[id]!.phase === "ended") delete calls[id];
      return {
        agents: byId(ev.agents, (a) => a.id),
        calls,
        queues: ev.queues ? byId(ev.queues, (q) => q.queueId) : state.queues,
        seq,
        lastEndedCallId: state.lastEndedCallId,
        // A (re)connect may have missed CDRs written meanwhile.
        cdrSeq: state.cdrSeq + 1,
        coreLive: typeof ev.live === "boolean" ? ev.live : true,
      };
    }
    case "agent": {
      const id = ev.agentId;
      if (typeof id !== "string" || !id) return state;
      const prev: Agent = state.agents[id] ?? {
        id,
        jobNumber: id,
        extension: "",
        displayName: "",
        status: "logged_out",
        reason: null,
        sinceMs: 0,
        registered: false,
      };
      const next: Agent = { ...prev };
      if (typeof ev.status === "string" && AGENT_STATUSES.has(ev.status)) next.status = ev.status;
      if (ev.reason !== undefined) next.reason = ev.reason ?? null;
      next.sinceMs = num(ev.sinceMs, prev.sinceMs);
      if (typeof ev.registered === "boolean") next.registered = ev.registered;
      if (typeof ev.jobNumber === "string") next.jobNumber = ev.jobNumber;
      if (typeof ev.extension === "string") next.extension = ev.extension;
      if (typeof ev.displayName === "string") next.displayName = ev.displayName;
      if (ev.wrapUpUntilMs !== undefined) next.wrapUpUntilMs = ev.wrapUpUntilMs;
      return { ...state, agents: { ...state.agents, [id]: next }, seq };
    }
    case "call": {
      const { type: _t, ...call } = ev;
      const id = call.callId;
      if (typeof id !== "string" || !id) return state;
      if (call.phase === "ended") {
        const cdrSeq = state.cdrSeq + 1;
        if (!(id in state.calls)) return { ...state, seq, lastEndedCallId: id, cdrSeq };
        const calls = { ...state.calls };
        delete calls[id];
        return { ...state, calls, seq, lastEndedCallId: id, cdrSeq };
      }
      const prev = state.calls[id];
      const merged: Call = prev ? { ...prev } : ({ ...call } as Call);
      if (prev) {
        for (const [k, v] of Object.entries(call)) {
          // undefined means "not sent": keep what we knew (screen-pop data arrives once, with "offered").
          if (v !== undefined) (merged as unknown as Record<string, unknown>)[k] = v;
        }
      }
      // Talk time counts from the answer; when control does not send answerMs, stamp when we saw it.
      if (merged.phase === "answered" && merged.answerMs == null) merged.answerMs = nowMs;
      return { ...state, calls: { ...state.calls, [id]: merged }, seq };
    }
    case "queue": {
      const { type: _t, ...q } = ev;
      if (typeof q.queueId !== "string" || !q.queueId) return state;
      return { ...state, queues: { ...state.queues, [q.queueId]: q }, seq };
    }
    case "cdr":
      return { ...state, seq, cdrSeq: state.cdrSeq + 1 };
    default:
      return state;
  }
}

/** Agents ordered by job number (numeric when both are numbers), then id. */
export function sortedAgents(s: LiveState): Agent[] {
  return Object.values(s.agents).sort((a, b) => {
    const x = a.jobNumber || a.id;
    const y = b.jobNumber || b.id;
    return x.localeCompare(y, "en", { numeric: true });
  });
}

/** Calls that are up, oldest first. */
export function liveCalls(s: LiveState): Call[] {
  return Object.values(s.calls).sort((a, b) => a.startMs - b.startMs || a.callId.localeCompare(b.callId));
}

export function queueList(s: LiveState): QueueStats[] {
  return Object.values(s.queues).sort((a, b) => a.queueId.localeCompare(b.queueId));
}

export type StatusCounts = Record<AgentStatus, number> & { total: number; signedIn: number };

export function statusCounts(s: LiveState): StatusCounts {
  const c: StatusCounts = {
    logged_out: 0,
    ready: 0,
    not_ready: 0,
    reserved: 0,
    ringing: 0,
    on_call: 0,
    wrap_up: 0,
    total: 0,
    signedIn: 0,
  };
  for (const a of Object.values(s.agents)) {
    c.total++;
    c[a.status] = (c[a.status] ?? 0) + 1;
    if (a.status !== "logged_out") c.signedIn++;
  }
  return c;
}

/**
 * Queue stats for the wall. When control sends "queue" events, those win; otherwise derive waiting
 * counts from the calls we see (queued calls per queue, longest wait from their startMs).
 */
export function queueStatsView(s: LiveState, nowMs: number): QueueStats[] {
  const out: Record<string, QueueStats> = {};
  for (const q of Object.values(s.queues)) out[q.queueId] = { ...q };
  const derived: Record<string, QueueStats> = {};
  for (const c of Object.values(s.calls)) {
    if (!c.queueId) continue;
    const d = (derived[c.queueId] ??= { queueId: c.queueId, waiting: 0, longestWaitS: 0, agentsReady: 0, agentsBusy: 0 });
    if (c.phase === "queued" || c.phase === "new") {
      d.waiting++;
      d.longestWaitS = Math.max(d.longestWaitS, Math.max(0, Math.floor((nowMs - c.startMs) / 1000)));
    }
  }
  for (const [id, d] of Object.entries(derived)) {
    if (!out[id]) out[id] = d;
  }
  return Object.values(out).sort((a, b) => a.queueId.localeCompare(b.queueId));
}

/** A click-to-dial call (页面点击拨号) is "offered" while the destination rings: the agent placed it. */
export function isDialing(c: Call | null | undefined): boolean {
  return c?.phase === "offered" && c.ivr?.click_to_dial === "1";
}

/** The call rings for the agent (an offer to answer), not a call the agent is placing. */
export function isRinging(c: Call | null | undefined): boolean {
  return c?.phase === "offered" && !isDialing(c);
}

/** The call currently offered to or held by this agent (for the screen pop), if any. */
export function myCall(s: LiveState, agentId: string | null): Call | null {
  if (!agentId) return null;
  let best: Call | null = null;
  for (const c of Object.values(s.calls)) {
    if (c.agentId !== agentId) continue;
    if (c.phase !== "offered" && c.phase !== "answered") continue;
    if (!best || c.startMs > best.startMs) best = c;
  }
  return best;
}

/** Countdown length when control does not send wrapUpUntilMs (an assumed policy; control owns the real one). */
export const DEFAULT_WRAP_UP_S = 30;

/**
 * Seconds of after-call work left for an agent in wrap_up (0 when over): control's wrapUpUntilMs when
 * sent, else `wrapUpS` (the queue's configured wrap-up, default DEFAULT_WRAP_UP_S) from sinceMs.
 */
export function wrapUpRemainingS(agent: Agent, nowMs: number, wrapUpS: number = DEFAULT_WRAP_UP_S): number {
  if (agent.wrapUpUntilMs != null) return Math.max(0, Math.ceil((agent.wrapUpUntilMs - nowMs) / 1000));
  // The page's clock ticks once a second and may lag the switch's: never show more than the whole wrap-up.
  return Math.min(wrapUpS, Math.max(0, Math.ceil((agent.sinceMs + wrapUpS * 1000 - nowMs) / 1000)));
}
