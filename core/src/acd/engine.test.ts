import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Recorder } from "./testkit.ts";

const T = { timeout: 5000 };

function setup(strategy: Parameters<Recorder["engine"]["upsertQueue"]>[0]["strategy"] = "longest_idle") {
  const r = new Recorder();
  const e = r.engine;
  e.upsertQueue({ id: "q1", tenantId: "t1", strategy, ringTimeoutMs: 10_000 });
  return { r, e };
}

describe("acd engine basics", () => {
  it("offers an enqueued call to a ready agent immediately and connects on answer", T, () => {
    const { r, e } = setup();
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.setAgentState("a1", "ready");
    const res = e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    assert.equal(res.position, 0);
    assert.equal(r.offers.length, 1);
    assert.equal(r.offers[0]!.agentId, "a1");
    assert.equal(e.agent("a1")!.state, "ringing");
    r.accept("c1");
    assert.equal(e.agent("a1")!.state, "on_call");
    assert.deepEqual(e.agent("a1")!.currentCalls, ["c1"]);
    r.t = 60_000;
    e.callEnded("c1");
    const a = e.agent("a1")!;
    assert.equal(a.state, "ready");
    assert.equal(a.callsToday, 1);
    assert.equal(a.talkMsToday, 60_000);
    assert.equal(r.finished.get("c1"), "answered");
    assert.equal(e.queueStats("q1").answered, 1);
  });

  it("an agent becoming ready takes the best waiting call (priority, then FIFO)", T, () => {
    const { r, e } = setup();
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }] });
    assert.equal(e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" }).position, 1);
    r.t = 10;
    assert.equal(e.enqueue({ id: "c2", tenantId: "t1", queueId: "q1" }).position, 2);
    assert.equal(e.enqueue({ id: "c3", tenantId: "t1", queueId: "q1", priority: 5 }).position, 1);
    assert.equal(e.position("c1")!.position, 2);
    assert.equal(e.queueStats("q1").waiting, 3);
    e.setAgentState("a1", "ready");
    assert.equal(r.offers.at(-1)!.callId, "c3");
    r.accept("c3");
    e.callEnded("c3");
    assert.equal(r.offers.at(-1)!.callId, "c1");
  });

  it("no answer: call keeps its place, agent goes not_ready(no_answer), next agent rung", T, () => {
    const { r, e } = setup();
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.upsertAgent({ id: "a2", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.setAgentState("a1", "ready");
    r.t = 5;
    e.setAgentState("a2", "ready");
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    assert.equal(r.offers.at(-1)!.agentId, "a1", "longest idle first");
    r.advance(10_000);
    assert.equal(r.cancels.at(-1)!.why, "timeout");
    assert.equal(e.agent("a1")!.state, "not_ready");
    assert.equal(e.agent("a1")!.reason, "no_answer");
    assert.equal(r.offers.at(-1)!.agentId, "a2");
    assert.equal(r.offers.at(-1)!.callId, "c1");
  });

  it("reject: next agent; the rejecting agent is not offered the same call again", T, () => {
    const { r, e } = setup();
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.setAgentState("a1", "ready");
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    e.offerRejected(r.offers.at(-1)!.offerId, "rejected");
    assert.equal(e.agent("a1")!.state, "ready");
    assert.equal(r.offers.length, 1);
    e.upsertAgent({ id: "a2", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.setAgentState("a2", "ready");
    assert.equal(r.offers.at(-1)!.agentId, "a2");
  });

  it("ring-all rings every ready agent and cancels the others on answer", T, () => {
    const { r, e } = setup("ring_all");
    for (const id of ["a1", "a2", "a3"]) {
      e.upsertAgent({ id, tenantId: "t1", queues: [{ queueId: "q1" }] });
      e.setAgentState(id, "ready");
    }
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    assert.equal(r.offers.length, 3);
    const o2 = r.offers.find((o) => o.agentId === "a2")!;
    e.offerAccepted(o2.offerId);
    assert.equal(r.cancels.length, 2);
    assert.ok(r.cancels.every((c) => c.why === "answered_elsewhere"));
    assert.equal(e.agent("a1")!.state, "ready");
    assert.equal(e.agent("a2")!.state, "on_call");
  });

  it("never matches across tenants", T, () => {
    const { r, e } = setup();
    e.upsertQueue({ id: "q2", tenantId: "t2" });
    assert.throws(() => e.upsertAgent({ id: "x", tenantId: "t2", queues: [{ queueId: "q1" }] }), TypeError);
    assert.throws(() => e.enqueue({ id: "c", tenantId: "t2", queueId: "q1" }), TypeError);
    e.upsertAgent({ id: "b1", tenantId: "t2", queues: [{ queueId: "q2" }] });
    e.setAgentState("b1", "ready");
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    assert.equal(r.offers.length, 0);
  });

  it("wrap-up blocks offers until it ends", T, () => {
    const r = new Recorder();
    const e = r.engine;
    e.upsertQueue({ id: "q1", tenantId: "t1", wrapUpMs: 30_000 });
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.setAgentState("a1", "ready");
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    r.accept("c1");
    e.enqueue({ id: "c2", tenantId: "t1", queueId: "q1" });
    r.advance(1000);
    e.callEnded("c1");
    assert.equal(e.agent("a1")!.state, "wrap_up");
    r.advance(29_999);
    assert.equal(r.offers.length, 1);
    assert.equal(e.nextDeadline(), 31_000);
    r.advance(1);
    assert.equal(r.offers.length, 2);
    assert.equal(r.offers[1]!.callId, "c2");
  });

  it("skills: only qualified agents; escalation relaxes proficiency after the wait", T, () => {
    const r = new Recorder();
    const e = r.engine;
    e.upsertQueue({
      id: "q1",
      tenantId: "t1",
      requiredSkills: { fr: 8 },
      escalation: [{ afterMs: 20_000, relax: 3 }],
    });
    e.upsertAgent({ id: "a1", tenantId: "t1", skills: { fr: 5 }, queues: [{ queueId: "q1" }] });
    e.setAgentState("a1", "ready");
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    assert.equal(r.offers.length, 0);
    r.advance(19_999);
    assert.equal(r.offers.length, 0);
    r.advance(1);
    assert.equal(r.offers.length, 1);
  });

  it("escalation can add queues of the same tenant", T, () => {
    const r = new Recorder();
    const e = r.engine;
    e.upsertQueue({ id: "q1", tenantId: "t1", escalation: [{ afterMs: 5000, addQueues: ["q2"] }] });
    e.upsertQueue({ id: "q2", tenantId: "t1" });
    e.upsertAgent({ id: "a2", tenantId: "t1", queues: [{ queueId: "q2" }] });
    e.setAgentState("a2", "ready");
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    assert.equal(r.offers.length, 0);
    r.advance(5000);
    assert.equal(r.offers.at(-1)!.agentId, "a2");
  });

  it("overflow: max length, no agents, wait time", T, () => {
    const r = new Recorder();
    const e = r.engine;
    e.upsertQueue({ id: "q2", tenantId: "t1" });
    e.upsertQueue({
      id: "q1",
      tenantId: "t1",
      maxLength: 1,
      overflow: [
        { when: "full", action: { type: "voicemail" } },
        { when: "wait", afterMs: 60_000, action: { type: "queue", queueId: "q2" } },
      ],
    });
    e.upsertQueue({ id: "q3", tenantId: "t1", overflow: [{ when: "no_agents", action: { type: "ivr", target: "menu" } }] });
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    const res = e.enqueue({ id: "c2", tenantId: "t1", queueId: "q1" });
    assert.equal(res.queued, false);
    assert.deepEqual(r.overflows[0], { callId: "c2", action: { type: "voicemail" } });
    assert.equal(r.finished.get("c2"), "overflowed");
    r.advance(60_000);
    assert.deepEqual(r.overflows[1], { callId: "c1", action: { type: "queue", queueId: "q2" } });
    assert.equal(e.queueStats("q2").waiting, 1);
    assert.equal(e.queueStats("q1").waiting, 0);
    e.enqueue({ id: "c3", tenantId: "t1", queueId: "q3" });
    assert.deepEqual(r.overflows[2], { callId: "c3", action: { type: "ivr", target: "menu" } });
  });

  it("callback keeps the place: agent reserved first, then the customer is dialled", T, () => {
    const { r, e } = setup();
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    r.t = 1;
    e.enqueue({ id: "c2", tenantId: "t1", queueId: "q1" });
    assert.ok(e.requestCallback("c1"));
    assert.equal(e.position("c1")!.position, 1);
    e.setAgentState("a1", "ready");
    const o = r.offers.at(-1)!;
    assert.equal(o.callId, "c1");
    assert.equal(o.kind, "callback");
    assert.equal(e.agent("a1")!.state, "reserved");
    e.offerAccepted(o.offerId);
    assert.equal(e.agent("a1")!.state, "on_call");
  });

  it("unreachable callback customer: agent freed, call parked and retried", T, () => {
    const r = new Recorder();
    const e = r.engine;
    e.upsertQueue({ id: "q1", tenantId: "t1", callbackRetryMs: 1000, callbackMaxAttempts: 2 });
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    e.requestCallback("c1");
    e.setAgentState("a1", "ready");
    e.offerRejected(r.offers.at(-1)!.offerId, "no_answer");
    assert.equal(e.agent("a1")!.state, "ready");
    assert.equal(r.offers.length, 1);
    r.advance(1000);
    assert.equal(r.offers.length, 2);
    e.offerRejected(r.offers.at(-1)!.offerId, "failed");
    assert.equal(r.finished.get("c1"), "callback_failed");
  });

  it("preferred agent gets the call when ready", T, () => {
    const { r, e } = setup();
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.upsertAgent({ id: "a2", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.setAgentState("a1", "ready");
    e.setAgentState("a2", "ready");
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1", preferredAgentId: "a2" });
    assert.equal(r.offers.at(-1)!.agentId, "a2");
  });

  it("abandon in queue is counted", T, () => {
    const { r, e } = setup();
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    r.t = 20_000;
    assert.equal(e.queueStats("q1").longestWaitMs, 20_000);
    e.callEnded("c1");
    const s = e.queueStats("q1");
    assert.equal(s.abandoned, 1);
    assert.equal(s.abandonRate, 1);
    assert.equal(s.waiting, 0);
    assert.equal(r.finished.get("c1"), "abandoned");
  });

  it("maxConcurrent > 1 lets an agent hold several calls", T, () => {
    const { r, e } = setup();
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }], maxConcurrent: 2 });
    e.setAgentState("a1", "ready");
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    e.enqueue({ id: "c2", tenantId: "t1", queueId: "q1" });
    e.enqueue({ id: "c3", tenantId: "t1", queueId: "q1" });
    assert.equal(r.offers.length, 2);
    r.accept("c1");
    r.accept("c2");
    e.callEnded("c1");
    assert.equal(r.offers.at(-1)!.callId, "c3");
  });

  it("statistics slide: answered/abandoned leave the window, totals stay; SL, ASA, AHT", T, () => {
    const r = new Recorder();
    const e = r.engine;
    e.upsertQueue({ id: "q1", tenantId: "t1", slTargetMs: 10_000 });
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }] });
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q1" });
    r.t = 20_000;
    e.setAgentState("a1", "ready"); // answered after 20 s: outside the 10 s target
    r.accept("c1");
    r.t = 80_000;
    e.callEnded("c1"); // 60 s talk
    e.enqueue({ id: "c2", tenantId: "t1", queueId: "q1" });
    r.accept("c2"); // answered at once
    e.enqueue({ id: "c3", tenantId: "t1", queueId: "q1" });
    r.t = 81_000;
    e.callEnded("c3"); // short abandon (1 s)
    let s = e.queueStats("q1");
    assert.equal(s.answered, 2);
    assert.equal(s.abandoned, 1);
    assert.equal(s.serviceLevel, 0.5);
    assert.equal(s.asaMs, 10_000);
    assert.equal(s.abandonRate, 0); // short abandons excluded
    assert.equal(s.ahtMs, 60_000);
    assert.equal(s.offered, 3);
    assert.equal(s.agentsBusy, 1);
    r.t = 81_000 + 16 * 60_000; // past the 15 min window
    s = e.queueStats("q1");
    assert.equal(s.answered, 0);
    assert.equal(s.abandoned, 0);
    assert.equal(s.answeredTotal, 2);
    assert.equal(s.abandonedTotal, 1);
    assert.equal(s.serviceLevel, 1);
  });

  it("every strategy picks according to its rule", T, () => {
    const pick = (strategy: Parameters<Recorder["engine"]["upsertQueue"]>[0]["strategy"], prep: (r: Recorder) => void) => {
      const r = new Recorder(7);
      const e = r.engine;
      e.upsertQueue({ id: "q1", tenantId: "t1", strategy, requiredSkills: { x: 1 } });
      e.upsertQueue({ id: "warm", tenantId: "t1" });
      const skills: Record<string, number>[] = [{ x: 2 }, { x: 9, y: 1, z: 1 }, { x: 5, y: 3 }];
      skills.forEach((sk, i) => {
        e.upsertAgent({ id: `a${i}`, tenantId: "t1", skills: sk, queues: [{ queueId: "q1" }, { queueId: "warm" }] });
      });
      prep(r);
      for (let i = 0; i < 3; i++) {
        r.t += 10;
        e.setAgentState(`a${i}`, "ready");
      }
      r.t += 10;
      e.enqueue({ id: "probe", tenantId: "t1", queueId: "q1" });
      return r.offers.at(-1)!.agentId;
    };
    // a0 ready first -> longest idle
    assert.equal(pick("longest_idle", () => {}), "a0");
    assert.equal(pick("most_skills", () => {}), "a1");
    assert.equal(pick("highest_proficiency", () => {}), "a1");
    assert.equal(pick("linear", () => {}), "a0");
    // give a0 and a1 calls today (answered and ended through the other queue)
    const busy = (r: Recorder) => {
      const e = r.engine;
      for (const [i, talk] of [
        [0, 50_000],
        [1, 10_000],
        [1, 10_000],
      ] as const) {
        e.setAgentState(`a${i}`, "ready");
        e.enqueue({ id: `w${r.offers.length}`, tenantId: "t1", queueId: "warm" });
        const o = r.offers.at(-1)!;
        e.offerAccepted(o.offerId);
        r.t += talk;
        e.callEnded(o.callId);
        e.setAgentState(`a${i}`, "not_ready");
      }
    };
    assert.equal(pick("fewest_calls", busy), "a2");
    assert.equal(pick("least_talk_time", busy), "a2");
    // round robin: consecutive calls go around the members
    {
      const r = new Recorder();
      const e = r.engine;
      e.upsertQueue({ id: "q1", tenantId: "t1", strategy: "round_robin", wrapUpMs: 0 });
      for (let i = 0; i < 3; i++) {
        e.upsertAgent({ id: `a${i}`, tenantId: "t1", queues: [{ queueId: "q1" }] });
        e.setAgentState(`a${i}`, "ready");
      }
      const order: string[] = [];
      for (let k = 0; k < 6; k++) {
        e.enqueue({ id: `c${k}`, tenantId: "t1", queueId: "q1" });
        const o = r.offers.at(-1)!;
        order.push(o.agentId);
        e.offerAccepted(o.offerId);
        e.callEnded(o.callId);
      }
      assert.deepEqual(order, ["a0", "a1", "a2", "a0", "a1", "a2"]);
    }
    // random and weighted random: frequencies
    for (const strategy of ["random", "weighted_random"] as const) {
      const r = new Recorder(3);
      const e = r.engine;
      e.upsertQueue({ id: "q1", tenantId: "t1", strategy });
      e.upsertAgent({ id: "a0", tenantId: "t1", queues: [{ queueId: "q1", weight: 1 }] });
      e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1", weight: 3 }] });
      e.setAgentState("a0", "ready");
      e.setAgentState("a1", "ready");
      const n = { a0: 0, a1: 0 } as Record<string, number>;
      for (let k = 0; k < 4000; k++) {
        e.enqueue({ id: `c${k}`, tenantId: "t1", queueId: "q1" });
        const o = r.offers.at(-1)!;
        n[o.agentId]!++;
        e.offerAccepted(o.offerId);
        e.callEnded(o.callId);
      }
      const share = n.a1! / 4000;
      if (strategy === "random") assert.ok(Math.abs(share - 0.5) < 0.04, String(share));
      else assert.ok(Math.abs(share - 0.75) < 0.04, String(share));
    }
  });

  it("thousands of simultaneous offers stay addressable by id", T, () => {
    const r = new Recorder();
    const e = r.engine;
    e.upsertQueue({ id: "q1", tenantId: "t1", ringTimeoutMs: 0 });
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q1" }], maxConcurrent: 5000 });
    e.setAgentState("a1", "ready");
    // an offer left ringing while thousands of later ones come and go
    e.enqueue({ id: "old", tenantId: "t1", queueId: "q1" });
    for (let i = 0; i < 3000; i++) e.enqueue({ id: `c${i}`, tenantId: "t1", queueId: "q1" });
    assert.equal(r.offers.length, 3001);
    for (let i = 0; i < 3000; i += 2) assert.ok(e.offerAccepted(r.offers[i + 1]!.offerId));
    assert.ok(e.offerAccepted(r.offers[0]!.offerId));
    assert.equal(e.agent("a1")!.currentCalls.length, 1501);
    assert.equal(e.offerAccepted(r.offers[0]!.offerId), false, "an answered offer is stale");
    assert.deepEqual(e.checkInvariants(), []);
  });

  it("rejects bad arguments with TypeError", T, () => {
    const { e } = setup();
    assert.throws(() => e.upsertQueue({ id: "", tenantId: "t1" }), TypeError);
    assert.throws(() => e.upsertQueue({ id: "x", tenantId: "t1", strategy: "nope" as never }), TypeError);
    assert.throws(() => e.enqueue({ id: "c", tenantId: "t1", queueId: "missing" }), TypeError);
    assert.throws(() => e.setAgentState("a", "on_call" as never), TypeError);
  });

  it("consultation target (connectAgent): on_call at once, counted only once the call is theirs, wrap-up after a counted call only", T, () => {
    const { r, e } = setup();
    e.upsertQueue({ id: "q2", tenantId: "t1", wrapUpMs: 30_000 });
    e.upsertQueue({ id: "qx", tenantId: "t2" });
    e.upsertAgent({ id: "a1", tenantId: "t1", queues: [{ queueId: "q2" }] });
    e.setAgentState("a1", "ready");
    assert.equal(e.connectAgent({ id: "k1", agentId: "a1", queueId: "qx" }), false, "another tenant's queue");
    assert.equal(e.connectAgent({ id: "k1", agentId: "nobody" }), false);
    // cancelled consultation: no stats, no wrap-up, back to ready
    assert.ok(e.connectAgent({ id: "k1", agentId: "a1" }));
    assert.equal(e.connectAgent({ id: "k1", agentId: "a1" }), false, "id taken");
    assert.equal(e.agent("a1")!.state, "on_call");
    assert.deepEqual(e.agent("a1")!.currentCalls, ["k1"]);
    assert.equal(e.connectAgent({ id: "k2", agentId: "a1" }), false, "at maxConcurrent");
    e.enqueue({ id: "c1", tenantId: "t1", queueId: "q2" });
    assert.equal(r.offers.length, 0, "no offer while consulted");
    r.t = 20_000;
    e.callEnded("k1");
    assert.equal(e.agent("a1")!.callsToday, 0);
    assert.equal(e.agent("a1")!.talkMsToday, 0);
    assert.equal(r.offers.at(-1)?.callId, "c1", "ready again at once: the waiting call is offered");
    r.accept("c1");
    r.t = 25_000;
    e.callEnded("c1");
    assert.equal(e.agent("a1")!.state, "wrap_up");
    e.endWrapUp("a1");
    assert.equal(e.queueStats("q2").answered, 1);
    // completed transfer: counted from countCall, wrap-up of the agent's queue when it ends
    assert.ok(e.connectAgent({ id: "k2", agentId: "a1" }));
    r.t = 30_000;
    assert.equal(e.countCall("nope"), false);
    assert.ok(e.countCall("k2"));
    assert.equal(e.countCall("k2"), false, "counted once");
    assert.equal(e.agent("a1")!.callsToday, 2);
    r.t = 90_000;
    e.callEnded("k2");
    const a = e.agent("a1")!;
    assert.equal(a.state, "wrap_up");
    assert.equal(a.talkMsToday, 5_000 + 60_000);
    assert.equal(e.queueStats("q2").answered, 1, "queue statistics untouched");
    r.advance(29_000);
    assert.equal(e.agent("a1")!.state, "wrap_up");
    r.advance(1_000);
    assert.equal(e.agent("a1")!.state, "ready");
    // a not-ready target stays not ready afterwards; wrapUpMs overrides the queue's
    e.setAgentState("a1", "not_ready", "break");
    assert.ok(e.connectAgent({ id: "k3", agentId: "a1", wrapUpMs: 0 }));
    assert.equal(e.agent("a1")!.state, "on_call");
    e.countCall("k3");
    e.callEnded("k3");
    assert.equal(e.agent("a1")!.state, "not_ready");
    assert.deepEqual(e.checkInvariants(), []);
  });
});
