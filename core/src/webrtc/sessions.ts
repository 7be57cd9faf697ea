// One persistent WebRTC session per agent browser (docs/webrtc.md): the
// browser connects once, calls are bridged into the session's media-engine
// leg. A browser that loses its media path re-offers with `resume`; the
// session keeps its engine leg (so the call's bridge and recording never
// change) and only the browser-facing gateway leg is replaced. A session whose
// browser does not come back within `graceMs` closes with reason "lost".
import type { MediaEngine } from "../media/index.ts";
import { createWebRtcLeg, type WebRtcLeg, type WebRtcLegOptions } from "./leg.ts";

export type WebRtcSessionState = "connecting" | "connected" | "disconnected" | "closed";

export interface WebRtcSessionEvent {
  agentId: string;
  sessionId: string;
  state: WebRtcSessionState;
  /** why: "" while connecting/connected; "media" (browser went quiet), "bye", "replaced", "lost" (grace over), "shutdown" */
  reason: string;
}

/** A refused offer. `code` is what control sends the browser (docs/webrtc.md). */
export class WebRtcSessionError extends Error {
  constructor(
    readonly code: "bad_sdp" | "unknown_session",
    message: string,
  ) {
    super(message);
    this.name = "WebRtcSessionError";
  }
}

export interface WebRtcSessionsOptions {
  /** The media engine the sessions' legs live on. */
  engine: Pick<MediaEngine, "createLeg" | "setRemote" | "destroyLeg">;
  /** How long a disconnected session waits for its browser to resume (issue 8). Default 30000 ms. */
  graceMs?: number;
  /** Every session state change, in order. Default: none. */
  onEvent?: (ev: WebRtcSessionEvent) => void;
  /** Options for each gateway leg (bindAddress, icePortRange, mediaTimeoutMs ...). Default: the leg's defaults. */
  leg?: Omit<WebRtcLegOptions, "rtpTarget" | "onState">;
}

interface Session {
  id: string;
  agentId: string;
  engineLegId: string;
  enginePort: number;
  leg: WebRtcLeg;
  state: WebRtcSessionState;
  grace: NodeJS.Timeout | null;
}

let seq = 0;

export class WebRtcSessions {
  private readonly byAgent = new Map<string, Session>();
  /** Offers and byes of one agent run one after another. */
  private readonly queue = new Map<string, Promise<unknown>>();
  private readonly graceMs: number;

  constructor(private readonly opts: WebRtcSessionsOptions) {
    if (!opts || typeof opts !== "object" || !opts.engine) throw new TypeError("WebRtcSessions: opts.engine is required");
    this.graceMs = opts.graceMs ?? 30000;
    if (!(Number.isFinite(this.graceMs) && this.graceMs >= 0)) throw new TypeError("WebRtcSessions: graceMs must be >= 0");
  }

  /**
   * The browser's offer: opens the agent's session (closing an older one: the
   * newest browser wins), or with `resumeSessionId` swaps in a new media path
   * under the same session. Resolves with the complete answer.
   */
  offer(agentId: string, offerSdp: string, resumeSessionId = ""): Promise<{ sessionId: string; sdp: string }> {
    if (typeof agentId !== "string" || agentId === "") throw new TypeError("offer: agentId required");
    if (typeof offerSdp !== "string") throw new TypeError("offer: offerSdp must be a string");
    return this.serial(agentId, () => this.doOffer(agentId, offerSdp, resumeSessionId));
  }

  /** The browser left (device switch, sign-out, page closed). Unknown or stale session ids are ignored. */
  bye(agentId: string, sessionId: string, reason = "bye"): Promise<void> {
    return this.serial(agentId, async () => {
      const s = this.byAgent.get(agentId);
      if (s && s.id === sessionId) await this.end(s, reason);
    });
  }

  /** The media-engine leg to bridge the agent's calls to, while the session exists (also during its grace time). */
  engineLeg(agentId: string): string | null {
    return this.byAgent.get(agentId)?.engineLegId ?? null;
  }

  state(agentId: string): WebRtcSessionState | null {
    return this.byAgent.get(agentId)?.state ?? null;
  }

  sessionId(agentId: string): string | null {
    return this.byAgent.get(agentId)?.id ?? null;
  }

  /** Ends every session (reason "shutdown"). */
  async close(): Promise<void> {
    await Promise.all([...this.byAgent.values()].map((s) => this.serial(s.agentId, () => this.end(s, "shutdown"))));
  }

  // ---------------------------------------------------------------- internals

  private serial<T>(agentId: string, f: () => Promise<T>): Promise<T> {
    const prev = this.queue.get(agentId) ?? Promise.resolve();
    const run = prev.then(f, f);
    const tail = run.catch(() => {});
    this.queue.set(agentId, tail);
    void tail.then(() => {
      if (this.queue.get(agentId) === tail) this.queue.delete(agentId);
    });
    return run;
  }

