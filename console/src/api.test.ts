import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { items, normCdr, parseEvent } from "./api.ts";
import { applyEvent, emptyLive, liveCalls } from "./live.ts";

// Shapes as control/src/http (api.ts, live.ts, ws.ts) sends them.
describe("normalising control's JSON", { timeout: 5000 }, () => {
  it("snapshot: empty-string ids become null, unknown status (core away) becomes logged_out", () => {
    const ev = parseEvent(
      JSON.stringify({
        type: "snapshot",
        live: false,
        agents: [
          { id: "u-1", jobNumber: "1001", extension: "1001", displayName: "Agent 1001", queueIds: ["q1"], status: null, reason: "", registered: null, callId: "", sinceMs: 0 },
        ],
        calls: [{ tenantId: "t", callId: "c1", phase: "queued", caller: "100", callee: "4000", queueId: "q1", agentId: "", tsMs: 5, startMs: 4 }],
        queues: [{ tenantId: "t", queueId: "q1", waiting: 1, longestWaitS: 2, agentsReady: 0, agentsBusy: 0 }],
      }),
    );
    assert.ok(ev && ev.type === "snapshot");
    const s = applyEvent(emptyLive(), ev);
    assert.equal(s.coreLive, false);
    assert.deepEqual(s.agents["u-1"], {
      id: "u-1",
      jobNumber: "1001",
      extension: "1001",
      displayName: "Agent 1001",
      status: "logged_out",
      reason: null,
      sinceMs: 0,
      registered: false,
      callId: null,
      queueIds: ["q1"],
    });
    assert.equal(liveCalls(s)[0]?.agentId, null);
    assert.equal(liveCalls(s)[0]?.queueId, "q1");
    assert.equal(s.queues.q1?.waiting, 1);
  });

  it("agent events change only the fields they carry", () => {
    let s = applyEvent(emptyLive(), parseEvent(JSON.stringify({ type: "snapshot", agents: [{ id: "a", jobNumber: "1001", displayName: "王芳", status: "ready", sinceMs: 1 }], calls: [] }))!);
    s = applyEvent(s, parseEvent(JSON.stringify({ type: "agent", tenantId: "t", agentId: "a", status: "not_ready", reason: "meal", sinceMs: 9, registered: true, callId: "" }))!);
    assert.equal(s.agents.a?.status, "not_ready");
    assert.equal(s.agents.a?.reason, "meal");
    assert.equal(s.agents.a?.displayName, "王芳");
    assert.equal(s.agents.a?.jobNumber, "1001");
    s = applyEvent(s, parseEvent(JSON.stringify({ type: "agent", agentId: "a", status: "ready", reason: "", sinceMs: 10, registered: true }))!);
    assert.equal(s.agents.a?.reason, null);
  });

  it("a cdr event bumps cdrSeq; an unknown type is dropped", () => {
    const s0 = emptyLive();
    const s1 = applyEvent(s0, parseEvent('{"type":"cdr","callId":"c1"}')!);
    assert.equal(s1.cdrSeq, s0.cdrSeq + 1);
    assert.equal(parseEvent('{"type":"pong"}'), null);
  });

  it("CDR rows: recording object, {items, next} list", () => {
    const list = items({
      items: [
        {
          callId: "c1",
          caller: "100",
          callee: "4000",
          startMs: 1000,
          answerMs: 3000,
          endMs: 9000,
          queueId: "q1",
          agentId: "a",
          hangupCause: "normal",
          hangupSide: "caller",
          queueWaitMs: 2000,
          recording: { path: "rec/c1.wav", bytes: 10, url: "/api/v1/recordings/c1" },
        },
        { callId: "c2", caller: "101", callee: "4000", startMs: 5, answerMs: null, endMs: 7, queueId: "", agentId: null, recording: null },
      ],
      next: null,
    });
    const [a, b] = list.map((r) => normCdr(r as Record<string, unknown>));
    assert.equal(a?.recordingPath, "rec/c1.wav");
    assert.equal(a?.queueWaitMs, 2000);
    assert.equal(b?.recordingPath, null);
    assert.equal(b?.answerMs, null);
    assert.equal(b?.queueId, null);
    assert.deepEqual(items([1, 2]), [1, 2]);
    assert.deepEqual(items({ nope: 1 }), []);
  });
});
