/**
 * Event-driven ACD engine. Pure data structures, no I/O, no timers of its own: the host calls tick()
 * (or arms one timer at nextDeadline()). Every public method decides immediately.
 *
 * Indexes (details and measurements in docs/acd.md):
 * - per queue, a heap of the available member agents ordered by (penalty, strategy key, tiebreak, join order)
 * - per queue, waiting calls grouped in buckets by effective skill requirement (found by a numeric key of the
 *   requirement); each bucket is a line of FIFO lanes per priority level
 * - per queue index, in one aligned typed array: a header and the 16 best buckets as rows sorted by head call,
 *   so an agent that becomes free reads about one cache line per queue and touches only the winner's objects
 * - a timer set (heap + FIFO lanes) for ring timeouts, wrap-up ends, escalation / overflow / max-wait /
 *   callback-retry deadlines
 * A call arriving looks at the top of one ready heap; an agent becoming free walks the rows of its queues.
 */
import {
  AHT_ALPHA,
  Agent,
  Bucket,
  Call,
  Entry,
  Member,
  NO_SKILLS,
  OfferRec,
  OfferTable,
  PRESENCE_INDEX,
  Queue,
  STATE_INDEX,
  memberLess,
  MREQ,
  removeItem,
  reqKey,
  setHead,
  type Presence,
} from "./model.ts";
import { strategyKeys } from "./strategies.ts";
import { TimerSet } from "./timers.ts";
import {
  S_ABANDONED,
  S_ABANDONED_AFTER_SL,
  S_ABANDONED_SHORT,
  S_ANSWERED,
  S_FIELDS,
  SB,
  SB_EXTRA,
  alignedBuffer,
  S_HANDLE_SUM,
  S_HANDLED,
  S_IN_SL,
  S_OFFERED,
  S_OVERFLOWED,
  S_WAIT_SUM,
  StatsBank,
} from "./stats.ts";
import type {
  AcdAgentConfig,
  AcdCallInput,
  AcdEngineOptions,
  AcdHooks,
  AcdQueueConfig,
  AgentState,
  AgentView,
  CallOutcome,
  CancelReason,
  Offer,
  OverflowAction,
  QueueStats,
} from "./types.ts";
import { STRATEGIES } from "./types.ts";

const T_RING = 0;
const T_WRAP = 1;
const T_CALL = 2;

const H_OFFER = 0;
const H_CANCEL = 1;
const H_OVERFLOW = 2;
const H_STATE = 3;
const H_FINISHED = 4;

/**
 * Per-queue summary of the waiting calls, by queue index in one Float64Array (stride QS), read by an agent
 * that becomes free: a header, then the queue's best non-empty buckets (up to ROWS) sorted by their head
 * call (priority desc, arrival sequence asc), one row each with the head key and the requirement. An agent
 * walks the rows of each of its queues until one it qualifies for: a few contiguous numbers per queue, no
 * queue, bucket or call object touched until the winner is known. The header and the first row fill exactly
 * one 64-byte cache line (the array lives in page-aligned memory and QS * 8 is a multiple of 64), so the
 * usual check of a queue costs one line.
 */
const ROWS = 16;
/** header word: rows used (bits 0-4), 32 = more non-empty buckets than rows, 64 = some non-empty bucket's
 *  requirement does not include the queue's own (relaxed) */
const QH_BITS = 0;
const QH_WEIGHT = 1;
const QH = 2;
const MORE = 32;
const RELAXED = 64;
/** row: head priority, head sequence, head arrival, flags (1 head refused by someone, 2 requirement includes
 *  the queue's own, 4 "plus" (see Bucket.plus), 8 * count of the pairs to check), the first pair to check
 *  (skill id, minimum): the extras of a "plus" bucket (none for calls needing just the queue's skills, so a
 *  qualified agent reads no skill at all), else the requirement; more pairs are checked on the bucket */
const RS = 6;
/** count of relaxed non-empty buckets (after the rows) */
const Q_RELAXED_N = QH + ROWS * RS;
const QS = 104;
/** buckets kept per queue before empty ones are swept */
const BUCKET_SWEEP = 16;


/** skill record -> parallel arrays; sorted by name when the order matters (requirement signatures) */
function skillsFrom(rec: Record<string, number> | undefined, what: string, sorted = true): [string[], number[]] {
  if (rec === undefined) return NO_SKILLS;
  if (typeof rec !== "object" || rec === null) throw new TypeError(`${what} must be an object`);
  // Object.keys + Object.values (builtins walking the object's own layout) instead of rec[k] per key: skill
  // records come in thousands of shapes (one per combination of skill names), and a keyed load on so many
  // shapes misses V8's inline caches and takes the slow runtime path on every key
  const keys = Object.keys(rec);
  const vals = Object.values(rec) as unknown[];
  for (let i = 0; i < vals.length; i++) {
    const v = vals[i];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new TypeError(`${what}.${keys[i]} must be a number`);
  }
  if (!sorted || keys.length < 2) return [keys, vals as number[]];
  const order = keys.map((_, i) => i).sort((x, y) => (keys[x]! < keys[y]! ? -1 : keys[x]! > keys[y]! ? 1 : 0));
  return [order.map((i) => keys[i]!), order.map((i) => vals[i] as number)];
}

function nonNeg(v: number | undefined, dflt: number, what: string): number {
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new TypeError(`${what} must be a finite number >= 0`);
  return v;
}

function str(v: unknown, what: string): string {
  if (typeof v !== "string" || v.length === 0) throw new TypeError(`${what} must be a non-empty string`);
  return v;
}

export class AcdEngine {
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly windowMs: number;
  private readonly shortAbandonMs: number;
  private readonly agents = new Map<string, Agent>();
  private readonly queues = new Map<string, Queue>();
  private readonly calls = new Map<string, Call>();
  private readonly offers = new OfferTable<OfferRec>();
  private readonly prefIndex = new Map<string, Set<Call>>();
  private readonly timers = new TimerSet();
  private callSeq = 0;
  private offerSeq = 0;
  private depth = 0;
  // hook outbox: parallel arrays reused across calls (outN entries used), never shrunk
  private readonly outK: number[] = [];
  private readonly outA: unknown[] = [];
  private readonly outB: unknown[] = [];
  private readonly outC: unknown[] = [];
  private readonly outD: unknown[] = [];
  private outN = 0;
  private readonly scratch: Member[] = [];
  private readonly skillIds = new Map<string, number>();
  private readonly skillNameById: string[] = [];
  private readonly pending: Agent[] = [];
  /** per-queue summary (header + sorted bucket rows, stride QS), indexed by Queue.qi */
  private qs = new Float64Array(0);
  /** the bucket of each row, at qi * ROWS + row */
  private rowB: Array<Bucket | null> = [];
  /** scratch for an effective requirement being looked up (names, ids, minimums) */
  private readonly reqNames: string[] = [];
  private readonly reqIdsS: number[] = [];
  private readonly reqMinsS: number[] = [];
  private readonly reqOrd: number[] = [];
  /** members by presence (logged_out, ready, not_ready) at [qi * 3 + presence]: changes only on presence changes */
  private presenceN = new Int32Array(0);
  /** size of each queue's ready heap */
  private readyN = new Int32Array(0);
  /** exponentially weighted handle time (talk + wrap-up) per queue, for EWT (O(1), no window scan) */
  private readonly freeQi: number[] = [];
  private readonly queueByQi: Array<Queue | undefined> = [];
  private nextQi = 0;
  private readonly sumBuf = new Float64Array(S_FIELDS);
  private readonly stats: StatsBank;
  /** operational counters (never reset by the engine) */
  readonly counters = {
    decisions: 0,
    offers: 0,
    hookErrors: 0,
    staleEvents: 0,
    overflows: 0,
    timerStorms: 0,
    /** agent-side searches that had to scan all of a queue's buckets (more than 16 non-empty buckets and
     *  none of the 16 best fits the agent, or the agent refused a bucket's head call) */
    bucketScans: 0,
  };
  lastHookError: unknown = undefined;

  constructor(
    private readonly hooks: AcdHooks,
    opts: AcdEngineOptions = {},
  ) {
    if (hooks === null || typeof hooks !== "object" || typeof hooks.offer !== "function")
      throw new TypeError("hooks.offer must be a function");
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
    this.windowMs = nonNeg(opts.statsWindowMs, 900_000, "statsWindowMs") || 900_000;
    this.stats = new StatsBank(this.windowMs);
    this.shortAbandonMs = nonNeg(opts.shortAbandonMs, 5_000, "shortAbandonMs");
  }

  // ------------------------------------------------------------------ configuration

  upsertQueue(c: AcdQueueConfig): void {
    const id = str(c?.id, "queue.id");
    const tenantId = str(c.tenantId, "queue.tenantId");
    const strategy = c.strategy ?? "longest_idle";
    if (!STRATEGIES.includes(strategy)) throw new TypeError(`unknown strategy ${String(strategy)}`);
    const [rs, rm] = skillsFrom(c.requiredSkills, "requiredSkills");
    const ringTimeoutMs = nonNeg(c.ringTimeoutMs, 20_000, "ringTimeoutMs");
    const wrapUpMs = nonNeg(c.wrapUpMs, 0, "wrapUpMs");
    const maxWaitMs = nonNeg(c.maxWaitMs, 0, "maxWaitMs");
    const maxLength = nonNeg(c.maxLength, 0, "maxLength");
    const weight = nonNeg(c.weight, 1, "weight");
    const slTargetMs = nonNeg(c.slTargetMs, 15_000, "slTargetMs");
    for (const s of c.escalation ?? []) nonNeg(s.afterMs, 0, "escalation.afterMs");
    for (const r of c.overflow ?? []) {
      if (r === null || typeof r !== "object" || typeof r.action !== "object") throw new TypeError("bad overflow rule");
      if (r.when === "wait") nonNeg(r.afterMs, 0, "overflow.afterMs");
    }
    let q = this.queues.get(id);
    this.depth++;
    try {
      if (q !== undefined && q.tenantId !== tenantId) throw new TypeError(`queue ${id} belongs to another tenant`);
      const fresh = q === undefined;
      if (q === undefined) {
        q = new Queue(id, tenantId, c);
        q.qi = this.allocQi();
        this.queueByQi[q.qi] = q;
        this.queues.set(id, q);
        q.buckets.set("", q.base);
        q.bucketList.push(q.base);
      }
      q.cfg = c;
      q.strategy = strategy;
      q.reqSkills = rs;
      q.reqMins = rm;
      q.reqIds = this.idsOf(rs);
      q.qrn = rs.length;
      q.qr0 = q.reqIds[0] ?? 0;
      q.qm0 = rm[0] ?? 0;
      q.qr1 = q.reqIds[1] ?? 0;
      q.qm1 = rm[1] ?? 0;
      q.priority = c.priority ?? 0;
      q.weight = weight;
      this.qs[q.qi * QS + QH_WEIGHT] = weight;
      q.ringTimeoutMs = ringTimeoutMs;
      q.wrapUpMs = wrapUpMs;
      q.maxWaitMs = maxWaitMs;
      q.maxLength = maxLength;
      q.slTargetMs = slTargetMs;
      q.noAnswer = c.noAnswer ?? "not_ready";
      q.overflow = c.overflow ?? [];
      q.nOverflow = q.overflow.length;
      q.escalation = [...(c.escalation ?? [])].sort((a, b) => a.afterMs - b.afterMs);
      q.open = c.open ?? true;
      q.hasDeadlines = q.escalation.length > 0 || q.maxWaitMs > 0 || q.overflow.some((r) => r.when === "wait");
      q.ahtHintMs = nonNeg(c.ahtHintMs, 180_000, "ahtHintMs");
      q.callbackTimeoutMs = nonNeg(c.callbackTimeoutMs, 60_000, "callbackTimeoutMs");
      q.callbackMaxAttempts = nonNeg(c.callbackMaxAttempts, 3, "callbackMaxAttempts");
      q.callbackRetryMs = nonNeg(c.callbackRetryMs, 60_000, "callbackRetryMs");
      if (fresh) {
        this.bucketPlus(q, q.base);
        // link agents that already reference this queue
        for (const a of this.agents.values()) {
          if (a.tenantId !== tenantId) continue;
          for (const qc of a.queueCfg) if (qc.queueId === id) this.link(a, q, qc.penalty, qc.weight);
        }
      } else {
        // strategy or skills may have changed: rebuild the ready heap and re-bucket every call
        for (const m of q.members) this.syncMembers(m.agent);
        this.rebuildReady(q);
        const affected: Call[] = [];
        for (const b of q.bucketList) for (const e of b.items()) affected.push(e.call);
        for (const call of affected) this.removeEntries(call);
        // every bucket is empty now and their "includes the queue's requirement" flags may be stale: start over
        q.buckets.clear();
        q.byKey.clear();
        q.buckets.set("", q.base);
        q.bucketList.length = 0;
        q.bucketList.push(q.base);
        q.qBucket = null;
        q.base.inclBase = false;
        this.bucketPlus(q, q.base);
        this.rowsRebuild(q);
        for (const call of affected) this.insertEntries(call);
        // offer in line order (priority, then arrival) so that FIFO holds when the change frees several calls
        affected.sort((x, y) => this.entryPrio(y, y.home) - this.entryPrio(x, x.home) || x.seq - y.seq);
        for (const call of affected) {
          this.scheduleCall(call);
          this.dispatchCall(call);
        }
      }
      for (const m of q.members) this.dispatchAgent(m.agent);
    } finally {
      this.leave();
    }
  }

