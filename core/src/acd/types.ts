/** Public types of the ACD engine. Every option documents its default. */

export type AgentState = "logged_out" | "ready" | "not_ready" | "reserved" | "ringing" | "on_call" | "wrap_up";

/**
 * Agent-selection strategies (how a call picks among several ready agents):
 * - longest_idle: agent idle the longest (先闲先受理) (default)
 * - most_skills: agent with the most skills first (技能多者优先)
 * - fewest_calls: even distribution, fewest calls today (平均分配)
 * - least_talk_time: least talk time today
 * - highest_proficiency: highest summed proficiency in the queue's required skills
 * - ring_all: ring every matching ready agent, first answer wins
 * - round_robin: round robin with memory (least recently offered by this queue goes first)
 * - linear: top-down in penalty, then join order
 * - random: uniform among ready agents
 * - weighted_random: probability proportional to the membership weight
 * Penalty always comes first: a higher-penalty agent gets a call only when no lower-penalty agent can take it.
 */
export type Strategy =
  | "longest_idle"
  | "most_skills"
  | "fewest_calls"
  | "least_talk_time"
  | "highest_proficiency"
  | "ring_all"
  | "round_robin"
  | "linear"
  | "random"
  | "weighted_random";

export const STRATEGIES: readonly Strategy[] = [
  "longest_idle",
  "most_skills",
  "fewest_calls",
  "least_talk_time",
  "highest_proficiency",
  "ring_all",
  "round_robin",
  "linear",
  "random",
  "weighted_random",
];

export interface AcdAgentQueue {
  queueId: string;
  /** lower is tried first; default 0 */
  penalty?: number;
  /** weight for weighted_random; default 1 */
  weight?: number;
}

export interface AcdAgentConfig {
  id: string;
  tenantId: string;
  jobNumber?: string;
  /** skill -> proficiency 1..10; default none */
  skills?: Record<string, number>;
  /** queues the agent serves; queues of another tenant are refused (TypeError) */
  queues: AcdAgentQueue[];
  /** concurrent interactions; default 1 */
  maxConcurrent?: number;
}

export type OverflowAction =
  | { type: "queue"; queueId: string }
  | { type: "ivr"; target: string }
  | { type: "voicemail"; target?: string }
  /** keep the place in line; the host tells the caller and hangs up, the engine reserves an agent later (预占用) */
  | { type: "callback" }
  | { type: "disconnect"; reason?: string };

export type OverflowRule =
  /** the call waited afterMs in this queue */
  | { when: "wait"; afterMs: number; action: OverflowAction }
  /** enqueue while maxLength calls are already in the queue */
  | { when: "full"; action: OverflowAction }
  /** enqueue while no member agent is logged in */
  | { when: "no_agents"; action: OverflowAction }
  /** enqueue while the estimated wait exceeds ewtMs */
  | { when: "ewt"; ewtMs: number; action: OverflowAction }
  /** enqueue while the queue is closed (business hours, set by the host with setQueueOpen or `open`) */
  | { when: "closed"; action: OverflowAction };

/** One escalation step, applied when a call has waited afterMs in its queue (Amazon Connect routing steps / Asterisk queue rules). */
export interface EscalationStep {
  afterMs: number;
  /** lower every required minimum proficiency by this much (cumulative); a minimum at or below 0 drops the skill; default 0 */
  relax?: number;
  /** drop these required skills entirely; default none */
  dropSkills?: string[];
  /** also offer the call to the agents of these queues (same tenant only); default none */
  addQueues?: string[];
  /** raise the call's priority by this much; default 0 */
  priorityBoost?: number;
}

