/**
 * The anchor: the same routing rules as the engine's longest-idle strategy (skills with minimum proficiency,
 * penalty, priority, weighted wait, FIFO), implemented the way the open-source ACDs do it: on every event,
 * scan the queue's members or the waiting calls linearly (Asterisk app_queue walks its member list; FreeSWITCH
 * mod_callcenter selects from SQL). Only the rules exercised by the benchmark are implemented.
 */

interface NAgent {
  id: string;
  skills: Map<string, number>;
  queues: NQueue[];
  ready: boolean;
  call: NCall | null;
  offered: NCall | null;
  idleSince: number;
}
interface NMember {
  agent: NAgent;
  penalty: number;
  ord: number;
}
interface NQueue {
  id: string;
  req: Array<[string, number]>;
  priority: number;
  weight: number;
  members: NMember[];
  waiting: NCall[];
}
interface NCall {
  id: string;
  queue: NQueue;
  prio: number;
  req: Array<[string, number]>;
  seq: number;
  arrived: number;
  state: "waiting" | "offering" | "connected";
  agent: NAgent | null;
}

export class NaiveAcd {
  private agents = new Map<string, NAgent>();
  private queues = new Map<string, NQueue>();
  private calls = new Map<string, NCall>();
  private seq = 0;
  constructor(
    private readonly now: () => number,
    private readonly onOffer: (callId: string, agentId: string) => void,
  ) {}

  upsertQueue(id: string, req: Record<string, number>, priority = 0, weight = 1): void {
    this.queues.set(id, { id, req: Object.entries(req), priority, weight, members: [], waiting: [] });
  }

  upsertAgent(id: string, skills: Record<string, number>, queues: Array<{ queueId: string; penalty?: number }>): void {
    let a = this.agents.get(id);
    if (a === undefined) {
      a = { id, skills: new Map(), queues: [], ready: false, call: null, offered: null, idleSince: this.now() };
      this.agents.set(id, a);
      for (const qc of queues) {
        const q = this.queues.get(qc.queueId)!;
        q.members.push({ agent: a, penalty: qc.penalty ?? 0, ord: q.members.length });
        a.queues.push(q);
      }
    }
    a.skills = new Map(Object.entries(skills));
    if (this.available(a)) this.agentPick(a);
  }

  setReady(id: string, ready: boolean): void {
    const a = this.agents.get(id)!;
    if (ready && !a.ready) a.idleSince = this.now();
    a.ready = ready;
    if (this.available(a)) this.agentPick(a);
  }

  enqueue(id: string, queueId: string, prio: number, req: Record<string, number> | undefined): void {
    const q = this.queues.get(queueId)!;
    const merged = new Map(q.req);
    if (req) for (const [k, v] of Object.entries(req)) merged.set(k, Math.max(merged.get(k) ?? 0, v));
    const c: NCall = { id, queue: q, prio: q.priority + prio, req: [...merged], seq: ++this.seq, arrived: this.now(), state: "waiting", agent: null };
    this.calls.set(id, c);
    // linear scan of the members for the best available qualified agent
    let best: NMember | null = null;
    for (const m of q.members) {
      if (!this.available(m.agent) || !this.qualified(m.agent, c)) continue;
      if (
        best === null ||
        m.penalty < best.penalty ||
        (m.penalty === best.penalty && (m.agent.idleSince < best.agent.idleSince || (m.agent.idleSince === best.agent.idleSince && m.ord < best.ord)))
      )
        best = m;
    }
    if (best !== null) this.offer(c, best.agent);
    else q.waiting.push(c);
  }

  accept(callId: string): void {
    const c = this.calls.get(callId)!;
    const a = c.agent!;
    a.offered = null;
    a.call = c;
    c.state = "connected";
  }

  end(callId: string): void {
    const c = this.calls.get(callId);
    if (c === undefined) return;
    this.calls.delete(callId);
    if (c.state === "waiting") {
      const i = c.queue.waiting.indexOf(c);
      c.queue.waiting.splice(i, 1);
      return;
    }
    const a = c.agent!;
    if (c.state === "offering") a.offered = null;
    else {
      a.call = null;
      a.idleSince = this.now();
    }
    if (this.available(a)) this.agentPick(a);
  }

  private available(a: NAgent): boolean {
    return a.ready && a.call === null && a.offered === null;
  }

  private qualified(a: NAgent, c: NCall): boolean {
    for (const [k, v] of c.req) if ((a.skills.get(k) ?? 0) < v) return false;
    return true;
  }

  private offer(c: NCall, a: NAgent): void {
    c.state = "offering";
    c.agent = a;
    a.offered = c;
    this.onOffer(c.id, a.id);
  }

  /** linear scan of every waiting call of every queue of the agent */
  private agentPick(a: NAgent): void {
    const now = this.now();
    let best: NCall | null = null;
    let bestW = 0;
    for (const q of a.queues) {
      for (const c of q.waiting) {
        if (!this.qualified(a, c)) continue;
        const w = (now - c.arrived) * q.weight;
        if (best === null || c.prio > best.prio || (c.prio === best.prio && (w > bestW || (w === bestW && c.seq < best.seq)))) {
          best = c;
          bestW = w;
        }
      }
    }
    if (best === null) return;
    const wl = best.queue.waiting;
    wl.splice(wl.indexOf(best), 1);
    this.offer(best, a);
  }
}
