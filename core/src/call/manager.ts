// The B2BUA (RFC 3261 §6 "back-to-back user agent"): every call is a
// customer leg (we are its UAS) and, once the ACD picks an agent, an agent
// leg (we are its UAC). Signalling of both legs and the call state live in
// this thread; packets never do (the media engine owns them).
//
// Ownership: CallManager -> Call -> Leg. close() cascades; hangup() is
// idempotent.
import { randomUUID } from "node:crypto";
import type { switchboard } from "@switchboard/proto";
import { pb } from "@switchboard/proto";
import { AcdEngine, type Offer } from "../acd/index.ts";
import type { AgentView, ConfigStore, TenantView } from "../config/index.ts";
import type { MediaEngine } from "../media/index.ts";
import {
  type ClientTransaction,
  type Endpoint,
  formatNameAddr,
  formatSdp,
  negotiateAudio,
  parseNameAddr,
  parseSdp,
  parseUri,
  type Sdp,
  type ServerTransaction,
  SipMessage,
  type SipStack,
} from "../sip/index.ts";
import type { Registrar } from "./registrar.ts";

export interface EventSink {
  publish(ev: switchboard.v1.IEvent): void;
  publishDurable(ev: switchboard.v1.IEvent): void;
}

type Codec = "PCMU" | "PCMA";

interface Leg {
  role: "caller" | "agent";
  sipCallId: string;
  localTag: string;
  remoteTag: string;
  localUri: string; // name-addr without tag
  remoteUri: string; // name-addr without tag
  remoteTarget: string; // Contact URI
  routeSet: string[];
  localCseq: number;
  dest: Endpoint;
  mediaLegId: string | null;
  codec: Codec;
  confirmed: boolean; // 2xx sent/received
  sdpVersion: number;
  localSdp: Sdp | null;
}

interface Call {
  id: string;
  tenant: TenantView;
  queueId: string;
  caller: string;
  callee: string;
  startMs: number;
  enqueueMs: number;
  answerMs: number;
  agentId: string;
  a: Leg;
  aTx: ServerTransaction | null; // pending customer INVITE until answered
  b: Leg | null;
  bTx: ClientTransaction | null; // agent INVITE in progress
  offer: Offer | null;
  offerCancelled: boolean;
  recordingPath: string;
  ended: boolean;
  sipStatus: number;
}

export interface CallManagerOptions {
  /** Record calls (per tenant policy "always"). Default true. */
  recording?: boolean;
  /** How often ACD timers are checked, ms. Default 100. */
  acdTickMs?: number;
  /** Switch-wide limit on calls in progress (default 0 = none); beyond it 503 + Retry-After. */
  maxCalls?: number;
  /** Switch-wide limit on new calls per second (default 0 = none). */
  maxCps?: number;
  log?: (msg: string, err?: unknown) => void;
}

const STATUS_OF: Record<string, number> = {
  logged_out: pb.AgentStatus.AGENT_LOGGED_OUT,
  ready: pb.AgentStatus.AGENT_READY,
  not_ready: pb.AgentStatus.AGENT_NOT_READY,
  reserved: pb.AgentStatus.AGENT_RESERVED,
  ringing: pb.AgentStatus.AGENT_RINGING,
  on_call: pb.AgentStatus.AGENT_ON_CALL,
  wrap_up: pb.AgentStatus.AGENT_WRAP_UP,
};

function stripTag(headerValue: string): string {
  const na = parseNameAddr(headerValue);
  if (!na) return headerValue;
  na.params.delete("tag");
  return formatNameAddr(na);
}

function contactUri(msg: SipMessage): string | null {
  const c = msg.get("Contact");
  if (!c) return null;
  const na = parseNameAddr(c);
  return na ? (msg.get("Contact")!.includes("<") ? c.slice(c.indexOf("<") + 1, c.indexOf(">")) : c.split(";")[0]!.trim()) : null;
}

export class CallManager {
  readonly acd: AcdEngine;
  private readonly calls = new Map<string, Call>(); // our call id
  private readonly legs = new Map<string, { call: Call; leg: "a" | "b" }>(); // SIP Call-ID
  private readonly acdTimer: NodeJS.Timeout;
  private readonly log: (msg: string, err?: unknown) => void;
  private readonly record: boolean;
  private readonly maxCalls: number;
  private readonly maxCps: number;
  private globalCps = { second: 0, count: 0 };
  private cpsWindow = new Map<string, { second: number; count: number }>();
  counters = { callsStarted: 0, callsAnswered: 0, callsEnded: 0, rejected503: 0, noRoute: 0 };

