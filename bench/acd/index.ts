/**
 * ACD benchmark: npm run bench:acd [-- --json] [--quick] [--events N] [--naive-events N] [--seed S]
 *
 * 10,000 agents, 1,000 queues, ~10 queues per agent with random skills, 100,000 waiting calls, then a
 * realistic mix of events (enqueue, hang up, answer, abandon, not ready, ready, skill change). Each event
 * is one decision: it is timed alone. The same event log is replayed on a naive linear-scan implementation
 * of the same rules (the anchor); both must make exactly the same offers.
 * With --json the last line is one JSON object.
 */
import { AcdEngine } from "../../core/src/acd/index.ts";
import type { AcdAgentConfig, AcdCallInput, Offer } from "../../core/src/acd/index.ts";
import { Rng } from "../../core/src/acd/sim/rng.ts";
import { cpus, loadavg } from "node:os";
import { NaiveAcd } from "./naive.ts";

export const K_ENQ = 0;
export const K_HANGUP = 1;
export const K_ANSWER = 2;
export const K_ABANDON = 3;
export const K_NOT_READY = 4;
export const K_READY = 5;
export const K_SKILL = 6;
const KIND_NAMES = ["enqueue", "hang_up", "answer", "abandon", "not_ready", "ready", "skill_change"];

export interface BenchOptions {
  agents: number;
  queues: number;
  queuesPerAgent: number;
  waiting: number;
  events: number;
  naiveEvents: number;
  seed: number;
}

export interface Workload {
  o: BenchOptions;
  queueCfg: Array<{ id: string; req: Record<string, number>; priority: number }>;
  agentCfg: AcdAgentConfig[];
  calls: AcdCallInput[];
  /** per-event: kind, argument (call index, agent index), extra (skill config index) */
  kind: Uint8Array;
  arg: Int32Array;
  extra: Int32Array;
  skillCfg: AcdAgentConfig[];
  readyAtStart: Uint8Array;
}

const LANGS = ["en", "fr", "de"];