  removeQueue(id: string): void {
    const q = this.queues.get(id);
    if (q === undefined) return;
    this.depth++;
    try {
      // calls homed here leave; calls that only escalated into it lose that entry
      const homed: Call[] = [];
      for (let c = q.head; c !== null; c = c.next) homed.push(c);
      for (const c of homed) this.overflowCall(c, { type: "disconnect", reason: "queue_removed" }, true);
      for (const call of this.calls.values()) {
        if (call.added === null || !call.added.includes(q)) continue;
        const waiting = call.state === "waiting";
        if (waiting) this.removeEntries(call);
        call.added = call.added.filter((x) => x !== q);
        if (waiting) this.insertEntries(call);
      }
      for (const m of [...q.members]) this.unlink(m);
      this.queues.delete(id);
      q.removed = true;
      this.qs.fill(0, q.qi * QS, (q.qi + 1) * QS);
      this.rowB.fill(null, q.qi * ROWS, (q.qi + 1) * ROWS);
      this.freeQi.push(q.qi);
      this.queueByQi[q.qi] = undefined;
    } finally {
      this.leave();
    }
  }

  /** opens or closes a queue (business hours are evaluated by the host) */
  setQueueOpen(id: string, open: boolean): void {
    const q = this.queues.get(id);
    if (q !== undefined) q.open = open;
  }

