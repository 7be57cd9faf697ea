/**
 * The engine's records (agents, memberships, queues, buckets, line entries, calls, offers) and the small
 * containers built for them. Internal to the ACD module: only index.ts is public.
 */
import { type HeapItem, IndexedHeap } from "./heap.ts";
import { type Lane, type LineItem, PriorityLine } from "./line.ts";
import type { Timer } from "./timers.ts";
import type { AcdQueueConfig, AgentState, EscalationStep, Offer, OverflowRule, Strategy } from "./types.ts";

export const NO_SKILLS: [string[], number[]] = [[], []];
const NO_IDS: number[] = [];

/** removes x from arr keeping the order, without allocating (Array.prototype.splice returns a new array) */
export function removeItem<T>(arr: T[], x: T): boolean {
  const i = arr.indexOf(x);
  if (i < 0) return false;
  for (let j = i + 1; j < arr.length; j++) arr[j - 1] = arr[j]!;
  arr.pop();
  return true;
}


export type Presence = "ready" | "not_ready" | "logged_out";
export const PRESENCE_INDEX: Record<Presence, number> = { logged_out: 0, ready: 1, not_ready: 2 };
export const STATE_INDEX: Record<AgentState, number> = {
  logged_out: 0,
  ready: 1,
  not_ready: 2,
  reserved: 3,
  ringing: 4,
  on_call: 5,
  wrap_up: 6,
};

export class Agent {
  // Field order is layout order: what a hang-up, an answer or an offer reads and writes first, configuration
  // read only by updates last (see Call)
  readonly id: string;
  readonly tenantId: string;
  available = false;
  presence: Presence = "logged_out";
  state: AgentState = "logged_out";
  reason: string | null = null;
  sinceMs: number;
  /** counts mirroring calls.length, offers.length and callback offers (refresh reads no arrays) */
  nCalls = 0;
  nOffers = 0;
  nCb = 0;
  /** calls held: the first inline, more only with maxConcurrent > 1 (no array to chase on hang-up) */
  c0: Call | null = null;
  /** live offers: the first inline, more only with maxConcurrent > 1 */
  f0: OfferRec | null = null;
  wrapUntil = 0;
  wrapTimer: Timer | null = null;
  idleSince: number;
  maxConcurrent = 1;
  pending = false;
  /** memberships are in the queues' ready heaps (lags `available` until the end of the engine call) */
  inHeaps = false;
  /** waiting calls that prefer this agent (the prefIndex set, or undefined) */
  pref: Set<Call> | undefined = undefined;
  /** per membership: queue index * 2 + (meets the queue's own requirement ? 1 : 0) (compact, for the hot scan) */
  mq: Int32Array = new Int32Array(0);
  /** proficiency by skill id (engine registry), -1 = absent; indexes past the end are absent too */
  vec: Float64Array = new Float64Array(0);
  talkMsToday = 0;
  lastCallEndMs = 0;
  callsToday = 0;
  presenceReason: string | null = null;
  cMore: Call[] | null = null;
  fMore: OfferRec[] | null = null;
  members: Member[] = [];
  jobNumber: string | undefined = undefined;
  skillCount = 0;
  maxSkill = 0;
  queueCfg: Array<{ queueId: string; penalty: number; weight: number }> = [];
  /** per membership: queue id; and in mreq (stride MREQ) the queue's requirement (count, first two skill id /
   *  minimum pairs), penalty and weight, so skill-only updates touch no membership or queue object */
  mqid: string[] = [];
  mreq: Float64Array = new Float64Array(0);
  /** skill names of the last update and their registry ids (an update with the same names skips the lookups) */
  skillNames: string[] = [];
  skillIdArr: number[] = [];
  constructor(id: string, tenantId: string, now: number) {
    this.id = id;
    this.tenantId = tenantId;
    this.sinceMs = now;
    this.idleSince = now;
  }

  /** calls held (allocates; cold paths) */
  get calls(): Call[] {
    const out: Call[] = [];
    if (this.c0 !== null) out.push(this.c0);
    if (this.cMore !== null) for (const c of this.cMore) out.push(c);
    return out;
  }

  addCall(c: Call): void {
    if (this.c0 === null) this.c0 = c;
    else (this.cMore ??= []).push(c);
    this.nCalls++;
  }

  removeCall(c: Call): boolean {
    if (this.c0 === c) {
      this.c0 = this.cMore !== null && this.cMore.length > 0 ? this.cMore.pop()! : null;
      this.nCalls--;
      return true;
    }
    if (this.cMore !== null && removeItem(this.cMore, c)) {
      this.nCalls--;
      return true;
    }
    return false;
  }

