/**
 * Discrete-event simulator that drives the real AcdEngine in virtual time: Poisson arrivals, exponential or
 * lognormal handle times, exponential patience (abandonment), wrap-up, several queues. Agents answer offers
 * after answerDelayS (default 0). Statistics cover calls arriving in [warmup, duration]; the run continues
 * after the last arrival until every measured call is answered or abandoned.
 */
import { AcdEngine } from "../engine.ts";
import { type HeapItem, IndexedHeap } from "../heap.ts";
import type { AgentState, Offer, Strategy } from "../types.ts";
import { erlangAMetrics, erlangCMetrics } from "./erlang.ts";
import { Rng } from "./rng.ts";

export interface SimOptions {
  agents: number;
  /** calls per second (all queues together) */
  rate: number;
  /** mean handle (talk) time, seconds */
  aht: number;
  /** service-level threshold, seconds */
  target: number;
  /** arrivals are generated for this many seconds */
  duration: number;
  /** mean patience in seconds (exponential); default: no abandonment */
  patience?: number;
  /** default 1 */
  seed?: number;
  /** after-call work per call, seconds; default 0 */
  wrap?: number;
  /** handle-time distribution; default "exp" */
  dist?: "exp" | "lognormal";
  /** coefficient of variation of the lognormal handle time; default 1 */
  cv?: number;
  /** queues; calls spread uniformly; default 1 */
  queues?: number;
  /** queues per agent (random subset); default all */
  agentQueues?: number;
  /** default "longest_idle" */
  strategy?: Strategy;
  /** statistics ignore arrivals before this many seconds; default 10% of duration */
  warmup?: number;
  /** time between offer and answer, seconds; default 0 */
  answerDelayS?: number;
  /** batches for the standard errors (batch means by arrival time); default 20 */
  batches?: number;
}

export interface SimResult {
  agents: number;
  rate: number;
  aht_s: number;
  target_s: number;
  duration_s: number;
  patience_s: number | null;
  seed: number;
  offered: number;
  answered: number;
  abandoned: number;
  /** answered within target / offered (abandons count against) */
  service_level: number;
  /** mean wait of answered calls */
  asa_s: number;
  /** busy agent time (ringing, talking, wrap-up) / staffed time over the measured window */
  occupancy: number;
  abandon_rate: number;
  service_level_se: number;
  asa_se: number;
  /** theory: Erlang C (no patience) or Erlang A (exponential patience); only for one queue, all agents in it, exp handle times */
  theory: { model: "erlang_c" | "erlang_a"; service_level: number; asa_s: number; occupancy: number; p_abandon: number } | null;
  engine_decisions: number;
  engine_events: number;
  engine_us_per_event: number;
  wall_ms: number;
}

const E_ARRIVAL = 0;
const E_ANSWER = 1;
const E_END = 2;
const E_ABANDON = 3;

class Ev implements HeapItem {
  hi = -1;
  constructor(
    public t: number,
    public seq: number,
    public kind: number,
    public call: number,
    public offer: Offer | null,
  ) {}
}
const evLess = (a: Ev, b: Ev) => (a.t !== b.t ? a.t < b.t : a.seq < b.seq);

interface SimCall {
  arrival: number;
  answered: number;
  done: boolean;
  measured: boolean;
}

