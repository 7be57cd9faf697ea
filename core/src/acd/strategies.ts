/**
 * Agent-selection strategies as sort keys. The ready heap of a queue orders its available members by
 * (penalty, k2, k3, join order), smallest first; each strategy only decides k2 and k3, computed when the
 * agent enters the heap (its counters do not change while it waits there).
 */
import type { Strategy } from "./types.ts";

export interface KeyAgent {
  idleSince: number;
  skillCount: number;
  maxSkill: number;
  callsToday: number;
  talkMsToday: number;
  /** proficiency by skill id, -1 = absent */
  vec: Float64Array;
}

export interface KeyQueue {
  strategy: Strategy;
  reqIds: Int32Array;
  /** race clock of the random strategies */
  randClock: number;
}

export interface KeyMember {
  k2: number;
  k3: number;
  /** order of the last offer from this queue (round robin memory) */
  rr: number;
  weight: number;
}

export function strategyKeys(m: KeyMember, a: KeyAgent, q: KeyQueue, random: () => number): void {
  m.k3 = a.idleSince; // tie-break: longest idle
  switch (q.strategy) {
    case "longest_idle": // 先闲先受理
    case "ring_all":
      m.k2 = a.idleSince;
      m.k3 = 0;
      break;
    case "most_skills": // 技能多者优先
      m.k2 = -a.skillCount;
      break;
    case "fewest_calls": // 平均分配
      m.k2 = a.callsToday;
      break;
    case "least_talk_time":
      m.k2 = a.talkMsToday;
      break;
    case "highest_proficiency": {
      if (q.reqIds.length === 0) m.k2 = -a.maxSkill;
      else {
        let s = 0;
        for (let i = 0; i < q.reqIds.length; i++) s += Math.max(0, a.vec[q.reqIds[i]!] ?? 0);
        m.k2 = -s;
      }
      break;
    }
    case "round_robin": // least recently offered by this queue first
      m.k2 = m.rr;
      m.k3 = 0;
      break;
    case "linear": // penalty, then join order
      m.k2 = 0;
      m.k3 = 0;
      break;
    case "random":
    case "weighted_random": {
      // exponential race: the minimum of Exp(w_i) is agent i with probability w_i / sum(w). Keys are drawn
      // from the queue's race clock (the key of the last winner), so by memorylessness agents that joined
      // later are not favoured and each decision is a fresh weighted draw among the agents then available.
      const w = q.strategy === "random" ? 1 : m.weight;
      m.k2 = w > 0 ? q.randClock - Math.log(1 - random()) / w : Number.MAX_VALUE;
      m.k3 = 0;
      break;
    }
  }
}