  /** live offers (allocates; cold paths) */
  get offers(): OfferRec[] {
    const out: OfferRec[] = [];
    if (this.f0 !== null) out.push(this.f0);
    if (this.fMore !== null) for (const r of this.fMore) out.push(r);
    return out;
  }

  addOffer(r: OfferRec): void {
    if (this.f0 === null) this.f0 = r;
    else (this.fMore ??= []).push(r);
    this.nOffers++;
  }

  removeOffer(r: OfferRec): boolean {
    if (this.f0 === r) {
      this.f0 = this.fMore !== null && this.fMore.length > 0 ? this.fMore.pop()! : null;
      this.nOffers--;
      return true;
    }
    if (this.fMore !== null && removeItem(this.fMore, r)) {
      this.nOffers--;
      return true;
    }
    return false;
  }

  lastOffer(): OfferRec | null {
    if (this.fMore !== null && this.fMore.length > 0) return this.fMore[this.fMore.length - 1]!;
    return this.f0;
  }
}

export class Member implements HeapItem {
  hi = -1;
  k2 = 0;
  k3 = 0;
  rr: number;
  readonly qi: number;
  readonly qid: string;
  constructor(
    readonly agent: Agent,
    readonly queue: Queue,
    public penalty: number,
    public weight: number,
    readonly ord: number,
  ) {
    this.rr = ord - 1e15;
    this.qi = queue.qi;
    this.qid = queue.id;
  }
}

export function memberLess(a: Member, b: Member): boolean {
  if (a.penalty !== b.penalty) return a.penalty < b.penalty;
  if (a.k2 !== b.k2) return a.k2 < b.k2;
  if (a.k3 !== b.k3) return a.k3 < b.k3;
  return a.ord < b.ord;
}

/** waiting calls with one effective requirement: a PriorityLine (one object: fewer cache misses) */
export class Bucket extends PriorityLine<Entry> {
  /** key of the head call (cached so that ordering buckets touches only bucket objects); empty: -inf */
  hp = Number.NEGATIVE_INFINITY;
  hs = Number.POSITIVE_INFINITY;
  ha = 0;
  hrej = false;
  /** the requirement is the queue's own (same minimums) plus extra skills: an agent that meets the queue's
   *  requirement (cached per membership) qualifies iff it has the extras (xn of them, the first two inline) */
  plus = false;
  /** numeric key of the requirement (reqKey), for the queue's byKey map */
  key = 0;
  xn = 0;
  x0 = 0;
  xm0 = 0;
  x1 = 0;
  xm1 = 0;
  /** the first two requirements inline (skill id, minimum), so matching usually touches only this object */
  readonly rn: number;
  readonly r0: number;
  readonly m0: number;
  readonly r1: number;
  readonly m1: number;
  constructor(
    readonly sig: string,
    readonly skills: string[],
    readonly mins: number[],
    readonly ids: Int32Array,
    /** every agent matching this bucket also meets the queue's own requirement */
    public inclBase: boolean,
  ) {
    super();
    this.rn = ids.length;
    this.r0 = ids[0] ?? 0;
    this.m0 = mins[0] ?? 0;
    this.r1 = ids[1] ?? 0;
    this.m1 = mins[1] ?? 0;
  }
}

/** order-independent numeric key of a requirement given as (skill id, minimum) pairs */
export function reqKey(ids: ArrayLike<number>, mins: ArrayLike<number>, n: number): number {
  let h = n;
  for (let k = 0; k < n; k++) {
    let x = Math.imul(ids[k]! + 1, 0x9e3779b1) ^ Math.imul((mins[k]! * 64) | 0, 0x85ebca6b);
    x ^= x >>> 15;
    h = (h + Math.imul(x, 0x27d4eb2f)) | 0;
  }
  return h;
}

export function setHead(b: Bucket): void {
  const h = b.top;
  if (h === null) {
    b.hp = Number.NEGATIVE_INFINITY;
    b.hs = Number.POSITIVE_INFINITY;
    b.ha = 0;
    b.hrej = false;
  } else {
    b.hp = h.prio;
    b.hs = h.seq;
    b.ha = h.arrivedMs;
    b.hrej = h.rej;
  }
}

export class Entry implements LineItem {
  bucket: Bucket | null = null;
  prio = 0;
  prev: LineItem | null = null;
  next: LineItem | null = null;
  lane: Lane | null = null;
  /** copies of the call's fields, so comparisons do not chase the call object */
  readonly seq: number;
  readonly arrivedMs: number;
  /** the call had refusals when it (re-)entered the line (refusals only change while it rings) */
  readonly rej: boolean;
  constructor(
    readonly call: Call,
    readonly queue: Queue,
  ) {
    this.seq = call.seq;
    this.arrivedMs = call.arrivedMs;
    this.rej = call.rejectedBy !== null;
  }
}