export function simulate(o: SimOptions): SimResult {
  const wall0 = performance.now();
  for (const k of ["agents", "rate", "aht", "target", "duration"] as const)
    if (!(typeof o[k] === "number" && Number.isFinite(o[k]) && o[k] >= 0)) throw new TypeError(`--${k} must be a number >= 0`);
  if (!Number.isInteger(o.agents) || o.agents < 1) throw new TypeError("--agents must be an integer >= 1");
  const seed = o.seed ?? 1;
  const rng = new Rng(seed);
  const engineRng = new Rng(seed ^ 0x5bd1e995);
  const nq = o.queues ?? 1;
  const warmup = (o.warmup ?? o.duration * 0.1) * 1000;
  const end = o.duration * 1000;
  const ahtMs = o.aht * 1000;
  const patienceMs = o.patience !== undefined && o.patience > 0 ? o.patience * 1000 : 0;
  const answerDelayMs = (o.answerDelayS ?? 0) * 1000;
  const batches = o.batches ?? 20;
  let now = 0;
  let seq = 0;
  const events = new IndexedHeap<Ev>(evLess);
  const push = (t: number, kind: number, call: number, offer: Offer | null) => events.push(new Ev(t, ++seq, kind, call, offer));
  const calls: SimCall[] = [];
  const callIndex = new Map<string, number>();
  const liveOffers = new Set<number>();

  // occupancy: integrate busy agents over [warmup, end]
  const busyState = new Map<string, boolean>();
  let busyNow = 0;
  let busyArea = 0;
  let lastT = 0;
  const integrate = (t: number) => {
    const a = Math.max(lastT, warmup);
    const b = Math.min(t, end);
    if (b > a) busyArea += busyNow * (b - a);
    lastT = t;
  };
  const isBusy = (s: AgentState) => s === "reserved" || s === "ringing" || s === "on_call" || s === "wrap_up";

  const engine = new AcdEngine(
    {
      offer(of: Offer) {
        liveOffers.add(of.offerId);
        push(now + answerDelayMs, E_ANSWER, callIndex.get(of.callId)!, of);
      },
      cancelOffer(of: Offer) {
        liveOffers.delete(of.offerId);
      },
      agentState(agentId: string, state: AgentState) {
        const b = isBusy(state);
        if (b !== (busyState.get(agentId) ?? false)) {
          integrate(now);
          busyNow += b ? 1 : -1;
          busyState.set(agentId, b);
        }
      },
    },
    { now: () => now, random: () => engineRng.next() },
  );
  for (let i = 0; i < nq; i++)
    engine.upsertQueue({
      id: `q${i}`,
      tenantId: "sim",
      strategy: o.strategy ?? "longest_idle",
      wrapUpMs: (o.wrap ?? 0) * 1000,
      slTargetMs: o.target * 1000,
      ringTimeoutMs: 0,
    });
  const perAgent = Math.min(nq, o.agentQueues ?? nq);
  for (let i = 0; i < o.agents; i++) {
    let qs: number[];
    if (perAgent >= nq) qs = Array.from({ length: nq }, (_, k) => k);
    else {
      const all = Array.from({ length: nq }, (_, k) => k);
      for (let k = 0; k < perAgent; k++) {
        const j = k + rng.int(nq - k);
        [all[k], all[j]] = [all[j]!, all[k]!];
      }
      qs = all.slice(0, perAgent);
    }
    engine.upsertAgent({ id: `a${i}`, tenantId: "sim", queues: qs.map((k) => ({ queueId: `q${k}` })) });
    engine.setAgentState(`a${i}`, "ready");
  }

  if (o.rate > 0) push(rng.exp(1000 / o.rate), E_ARRIVAL, -1, null);
  let events0 = 0;
  let engineNs = 0n;
  let pendingMeasured = 0;
  for (;;) {
    const ev = events.peek();
    const dl = engine.nextDeadline();
    if (ev === undefined && dl === undefined) break;
    if (ev === undefined && pendingMeasured === 0) break;
    if (dl !== undefined && (ev === undefined || dl < ev.t)) {
      integrate(dl);
      now = dl;
      const t0 = process.hrtime.bigint();
      engine.tick();
      engineNs += process.hrtime.bigint() - t0;
      events0++;
      continue;
    }
    events.pop();
    const e = ev!;
    integrate(e.t);
    now = e.t;
    const t0 = process.hrtime.bigint();
    switch (e.kind) {
      case E_ARRIVAL: {
        if (now > end) break;
        const idx = calls.length;
        const measured = now >= warmup;
        calls.push({ arrival: now, answered: -1, done: false, measured });
        if (measured) pendingMeasured++;
        const id = `c${idx}`;
        callIndex.set(id, idx);
        if (patienceMs > 0) push(now + rng.exp(patienceMs), E_ABANDON, idx, null);
        push(now + rng.exp(1000 / o.rate), E_ARRIVAL, -1, null);
        engine.enqueue({ id, tenantId: "sim", queueId: `q${nq === 1 ? 0 : rng.int(nq)}` });
        break;
      }
      case E_ANSWER: {
        const of = e.offer!;
        if (!liveOffers.delete(of.offerId)) break;
        const c = calls[e.call]!;
        c.answered = now;
        if (c.measured) pendingMeasured--;
        engine.offerAccepted(of.offerId);
        const h = o.dist === "lognormal" ? rng.lognormal(ahtMs, o.cv ?? 1) : rng.exp(ahtMs);
        push(now + h, E_END, e.call, null);
        break;
      }
      case E_END:
        calls[e.call]!.done = true;
        engine.callEnded(`c${e.call}`);
        break;
      case E_ABANDON: {
        const c = calls[e.call]!;
        if (c.answered >= 0 || c.done) break;
        c.done = true;
        if (c.measured) pendingMeasured--;
        engine.callEnded(`c${e.call}`);
        break;
      }
    }
    engineNs += process.hrtime.bigint() - t0;
    events0++;
  }

  // statistics with batch means by arrival time
  const tgt = o.target * 1000;
  const span = end - warmup;
  const bOff = new Float64Array(batches);
  const bIn = new Float64Array(batches);
  const bAns = new Float64Array(batches);
  const bWait = new Float64Array(batches);
  let offered = 0;
  let answered = 0;
  let abandoned = 0;
  let inSl = 0;
  let waitSum = 0;
  for (const c of calls) {
    if (!c.measured) continue;
    const b = Math.min(batches - 1, Math.floor(((c.arrival - warmup) / span) * batches));
    offered++;
    bOff[b]!++;
    if (c.answered >= 0) {
      const w = c.answered - c.arrival;
      answered++;
      waitSum += w;
      bAns[b]!++;
      bWait[b]! += w;
      if (w <= tgt) {
        inSl++;
        bIn[b]!++;
      }
    } else abandoned++;
  }
  const se = (vals: number[]) => {
    const v = vals.filter((x) => Number.isFinite(x));
    if (v.length < 2) return Number.NaN;
    const m = v.reduce((s, x) => s + x, 0) / v.length;
    const s2 = v.reduce((s, x) => s + (x - m) * (x - m), 0) / (v.length - 1);
    return Math.sqrt(s2 / v.length);
  };
  const slB: number[] = [];
  const asaB: number[] = [];
  for (let b = 0; b < batches; b++) {
    if (bOff[b]! > 0) slB.push(bIn[b]! / bOff[b]!);
    if (bAns[b]! > 0) asaB.push(bWait[b]! / bAns[b]! / 1000);
  }
  let theory: SimResult["theory"] = null;
  if (nq === 1 && (o.dist ?? "exp") === "exp" && (o.answerDelayS ?? 0) === 0) {
    const hold = o.aht + (o.wrap ?? 0);
    if ((o.wrap ?? 0) === 0 || patienceMs === 0) {
      if (patienceMs === 0) {
        // wrap-up extends the agent's holding time; the caller's wait follows M/M/N with holding aht+wrap
        const r = erlangCMetrics(o.agents, o.rate, hold, o.target);
        theory = { model: "erlang_c", service_level: r.serviceLevel, asa_s: r.asaS, occupancy: r.occupancy, p_abandon: 0 };
      } else {
        const r = erlangAMetrics(o.agents, o.rate, o.aht, o.patience!, o.target);
        theory = { model: "erlang_a", service_level: r.serviceLevel, asa_s: r.asaS, occupancy: r.occupancy, p_abandon: r.pAbandon };
      }
    }
  }
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    agents: o.agents,
    rate: o.rate,
    aht_s: o.aht,
    target_s: o.target,
    duration_s: o.duration,
    patience_s: patienceMs > 0 ? o.patience! : null,
    seed,
    offered,
    answered,
    abandoned,
    service_level: r4(offered === 0 ? 1 : inSl / offered),
    asa_s: r4(answered === 0 ? 0 : waitSum / answered / 1000),
    occupancy: r4(span > 0 ? busyArea / (o.agents * span) : 0),
    abandon_rate: r4(offered === 0 ? 0 : abandoned / offered),
    service_level_se: r4(se(slB)),
    asa_se: r4(se(asaB)),
    theory:
      theory === null
        ? null
        : {
            model: theory.model,
            service_level: r4(theory.service_level),
            asa_s: r4(theory.asa_s),
            occupancy: r4(theory.occupancy),
            p_abandon: r4(theory.p_abandon),
          },
    engine_decisions: engine.counters.decisions,
    engine_events: events0,
    engine_us_per_event: Math.round((Number(engineNs) / 1000 / Math.max(1, events0)) * 100) / 100,
    wall_ms: Math.round(performance.now() - wall0),
  };
}
