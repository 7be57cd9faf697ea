/**
 * Property-based tests: random event sequences against the real engine, with an independent model of what
 * the host knows. Checked after every event: the engine's indexes equal a brute-force recomputation
 * (checkInvariants), no agent exceeds its concurrency, no call is offered to an agent that is not ready
 * (or is in wrap-up), FIFO within a priority level, never across tenants; at the end every call finished
 * answered, abandoned, overflowed or callback_failed.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { AcdEngine } from "./engine.ts";
import type { AcdHooks, AcdQueueConfig, AgentState, CallOutcome, CancelReason, Offer, OverflowAction, Strategy } from "./types.ts";
import { STRATEGIES } from "./types.ts";

const QUEUES = [
  { id: "q1", tenantId: "t1" },
  { id: "q2", tenantId: "t1" },
  { id: "q3", tenantId: "t2" },
];
const AGENTS = ["a1", "a2", "a3", "a4", "a5", "a6"];
const agentTenant = (i: number) => (i < 4 ? "t1" : "t2");

type Cmd =
  | { k: "enq"; call: number; queue: number; prio: number; s2: number; pref: number; level: number }
  | { k: "state"; agent: number; st: "ready" | "not_ready" | "logged_out" }
  | { k: "accept"; pick: number }
  | { k: "reject"; pick: number; why: "rejected" | "no_answer" | "failed" }
  | { k: "end"; call: number }
  | { k: "adv"; ms: number }
  | { k: "cb"; call: number }
  | { k: "skills"; agent: number; s1: number; s2: number }
  | { k: "strat"; queue: number; strategy: Strategy }
  | { k: "qskill"; queue: number; s1: number }
  | { k: "rmAgent"; agent: number }
  | { k: "rmQueue"; queue: number }
  | { k: "wrapEnd"; agent: number }
  | { k: "direct"; call: number; agent: number; queue: number }
  | { k: "count"; call: number };

const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ k: fc.constant("enq" as const), call: fc.nat(24), queue: fc.nat(2), prio: fc.nat(2), s2: fc.nat(10), pref: fc.integer({ min: -4, max: 5 }), level: fc.nat(1) }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant("state" as const), agent: fc.nat(5), st: fc.constantFrom("ready" as const, "ready" as const, "not_ready" as const, "logged_out" as const) }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant("accept" as const), pick: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("reject" as const), pick: fc.nat(20), why: fc.constantFrom("rejected" as const, "no_answer" as const, "failed" as const) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("end" as const), call: fc.nat(29) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("adv" as const), ms: fc.integer({ min: 1, max: 12_000 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("cb" as const), call: fc.nat(24) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("skills" as const), agent: fc.nat(5), s1: fc.nat(10), s2: fc.nat(10) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("strat" as const), queue: fc.nat(2), strategy: fc.constantFrom(...STRATEGIES) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("wrapEnd" as const), agent: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("qskill" as const), queue: fc.nat(2), s1: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("rmAgent" as const), agent: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("rmQueue" as const), queue: fc.nat(2) }) },
  // consultation targets (connectAgent), counted when the transfer completes; ended by "end" (call >= 25: d0-d4)
  { weight: 1, arbitrary: fc.record({ k: fc.constant("direct" as const), call: fc.nat(4), agent: fc.nat(5), queue: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("count" as const), call: fc.nat(4) }) },
);

const queueCfgArb = fc.record({
  strategy: fc.constantFrom(...STRATEGIES),
  s1: fc.nat(6),
  wrapUpMs: fc.constantFrom(0, 0, 3000),
  noAnswer: fc.constantFrom("not_ready" as const, "stay_ready" as const),
  escalate: fc.boolean(),
  overflowWait: fc.constantFrom(0, 0, 20_000),
  maxLength: fc.constantFrom(0, 0, 4),
  maxWaitMs: fc.constantFrom(0, 0, 40_000),
});

const agentCfgArb = fc.record({
  s1: fc.nat(10),
  s2: fc.nat(10),
  queues: fc.subarray([0, 1], { minLength: 1 }),
  penalty: fc.nat(2),
  maxConcurrent: fc.constantFrom(1, 1, 2),
});

interface MCall {
  id: string;
  tenantId: string;
  home: string;
  seq: number;
  prio: number;
  s2: number;
  since: number;
  finished: CallOutcome | null;
  connectedTo: string | null;
  answeredVia: string | null;
  parked: boolean;
  callback: boolean;
  rejected: Set<string>;
  pref: string | null;
  /** taken with connectAgent; counted: countCall was called (then it ends with wrap-up) */
  direct?: { counted: boolean };
}