export type CallState = "waiting" | "offering" | "connected" | "parked" | "done";

export class Call {
  // Field order is layout order (V8 places fields in declaration order): the fields read on the common
  // paths (offer, answer, hang-up, abandon, unlinking a neighbour) come first, so that touching a call costs
  // one or two cache lines of its ~170 bytes instead of three or four; rarely used fields come last.
  state: CallState = "waiting";
  nOff = 0;
  /** live offers: the first inline, more only for ring-all */
  o0: OfferRec | null = null;
  /** line entries: the first inline, more only for escalation-added queues (no array per call) */
  e0: Entry | null = null;
  inList = false;
  prev: Call | null = null;
  next: Call | null = null;
  home: Queue;
  priority = 0;
  customerLevel = 0;
  boost = 0;
  timer: Timer | null = null;
  preferredAgentId: string | null = null;
  callback = false;
  agent: Agent | null = null;
  /** copies of the answering queue's index and wrap-up, so that hanging up touches no queue object */
  aqi = -1;
  awrap = 0;
  answeredMs = 0;
  /** taken with connectAgent and not counted yet (a consultation): callEnded leaves no talk time and no wrap-up */
  uncounted = false;
  queueSinceMs: number;
  answerQueue: Queue | null = null;
  readonly id: string;
  readonly tenantId: string;
  readonly seq: number;
  readonly arrivedMs: number;
  rejectedBy: Agent[] | null = null;
  relax = 0;
  dropped: Set<string> | null = null;
  reqSkills: string[] = NO_SKILLS[0];
  reqMins: number[] = NO_SKILLS[1];
  /** registry ids of reqSkills */
  reqIds: number[] = NO_IDS;
  eMore: Entry[] | null = null;
  oMore: OfferRec[] | null = null;
  added: Queue[] | null = null;
  step = 0;
  firedRules = 0;
  callbackAttempts = 0;
  resumeAt = 0;
  hops = 0;
  data: Record<string, string> | undefined = undefined;
  constructor(id: string, tenantId: string, home: Queue, arrivedMs: number, seq: number) {
    this.home = home;
    this.queueSinceMs = arrivedMs;
    this.id = id;
    this.tenantId = tenantId;
    this.seq = seq;
    this.arrivedMs = arrivedMs;
  }

  /** all entries (allocates; cold paths) */
  get entries(): Entry[] {
    const out: Entry[] = [];
    if (this.e0 !== null) out.push(this.e0);
    if (this.eMore !== null) for (const e of this.eMore) out.push(e);
    return out;
  }

  addEntry(e: Entry): void {
    if (this.e0 === null) this.e0 = e;
    else (this.eMore ??= []).push(e);
  }

  /** all live offers (allocates; cold paths) */
  get offers(): OfferRec[] {
    const out: OfferRec[] = [];
    if (this.o0 !== null) out.push(this.o0);
    if (this.oMore !== null) for (const r of this.oMore) out.push(r);
    return out;
  }

  addOffer(r: OfferRec): void {
    if (this.o0 === null) this.o0 = r;
    else (this.oMore ??= []).push(r);
    this.nOff++;
  }

  removeOffer(r: OfferRec): boolean {
    if (this.o0 === r) {
      this.o0 = this.oMore !== null && this.oMore.length > 0 ? this.oMore.pop()! : null;
      this.nOff--;
      return true;
    }
    if (this.oMore !== null && removeItem(this.oMore, r)) {
      this.nOff--;
      return true;
    }
    return false;
  }

  lastOffer(): OfferRec | null {
    if (this.oMore !== null && this.oMore.length > 0) return this.oMore[this.oMore.length - 1]!;
    return this.o0;
  }
}