export interface AcdQueueConfig {
  id: string;
  tenantId: string;
  /** default "longest_idle" */
  strategy?: Strategy;
  /** skill -> minimum proficiency; default none */
  requiredSkills?: Record<string, number>;
  /** default 20000 */
  ringTimeoutMs?: number;
  /** after-call work per call answered from this queue; default 0 */
  wrapUpMs?: number;
  /** disconnect (or apply a "wait" overflow rule) after this wait; default none */
  maxWaitMs?: number;
  /** calls in queue (waiting + ringing + kept callbacks); default unlimited */
  maxLength?: number;
  /** added to each call's priority when an agent compares calls across its queues; default 0 */
  priority?: number;
  /** multiplies the wait when an agent compares calls of equal priority across queues; default 1 */
  weight?: number;
  /** service-level threshold; default 15000 */
  slTargetMs?: number;
  /** agent state after an unanswered offer; default "not_ready" */
  noAnswer?: "not_ready" | "stay_ready";
  /** evaluated in order, first match wins; default none */
  overflow?: OverflowRule[];
  /** default none */
  escalation?: EscalationStep[];
  /** business hours are evaluated by the host, which flips this; default true */
  open?: boolean;
  /** handle-time hint used for EWT before statistics exist; default 180000 */
  ahtHintMs?: number;
  /** ring time for the customer leg of a callback; default 60000 */
  callbackTimeoutMs?: number;
  /** attempts to reach a callback customer before giving up; default 3 */
  callbackMaxAttempts?: number;
  /** delay before retrying an unreachable callback customer; default 60000 */
  callbackRetryMs?: number;
  /** opaque announcement settings for the host (position/EWT prompts); default none */
  announcements?: Record<string, unknown>;
}

export interface AcdCallInput {
  id: string;
  tenantId: string;
  queueId: string;
  /** higher first; default 0 */
  priority?: number;
  /** VIP level, added to priority; default 0 */
  customerLevel?: number;
  /** extra skill -> minimum proficiency on top of the queue's; default none */
  requiredSkills?: Record<string, number>;
  /** sticky agent: offered first whenever that agent is ready and qualified; default none */
  preferredAgentId?: string;
  /** data attached by the IVR; passed through */
  data?: Record<string, string>;
}

export interface Offer {
  callId: string;
  agentId: string;
  queueId: string;
  offerId: number;
  /** "call": ring the agent for a waiting caller; "callback": agent reserved, now dial the customer (预占用) */
  kind: "call" | "callback";
}

export type CancelReason = "answered_elsewhere" | "timeout" | "call_gone";
export type CallOutcome = "answered" | "abandoned" | "overflowed" | "callback_failed";

/**
 * Hooks are never called while the engine is half-way through a change: they are queued and delivered
 * synchronously, in order, just before the outermost engine method returns. A hook may call back into the
 * engine (re-entrancy is supported); the hooks caused by that call are appended and delivered by the same loop.
 * An exception thrown by a hook is caught and counted (engine.counters.hookErrors), never propagated.
 */
export interface AcdHooks {
  offer(o: Offer): void;
  cancelOffer?(o: Offer, why: CancelReason): void;
  overflow?(callId: string, action: OverflowAction): void;
  agentState?(agentId: string, state: AgentState, reason: string | null, sinceMs: number): void;
  /** the call left the engine */
  callFinished?(callId: string, outcome: CallOutcome): void;
}

export interface AcdEngineOptions {
  /** clock in ms; default Date.now (the simulator passes virtual time) */
  now?: () => number;
  /** uniform [0,1); default Math.random */
  random?: () => number;
  /** sliding window of queueStats; default 900000 (15 min) */
  statsWindowMs?: number;
  /** abandons faster than this are not counted against the service level; default 5000 */
  shortAbandonMs?: number;
}

export interface AgentView {
  id: string;
  tenantId: string;
  jobNumber: string | undefined;
  state: AgentState;
  reason: string | null;
  sinceMs: number;
  callsToday: number;
  talkMsToday: number;
  lastCallEndMs: number;
  currentCalls: string[];
  offers: number[];
}

export interface QueueStats {
  waiting: number;
  longestWaitMs: number;
  agentsReady: number;
  agentsBusy: number;
  agentsNotReady: number;
  agentsLoggedIn: number;
  /** within the sliding window: answered within target / (answered + abandoned after target); 1 when empty */
  serviceLevel: number;
  asaMs: number;
  /** abandoned (excluding short abandons) / (answered + abandoned) within the window */
  abandonRate: number;
  answered: number;
  abandoned: number;
  overflowed: number;
  offered: number;
  ahtMs: number;
  answeredTotal: number;
  abandonedTotal: number;
}
