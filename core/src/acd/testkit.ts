/** Test helpers: a recording host with a virtual clock. Used by the tests and the simulator checks. */
import { AcdEngine } from "./engine.ts";
import type { AcdHooks, AgentState, CallOutcome, CancelReason, Offer, OverflowAction } from "./types.ts";

export class Recorder implements AcdHooks {
  t = 0;
  offers: Offer[] = [];
  live = new Map<number, Offer>();
  cancels: Array<{ o: Offer; why: CancelReason }> = [];
  overflows: Array<{ callId: string; action: OverflowAction }> = [];
  states: Array<{ agentId: string; state: AgentState; reason: string | null }> = [];
  finished = new Map<string, CallOutcome>();
  readonly engine: AcdEngine;
  constructor(seed = 1) {
    let s = seed >>> 0 || 1;
    const random = () => {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return (s >>> 0) / 4294967296;
    };
    this.engine = new AcdEngine(this, { now: () => this.t, random });
  }
  offer(o: Offer): void {
    this.offers.push(o);
    this.live.set(o.offerId, o);
  }
  cancelOffer(o: Offer, why: CancelReason): void {
    this.cancels.push({ o, why });
    this.live.delete(o.offerId);
  }
  overflow(callId: string, action: OverflowAction): void {
    this.overflows.push({ callId, action });
  }
  agentState(agentId: string, state: AgentState, reason: string | null): void {
    this.states.push({ agentId, state, reason });
  }
  callFinished(callId: string, outcome: CallOutcome): void {
    this.finished.set(callId, outcome);
  }
  /** the most recent live offer for a call */
  offerFor(callId: string): Offer | undefined {
    let last: Offer | undefined;
    for (const o of this.live.values()) if (o.callId === callId) last = o;
    return last;
  }
  accept(callId: string): Offer {
    const o = this.offerFor(callId);
    if (o === undefined) throw new Error(`no live offer for ${callId}`);
    this.live.delete(o.offerId);
    this.engine.offerAccepted(o.offerId);
    return o;
  }
  advance(ms: number): void {
    this.t += ms;
    this.engine.tick();
  }
}