export class Queue {
  // Field order is layout order: what enqueue, offer, answer and abandon read first (see Call)
  readonly id: string;
  readonly tenantId: string;
  /** index into the engine's per-queue typed arrays */
  qi = -1;
  strategy: Strategy = "longest_idle";
  priority = 0;
  head: Call | null = null;
  tail: Call | null = null;
  inQueue = 0;
  /** the first two priority levels inline (level, count; a count of 0 frees the slot): no arrays touched
   *  when calls use at most two levels */
  pl0 = 0;
  pn0 = 0;
  pl1 = 0;
  pn1 = 0;
  /** prioLevels.length (read without touching the array) */
  nLv = 0;
  maxLength = 0;
  /** overflow.length (read without touching the array) */
  nOverflow = 0;
  /** the first two requirements inline (skill id, minimum): computing a call's requirement reads no array */
  qrn = 0;
  qr0 = 0;
  qm0 = 0;
  qr1 = 0;
  qm1 = 0;
  /** the bucket of calls needing exactly the queue's skills (cache of buckets.get("q")) */
  qBucket: Bucket | null = null;
  /** escalation steps, wait-overflow rules or a max wait exist (else calls need no timer) */
  hasDeadlines = false;
  ringTimeoutMs = 20_000;
  wrapUpMs = 0;
  slTargetMs = 15_000;
  ahtHintMs = 180_000;
  weight = 1;
  open = true;
  base: Bucket;
  /** non-empty buckets */
  nb = 0;
  /** calls in line per priority level beyond the two inline ones (parallel arrays: few levels) */
  prioLevels: number[] = [];
  prioN: number[] = [];
  rrClock = 0;
  randClock = 0;
  reqSkills: string[] = [];
  reqMins: number[] = [];
  reqIds: Int32Array = new Int32Array(0);
  maxWaitMs = 0;
  noAnswer: "not_ready" | "stay_ready" = "not_ready";
  overflow: OverflowRule[] = [];
  escalation: EscalationStep[] = [];
  callbackTimeoutMs = 60_000;
  callbackMaxAttempts = 3;
  callbackRetryMs = 60_000;
  cfg: AcdQueueConfig;
  members: Member[] = [];
  memberOrd = 0;
  readonly ready = new IndexedHeap<Member>(memberLess);
  /** buckets by requirement signature; empty ones are kept (a requirement that comes back finds its bucket)
   *  and swept when the list grows */
  readonly buckets = new Map<string, Bucket>();
  /** buckets with call-specific or escalated requirements by reqKey (a number: no signature string to build
   *  or hash when a call needing extra skills arrives); a colliding key falls back to the signature */
  readonly byKey = new Map<number, Bucket>();
  bucketList: Bucket[] = [];
  /** set by removeQueue (connected calls may still refer to the queue) */
  removed = false;
  constructor(id: string, tenantId: string, cfg: AcdQueueConfig) {
    this.id = id;
    this.tenantId = tenantId;
    this.cfg = cfg;
    this.base = new Bucket("", [], [], new Int32Array(0), false);
  }
}

export class OfferRec {
  live = true;
  timer: Timer | null = null;
  constructor(
    readonly id: number,
    readonly call: Call,
    readonly agent: Agent,
    readonly queue: Queue,
    readonly pub: Offer,
    readonly ringAll: boolean,
  ) {}
}

/** weight of the newest call in the EWT handle-time average (about the last 20 calls) */
export const AHT_ALPHA = 0.05;

/**
 * Live offers by id. Ids are sequential, so a power-of-two array indexed by id & mask is a collision-free
 * map as long as it is larger than the id span of the live offers; it doubles when a slot is still taken.
 * Consecutive offers land in consecutive slots (cache friendly), unlike a hash map.
 */
export class OfferTable<T extends { readonly id: number }> {
  private slots: Array<T | undefined> = new Array(1024).fill(undefined);
  private mask = 1023;
  size = 0;

  get(id: number): T | undefined {
    const r = this.slots[id & this.mask];
    return r !== undefined && r.id === id ? r : undefined;
  }

  set(r: T): void {
    for (;;) {
      const i = r.id & this.mask;
      if (this.slots[i] === undefined) {
        this.slots[i] = r;
        this.size++;
        return;
      }
      this.grow();
    }
  }

  delete(r: T): void {
    const i = r.id & this.mask;
    if (this.slots[i] === r) {
      this.slots[i] = undefined;
      this.size--;
    }
  }

  values(): T[] {
    const out: T[] = [];
    for (const r of this.slots) if (r !== undefined) out.push(r);
    return out;
  }

  private grow(): void {
    const live = this.values();
    let cap = this.slots.length * 2;
    for (;;) {
      const slots: Array<T | undefined> = new Array(cap).fill(undefined);
      const mask = cap - 1;
      let ok = true;
      for (const r of live) {
        const i = r.id & mask;
        if (slots[i] !== undefined) {
          ok = false;
          break;
        }
        slots[i] = r;
      }
      if (ok) {
        this.slots = slots;
        this.mask = mask;
        return;
      }
      cap *= 2;
    }
  }
}


/** stride of Agent.mreq: requirement count, r0, m0, r1, m1, penalty, weight */
export const MREQ = 7;
