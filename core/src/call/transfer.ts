// Where a console transfer or consultation goes (转接 / 咨询): pure target
// resolution, kept apart from the B2BUA so every refusal reason is tested
// on its own. Nothing here looks outside the call's tenant: an agent or
// queue of another tenant is "unknown", never "forbidden", so a caller
// learns nothing about other tenants.
import type { AgentView, QueueView, TrunkView } from "../config/index.ts";

export interface TransferTargetInput {
  kind: string;
  value: string;
}

export type ResolvedTarget =
  | { kind: "agent"; agent: AgentView }
  | { kind: "queue"; queue: QueueView }
  | { kind: "number"; number: string; trunk: TrunkView };

/** Machine codes of a refused target; control maps them to HTTP statuses. */
export type TargetErrorCode = "invalid" | "unknown_target" | "unavailable" | "busy" | "no_route";

export type TargetResult = { ok: true; target: ResolvedTarget } | { ok: false; code: TargetErrorCode; reason: string };

/** What resolution needs from the switch (the config store, the ACD, the registrar and browser sessions). */
export interface TargetLookup {
  agent(id: string): AgentView | undefined;
  agentByExtension(tenantId: string, ext: string): AgentView | undefined;
  agents(): Iterable<AgentView>;
  queue(id: string): QueueView | undefined;
  trunks(tenantId: string): TrunkView[];
  /** ACD state: logged_out | ready | not_ready | reserved | ringing | on_call | wrap_up. */
  agentState(agentId: string): string;
  /** A SIP phone registered or a browser session connected. */
  reachable(agent: AgentView): boolean;
}

const NUMBER_RE = /^\+?[0-9*#]{2,32}$/;
const BUSY = new Set(["reserved", "ringing", "on_call"]);

/**
 * Resolves a console target for the call of `tenantId` currently with
 * `currentAgentId`. `purpose` "transfer" (blind) re-queues the customer for
 * an agent, so that agent must be ready (a not-ready target would let the
 * queue hand the call straight back to another agent, or to the one who
 * just transferred it); "consult" rings the agent directly, so any agent
 * who is signed in, reachable and not on a call will do.
 * A number that is one of the tenant's extensions resolves to that agent.
 */
export function resolveTarget(
  lookup: TargetLookup,
  tenantId: string,
  input: TransferTargetInput | null | undefined,
  purpose: "transfer" | "consult",
  currentAgentId: string,
): TargetResult {
  const kind = input?.kind ?? "";
  const value = (input?.value ?? "").trim();
  if (kind !== "agent" && kind !== "queue" && kind !== "number") return { ok: false, code: "invalid", reason: "target.kind must be agent, queue or number" };
  if (!value || value.length > 64) return { ok: false, code: "invalid", reason: "target.value must be 1-64 characters" };
  if (kind === "queue") {
    if (purpose === "consult") return { ok: false, code: "invalid", reason: "a consultation needs an agent or a number, not a queue" };
    const q = lookup.queue(value);
    if (!q || q.tenantId !== tenantId) return { ok: false, code: "unknown_target", reason: `unknown queue ${value}` };
    return { ok: true, target: { kind: "queue", queue: q } };
  }
  let agent: AgentView | undefined;
  if (kind === "agent") {
    const byId = lookup.agent(value);
    agent = byId && byId.tenantId === tenantId ? byId : lookup.agentByExtension(tenantId, value);
    if (!agent) {
      for (const a of lookup.agents()) {
        if (a.tenantId === tenantId && a.jobNumber === value) {
          agent = a;
          break;
        }
      }
    }
    if (!agent) return { ok: false, code: "unknown_target", reason: `unknown agent ${value}` };
  } else {
    if (!NUMBER_RE.test(value)) return { ok: false, code: "invalid", reason: "target.value: a number is 2-32 digits (* # and a leading + allowed)" };
    agent = lookup.agentByExtension(tenantId, value);
    if (!agent) {
      const trunk = lookup.trunks(tenantId)[0];
      if (!trunk) return { ok: false, code: "no_route", reason: "no trunk configured for external numbers" };
      return { ok: true, target: { kind: "number", number: value, trunk } };
    }
  }
  const name = agent.extension || agent.jobNumber || agent.id;
  if (agent.id === currentAgentId) return { ok: false, code: "invalid", reason: `the call is already with agent ${name}` };
  const state = lookup.agentState(agent.id);
  if (state === "logged_out") return { ok: false, code: "unavailable", reason: `agent ${name} is not logged in` };
  if (!lookup.reachable(agent)) return { ok: false, code: "unavailable", reason: `agent ${name} has no phone or browser connected` };
  if (purpose === "transfer") {
    if (state !== "ready") return { ok: false, code: "busy", reason: `agent ${name} is not ready (${state})` };
    if (!agent.queueIds.some((q) => lookup.queue(q))) return { ok: false, code: "unavailable", reason: `agent ${name} is in no queue` };
  } else if (BUSY.has(state)) return { ok: false, code: "busy", reason: `agent ${name} is busy (${state})` };
  return { ok: true, target: { kind: "agent", agent } };
}