  private emit(s: Session, state: WebRtcSessionState, reason: string): void {
    if (s.state === state && state !== "closed") return;
    s.state = state;
    this.opts.onEvent?.({ agentId: s.agentId, sessionId: s.id, state, reason });
  }

  private async newLeg(s: { current: Session | null }, enginePort: number): Promise<WebRtcLeg> {
    const leg: WebRtcLeg = await createWebRtcLeg({
      ...this.opts.leg,
      rtpTarget: { port: enginePort, address: this.opts.leg?.bindAddress ?? "127.0.0.1" },
      onState: (st) => {
        const sess = s.current;
        // Only the session's current leg speaks for it (a replaced leg closing is not news).
        if (!sess || sess.leg !== leg || sess.state === "closed") return;
        if (st === "connected") {
          if (sess.grace) clearTimeout(sess.grace);
          sess.grace = null;
          this.emit(sess, "connected", "");
        } else if (st === "disconnected" || st === "failed" || st === "closed") this.lost(sess);
      },
    });
    return leg;
  }

  private lost(s: Session): void {
    if (s.state === "disconnected" || s.state === "closed") return;
    this.emit(s, "disconnected", "media");
    s.grace = setTimeout(() => {
      s.grace = null;
      void this.serial(s.agentId, async () => {
        if (this.byAgent.get(s.agentId) === s && s.state === "disconnected") await this.end(s, "lost");
      });
    }, this.graceMs);
  }

  private async doOffer(agentId: string, offerSdp: string, resume: string): Promise<{ sessionId: string; sdp: string }> {
    const existing = this.byAgent.get(agentId) ?? null;
    if (resume) {
      if (!existing || existing.id !== resume) throw new WebRtcSessionError("unknown_session", "no such session to resume; offer without resume");
      const holder = { current: existing };
      const leg = await this.newLeg(holder, existing.enginePort);
      let sdp: string;
      try {
        sdp = await leg.answerSdp(offerSdp);
      } catch (e) {
        leg.close();
        throw new WebRtcSessionError("bad_sdp", e instanceof Error ? e.message : String(e));
      }
      const old = existing.leg;
      existing.leg = leg;
      // The engine now sends to the new gateway leg (codec as the new offer negotiated); the old one goes.
      this.opts.engine.setRemote(existing.engineLegId, leg.rtpAddress, leg.rtpPort, { codec: leg.codec, pt: leg.payloadType });
      old.close();
      if (existing.state !== "connected") this.emit(existing, "connecting", "");
      return { sessionId: existing.id, sdp };
    }
    if (existing) await this.end(existing, "replaced");
    // symmetric: false: the engine must accept the new gateway leg's port after a resume.
    const el = await this.opts.engine.createLeg(`webrtc-${agentId}`, { symmetric: false });
    const holder: { current: Session | null } = { current: null };
    let leg: WebRtcLeg;
    try {
      leg = await this.newLeg(holder, el.port);
    } catch (e) {
      await this.opts.engine.destroyLeg(el.legId).catch(() => {});
      throw e;
    }
    const s: Session = { id: `wrs-${Date.now().toString(36)}-${(++seq).toString(36)}`, agentId, engineLegId: el.legId, enginePort: el.port, leg, state: "connecting", grace: null };
    let sdp: string;
    try {
      sdp = await leg.answerSdp(offerSdp);
    } catch (e) {
      leg.close();
      await this.opts.engine.destroyLeg(el.legId).catch(() => {});
      throw new WebRtcSessionError("bad_sdp", e instanceof Error ? e.message : String(e));
    }
    // PCMU end to end; an Opus-only browser (leg option opus) is transcoded by the engine leg.
    this.opts.engine.setRemote(el.legId, leg.rtpAddress, leg.rtpPort, leg.codec === "OPUS" ? { codec: "OPUS", pt: leg.payloadType } : {});
    holder.current = s;
    this.byAgent.set(agentId, s);
    this.opts.onEvent?.({ agentId, sessionId: s.id, state: "connecting", reason: "" });
    if (leg.state === "connected") this.emit(s, "connected", "");
    return { sessionId: s.id, sdp };
  }

  private async end(s: Session, reason: string): Promise<void> {
    if (s.state === "closed") return;
    if (s.grace) clearTimeout(s.grace);
    s.grace = null;
    if (this.byAgent.get(s.agentId) === s) this.byAgent.delete(s.agentId);
    this.emit(s, "closed", reason);
    s.leg.close();
    await this.opts.engine.destroyLeg(s.engineLegId).catch(() => {});
  }
}
