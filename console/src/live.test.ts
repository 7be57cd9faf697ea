import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Agent, ServerEvent } from "./api.ts";
import { parseEvent } from "./api.ts";
import { applyEvent, emptyLive, isDialing, isRinging, liveCalls, myCall, queueStatsView, sortedAgents, statusCounts, wrapUpRemainingS } from "./live.ts";

const agent = (id: string, jobNumber: string, over: Partial<Agent> = {}): Agent => ({
  id,
  jobNumber,
  extension: jobNumber,
  displayName: `Agent ${jobNumber}`,
  status: "logged_out",
  reason: null,
  sinceMs: 1000,
  registered: false,
  ...over,
});

const run = (events: ServerEvent[], now = 50_000) => events.reduce((s, e) => applyEvent(s, e, now), emptyLive());

describe("applyEvent", { timeout: 5000 }, () => {
  it("a call appears while it is up and disappears when it ends", () => {
    const base = { callId: "c1", caller: "13800138000", callee: "4000", queueId: "support", agentId: null, startMs: 10_000 };
    let s = run([{ type: "snapshot", agents: [], calls: [] }]);
    s = applyEvent(s, { type: "call", phase: "queued", ...base });
    assert.deepEqual(
      liveCalls(s).map((c) => [c.callId, c.phase]),
      [["c1", "queued"]],
    );
    s = applyEvent(s, { type: "call", phase: "offered", ...base, agentId: "a1" });
    s = applyEvent(s, { type: "call", phase: "answered", ...base, agentId: "a1" }, 42_000);
    assert.equal(s.calls.c1?.phase, "answered");
    assert.equal(s.calls.c1?.answerMs, 42_000, "answer time stamped when control sends none");
    s = applyEvent(s, { type: "call", phase: "ended", ...base, agentId: "a1" });
    assert.equal(liveCalls(s).length, 0);
    assert.equal(s.lastEndedCallId, "c1");
  });

  it("keeps screen-pop data from 'offered' when later call events omit it", () => {
    const base = { callId: "c2", caller: "02161234567", callee: "4000", queueId: "support", agentId: "a1", startMs: 1 };
    const s = run([
      { type: "call", phase: "offered", ...base, customer: { name: "张三", vipLevel: 3, region: "上海" }, ivr: { account: "8812" } },
      { type: "call", phase: "answered", ...base },
    ]);
    assert.equal(s.calls.c2?.customer?.name, "张三");
    assert.deepEqual(s.calls.c2?.ivr, { account: "8812" });
    assert.equal(myCall(s, "a1")?.callId, "c2");
    assert.equal(myCall(s, "a2"), null);
  });

  it("merges agent events into the snapshot row and keeps directory fields", () => {
    let s = run([{ type: "snapshot", agents: [agent("a1", "1001"), agent("a2", "1002")], calls: [] }]);
    s = applyEvent(s, { type: "agent", agentId: "a2", status: "not_ready", reason: "meal", sinceMs: 5000, registered: true });
    const a2 = s.agents.a2!;
    assert.equal(a2.status, "not_ready");
    assert.equal(a2.reason, "meal");
    assert.equal(a2.sinceMs, 5000);
    assert.equal(a2.registered, true);
    assert.equal(a2.jobNumber, "1002");
    assert.equal(a2.displayName, "Agent 1002");
    // An unknown status string is ignored rather than corrupting the row.
    s = applyEvent(s, { type: "agent", agentId: "a2", status: "dancing" as never });
    assert.equal(s.agents.a2?.status, "not_ready");
    // An event for an agent not in the snapshot adds a row keyed by id.
    s = applyEvent(s, { type: "agent", agentId: "a9", status: "ready", sinceMs: 7 });
    assert.equal(s.agents.a9?.status, "ready");
    assert.equal(s.agents.a9?.jobNumber, "a9");
  });

  it("a new snapshot replaces the state (reconnect) and drops ended calls", () => {
    let s = run([
      { type: "snapshot", agents: [agent("a1", "1001")], calls: [] },
      { type: "call", phase: "queued", callId: "old", caller: "1", callee: "4000", queueId: "q", agentId: null, startMs: 1 },
    ]);
    s = applyEvent(s, {
      type: "snapshot",
      agents: [agent("a2", "1002")],
      calls: [
        { callId: "n1", phase: "answered", caller: "2", callee: "4000", queueId: "q", agentId: "a2", startMs: 2 },
        { callId: "n2", phase: "ended", caller: "3", callee: "4000", queueId: "q", agentId: null, startMs: 3 },
      ],
    });
    assert.deepEqual(Object.keys(s.agents), ["a2"]);
    assert.deepEqual(
      liveCalls(s).map((c) => c.callId),
      ["n1"],
    );
  });

  it("ignores malformed events without throwing", () => {
    const s0 = run([{ type: "snapshot", agents: [agent("a1", "1001")], calls: [] }]);
    for (const bad of [{ type: "agent" }, { type: "call", phase: "queued" }, { type: "queue" }, { type: "nope" }, null]) {
      assert.equal(applyEvent(s0, bad as unknown as ServerEvent), s0);
    }
    const s1 = applyEvent(s0, { type: "snapshot", agents: null, calls: undefined } as unknown as ServerEvent);
    assert.deepEqual(s1.agents, {});
  });

  it("parseEvent accepts known JSON events only", () => {
    assert.equal(parseEvent("not json"), null);
    assert.equal(parseEvent('{"type":"hello"}'), null);
    assert.equal(parseEvent(new ArrayBuffer(2)), null);
    assert.deepEqual(parseEvent('{"type":"queue","queueId":"q","waiting":1,"longestWaitS":3,"agentsReady":0,"agentsBusy":1}'), {
      type: "queue",
      queueId: "q",
      waiting: 1,
      longestWaitS: 3,
      agentsReady: 0,
      agentsBusy: 1,
    });
  });
});