  constructor(
    private readonly stack: SipStack,
    private readonly config: ConfigStore,
    private readonly registrar: Registrar,
    private readonly media: MediaEngine,
    private readonly events: EventSink,
    opts: CallManagerOptions = {},
  ) {
    this.log = opts.log ?? (() => {});
    this.record = opts.recording ?? true;
    this.maxCalls = opts.maxCalls ?? 0;
    this.maxCps = opts.maxCps ?? 0;
    this.acd = new AcdEngine({
      // Hooks run inside ACD methods: defer our work so the engine never
      // sees re-entrant calls.
      offer: (o) => setImmediate(() => this.ringAgent(o)),
      cancelOffer: (o) => setImmediate(() => this.cancelRinging(o)),
      agentState: (agentId, state, reason, sinceMs) => this.publishAgent(agentId, state, reason, sinceMs),
    });
    this.acdTimer = setInterval(() => this.acd.tick(), opts.acdTickMs ?? 100);
    this.acdTimer.unref();
    config.onChange(() => this.syncAcd());
    this.syncAcd();
  }

  // ------------------------------------------------------------ config

  private syncAcd(): void {
    const queues = new Set<string>();
    for (const q of this.config.queues()) {
      queues.add(q.id);
      this.acd.upsertQueue({
        id: q.id,
        tenantId: q.tenantId,
        strategy: q.strategy as never,
        ringTimeoutMs: q.ringTimeoutMs,
        wrapUpMs: q.wrapUpMs,
        maxWaitMs: q.maxWaitMs || undefined,
        maxLength: q.maxLength || undefined,
        slTargetMs: q.slTargetMs,
      });
    }
    for (const a of this.config.agents()) {
      this.acd.upsertAgent({
        id: a.id,
        tenantId: a.tenantId,
        jobNumber: a.jobNumber,
        skills: a.skills,
        queues: a.queueIds.filter((q) => queues.has(q)).map((queueId) => ({ queueId })),
        maxConcurrent: a.maxConcurrent,
      });
    }
  }

  // ------------------------------------------------------------ requests

  /** Every request the stack hands us (ACK excluded). */
  onRequest(tx: ServerTransaction): void {
    const req = tx.request;
    const toTag = req.to?.params.get("tag");
    if (toTag) {
      this.inDialog(tx);
      return;
    }
    switch (req.method) {
      case "REGISTER":
        this.registrar.handle(tx);
        return;
      case "INVITE":
        void this.newCall(tx).catch((err) => {
          this.log("newCall failed", err);
          if (!tx.finalSent) tx.respond(500, { reason: "Internal error" });
        });
        return;
      case "OPTIONS":
        // Keepalive / capability query (RFC 3261 §11).
        tx.respond(200, { headers: [["Allow", ALLOW], ["Accept", "application/sdp"]] });
        return;
      case "BYE":
        tx.respond(481, { reason: "Call/Transaction Does Not Exist" });
        return;
      default:
        tx.respond(405, { headers: [["Allow", ALLOW]] });
    }
  }

  /** ACK for a 2xx (RFC 3261 §13.3.1.4): completes the caller's dialog. */
  onAck(ack: SipMessage): void {
    const ref = this.legs.get(ack.callId);
    if (ref && ref.leg === "a") ref.call.a.confirmed = true;
  }

  private inDialog(tx: ServerTransaction): void {
    const req = tx.request;
    const ref = this.legs.get(req.callId);
    if (!ref) {
      // §12.2.2: no matching dialog.
      tx.respond(481, { reason: "Call/Transaction Does Not Exist" });
      return;
    }
    const { call } = ref;
    const leg = ref.leg === "a" ? call.a : call.b;
    if (!leg) {
      tx.respond(481);
      return;
    }
    switch (req.method) {
      case "BYE":
        tx.respond(200);
        void this.hangup(call, leg.role === "caller" ? "caller" : "agent", "normal_clearing");
        return;
      case "INVITE":
      case "UPDATE": {
        // Session refresh or hold (RFC 3264 §8.4); answer with our side of
        // the session; hold/resume semantics come with the media engine.
        const body = leg.localSdp ? this.nextSdp(leg) : undefined;
        tx.respond(200, body ? { body, contentType: "application/sdp", headers: [["Contact", this.contact()]] } : {});
        return;
      }
      case "OPTIONS":
      case "INFO":
        tx.respond(200);
        return;
      default:
        tx.respond(405, { headers: [["Allow", ALLOW]] });
    }
  }

