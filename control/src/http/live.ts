// Conversions of core's live events to the JSON shapes of the API/WebSocket.
import { pb, type switchboard } from "@switchboard/proto";

type V1 = typeof pb;

export const AGENT_STATUS: Record<number, string> = {
  [pb.AgentStatus.AGENT_LOGGED_OUT]: "logged_out",
  [pb.AgentStatus.AGENT_READY]: "ready",
  [pb.AgentStatus.AGENT_NOT_READY]: "not_ready",
  [pb.AgentStatus.AGENT_RESERVED]: "reserved",
  [pb.AgentStatus.AGENT_RINGING]: "ringing",
  [pb.AgentStatus.AGENT_ON_CALL]: "on_call",
  [pb.AgentStatus.AGENT_WRAP_UP]: "wrap_up",
};

export const CALL_PHASE: Record<number, string> = {
  [pb.CallPhase.CALL_NEW]: "new",
  [pb.CallPhase.CALL_QUEUED]: "queued",
  [pb.CallPhase.CALL_OFFERED]: "offered",
  [pb.CallPhase.CALL_ANSWERED]: "answered",
  [pb.CallPhase.CALL_ENDED]: "ended",
};

export function agentJson(a: switchboard.v1.IAgentStateEvent) {
  return {
    tenantId: a.tenantId ?? "",
    agentId: a.agentId ?? "",
    status: AGENT_STATUS[a.status ?? 0] ?? "logged_out",
    reason: a.reason ?? "",
    sinceMs: Number(a.sinceMs ?? 0),
    registered: a.registered ?? false,
    callId: a.callId ?? "",
  };
}

export function callJson(c: switchboard.v1.ICallStateEvent) {
  return {
    tenantId: c.tenantId ?? "",
    callId: c.callId ?? "",
    phase: CALL_PHASE[c.phase ?? 0] ?? "new",
    caller: c.caller ?? "",
    callee: c.callee ?? "",
    queueId: c.queueId ?? "",
    agentId: c.agentId ?? "",
    tsMs: Number(c.tsMs ?? 0),
    startMs: Number(c.startMs ?? 0),
    // Variables collected in the IVR travel with the call (screen pop).
    ivr: { ...(c.data ?? {}) },
  };
}

export function queueJson(q: switchboard.v1.IQueueStatsEvent) {
  return {
    tenantId: q.tenantId ?? "",
    queueId: q.queueId ?? "",
    waiting: q.waiting ?? 0,
    longestWaitS: q.longestWaitS ?? 0,
    agentsReady: q.agentsReady ?? 0,
    agentsBusy: q.agentsBusy ?? 0,
  };
}

/** The tenant an event belongs to and its JSON message, or null for kinds not streamed. */
export function eventToJson(ev: switchboard.v1.IEvent): { tenantId: string; msg: Record<string, unknown> } | null {
  if (ev.call) return { tenantId: ev.call.tenantId ?? "", msg: { type: "call", ...callJson(ev.call) } };
  if (ev.agent) return { tenantId: ev.agent.tenantId ?? "", msg: { type: "agent", ...agentJson(ev.agent) } };
  if (ev.queue) return { tenantId: ev.queue.tenantId ?? "", msg: { type: "queue", ...queueJson(ev.queue) } };
  if (ev.cdr) return { tenantId: ev.cdr.tenantId ?? "", msg: { type: "cdr", callId: ev.cdr.callId ?? "" } };
  return null;
}

export type { V1 };