describe("derived views", { timeout: 5000 }, () => {
  it("a click-to-dial call in progress is dialling, not ringing; an offer rings", () => {
    const base = { callId: "c", caller: "4000", callee: "139", queueId: null, agentId: "a", startMs: 1 };
    const offer = { ...base, phase: "offered" as const, ivr: { account: "1" } };
    const dialing = { ...base, phase: "offered" as const, ivr: { click_to_dial: "1" } };
    assert.ok(isRinging(offer) && !isDialing(offer));
    assert.ok(isDialing(dialing) && !isRinging(dialing));
    assert.ok(!isRinging({ ...base, phase: "answered" as const }) && !isDialing({ ...dialing, phase: "answered" as const }));
    assert.ok(!isRinging(null) && !isDialing(undefined));
  });

  it("sorts agents by job number numerically and counts states", () => {
    const s = run([
      {
        type: "snapshot",
        agents: [agent("x", "1010", { status: "ready" }), agent("y", "1002", { status: "on_call" }), agent("z", "999")],
        calls: [],
      },
    ]);
    assert.deepEqual(
      sortedAgents(s).map((a) => a.jobNumber),
      ["999", "1002", "1010"],
    );
    const c = statusCounts(s);
    assert.equal(c.total, 3);
    assert.equal(c.signedIn, 2);
    assert.equal(c.ready, 1);
    assert.equal(c.on_call, 1);
  });

  it("queue stats: control's queue events win, otherwise derived from queued calls", () => {
    const s = run([
      { type: "call", phase: "queued", callId: "a", caller: "1", callee: "4000", queueId: "support", agentId: null, startMs: 10_000 },
      { type: "call", phase: "queued", callId: "b", caller: "2", callee: "4000", queueId: "support", agentId: null, startMs: 30_000 },
      { type: "call", phase: "answered", callId: "c", caller: "3", callee: "4000", queueId: "support", agentId: "a1", startMs: 1 },
      { type: "queue", queueId: "sales", waiting: 4, longestWaitS: 61, agentsReady: 1, agentsBusy: 2 },
    ]);
    const v = queueStatsView(s, 40_000);
    assert.deepEqual(v, [
      { queueId: "sales", waiting: 4, longestWaitS: 61, agentsReady: 1, agentsBusy: 2 },
      { queueId: "support", waiting: 2, longestWaitS: 30, agentsReady: 0, agentsBusy: 0 },
    ]);
  });

  it("after-call work countdown uses wrapUpUntilMs, else the default from sinceMs", () => {
    assert.equal(wrapUpRemainingS(agent("a", "1", { status: "wrap_up", sinceMs: 0, wrapUpUntilMs: 20_000 }), 5_000), 15);
    assert.equal(wrapUpRemainingS(agent("a", "1", { status: "wrap_up", sinceMs: 100_000 }), 110_000), 20);
    assert.equal(wrapUpRemainingS(agent("a", "1", { status: "wrap_up", sinceMs: 0, wrapUpUntilMs: 1 }), 5_000), 0);
    assert.equal(wrapUpRemainingS(agent("a", "1", { status: "wrap_up", sinceMs: 100_000 }), 110_000, 60), 50, "queue's wrap-up length");
    // A page clock a little behind the switch's (it ticks once a second) never shows more than the whole wrap-up.
    assert.equal(wrapUpRemainingS(agent("a", "1", { status: "wrap_up", sinceMs: 100_000 }), 99_400, 20), 20);
  });
});