  // ------------------------------------------------------------ inbound call

  /** Overload protection (RFC 3261 §21.5.4): shed load early and cheaply. */
  private allowGlobal(): boolean {
    if (this.maxCalls > 0 && this.calls.size >= this.maxCalls) return false;
    if (this.maxCps > 0) {
      const sec = Math.floor(Date.now() / 1000);
      if (this.globalCps.second !== sec) this.globalCps = { second: sec, count: 0 };
      if (++this.globalCps.count > this.maxCps) return false;
    }
    return true;
  }

  private allow(tenant: TenantView): boolean {
    if (tenant.maxConcurrentCalls > 0) {
      let n = 0;
      for (const c of this.calls.values()) if (c.tenant.id === tenant.id) n++;
      if (n >= tenant.maxConcurrentCalls) return false;
    }
    if (tenant.maxCps > 0) {
      const sec = Math.floor(Date.now() / 1000);
      const w = this.cpsWindow.get(tenant.id);
      if (!w || w.second !== sec) this.cpsWindow.set(tenant.id, { second: sec, count: 1 });
      else if (++w.count > tenant.maxCps) return false;
    }
    return true;
  }

  private async newCall(tx: ServerTransaction): Promise<void> {
    const req = tx.request;
    if (!this.allowGlobal()) {
      this.counters.rejected503++;
      tx.respond(503, { reason: "Overloaded", headers: [["Retry-After", "2"]] });
      return;
    }
    const ruri = parseUri(req.requestUri);
    const number = ruri?.user ?? "";
    const route = number ? this.config.did(number) : undefined;
    const tenant = route ? this.config.tenants.get(route.tenantId) : undefined;
    if (!route || !tenant) {
      this.counters.noRoute++;
      tx.respond(404, { reason: "No route for number" });
      return;
    }
    if (!this.allow(tenant)) {
      this.counters.rejected503++;
      tx.respond(503, { reason: "Tenant call limit", headers: [["Retry-After", "5"]] });
      return;
    }
    const offer = req.body.length ? parseSdp(req.body.toString("utf8")) : null;
    const neg = offer ? negotiateAudio(offer, ["PCMU", "PCMA"]) : null;
    if (!neg) {
      // RFC 3261 §21.4.26; we do not do late offer yet.
      tx.respond(488, { reason: "No common codec (PCMU/PCMA)" });
      return;
    }
    tx.respond(100);
    const from = req.from;
    const callId = randomUUID();
    const localTag = this.stack.newTag();
    const now = Date.now();
    const call: Call = {
      id: callId,
      tenant,
      queueId: route.queueId,
      caller: from?.uri.user ?? "anonymous",
      callee: number,
      startMs: now,
      enqueueMs: 0,
      answerMs: 0,
      agentId: "",
      a: {
        role: "caller",
        sipCallId: req.callId,
        localTag,
        remoteTag: from?.params.get("tag") ?? "",
        localUri: stripTag(req.get("To") ?? ""),
        remoteUri: stripTag(req.get("From") ?? ""),
        remoteTarget: contactUri(req) ?? req.requestUri,
        routeSet: req.getAll("Record-Route"),
        localCseq: 0,
        dest: tx.source,
        mediaLegId: null,
        codec: neg.codec,
        confirmed: false,
        sdpVersion: 1,
        localSdp: null,
      },
      aTx: tx,
      b: null,
      bTx: null,
      offer: null,
      offerCancelled: false,
      recordingPath: "",
      ended: false,
      sipStatus: 0,
    };
    this.calls.set(callId, call);
    this.legs.set(req.callId, { call, leg: "a" });
    this.counters.callsStarted++;
    tx.onCancel = () => void this.hangup(call, "caller", "caller_cancel", 487);
    this.publishCall(call, pb.CallPhase.CALL_NEW);

    const leg = await this.media.createLeg(callId, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt ?? 101 });
    call.a.mediaLegId = leg.legId;
    if (call.ended) {
      await this.media.destroyLeg(leg.legId).catch(() => {});
      return;
    }
    this.media.setRemote(leg.legId, neg.address, neg.port, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt });
    call.a.localSdp = this.buildSdp(leg.port, [neg.codec], neg.dtmfPt);
    // The queue answers: the caller hears music while waiting (Chinese
    // call centers answer in the IVR/queue, so charging starts here).
    tx.respond(200, {
      toTag: localTag,
      body: Buffer.from(formatSdp(call.a.localSdp)),
      contentType: "application/sdp",
      headers: [["Contact", this.contact()], ["Allow", ALLOW], ["Supported", "replaces, timer"]],
    });
    call.sipStatus = 200;
    call.aTx = null;
    this.media.play(leg.legId, { tone: "moh" });
    call.enqueueMs = Date.now();
    this.publishCall(call, pb.CallPhase.CALL_QUEUED);
    this.acd.enqueue({ id: callId, tenantId: tenant.id, queueId: route.queueId });
  }

  // ------------------------------------------------------------ agent leg

  private async ringAgent(o: Offer): Promise<void> {
    const call = this.calls.get(o.callId);
    const agent = this.config.agent(o.agentId);
    if (!call || call.ended || !agent) {
      if (call && !call.ended) this.acd.offerRejected(o.offerId, "failed");
      return;
    }
    const binding = this.registrar.lookup(call.tenant.id, agent.extension)[0];
    if (!binding) {
      this.acd.offerRejected(o.offerId, "failed");
      return;
    }
    call.offer = o;
    call.offerCancelled = false;
    let mediaLeg: { legId: string; port: number };
    try {
      mediaLeg = await this.media.createLeg(call.id, { codec: call.a.codec });
    } catch (err) {
      this.log("createLeg for agent failed", err);
      this.acd.offerRejected(o.offerId, "failed");
      return;
    }
    if (call.ended || call.offer !== o || call.offerCancelled) {
      await this.media.destroyLeg(mediaLeg.legId).catch(() => {});
      return;
    }
    const sipCallId = this.stack.newCallId();
    const localTag = this.stack.newTag();
    const realm = call.tenant.realm;
    const localUri = `"${call.caller}" <sip:${call.caller}@${realm}>`;
    const remoteUri = `<sip:${agent.extension}@${realm}>`;
    const sdp = this.buildSdp(mediaLeg.port, ["PCMU", "PCMA"], 101);
    const b: Leg = {
      role: "agent",
      sipCallId,
      localTag,
      remoteTag: "",
      localUri,
      remoteUri,
      remoteTarget: binding.contact,
      routeSet: [],
      localCseq: 1,
      dest: binding.source,
      mediaLegId: mediaLeg.legId,
      codec: call.a.codec,
      confirmed: false,
      sdpVersion: 1,
      localSdp: sdp,
    };
    call.b = b;
    call.agentId = agent.id;
    this.legs.set(sipCallId, { call, leg: "b" });
    const invite = SipMessage.request(
      "INVITE",
      binding.contact,
      [
        ["From", `${localUri};tag=${localTag}`],
        ["To", remoteUri],
        ["Call-ID", sipCallId],
        ["CSeq", "1 INVITE"],
        ["Contact", this.contact()],
        ["Max-Forwards", "70"],
        ["Allow", ALLOW],
        ["Supported", "replaces, timer"],
        ["X-Switchboard-Call-ID", call.id],
        ["X-Switchboard-Queue", call.queueId],
        ["Content-Type", "application/sdp"],
      ],
      Buffer.from(formatSdp(sdp)),
    );
    this.publishCall(call, pb.CallPhase.CALL_OFFERED);
    call.bTx = this.stack.sendRequest(invite, binding.source, {
      onFinal: (res) => void this.agentFinal(call, b, o, res),
      onTimeout: () => void this.agentFailed(call, b, o, "no_answer"),
      onTransportError: () => void this.agentFailed(call, b, o, "failed"),
    });
  }

  private async agentFinal(call: Call, b: Leg, o: Offer, res: SipMessage): Promise<void> {
    call.bTx = null;
    if (res.status >= 300) {
      await this.agentFailed(call, b, o, res.status === 408 || res.status === 480 || res.status === 487 ? "no_answer" : "rejected");
      return;
    }
    // 2xx: the dialog is established; ACK it (§13.2.2.4) even if we no
    // longer want it, then hang up if the call went away meanwhile.
    b.remoteTag = res.to?.params.get("tag") ?? "";
    b.remoteTarget = contactUri(res) ?? b.remoteTarget;
    b.routeSet = res.getAll("Record-Route").reverse();
    b.confirmed = true;
    this.sendAck(b);
    if (call.ended || call.offerCancelled || call.offer !== o) {
      await this.sendBye(b);
      this.legs.delete(b.sipCallId);
      if (b.mediaLegId) await this.media.destroyLeg(b.mediaLegId).catch(() => {});
      return;
    }
    const answer = res.body.length ? parseSdp(res.body.toString("utf8")) : null;
    const neg = answer ? negotiateAudio(answer, ["PCMU", "PCMA"]) : null;
    if (!neg || !b.mediaLegId || !call.a.mediaLegId) {
      await this.sendBye(b);
      await this.agentFailed(call, b, o, "failed");
      return;
    }
    b.codec = neg.codec;
    this.media.setRemote(b.mediaLegId, neg.address, neg.port, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt });
    this.media.stopPlay(call.a.mediaLegId);
    if (this.record && call.tenant.recording === "always") {
      const day = new Date().toISOString().slice(0, 10);
      call.recordingPath = `recordings/${call.tenant.id}/${day}/${call.id}.wav`;
    }
    this.media.bridge(call.a.mediaLegId, b.mediaLegId, call.recordingPath ? { recordingPath: call.recordingPath } : {});
    call.answerMs = Date.now();
    this.counters.callsAnswered++;
    this.acd.offerAccepted(o.offerId);
    this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
  }

  private async agentFailed(call: Call, b: Leg, o: Offer, why: "no_answer" | "rejected" | "failed"): Promise<void> {
    call.bTx = null;
    if (call.b === b) call.b = null;
    this.legs.delete(b.sipCallId);
    if (b.mediaLegId) await this.media.destroyLeg(b.mediaLegId).catch(() => {});
    if (call.offer === o) call.offer = null;
    call.agentId = "";
    // The ACD already handled offers it cancelled itself (ring timeout).
    if (!call.ended && !call.offerCancelled) this.acd.offerRejected(o.offerId, why);
    if (!call.ended) this.publishCall(call, pb.CallPhase.CALL_QUEUED);
  }

  private cancelRinging(o: Offer): void {
    const call = this.calls.get(o.callId);
    if (!call || call.offer?.offerId !== o.offerId) return;
    call.offerCancelled = true;
    call.bTx?.cancel();
  }

  // ------------------------------------------------------------ teardown

  async hangup(call: Call, side: "caller" | "agent" | "system", cause: string, status = 0): Promise<void> {
    if (call.ended) return;
    call.ended = true;
    const endMs = Date.now();
    if (call.aTx && !call.aTx.finalSent) {
      call.aTx.respond(status || 480, {});
      call.sipStatus = status || 480;
    }
    if (call.bTx) {
      call.offerCancelled = true;
      call.bTx.cancel();
    }
    const byes: Array<Promise<void>> = [];
    if (side !== "caller" && call.sipStatus === 200) byes.push(this.sendBye(call.a));
    if (side !== "agent" && call.b?.confirmed) byes.push(this.sendBye(call.b));
    await Promise.all(byes);
    let mos = 0;
    for (const leg of [call.a, call.b]) {
      if (!leg?.mediaLegId) continue;
      const stats = await this.media.destroyLeg(leg.mediaLegId).catch(() => null);
      if (stats?.mos) mos = mos ? Math.min(mos, stats.mos) : stats.mos;
    }
    this.acd.callEnded(call.id);
    this.legs.delete(call.a.sipCallId);
    if (call.b) this.legs.delete(call.b.sipCallId);
    this.calls.delete(call.id);
    this.counters.callsEnded++;
    const cdr: switchboard.v1.ICdr = {
      callId: call.id,
      tenantId: call.tenant.id,
      sipCallId: call.a.sipCallId,
      direction: "inbound",
      caller: call.caller,
      callee: call.callee,
      startMs: call.startMs,
      answerMs: call.answerMs,
      endMs,
      queueId: call.queueId,
      queueWaitMs: call.enqueueMs ? (call.answerMs || endMs) - call.enqueueMs : 0,
      agentId: call.answerMs ? call.agentId : "",
      hangupCause: call.answerMs ? cause : cause === "normal_clearing" ? "abandoned" : cause,
      hangupSide: side,
      recordingPath: call.answerMs ? call.recordingPath : "",
      sipStatus: call.sipStatus,
      mos,
    };
    this.events.publishDurable({ cdr });
    this.publishCall(call, pb.CallPhase.CALL_ENDED);
  }

  private sendAck(leg: Leg): void {
    const ack = SipMessage.request("ACK", leg.remoteTarget, [
      ["From", `${leg.localUri};tag=${leg.localTag}`],
      ["To", `${leg.remoteUri};tag=${leg.remoteTag}`],
      ["Call-ID", leg.sipCallId],
      ["CSeq", "1 ACK"],
      ["Max-Forwards", "70"],
      ...leg.routeSet.map((r): [string, string] => ["Route", r]),
    ]);
    this.stack.sendStateless(ack, leg.dest);
  }

  private sendBye(leg: Leg): Promise<void> {
    leg.localCseq++;
    const bye = SipMessage.request("BYE", leg.remoteTarget, [
      ["From", `${leg.localUri};tag=${leg.localTag}`],
      ["To", `${leg.remoteUri}${leg.remoteTag ? `;tag=${leg.remoteTag}` : ""}`],
      ["Call-ID", leg.sipCallId],
      ["CSeq", `${leg.localCseq} BYE`],
      ["Max-Forwards", "70"],
      ...leg.routeSet.map((r): [string, string] => ["Route", r]),
    ]);
    return new Promise((resolve) => {
      this.stack.sendRequest(bye, leg.dest, { onFinal: () => resolve(), onTimeout: () => resolve(), onTransportError: () => resolve() });
    });
  }

  // ------------------------------------------------------------ SDP

  private buildSdp(port: number, codecs: Codec[], dtmfPt: number | null): Sdp {
    const host = this.stack.host;
    const formats: number[] = codecs.map((c) => (c === "PCMU" ? 0 : 8));
    const rtpmap = new Map<number, { encoding: string; clockRate: number; channels: number }>();
    for (const c of codecs) rtpmap.set(c === "PCMU" ? 0 : 8, { encoding: c, clockRate: 8000, channels: 1 });
    const fmtp = new Map<number, string>();
    if (dtmfPt != null) {
      formats.push(dtmfPt);
      rtpmap.set(dtmfPt, { encoding: "telephone-event", clockRate: 8000, channels: 1 });
      fmtp.set(dtmfPt, "0-16");
    }
    return {
      origin: { username: "switchboard", sessionId: String(Date.now()), version: "1", address: host },
      sessionName: "switchboard",
      connection: host,
      media: [
        { type: "audio", port, proto: "RTP/AVP", formats, rtpmap, fmtp, direction: "sendrecv", connection: null, ptime: 20, attributes: [] },
      ],
      attributes: [],
    };
  }

  private nextSdp(leg: Leg): Buffer {
    const sdp = leg.localSdp!;
    leg.sdpVersion++;
    sdp.origin.version = String(leg.sdpVersion);
    return Buffer.from(formatSdp(sdp));
  }

  private contact(): string {
    return `<sip:switchboard@${this.stack.viaHostPort("udp")}>`;
  }

  // ------------------------------------------------------------ events / API

  private publishCall(call: Call, phase: number): void {
    this.events.publish({
      call: {
        tenantId: call.tenant.id,
        callId: call.id,
        phase,
        caller: call.caller,
        callee: call.callee,
        queueId: call.queueId,
        agentId: call.agentId,
        tsMs: Date.now(),
        startMs: call.startMs,
      },
    });
  }

  private publishAgent(agentId: string, state: string, reason: string | null, sinceMs: number): void {
    const agent = this.config.agent(agentId);
    if (!agent) return;
    const current = [...this.calls.values()].find((c) => c.agentId === agentId);
    this.events.publish({
      agent: {
        tenantId: agent.tenantId,
        agentId,
        status: STATUS_OF[state] ?? pb.AgentStatus.AGENT_LOGGED_OUT,
        reason: reason ?? "",
        sinceMs,
        registered: this.registrar.isRegistered(agent.tenantId, agent.extension),
        callId: current?.id ?? "",
      },
    });
  }

  /** Registration changed: tell control (the console shows the phone icon). */
  registrationChanged(agent: AgentView): void {
    const s = this.acd.agent(agent.id);
    this.publishAgent(agent.id, s?.state ?? "logged_out", s?.reason ?? null, s?.sinceMs ?? Date.now());
  }

  setAgentState(tenantId: string, agentId: string, status: number, reason: string): switchboard.v1.ICommandResult {
    const agent = this.config.agent(agentId);
    if (!agent || agent.tenantId !== tenantId) return { ok: false, code: "not_found", reason: "no such agent" };
    const state =
      status === pb.AgentStatus.AGENT_READY ? "ready" : status === pb.AgentStatus.AGENT_NOT_READY ? "not_ready" : status === pb.AgentStatus.AGENT_LOGGED_OUT ? "logged_out" : null;
    if (!state) return { ok: false, code: "invalid", reason: "status must be READY, NOT_READY or LOGGED_OUT" };
    this.acd.setAgentState(agentId, state, reason || undefined);
    return { ok: true };
  }

  hangupById(tenantId: string, callId: string): switchboard.v1.ICommandResult {
    const call = this.calls.get(callId);
    if (!call || call.tenant.id !== tenantId) return { ok: false, code: "not_found", reason: "no such call" };
    void this.hangup(call, "system", "admin_hangup");
    return { ok: true };
  }

  recordingControl(tenantId: string, callId: string, pause: boolean): switchboard.v1.ICommandResult {
    const call = this.calls.get(callId);
    if (!call || call.tenant.id !== tenantId || !call.a.mediaLegId) return { ok: false, code: "not_found", reason: "no such call" };
    if (!call.recordingPath) return { ok: false, code: "conflict", reason: "call is not being recorded" };
    if (pause) this.media.pauseRecording(call.a.mediaLegId);
    else this.media.resumeRecording(call.a.mediaLegId);
    return { ok: true };
  }

  snapshot(tenantId: string): switchboard.v1.ISnapshot {
    const agents: switchboard.v1.IAgentStateEvent[] = [];
    for (const a of this.config.agents()) {
      if (tenantId && a.tenantId !== tenantId) continue;
      const s = this.acd.agent(a.id);
      const current = [...this.calls.values()].find((c) => c.agentId === a.id);
      agents.push({
        tenantId: a.tenantId,
        agentId: a.id,
        status: STATUS_OF[s?.state ?? "logged_out"],
        reason: s?.reason ?? "",
        sinceMs: s?.sinceMs ?? 0,
        registered: this.registrar.isRegistered(a.tenantId, a.extension),
        callId: current?.id ?? "",
      });
    }
    const calls: switchboard.v1.ICallStateEvent[] = [];
    for (const c of this.calls.values()) {
      if (tenantId && c.tenant.id !== tenantId) continue;
      calls.push({
        tenantId: c.tenant.id,
        callId: c.id,
        phase: c.answerMs ? pb.CallPhase.CALL_ANSWERED : c.b ? pb.CallPhase.CALL_OFFERED : pb.CallPhase.CALL_QUEUED,
        caller: c.caller,
        callee: c.callee,
        queueId: c.queueId,
        agentId: c.agentId,
        tsMs: Date.now(),
        startMs: c.startMs,
      });
    }
    const queues: switchboard.v1.IQueueStatsEvent[] = [];
    for (const q of this.config.queues()) {
      if (tenantId && q.tenantId !== tenantId) continue;
      const st = this.acd.queueStats(q.id);
      queues.push({
        tenantId: q.tenantId,
        queueId: q.id,
        waiting: st.waiting,
        longestWaitS: Math.round(st.longestWaitMs / 1000),
        agentsReady: st.agentsReady,
        agentsBusy: st.agentsBusy,
      });
    }
    return { agents, calls, queues };
  }

  get activeCalls(): number {
    return this.calls.size;
  }

  /** Hang up every call (shutdown), writing their CDRs. */
  async close(): Promise<void> {
    clearInterval(this.acdTimer);
    await Promise.all([...this.calls.values()].map((c) => this.hangup(c, "system", "shutdown")));
  }
}

const ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE, REFER, NOTIFY, REGISTER";