  upsertAgent(c: AcdAgentConfig): void {
    const id = str(c?.id, "agent.id");
    const tenantId = str(c.tenantId, "agent.tenantId");
    const [ss, sm] = skillsFrom(c.skills, "skills", false);
    if (!Array.isArray(c.queues)) throw new TypeError("agent.queues must be an array");
    const maxConcurrent = c.maxConcurrent ?? 1;
    if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) throw new TypeError("maxConcurrent must be an integer >= 1");
    let a = this.agents.get(id);
    // fast path (skill or state-only updates): exactly the memberships the agent already has
    let same = a !== undefined && a.tenantId === tenantId && a.members.length === c.queues.length;
    for (let i = 0; same && i < c.queues.length; i++) {
      const x = c.queues[i];
      if (x === null || typeof x !== "object" || x.queueId !== a!.mqid[i] || (x.penalty ?? 0) !== a!.mreq[i * MREQ + 5] || (x.weight ?? 1) !== a!.mreq[i * MREQ + 6])
        same = false;
    }
    const qcfg: Array<{ queueId: string; penalty: number; weight: number }> = [];
    if (!same)
      for (const x of c.queues) {
      const qid = str(x?.queueId, "agent.queues[].queueId");
      // existing memberships were checked when linked; only new ones need the tenant check
      let known = false;
      if (a !== undefined && a.tenantId === tenantId) for (const m of a.members) if (m.qid === qid) known = true;
      if (!known) {
        const q = this.queues.get(qid);
        if (q !== undefined && q.tenantId !== tenantId) throw new TypeError(`queue ${qid} belongs to another tenant`);
      }
        qcfg.push({ queueId: qid, penalty: x.penalty ?? 0, weight: nonNeg(x.weight, 1, "weight") });
      }
    if (a !== undefined && a.tenantId !== tenantId) throw new TypeError(`agent ${id} belongs to another tenant`);
    this.depth++;
    try {
      if (a === undefined) {
        a = new Agent(id, tenantId, this.now());
        a.pref = this.prefIndex.get(id);
        this.agents.set(id, a);
        this.emitState(a);
      }
      const wasAvailable = a.available;
      if (wasAvailable) this.setAvailable(a, false);
      a.jobNumber = c.jobNumber;
      a.maxSkill = 0;
      // skill ids: an update with the same skill names as the last one (a proficiency change) reuses its ids
      const old = a.skillIdArr;
      let ids = old;
      let sameNames = ss.length === a.skillNames.length;
      for (let i = 0; sameNames && i < ss.length; i++) if (ss[i] !== a.skillNames[i]) sameNames = false;
      if (!sameNames) {
        ids = [];
        for (let i = 0; i < ss.length; i++) ids.push(this.skillId(ss[i]!));
      }
      // reuse the vector when it is long enough (an off-heap typed-array allocation costs microseconds); only
      // the previous skills' entries need clearing
      let vec = a.vec;
      if (vec.length < this.skillIds.size) {
        vec = a.vec = new Float64Array(this.skillIds.size + 16);
        vec.fill(-1);
      } else for (let i = 0; i < old.length; i++) vec[old[i]!] = -1;
      for (let i = 0; i < ss.length; i++) {
        const v = sm[i]!;
        if (v > a.maxSkill) a.maxSkill = v;
        vec[ids[i]!] = v;
      }
      a.skillNames = ss;
      a.skillIdArr = ids;
      a.skillCount = ss.length;
      a.maxConcurrent = maxConcurrent;
      if (!same) {
        a.queueCfg = qcfg;
        // relink memberships (keep the ones that stay so round-robin memory survives)
        const keep = new Set<string>();
        for (const qc of qcfg) keep.add(qc.queueId);
        for (const m of [...a.members]) if (!keep.has(m.queue.id)) this.unlink(m);
        for (const qc of qcfg) {
          const q = this.queues.get(qc.queueId);
          if (q === undefined) continue;
          const m = a.members.find((x) => x.queue === q);
          if (m !== undefined) {
            m.penalty = qc.penalty;
            m.weight = qc.weight;
          } else this.link(a, q, qc.penalty, qc.weight);
        }
      }
      if (same) this.refreshMeets(a);
      else this.syncMembers(a);
      this.refresh(a);
      this.dispatchAgent(a);
    } finally {
      this.leave();
    }
  }

  removeAgent(id: string): void {
    const a = this.agents.get(id);
    if (a === undefined) return;
    this.depth++;
    try {
      this.setPresence(a, "logged_out");
      a.presenceReason = "removed";
      while (a.nOffers > 0) {
        const rec = a.lastOffer()!;
        this.cancelOffer(rec, "call_gone", false);
        this.backInLine(rec.call);
      }
      for (const call of a.calls) {
        // the host keeps the media; the engine forgets the call as answered
        call.agent = null;
        this.finish(call, "answered");
      }
      a.c0 = null;
      a.cMore = null;
      a.nCalls = 0;
      this.timers.cancel(a.wrapTimer);
      a.wrapTimer = null;
      a.wrapUntil = 0;
      this.refresh(a);
      for (const m of [...a.members]) this.unlink(m);
      this.agents.delete(id);
    } finally {
      this.leave();
    }
  }

  setAgentState(agentId: string, state: "ready" | "not_ready" | "logged_out", reason?: string): void {
    if (state !== "ready" && state !== "not_ready" && state !== "logged_out") throw new TypeError(`bad agent state ${String(state)}`);
    const a = this.agents.get(agentId);
    if (a === undefined) {
      this.counters.staleEvents++;
      return;
    }
    this.depth++;
    try {
      const now = this.now();
      if (state === "ready" && a.presence !== "ready") a.idleSince = Math.max(now, a.wrapUntil);
      this.setPresence(a, state);
      a.presenceReason = state === "ready" ? null : (reason ?? null);
      this.refresh(a);
      this.dispatchAgent(a);
    } finally {
      this.leave();
    }
  }

  /** the agent ends after-call work early */
  endWrapUp(agentId: string): void {
    const a = this.agents.get(agentId);
    if (a === undefined || a.wrapUntil === 0) return;
    this.depth++;
    try {
      this.wrapDone(a);
    } finally {
      this.leave();
    }
  }

  /** start of a new day: resets callsToday / talkMsToday of every agent */
  resetDailyCounters(): void {
    this.depth++;
    try {
      for (const a of this.agents.values()) {
        a.callsToday = 0;
        a.talkMsToday = 0;
        if (a.available) {
          this.setAvailable(a, false);
          this.setAvailable(a, true);
        }
      }
    } finally {
      this.leave();
    }
  }

  // ------------------------------------------------------------------ calls

  enqueue(input: AcdCallInput): { position: number; ewtMs: number; queued: boolean } {
    const id = str(input?.id, "call.id");
    const tenantId = str(input.tenantId, "call.tenantId");
    const q = this.queues.get(str(input.queueId, "call.queueId"));
    if (q === undefined) throw new TypeError(`unknown queue ${input.queueId}`);
    if (q.tenantId !== tenantId) throw new TypeError(`queue ${q.id} belongs to another tenant`);
    if (this.calls.has(id)) throw new TypeError(`call ${id} already queued`);
    const [rs, rm] = skillsFrom(input.requiredSkills, "requiredSkills");
    this.depth++;
    try {
      const now = this.now();
      const call = new Call(id, tenantId, q, now, ++this.callSeq);
      call.priority = input.priority ?? 0;
      call.customerLevel = input.customerLevel ?? 0;
      call.reqSkills = rs;
      call.reqMins = rm;
      if (rs.length > 0) {
        const ids: number[] = [];
        for (let i = 0; i < rs.length; i++) ids.push(this.skillId(rs[i]!));
        call.reqIds = ids;
      }
      call.preferredAgentId = input.preferredAgentId ?? null;
      call.data = input.data;
      this.calls.set(id, call);
      this.stats.add(q.qi, now, S_OFFERED, 1);
      if (call.preferredAgentId !== null) {
        let s = this.prefIndex.get(call.preferredAgentId);
        if (s === undefined) {
          this.prefIndex.set(call.preferredAgentId, (s = new Set()));
          const pa = this.agents.get(call.preferredAgentId);
          if (pa !== undefined) pa.pref = s;
        }
        s.add(call);
      }
      const rule = this.admissionRule(q, call);
      if (rule !== null) {
        this.overflowCall(call, rule, false);
        return { position: 0, ewtMs: 0, queued: this.calls.has(id) };
      }
      this.listAdd(q, call);
      this.insertEntries(call);
      this.dispatchCall(call);
      if (call.state !== "waiting") return { position: 0, ewtMs: 0, queued: true };
      this.scheduleCall(call);
      const pos = this.countAtOrAbove(q, this.entryPrio(call, q));
      return { position: pos, ewtMs: this.ewt(q, pos), queued: true };
    } finally {
      this.leave();
    }
  }

  /** the caller hung up asking to be called back: the place in line is kept; an agent is reserved first, then the customer is dialled (Offer.kind "callback") */
  requestCallback(callId: string): boolean {
    const call = this.calls.get(callId);
    if (call === undefined || call.state === "connected" || call.state === "done") return false;
    this.depth++;
    try {
      call.callback = true;
      const freed: Agent[] = [];
      if (call.state === "offering") {
        while (call.nOff > 0) {
          const rec = call.lastOffer()!;
          this.cancelOffer(rec, "call_gone", false);
          freed.push(rec.agent);
        }
        this.backInLine(call);
      } else this.dispatchCall(call);
      for (const a of freed) this.dispatchAgent(a);
      return true;
    } finally {
      this.leave();
    }
  }

  offerAccepted(offerId: number): boolean {
    const rec = this.offers.get(offerId);
    if (rec === undefined || !rec.live) {
      this.counters.staleEvents++;
      return false;
    }
    this.depth++;
    try {
      const now = this.now();
      const call = rec.call;
      const a = rec.agent;
      this.dropOffer(rec);
      while (call.nOff > 0) this.cancelOffer(call.lastOffer()!, "answered_elsewhere", true);
      call.state = "connected";
      call.agent = a;
      call.answerQueue = rec.queue;
      call.aqi = rec.queue.qi;
      call.awrap = rec.queue.wrapUpMs;
      call.answeredMs = now;
      this.listRemove(call);
      this.unprefer(call);
      this.timers.cancel(call.timer);
      call.timer = null;
      this.statAnswered(call.home, now, now - call.queueSinceMs);
      a.addCall(call);
      a.callsToday++;
      this.refresh(a);
      this.dispatchAgent(a);
      return true;
    } finally {
      this.leave();
    }
  }

  offerRejected(offerId: number, why: "rejected" | "no_answer" | "failed"): boolean {
    const rec = this.offers.get(offerId);
    if (rec === undefined || !rec.live) {
      this.counters.staleEvents++;
      return false;
    }
    this.depth++;
    try {
      this.reject(rec, why);
      return true;
    } finally {
      this.leave();
    }
  }

  /**
   * The agent takes call `id` outside the queues - the target of a consultation (咨询) - and is connected at
   * once: on_call, holding one of their maxConcurrent slots, so no offer reaches them beyond it. The call is not
   * the agent's yet: it counts in neither callsToday nor talkMsToday until countCall (the consultation may be
   * cancelled), and callEnded of an uncounted call leaves no wrap-up. Once counted, callEnded applies the
   * wrap-up of `queueId` (default: the agent's first queue), or `wrapUpMs` when given. Queue statistics are
   * never touched: the call was offered, answered and counted by its queue when it first came in.
   * Returns false (nothing changes) for an unknown agent, an agent at its concurrency limit, an id the engine
   * already knows, or no queue of the agent's tenant to take the wrap-up from.
   */
  connectAgent(input: { id: string; agentId: string; queueId?: string; wrapUpMs?: number }): boolean {
    const id = str(input?.id, "id");
    const a = this.agents.get(str(input.agentId, "agentId"));
    if (input.wrapUpMs !== undefined && !(Number.isFinite(input.wrapUpMs) && input.wrapUpMs >= 0)) throw new TypeError("wrapUpMs must be >= 0");
    if (a === undefined || this.calls.has(id) || a.nCalls + a.nOffers >= a.maxConcurrent) return false;
    const q = input.queueId !== undefined ? this.queues.get(input.queueId) : a.members[0]?.queue;
    if (q === undefined || q.tenantId !== a.tenantId) return false;
    this.depth++;
    try {
      const now = this.now();
      const call = new Call(id, a.tenantId, q, now, ++this.callSeq);
      call.state = "connected";
      call.agent = a;
      call.awrap = input.wrapUpMs ?? q.wrapUpMs;
      call.answeredMs = now;
      call.uncounted = true;
      this.calls.set(id, call);
      a.addCall(call);
      this.refresh(a);
      this.dispatchAgent(a);
      return true;
    } finally {
      this.leave();
    }
  }

  /** a call taken with connectAgent becomes the agent's own (the transfer completed): counted in callsToday now, talk time from now, wrap-up when it ends */
  countCall(callId: string): boolean {
    const call = this.calls.get(callId);
    const a = call?.agent ?? null;
    if (call === undefined || a === null || call.state !== "connected" || !call.uncounted) return false;
    this.depth++;
    try {
      call.uncounted = false;
      call.answeredMs = this.now();
      a.callsToday++;
      // callsToday keys the fewest_calls heaps: re-key an agent that stays available (maxConcurrent > 1)
      this.refresh(a);
      return true;
    } finally {
      this.leave();
    }
  }

  /** abandoned in queue, or finished on an agent (agent -> wrap-up or ready) */
  callEnded(callId: string): boolean {
    const call = this.calls.get(callId);
    if (call === undefined) {
      this.counters.staleEvents++;
      return false;
    }
    this.depth++;
    try {
      const now = this.now();
      if (call.state === "connected") {
        const a = call.agent;
        if (a !== null && call.uncounted) {
          // a consultation that did not become the agent's call: no talk time, no wrap-up
          a.removeCall(call);
          this.finish(call, "answered");
          this.refresh(a);
          this.dispatchAgent(a);
        } else if (a !== null) {
          a.removeCall(call);
          const talk = now - call.answeredMs;
          a.talkMsToday += talk;
          a.lastCallEndMs = now;
          const qi = call.aqi;
          const wrap = call.awrap;
          // (a queue removed meanwhile may have lent its index to another one: compare identities, no deref)
          if (qi >= 0 && this.queueByQi[qi] === call.answerQueue) {
            const h = talk + wrap;
            this.stats.add(qi, now, S_HANDLE_SUM, h);
            this.stats.add(qi, now, S_HANDLED, 1);
            // the handle-time average lives in the queue's statistics block (same cache lines)
            const sb = this.stats.cur;
            const o = qi * SB + SB_EXTRA;
            sb[o] = sb[o + 1] === 0 ? h : sb[o]! + (h - sb[o]!) * AHT_ALPHA;
            sb[o + 1]!++;
          }
          if (wrap > 0) {
            const until = now + wrap;
            if (until > a.wrapUntil) {
              a.wrapUntil = until;
              this.timers.cancel(a.wrapTimer);
              a.wrapTimer = this.timers.add(until, T_WRAP, a, wrap);
            }
          } else if (a.nCalls === 0 && a.wrapUntil === 0) a.idleSince = now;
          this.finish(call, "answered");
          this.refresh(a);
          this.dispatchAgent(a);
        } else this.finish(call, "answered");
        return true;
      }
      // abandoned while waiting, ringing, or as a kept callback
      this.statAbandoned(call.home, now, now - call.queueSinceMs);
      this.finish(call, "abandoned");
      return true;
    } finally {
      this.leave();
    }
  }

  // ------------------------------------------------------------------ timers

  /** earliest pending deadline (ms, engine clock) or undefined */
  nextDeadline(): number | undefined {
    return this.timers.peek()?.at;
  }

  tick(): void {
    this.depth++;
    try {
      const now = this.now();
      // a handler re-arming a deadline that is already due without making progress would spin forever:
      // bound the work per tick (never reached when the handlers are right; counted if it is)
      let budget = 4 * this.timers.size + 1024;
      for (;;) {
        const t = this.timers.peek();
        if (t === undefined || t.at > now) break;
        if (--budget < 0) {
          this.counters.timerStorms++;
          break;
        }
        this.timers.pop();
        if (t.kind === T_RING) {
          const rec = t.ref as OfferRec;
          rec.timer = null;
          if (rec.live) {
            this.emit(H_CANCEL, rec.pub, "timeout");
            this.reject(rec, "no_answer");
          }
        } else if (t.kind === T_WRAP) {
          const a = t.ref as Agent;
          a.wrapTimer = null;
          if (a.wrapUntil !== 0 && a.wrapUntil <= now) this.wrapDone(a);
        } else {
          const call = t.ref as Call;
          call.timer = null;
          this.callDeadline(call, now);
        }
      }
    } finally {
      this.leave();
    }
  }

  // ------------------------------------------------------------------ queries

  agent(id: string): Readonly<AgentView> | undefined {
    const a = this.agents.get(id);
    if (a === undefined) return undefined;
    return {
      id: a.id,
      tenantId: a.tenantId,
      jobNumber: a.jobNumber,
      state: a.state,
      reason: a.reason,
      sinceMs: a.sinceMs,
      callsToday: a.callsToday,
      talkMsToday: a.talkMsToday,
      lastCallEndMs: a.lastCallEndMs,
      currentCalls: a.calls.map((c) => c.id),
      offers: a.offers.map((r) => r.id),
    };
  }

  queueStats(queueId: string): QueueStats {
    const q = this.queues.get(queueId);
    if (q === undefined) throw new TypeError(`unknown queue ${queueId}`);
    const now = this.now();
    const s = this.stats.sum(q.qi, now, this.sumBuf);
    const answered = s[S_ANSWERED]!;
    const inSl = s[S_IN_SL]!;
    const waitSum = s[S_WAIT_SUM]!;
    const abandoned = s[S_ABANDONED]!;
    const abAfter = s[S_ABANDONED_AFTER_SL]!;
    const abShort = s[S_ABANDONED_SHORT]!;
    const overflowed = s[S_OVERFLOWED]!;
    const offered = s[S_OFFERED]!;
    // agent states are counted here (O(members)) rather than maintained on every state change
    const sc = new Int32Array(7);
    for (const m of q.members) sc[STATE_INDEX[m.agent.state]]!++;
    const busy = sc[STATE_INDEX.reserved]! + sc[STATE_INDEX.ringing]! + sc[STATE_INDEX.on_call]! + sc[STATE_INDEX.wrap_up]!;
    const denomAb = answered + abandoned - abShort;
    return {
      waiting: q.inQueue,
      longestWaitMs: q.head === null ? 0 : now - q.head.queueSinceMs,
      agentsReady: sc[STATE_INDEX.ready]!,
      agentsBusy: busy,
      agentsNotReady: sc[STATE_INDEX.not_ready]!,
      agentsLoggedIn: q.members.length - sc[STATE_INDEX.logged_out]!,
      serviceLevel: answered + abAfter === 0 ? 1 : inSl / (answered + abAfter),
      asaMs: answered === 0 ? 0 : waitSum / answered,
      abandonRate: denomAb <= 0 ? 0 : (abandoned - abShort) / denomAb,
      answered,
      abandoned,
      overflowed,
      offered,
      ahtMs: this.aht(q),
      answeredTotal: this.stats.total(q.qi, S_ANSWERED),
      abandonedTotal: this.stats.total(q.qi, S_ABANDONED),
    };
  }

  /** position (1-based, among calls of its queue) and estimated wait; O(calls in queue) */
  position(callId: string): { position: number; ewtMs: number } | undefined {
    const call = this.calls.get(callId);
    if (call === undefined || !call.inList) return undefined;
    const q = call.home;
    const p = this.entryPrio(call, q);
    let pos = 1;
    for (let c = q.head; c !== null; c = c.next) {
      if (c === call) continue;
      const cp = this.entryPrio(c, q);
      if (cp > p || (cp === p && c.seq < call.seq)) pos++;
    }
    return { position: pos, ewtMs: this.ewt(q, pos) };
  }

  /** ids of the calls currently known to the engine, for hosts and tests */
  callIds(): string[] {
    return [...this.calls.keys()];
  }

  // ------------------------------------------------------------------ hooks

  private emit(k: number, a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    const n = this.outN++;
    if (n < this.outK.length) {
      this.outK[n] = k;
      this.outA[n] = a;
      this.outB[n] = b;
      this.outC[n] = c;
      this.outD[n] = d;
    } else {
      this.outK.push(k);
      this.outA.push(a);
      this.outB.push(b);
      this.outC.push(c);
      this.outD.push(d);
    }
  }

  private leave(): void {
    if (--this.depth !== 0) return;
    this.depth++;
    try {
      for (;;) {
        this.settle();
        if (this.outN === 0) break;
        this.flush();
      }
    } finally {
      this.depth--;
    }
  }

  /** delivers the queued hooks in order; hooks may call back into the engine (their hooks are appended) */
  private flush(): void {
    const h = this.hooks;
    try {
      for (let i = 0; i < this.outN; i++) {
        const a = this.outA[i];
        const b = this.outB[i];
        try {
          switch (this.outK[i]) {
            case H_OFFER:
              h.offer(a as Offer);
              break;
            case H_CANCEL:
              h.cancelOffer?.(a as Offer, b as CancelReason);
              break;
            case H_OVERFLOW:
              h.overflow?.(a as string, b as OverflowAction);
              break;
            case H_STATE:
              h.agentState?.(a as string, b as AgentState, this.outC[i] as string | null, this.outD[i] as number);
              break;
            case H_FINISHED:
              h.callFinished?.(a as string, b as CallOutcome);
              break;
          }
        } catch (err) {
          this.counters.hookErrors++;
          this.lastHookError = err;
        }
      }
    } finally {
      // drop references so delivered offers can be collected
      for (let i = 0; i < this.outN; i++) {
        this.outA[i] = undefined;
        this.outB[i] = undefined;
      }
      this.outN = 0;
    }
  }

  // ------------------------------------------------------------------ agents internals

  private link(a: Agent, q: Queue, penalty: number, weight: number): void {
    const m = new Member(a, q, penalty, weight, q.memberOrd++);
    a.members.push(m);
    q.members.push(m);
    this.syncMembers(a);
    this.presenceN[q.qi * 3 + PRESENCE_INDEX[a.presence]]!++;
    if (a.available && a.inHeaps) this.readyInsert(m);
  }

  private unlink(m: Member): void {
    const a = m.agent;
    const q = m.queue;
    if (q.ready.remove(m)) this.readyN[q.qi]!--;
    this.presenceN[q.qi * 3 + PRESENCE_INDEX[a.presence]]!--;
    removeItem(a.members, m);
    removeItem(q.members, m);
    this.syncMembers(a);
  }

  /** rebuilds the agent's compact membership arrays after a membership or queue-requirement change */
  private syncMembers(a: Agent): void {
    const n = a.members.length;
    if (a.mq.length !== n) {
      a.mq = new Int32Array(n);
      a.mreq = new Float64Array(n * MREQ);
    }
    a.mqid.length = n;
    for (let i = 0; i < n; i++) {
      const m = a.members[i]!;
      const q = m.queue;
      a.mqid[i] = m.qid;
      const o = i * MREQ;
      a.mreq[o + 5] = m.penalty;
      a.mreq[o + 6] = m.weight;
      a.mreq[o] = q.reqIds.length;
      a.mreq[o + 1] = q.reqIds[0] ?? 0;
      a.mreq[o + 2] = q.reqMins[0] ?? 0;
      a.mreq[o + 3] = q.reqIds[1] ?? 0;
      a.mreq[o + 4] = q.reqMins[1] ?? 0;
      a.mq[i] = m.qi * 2 + (this.meetsAt(a, i) ? 1 : 0);
    }
  }

  /** refreshes the "meets the queue's requirement" bits after a skill change (reads only agent arrays) */
  private refreshMeets(a: Agent): void {
    const mq = a.mq;
    for (let i = 0; i < mq.length; i++) mq[i] = (mq[i]! & ~1) | (this.meetsAt(a, i) ? 1 : 0);
  }

  /** the agent meets the requirement of its i-th membership's queue */
  private meetsAt(a: Agent, i: number): boolean {
    const r = a.mreq;
    const o = i * MREQ;
    const n = r[o]!;
    if (n === 0) return true;
    const vec = a.vec;
    let v = vec[r[o + 1]!];
    if (v === undefined || v < 0 || v < r[o + 2]!) return false;
    if (n === 1) return true;
    v = vec[r[o + 3]!];
    if (v === undefined || v < 0 || v < r[o + 4]!) return false;
    return n === 2 || this.meetsQueue(a, a.members[i]!.queue);
  }

  private readyInsert(m: Member): void {
    strategyKeys(m, m.agent, m.queue, this.random);
    m.queue.ready.push(m);
    this.readyN[m.qi]!++;
  }

  private rebuildReady(q: Queue): void {
    const items = [...q.ready.items];
    for (const m of items) if (q.ready.remove(m)) this.readyN[q.qi]!--;
    for (const m of items) this.readyInsert(m);
  }

  /**
   * Availability changes immediately; the ready heaps follow lazily: an agent that becomes available first
   * looks for a waiting call itself (dispatchAgent) and only enters the heaps, at the end of the engine call
   * (settle), if it found none. Saves a remove+insert in every queue of the agent on each hang-up.
   */
  private setAvailable(a: Agent, on: boolean): void {
    if (a.available === on) return;
    a.available = on;
    if (on) {
      if (!a.pending) {
        a.pending = true;
        this.pending.push(a);
      }
    } else if (a.inHeaps) {
      a.inHeaps = false;
      for (const m of a.members) if (m.queue.ready.remove(m)) this.readyN[m.qi]!--;
    }
  }

  private settle(): void {
    const p = this.pending;
    while (p.length > 0) {
      const a = p.pop()!;
      a.pending = false;
      if (!a.available || a.inHeaps || this.agents.get(a.id) !== a) continue;
      this.dispatchAgent(a);
      if (a.available && !a.inHeaps) {
        a.inHeaps = true;
        for (const m of a.members) this.readyInsert(m);
      }
    }
  }

  /** recompute availability and displayed state from presence, offers, calls and wrap-up */
  private refresh(a: Agent): void {
    const load = a.nCalls + a.nOffers;
    const avail = a.presence === "ready" && a.wrapUntil === 0 && load < a.maxConcurrent;
    if (avail && a.available) {
      // counters feeding the keys may have changed (maxConcurrent > 1)
      this.setAvailable(a, false);
    }
    this.setAvailable(a, avail);
    let st: AgentState;
    if (a.nCalls > 0) st = "on_call";
    else if (a.nOffers > 0) st = a.nCb > 0 ? "reserved" : "ringing";
    else if (a.wrapUntil !== 0) st = "wrap_up";
    else st = a.presence;
    const reason = st === "not_ready" || st === "logged_out" ? a.presenceReason : null;
    if (st !== a.state || reason !== a.reason) {
      if (st !== a.state) a.sinceMs = this.now();
      a.state = st;
      a.reason = reason;
      this.emitState(a);
    }
  }

  private setPresence(a: Agent, p: Presence): void {
    if (a.presence === p) return;
    const from = PRESENCE_INDEX[a.presence];
    const to = PRESENCE_INDEX[p];
    const mq = a.mq;
    for (let i = 0; i < mq.length; i++) {
      const qi = mq[i]! >> 1;
      this.presenceN[qi * 3 + from]!--;
      this.presenceN[qi * 3 + to]!++;
    }
    a.presence = p;
  }

  private emitState(a: Agent): void {
    // a host without this hook gets nothing to deliver (no outbox traffic on every state change)
    if (this.hooks.agentState === undefined) return;
    this.emit(H_STATE, a.id, a.state, a.reason, a.sinceMs);
  }

  private wrapDone(a: Agent): void {
    this.timers.cancel(a.wrapTimer);
    a.wrapTimer = null;
    a.wrapUntil = 0;
    if (a.nCalls === 0) a.idleSince = this.now();
    this.refresh(a);
    this.dispatchAgent(a);
  }

  // ------------------------------------------------------------------ calls internals

  private entryPrio(call: Call, q: Queue): number {
    return q.priority + call.priority + call.customerLevel + call.boost;
  }

  private listAdd(q: Queue, call: Call): void {
    call.inList = true;
    call.prev = q.tail;
    call.next = null;
    if (q.tail !== null) q.tail.next = call;
    else q.head = call;
    q.tail = call;
    q.inQueue++;
    this.prioAdd(q, this.entryPrio(call, q), 1);
  }

  private prioAdd(q: Queue, p: number, d: number): void {
    if (q.pn0 > 0 && q.pl0 === p) {
      q.pn0 += d;
      return;
    }
    if (q.pn1 > 0 && q.pl1 === p) {
      q.pn1 += d;
      return;
    }
    const lv = q.prioLevels;
    for (let i = 0; i < q.nLv; i++)
      if (lv[i] === p) {
        const n = q.prioN[i]! + d;
        if (n === 0) {
          // swap-remove: the order of levels does not matter
          lv[i] = lv[lv.length - 1]!;
          q.prioN[i] = q.prioN[q.prioN.length - 1]!;
          lv.pop();
          q.prioN.pop();
          q.nLv = lv.length;
        } else q.prioN[i] = n;
        return;
      }
    if (d <= 0) return;
    if (q.pn0 === 0) {
      q.pl0 = p;
      q.pn0 = d;
    } else if (q.pn1 === 0) {
      q.pl1 = p;
      q.pn1 = d;
    } else {
      lv.push(p);
      q.prioN.push(d);
      q.nLv = lv.length;
    }
  }

  private countAtOrAbove(q: Queue, p: number): number {
    let n = 0;
    if (q.pn0 > 0 && q.pl0 >= p) n += q.pn0;
    if (q.pn1 > 0 && q.pl1 >= p) n += q.pn1;
    if (q.nLv === 0) return n;
    const lv = q.prioLevels;
    for (let i = 0; i < lv.length; i++) if (lv[i]! >= p) n += q.prioN[i]!;
    return n;
  }

  private listRemove(call: Call): void {
    if (!call.inList) return;
    const q = call.home;
    call.inList = false;
    if (call.prev !== null) call.prev.next = call.next;
    else q.head = call.next;
    if (call.next !== null) call.next.prev = call.prev;
    else q.tail = call.prev;
    call.prev = call.next = null;
    q.inQueue--;
    this.prioAdd(q, this.entryPrio(call, q), -1);
  }

  /** effective requirement of a call in a queue: queue + call skills, minus dropped, relaxed by the escalation */
  private bucketFor(call: Call, q: Queue): Bucket {
    const fast = this.fastSig(call, q);
    let b: Bucket | undefined;
    if (fast === "") return q.base;
    if (fast === "q") {
      if (q.qBucket !== null) return q.qBucket;
      b = q.buckets.get("q");
      if (b === undefined) {
        b = new Bucket("q", q.reqSkills, q.reqMins, this.idsOf(q.reqSkills), true);
        this.bucketPlus(q, b);
        this.addBucket(q, b);
      }
      q.qBucket = b;
      return b;
    }
    // call-specific skills or escalation: compute the requirement as (skill id, minimum) pairs and look its
    // numeric key up; the signature string is built only for a requirement not seen yet (or a key collision)
    const n = this.reqInto(call, q);
    if (n === 0) return q.base;
    const key = reqKey(this.reqIdsS, this.reqMinsS, n);
    const k = q.byKey.get(key);
    if (k !== undefined && this.sameReq(k, n)) return k;
    // a new requirement (or a key collision): the signature, in skill name order (as slowReq builds it)
    const ids = this.reqIdsS;
    const mins = this.reqMinsS;
    const names = this.skillNameById;
    // insertion sort of the pair indexes by skill name (requirements are short)
    const order = this.reqOrd;
    for (let i = 0; i < n; i++) {
      let j = i;
      const nm = names[ids[i]!]!;
      while (j > 0 && names[ids[order[j - 1]!]!]! > nm) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = i;
    }
    const skills: string[] = [];
    const ms: number[] = [];
    const bids = new Int32Array(n);
    let sig = "";
    for (let i = 0; i < n; i++) {
      const j = order[i]!;
      skills.push(names[ids[j]!]!);
      ms.push(mins[j]!);
      bids[i] = ids[j]!;
      sig += `${skills[i]}\u0000${ms[i]}\u0001`;
    }
    b = q.buckets.get(sig);
    if (b === undefined) {
      b = new Bucket(sig, skills, ms, bids, call.relax === 0 && call.dropped === null);
      b.key = key;
      this.bucketPlus(q, b);
      this.addBucket(q, b);
      if (!q.byKey.has(key)) q.byKey.set(key, b);
    }
    return b;
  }

  /** bucket b has exactly the requirement in the scratch arrays (n pairs) */
  private sameReq(b: Bucket, n: number): boolean {
    if (b.rn !== n) return false;
    const ids = this.reqIdsS;
    const mins = this.reqMinsS;
    if (n <= 2) {
      // the bucket's inline pairs (its arrays stay untouched)
      for (let k = 0; k < n; k++) {
        const id = ids[k]!;
        if (b.r0 === id) {
          if (b.m0 !== mins[k]) return false;
        } else if (n === 2 && b.r1 === id) {
          if (b.m1 !== mins[k]) return false;
        } else return false;
      }
      return true;
    }
    for (let k = 0; k < n; k++) {
      let j = 0;
      while (j < n && b.ids[j] !== ids[k]) j++;
      if (j === n || b.mins[j] !== mins[k]) return false;
    }
    return true;
  }

  /** is b's requirement the queue's own plus extras (see Bucket.plus)? Sets plus, the extras and inclBase */
  private bucketPlus(q: Queue, b: Bucket): void {
    let plus = true;
    for (let i = 0; plus && i < q.reqIds.length; i++) {
      let j = 0;
      while (j < b.rn && b.ids[j] !== q.reqIds[i]) j++;
      plus = j < b.rn && b.mins[j] === q.reqMins[i];
    }
    b.plus = plus;
    b.xn = 0;
    if (!plus) return;
    b.inclBase = true;
    for (let j = 0; j < b.rn; j++) {
      let inQ = false;
      for (let i = 0; i < q.reqIds.length; i++) if (q.reqIds[i] === b.ids[j]) inQ = true;
      if (inQ) continue;
      if (b.xn === 0) {
        b.x0 = b.ids[j]!;
        b.xm0 = b.mins[j]!;
      } else if (b.xn === 1) {
        b.x1 = b.ids[j]!;
        b.xm1 = b.mins[j]!;
      }
      b.xn++;
    }
  }

  private addBucket(q: Queue, b: Bucket): void {
    if (q.bucketList.length >= BUCKET_SWEEP) {
      // empty buckets are kept so that a requirement that comes back finds its bucket; sweep them when many
      let k = 0;
      const list = q.bucketList;
      for (let i = 0; i < list.length; i++) {
        const x = list[i]!;
        if (x.size === 0 && x !== q.base && x !== q.qBucket && x.sig !== "q") {
          q.buckets.delete(x.sig);
          if (q.byKey.get(x.key) === x) q.byKey.delete(x.key);
        } else list[k++] = x;
      }
      list.length = k;
    }
    q.buckets.set(b.sig, b);
    q.bucketList.push(b);
  }

  /**
   * The call's effective requirement in q into the scratch arrays (names, ids, minimums; unordered); returns
   * its length. Same rules as slowReq: queue skills, call skills (the higher minimum), minus dropped skills,
   * minus the escalation's relax, minimums <= 0 removed.
   */
  private reqInto(call: Call, q: Queue): number {
    const names = this.reqNames;
    const ids = this.reqIdsS;
    const mins = this.reqMinsS;
    const dropped = call.dropped;
    let n = 0;
    const qn = q.qrn;
    if (dropped === null && qn <= 2) {
      // common case: the queue's requirement from its inline fields (names are only needed for dropSkills)
      if (qn > 0) {
        ids[n] = q.qr0;
        mins[n++] = q.qm0;
      }
      if (qn > 1) {
        ids[n] = q.qr1;
        mins[n++] = q.qm1;
      }
    } else
      for (let i = 0; i < qn; i++) {
        names[n] = q.reqSkills[i]!;
        ids[n] = q.reqIds[i]!;
        mins[n++] = q.reqMins[i]!;
      }
    const base = n;
    for (let i = 0; i < call.reqSkills.length; i++) {
      const id = call.reqIds[i]!;
      let j = 0;
      while (j < base && ids[j] !== id) j++;
      if (j < base) {
        if (call.reqMins[i]! > mins[j]!) mins[j] = call.reqMins[i]!;
      } else {
        names[n] = call.reqSkills[i]!;
        ids[n] = id;
        mins[n++] = call.reqMins[i]!;
      }
    }
    const relax = call.relax;
    if (relax === 0 && dropped === null) {
      let k = 0;
      for (let i = 0; i < n; i++)
        if (mins[i]! > 0) {
          ids[k] = ids[i]!;
          mins[k++] = mins[i]!;
        }
      return k;
    }
    let k = 0;
    for (let i = 0; i < n; i++) {
      if (dropped?.has(names[i]!)) continue;
      const v = mins[i]! - relax;
      if (v <= 0) continue;
      names[k] = names[i]!;
      ids[k] = ids[i]!;
      mins[k++] = v;
    }
    return k;
  }

  /** "" (no skills), "q" (exactly the queue's skills) or null when the requirement must be computed */
  private fastSig(call: Call, q: Queue): string | null {
    if (call.reqSkills.length === 0 && call.relax === 0 && call.dropped === null) return q.qrn === 0 ? "" : "q";
    return null;
  }

  private slowReq(call: Call, q: Queue): { sig: string; skills: string[]; mins: number[] } {
    const req = new Map<string, number>();
    for (let i = 0; i < q.reqSkills.length; i++) req.set(q.reqSkills[i]!, q.reqMins[i]!);
    for (let i = 0; i < call.reqSkills.length; i++) {
      const k = call.reqSkills[i]!;
      req.set(k, Math.max(req.get(k) ?? 0, call.reqMins[i]!));
    }
    const skills: string[] = [];
    const mins: number[] = [];
    for (const k of [...req.keys()].sort()) {
      if (call.dropped?.has(k)) continue;
      const v = req.get(k)! - call.relax;
      if (v <= 0) continue;
      skills.push(k);
      mins.push(v);
    }
    let sig = "";
    for (let i = 0; i < skills.length; i++) sig += `${skills[i]}\u0000${mins[i]}\u0001`;
    return { sig, skills, mins };
  }

  private insertEntries(call: Call): void {
    call.e0 = null;
    call.eMore = null;
    this.insertEntry(call, call.home);
    if (call.added !== null) for (const q of call.added) if (q !== call.home) this.insertEntry(call, q);
  }

  private insertEntry(call: Call, q: Queue): void {
    const e = new Entry(call, q);
    e.prio = this.entryPrio(call, q);
    const b = this.bucketFor(call, q);
    e.bucket = b;
    b.add(e);
    if (b.size === 1) {
      q.nb++;
      if (!b.inclBase) this.relaxedAdd(q.qi, 1);
    }
    call.addEntry(e);
    // appending behind the head changes neither the bucket order nor the queue's best call
    if (b.top !== e) return;
    setHead(b);
    this.rowsUpdate(q, b);
  }

  private skillId(name: string): number {
    let id = this.skillIds.get(name);
    if (id === undefined) {
      id = this.skillIds.size;
      this.skillIds.set(name, id);
      this.skillNameById.push(name);
    }
    return id;
  }

  private idsOf(skills: string[]): Int32Array {
    const ids = new Int32Array(skills.length);
    for (let i = 0; i < skills.length; i++) ids[i] = this.skillId(skills[i]!);
    return ids;
  }

  private removeEntries(call: Call): void {
    const e0 = call.e0;
    const more = call.eMore;
    call.e0 = null;
    call.eMore = null;
    if (e0 !== null) this.removeEntry(e0);
    if (more !== null) for (const e of more) this.removeEntry(e);
  }

  private removeEntry(e: Entry): void {
    const b = e.bucket;
    if (b === null) return;
    const wasHead = b.top === e;
    b.remove(e);
    e.bucket = null;
    if (!wasHead) return; // the bucket's head, hence its order and the queue's best call, did not change
    setHead(b);
    const q = e.queue;
    if (b.size === 0) {
      q.nb--;
      if (!b.inclBase) this.relaxedAdd(q.qi, -1);
    }
    this.rowsUpdate(q, b);
  }

  // ------------------------------------------------------------------ per-queue rows (see QS)

  /** writes bucket b's head key and requirement into the row at offset r */
  private writeRow(r: number, b: Bucket): void {
    const qs = this.qs;
    qs[r] = b.hp;
    qs[r + 1] = b.hs;
    qs[r + 2] = b.ha;
    if (b.plus) {
      qs[r + 3] = (b.hrej ? 1 : 0) + 2 + 4 + 8 * b.xn;
      qs[r + 4] = b.x0;
      qs[r + 5] = b.xm0;
    } else {
      qs[r + 3] = (b.hrej ? 1 : 0) + (b.inclBase ? 2 : 0) + 8 * b.rn;
      qs[r + 4] = b.r0;
      qs[r + 5] = b.m0;
    }
  }

  private swapRows(qi: number, i: number, j: number): void {
    const qs = this.qs;
    const ri = qi * QS + QH + i * RS;
    const rj = qi * QS + QH + j * RS;
    for (let k = 0; k < RS; k++) {
      const t = qs[ri + k]!;
      qs[ri + k] = qs[rj + k]!;
      qs[rj + k] = t;
    }
    const rb = this.rowB;
    const t = rb[qi * ROWS + i]!;
    rb[qi * ROWS + i] = rb[qi * ROWS + j]!;
    rb[qi * ROWS + j] = t;
  }

  /** row i comes before row j (priority desc, then sequence asc) */
  private rowBefore(qi: number, i: number, j: number): boolean {
    const qs = this.qs;
    const ri = qi * QS + QH + i * RS;
    const rj = qi * QS + QH + j * RS;
    const pi = qs[ri]!;
    const pj = qs[rj]!;
    return pi > pj || (pi === pj && qs[ri + 1]! < qs[rj + 1]!);
  }

  private relaxedAdd(qi: number, d: number): void {
    const o = qi * QS;
    const n = (this.qs[o + Q_RELAXED_N]! += d);
    const h = this.qs[o + QH_BITS]! | 0;
    this.qs[o + QH_BITS] = n > 0 ? h | RELAXED : h & ~RELAXED;
  }

  /** rows used by queue qi */
  private rowsN(qi: number): number {
    return (this.qs[qi * QS + QH_BITS]! | 0) & 31;
  }

  private setRowsN(qi: number, n: number): void {
    const o = qi * QS + QH_BITS;
    this.qs[o] = ((this.qs[o]! | 0) & ~31) | n;
  }

  /** bucket b's head changed (it may be empty now): move its row to its sorted place */
  private rowsUpdate(q: Queue, b: Bucket): void {
    const qi = q.qi;
    const o = qi * QS;
    const qs = this.qs;
    // more non-empty buckets than rows (or just back to fewer): rebuild from the bucket list
    if (q.nb > ROWS || ((qs[o + QH_BITS]! | 0) & MORE) !== 0) {
      this.rowsRebuild(q);
      return;
    }
    const rb = this.rowB;
    const base = qi * ROWS;
    let n = this.rowsN(qi);
    let at = 0;
    while (at < n && rb[base + at] !== b) at++;
    if (b.size === 0) {
      if (at === n) return;
      // remove the row: move it to the end, then drop it
      for (let j = at; j < n - 1; j++) this.swapRows(qi, j, j + 1);
      n--;
      rb[base + n] = null;
      this.setRowsN(qi, n);
      return;
    }
    if (at === n) {
      rb[base + n] = b;
      this.setRowsN(qi, ++n);
    }
    this.writeRow(o + QH + at * RS, b);
    while (at > 0 && this.rowBefore(qi, at, at - 1)) {
      this.swapRows(qi, at, at - 1);
      at--;
    }
    while (at + 1 < n && this.rowBefore(qi, at + 1, at)) {
      this.swapRows(qi, at, at + 1);
      at++;
    }
  }

  /** rows from scratch: the best ROWS non-empty buckets of the queue, sorted */
  private rowsRebuild(q: Queue): void {
    const qi = q.qi;
    const o = qi * QS;
    const qs = this.qs;
    const rb = this.rowB;
    const base = qi * ROWS;
    let n = 0;
    for (const b of q.bucketList) {
      if (b.size === 0) continue;
      let at: number;
      if (n < ROWS) at = n++;
      else {
        // replaces the last row if better
        const r = o + QH + (ROWS - 1) * RS;
        if (!(b.hp > qs[r]! || (b.hp === qs[r]! && b.hs < qs[r + 1]!))) continue;
        at = ROWS - 1;
      }
      rb[base + at] = b;
      this.writeRow(o + QH + at * RS, b);
      while (at > 0 && this.rowBefore(qi, at, at - 1)) {
        this.swapRows(qi, at, at - 1);
        at--;
      }
    }
    for (let j = n; j < ROWS; j++) rb[base + j] = null;
    const h = (qs[o + QH_BITS]! | 0) & RELAXED;
    qs[o + QH_BITS] = h | n | (q.nb > ROWS ? MORE : 0);
  }

  private rebucket(call: Call): void {
    if (call.state !== "waiting") return;
    this.removeEntries(call);
    this.insertEntries(call);
  }

  private matches(a: Agent, b: Bucket): boolean {
    const n = b.rn;
    if (n === 0) return true;
    const vec = a.vec;
    let v = vec[b.r0];
    if (v === undefined || v < 0 || v < b.m0) return false;
    if (n === 1) return true;
    v = vec[b.r1];
    if (v === undefined || v < 0 || v < b.m1) return false;
    const ids = b.ids;
    const mins = b.mins;
    for (let i = 2; i < n; i++) {
      v = vec[ids[i]!];
      if (v === undefined || v < 0 || v < mins[i]!) return false;
    }
    return true;
  }

  private excluded(call: Call, a: Agent): boolean {
    return call.rejectedBy?.includes(a) === true;
  }

  private bestMember(e: Entry): Member | null {
    if (this.readyN[e.queue.qi] === 0) return null; // no agent waiting: do not touch the heap
    const h = e.queue.ready;
    const items = h.items;
    if (items.length === 0) return null;
    const b = e.bucket!;
    const call = e.call;
    const top = items[0]!;
    if (top.agent.tenantId === call.tenantId && this.matches(top.agent, b) && !this.excluded(call, top.agent)) return top;
    // slow path: the best agent lacks a call-specific skill or rejected this call; scan the ready agents
    let best: Member | null = null;
    for (let i = 1; i < items.length; i++) {
      const m = items[i]!;
      if (m.agent.tenantId !== call.tenantId || !this.matches(m.agent, b) || this.excluded(call, m.agent)) continue;
      if (best === null || memberLess(m, best)) best = m;
    }
    return best;
  }

  private preferredFor(call: Call): { a: Agent; e: Entry } | null {
    if (call.preferredAgentId === null) return null;
    const a = this.agents.get(call.preferredAgentId);
    if (a === undefined || !a.available || a.tenantId !== call.tenantId || this.excluded(call, a)) return null;
    for (const e of call.entries) {
      if (e.bucket === null || !this.matches(a, e.bucket)) continue;
      for (const m of a.members) if (m.queue === e.queue) return { a, e };
    }
    return null;
  }

  private dispatchCall(call: Call): void {
    if (call.state !== "waiting") return;
    this.counters.decisions++;
    const pref = this.preferredFor(call);
    if (pref !== null) {
      this.startOffer(pref.e, pref.a);
      return;
    }
    const e0 = call.e0;
    if (e0 !== null) {
      const m = this.bestMember(e0);
      if (m !== null) {
        this.startOffer(e0, m.agent);
        return;
      }
    }
    if (call.eMore !== null)
      for (const e of call.eMore) {
        const m = this.bestMember(e);
        if (m !== null) {
          this.startOffer(e, m.agent);
          return;
        }
      }
  }

  private callBetter(x: Entry, y: Entry, now: number): boolean {
    if (x.prio !== y.prio) return x.prio > y.prio;
    const wx = (now - x.arrivedMs) * x.queue.weight;
    const wy = (now - y.arrivedMs) * y.queue.weight;
    if (wx !== wy) return wx > wy;
    return x.seq < y.seq;
  }

  private bestEntryFor(a: Agent): Entry | null {
    const now = this.now();
    let best: Entry | null = null;
    const pref = a.pref;
    if (pref !== undefined) {
      for (const call of pref) {
        if (call.state !== "waiting" || this.excluded(call, a)) continue;
        for (const e of call.entries) {
          if (e.bucket === null || !this.matches(a, e.bucket)) continue;
          if (!a.members.some((m) => m.queue === e.queue)) continue;
          if (best === null || this.callBetter(e, best, now)) best = e;
        }
      }
      if (best !== null) return best;
    }
    // per queue, walk the sorted rows of its best buckets (typed array, see QS) until one this agent
    // qualifies for: that bucket's head is the queue's best call for the agent. Only the winner's bucket
    // is touched afterwards. "meets the queue's own requirement" is cached on the membership (mq bit 0).
    const mq = a.mq;
    const qs = this.qs;
    const rowB = this.rowB;
    const vec = a.vec;
    // the winner is the head of bestB, or (after a full scan) the entry best
    let bestB: Bucket | null = null;
    let found = false;
    let bPrio = 0;
    let bW = 0;
    let bSeq = 0;
    for (let i = 0; i < mq.length; i++) {
      const v = mq[i]!;
      const qi = v >> 1;
      const o = qi * QS;
      const hb = qs[o + QH_BITS]! | 0;
      const n = hb & 31;
      if (n === 0) continue;
      const meets = (v & 1) === 1;
      // below the queue's own requirement: only calls with a relaxed requirement could fit
      if (!meets && (hb & RELAXED) === 0) continue;
      let hit = -1;
      let scan = (hb & MORE) !== 0;
      let r = o + QH;
      for (let j = 0; j < n; j++, r += RS) {
        const f = qs[r + 3]!;
        // (a "plus" row also has bit 2: with meets, only its extras remain to check)
        if (!meets && (f & 2) !== 0) continue;
        const rn = f >> 3;
        let ok = true;
        if (rn > 1) ok = this.matches(a, rowB[qi * ROWS + j]!);
        else if (rn === 1) {
          const x = vec[qs[r + 4]!];
          ok = x !== undefined && x >= 0 && x >= qs[r + 5]!;
        }
        if (!ok) continue;
        if ((f & 1) !== 0 && this.excluded(rowB[qi * ROWS + j]!.top!.call, a)) {
          // this agent refused that head call: another call of the bucket may still be the best (rare)
          scan = true;
          break;
        }
        hit = j;
        break;
      }
      if (hit >= 0) {
        const rr = o + QH + hit * RS;
        const p = qs[rr]!;
        const w = (now - qs[rr + 2]!) * qs[o + QH_WEIGHT]!;
        const sq = qs[rr + 1]!;
        if (!found || p > bPrio || (p === bPrio && (w > bW || (w === bW && sq < bSeq)))) {
          found = true;
          bestB = rowB[qi * ROWS + hit]!;
          best = null;
          bPrio = p;
          bW = w;
          bSeq = sq;
        }
        continue;
      }
      if (!scan) continue;
      // slow path (more buckets than rows and none of the rows fits, or a refused head): every bucket
      this.counters.bucketScans++;
      const q = this.queueByQi[qi]!;
      const weight = qs[o + QH_WEIGHT]!;
      for (const b of q.bucketList) {
        let e = b.top;
        if (e === null || (!meets && b.inclBase) || !this.matches(a, b)) continue;
        if (e.rej && this.excluded(e.call, a)) {
          // the first call in line order this agent did not refuse
          e = null;
          for (const x of b.items())
            if (!this.excluded(x.call, a)) {
              e = x;
              break;
            }
          if (e === null) continue;
        }
        const p = e.prio;
        const w = (now - e.arrivedMs) * weight;
        const sq = e.seq;
        if (!found || p > bPrio || (p === bPrio && (w > bW || (w === bW && sq < bSeq)))) {
          found = true;
          bestB = null;
          best = e;
          bPrio = p;
          bW = w;
          bSeq = sq;
        }
      }
    }
    if (!found) return null;
    return bestB !== null ? bestB.top : best;
  }

  private statAnswered(q: Queue, now: number, waitMs: number): void {
    const st = this.stats;
    st.add(q.qi, now, S_ANSWERED, 1);
    if (waitMs <= q.slTargetMs) st.add(q.qi, now, S_IN_SL, 1);
    st.add(q.qi, now, S_WAIT_SUM, waitMs);
  }

  private statAbandoned(q: Queue, now: number, waitMs: number): void {
    const st = this.stats;
    st.add(q.qi, now, S_ABANDONED, 1);
    if (waitMs > q.slTargetMs) st.add(q.qi, now, S_ABANDONED_AFTER_SL, 1);
    if (waitMs < this.shortAbandonMs) st.add(q.qi, now, S_ABANDONED_SHORT, 1);
  }

  private allocQi(): number {
    const qi = this.freeQi.pop() ?? this.nextQi++;
    if (qi >= this.readyN.length) {
      const n = Math.max(64, this.readyN.length * 2);
      const grow = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T): T => {
        const x = make(n);
        x.set(old);
        return x;
      };
      this.readyN = grow(this.readyN, (k) => new Int32Array(k));
      // page-aligned memory (a WebAssembly memory is nothing but an aligned ArrayBuffer here), so that each
      // queue's header and first row share one cache line
      const qs = new Float64Array(alignedBuffer(n * QS * 8), 0, n * QS);
      qs.set(this.qs);
      this.qs = qs;
      while (this.rowB.length < n * ROWS) this.rowB.push(null);
      const pn = new Int32Array(n * 3);
      pn.set(this.presenceN);
      this.presenceN = pn;
    }
    this.qs.fill(0, qi * QS, (qi + 1) * QS);
    this.rowB.fill(null, qi * ROWS, (qi + 1) * ROWS);
    this.readyN[qi] = 0;
    this.presenceN.fill(0, qi * 3, qi * 3 + 3);
    this.stats.reset(qi);
    return qi;
  }

  /** the agent meets the queue's own skill requirement */
  private meetsQueue(a: Agent, q: Queue): boolean {
    const ids = q.reqIds;
    const vec = a.vec;
    for (let i = 0; i < ids.length; i++) {
      const v = vec[ids[i]!];
      if (v === undefined || v < 0 || v < q.reqMins[i]!) return false;
    }
    return true;
  }

  private dispatchAgent(a: Agent): void {
    let guard = a.maxConcurrent + 1;
    while (a.available && guard-- > 0) {
      this.counters.decisions++;
      const e = this.bestEntryFor(a);
      if (e === null) return;
      this.startOffer(e, a);
    }
  }

  private startOffer(e: Entry, a: Agent): void {
    const call = e.call;
    const q = e.queue;
    if (q.strategy === "ring_all" && !call.callback) {
      // ring every matching available agent of this queue
      const list = this.scratch;
      list.length = 0;
      const b = e.bucket!;
      for (const m of q.ready.items)
        if (m.agent !== a && m.agent.tenantId === call.tenantId && this.matches(m.agent, b) && !this.excluded(call, m.agent))
          list.push(m);
      this.offer(call, a, q, true);
      for (const m of list) this.offer(call, m.agent, q, true);
      list.length = 0;
      return;
    }
    this.offer(call, a, q, false);
  }

  private offer(call: Call, a: Agent, q: Queue, ringAll: boolean): void {
    if (!a.available || a.tenantId !== call.tenantId) return; // defensive: never offer to an unavailable or foreign agent
    if (call.state === "waiting") {
      this.removeEntries(call);
      call.state = "offering";
    }
    const kind = call.callback ? "callback" : "call";
    const id = ++this.offerSeq;
    const pub: Offer = { callId: call.id, agentId: a.id, queueId: q.id, offerId: id, kind };
    const rec = new OfferRec(id, call, a, q, pub, ringAll);
    this.offers.set(rec);
    call.addOffer(rec);
    a.addOffer(rec);
    if (kind === "callback") a.nCb++;
    this.counters.offers++;
    if (q.strategy === "round_robin") {
      for (const m of a.members)
        if (m.queue === q) {
          m.rr = ++q.rrClock;
          break;
        }
    } else if (q.strategy === "random" || q.strategy === "weighted_random") {
      for (const m of a.members) if (m.queue === q && m.hi >= 0 && m.k2 > q.randClock) q.randClock = m.k2;
    }
    this.refresh(a);
    const timeout = kind === "callback" ? q.callbackTimeoutMs : q.ringTimeoutMs;
    if (timeout > 0) rec.timer = this.timers.add(this.now() + timeout, T_RING, rec, timeout);
    this.emit(H_OFFER, pub);
  }

  /** removes an offer from the indexes (no hooks) */
  private dropOffer(rec: OfferRec): void {
    rec.live = false;
    this.offers.delete(rec);
    this.timers.cancel(rec.timer);
    rec.timer = null;
    rec.call.removeOffer(rec);
    if (rec.agent.removeOffer(rec) && rec.pub.kind === "callback") rec.agent.nCb--;
  }

  /** cancels an offer, frees the agent (and lets it take other work when dispatch is true) */
  private cancelOffer(rec: OfferRec, why: CancelReason, dispatch: boolean): void {
    this.dropOffer(rec);
    this.emit(H_CANCEL, rec.pub, why);
    const a = rec.agent;
    this.refresh(a);
    if (dispatch) this.dispatchAgent(a);
  }

  private reject(rec: OfferRec, why: "rejected" | "no_answer" | "failed"): void {
    const call = rec.call;
    const a = rec.agent;
    const q = rec.queue;
    this.dropOffer(rec);
    const now = this.now();
    const customerUnreachable = rec.pub.kind === "callback" && why !== "rejected";
    if (!customerUnreachable) {
      if (call.rejectedBy === null) call.rejectedBy = [];
      if (!call.rejectedBy.includes(a)) call.rejectedBy.push(a);
      if ((why === "no_answer" || why === "failed") && q.noAnswer === "not_ready" && a.presence === "ready") {
        this.setPresence(a, "not_ready");
        a.presenceReason = why;
      }
      // to the back of the line for idle-based strategies
      if (a.nCalls === 0) a.idleSince = now;
    }
    this.refresh(a);
    if (call.state === "offering" && call.nOff === 0) {
      if (customerUnreachable) {
        call.callbackAttempts++;
        if (call.callbackAttempts >= call.home.callbackMaxAttempts) {
          this.statAbandoned(call.home, now, now - call.queueSinceMs);
          this.finish(call, "callback_failed");
        } else {
          call.state = "parked";
          call.resumeAt = now + call.home.callbackRetryMs;
          this.scheduleCall(call);
        }
      } else this.backInLine(call);
    }
    this.dispatchAgent(a);
  }

  /** an offering call whose offers are all gone goes back to its place in line */
  private backInLine(call: Call): void {
    if (call.state !== "offering" || call.nOff > 0) return;
    call.state = "waiting";
    this.insertEntries(call);
    this.scheduleCall(call);
    this.dispatchCall(call);
  }

  private finish(call: Call, outcome: CallOutcome): void {
    if (call.state === "done") return;
    if (call.state === "waiting") this.removeEntries(call);
    let freed: Agent[] | null = null;
    while (call.nOff > 0) {
      const rec = call.lastOffer()!;
      this.cancelOffer(rec, "call_gone", false);
      (freed ??= []).push(rec.agent);
    }
    call.state = "done";
    this.listRemove(call);
    this.unprefer(call);
    this.timers.cancel(call.timer);
    call.timer = null;
    this.calls.delete(call.id);
    if (this.hooks.callFinished !== undefined) this.emit(H_FINISHED, call.id, outcome);
    if (freed !== null) for (const a of freed) this.dispatchAgent(a);
  }

  private unprefer(call: Call): void {
    if (call.preferredAgentId === null) return;
    const s = this.prefIndex.get(call.preferredAgentId);
    if (s === undefined) return;
    s.delete(call);
    if (s.size === 0) {
      this.prefIndex.delete(call.preferredAgentId);
      const pa = this.agents.get(call.preferredAgentId);
      if (pa !== undefined && pa.pref === s) pa.pref = undefined;
    }
  }

  // ------------------------------------------------------------------ overflow, escalation, EWT

  private loggedIn(q: Queue): number {
    return q.members.length - this.presenceN[q.qi * 3 + PRESENCE_INDEX.logged_out]!;
  }

  private admissionRule(q: Queue, call: Call): OverflowAction | null {
    const full = q.maxLength > 0 && q.inQueue >= q.maxLength;
    let ewt = -1;
    if (q.nOverflow !== 0) {
      for (const r of q.overflow) {
        switch (r.when) {
          case "full":
            if (full) return r.action;
            break;
          case "closed":
            if (!q.open) return r.action;
            break;
          case "no_agents":
            if (this.loggedIn(q) === 0) return r.action;
            break;
          case "ewt": {
            if (ewt < 0) {
              const pos = 1 + this.countAtOrAbove(q, this.entryPrio(call, q));
              ewt = q.ready.size > 0 ? 0 : this.ewt(q, pos);
            }
            if (ewt > r.ewtMs) return r.action;
            break;
          }
          case "wait":
            break;
        }
      }
    }
    if (full) return { type: "disconnect", reason: "full" };
    return null;
  }

  private overflowCall(call: Call, action: OverflowAction, forced: boolean): void {
    const now = this.now();
    this.counters.overflows++;
    if (action.type === "callback" && !forced) {
      this.emit(H_OVERFLOW, call.id, action);
      if (!call.inList) {
        this.listAdd(call.home, call);
        this.insertEntries(call);
      }
      call.callback = true;
      this.scheduleCall(call);
      this.dispatchCall(call);
      return;
    }
    if (action.type === "queue" && !forced) {
      const target = this.queues.get(action.queueId);
      if (target === undefined || target.tenantId !== call.tenantId || target === call.home || call.hops >= 8) {
        action = { type: "disconnect", reason: "bad_overflow_target" };
      } else {
        this.emit(H_OVERFLOW, call.id, action);
        this.stats.add(call.home.qi, now, S_OVERFLOWED, 1);
        if (call.state === "waiting") this.removeEntries(call);
        this.listRemove(call);
        call.home = target;
        call.hops++;
        call.queueSinceMs = now;
        call.step = 0;
        call.relax = 0;
        call.boost = 0;
        call.dropped = null;
        call.added = null;
        call.firedRules = 0;
        this.stats.add(target.qi, now, S_OFFERED, 1);
        const rule = this.admissionRule(target, call);
        if (rule !== null) {
          this.overflowCall(call, rule, false);
          return;
        }
        this.listAdd(target, call);
        if (call.state === "waiting") {
          this.insertEntries(call);
          this.scheduleCall(call);
          this.dispatchCall(call);
        } else this.scheduleCall(call);
        return;
      }
    }
    this.emit(H_OVERFLOW, call.id, action);
    this.stats.add(call.home.qi, now, S_OVERFLOWED, 1);
    this.finish(call, "overflowed");
  }

  private nextCallDeadline(call: Call): number {
    let t = Number.POSITIVE_INFINITY;
    if (call.state === "parked") return call.resumeAt;
    const q = call.home;
    if (!q.hasDeadlines) return t;
    const st = q.escalation[call.step];
    if (st !== undefined) t = Math.min(t, call.queueSinceMs + st.afterMs);
    for (let i = 0; i < q.overflow.length; i++) {
      const r = q.overflow[i]!;
      if (r.when === "wait" && (call.firedRules & (1 << i)) === 0) t = Math.min(t, call.queueSinceMs + r.afterMs);
    }
    if (q.maxWaitMs > 0 && !call.callback) t = Math.min(t, call.queueSinceMs + q.maxWaitMs);
    return t;
  }

  private scheduleCall(call: Call): void {
    this.timers.cancel(call.timer);
    call.timer = null;
    if (call.state !== "waiting" && call.state !== "parked") return;
    const t = this.nextCallDeadline(call);
    if (t !== Number.POSITIVE_INFINITY) call.timer = this.timers.add(t, T_CALL, call);
  }

  private callDeadline(call: Call, now: number): void {
    if (call.state === "parked") {
      if (now < call.resumeAt) {
        this.scheduleCall(call);
        return;
      }
      call.state = "waiting";
      this.insertEntries(call);
      this.scheduleCall(call);
      this.dispatchCall(call);
      return;
    }
    if (call.state !== "waiting") return; // re-armed when the call is back in line
    const q = call.home;
    // overflow rules first (max wait, wait rules), then escalation steps
    for (let i = 0; i < q.overflow.length; i++) {
      const r = q.overflow[i]!;
      if (r.when !== "wait" || (call.firedRules & (1 << i)) !== 0) continue;
      if (now - call.queueSinceMs >= r.afterMs) {
        call.firedRules |= 1 << i;
        if (r.action.type === "callback" && call.callback) continue;
        this.overflowCall(call, r.action, false);
        return;
      }
    }
    if (q.maxWaitMs > 0 && now - call.queueSinceMs >= q.maxWaitMs && !call.callback) {
      this.overflowCall(call, { type: "disconnect", reason: "max_wait" }, false);
      return;
    }
    let changed = false;
    const boostBefore = call.boost;
    for (;;) {
      const st = q.escalation[call.step];
      if (st === undefined || now - call.queueSinceMs < st.afterMs) break;
      call.step++;
      changed = true;
      call.relax += st.relax ?? 0;
      call.boost += st.priorityBoost ?? 0;
      if (st.dropSkills !== undefined && st.dropSkills.length > 0) {
        if (call.dropped === null) call.dropped = new Set();
        for (const s of st.dropSkills) call.dropped.add(s);
      }
      if (st.addQueues !== undefined) {
        for (const qid of st.addQueues) {
          const aq = this.queues.get(qid);
          if (aq === undefined || aq.tenantId !== call.tenantId || aq === q) continue;
          if (call.added === null) call.added = [];
          if (!call.added.includes(aq)) call.added.push(aq);
        }
      }
    }
    if (changed) {
      // priority level changed: keep prioCounts consistent
      if (call.boost !== boostBefore) this.recountPrio(call.home);
      this.rebucket(call);
    }
    this.scheduleCall(call);
    if (changed) this.dispatchCall(call);
  }

  /** recomputes a queue's priority-level counts after a priority boost (rare) */
  private recountPrio(q: Queue): void {
    q.prioLevels.length = 0;
    q.prioN.length = 0;
    q.nLv = 0;
    q.pn0 = 0;
    q.pn1 = 0;
    for (let c = q.head; c !== null; c = c.next) this.prioAdd(q, this.entryPrio(c, q), 1);
  }

  /** average handle time (talk + wrap-up) over the window; recomputed at most once per second */
  /** average handle time over the statistics window (queueStats; scans the window) */
  private aht(q: Queue): number {
    const s = this.stats.sum(q.qi, this.now(), this.sumBuf);
    return s[S_HANDLED]! > 0 ? s[S_HANDLE_SUM]! / s[S_HANDLED]! : q.ahtHintMs + q.wrapUpMs;
  }

  /** EWT for the given 1-based position: position x AHT / staffed agents (Erlang-free, cheap, monotone) */
  private ewt(q: Queue, pos: number): number {
    if (pos <= 0) return 0;
    // staffed = members whose presence is ready (working or waiting for work)
    const staffed = this.presenceN[q.qi * 3 + PRESENCE_INDEX.ready]!;
    if (staffed === 0) return Number.POSITIVE_INFINITY;
    const sb = this.stats.cur;
    const o = q.qi * SB + SB_EXTRA;
    const aht = sb[o + 1]! > 0 ? sb[o]! : q.ahtHintMs + q.wrapUpMs;
    return Math.round((pos * aht) / staffed);
  }

  /**
   * Brute-force recomputation of every index from the primary data, for tests. Returns the violations
   * (empty when the indexes are exact). O(everything): never call it on a hot path.
   */
  checkInvariants(): string[] {
    const bad: string[] = [];
    const fail = (m: string) => {
      if (bad.length < 20) bad.push(m);
    };
    if (!this.timers.check()) fail("timer heap order");
    if (this.pending.length !== 0) fail("agents left pending");
    // agents
    for (const a of this.agents.values()) {
      const load = a.calls.length + a.offers.length;
      if (load > a.maxConcurrent) fail(`agent ${a.id} load ${load} > ${a.maxConcurrent}`);
      const avail = a.presence === "ready" && a.wrapUntil === 0 && load < a.maxConcurrent;
      if (avail !== a.available) fail(`agent ${a.id} available ${a.available} != ${avail}`);
      let st: AgentState;
      if (a.calls.length > 0) st = "on_call";
      else if (a.offers.length > 0) st = a.offers.some((r) => r.pub.kind === "callback") ? "reserved" : "ringing";
      else if (a.wrapUntil !== 0) st = "wrap_up";
      else st = a.presence;
      if (st !== a.state) fail(`agent ${a.id} state ${a.state} != ${st}`);
      if ((a.wrapUntil !== 0) !== (a.wrapTimer?.live === true)) fail(`agent ${a.id} wrap timer`);
      if (a.mq.length !== a.members.length) fail(`agent ${a.id} compact members`);
      a.members.forEach((m, i) => {
        if (a.mq[i] !== m.qi * 2 + (this.meetsQueue(a, m.queue) ? 1 : 0)) fail(`agent ${a.id} compact member ${i}`);
        if (a.mqid[i] !== m.qid || a.mreq[i * MREQ + 5] !== m.penalty || a.mreq[i * MREQ + 6] !== m.weight) fail(`agent ${a.id} compact member config ${i}`);
      });
      for (const m of a.members) {
        if (m.agent !== a || !m.queue.members.includes(m)) fail(`agent ${a.id} member link`);
        if (m.queue.tenantId !== a.tenantId) fail(`agent ${a.id} member of foreign queue ${m.queue.id}`);
        const inHeap = m.hi >= 0 && m.queue.ready.items[m.hi] === m;
        if (inHeap !== a.available) fail(`agent ${a.id} in ready heap of ${m.queue.id}: ${inHeap}, available ${a.available}`);
        if (this.queues.get(m.queue.id) !== m.queue) fail(`agent ${a.id} member of removed queue`);
      }
      for (const c of a.calls) if (c.state !== "connected" || c.agent !== a) fail(`agent ${a.id} call ${c.id} state ${c.state}`);
      if (a.nCalls !== a.calls.length || a.nOffers !== a.offers.length || a.nCb !== a.offers.filter((r) => r.pub.kind === "callback").length)
        fail(`agent ${a.id} load counters`);
      for (const r of a.offers) if (!r.live || this.offers.get(r.id) !== r || r.agent !== a) fail(`agent ${a.id} stale offer ${r.id}`);
    }
    // queues
    let entriesInBuckets = 0;
    for (const q of this.queues.values()) {
      if (!q.ready.check()) fail(`queue ${q.id} ready heap order`);
      let nAvail = 0;
      const counts = new Int32Array(3);
      for (const m of q.members) {
        if (m.agent.available) nAvail++;
        counts[PRESENCE_INDEX[m.agent.presence]]!++;
        if (this.agents.get(m.agent.id) !== m.agent) fail(`queue ${q.id} member of removed agent`);
      }
      if (nAvail !== q.ready.size) fail(`queue ${q.id} ready size ${q.ready.size} != ${nAvail}`);
      if (this.readyN[q.qi] !== q.ready.size) fail(`queue ${q.id} ready count ${this.readyN[q.qi]} != ${q.ready.size}`);
      for (let i = 0; i < 3; i++) if (counts[i] !== this.presenceN[q.qi * 3 + i]) fail(`queue ${q.id} presence count ${i}`);
      for (const m of q.ready.items) if (!m.agent.available || m.queue !== q) fail(`queue ${q.id} unavailable agent in heap`);
      if (q.bucketList.length !== q.buckets.size) fail(`queue ${q.id} bucket list size`);
      for (const [k, b] of q.byKey)
        if (q.buckets.get(b.sig) !== b || b.key !== k || k !== reqKey(b.ids, b.mins, b.rn) || b.sig === "q" || b === q.base)
          fail(`queue ${q.id} bucket key map`);
      {
        // rows: the best ROWS non-empty buckets by head (priority desc, sequence asc), by brute force
        const o = q.qi * QS;
        const qs = this.qs;
        const ne = q.bucketList.filter((b) => b.size > 0);
        ne.sort((x, y) => y.hp - x.hp || x.hs - y.hs);
        const want = Math.min(ne.length, ROWS);
        if (q.nb !== ne.length) fail(`queue ${q.id} non-empty buckets ${q.nb} != ${ne.length}`);
        if (this.rowsN(q.qi) !== want) fail(`queue ${q.id} rows ${this.rowsN(q.qi)} != ${want}`);
        if (((qs[o + QH_BITS]! & MORE) !== 0) !== ne.length > ROWS) fail(`queue ${q.id} rows "more" flag`);
        for (let j = 0; j < want; j++) {
          const b = ne[j]!;
          const r = o + QH + j * RS;
          if (this.rowB[q.qi * ROWS + j] !== b) fail(`queue ${q.id} row ${j} bucket`);
          const h = b.first()!;
          if (qs[r] !== h.prio || qs[r + 1] !== h.seq || qs[r + 2] !== h.arrivedMs) fail(`queue ${q.id} row ${j} key`);
          const flags = b.plus ? (h.rej ? 1 : 0) + 6 + 8 * b.xn : (h.rej ? 1 : 0) + (b.inclBase ? 2 : 0) + 8 * b.rn;
          const pairs = b.plus ? [b.x0, b.xm0] : [b.r0, b.m0];
          if (qs[r + 3] !== flags || pairs.some((x, k) => qs[r + 4 + k] !== x)) fail(`queue ${q.id} row ${j} requirement`);
          if (b.plus) {
            // plus: the requirement is exactly the queue's own (same minimums) and the extras
            const extras: string[] = [];
            for (let k = 0; k < b.skills.length; k++) {
              const qk = q.reqSkills.indexOf(b.skills[k]!);
              if (qk < 0) extras.push(b.skills[k]!);
              else if (q.reqMins[qk] !== b.mins[k]) fail(`queue ${q.id} bucket ${b.sig} plus with another minimum`);
            }
            if (q.reqSkills.some((x) => !b.skills.includes(x)) || extras.length !== b.xn) fail(`queue ${q.id} bucket ${b.sig} plus`);
          }
          if (h.rej !== (h.call.rejectedBy !== null)) fail(`queue ${q.id} row ${j} refusals`);
        }
        for (let j = want; j < ROWS; j++) if (this.rowB[q.qi * ROWS + j] !== null) fail(`queue ${q.id} row ${j} not cleared`);
        if (qs[o + QH_WEIGHT] !== q.weight) fail(`queue ${q.id} weight`);
        let relaxed = 0;
        for (const b of q.bucketList) if (b.size > 0 && !b.inclBase) relaxed++;
        if (qs[o + Q_RELAXED_N] !== relaxed || ((qs[o + QH_BITS]! & RELAXED) !== 0) !== relaxed > 0)
          fail(`queue ${q.id} relaxed buckets ${qs[o + Q_RELAXED_N]} != ${relaxed}`);
        for (const m of q.members) if (m.qi !== q.qi) fail(`queue ${q.id} member ${m.agent.id} index`);
        for (const b of q.bucketList) {
          if (b.sig === "" || b.sig === "q" || !b.inclBase) continue;
          // inclBase: the bucket's requirement covers the queue's own
          for (let i = 0; i < q.reqSkills.length; i++) {
            const j = b.skills.indexOf(q.reqSkills[i]!);
            if (j < 0 || b.mins[j]! < q.reqMins[i]!) fail(`queue ${q.id} bucket ${b.sig} marked inclBase`);
          }
        }
      }
      for (const b of q.bucketList) {
        if (q.buckets.get(b.sig) !== b) fail(`queue ${q.id} bucket map`);
        if (!b.check()) fail(`queue ${q.id} bucket line order`);
        {
          const h = b.first();
          if (h === undefined ? b.hp !== Number.NEGATIVE_INFINITY : b.hp !== h.prio || b.hs !== h.seq) fail(`queue ${q.id} bucket head cache`);
        }
        if (b.sig === "q" && (b.skills.join() !== q.reqSkills.join() || b.mins.join() !== q.reqMins.join())) fail(`queue ${q.id} stale "q" bucket`);
        for (const e of b.items()) {
          entriesInBuckets++;
          const c = e.call;
          if (c.state !== "waiting" || !c.entries.includes(e) || e.bucket !== b || e.queue !== q) fail(`queue ${q.id} stray entry ${c.id}`);
          if (e.prio !== this.entryPrio(c, q)) fail(`call ${c.id} entry prio`);
          if (e.rej !== (c.rejectedBy !== null)) fail(`call ${c.id} entry refusal flag`);
          const sig = this.fastSig(c, q) ?? this.slowReq(c, q).sig;
          if (b.key !== 0 && b.key !== reqKey(b.ids, b.mins, b.rn)) fail(`bucket ${b.sig} key`);
          if (sig !== b.sig && !(sig === "q" && q.reqSkills.length === 0)) fail(`call ${c.id} in bucket ${b.sig} != ${sig}`);
          if (c.tenantId !== q.tenantId) fail(`call ${c.id} in foreign queue ${q.id}`);
        }
      }
      // home list and priority counts
      let n = 0;
      const pc = new Map<number, number>();
      let prev: Call | null = null;
      for (let c = q.head; c !== null; c = c.next) {
        n++;
        if (c.home !== q || !c.inList || c.prev !== prev) fail(`queue ${q.id} list link ${c.id}`);
        const p = this.entryPrio(c, q);
        pc.set(p, (pc.get(p) ?? 0) + 1);
        prev = c;
      }
      if (q.tail !== prev) fail(`queue ${q.id} list tail`);
      if (n !== q.inQueue) fail(`queue ${q.id} inQueue ${q.inQueue} != ${n}`);
      {
        const have = new Map<number, number>();
        const put = (p: number, k: number) => {
          if (have.has(p) || k <= 0) fail(`queue ${q.id} prio level ${p} twice or empty`);
          have.set(p, k);
        };
        if (q.nLv !== q.prioLevels.length || q.nOverflow !== q.overflow.length) fail(`queue ${q.id} inline lengths`);
        if (q.pn0 > 0) put(q.pl0, q.pn0);
        if (q.pn1 > 0) put(q.pl1, q.pn1);
        for (let i = 0; i < q.prioLevels.length; i++) put(q.prioLevels[i]!, q.prioN[i]!);
        if (pc.size !== have.size) fail(`queue ${q.id} prio levels`);
        for (const [p, k] of pc) if (have.get(p) !== k) fail(`queue ${q.id} prio count ${p}`);
      }
    }
    // calls
    let entries = 0;
    const pref = new Map<string, number>();
    for (const c of this.calls.values()) {
      const inLine = c.state === "waiting" || c.state === "offering" || c.state === "parked";
      if (inLine !== c.inList) fail(`call ${c.id} inList ${c.inList} state ${c.state}`);
      if (inLine && this.queues.get(c.home.id) !== c.home) fail(`call ${c.id} in line of a removed queue`);
      if (c.state === "waiting") {
        const want = 1 + (c.added?.filter((q) => q !== c.home).length ?? 0);
        if (c.entries.length !== want) fail(`call ${c.id} entries ${c.entries.length} != ${want}`);
        entries += c.entries.length;
        for (const e of c.entries) if (e.bucket === null || e.lane === null || !e.bucket.lanes.includes(e.lane)) fail(`call ${c.id} entry not in line`);
      } else if (c.entries.length !== 0) fail(`call ${c.id} has entries in state ${c.state}`);
      if ((c.state === "offering") !== c.offers.length > 0) fail(`call ${c.id} offers ${c.offers.length} state ${c.state}`);
      if (c.nOff !== c.offers.length || (c.o0 === null && c.oMore !== null && c.oMore.length > 0)) fail(`call ${c.id} offer count`);
      if (c.e0 === null && c.eMore !== null && c.eMore.length > 0) fail(`call ${c.id} entry slots`);
      for (const r of c.offers) {
        if (!r.live || r.call !== c || this.offers.get(r.id) !== r) fail(`call ${c.id} stale offer`);
        if (r.agent.tenantId !== c.tenantId) fail(`call ${c.id} offered to foreign agent ${r.agent.id}`);
        if (!r.agent.offers.includes(r)) fail(`call ${c.id} offer not on agent`);
      }
      if (c.state === "connected" && (c.agent === null || !c.agent.calls.includes(c))) {
        if (c.agent !== null) fail(`call ${c.id} connected but not on agent`);
      }
      const wantTimer = (c.state === "waiting" || c.state === "parked") && this.nextCallDeadline(c) !== Number.POSITIVE_INFINITY;
      if (wantTimer && (c.timer === null || !c.timer.live || c.timer.at !== this.nextCallDeadline(c))) fail(`call ${c.id} timer`);
      if (c.state === "connected" && c.timer !== null) fail(`call ${c.id} connected with timer`);
      if (c.preferredAgentId !== null && inLine) pref.set(c.preferredAgentId, (pref.get(c.preferredAgentId) ?? 0) + 1);
      // work conservation: no available, qualified, same-tenant agent is left idle next to a waiting call
      if (c.state === "waiting") {
        for (const e of c.entries) {
          for (const m of e.queue.members) {
            const a = m.agent;
            if (a.available && a.tenantId === c.tenantId && this.matches(a, e.bucket!) && !this.excluded(c, a))
              fail(`call ${c.id} waits while agent ${a.id} is available`);
          }
        }
      }
    }
    if (entries !== entriesInBuckets) fail(`entries ${entries} != in buckets ${entriesInBuckets}`);
    let prefN = 0;
    for (const [id, set] of this.prefIndex) {
      prefN += set.size;
      for (const c of set) if (c.preferredAgentId !== id || this.calls.get(c.id) !== c) fail(`pref index ${id}`);
    }
    let wantPref = 0;
    for (const k of pref.values()) wantPref += k;
    if (prefN !== wantPref) fail(`pref index size ${prefN} != ${wantPref}`);
    for (const r of this.offers.values()) {
      if (!r.live || !r.call.offers.includes(r) || this.calls.get(r.call.id) !== r.call) fail(`offer ${r.id} dangling`);
      if (r.timer !== null && !r.timer.live) fail(`offer ${r.id} timer`);
    }
    return bad;
  }


}
