import assert from "node:assert/strict";
import { test } from "node:test";
import type { AgentView, QueueView, TrunkView } from "../config/index.ts";
import { resolveTarget, type TargetLookup } from "./transfer.ts";

const agent = (id: string, tenantId: string, ext: string, job: string, queueIds = ["q1"]): AgentView =>
  ({ id, tenantId, extension: ext, jobNumber: job, displayName: ext, ha1Md5: "", ha1Sha256: "", queueIds, skills: {}, maxConcurrent: 1 }) as AgentView;
const queue = (id: string, tenantId: string): QueueView => ({ id, tenantId, name: id }) as QueueView;

function lookup(over: { states?: Record<string, string>; reachable?: Set<string>; trunks?: TrunkView[] } = {}): TargetLookup {
  const agents = [agent("a1", "t1", "1001", "J1"), agent("a2", "t1", "1002", "J2"), agent("a3", "t1", "1003", "J3", []), agent("x1", "t2", "1002", "J9")];
  const queues = [queue("q1", "t1"), queue("q2", "t2")];
  const states = over.states ?? { a1: "on_call", a2: "ready", a3: "ready", x1: "ready" };
  const reach = over.reachable ?? new Set(["a1", "a2", "a3", "x1"]);
  return {
    agent: (id) => agents.find((a) => a.id === id),
    agentByExtension: (t, ext) => agents.find((a) => a.tenantId === t && a.extension === ext),
    agents: () => agents,
    queue: (id) => queues.find((q) => q.id === id),
    trunks: (t) => (t === "t1" ? (over.trunks ?? []) : []),
    agentState: (id) => states[id] ?? "logged_out",
    reachable: (a) => reach.has(a.id),
  };
}

test("an agent by id, extension or job number, only in the call's tenant", () => {
  for (const value of ["a2", "1002", "J2"]) {
    const r = resolveTarget(lookup(), "t1", { kind: "agent", value }, "transfer", "a1");
    assert.ok(r.ok && r.target.kind === "agent" && r.target.agent.id === "a2", value);
  }
  // Another tenant's agent id is unknown here, never "forbidden".
  const other = resolveTarget(lookup(), "t1", { kind: "agent", value: "x1" }, "transfer", "a1");
  assert.deepEqual(other, { ok: false, code: "unknown_target", reason: "unknown agent x1" });
  const none = resolveTarget(lookup(), "t1", { kind: "agent", value: "9999" }, "consult", "a1");
  assert.equal(!none.ok && none.code, "unknown_target");
});

test("refusals name the reason", () => {
  const self = resolveTarget(lookup(), "t1", { kind: "agent", value: "1001" }, "transfer", "a1");
  assert.equal(!self.ok && self.code, "invalid");
  const out = resolveTarget(lookup({ states: { a2: "logged_out" } }), "t1", { kind: "agent", value: "1002" }, "consult", "a1");
  assert.deepEqual(out, { ok: false, code: "unavailable", reason: "agent 1002 is not logged in" });
  const noDevice = resolveTarget(lookup({ reachable: new Set() }), "t1", { kind: "agent", value: "1002" }, "consult", "a1");
  assert.equal(!noDevice.ok && noDevice.code, "unavailable");
  // Blind transfer queues the customer for the agent: not ready is refused, a consultation may ring them.
  const nr = lookup({ states: { a2: "not_ready" } });
  assert.equal((resolveTarget(nr, "t1", { kind: "agent", value: "1002" }, "transfer", "a1") as { code: string }).code, "busy");
  assert.ok(resolveTarget(nr, "t1", { kind: "agent", value: "1002" }, "consult", "a1").ok);
  const onCall = lookup({ states: { a2: "on_call" } });
  assert.equal((resolveTarget(onCall, "t1", { kind: "agent", value: "1002" }, "consult", "a1") as { code: string }).code, "busy");
  const noQueue = resolveTarget(lookup(), "t1", { kind: "agent", value: "1003" }, "transfer", "a1");
  assert.equal(!noQueue.ok && noQueue.code, "unavailable");
  assert.equal((resolveTarget(lookup(), "t1", { kind: "bogus", value: "1" }, "transfer", "a1") as { code: string }).code, "invalid");
  assert.equal((resolveTarget(lookup(), "t1", { kind: "agent", value: "" }, "transfer", "a1") as { code: string }).code, "invalid");
  assert.equal((resolveTarget(lookup(), "t1", null, "transfer", "a1") as { code: string }).code, "invalid");
});

test("queues: own tenant only; not a consultation target", () => {
  const ok = resolveTarget(lookup(), "t1", { kind: "queue", value: "q1" }, "transfer", "a1");
  assert.ok(ok.ok && ok.target.kind === "queue");
  assert.deepEqual(resolveTarget(lookup(), "t1", { kind: "queue", value: "q2" }, "transfer", "a1"), { ok: false, code: "unknown_target", reason: "unknown queue q2" });
  assert.equal((resolveTarget(lookup(), "t1", { kind: "queue", value: "q1" }, "consult", "a1") as { code: string }).code, "invalid");
});

test("numbers: an extension is its agent, others need a trunk", () => {
  const ext = resolveTarget(lookup(), "t1", { kind: "number", value: "1002" }, "consult", "a1");
  assert.ok(ext.ok && ext.target.kind === "agent" && ext.target.agent.id === "a2");
  assert.deepEqual(resolveTarget(lookup(), "t1", { kind: "number", value: "13800000000" }, "transfer", "a1"), {
    ok: false,
    code: "no_route",
    reason: "no trunk configured for external numbers",
  });
  const trunk = { id: "tr1", host: "127.0.0.1" } as TrunkView;
  const ext2 = resolveTarget(lookup({ trunks: [trunk] }), "t1", { kind: "number", value: "+8613800000000" }, "transfer", "a1");
  assert.ok(ext2.ok && ext2.target.kind === "number" && ext2.target.trunk === trunk);
  assert.equal((resolveTarget(lookup({ trunks: [trunk] }), "t1", { kind: "number", value: "abc" }, "transfer", "a1") as { code: string }).code, "invalid");
});