export function buildWorkload(o: BenchOptions): Workload {
  const rng = new Rng(o.seed);
  const queueCfg = [];
  for (let i = 0; i < o.queues; i++)
    queueCfg.push({ id: `q${i}`, req: { [`s${i % 100}`]: 1 + rng.int(5) }, priority: rng.next() < 0.1 ? 1 : 0 });
  const agentCfg: AcdAgentConfig[] = [];
  const mkSkills = (qs: number[]) => {
    const skills: Record<string, number> = {};
    for (const q of qs) skills[`s${q % 100}`] = 1 + rng.int(10);
    for (const l of LANGS) if (rng.next() < 0.5) skills[l] = 1 + rng.int(3);
    return skills;
  };
  const agentQueues: number[][] = [];
  for (let j = 0; j < o.agents; j++) {
    const qs = new Set<number>();
    while (qs.size < Math.min(o.queuesPerAgent, o.queues)) qs.add(rng.int(o.queues));
    const list = [...qs];
    agentQueues.push(list);
    const penalty = rng.next() < 0.2 ? 1 : 0;
    agentCfg.push({ id: `a${j}`, tenantId: "t", skills: mkSkills(list), queues: list.map((q) => ({ queueId: `q${q}`, penalty })) });
  }
  const calls: AcdCallInput[] = [];
  const mkCall = (): AcdCallInput => {
    const c: AcdCallInput = { id: `c${calls.length}`, tenantId: "t", queueId: `q${rng.int(o.queues)}`, priority: rng.next() < 0.1 ? 1 : 0 };
    if (rng.next() < 0.1) c.requiredSkills = { [LANGS[rng.int(3)]!]: 1 + rng.int(3) };
    calls.push(c);
    return c;
  };
  for (let i = 0; i < o.waiting; i++) mkCall();
  const readyAtStart = new Uint8Array(o.agents);
  for (let j = 0; j < o.agents; j++) readyAtStart[j] = rng.next() < 0.85 ? 1 : 0;

  // generate the steady-state event log by driving a real engine (untimed) and tracking what the host sees
  const kind = new Uint8Array(o.events);
  const arg = new Int32Array(o.events);
  const extra = new Int32Array(o.events);
  const skillCfg: AcdAgentConfig[] = [];
  const st = new HostState(o.agents, o.waiting + o.events);
  let t = 0;
  const e = new AcdEngine(st.hooks(), { now: () => t });
  setup(e, queueCfg, agentCfg, calls, readyAtStart, st);
  for (let i = 0; i < o.events; i++) {
    t++;
    const r = rng.next();
    let k = K_ENQ;
    if (r < 0.3) k = K_ENQ;
    else if (r < 0.55) k = st.connected.size > 0 ? K_HANGUP : K_ENQ;
    else if (r < 0.8) k = st.ringing.size > 0 ? K_ANSWER : K_ENQ;
    else if (r < 0.85) k = st.waiting.size > 0 ? K_ABANDON : K_ENQ;
    else if (r < 0.915) k = K_NOT_READY;
    else if (r < 0.98) k = st.notReady.size > 0 ? K_READY : K_ENQ;
    else k = K_SKILL;
    kind[i] = k;
    switch (k) {
      case K_ENQ: {
        const c = mkCall();
        arg[i] = calls.length - 1;
        st.waiting.add(calls.length - 1);
        e.enqueue(c);
        break;
      }
      case K_HANGUP: {
        const c = st.connected.random(rng);
        arg[i] = c;
        st.connected.remove(c);
        e.callEnded(calls[c]!.id);
        break;
      }
      case K_ANSWER: {
        const c = st.ringing.random(rng);
        arg[i] = c;
        st.ringing.remove(c);
        st.connected.add(c);
        e.offerAccepted(st.offerOf[c]!);
        break;
      }
      case K_ABANDON: {
        const c = st.waiting.random(rng);
        arg[i] = c;
        st.waiting.remove(c);
        e.callEnded(calls[c]!.id);
        break;
      }
      case K_NOT_READY: {
        let a = rng.int(o.agents);
        for (let tries = 0; tries < 10 && st.notReady.has(a); tries++) a = rng.int(o.agents);
        arg[i] = a;
        st.notReady.add(a);
        e.setAgentState(agentCfg[a]!.id, "not_ready", "break");
        break;
      }
      case K_READY: {
        const a = st.notReady.random(rng);
        arg[i] = a;
        st.notReady.remove(a);
        e.setAgentState(agentCfg[a]!.id, "ready");
        break;
      }
      case K_SKILL: {
        const a = rng.int(o.agents);
        const base = agentCfg[a]!;
        const skills = { ...base.skills };
        const keys = Object.keys(skills);
        skills[keys[rng.int(keys.length)]!] = 1 + rng.int(10);
        skillCfg.push({ ...base, skills });
        arg[i] = a;
        extra[i] = skillCfg.length - 1;
        e.upsertAgent(skillCfg[skillCfg.length - 1]!);
        break;
      }
    }
  }
  return { o, queueCfg, agentCfg, calls, kind, arg, extra, skillCfg, readyAtStart };
}

/** a set of small integers with O(1) add, remove and random pick */
class IntSet {
  private items: Int32Array;
  private pos: Int32Array;
  size = 0;
  constructor(cap: number) {
    this.items = new Int32Array(cap);
    this.pos = new Int32Array(cap).fill(-1);
  }
  has(x: number): boolean {
    return this.pos[x]! >= 0;
  }
  add(x: number): void {
    if (this.pos[x]! >= 0) return;
    this.pos[x] = this.size;
    this.items[this.size++] = x;
  }
  remove(x: number): void {
    const p = this.pos[x]!;
    if (p < 0) return;
    const last = this.items[--this.size]!;
    this.items[p] = last;
    this.pos[last] = p;
    this.pos[x] = -1;
  }
  random(rng: Rng): number {
    return this.items[rng.int(this.size)]!;
  }
}

class HostState {
  waiting: IntSet;
  ringing: IntSet;
  connected: IntSet;
  notReady: IntSet;
  offerOf: Int32Array;
  constructor(agents: number, calls: number) {
    this.waiting = new IntSet(calls);
    this.ringing = new IntSet(calls);
    this.connected = new IntSet(calls);
    this.notReady = new IntSet(agents);
    this.offerOf = new Int32Array(calls);
  }
  hooks() {
    return {
      offer: (o: Offer) => {
        const c = Number(o.callId.slice(1));
        this.offerOf[c] = o.offerId;
        this.waiting.remove(c);
        this.ringing.add(c);
      },
    };
  }
}