class Model implements AcdHooks {
  t = 0;
  engine: AcdEngine;
  live = new Map<number, Offer>();
  calls = new Map<string, MCall>();
  presence = new Map<string, string>();
  wrapUntil = new Map<string, number>();
  skills = new Map<string, { s1: number; s2: number }>();
  queuesOf = new Map<string, Set<string>>();
  maxC = new Map<string, number>();
  qcfg = new Map<string, AcdQueueConfig>();
  errors: string[] = [];
  seq = 0;
  constructor(seed: number) {
    let s = seed >>> 0 || 7;
    this.engine = new AcdEngine(this, {
      now: () => this.t,
      random: () => {
        s ^= s << 13;
        s ^= s >>> 17;
        s ^= s << 5;
        return (s >>> 0) / 4294967296;
      },
    });
  }
  err(m: string) {
    if (this.errors.length < 5) this.errors.push(m);
  }
  load(agentId: string): number {
    let n = 0;
    for (const o of this.live.values()) if (o.agentId === agentId) n++;
    for (const c of this.calls.values()) if (c.connectedTo === agentId && c.finished === null) n++;
    return n;
  }
  qualified(agentId: string, c: MCall): boolean {
    const q = this.qcfg.get(c.home)!;
    const sk = this.skills.get(agentId)!;
    const need1 = q.requiredSkills?.s1 ?? 0;
    if (need1 > 0 && sk.s1 < need1) return false;
    if (c.s2 > 0 && sk.s2 < c.s2) return false;
    return this.queuesOf.get(agentId)!.has(c.home);
  }
  escalated(c: MCall): boolean {
    const q = this.qcfg.get(c.home)!;
    return (q.escalation ?? []).some((s) => this.t - c.since >= s.afterMs);
  }
  waiting(c: MCall): boolean {
    if (c.finished !== null || c.connectedTo !== null || c.parked) return false;
    for (const o of this.live.values()) if (o.callId === c.id) return false;
    return true;
  }
  offer(o: Offer): void {
    this.live.set(o.offerId, o);
    const c = this.calls.get(o.callId);
    if (c === undefined) {
      this.err(`offer for unknown call ${o.callId}`);
      return;
    }
    c.parked = false;
    const agentIdx = AGENTS.indexOf(o.agentId);
    if (agentTenant(agentIdx) !== c.tenantId) this.err(`cross-tenant offer ${o.callId} -> ${o.agentId}`);
    if (this.presence.get(o.agentId) !== "ready") this.err(`offer to ${o.agentId} in presence ${this.presence.get(o.agentId)}`);
    const wu = this.wrapUntil.get(o.agentId) ?? 0;
    if (wu !== 0 && this.t < wu) this.err(`offer to ${o.agentId} in wrap-up`);
    if (this.load(o.agentId) > (this.maxC.get(o.agentId) ?? 1)) this.err(`agent ${o.agentId} over concurrency`);
    // FIFO within a priority level (same home queue, agent qualified, no escalation, not refused, not sticky)
    if (!this.escalated(c) && c.pref !== o.agentId) {
      for (const x of this.calls.values()) {
        if (x === c || x.home !== c.home || x.prio !== c.prio || x.seq > c.seq || !this.waiting(x)) continue;
        if (x.rejected.has(o.agentId) || this.escalated(x) || !this.qualified(o.agentId, x)) continue;
        this.err(`FIFO: ${o.callId} (seq ${c.seq}) offered to ${o.agentId} before ${x.id} (seq ${x.seq})`);
      }
    }
  }
  cancelOffer(o: Offer, why: CancelReason): void {
    if (!this.live.delete(o.offerId)) this.err(`cancel of unknown offer ${o.offerId}`);
    const c = this.calls.get(o.callId);
    if (why === "timeout" && c !== undefined) {
      if (o.kind === "callback") c.parked = true;
      else c.rejected.add(o.agentId);
    }
  }
  overflow(callId: string, action: OverflowAction): void {
    const c = this.calls.get(callId);
    if (c === undefined) {
      this.err(`overflow of unknown call ${callId}`);
      return;
    }
    if (action.type === "queue") {
      c.home = action.queueId;
      c.since = this.t;
    }
    if (action.type === "callback") c.callback = true;
  }
  agentState(agentId: string, state: AgentState): void {
    if (state === "not_ready" || state === "logged_out") this.presence.set(agentId, state);
  }
  callFinished(callId: string, outcome: CallOutcome): void {
    const c = this.calls.get(callId);
    if (c === undefined) {
      this.err(`finish of unknown call ${callId}`);
      return;
    }
    if (c.finished !== null) this.err(`call ${callId} finished twice`);
    c.finished = outcome;
  }
}

type ArbOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

function run(seed: number, qs: ArbOf<typeof queueCfgArb>[], as: ArbOf<typeof agentCfgArb>[], cmds: Cmd[]): void {
  const m = new Model(seed);
  const e = m.engine;
  const check = (where: string) => {
    const bad = e.checkInvariants();
    assert.deepEqual(bad, [], `${where}: ${bad.join("; ")}`);
    assert.deepEqual(m.errors, [], `${where}: ${m.errors.join("; ")}`);
    assert.equal(e.counters.hookErrors, 0, String(e.lastHookError));
    assert.equal(e.counters.timerStorms, 0, "timer storm");
  };
  QUEUES.forEach((q, i) => {
    const c = qs[i]!;
    const other = q.tenantId === "t1" ? (q.id === "q1" ? "q2" : "q1") : undefined;
    const cfg: AcdQueueConfig = {
      ...q,
      strategy: c.strategy,
      requiredSkills: c.s1 > 0 ? { s1: c.s1 } : undefined,
      wrapUpMs: c.wrapUpMs,
      noAnswer: c.noAnswer,
      ringTimeoutMs: 10_000,
      maxLength: c.maxLength || undefined,
      maxWaitMs: c.maxWaitMs || undefined,
      callbackRetryMs: 5000,
      escalation: c.escalate ? [{ afterMs: 15_000, relax: 3, addQueues: other ? [other] : [] }] : undefined,
      overflow:
        c.overflowWait > 0
          ? [{ when: "wait", afterMs: c.overflowWait, action: other ? { type: "queue", queueId: other } : { type: "voicemail" } }]
          : undefined,
    };
    m.qcfg.set(q.id, cfg);
    e.upsertQueue(cfg);
  });
  AGENTS.forEach((id, i) => {
    const c = as[i]!;
    const tenantId = agentTenant(i);
    // tenant t2 has a single queue; t1 agents serve a non-empty subset of q1, q2
    const queues = (tenantId === "t1" ? c.queues : [2]).map((qi) => ({ queueId: QUEUES[qi]!.id, penalty: c.penalty }));
    m.skills.set(id, { s1: c.s1, s2: c.s2 });
    m.queuesOf.set(id, new Set(queues.map((q) => q.queueId)));
    m.maxC.set(id, c.maxConcurrent);
    m.presence.set(id, "logged_out");
    e.upsertAgent({ id, tenantId, skills: { s1: c.s1, s2: c.s2 }, queues, maxConcurrent: c.maxConcurrent });
  });
  check("setup");
  const enqueued: string[] = [];
  const removedQueues = new Set<string>();
  for (const [step, cmd] of cmds.entries()) {
    switch (cmd.k) {
      case "enq": {
        const id = `c${cmd.call}`;
        if (m.calls.has(id)) break;
        const q = QUEUES[cmd.queue]!;
        if (removedQueues.has(q.id)) break;
        const pref = cmd.pref >= 0 && AGENTS[cmd.pref] !== undefined ? AGENTS[cmd.pref]! : null;
        const mc: MCall = {
          id,
          tenantId: q.tenantId,
          home: q.id,
          seq: ++m.seq,
          prio: cmd.prio + cmd.level,
          s2: cmd.s2 > 6 ? cmd.s2 - 6 : 0,
          since: m.t,
          finished: null,
          connectedTo: null,
          answeredVia: null,
          parked: false,
          callback: false,
          rejected: new Set(),
          pref,
        };
        m.calls.set(id, mc);
        enqueued.push(id);
        e.enqueue({
          id,
          tenantId: q.tenantId,
          queueId: q.id,
          priority: cmd.prio,
          customerLevel: cmd.level,
          requiredSkills: mc.s2 > 0 ? { s2: mc.s2 } : undefined,
          preferredAgentId: pref ?? undefined,
        });
        break;
      }
      case "state": {
        const id = AGENTS[cmd.agent]!;
        m.presence.set(id, cmd.st);
        e.setAgentState(id, cmd.st, cmd.st === "ready" ? undefined : "break");
        break;
      }
      case "accept": {
        const offers = [...m.live.values()];
        const o = offers[cmd.pick % Math.max(1, offers.length)];
        if (o === undefined) break;
        m.live.delete(o.offerId);
        const c = m.calls.get(o.callId)!;
        c.connectedTo = o.agentId;
        c.answeredVia = o.queueId;
        e.offerAccepted(o.offerId);
        break;
      }
      case "reject": {
        const offers = [...m.live.values()];
        const o = offers[cmd.pick % Math.max(1, offers.length)];
        if (o === undefined) break;
        m.live.delete(o.offerId);
        const c = m.calls.get(o.callId)!;
        if (o.kind === "callback" && cmd.why !== "rejected") {
          if (![...m.live.values()].some((x) => x.callId === c.id)) c.parked = true;
        } else c.rejected.add(o.agentId);
        e.offerRejected(o.offerId, cmd.why);
        break;
      }
      case "end": {
        const c = m.calls.get(cmd.call >= 25 ? `d${cmd.call - 25}` : `c${cmd.call}`);
        if (c === undefined || c.finished !== null) break;
        if (c.connectedTo !== null && (c.direct === undefined || c.direct.counted)) {
          const wrap = m.qcfg.get(c.answeredVia!)!.wrapUpMs ?? 0;
          if (wrap > 0) m.wrapUntil.set(c.connectedTo, Math.max(m.wrapUntil.get(c.connectedTo) ?? 0, m.t + wrap));
        }
        e.callEnded(c.id);
        break;
      }
      case "adv":
        m.t += cmd.ms;
        e.tick();
        break;
      case "cb": {
        const c = m.calls.get(`c${cmd.call}`);
        if (c === undefined || c.finished !== null || c.connectedTo !== null) break;
        c.callback = true;
        e.requestCallback(c.id);
        break;
      }
      case "skills": {
        const i = cmd.agent;
        const id = AGENTS[i]!;
        m.skills.set(id, { s1: cmd.s1, s2: cmd.s2 });
        const queues = [...m.queuesOf.get(id)!].map((queueId) => ({ queueId }));
        e.upsertAgent({ id, tenantId: agentTenant(i), skills: { s1: cmd.s1, s2: cmd.s2 }, queues, maxConcurrent: m.maxC.get(id) });
        break;
      }
      case "strat": {
        const q = QUEUES[cmd.queue]!;
        const cfg = { ...m.qcfg.get(q.id)!, strategy: cmd.strategy };
        m.qcfg.set(q.id, cfg);
        removedQueues.delete(q.id);
        e.upsertQueue(cfg);
        break;
      }
      case "qskill": {
        const q = QUEUES[cmd.queue]!;
        const cfg = { ...m.qcfg.get(q.id)!, requiredSkills: cmd.s1 > 0 ? { s1: cmd.s1 } : undefined };
        m.qcfg.set(q.id, cfg);
        removedQueues.delete(q.id);
        e.upsertQueue(cfg);
        break;
      }
      case "rmAgent": {
        const id = AGENTS[cmd.agent]!;
        m.presence.set(id, "logged_out");
        m.wrapUntil.set(id, 0);
        e.removeAgent(id);
        break;
      }
      case "rmQueue": {
        const q = QUEUES[cmd.queue]!;
        removedQueues.add(q.id);
        e.removeQueue(q.id);
        break;
      }
      case "direct": {
        const id = `d${cmd.call}`;
        if (m.calls.has(id)) break;
        const q = QUEUES[cmd.queue]!;
        const agentId = AGENTS[cmd.agent]!;
        const mc: MCall = {
          id,
          tenantId: q.tenantId,
          home: q.id,
          seq: ++m.seq,
          prio: 0,
          s2: 0,
          since: m.t,
          finished: null,
          connectedTo: agentId,
          answeredVia: q.id,
          parked: false,
          callback: false,
          rejected: new Set(),
          pref: null,
          direct: { counted: false },
        };
        // registered first: hooks delivered inside connectAgent see the agent's load with it
        m.calls.set(id, mc);
        const free = m.load(agentId) <= (m.maxC.get(agentId) ?? 1);
        const ok = e.connectAgent({ id, agentId, queueId: q.id });
        if (ok) {
          totals.direct++;
          enqueued.push(id);
          if (!free) m.err(`connectAgent over concurrency: ${agentId}`);
          if (agentTenant(cmd.agent) !== q.tenantId) m.err(`connectAgent across tenants: ${agentId} ${q.id}`);
        } else m.calls.delete(id);
        break;
      }
      case "count": {
        const c = m.calls.get(`d${cmd.call}`);
        const ok = e.countCall(`d${cmd.call}`);
        const want = c !== undefined && c.finished === null && c.direct?.counted === false;
        if (ok !== want) m.err(`countCall d${cmd.call} returned ${ok}, expected ${want}`);
        if (ok) {
          c!.direct!.counted = true;
          totals.counted++;
        }
        break;
      }
      case "wrapEnd": {
        const id = AGENTS[cmd.agent]!;
        m.wrapUntil.set(id, 0);
        e.endWrapUp(id);
        break;
      }
    }
    check(`step ${step} ${JSON.stringify(cmd)}`);
  }
  // drain: every call must end answered, abandoned, overflowed or callback_failed
  for (const id of enqueued) {
    const c = m.calls.get(id)!;
    if (c.finished === null) e.callEnded(id);
    check(`drain ${id}`);
  }
  m.t += 1e9;
  e.tick();
  check("final");
  for (const id of enqueued) assert.ok(m.calls.get(id)!.finished !== null, `call ${id} never finished`);
  assert.deepEqual(e.callIds(), []);
  assert.equal(m.live.size, 0, "offers left ringing");
  totals.runs++;
  totals.cmds += cmds.length;
  totals.offers += e.counters.offers;
  for (const c of m.calls.values()) totals.outcomes[c.finished!] = (totals.outcomes[c.finished!] ?? 0) + 1;
}

const totals = { runs: 0, cmds: 0, offers: 0, direct: 0, counted: 0, outcomes: {} as Record<string, number> };

describe("acd properties over random event sequences", () => {
  it("indexes, concurrency, readiness, FIFO, tenancy, termination", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(queueCfgArb, { minLength: 3, maxLength: 3 }),
        fc.array(agentCfgArb, { minLength: 6, maxLength: 6 }),
        fc.array(cmdArb, { minLength: 1, maxLength: 100, size: "max" }),
        (seed, qs, as, cmds) => run(seed, qs, as, cmds),
      ),
      { numRuns: Number(process.env.ACD_PROP_RUNS ?? 300), includeErrorInReport: true },
    );
    // the generated sequences must actually exercise the engine
    assert.ok(totals.offers > totals.runs, JSON.stringify(totals));
    assert.ok(totals.direct > 0 && totals.counted > 0, `connectAgent/countCall exercised: ${JSON.stringify(totals)}`);
    for (const k of ["answered", "abandoned", "overflowed"]) assert.ok((totals.outcomes[k] ?? 0) > 0, `no ${k} outcome: ${JSON.stringify(totals)}`);
    if (process.env.ACD_PROP_VERBOSE) console.log(JSON.stringify(totals));
  });
});