function setup(
  e: AcdEngine,
  queueCfg: Workload["queueCfg"],
  agentCfg: AcdAgentConfig[],
  calls: AcdCallInput[],
  readyAtStart: Uint8Array,
  st: HostState | null,
): void {
  for (const q of queueCfg) e.upsertQueue({ id: q.id, tenantId: "t", requiredSkills: q.req, priority: q.priority });
  for (const a of agentCfg) e.upsertAgent(a);
  const n = st === null ? 0 : calls.length;
  for (let i = 0; i < calls.length; i++) {
    if (st !== null && i < n) st.waiting.add(i);
    e.enqueue(calls[i]!);
  }
  for (let j = 0; j < agentCfg.length; j++) {
    if (readyAtStart[j]) e.setAgentState(agentCfg[j]!.id, "ready");
    else {
      st?.notReady.add(j);
      e.setAgentState(agentCfg[j]!.id, "not_ready", "break");
    }
  }
  // every setup offer is answered at once
  if (st !== null)
    for (let c = 0; c < calls.length; c++)
      if (st.ringing.has(c)) {
        st.ringing.remove(c);
        st.connected.add(c);
        e.offerAccepted(st.offerOf[c]!);
      }
}

function pct(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

interface RunResult {
  lat: Float64Array;
  /** 1 when the process was involuntarily descheduled around the event (another process took the core) */
  preempted: Uint8Array;
  kinds: Uint8Array;
  offers: string[];
  totalMs: number;
  setupMs: number;
}

/** index of "c123" without allocating */
export function callIndex(id: string): number {
  let x = 0;
  for (let i = 1; i < id.length; i++) x = x * 10 + id.charCodeAt(i) - 48;
  return x;
}

let bucketScansPerDecision = 0;
/** time spent in the host's hook bodies during the current event (subtracted from the event's latency) */
let hostMs = 0;

/**
 * The benchmark's setup on an engine whose offer hook fills `ringing`/`offerOf`: queues, agents, the waiting
 * calls, agents ready or on break, then every setup offer answered (the same procedure as the generator).
 * Shared with replay.ts so the instruction counts are of exactly this state.
 */
export function setupEngine(e: AcdEngine, w: Workload, ringing: Uint8Array, offerOf: Int32Array): void {
  for (const q of w.queueCfg) e.upsertQueue({ id: q.id, tenantId: "t", requiredSkills: q.req, priority: q.priority });
  for (const a of w.agentCfg) e.upsertAgent(a);
  for (let i = 0; i < w.o.waiting; i++) e.enqueue(w.calls[i]!);
  for (let j = 0; j < w.agentCfg.length; j++) {
    if (w.readyAtStart[j]) e.setAgentState(w.agentCfg[j]!.id, "ready");
    else e.setAgentState(w.agentCfg[j]!.id, "not_ready", "break");
  }
  for (let c = 0; c < w.o.waiting; c++)
    if (ringing[c]) {
      ringing[c] = 0;
      e.offerAccepted(offerOf[c]!);
    }
}

function runEngine(w: Workload, n: number): RunResult {
  let t = 0;
  // the host's offer hook does what a host must (remember the offer) and allocates nothing
  const log: Offer[] = new Array(w.calls.length + 16);
  let nLog = 0;
  const offerOf = new Int32Array(w.calls.length);
  const ringing = new Uint8Array(w.calls.length);
  const e = new AcdEngine(
    {
      offer(o: Offer) {
        // the host's own work is timed separately and subtracted: the bench measures the engine
        const h0 = performance.now();
        const c = callIndex(o.callId);
        offerOf[c] = o.offerId;
        ringing[c] = 1;
        if (nLog < log.length) log[nLog++] = o;
        hostMs += performance.now() - h0;
      },
    },
    { now: () => t },
  );
  const s0 = performance.now();
  // setup: same procedure as the generator (all setup offers answered)
  setupEngine(e, w, ringing, offerOf);
  const setupMs = performance.now() - s0;
  const lat = new Float64Array(n);
  const preempted = new Uint8Array(n);
  let ctx = process.resourceUsage().involuntaryContextSwitches;
  let total = 0;
  hostMs = 0;
  const scans0 = e.counters.bucketScans;
  const dec0 = e.counters.decisions;
  for (let i = 0; i < n; i++) {
    t++;
    const k = w.kind[i]!;
    const a = w.arg[i]!;
    let t0 = 0;
    let t1 = 0;
    switch (k) {
      case K_ENQ: {
        const c = w.calls[a]!;
        t0 = performance.now();
        e.enqueue(c);
        t1 = performance.now();
        break;
      }
      case K_HANGUP:
      case K_ABANDON: {
        const id = w.calls[a]!.id;
        t0 = performance.now();
        e.callEnded(id);
        t1 = performance.now();
        break;
      }
      case K_ANSWER: {
        const oid = offerOf[a]!;
        ringing[a] = 0;
        t0 = performance.now();
        e.offerAccepted(oid);
        t1 = performance.now();
        break;
      }
      case K_NOT_READY: {
        const id = w.agentCfg[a]!.id;
        t0 = performance.now();
        e.setAgentState(id, "not_ready", "break");
        t1 = performance.now();
        break;
      }
      case K_READY: {
        const id = w.agentCfg[a]!.id;
        t0 = performance.now();
        e.setAgentState(id, "ready");
        t1 = performance.now();
        break;
      }
      case K_SKILL: {
        const cfg = w.skillCfg[w.extra[i]!]!;
        t0 = performance.now();
        e.upsertAgent(cfg);
        t1 = performance.now();
        break;
      }
    }
    const d = t1 - t0 - hostMs;
    hostMs = 0;
    lat[i] = d;
    total += d;
    const c = process.resourceUsage().involuntaryContextSwitches;
    if (c !== ctx) {
      preempted[i] = 1;
      ctx = c;
    }
  }
  const offers: string[] = [];
  for (let i = 0; i < nLog; i++) offers.push(`${log[i]!.callId}>${log[i]!.agentId}`);
  bucketScansPerDecision = (e.counters.bucketScans - scans0) / Math.max(1, e.counters.decisions - dec0);
  return { lat, preempted, kinds: w.kind.subarray(0, n), offers, totalMs: total, setupMs };
}

function runNaive(w: Workload, n: number): RunResult {
  let t = 0;
  const offers: string[] = [];
  const ringing = new Uint8Array(w.calls.length);
  const e = new NaiveAcd(
    () => t,
    (callId, agentId) => {
      const h0 = performance.now();
      ringing[Number(callId.slice(1))] = 1;
      offers.push(`${callId}>${agentId}`);
      hostMs += performance.now() - h0;
    },
  );
  const s0 = performance.now();
  for (const q of w.queueCfg) e.upsertQueue(q.id, q.req, q.priority);
  for (const a of w.agentCfg) e.upsertAgent(a.id, a.skills!, a.queues);
  const enq = (c: AcdCallInput) => e.enqueue(c.id, c.queueId, c.priority ?? 0, c.requiredSkills);
  for (let i = 0; i < w.o.waiting; i++) enq(w.calls[i]!);
  for (let j = 0; j < w.agentCfg.length; j++) e.setReady(w.agentCfg[j]!.id, w.readyAtStart[j] === 1);
  for (let c = 0; c < w.o.waiting; c++)
    if (ringing[c]) {
      ringing[c] = 0;
      e.accept(w.calls[c]!.id);
    }
  const setupMs = performance.now() - s0;
  const lat = new Float64Array(n);
  const preempted = new Uint8Array(n);
  let ctx = process.resourceUsage().involuntaryContextSwitches;
  let total = 0;
  hostMs = 0;
  for (let i = 0; i < n; i++) {
    t++;
    const k = w.kind[i]!;
    const a = w.arg[i]!;
    let t0 = 0;
    let t1 = 0;
    switch (k) {
      case K_ENQ: {
        const c = w.calls[a]!;
        t0 = performance.now();
        enq(c);
        t1 = performance.now();
        break;
      }
      case K_HANGUP:
      case K_ABANDON: {
        const id = w.calls[a]!.id;
        t0 = performance.now();
        e.end(id);
        t1 = performance.now();
        break;
      }
      case K_ANSWER: {
        const id = w.calls[a]!.id;
        t0 = performance.now();
        e.accept(id);
        t1 = performance.now();
        break;
      }
      case K_NOT_READY:
      case K_READY: {
        const id = w.agentCfg[a]!.id;
        t0 = performance.now();
        e.setReady(id, k === K_READY);
        t1 = performance.now();
        break;
      }
      case K_SKILL: {
        const cfg = w.skillCfg[w.extra[i]!]!;
        t0 = performance.now();
        e.upsertAgent(cfg.id, cfg.skills!, cfg.queues);
        t1 = performance.now();
        break;
      }
    }
    const d = t1 - t0 - hostMs;
    hostMs = 0;
    lat[i] = d;
    total += d;
    const c = process.resourceUsage().involuntaryContextSwitches;
    if (c !== ctx) {
      preempted[i] = 1;
      ctx = c;
    }
  }
  return { lat, preempted, kinds: w.kind.subarray(0, n), offers, totalMs: total, setupMs };
}

function summarize(r: RunResult) {
  const us = (ms: number) => Math.round(ms * 1000 * 1000) / 1000;
  const n = r.lat.length;
  const all = Float64Array.from(r.lat).sort();
  // events during which the OS took the core away from the process measure the machine, not the engine:
  // they are reported separately ("raw") and left out of the main percentiles ("on one core")
  const keptLat: number[] = [];
  let keptTotal = 0;
  for (let i = 0; i < n; i++)
    if (r.preempted[i] === 0) {
      keptLat.push(r.lat[i]!);
      keptTotal += r.lat[i]!;
    }
  const kept = Float64Array.from(keptLat).sort();
  const perKind: Record<string, { n: number; p50_us: number; p99_us: number }> = {};
  for (let k = 0; k < KIND_NAMES.length; k++) {
    const xs = Float64Array.from(r.lat.filter((_, i) => r.kinds[i] === k && r.preempted[i] === 0)).sort();
    if (xs.length > 0) perKind[KIND_NAMES[k]!] = { n: xs.length, p50_us: us(pct(xs, 0.5)), p99_us: us(pct(xs, 0.99)) };
  }
  return {
    p50_us: us(pct(kept, 0.5)),
    p99_us: us(pct(kept, 0.99)),
    p999_us: us(pct(kept, 0.999)),
    max_us: us(kept[kept.length - 1] ?? 0),
    decisions_per_s: Math.round(kept.length / (keptTotal / 1000)),
    preempted: n - kept.length,
    raw_p50_us: us(pct(all, 0.5)),
    raw_p99_us: us(pct(all, 0.99)),
    raw_p999_us: us(pct(all, 0.999)),
    raw_decisions_per_s: Math.round(n / (r.totalMs / 1000)),
    setup_ms: Math.round(r.setupMs),
    per_kind: perKind,
  };
}

export function runBench(o: BenchOptions, log: (s: string) => void = () => {}) {
  const g0 = performance.now();
  const w = buildWorkload(o);
  log(`workload: ${o.agents} agents, ${o.queues} queues, ${o.queuesPerAgent} queues/agent, ${o.waiting} waiting calls, ${o.events} events (generated in ${Math.round(performance.now() - g0)} ms)`);
  const eng = runEngine(w, o.events);
  const es = summarize(eng);
  log(`engine: p50 ${es.p50_us} us  p99 ${es.p99_us} us  p99.9 ${es.p999_us} us  max ${es.max_us} us  ${es.decisions_per_s.toLocaleString("en")} decisions/s  (setup ${es.setup_ms} ms)`);
  log(`        all events incl. ${es.preempted} preempted: p50 ${es.raw_p50_us} us  p99 ${es.raw_p99_us} us  p99.9 ${es.raw_p999_us} us  ${es.raw_decisions_per_s.toLocaleString("en")} decisions/s`);
  const nn = Math.min(o.naiveEvents, o.events);
  const nai = runNaive(w, nn);
  const ns = summarize(nai);
  log(`naive:  p50 ${ns.p50_us} us  p99 ${ns.p99_us} us  p99.9 ${ns.p999_us} us  max ${ns.max_us} us  ${ns.decisions_per_s.toLocaleString("en")} decisions/s  (setup ${ns.setup_ms} ms, ${nn} events)`);
  log(`        all events incl. ${ns.preempted} preempted: p50 ${ns.raw_p50_us} us  p99 ${ns.raw_p99_us} us  p99.9 ${ns.raw_p999_us} us  ${ns.raw_decisions_per_s.toLocaleString("en")} decisions/s`);
  // the anchor must implement the same rules: identical offers over the events both ran
  const nOffers = nai.offers.length;
  let agree = nOffers > 0;
  for (let i = 0; i < nOffers && agree; i++) if (eng.offers[i] !== nai.offers[i]) agree = false;
  log(`same decisions as the naive scan over ${nOffers} offers: ${agree}`);
  for (const [k, v] of Object.entries(es.per_kind)) log(`  ${k.padEnd(13)} n=${v.n}  p50 ${v.p50_us} us  p99 ${v.p99_us} us   naive p99 ${ns.per_kind[k]?.p99_us ?? "-"} us`);
  return {
    agents: o.agents,
    queues: o.queues,
    queues_per_agent: o.queuesPerAgent,
    waiting_calls: o.waiting,
    events: o.events,
    p50_us: es.p50_us,
    p99_us: es.p99_us,
    p999_us: es.p999_us,
    max_us: es.max_us,
    decisions_per_s: es.decisions_per_s,
    preempted_events: es.preempted,
    raw_p50_us: es.raw_p50_us,
    raw_p99_us: es.raw_p99_us,
    raw_p999_us: es.raw_p999_us,
    raw_decisions_per_s: es.raw_decisions_per_s,
    setup_ms: es.setup_ms,
    naive_events: nn,
    naive_p50_us: ns.p50_us,
    naive_p99_us: ns.p99_us,
    naive_p999_us: ns.p999_us,
    naive_decisions_per_s: ns.decisions_per_s,
    naive_raw_p99_us: ns.raw_p99_us,
    naive_raw_decisions_per_s: ns.raw_decisions_per_s,
    load_average_1m: Math.round(loadavg()[0]! * 100) / 100,
    cpus: cpus().length,
    speedup_p99: Math.round((ns.p99_us / Math.max(es.p99_us, 1e-3)) * 10) / 10,
    speedup_throughput: Math.round((es.decisions_per_s / Math.max(ns.decisions_per_s, 1)) * 10) / 10,
    same_decisions_as_naive: agree,
    bucket_scans_per_decision: Math.round(bucketScansPerDecision * 1000) / 1000,
    offers_compared: nOffers,
    targets_met: es.p99_us <= 5 && es.decisions_per_s >= 500_000,
    per_kind: es.per_kind,
    node: process.version,
  };
}

function main() {
  const argv = process.argv.slice(2);
  const json = argv.includes("--json");
  const quick = argv.includes("--quick");
  const num = (k: string, d: number) => {
    const i = argv.indexOf(`--${k}`);
    if (i < 0) return d;
    const v = Number(argv[i + 1]);
    if (!Number.isFinite(v) || v < 0) throw new TypeError(`--${k} must be a number`);
    return v;
  };
  const o: BenchOptions = quick
    ? { agents: 1000, queues: 100, queuesPerAgent: 10, waiting: 10_000, events: num("events", 20_000), naiveEvents: num("naive-events", 5_000), seed: num("seed", 1) }
    : { agents: 10_000, queues: 1000, queuesPerAgent: 10, waiting: 100_000, events: num("events", 1_000_000), naiveEvents: num("naive-events", 100_000), seed: num("seed", 1) };
  const r = runBench(o, json ? () => {} : (s) => console.log(s));
  if (!json) console.log(r.targets_met ? "targets met: p99 <= 5 us and >= 500k decisions/s" : "targets NOT met (p99 <= 5 us, >= 500k decisions/s)");
  console.log(JSON.stringify(r));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
