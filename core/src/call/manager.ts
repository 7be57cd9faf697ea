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
import type { AgentView, ConfigStore, TenantView, TrunkView } from "../config/index.ts";
import { legQuality, type MediaEngine } from "../media/index.ts";
import {
  authorizationHeader,
  type ClientTransaction,
  type Endpoint,
  formatNameAddr,
  formatSdp,
  hasReplaces,
  negotiateAudio,
  parseReplaces,
  replacesFromUriHeaders,
  type ReplacesTarget,
  parseNameAddr,
  parseSdp,
  parseUri,
  type Sdp,
  type ServerTransaction,
  SipMessage,
  type SipStack,
} from "../sip/index.ts";
import {
  ewtPrompts,
  fetchHttp,
  type Flow,
  type HttpRequest,
  type HttpResponse,
  type PromptLibrary,
  queuePositionPrompts,
  runFlow,
  type Vars,
} from "../ivr/index.ts";
import { failureCause } from "./causes.ts";
import { CallIvrHost } from "./ivr-host.ts";
import { join } from "node:path";
import type { RecordingPostProcessor } from "../recording/index.ts";
import { infoDtmfDigit } from "./info-dtmf.ts";
import type { WebRtcSessionEvent, WebRtcSessions } from "../webrtc/index.ts";
import { CallJournal } from "./journal.ts";
import { resolveTarget, type TargetLookup, type TransferTargetInput } from "./transfer.ts";
import type { Registrar } from "./registrar.ts";

export interface EventSink {
  publish(ev: switchboard.v1.IEvent): void;
  /** Spooled (and delivered) durably; `onDurable` runs once it is on disk. */
  publishDurable(ev: switchboard.v1.IEvent, onDurable?: () => void): void;
}

type Codec = "PCMU" | "PCMA";

interface Leg {
  /** consult: the target of a consultation (咨询), until it is completed (then "agent"). */
  role: "caller" | "agent" | "supervisor" | "consult";
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
  /** The far end put us on hold (a=sendonly/inactive, RFC 3264 §8.4). */
  held: boolean;
  /** RFC 4028 session interval in s (0 = no session timer) and its deadline. */
  sessionExpires: number;
  sessionExpiresAt: number;
  /** The agent's browser (WebRTC session): no SIP dialog, the media leg belongs to the session. */
  webrtc: boolean;
  /** Last time the far end showed it still holds the dialog (an in-dialog request, ACK, or a probe's answer). */
  heardMs: number;
  /** An in-dialog OPTIONS probe is out (see `dialogProbeMs`). */
  probing: boolean;
  /** The far end answered a probe 481/408 or never answered it: no BYE is owed to a dialog that is gone. */
  lost: boolean;
  /** Caller's leg: when our 2xx to its INVITE went out (performance.now()), until its ACK came. */
  okSentMs?: number;
  /** Caller's leg: 2xx -> ACK round trip, ms (0/undefined = not measured); the CDR's RTT when RTCP gave none. */
  sipRttMs?: number;
}

interface Call {
  id: string;
  direction: "inbound" | "outbound" | "internal";
  /** Outbound: the destination INVITE in progress, the trunk used, the agent's state to restore. */
  aClientTx: ClientTransaction | null;
  trunkId: string;
  restoreState: "ready" | "not_ready" | null;
  /** The id the ACD knows this call by (changes when a transfer re-queues it). */
  acdId: string;
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
  /** The IVR running for this call, if any. */
  ivr: CallIvrHost | null;
  ivrFlow: string;
  ivrServed: boolean;
  /** Data that travels with the call: IVR variables (screen pop, CDR). */
  vars: Record<string, string>;
  /** Next queue announcement (position / estimated wait), if scheduled. */
  announceTimer: NodeJS.Timeout | null;
  /** The agent's browser session ended mid-call: hang up unless it comes back in time. */
  awayTimer: NodeJS.Timeout | null;
  /** A supervisor on the call (listen / whisper / barge), if any. */
  monitor: { leg: Leg; mode: MonitorMode; supervisorAgentId: string; joined: boolean } | null;
  /** The agent's consultation (咨询转接 / 三方通话) in progress, if any. */
  consult: Consult | null;
  /** A blind transfer to a number being dialled. */
  pendingDial: Dial | null;
  /** The customer left a three-way call: the two others go on talking on this call. */
  customerGone: boolean;
}

/** An outgoing INVITE of ours that may still be cancelled. */
interface Dial {
  tx: ClientTransaction | null;
  cancelled: boolean;
}

/**
 * A consultation: the customer waits with music while the agent talks to
 * the target on a leg of its own. The target's console sees it as a call of
 * its own id (offered, then answered), so a browser agent answers it like
 * any call.
 */
interface Consult {
  id: string;
  leg: Leg;
  /** The target agent ("" for an external number). */
  agentId: string;
  number: string;
  /** The target agent's state before the consultation (given back when it ends). */
  restoreState: "ready" | "not_ready" | null;
  /** The ACD holds the target on_call under the consultation's id (from answer; see targetOnCall). */
  onCall: boolean;
  dial: Dial | null;
  answered: boolean;
  conference: boolean;
  startMs: number;
  ringTimer: NodeJS.Timeout | null;
}

type MonitorMode = "listen" | "whisper" | "barge";

export interface CallManagerOptions {
  /** Record calls (per tenant policy "always"). Default true. */
  recording?: boolean;
  /** How often ACD timers are checked, ms. Default 100. */
  acdTickMs?: number;
  /** Resolves IVR prompts to files (default: none; DIDs with a flow then go to their queue). */
  prompts?: PromptLibrary;
  /** DATA_DIR, for tenant prompt recordings and voicemail (default "."). */
  dataDir?: string;
  /** Agents' browser sessions (WebRTC device); default none (SIP phones only). */
  webrtc?: WebRtcSessions;
  /** How long a call waits for its agent's browser to come back (default 30000 ms). */
  webrtcGraceMs?: number;
  /** Makes mixdown, compressed copy and peaks of each finished recording (default: none). */
  postProcessor?: RecordingPostProcessor;
  /** Folder of the in-flight call journal (default: none). */
  journalDir?: string;
  /** Switch-wide limit on calls in progress (default 0 = none); beyond it 503 + Retry-After. */
  maxCalls?: number;
  /** Switch-wide limit on new calls per second (default 0 = none). */
  maxCps?: number;
  /** HTTP for IVR http_lookup steps, with the operator's address policy (default: fetchHttp, no policy). */
  ivrHttpFetch?: (req: HttpRequest) => Promise<HttpResponse>;
  /** How long a consultation target rings before the agent gets the customer back (default 30000 ms). */
  consultRingMs?: number;
  /**
   * Dialog liveness probe: a confirmed leg the far end has sent nothing on for this long gets an in-dialog
   * OPTIONS (RFC 3261 §11.2); 481 (§12.2.2), 408 or no answer (timer F) means its side of the call is gone
   * (e.g. its BYE was lost under overload) and the call ends with cause `dialog_lost`. Default 300000 ms;
   * 0 = off. Kamailio's dialog keep-alive does the same.
   */
  dialogProbeMs?: number;
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

/** A leg with every field set (stable shape); `init` names what differs. */
function newLeg(
  init: Pick<Leg, "role" | "sipCallId" | "localTag" | "localUri" | "remoteUri" | "remoteTarget" | "dest"> & Partial<Leg>,
): Leg {
  return {
    remoteTag: "",
    routeSet: [],
    localCseq: 1,
    mediaLegId: null,
    codec: "PCMU",
    confirmed: false,
    sdpVersion: 1,
    localSdp: null,
    held: false,
    sessionExpires: 0,
    sessionExpiresAt: 0,
    webrtc: false,
    heardMs: Date.now(),
    probing: false,
    lost: false,
    ...init,
  };
}

/** A call with every field set (stable shape); `init` names what differs. */
function newCall(
  init: Pick<Call, "id" | "direction" | "tenant" | "caller" | "callee" | "startMs" | "a"> & Partial<Call>,
): Call {
  return {
    aClientTx: null,
    trunkId: "",
    restoreState: null,
    acdId: init.id,
    queueId: "",
    enqueueMs: 0,
    answerMs: 0,
    agentId: "",
    aTx: null,
    b: null,
    bTx: null,
    offer: null,
    offerCancelled: false,
    recordingPath: "",
    ended: false,
    sipStatus: 0,
    ivr: null,
    ivrFlow: "",
    ivrServed: false,
    vars: {},
    monitor: null,
    consult: null,
    pendingDial: null,
    customerGone: false,
    announceTimer: null,
    awayTimer: null,
    ...init,
  };
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
  private readonly legs = new Map<string, { call: Call; leg: "a" | "b" | "m" | "c" }>(); // SIP Call-ID
  /** Consultations by their own id (the id the target's console answers and hangs up by). */
  private readonly consults = new Map<string, Call>();
  private readonly consultRingMs: number;
  private readonly targets: TargetLookup;
  private readonly byAcd = new Map<string, Call>(); // ACD call id
  /** Calls in progress per tenant (the tenant limit is checked on every INVITE: no scan). */
  private readonly tenantCalls = new Map<string, number>();
  /** Calls in progress per trunk id, and each trunk's calls-per-second window. */
  private readonly trunkCalls = new Map<string, number>();
  private readonly trunkCps = new Map<string, { second: number; count: number }>();
  /** Agent legs a transfer detached: their BYE is answered, nothing else. */
  private readonly detached = new Map<string, Leg>();
  private readonly acdTimer: NodeJS.Timeout;
  private readonly log: (msg: string, err?: unknown) => void;
  private readonly record: boolean;
  private readonly maxCalls: number;
  private readonly journal: CallJournal | null;
  private readonly prompts: PromptLibrary | null;
  private readonly post: RecordingPostProcessor | null;
  private readonly webrtc: WebRtcSessions | null;
  private readonly webrtcGraceMs: number;
  private readonly ivrHttp: (req: HttpRequest) => Promise<HttpResponse>;
  private readonly dataDir: string;
  private readonly ivrByLeg = new Map<string, CallIvrHost>();
  private readonly maxCps: number;
  private readonly dialogProbeMs: number;
  private globalCps = { second: 0, count: 0 };
  private cpsWindow = new Map<string, { second: number; count: number }>();
  counters = {
    callsStarted: 0, callsAnswered: 0, callsEnded: 0, rejected503: 0, noRoute: 0, blocked: 0, trunkRefused: 0,
    /** calls ended because the caller never ACKed our 2xx (§13.3.1.4) */
    ackTimeoutHangups: 0,
    /** late 2xx to an INVITE we had given up on, ACKed and ended with BYE (§13.2.2.4, §15) */
    lateDialogsRefused: 0,
    /** calls ended because a dialog probe found one side gone (481, 408, timer F) */
    dialogsLost: 0,
  };

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
    this.journal = opts.journalDir ? new CallJournal(opts.journalDir) : null;
    if (this.journal) {
      // Calls a crashed predecessor had up still get their CDR.
      for (const cdr of this.journal.recover()) events.publishDurable({ cdr });
    }
    this.prompts = opts.prompts ?? null;
    this.post = opts.postProcessor ?? null;
    this.webrtc = opts.webrtc ?? null;
    this.webrtcGraceMs = opts.webrtcGraceMs ?? 30_000;
    this.ivrHttp = opts.ivrHttpFetch ?? fetchHttp;
    this.dataDir = opts.dataDir ?? ".";
    // Digits and end of playback reach the IVR of the caller's leg.
    media.on("dtmf", (legId: string, digit: string) => this.ivrByLeg.get(legId)?.onDigit(digit));
    media.on("playEnded", (legId: string) => this.ivrByLeg.get(legId)?.onPlayEnded());
    // A media worker died: its legs are gone. Calls that had a leg there are
    // torn down cleanly now (BYE both ways, CDR with cause media_failure)
    // instead of lingering silent; the engine restarts the worker itself.
    media.on("workerError", () => setImmediate(() => this.dropCallsWithLostMedia()));
    this.maxCalls = opts.maxCalls ?? 0;
    this.consultRingMs = opts.consultRingMs ?? 30_000;
    this.targets = {
      agent: (id) => config.agent(id),
      agentByExtension: (t, ext) => config.agentByExtension(t, ext),
      agents: () => config.agents(),
      queue: (id) => config.queue(id),
      trunks: (t) => config.trunks(t),
      agentState: (id) => this.acd.agent(id)?.state ?? "logged_out",
      reachable: (a) => this.reachable(a),
    };
    this.maxCps = opts.maxCps ?? 0;
    this.dialogProbeMs = opts.dialogProbeMs ?? 300_000;
    this.acd = new AcdEngine({
      // Hooks run inside ACD methods: defer our work so the engine never
      // sees re-entrant calls.
      offer: (o) => setImmediate(() => this.ringAgent(o)),
      cancelOffer: (o) => setImmediate(() => this.cancelRinging(o)),
      agentState: (agentId, state, reason, sinceMs) => this.publishAgent(agentId, state, reason, sinceMs),
    });
    let ticks = 0;
    this.acdTimer = setInterval(() => {
      this.acd.tick();
      if (++ticks % 10 === 0) {
        this.expireSessions();
        if (this.dialogProbeMs > 0) this.probeDialogs();
        if (this.refused.size > 0) this.sweepRefused(Date.now());
      }
    }, opts.acdTickMs ?? 100);
    this.acdTimer.unref();
    config.onChange(() => this.syncAcd());
    this.syncAcd();
  }

  // ------------------------------------------------------------ config

  private syncAcd(): void {
    const queues = new Set<string>();
    for (const q of this.config.queues()) {
      queues.add(q.id);
      const cfg = {
        id: q.id,
        tenantId: q.tenantId,
        strategy: q.strategy as never,
        ringTimeoutMs: q.ringTimeoutMs,
        wrapUpMs: q.wrapUpMs,
        maxWaitMs: q.maxWaitMs || undefined,
        maxLength: q.maxLength || undefined,
        slTargetMs: q.slTargetMs,
        requiredSkills: q.requiredSkills.length ? Object.fromEntries(q.requiredSkills.map((k) => [k, 1])) : undefined,
      };
      try {
        this.acd.upsertQueue(cfg);
      } catch (err) {
        // A strategy this engine does not know must not stop configuration.
        this.log(`queue ${q.id}: ${(err as Error).message}; using longest_idle`);
        this.acd.upsertQueue({ ...cfg, strategy: "longest_idle" as never });
      }
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

  private track(call: Call): void {
    this.calls.set(call.id, call);
    this.tenantCalls.set(call.tenant.id, (this.tenantCalls.get(call.tenant.id) ?? 0) + 1);
    if (call.trunkId) this.trunkCalls.set(call.trunkId, (this.trunkCalls.get(call.trunkId) ?? 0) + 1);
  }

  private untrack(call: Call): void {
    if (!this.calls.delete(call.id)) return;
    const n = (this.tenantCalls.get(call.tenant.id) ?? 1) - 1;
    if (n > 0) this.tenantCalls.set(call.tenant.id, n);
    else this.tenantCalls.delete(call.tenant.id);
    if (call.trunkId) {
      const k = (this.trunkCalls.get(call.trunkId) ?? 1) - 1;
      if (k > 0) this.trunkCalls.set(call.trunkId, k);
      else this.trunkCalls.delete(call.trunkId);
    }
  }

  /**
   * Whether a trunk takes one more call, either way: its channels
   * (max_channels) and its calls per second (max_cps). Counts the call
   * against the second's budget when it does.
   */
  private trunkAdmits(trunk: TrunkView): "ok" | "channels" | "cps" {
    if (trunk.maxChannels > 0 && (this.trunkCalls.get(trunk.id) ?? 0) >= trunk.maxChannels) return "channels";
    if (trunk.maxCps > 0) {
      const sec = Math.floor(Date.now() / 1000);
      const w = this.trunkCps.get(trunk.id);
      if (!w || w.second !== sec) this.trunkCps.set(trunk.id, { second: sec, count: 1 });
      else if (++w.count > trunk.maxCps) return "cps";
    }
    return "ok";
  }

  /**
   * The call an agent is on (or being offered), from the ACD's own index:
   * agent events are frequent, a scan of every call per event is not
   * affordable at thousands of calls. Calls the ACD does not route
   * (click-to-dial, internal) are not reported here.
   */
  private callIdOfAgent(agentId: string): string {
    for (const id of this.acd.agent(agentId)?.currentCalls ?? []) {
      const c = this.byAcd.get(id);
      if (c) return c.id;
      // A consultation target: the id their console knows the consultation by.
      if (this.consults.has(id)) return id;
    }
    return "";
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
        if (req.has("Replaces")) {
          void this.inviteReplaces(tx).catch((err) => {
            this.log("INVITE with Replaces failed", err);
            if (!tx.finalSent) tx.respond(500, { reason: "Internal error" });
          });
          return;
        }
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

  /**
   * A 2xx retransmitted after its transaction ended (RFC 3261 §13.2.2.4):
   * our ACK was lost, so send it again for the agent leg it belongs to.
   */
  onResponseOutsideTransaction(res: SipMessage, source?: Endpoint): void {
    if (res.status < 200 || res.status >= 300 || res.cseq.method !== "INVITE") return;
    const ref = this.legs.get(res.callId);
    const leg = ref?.leg === "b" ? ref.call.b : ref?.leg === "c" ? (ref.call.consult?.leg ?? null) : (this.detached.get(res.callId) ?? null);
    if (leg?.confirmed) this.sendAck(leg, res.cseq.seq);
    else if (!ref && !leg && source) this.refuseLateDialog(res, source);
  }

  /** Call-IDs of late 2xx already refused (ACK + BYE sent), kept 64*T1 so retransmissions are re-ACKed, not re-BYEd. */
  private readonly refused = new Map<string, number>();

  /**
   * A 2xx to one of our INVITEs for which no leg exists any more: the callee answered after we gave up on it
   * (timer B, or 64*T1 after our CANCEL, §9.1) or after the call was torn down. RFC 3261 §13.2.2.4 / RFC 6026
   * §8.9: the UAC core still ACKs every 2xx, and §15 says a dialog it does not want is ended with BYE, so the
   * far end (an agent's phone) is not left in a call nobody is on.
   */
  private refuseLateDialog(res: SipMessage, source: Endpoint): void {
    const from = res.get("From");
    const to = res.get("To");
    const remoteTag = res.to?.params.get("tag");
    if (!from || !to || !remoteTag) return;
    const now = Date.now();
    this.sweepRefused(now);
    const target = contactUri(res) ?? `sip:${source.address}:${source.port}`;
    const routes = res.getAll("Record-Route").reverse().map((r): [string, string] => ["Route", r]);
    const base: Array<[string, string]> = [["From", from], ["To", to], ["Call-ID", res.callId]];
    this.stack.sendStateless(SipMessage.request("ACK", target, [...base, ["CSeq", `${res.cseq.seq} ACK`], ["Max-Forwards", "70"], ...routes]), source);
    if (this.refused.has(res.callId)) return;
    this.refused.set(res.callId, now + 64 * this.stack.t1 + 1000);
    this.counters.lateDialogsRefused++;
    const bye = SipMessage.request("BYE", target, [...base, ["CSeq", `${res.cseq.seq + 1} BYE`], ["Max-Forwards", "70"], ...routes]);
    this.stack.sendRequest(bye, source, { onFinal: () => {} });
  }

  /** Forgets refused late dialogs past their 64*T1 (insertion order = expiry order). */
  private sweepRefused(now: number): void {
    for (const [k, t] of this.refused) {
      if (t > now) break;
      this.refused.delete(k);
    }
  }

  /** ACK for a 2xx (RFC 3261 §13.3.1.4): completes the caller's dialog. */
  onAck(ack: SipMessage): void {
    const ref = this.legs.get(ack.callId);
    if (ref && ref.leg === "a") {
      const a = ref.call.a;
      a.confirmed = true;
      a.heardMs = Date.now();
      // The signalling round trip (our 2xx out, its ACK in): the CDR's RTT
      // for a caller that sends no RTCP. Beyond T1 (500 ms, RFC 3261 §17.1.1.1)
      // the 2xx may have been retransmitted, so the value would be ambiguous.
      if (a.okSentMs) {
        const rtt = performance.now() - a.okSentMs;
        if (rtt < 500) a.sipRttMs = rtt;
        a.okSentMs = 0;
      }
    }
  }

  /**
   * Our 2xx to a caller's INVITE was retransmitted for 64*T1 without an ACK (RFC 3261 §13.3.1.4): "the dialog is
   * confirmed, but the session SHOULD be terminated. This is accomplished with a BYE". Under overload this is
   * the caller that gave up waiting for our 200 (or whose ACK was lost): without this the call stayed queued
   * (or bridged to an agent) forever, counted against MAX_CALLS and playing music to nobody.
   */
  onAckTimeout(res: SipMessage): void {
    const ref = this.legs.get(res.callId);
    if (ref?.leg !== "a" || ref.call.a.confirmed || ref.call.ended) return;
    this.counters.ackTimeoutHangups++;
    void this.hangup(ref.call, "system", "no_ack");
  }

  private inDialog(tx: ServerTransaction): void {
    const req = tx.request;
    const ref = this.legs.get(req.callId);
    if (!ref) {
      const gone = this.detached.get(req.callId);
      if (gone && req.method === "BYE") {
        // The transferor hangs up after a blind transfer (RFC 5589 §6.1).
        this.detached.delete(req.callId);
        tx.respond(200);
        return;
      }
      // §12.2.2: no matching dialog.
      tx.respond(481, { reason: "Call/Transaction Does Not Exist" });
      return;
    }
    const { call } = ref;
    const leg = ref.leg === "a" ? call.a : ref.leg === "b" ? call.b : ref.leg === "c" ? (call.consult?.leg ?? null) : (call.monitor?.leg ?? null);
    if (!leg) {
      tx.respond(481);
      return;
    }
    leg.heardMs = Date.now();
    if (leg.role === "consult") {
      // The consultation target's phone: hanging up ends the consultation
      // (the agent gets the customer back), not the customer's call.
      if (req.method === "BYE") {
        tx.respond(200);
        this.endConsult(call, false);
      } else if (req.method === "INVITE" || req.method === "UPDATE") this.modifySession(tx, call, leg);
      else tx.respond(200);
      return;
    }
    if (req.method === "BYE" && leg === call.b && call.consult) {
      // The consulting agent hangs up: once the target talks, that completes
      // the transfer (customer and target bridged); while it still rings,
      // the consultation ends with the call.
      tx.respond(200);
      if (call.consult.answered) this.completeConsult(call, false);
      else void this.hangup(call, "agent", "normal_clearing");
      return;
    }
    if (leg.role === "supervisor") {
      // The supervisor's phone: hanging up ends the monitoring, not the call.
      tx.respond(200);
      if (req.method === "BYE") void this.endMonitor(call, false);
      return;
    }
    switch (req.method) {
      case "BYE":
        tx.respond(200);
        void this.hangup(call, leg.role === "caller" ? (call.direction === "outbound" ? "callee" : "caller") : "agent", "normal_clearing");
        return;
      case "INVITE":
      case "UPDATE":
        this.modifySession(tx, call, leg);
        return;
      case "REFER":
        if (leg.role !== "agent") {
          tx.respond(403, { reason: "Only the agent may transfer" });
          return;
        }
        void this.blindTransfer(tx, call, leg);
        return;
      case "INFO": {
        // SIP INFO DTMF as phones and trunks send it without an Info-Package
        // (the legacy usage RFC 6086 section 2 keeps working): the digit goes
        // where an RFC 4733 event of this leg's media would go (an IVR).
        const digit = infoDtmfDigit(req.get("Content-Type") ?? "", req.body.toString("utf8"));
        tx.respond(200);
        if (digit !== null && leg.mediaLegId) this.ivrByLeg.get(leg.mediaLegId)?.onDigit(digit);
        return;
      }
      case "OPTIONS":
        tx.respond(200);
        return;
      case "NOTIFY":
        tx.respond(200);
        return;
      default:
        tx.respond(405, { headers: [["Allow", ALLOW]] });
    }
  }

  /**
   * re-INVITE / UPDATE in a dialog: session refresh (RFC 4028) or a media
   * change. Hold (a=sendonly or inactive, RFC 3264 §8.4) is passed to the
   * other leg so its phone shows the held state; resume likewise.
   */
  private modifySession(tx: ServerTransaction, call: Call, leg: Leg): void {
    const req = tx.request;
    if (leg.sessionExpires) leg.sessionExpiresAt = Date.now() + leg.sessionExpires * 1000;
    const timerHeaders = this.sessionTimerHeaders(req, leg);
    if (!leg.localSdp || !leg.mediaLegId) {
      tx.respond(200, { headers: [["Contact", this.contact(leg.dest)], ...timerHeaders] });
      return;
    }
    if (req.body.length > 0) {
      const offer = parseSdp(req.body.toString("utf8"));
      const neg = offer ? negotiateAudio(offer, [leg.codec, leg.codec === "PCMU" ? "PCMA" : "PCMU"]) : null;
      if (!neg) {
        tx.respond(488, { reason: "Not Acceptable Here" });
        return;
      }
      const held = neg.direction === "sendonly" || neg.direction === "inactive" || neg.address === "0.0.0.0";
      if (neg.address !== "0.0.0.0" && neg.port > 0) {
        this.media.setRemote(leg.mediaLegId, neg.address, neg.port, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt });
        leg.codec = neg.codec;
      }
      const media = leg.localSdp.media[0]!;
      media.direction = neg.direction === "sendonly" ? "recvonly" : neg.direction === "inactive" ? "inactive" : neg.direction === "recvonly" ? "sendonly" : "sendrecv";
      if (held !== leg.held && leg.role !== "consult") {
        leg.held = held;
        if (leg === call.b && call.consult) {
          // During a consultation the agent's phone is not bridged to the customer: nothing to move.
        } else if (leg === call.b && call.answerMs && call.a.mediaLegId && call.b.mediaLegId) {
          // The agent holds: the customer hears music on hold (保持), not
          // silence. The recording stops meanwhile and resumes appending to
          // the same file when the agent comes back.
          if (held) {
            this.media.unbridge(call.a.mediaLegId);
            this.media.play(call.a.mediaLegId, { tone: "moh" });
          } else {
            this.media.stopPlay(call.a.mediaLegId);
            this.media.bridge(call.a.mediaLegId, call.b.mediaLegId, call.recordingPath ? { recordingPath: call.recordingPath } : {});
          }
        } else {
          // The customer holds: tell the agent's phone (RFC 3264 §8.4).
          const other = leg === call.a ? call.b : call.a;
          if (other?.confirmed || (other === call.a && call.sipStatus === 200)) this.sendReinvite(other!, held ? "sendonly" : "sendrecv");
        }
        call.vars = { ...call.vars, held: held ? "1" : "0" };
        this.publishCall(call, call.answerMs ? pb.CallPhase.CALL_ANSWERED : pb.CallPhase.CALL_QUEUED);
      }
    }
    tx.respond(200, {
      body: this.nextSdp(leg),
      contentType: "application/sdp",
      headers: [["Contact", this.contact(leg.dest)], ...timerHeaders],
    });
  }

  /**
   * The INVITE's SDP offer negotiated to PCMU/PCMA, or null after answering
   * 488 (RFC 3261 §21.4.26; we do not do late offer yet).
   */
  private negotiateOffer(tx: ServerTransaction): ReturnType<typeof negotiateAudio> {
    const body = tx.request.body;
    const offer = body.length ? parseSdp(body.toString("utf8")) : null;
    const neg = offer ? negotiateAudio(offer, ["PCMU", "PCMA"]) : null;
    if (!neg) tx.respond(488, { reason: "No common codec (PCMU/PCMA)" });
    return neg;
  }

  /** A re-INVITE from us on a leg (hold/resume pass-through). */
  private sendReinvite(leg: Leg, direction: "sendonly" | "sendrecv"): void {
    if (!leg.localSdp) return;
    leg.localSdp.media[0]!.direction = direction;
    leg.localCseq++;
    const cseq = leg.localCseq;
    const invite = SipMessage.request(
      "INVITE",
      leg.remoteTarget,
      [
        ["From", `${leg.localUri};tag=${leg.localTag}`],
        ["To", `${leg.remoteUri};tag=${leg.remoteTag}`],
        ["Call-ID", leg.sipCallId],
        ["CSeq", `${cseq} INVITE`],
        ["Contact", this.contact(leg.dest)],
        ["Max-Forwards", "70"],
        ...leg.routeSet.map((r): [string, string] => ["Route", r]),
        ["Content-Type", "application/sdp"],
      ],
      this.nextSdp(leg),
    );
    this.stack.sendRequest(invite, leg.dest, {
      onFinal: (res) => {
        if (res.status >= 200 && res.status < 300) this.sendAck(leg, cseq);
      },
    });
  }

  /** RFC 4028 §9: echo the session interval, we refresh nothing ourselves (refresher=uac). */
  private sessionTimerHeaders(req: SipMessage, leg: Leg): Array<[string, string]> {
    if (!leg.sessionExpires) return [];
    const supported = (req.get("Supported") ?? "").toLowerCase().includes("timer");
    return [["Session-Expires", `${leg.sessionExpires};refresher=uac`], ...(supported ? ([["Require", "timer"]] as Array<[string, string]>) : [])];
  }

  /**
   * REFER from the agent (RFC 3515, blind transfer per RFC 5589 §6): the
   * customer goes to the target (another agent's extension -> that agent
   * preferred in their queue; a number routed to a queue -> that queue),
   * the agent's leg is released, NOTIFYs report progress as message/sipfrag.
   */
  private async blindTransfer(tx: ServerTransaction, call: Call, leg: Leg): Promise<void> {
    const referTo = parseNameAddr(tx.request.get("Refer-To") ?? "");
    const target = referTo?.uri.user ?? "";
    if (!referTo || !target) {
      tx.respond(400, { reason: "Bad Refer-To" });
      return;
    }
    if (hasReplaces(referTo.uri.headers)) {
      const r = replacesFromUriHeaders(referTo.uri.headers);
      if (!r) {
        tx.respond(400, { reason: "Bad Replaces in Refer-To" });
        return;
      }
      this.attendedTransfer(tx, call, leg, r);
      return;
    }
    const agent = this.config.agentByExtension(call.tenant.id, target);
    const did = this.config.did(target);
    const queueId = agent ? agent.queueIds[0] : did && did.tenantId === call.tenant.id ? did.queueId : undefined;
    if (!queueId || !call.a.mediaLegId) {
      tx.respond(404, { reason: "Transfer target not found" });
      return;
    }
    tx.respond(202, { headers: [["Contact", this.contact(tx.source)]] });
    this.notifyRefer(leg, "SIP/2.0 100 Trying", false);
    // Detach the agent leg: the agent's call ends (wrap-up), the customer
    // hears music while the new target is found.
    this.legs.delete(leg.sipCallId);
    call.b = null;
    call.offer = null;
    if (leg.mediaLegId) this.media.unbridge(call.a.mediaLegId);
    this.media.play(call.a.mediaLegId, { tone: "moh" });
    this.acd.callEnded(call.acdId);
    this.byAcd.delete(call.acdId);
    // A new segment: a CDR is written for the part with the first agent.
    this.writeSegmentCdr(call, "blind_transfer");
    this.notifyRefer(leg, "SIP/2.0 200 OK", true);
    this.detachLeg(leg);
    call.acdId = `${call.id}#${Date.now()}`;
    call.queueId = queueId;
    call.enqueueMs = Date.now();
    call.answerMs = 0;
    call.agentId = "";
    this.byAcd.set(call.acdId, call);
    this.publishCall(call, pb.CallPhase.CALL_QUEUED);
    this.acd.enqueue({ id: call.acdId, tenantId: call.tenant.id, queueId, preferredAgentId: agent?.id, priority: 10 });
  }

  /**
   * A transferor's leg after a transfer: its BYE is answered (RFC 5589 §6.1,
   * the transferor hangs up itself); if it does not within 2 s, we do.
   */
  private detachLeg(leg: Leg): void {
    this.legs.delete(leg.sipCallId);
    this.detached.set(leg.sipCallId, leg);
    setTimeout(() => {
      if (this.detached.delete(leg.sipCallId)) void this.sendBye(leg);
      if (leg.mediaLegId) void this.media.destroyLeg(leg.mediaLegId).catch(() => {});
    }, 2000).unref();
  }

  // ------------------------------------------------------------ attended transfer (RFC 3891 Replaces)

  /**
   * The leg of ours a Replaces header names. RFC 3891 §3: the to-tag is
   * compared with our local tag, the from-tag with the remote tag. Only
   * customer/agent legs of calls in progress qualify.
   */
  private findReplaced(r: ReplacesTarget): { call: Call; leg: Leg; which: "a" | "b" } | null {
    const ref = this.legs.get(r.callId);
    if (!ref || ref.call.ended || (ref.leg !== "a" && ref.leg !== "b")) return null;
    const leg = ref.leg === "a" ? ref.call.a : ref.call.b;
    if (!leg || leg.webrtc || leg.localTag !== r.toTag || leg.remoteTag !== r.fromTag) return null;
    return { call: ref.call, leg, which: ref.leg };
  }

  /**
   * Attended transfer from a SIP phone (RFC 5589 §7): agent A talks to the
   * customer (call X, leg `aLeg` is A's) and to agent B (an internal call
   * Y), then REFERs the customer's dialog to B with Replaces naming A's
   * dialog of Y. As the B2BUA we do what the transferee and B would do
   * between them: the customer is bridged to B's existing leg, A's leg of
   * Y is ended with BYE (RFC 3891 §3), A's leg of X is released after the
   * final NOTIFY (sipfrag 200; A normally hangs up itself). Y gets its CDR,
   * X a segment CDR for A and goes on with B. Anything that does not
   * match is reported in the NOTIFY (481), A keeps both calls.
   */
  private attendedTransfer(tx: ServerTransaction, call: Call, aLeg: Leg, r: ReplacesTarget): void {
    tx.respond(202, { headers: [["Contact", this.contact(tx.source)]] });
    this.notifyRefer(aLeg, "SIP/2.0 100 Trying", false);
    const found = this.findReplaced(r);
    const y = found?.call;
    if (!found || !y || y === call || y.tenant.id !== call.tenant.id || y.direction !== "internal" || !y.answerMs) {
      this.notifyRefer(aLeg, "SIP/2.0 481 Call/Transaction Does Not Exist", true);
      return;
    }
    const other = found.which === "a" ? y.b : y.a;
    if (!other?.mediaLegId || !call.a.mediaLegId || call.consult || call.monitor || y.monitor || call.b !== aLeg) {
      this.notifyRefer(aLeg, "SIP/2.0 503 Service Unavailable", true);
      return;
    }
    // Y's callee is y.agentId; its caller is the agent who dialled it.
    const newAgentId = found.which === "a" ? y.agentId : (y.vars.caller_agent ?? "");
    // The state Y's callee had before Y comes back with the call B stays on
    // (B is the callee), or now (A was the callee).
    let newRestore: Call["restoreState"] = null;
    if (found.which === "a") newRestore = y.restoreState;
    else if (y.restoreState && y.agentId) this.acd.setAgentState(y.agentId, y.restoreState, y.restoreState === "not_ready" ? "after_internal" : undefined);
    y.restoreState = null;
    // Y ends without touching B's leg: A's leg gets BYE, the CDR says why.
    const replaced = found.leg;
    y.ended = true;
    this.legs.delete(replaced.sipCallId);
    this.legs.delete(other.sipCallId);
    if (replaced.confirmed || replaced.role === "caller") void this.sendBye(replaced);
    // A's own BYE for it may cross ours: answer it 200, not 481.
    this.detached.set(replaced.sipCallId, replaced);
    setTimeout(() => this.detached.delete(replaced.sipCallId), 5000).unref();
    if (replaced.mediaLegId) {
      this.media.unbridge(replaced.mediaLegId);
      void this.media.destroyLeg(replaced.mediaLegId).catch(() => {});
    }
    this.untrack(y);
    this.counters.callsEnded++;
    const yId = y.id;
    this.events.publishDurable({ cdr: this.buildCdr(y, Date.now(), "agent", "attended_transfer", 0) }, () => this.journal?.remove(yId));
    this.publishCall(y, pb.CallPhase.CALL_ENDED);
    // X: A's segment ends, B's begins on B's existing leg.
    this.releaseAgent(call, "attended_transfer", "detach");
    other.role = "agent";
    call.b = other;
    this.legs.set(other.sipCallId, { call, leg: "b" });
    call.agentId = newAgentId;
    call.restoreState = newRestore;
    call.vars = { ...call.vars, transferred_to: newAgentId };
    this.connectB(call, other);
    this.notifyRefer(aLeg, "SIP/2.0 200 OK", true);
  }

  /**
   * An INVITE with Replaces (RFC 3891 §3) naming a confirmed dialog of ours:
   * the new caller takes that leg's place in its call and the old leg is
   * ended with BYE. Only an extension of the call's tenant, authenticated
   * by digest, may do so (§6: replacing a dialog is as sensitive as
   * answering it). No match -> 481; early-only on a confirmed dialog -> 486.
   */
  private async inviteReplaces(tx: ServerTransaction): Promise<void> {
    const req = tx.request;
    const r = parseReplaces(req.get("Replaces"));
    if (!r) {
      tx.respond(400, { reason: "Bad Replaces header" });
      return;
    }
    const found = this.findReplaced(r);
    if (!found || (!found.leg.confirmed && !r.earlyOnly)) {
      tx.respond(481, { reason: "Call/Transaction Does Not Exist" });
      return;
    }
    if (r.earlyOnly && found.leg.confirmed) {
      tx.respond(486, { reason: "Busy Here" });
      return;
    }
    const { call, leg: old, which } = found;
    const who = this.registrar.authenticate(tx, call.tenant, req.from?.uri.user ?? "");
    if (!who) return; // challenged or refused
    if (!old.confirmed || !call.answerMs || call.consult || call.monitor || !call.a.mediaLegId) {
      tx.respond(486, { reason: "Busy Here" });
      return;
    }
    const neg = this.negotiateOffer(tx);
    if (!neg) return;
    tx.respond(100);
    let m: { legId: string; port: number };
    try {
      m = await this.media.createLeg(call.id, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt ?? 101 });
    } catch {
      tx.respond(503, { reason: "No media", headers: [["Retry-After", "2"]] });
      return;
    }
    // The call may have moved on while the leg was made.
    if (call.ended || (which === "a" ? call.a !== old : call.b !== old)) {
      await this.media.destroyLeg(m.legId).catch(() => {});
      tx.respond(481, { reason: "Call/Transaction Does Not Exist" });
      return;
    }
    this.media.setRemote(m.legId, neg.address, neg.port, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt });
    const nl = newLeg({
      role: old.role,
      sipCallId: req.callId,
      localTag: this.stack.newTag(),
      remoteTag: req.from?.params.get("tag") ?? "",
      localUri: stripTag(req.get("To") ?? ""),
      remoteUri: stripTag(req.get("From") ?? ""),
      remoteTarget: contactUri(req) ?? req.requestUri,
      routeSet: req.getAll("Record-Route"),
      localCseq: 0,
      dest: tx.source,
      codec: neg.codec,
      mediaLegId: m.legId,
      localSdp: this.buildSdp(m.port, [neg.codec], neg.dtmfPt),
      confirmed: true,
    });
    tx.respond(200, {
      toTag: nl.localTag,
      body: Buffer.from(formatSdp(nl.localSdp!)),
      contentType: "application/sdp",
      headers: [["Contact", this.contact(tx.source)], ["Allow", ALLOW], ["Supported", "replaces, timer"]],
    });
    // The replaced dialog ends (RFC 3891 §3).
    this.legs.delete(old.sipCallId);
    void this.sendBye(old);
    if (which === "a") {
      call.a = nl;
      this.legs.set(nl.sipCallId, { call, leg: "a" });
      if (old.mediaLegId) void this.media.destroyLeg(old.mediaLegId).catch(() => {});
      if (call.b?.mediaLegId) this.media.bridge(nl.mediaLegId!, call.b.mediaLegId, call.recordingPath ? { recordingPath: call.recordingPath } : {});
      this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
      return;
    }
    if (who.id === call.agentId) {
      // The same agent moves the call to another device: one segment, the recording goes on.
      call.b = nl;
      this.legs.set(nl.sipCallId, { call, leg: "b" });
      if (old.mediaLegId) void this.media.destroyLeg(old.mediaLegId).catch(() => {});
      this.media.bridge(call.a.mediaLegId, nl.mediaLegId!, call.recordingPath ? { recordingPath: call.recordingPath } : {});
      return;
    }
    // Another agent takes the call over: the first agent's segment ends.
    this.releaseAgent(call, "replaced", false);
    const state = this.acd.agent(who.id)?.state;
    call.restoreState = state === "ready" ? "ready" : state === "not_ready" ? "not_ready" : null;
    if (call.restoreState) this.acd.setAgentState(who.id, "not_ready", "replaces");
    nl.role = "agent";
    call.b = nl;
    this.legs.set(nl.sipCallId, { call, leg: "b" });
    call.agentId = who.id;
    call.vars = { ...call.vars, transferred_to: who.id };
    this.connectB(call, nl);
  }

  private notifyRefer(leg: Leg, sipfrag: string, final: boolean): void {
    leg.localCseq++;
    const notify = SipMessage.request(
      "NOTIFY",
      leg.remoteTarget,
      [
        ["From", `${leg.localUri};tag=${leg.localTag}`],
        ["To", `${leg.remoteUri};tag=${leg.remoteTag}`],
        ["Call-ID", leg.sipCallId],
        ["CSeq", `${leg.localCseq} NOTIFY`],
        ["Contact", this.contact(leg.dest)],
        ["Max-Forwards", "70"],
        ["Event", "refer"],
        ["Subscription-State", final ? "terminated;reason=noresource" : "active;expires=60"],
        ["Content-Type", "message/sipfrag;version=2.0"],
        ...leg.routeSet.map((r): [string, string] => ["Route", r]),
      ],
      Buffer.from(`${sipfrag}\r\n`),
    );
    this.stack.sendRequest(notify, leg.dest, { onFinal: () => {} });
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
      n = this.tenantCalls.get(tenant.id) ?? 0;
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
    if (!route && ruri) {
      // Extension to extension inside a tenant (分机短号互打): the tenant is
      // the Request-URI's domain, the caller must authenticate as one of its
      // extensions.
      const t = this.config.tenantForDomain(ruri.host);
      const callee = t ? this.config.agentByExtension(t.id, number) : undefined;
      if (t && callee) {
        await this.internalCall(tx, t, callee);
        return;
      }
    }
    if (!route || !tenant) {
      this.counters.noRoute++;
      tx.respond(404, { reason: "No route for number" });
      return;
    }
    // Carrier trunks: RFC 3261 knows no carriers; they are known by the
    // addresses they send from. A tenant whose trunks list their sources
    // takes DID calls only from those (403, RFC 3261 §21.4.4: nothing about
    // the number is revealed to anyone else), and each call counts against
    // its trunk's channels and calls per second (503 + Retry-After, §21.5.4).
    const gate = this.config.inboundTrunk(tenant.id, tx.source.address);
    if (gate.gated && !gate.trunk) {
      this.counters.trunkRefused++;
      tx.respond(403, { reason: "Not a carrier of this number" });
      return;
    }
    if (gate.trunk && this.trunkAdmits(gate.trunk) !== "ok") {
      this.counters.rejected503++;
      tx.respond(503, { reason: "Trunk busy", headers: [["Retry-After", "2"]] });
      return;
    }
    const callerNumber = req.from?.uri.user ?? "";
    const listed = callerNumber ? this.config.numberList(tenant.id, callerNumber) : undefined;
    if (listed?.kind === "block") {
      // 黑名单: always busy (RFC 3261 §21.4.24), nothing else is revealed.
      this.counters.blocked++;
      tx.respond(486, { reason: "Busy Here" });
      return;
    }
    if (!this.allow(tenant)) {
      this.counters.rejected503++;
      tx.respond(503, { reason: "Tenant call limit", headers: [["Retry-After", "5"]] });
      return;
    }
    const neg = this.negotiateOffer(tx);
    if (!neg) return;
    // RFC 4028 §8: a session interval below our minimum gets 422 + Min-SE.
    const seHeader = req.get("Session-Expires");
    const sessionExpires = seHeader ? Number.parseInt(seHeader, 10) : 0;
    if (seHeader && (!Number.isFinite(sessionExpires) || sessionExpires < MIN_SE)) {
      tx.respond(422, { reason: "Session Interval Too Small", headers: [["Min-SE", String(MIN_SE)]] });
      return;
    }
    // No 100 here: the 200 follows within milliseconds, and the stack sends 100 if it has not in 200 ms (§17.2.1).
    const from = req.from;
    const callId = randomUUID();
    const localTag = this.stack.newTag();
    const now = Date.now();
    const call = newCall({
      id: callId,
      direction: "inbound",
      tenant,
      trunkId: gate.trunk?.id ?? "",
      queueId: route.queueId,
      caller: from?.uri.user ?? "anonymous",
      callee: number,
      startMs: now,
      a: newLeg({
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
        codec: neg.codec,
        sessionExpires,
        sessionExpiresAt: sessionExpires ? now + sessionExpires * 1000 : 0,
      }),
      aTx: tx,
    });
    this.track(call);
    this.legs.set(req.callId, { call, leg: "a" });
    this.counters.callsStarted++;
    tx.onCancel = () => void this.hangup(call, "caller", "caller_cancel", 487);
    this.publishCall(call, pb.CallPhase.CALL_NEW);

    // Callers without RFC 4733 (old trunks) send keys as tones: detect them
    // in-band (Goertzel) when an IVR will listen; otherwise no per-packet cost.
    let leg: { legId: string; port: number };
    try {
      leg = await this.media.createLeg(callId, {
        codec: neg.codec,
        pt: neg.pt,
        dtmfPt: neg.dtmfPt ?? 101,
        inbandDtmf: neg.dtmfPt === null && !!route.flowId,
      });
    } catch (err) {
      // No RTP port or file descriptor left: refuse cleanly (RFC 3261
      // §21.5.4) and forget the call instead of leaving it counted.
      this.log("no media for a new call", err);
      void this.hangup(call, "system", "media_unavailable", 503);
      return;
    }
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
      headers: [["Contact", this.contact(tx.source)], ["Allow", ALLOW], ["Supported", "replaces, timer"], ...this.sessionTimerHeaders(req, call.a)],
    });
    call.a.okSentMs = performance.now();
    call.sipStatus = 200;
    call.aTx = null;
    if (listed?.kind === "vip") {
      // 绿色通道: straight to the chosen extension's agent, skipping the IVR.
      const vipAgent = listed.extension ? this.config.agentByExtension(tenant.id, listed.extension) : undefined;
      const vipQueue = vipAgent?.queueIds[0] ?? route.queueId;
      if (vipQueue) {
        call.vars.vip = "1";
        this.toQueue(call, vipQueue, { preferredAgentId: vipAgent?.id, priority: 100 });
        return;
      }
    }
    const flow = route.flowId && this.prompts ? this.config.flows.get(tenant.id, route.flowId) : undefined;
    if (flow) {
      void this.runIvr(call, flow, leg.legId);
      return;
    }
    if (!route.queueId || !this.config.queue(route.queueId)) {
      this.log(`DID ${number}: flow ${route.flowId} not published and no queue`);
      void this.hangup(call, "system", "no_route");
      return;
    }
    this.toQueue(call, route.queueId, {});
  }

  /** Puts the caller in a queue: music while waiting, the ACD decides now. */
  private toQueue(call: Call, queueId: string, opts: { priority?: number; preferredAgentId?: string; vars?: Vars }): void {
    if (call.ended || !call.a.mediaLegId) return;
    const q = this.config.queue(queueId);
    if (!q || q.tenantId !== call.tenant.id) {
      void this.hangup(call, "system", "no_route");
      return;
    }
    if (opts.vars) call.vars = { ...call.vars, ...opts.vars };
    this.media.play(call.a.mediaLegId, { tone: "moh" });
    call.queueId = queueId;
    call.enqueueMs = Date.now();
    this.publishCall(call, pb.CallPhase.CALL_QUEUED);
    this.byAcd.set(call.acdId, call);
    this.journal?.write(this.buildCdr(call, Date.now(), "system", "system_failure", 0));
    this.acd.enqueue({
      id: call.acdId,
      tenantId: call.tenant.id,
      queueId,
      priority: opts.priority,
      preferredAgentId: opts.preferredAgentId,
      data: call.vars,
    });
    if (q.announceEveryMs > 0 && this.prompts) this.scheduleAnnouncement(call, 1000);
  }

  /**
   * Queue announcements (排队提示音): "您前面排队的是第 N 位, 预计等待时间 M 分钟"
   * from prompt fragments, then back to the music, every announceEveryMs
   * while the caller waits.
   */
  private scheduleAnnouncement(call: Call, inMs: number): void {
    if (call.announceTimer) clearTimeout(call.announceTimer);
    call.announceTimer = setTimeout(() => {
      call.announceTimer = null;
      void this.announce(call);
    }, inMs);
    call.announceTimer.unref();
  }

  private async announce(call: Call): Promise<void> {
    const q = this.config.queue(call.queueId);
    const legId = call.a.mediaLegId;
    const pos = this.acd.position(call.acdId);
    if (!q || !legId || !pos || call.ended || call.b || !this.prompts) return;
    const langs: Array<"zh" | "en"> = q.announceLang === "zh_en" ? ["zh", "en"] : [q.announceLang];
    // No ready member agent: the ACD's estimate is unbounded; announce only the position.
    const refs = langs.flatMap((l) => [...queuePositionPrompts(pos.position, l), ...(Number.isFinite(pos.ewtMs) ? ewtPrompts(pos.ewtMs / 1000, l) : [])]);
    const host = new CallIvrHost(this.media, this.prompts, legId, this.dataDir, {
      enqueue: () => {},
      transfer: () => {},
      hangup: () => {},
      voicemail: async () => "hangup",
      requestCallback: () => {},
      queueStats: () => null,
      prompt: () => undefined,
      log: (event, detail) => this.log(`${event} ${JSON.stringify(detail)}`),
    });
    this.ivrByLeg.set(legId, host);
    call.ivr ??= host;
    await host.play(refs, { bargeIn: false });
    this.ivrByLeg.delete(legId);
    if (call.ivr === host) call.ivr = null;
    // Back to the music unless an agent took the call meanwhile.
    if (call.ended || call.b || call.answerMs) return;
    this.media.play(legId, { tone: "moh" });
    this.scheduleAnnouncement(call, q.announceEveryMs);
  }

  /** Runs the caller through an IVR flow (the version published when the call started). */
  private async runIvr(call: Call, flow: Flow, legId: string): Promise<void> {
    const prompts = this.prompts!;
    const host = new CallIvrHost(this.media, prompts, legId, this.dataDir, {
      enqueue: (queueId, o) => this.toQueue(call, queueId, { priority: o.priority, vars: o.vars }),
      transfer: (target, vars) => {
        call.vars = { ...call.vars, ...vars };
        const agent = target.kind === "extension" ? this.config.agentByExtension(call.tenant.id, target.value) : undefined;
        const did = this.config.did(target.value);
        const queueId = agent ? agent.queueIds[0] : did && did.tenantId === call.tenant.id ? did.queueId : undefined;
        if (queueId) this.toQueue(call, queueId, { preferredAgentId: agent?.id, priority: 10 });
        else void this.hangup(call, "system", "transfer_failed");
      },
      hangup: (cause) => {
        // The flow ended the call: served self-service or a plain end.
        call.vars = { ...call.vars, ivr_hangup_cause: cause };
        void this.hangup(call, "system", call.ivrServed ? "ivr_completed" : "ivr_end");
      },
      voicemail: (box, o) => this.recordVoicemail(call, box, o.maxSeconds, o.vars),
      requestCallback: (number, o) => {
        // Listed for callback (漏接电话回访) through the CDR's variables.
        call.vars = { ...call.vars, ...o.vars, callback_number: number, callback_queue: o.queueId };
      },
      queueStats: (queueId) => {
        const q = this.config.queue(queueId);
        if (!q || q.tenantId !== call.tenant.id) return null;
        const st = this.acd.queueStats(queueId);
        const perAgent = st.ahtMs || 180_000;
        const ewtS = st.agentsReady > 0 && st.waiting === 0 ? 0 : Math.round(((st.waiting + 1) * perAgent) / Math.max(1, st.agentsLoggedIn) / 1000);
        return { waiting: st.waiting, ewtS, agentsReady: st.agentsReady };
      },
      prompt: (name) => this.config.prompt(call.tenant.id, name),
      log: (event, detail) => {
        // Reaching a node marked served counts the call as self-service (IVR 终级服务单元).
        if (event === "ivr_node" && flow.nodes.get(String(detail.node))?.served) call.ivrServed = true;
        if (event === "ivr_step_error" || event === "ivr_prompt_error") this.log(`${event} ${JSON.stringify(detail)}`);
      },
    }, this.ivrHttp);
    call.ivr = host;
    call.ivrFlow = flow.id;
    this.ivrByLeg.set(legId, host);
    this.publishCall(call, pb.CallPhase.CALL_NEW);
    const outcome = await runFlow(flow, host, { vars: { caller: call.caller, called: call.callee, call_id: call.id } });
    this.ivrByLeg.delete(legId);
    call.ivr = null;
    call.ivrServed = call.ivrServed || outcome.served;
    call.vars = { ...outcome.vars, ...call.vars };
    if (outcome.end === "error") this.log(`IVR ${flow.id} v${flow.version} failed: ${outcome.error}`);
    if (!call.ended && outcome.end !== "enqueued" && outcome.end !== "transferred") {
      // A flow that ran out of steps ends the call (a served self-service call counts as answered).
      void this.hangup(call, "system", outcome.served ? "ivr_completed" : outcome.end === "error" ? "ivr_error" : "ivr_end");
    }
  }

  /** Voicemail: the caller's audio is recorded (left channel) until # or the limit. */
  private async recordVoicemail(call: Call, box: string, maxSeconds: number, vars: Vars): Promise<"recorded" | "hangup"> {
    if (call.ended || !call.a.mediaLegId) return "hangup";
    call.vars = { ...call.vars, ...vars };
    const sink = await this.media.createLeg(call.id, { codec: call.a.codec });
    const day = new Date().toISOString().slice(0, 10);
    const path = `voicemail/${call.tenant.id}/${day}/${call.id}.wav`;
    call.vars.voicemail_box = box;
    call.vars.voicemail_path = path;
    this.media.bridge(call.a.mediaLegId, sink.legId, { recordingPath: path });
    const host = call.ivr;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, Math.max(1, maxSeconds) * 1000);
      const check = setInterval(() => {
        if (call.ended) {
          clearTimeout(t);
          clearInterval(check);
          resolve();
        }
      }, 200);
      if (host) {
        host.digits.onDigit = (d) => {
          if (d === "#") {
            clearTimeout(t);
            clearInterval(check);
            resolve();
          }
        };
      }
      t.unref?.();
    });
    if (host) host.digits.onDigit = null;
    if (!call.ended && call.a.mediaLegId) this.media.unbridge(call.a.mediaLegId);
    await this.media.destroyLeg(sink.legId).catch(() => {});
    return call.ended ? "hangup" : "recorded";
  }

  // ------------------------------------------------------------ internal calls

  /**
   * An extension calls another extension of its tenant. Unlike a customer
   * call nobody answers early: the callee's phone rings, the caller gets 180,
   * the answer is passed through as 200 with our media, CANCEL and busy are
   * passed back (RFC 3261 §9, §21.4.24). The callee is held out of the ACD
   * (not ready, "internal") for the call and gets its state back after.
   */
  private async internalCall(tx: ServerTransaction, tenant: TenantView, callee: AgentView): Promise<void> {
    const req = tx.request;
    const from = req.from;
    const callerExt = from?.uri.user ?? "";
    const caller = this.registrar.authenticate(tx, tenant, callerExt);
    if (!caller) return; // 401 challenge (or 403) sent
    if (caller.id === callee.id) {
      tx.respond(486, { reason: "Busy Here" });
      return;
    }
    const binding = this.registrar.lookup(tenant.id, callee.extension)[0];
    if (!binding) {
      tx.respond(480, { reason: "Temporarily Unavailable" });
      return;
    }
    const state = this.acd.agent(callee.id)?.state ?? "logged_out";
    if (state === "reserved" || state === "ringing" || state === "on_call") {
      tx.respond(486, { reason: "Busy Here" });
      return;
    }
    const neg = this.negotiateOffer(tx);
    if (!neg) return;
    tx.respond(100);
    const now = Date.now();
    const callId = randomUUID();
    const realm = tenant.realm;
    const call = newCall({
      id: callId,
      direction: "internal",
      tenant,
      caller: callerExt,
      callee: callee.extension,
      startMs: now,
      agentId: callee.id,
      restoreState: state === "ready" ? "ready" : state === "not_ready" ? "not_ready" : null,
      a: newLeg({
        role: "caller",
        sipCallId: req.callId,
        localTag: this.stack.newTag(),
        remoteTag: from?.params.get("tag") ?? "",
        localUri: stripTag(req.get("To") ?? ""),
        remoteUri: stripTag(req.get("From") ?? ""),
        remoteTarget: contactUri(req) ?? req.requestUri,
        routeSet: req.getAll("Record-Route"),
        localCseq: 0,
        dest: tx.source,
        codec: neg.codec,
      }),
      aTx: tx,
      vars: { caller_agent: caller.id },
    });
    this.track(call);
    this.legs.set(req.callId, { call, leg: "a" });
    this.counters.callsStarted++;
    if (call.restoreState) this.acd.setAgentState(callee.id, "not_ready", "internal");
    tx.onCancel = () => void this.hangup(call, "caller", "caller_cancel", 487);
    const [ma, mb] = await Promise.all([
      this.media.createLeg(callId, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt ?? 101 }),
      this.media.createLeg(callId, { codec: neg.codec }),
    ]);
    call.a.mediaLegId = ma.legId;
    if (call.ended) {
      await this.media.destroyLeg(mb.legId).catch(() => {});
      return;
    }
    this.media.setRemote(ma.legId, neg.address, neg.port, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt });
    call.a.localSdp = this.buildSdp(ma.port, [neg.codec], neg.dtmfPt);
    const b = newLeg({
      role: "agent",
      sipCallId: this.stack.newCallId(),
      localTag: this.stack.newTag(),
      localUri: `"${callerExt}" <sip:${callerExt}@${realm}>`,
      remoteUri: `<sip:${callee.extension}@${realm}>`,
      remoteTarget: binding.contact,
      dest: binding.source,
      mediaLegId: mb.legId,
      localSdp: this.buildSdp(mb.port, ["PCMU", "PCMA"], 101),
    });
    call.b = b;
    this.legs.set(b.sipCallId, { call, leg: "b" });
    this.publishCall(call, pb.CallPhase.CALL_OFFERED);
    call.bTx = this.stack.sendRequest(this.inviteFor(b, b.localSdp!, []), b.dest, {
      onProvisional: (res) => {
        if (res.status >= 180 && call.aTx && !call.aTx.finalSent) call.aTx.respond(180, { toTag: call.a.localTag });
      },
      onFinal: (res) => {
        call.bTx = null;
        if (res.status >= 300) {
          void this.hangup(call, "agent", res.status === 486 || res.status === 600 || res.status === 603 ? "busy" : "no_answer", res.status === 487 ? 480 : res.status);
          return;
        }
        this.confirmUac(b, res);
        const ans = this.answerSdp(res);
        if (call.ended || !ans || !call.a.mediaLegId) {
          void this.sendBye(b);
          if (!call.ended) void this.hangup(call, "system", "bad_sdp", 488);
          return;
        }
        b.codec = ans.codec;
        this.media.setRemote(mb.legId, ans.address, ans.port, { codec: ans.codec, pt: ans.pt, dtmfPt: ans.dtmfPt });
        if (this.record && call.tenant.recording === "always") {
          call.recordingPath = `recordings/${call.tenant.id}/${new Date().toISOString().slice(0, 10)}/${call.id}.wav`;
        }
        this.media.bridge(ma.legId, mb.legId, call.recordingPath ? { recordingPath: call.recordingPath } : {});
        call.aTx?.respond(200, {
          toTag: call.a.localTag,
          body: Buffer.from(formatSdp(call.a.localSdp!)),
          contentType: "application/sdp",
          headers: [["Contact", this.contact(call.a.dest)], ["Allow", ALLOW]],
        });
        if (call.aTx) call.a.okSentMs = performance.now();
        call.aTx = null;
        call.sipStatus = 200;
        call.answerMs = Date.now();
        this.counters.callsAnswered++;
        this.journal?.write(this.buildCdr(call, call.answerMs, "system", "system_failure", 0));
        this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
      },
      onTimeout: () => void this.hangup(call, "agent", "no_answer", 480),
      onTransportError: () => void this.hangup(call, "system", "callee_unreachable", 480),
    });
  }

  // ------------------------------------------------------------ agent leg

  private async ringAgent(o: Offer): Promise<void> {
    const call = this.byAcd.get(o.callId);
    const agent = this.config.agent(o.agentId);
    if (!call || call.ended || !agent) {
      if (call && !call.ended) this.acd.offerRejected(o.offerId, "failed");
      return;
    }
    // Device choice (hot-desking): a connected browser session wins over a SIP phone.
    if (this.webrtc?.state(agent.id) === "connected") {
      this.ringWebRtc(call, agent, o);
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
      // The switch's own failure (no RTP port): not the agent's no-answer, so
      // "rejected" (next agent, no not-ready penalty) rather than "failed".
      this.log("createLeg for agent failed", err);
      this.acd.offerRejected(o.offerId, "rejected");
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
    const b = newLeg({
      role: "agent",
      sipCallId,
      localTag,
      localUri,
      remoteUri,
      remoteTarget: binding.contact,
      dest: binding.source,
      mediaLegId: mediaLeg.legId,
      codec: call.a.codec,
      localSdp: sdp,
    });
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
        ["Contact", this.contact(binding.source)],
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
    this.journal?.write(this.buildCdr(call, call.answerMs, "system", "system_failure", 0));
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
    const call = this.byAcd.get(o.callId);
    if (!call || call.offer?.offerId !== o.offerId) return;
    call.offerCancelled = true;
    call.bTx?.cancel();
    if (call.b?.webrtc && !call.answerMs) {
      // The console stops ringing when the call goes back to the queue.
      call.b = null;
      call.offer = null;
      call.agentId = "";
      if (!call.ended) this.publishCall(call, pb.CallPhase.CALL_QUEUED);
    }
  }

  // ------------------------------------------------------------ WebRTC agents

  /** Offers the call to an agent's browser: the console rings; no SIP INVITE. */
  private ringWebRtc(call: Call, agent: AgentView, o: Offer): void {
    const engineLeg = this.webrtc?.engineLeg(agent.id);
    if (!engineLeg) {
      this.acd.offerRejected(o.offerId, "failed");
      return;
    }
    call.offer = o;
    call.offerCancelled = false;
    call.b = newLeg({
      role: "agent",
      sipCallId: `webrtc:${call.id}:${o.offerId}`,
      localTag: "",
      localUri: "",
      remoteUri: "",
      remoteTarget: "",
      dest: { transport: "udp", address: "127.0.0.1", port: 0 },
      mediaLegId: engineLeg,
      webrtc: true,
    });
    call.agentId = agent.id;
    this.publishCall(call, pb.CallPhase.CALL_OFFERED);
  }

  /** The agent answered in the console. */
  answerCall(tenantId: string, agentId: string, callId: string): switchboard.v1.ICommandResult {
    const consulting = this.consults.get(callId);
    if (consulting && consulting.tenant.id === tenantId) {
      const c = consulting.consult;
      if (!c?.leg.webrtc || c.id !== callId || c.agentId !== agentId || c.answered) {
        return { ok: false, code: "conflict", reason: "this consultation is not ringing for this agent's browser" };
      }
      this.consultAnswered(consulting, c);
      return { ok: true, callId };
    }
    const call = this.calls.get(callId);
    if (!call || call.tenant.id !== tenantId) return { ok: false, code: "not_found", reason: "no such call" };
    const b = call.b;
    const o = call.offer;
    if (!b?.webrtc || !o || call.agentId !== agentId || call.answerMs || !b.mediaLegId || !call.a.mediaLegId) {
      return { ok: false, code: "conflict", reason: "this call is not ringing for this agent's browser" };
    }
    this.media.stopPlay(call.a.mediaLegId);
    if (this.record && call.tenant.recording === "always") {
      call.recordingPath = `recordings/${call.tenant.id}/${new Date().toISOString().slice(0, 10)}/${call.id}.wav`;
    }
    this.media.bridge(call.a.mediaLegId, b.mediaLegId, call.recordingPath ? { recordingPath: call.recordingPath } : {});
    b.confirmed = true;
    call.answerMs = Date.now();
    this.counters.callsAnswered++;
    this.journal?.write(this.buildCdr(call, call.answerMs, "system", "system_failure", 0));
    this.acd.offerAccepted(o.offerId);
    this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
    return { ok: true, callId: call.id };
  }

  /** Hold / resume from the console: the customer hears music meanwhile; recording resumes on the same file. */
  holdCall(tenantId: string, callId: string, on: boolean): switchboard.v1.ICommandResult {
    const call = this.calls.get(callId);
    if (!call || call.tenant.id !== tenantId) return { ok: false, code: "not_found", reason: "no such call" };
    if (!call.answerMs || !call.a.mediaLegId || !call.b?.mediaLegId) return { ok: false, code: "conflict", reason: "the call is not connected" };
    if (call.consult) return { ok: false, code: "conflict", reason: "a consultation is in progress (the customer already hears music)" };
    if (call.b.held === on) return { ok: true };
    call.b.held = on;
    this.agentHold(call, on);
    return { ok: true };
  }


  // ------------------------------------------------------------ transfers from the console (转接 / 咨询 / 三方通话)

  /** The call as the agent's console acts on it: connected to an agent, nothing else going on. */
  private connectedCall(tenantId: string, callId: string): Call | switchboard.v1.ICommandResult {
    const call = this.calls.get(callId);
    if (!call || call.tenant.id !== tenantId || call.ended) return { ok: false, code: "not_found", reason: "no such call" };
    if (!call.answerMs || !call.b?.mediaLegId || !call.a.mediaLegId) return { ok: false, code: "conflict", reason: "the call is not connected to an agent" };
    if (call.monitor) return { ok: false, code: "conflict", reason: "a supervisor is on the call" };
    return call;
  }

  /**
   * Blind transfer (盲转) from the console. The agent is released (wrap-up
   * per queue, or the state they had before an outbound/internal call), a
   * CDR closes their segment, and the customer, with the call's data (IVR
   * variables, screen pop), goes to: an agent (queued in that agent's queue
   * with the agent preferred, as the REFER path does), a queue, or a number
   * (an extension is an agent; anything else is dialled through the tenant's
   * trunk, the customer hearing ringback). Result: the new segment's call id.
   */
  transferCall(tenantId: string, callId: string, input: TransferTargetInput | null | undefined): switchboard.v1.ICommandResult {
    const found = this.connectedCall(tenantId, callId);
    if (!("id" in found)) return found;
    const call = found;
    if (call.consult) return { ok: false, code: "conflict", reason: "a consultation is in progress: complete or cancel it first" };
    const r = resolveTarget(this.targets, tenantId, input, "transfer", call.agentId);
    if (!r.ok) return { ok: false, code: r.code, reason: r.reason };
    const t = r.target;
    if (t.kind === "number" && this.trunkFull(t.trunk)) return { ok: false, code: "busy", reason: "all trunk channels are in use" };
    this.releaseAgent(call, "blind_transfer", true);
    if (t.kind === "agent") {
      const queueId = t.agent.queueIds.find((q) => this.config.queue(q))!;
      call.vars = { ...call.vars, transferred_to: t.agent.id };
      this.toQueue(call, queueId, { preferredAgentId: t.agent.id, priority: 10 });
    } else if (t.kind === "queue") {
      call.vars = { ...call.vars, transferred_to: t.queue.id };
      this.toQueue(call, t.queue.id, { priority: 10 });
    } else {
      call.vars = { ...call.vars, transferred_to: t.number };
      this.transferToNumber(call, t.number, t.trunk);
    }
    return { ok: true, callId: call.id };
  }

  private trunkFull(trunk: TrunkView): boolean {
    if (!trunk.maxChannels) return false;
    let used = 0;
    // Calls transferred out through it, and consultations of this tenant dialled out (always its first trunk).
    for (const c of this.calls.values()) if (c.trunkId === trunk.id || (c.consult?.number && c.tenant.id === trunk.tenantId)) used++;
    return used >= trunk.maxChannels;
  }

  /**
   * Takes the agent off the call: unbridged, their phone's leg hung up (a
   * browser's session leg stays, it belongs to the session), the ACD told
   * (wrap-up) and the segment's CDR written; the call goes on under a new id.
   */
  private releaseAgent(call: Call, cause: string, agentLeg: boolean | "detach"): void {
    const b = call.b;
    if (call.a.mediaLegId) this.media.unbridge(call.a.mediaLegId);
    if (b) {
      this.legs.delete(b.sipCallId);
      if (b.webrtc) {
        if (b.mediaLegId) this.media.unbridge(b.mediaLegId);
      } else if (agentLeg === "detach") {
        this.detachLeg(b);
      } else {
        if (agentLeg && b.confirmed) void this.sendBye(b);
        if (b.mediaLegId) void this.media.destroyLeg(b.mediaLegId).catch(() => {});
      }
    }
    call.b = null;
    call.offer = null;
    if (this.byAcd.get(call.acdId) === call) {
      this.acd.callEnded(call.acdId);
      this.byAcd.delete(call.acdId);
    } else if (call.restoreState && call.agentId) {
      this.acd.setAgentState(call.agentId, call.restoreState, call.restoreState === "not_ready" ? "after_transfer" : undefined);
    }
    call.restoreState = null;
    const { held: _h, consult: _c, agent_away: _w, ...vars } = call.vars;
    call.vars = { ...vars, transferred_from: call.agentId };
    if (call.awayTimer) clearTimeout(call.awayTimer);
    call.awayTimer = null;
    this.writeSegmentCdr(call, cause);
    call.agentId = "";
    call.answerMs = 0;
    call.enqueueMs = 0;
    call.acdId = `${call.id}#${Date.now()}`;
  }

  /** An outgoing leg through the tenant's trunk (RFC 3261 §8.1: a new dialog of ours). */
  private trunkLeg(call: Call, role: "agent" | "consult", number: string, trunk: TrunkView): Leg {
    const cid = trunk.callerId || call.callee || call.caller;
    return newLeg({
      role,
      sipCallId: this.stack.newCallId(),
      localTag: this.stack.newTag(),
      localUri: `"${cid}" <sip:${cid}@${this.stack.host}>`,
      remoteUri: `<sip:${number}@${trunk.host}>`,
      remoteTarget: `sip:${number}@${trunk.host}${trunk.port === 5060 ? "" : `:${trunk.port}`}${trunk.transport === "udp" ? "" : `;transport=${trunk.transport}`}`,
      dest: { transport: trunk.transport, address: trunk.host, port: trunk.port },
    });
  }

  private transferToNumber(call: Call, number: string, trunk: TrunkView): void {
    const leg = this.trunkLeg(call, "agent", number, trunk);
    call.b = leg;
    call.trunkId = trunk.id;
    this.legs.set(leg.sipCallId, { call, leg: "b" });
    // The customer hears ringback while the number is dialled.
    this.media.play(call.a.mediaLegId!, { tone: "ringback" });
    this.publishCall(call, pb.CallPhase.CALL_OFFERED);
    call.pendingDial = this.dial(
      call,
      leg,
      trunk,
      [["X-Switchboard-Call-ID", call.id]],
      () => {
        call.pendingDial = null;
        if (call.ended || call.b !== leg || !call.a.mediaLegId || !leg.mediaLegId) {
          void this.sendBye(leg);
          return;
        }
        this.connectB(call, leg);
      },
      () => {
        call.pendingDial = null;
        if (!call.ended && call.b === leg) void this.hangup(call, "system", "transfer_failed");
      },
    );
  }

  /** The customer talks to call.b from now on (a new segment: recorded to its own file). */
  private connectB(call: Call, leg: Leg): void {
    this.media.stopPlay(call.a.mediaLegId!);
    if (this.record && call.tenant.recording === "always") {
      call.recordingPath = `recordings/${call.tenant.id}/${new Date().toISOString().slice(0, 10)}/${call.id}.wav`;
    }
    this.media.bridge(call.a.mediaLegId!, leg.mediaLegId!, call.recordingPath ? { recordingPath: call.recordingPath } : {});
    call.answerMs = Date.now();
    this.counters.callsAnswered++;
    this.journal?.write(this.buildCdr(call, call.answerMs, "system", "system_failure", 0));
    this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
  }

  /**
   * INVITEs `leg` (its remote target and destination already set) with a
   * new media leg: a registered phone, or a trunk answering its digest
   * challenge once (RFC 3261 §22.2). The returned handle cancels it
   * (CANCEL while ringing, BYE for a 2xx that crosses the cancel).
   */
  private dial(call: Call, leg: Leg, trunk: TrunkView | null, extra: Array<[string, string]>, onAnswer: () => void, onFail: (status: number) => void): Dial {
    const d: Dial = { tx: null, cancelled: false };
    const start = async () => {
      let m: { legId: string; port: number };
      try {
        m = await this.media.createLeg(call.id, { codec: "PCMU" });
      } catch (err) {
        this.log("no media leg for a transfer", err);
        if (!d.cancelled) onFail(503);
        return;
      }
      if (d.cancelled) {
        await this.media.destroyLeg(m.legId).catch(() => {});
        return;
      }
      leg.mediaLegId = m.legId;
      leg.localSdp = this.buildSdp(m.port, ["PCMU", "PCMA"], 101);
      let authTries = 0;
      const send = (auth: [string, string] | null) => {
        d.tx = this.stack.sendRequest(this.inviteFor(leg, leg.localSdp!, auth ? [...extra, auth] : extra), leg.dest, {
          onFinal: (res) => {
            d.tx = null;
            if ((res.status === 401 || res.status === 407) && trunk?.username && authTries++ === 0 && !d.cancelled) {
              const challenge = res.get(res.status === 401 ? "WWW-Authenticate" : "Proxy-Authenticate") ?? "";
              leg.localCseq++;
              send([res.status === 401 ? "Authorization" : "Proxy-Authorization", authorizationHeader(challenge, "INVITE", leg.remoteTarget, trunk.username, trunk.password)]);
              return;
            }
            if (res.status >= 300) {
              if (!d.cancelled) onFail(res.status);
              return;
            }
            this.confirmUac(leg, res);
            if (d.cancelled) {
              void this.sendBye(leg);
              return;
            }
            const neg = this.answerSdp(res);
            if (!neg || !leg.mediaLegId) {
              void this.sendBye(leg);
              onFail(488);
              return;
            }
            leg.codec = neg.codec;
            this.media.setRemote(leg.mediaLegId, neg.address, neg.port, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt });
            onAnswer();
          },
          onTimeout: () => {
            d.tx = null;
            if (!d.cancelled) onFail(408);
          },
          onTransportError: () => {
            d.tx = null;
            if (!d.cancelled) onFail(503);
          },
        });
      };
      send(null);
    };
    void start().catch((err) => {
      this.log("dial failed", err);
      if (!d.cancelled) onFail(500);
    });
    return d;
  }

  /** consult start | complete | cancel | conference, from the console. */
  consultCall(tenantId: string, callId: string, action: string, input: TransferTargetInput | null | undefined): switchboard.v1.ICommandResult {
    const found = this.connectedCall(tenantId, callId);
    if (!("id" in found)) return found;
    const call = found;
    if (action === "start") return this.startConsult(call, input);
    if (action !== "complete" && action !== "cancel" && action !== "conference") return { ok: false, code: "invalid", reason: "action must be start, complete, cancel or conference" };
    const c = call.consult;
    if (!c) return { ok: false, code: "conflict", reason: "no consultation in progress" };
    if (action === "cancel") {
      this.endConsult(call, true);
      return { ok: true, callId: call.id };
    }
    if (!c.answered) return { ok: false, code: "conflict", reason: "the consultation target has not answered yet" };
    if (action === "conference") {
      if (c.conference) return { ok: true, callId: call.id };
      this.conferenceConsult(call, c);
      return { ok: true, callId: call.id };
    }
    this.completeConsult(call, true);
    return { ok: true, callId: call.id };
  }

  /**
   * Consultation (咨询): the customer is held with music, the agent hears
   * ringback while the target rings - a browser agent's console (a call of
   * the consultation's own id, answered like any call), a SIP agent's phone,
   * or a number through the trunk - then agent and target talk. The target
   * agent is held out of the ACD (not ready, "consult") meanwhile.
   */
  private startConsult(call: Call, input: TransferTargetInput | null | undefined): switchboard.v1.ICommandResult {
    if (call.consult) return { ok: false, code: "conflict", reason: "a consultation is already in progress" };
    if (call.b!.held) return { ok: false, code: "conflict", reason: "the call is on hold: resume it first" };
    const r = resolveTarget(this.targets, call.tenant.id, input, "consult", call.agentId);
    if (!r.ok) return { ok: false, code: r.code, reason: r.reason };
    const t = r.target;
    if (t.kind === "queue") return { ok: false, code: "invalid", reason: "a consultation needs an agent or a number" };
    if (t.kind === "number" && this.trunkFull(t.trunk)) return { ok: false, code: "busy", reason: "all trunk channels are in use" };
    const id = randomUUID();
    const realm = call.tenant.realm;
    let leg: Leg;
    let agentId = "";
    let restoreState: Consult["restoreState"] = null;
    if (t.kind === "agent") {
      const agent = t.agent;
      agentId = agent.id;
      const engineLeg = this.webrtc?.state(agent.id) === "connected" ? this.webrtc.engineLeg(agent.id) : null;
      if (engineLeg) {
        leg = newLeg({
          role: "consult",
          sipCallId: `webrtc:consult:${id}`,
          localTag: "",
          localUri: "",
          remoteUri: "",
          remoteTarget: "",
          dest: { transport: "udp", address: "127.0.0.1", port: 0 },
          mediaLegId: engineLeg,
          webrtc: true,
        });
      } else {
        const binding = this.registrar.lookup(call.tenant.id, agent.extension)[0];
        if (!binding) return { ok: false, code: "unavailable", reason: `agent ${agent.extension} has no phone or browser connected` };
        leg = newLeg({
          role: "consult",
          sipCallId: this.stack.newCallId(),
          localTag: this.stack.newTag(),
          localUri: `"${call.caller}" <sip:${call.caller}@${realm}>`,
          remoteUri: `<sip:${agent.extension}@${realm}>`,
          remoteTarget: binding.contact,
          dest: binding.source,
        });
      }
      const state = this.acd.agent(agent.id)?.state;
      restoreState = state === "ready" ? "ready" : state === "not_ready" ? "not_ready" : null;
      if (restoreState) this.acd.setAgentState(agent.id, "not_ready", "consult");
    } else {
      leg = this.trunkLeg(call, "consult", t.number, t.trunk);
    }
    const c: Consult = {
      id,
      leg,
      agentId,
      number: t.kind === "number" ? t.number : "",
      restoreState,
      onCall: false,
      dial: null,
      answered: false,
      conference: false,
      startMs: Date.now(),
      ringTimer: null,
    };
    call.consult = c;
    this.consults.set(id, call);
    this.legs.set(leg.sipCallId, { call, leg: "c" });
    // The customer waits with music; the agent hears ringback.
    this.media.unbridge(call.a.mediaLegId!);
    this.media.play(call.a.mediaLegId!, { tone: "moh" });
    this.media.play(call.b!.mediaLegId!, { tone: "ringback" });
    call.vars = { ...call.vars, consult: "ringing" };
    this.publishConsult(call, c, pb.CallPhase.CALL_OFFERED);
    this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
    c.ringTimer = setTimeout(() => {
      c.ringTimer = null;
      if (call.consult === c && !c.answered) this.endConsult(call, true);
    }, this.consultRingMs);
    c.ringTimer.unref();
    if (!leg.webrtc) {
      c.dial = this.dial(
        call,
        leg,
        t.kind === "number" ? t.trunk : null,
        [["X-Switchboard-Call-ID", call.id], ["X-Switchboard-Consult", id]],
        () => this.consultAnswered(call, c),
        () => {
          if (call.consult === c) this.endConsult(call, false);
        },
      );
    }
    return { ok: true, callId: id };
  }

  /** The target answered: agent and target talk, the customer still hears music. */
  private consultAnswered(call: Call, c: Consult): void {
    if (call.ended || call.consult !== c || !c.leg.mediaLegId || !call.b?.mediaLegId) {
      if (!c.leg.webrtc && c.leg.confirmed && call.consult !== c) void this.sendBye(c.leg);
      return;
    }
    if (c.ringTimer) clearTimeout(c.ringTimer);
    c.ringTimer = null;
    c.answered = true;
    c.dial = null;
    c.leg.confirmed = true;
    this.media.stopPlay(call.b.mediaLegId);
    this.media.bridge(call.b.mediaLegId, c.leg.mediaLegId);
    this.targetOnCall(call, c);
    call.vars = { ...call.vars, consult: "talking" };
    this.publishConsult(call, c, pb.CallPhase.CALL_ANSWERED);
    this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
  }

  /**
   * The consultation ends without a transfer (cancelled, the target hung
   * up, did not answer or failed): the target's leg goes, the target agent
   * gets their state back and - unless the call itself is ending - the
   * agent is bridged with the customer again (recording appends).
   */
  private endConsult(call: Call, byeTarget: boolean): void {
    const c = call.consult;
    if (!c) return;
    call.consult = null;
    this.consults.delete(c.id);
    if (c.ringTimer) clearTimeout(c.ringTimer);
    c.ringTimer = null;
    this.legs.delete(c.leg.sipCallId);
    if (c.dial) {
      c.dial.cancelled = true;
      c.dial.tx?.cancel();
    }
    const tl = c.leg.mediaLegId;
    if (c.leg.webrtc) {
      if (tl) {
        this.media.leaveConference(tl);
        this.media.unbridge(tl);
      }
    } else {
      if (byeTarget && c.leg.confirmed) void this.sendBye(c.leg);
      if (tl) void this.media.destroyLeg(tl).catch(() => {});
    }
    // No transfer: the consultation was not the target's call (no stats, no wrap-up).
    if (c.onCall) this.acd.callEnded(c.id);
    if (c.restoreState && c.agentId) this.acd.setAgentState(c.agentId, c.restoreState, c.restoreState === "not_ready" ? "after_consult" : undefined);
    if (c.conference && call.b?.mediaLegId) this.media.leaveConference(call.b.mediaLegId);
    this.publishConsult(call, c, pb.CallPhase.CALL_ENDED);
    const { consult: _c, ...rest } = call.vars;
    call.vars = rest;
    if (call.customerGone && !call.ended) {
      // The target left the two agents' talk after the customer: the agent gets BYE, the call ends.
      if (call.b?.confirmed && !call.b.webrtc) void this.sendBye(call.b);
      void this.hangup(call, "agent", "normal_clearing");
      return;
    }
    if (call.ended || !call.a.mediaLegId || !call.b?.mediaLegId) return;
    this.media.leaveConference(call.a.mediaLegId);
    this.media.leaveConference(call.b.mediaLegId);
    this.media.stopPlay(call.b.mediaLegId);
    this.media.stopPlay(call.a.mediaLegId);
    this.media.bridge(call.a.mediaLegId, call.b.mediaLegId, call.recordingPath ? { recordingPath: call.recordingPath } : {});
    this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
  }

  /**
   * Completes the transfer: the customer is bridged to the target, the
   * agent is released (wrap-up, a CDR for their segment) and the target
   * becomes the call's agent (their state before the consultation comes
   * back when the call ends).
   */
  private completeConsult(call: Call, byeAgent: boolean): void {
    if (call.customerGone) {
      // No customer to hand over: the agent leaving ends the call (the target gets BYE).
      if (byeAgent && call.b?.confirmed && !call.b.webrtc) void this.sendBye(call.b);
      void this.hangup(call, "agent", "normal_clearing");
      return;
    }
    const c = call.consult;
    if (!c?.leg.mediaLegId || !call.a.mediaLegId) return;
    call.consult = null;
    this.consults.delete(c.id);
    if (c.ringTimer) clearTimeout(c.ringTimer);
    c.ringTimer = null;
    if (c.conference) {
      this.media.leaveConference(call.a.mediaLegId);
      if (call.b?.mediaLegId) this.media.leaveConference(call.b.mediaLegId);
      this.media.leaveConference(c.leg.mediaLegId);
    }
    this.releaseAgent(call, c.conference ? "conference_transfer" : "consult_transfer", byeAgent);
    c.leg.role = "agent";
    call.b = c.leg;
    this.legs.set(c.leg.sipCallId, { call, leg: "b" });
    call.agentId = c.agentId;
    if (c.onCall) this.targetTakesCall(call, c);
    else call.restoreState = c.restoreState;
    if (c.number) call.vars = { ...call.vars, transferred_to: c.number };
    else call.vars = { ...call.vars, transferred_to: c.agentId };
    this.publishConsult(call, c, pb.CallPhase.CALL_ENDED);
    this.connectB(call, c.leg);
  }

  /**
   * The customer hangs up a three-way call: their segment's CDR is written
   * (cause as given, side caller) and agent and target stay in the room, now
   * just the two of them, on the same call under a new id, until one of
   * them leaves (then the other gets BYE and the call's last CDR is written).
   */
  private customerLeftConference(call: Call, cause: string): void {
    const a = call.a;
    call.customerGone = true;
    this.legs.delete(a.sipCallId);
    if (a.mediaLegId) {
      this.media.leaveConference(a.mediaLegId);
      void this.media.destroyLeg(a.mediaLegId).catch(() => {});
    }
    this.writeSegmentCdr(call, cause, "caller");
    a.mediaLegId = null;
    call.recordingPath = "";
    call.answerMs = Date.now();
    this.journal?.write(this.buildCdr(call, call.answerMs, "system", "system_failure", 0));
    call.vars = { ...call.vars, customer_left: "1" };
    this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
    if (call.consult) this.publishConsult(call, call.consult, pb.CallPhase.CALL_ANSWERED);
  }

  /** Three-way call (三方通话): customer, agent and target each hear the other two (the mixer's N-1 mix). */
  private conferenceConsult(call: Call, c: Consult): void {
    const room = `conf-${c.id}`;
    this.media.joinConference(room, call.a.mediaLegId!);
    this.media.joinConference(room, call.b!.mediaLegId!);
    this.media.joinConference(room, c.leg.mediaLegId!);
    // The call's recording goes on in the same file while the three talk:
    // the customer left, what the customer hears (both agents) right. It
    // ends when the customer leaves the room (back to a bridge, transfer
    // complete, hang-up); a call not recorded has no recordingPath.
    if (call.recordingPath) this.media.recordConferenceMember(call.a.mediaLegId!, call.recordingPath);
    c.conference = true;
    call.vars = { ...call.vars, consult: "conference" };
    this.publishConsult(call, c, pb.CallPhase.CALL_ANSWERED);
    this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
  }

  /**
   * The target agent answered: the ACD holds them on_call (通话中) under the
   * consultation's id, not counted in their statistics yet (see
   * AcdEngine.connectAgent). The wrap-up a completed transfer will bring is
   * the call's queue's if the target serves it, else their own first queue's
   * (where a blind transfer to them would have queued the call).
   */
  private targetOnCall(call: Call, c: Consult): void {
    if (!c.agentId) return;
    const served = this.config.agent(c.agentId)?.queueIds ?? [];
    c.onCall = this.acd.connectAgent({ id: c.id, agentId: c.agentId, queueId: served.includes(call.queueId) ? call.queueId : undefined });
  }

  /**
   * The transfer completed: the call is the target's like any call the ACD
   * gave them - counted (calls today, talk time from now), their presence
   * before the consultation back (they were held not ready meanwhile), and
   * wrap-up (话后处理) when it ends (hangupCall / releaseAgent end it as
   * call.acdId).
   */
  private targetTakesCall(call: Call, c: Consult): void {
    this.acd.countCall(c.id);
    call.acdId = c.id;
    this.byAcd.set(c.id, call);
    call.restoreState = null;
    if (c.restoreState) this.acd.setAgentState(c.agentId, c.restoreState, c.restoreState === "not_ready" ? "after_consult" : undefined);
  }

  /** The consultation as a call of its own for the target's console (rings, then answered). */
  private publishConsult(call: Call, c: Consult, phase: number): void {
    this.events.publish({ call: this.consultEvent(call, c, phase) });
  }

  private consultEvent(call: Call, c: Consult, phase: number): switchboard.v1.ICallStateEvent {
    return {
      tenantId: call.tenant.id,
      callId: c.id,
      phase,
      caller: call.caller,
      callee: c.number || call.callee,
      queueId: call.queueId,
      agentId: c.agentId,
      tsMs: Date.now(),
      startMs: c.startMs,
      // The customer's data travels to the target (screen pop), with who consults.
      data: { ...call.vars, consult_of: call.id, consult_from: call.agentId },
    };
  }

  /** The session ended but the agent may come back with a new one: hang up after the grace time. */
  private awaitAgentBack(call: Call): void {
    if (call.awayTimer) clearTimeout(call.awayTimer);
    call.awayTimer = setTimeout(() => {
      call.awayTimer = null;
      if (!call.ended && call.vars.agent_away) void this.hangup(call, "agent", "agent_lost");
    }, this.webrtcGraceMs);
    call.awayTimer.unref();
  }

  /** Customer hears music while the agent's side is away (hold, lost browser). */
  private agentHold(call: Call, on: boolean): void {
    if (!call.a.mediaLegId || !call.b?.mediaLegId) return;
    if (on) {
      this.media.unbridge(call.a.mediaLegId);
      this.media.play(call.a.mediaLegId, { tone: "moh" });
    } else {
      this.media.stopPlay(call.a.mediaLegId);
      this.media.bridge(call.a.mediaLegId, call.b.mediaLegId, call.recordingPath ? { recordingPath: call.recordingPath } : {});
    }
    call.vars = { ...call.vars, held: on ? "1" : "0" };
    this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
  }

  /**
   * A browser session changed state. During a call: disconnected -> the
   * customer hears music; connected again (the browser resumed within the
   * grace time) -> back to the agent; closed (lost, bye) -> the call ends
   * with cause agent_lost and a CDR. A ringing offer to a lost browser goes
   * to the next agent.
   */
  webrtcState(ev: WebRtcSessionEvent): void {
    if (ev.state === "closed" || ev.state === "disconnected") {
      // A consultation target's browser went away: the consultation ends.
      for (const call of [...this.consults.values()]) if (call.consult?.leg.webrtc && call.consult.agentId === ev.agentId) this.endConsult(call, false);
    }
    for (const call of [...this.calls.values()]) {
      if (!call.b?.webrtc || call.agentId !== ev.agentId) continue;
      if (!call.answerMs) {
        if (ev.state === "closed" || ev.state === "disconnected") {
          const o = call.offer;
          call.b = null;
          call.offer = null;
          call.agentId = "";
          if (o) this.acd.offerRejected(o.offerId, "failed");
          this.publishCall(call, pb.CallPhase.CALL_QUEUED);
        }
        continue;
      }
      if ((ev.state === "disconnected" || (ev.state === "closed" && ev.reason !== "lost" && ev.reason !== "shutdown")) && !call.vars.agent_away) {
        // The agent's browser went away (network, reload, a page that said
        // bye while unloading): the customer hears music and the call waits
        // for the agent's next session for the grace time. A consultation
        // the agent was in ends (the target cannot be left talking to nobody).
        if (call.consult) this.endConsult(call, true);
        call.vars = { ...call.vars, agent_away: "1" };
        if (!call.b.held) this.agentHold(call, true);
        if (ev.state === "closed") this.awaitAgentBack(call);
      } else if (ev.state === "connected" && call.vars.agent_away) {
        // Back: the same session (resume) or a new one (the page lost its
        // session id): the call moves to the session's current media leg.
        const leg = this.webrtc?.engineLeg(ev.agentId);
        if (leg && call.b.mediaLegId !== leg) call.b.mediaLegId = leg;
        const { agent_away: _away, ...rest } = call.vars;
        call.vars = rest;
        if (call.awayTimer) clearTimeout(call.awayTimer);
        call.awayTimer = null;
        if (!call.b.held) this.agentHold(call, false);
      } else if (ev.state === "closed" && (ev.reason === "lost" || ev.reason === "shutdown")) {
        void this.hangup(call, "agent", "agent_lost");
      }
    }
    const agent = this.config.agent(ev.agentId);
    if (agent) this.registrationChanged(agent);
  }

  // ------------------------------------------------------------ supervisor (班长席)

  /**
   * Listen (监听), whisper (the agent hears the supervisor, the customer
   * does not) or barge (强插). The supervisor's phone is rung; when it
   * answers, customer, agent and supervisor are mixed in a conference room
   * (each hears the others, minus itself) with the supervisor muted
   * (listen) or heard by the agent only (whisper). Stopping re-bridges the
   * two parties; the recording continues appending to the same file.
   */
  monitor(tenantId: string, callId: string, agentId: string, mode: string): switchboard.v1.ICommandResult {
    const call = this.calls.get(callId);
    if (!call || call.tenant.id !== tenantId) return { ok: false, code: "not_found", reason: "no such call" };
    if (mode === "stop") {
      if (!call.monitor) return { ok: false, code: "conflict", reason: "the call is not monitored" };
      void this.endMonitor(call, true);
      return { ok: true };
    }
    if (mode !== "listen" && mode !== "whisper" && mode !== "barge") return { ok: false, code: "invalid", reason: "mode must be listen, whisper, barge or stop" };
    if (!call.answerMs || !call.b?.mediaLegId || !call.a.mediaLegId) return { ok: false, code: "conflict", reason: "the call is not connected to an agent" };
    if (call.consult) return { ok: false, code: "conflict", reason: "a consultation or three-way call is in progress" };
    if (call.monitor) {
      if (call.monitor.supervisorAgentId !== agentId) return { ok: false, code: "conflict", reason: "another supervisor is on this call" };
      call.monitor.mode = mode;
      if (call.monitor.joined && call.monitor.leg.mediaLegId) this.media.updateConferenceMember(call.monitor.leg.mediaLegId, this.memberOpts(call, mode));
      call.vars = { ...call.vars, monitor: mode };
      this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
      return { ok: true };
    }
    const sup = this.config.agent(agentId);
    if (!sup || sup.tenantId !== tenantId) return { ok: false, code: "not_found", reason: "no such agent (supervisor phone)" };
    if (sup.id === call.agentId) return { ok: false, code: "invalid", reason: "the agent on the call cannot monitor it" };
    const binding = this.registrar.lookup(tenantId, sup.extension)[0];
    if (!binding) return { ok: false, code: "conflict", reason: "the supervisor's phone is not registered" };
    const realm = call.tenant.realm;
    const leg = newLeg({
      role: "supervisor",
      sipCallId: this.stack.newCallId(),
      localTag: this.stack.newTag(),
      localUri: `"${mode === "listen" ? "监听" : mode === "whisper" ? "耳语" : "强插"} ${call.caller}" <sip:${call.caller}@${realm}>`,
      remoteUri: `<sip:${sup.extension}@${realm}>`,
      remoteTarget: binding.contact,
      dest: binding.source,
    });
    call.monitor = { leg, mode, supervisorAgentId: agentId, joined: false };
    this.legs.set(leg.sipCallId, { call, leg: "m" });
    void this.ringSupervisor(call, leg).catch((err) => {
      this.log("monitor failed", err);
      void this.endMonitor(call, true);
    });
    return { ok: true, callId: call.id };
  }

  private memberOpts(call: Call, mode: MonitorMode): { muted: boolean; talkTo: string[] | null } {
    if (mode === "listen") return { muted: true, talkTo: null };
    if (mode === "whisper") return { muted: false, talkTo: [call.b!.mediaLegId!] };
    return { muted: false, talkTo: null };
  }

  private async ringSupervisor(call: Call, leg: Leg): Promise<void> {
    const m = await this.media.createLeg(call.id, { codec: "PCMU" });
    leg.mediaLegId = m.legId;
    leg.localSdp = this.buildSdp(m.port, ["PCMU", "PCMA"], 101);
    if (call.ended || call.monitor?.leg !== leg) {
      await this.media.destroyLeg(m.legId).catch(() => {});
      return;
    }
    const invite = this.inviteFor(leg, leg.localSdp, [["X-Switchboard-Call-ID", call.id], ["X-Switchboard-Monitor", call.monitor.mode]]);
    this.stack.sendRequest(invite, leg.dest, {
      onFinal: (res) => {
        if (res.status >= 300) {
          void this.endMonitor(call, false);
          return;
        }
        this.confirmUac(leg, res);
        const neg = this.answerSdp(res);
        const mon = call.monitor;
        if (call.ended || !mon || mon.leg !== leg || !neg || !call.a.mediaLegId || !call.b?.mediaLegId) {
          void this.sendBye(leg);
          return;
        }
        this.media.setRemote(m.legId, neg.address, neg.port, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt });
        const room = `monitor-${call.id}`;
        this.media.joinConference(room, call.a.mediaLegId);
        this.media.joinConference(room, call.b.mediaLegId);
        this.media.joinConference(room, m.legId, this.memberOpts(call, mon.mode));
        // Leaving the bridge ended its recording: go on recording the call
        // into the same file from the room (customer left, what the customer
        // hears right: the agent, and the supervisor once barged in), so a
        // monitored call has no hole in its recording.
        if (call.recordingPath) this.media.recordConferenceMember(call.a.mediaLegId, call.recordingPath);
        mon.joined = true;
        call.vars = { ...call.vars, monitor: mon.mode };
        this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
      },
      onTimeout: () => void this.endMonitor(call, false),
      onTransportError: () => void this.endMonitor(call, false),
    });
  }

  /** Ends monitoring: customer and agent bridged again (recording appends). */
  private async endMonitor(call: Call, byeSupervisor: boolean): Promise<void> {
    const mon = call.monitor;
    if (!mon) return;
    call.monitor = null;
    this.legs.delete(mon.leg.sipCallId);
    if (mon.joined && call.a.mediaLegId && call.b?.mediaLegId) {
      this.media.leaveConference(call.a.mediaLegId);
      this.media.leaveConference(call.b.mediaLegId);
      if (!call.ended) this.media.bridge(call.a.mediaLegId, call.b.mediaLegId, call.recordingPath ? { recordingPath: call.recordingPath } : {});
    }
    if (byeSupervisor && mon.leg.confirmed) await this.sendBye(mon.leg);
    if (mon.leg.mediaLegId) await this.media.destroyLeg(mon.leg.mediaLegId).catch(() => {});
    const { monitor: _gone, ...rest } = call.vars;
    call.vars = rest;
    if (!call.ended) this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
  }

  // ------------------------------------------------------------ outbound (click-to-dial)

  /**
   * Click-to-dial (页面点击拨号) with the agent reserved first (预占用): the
   * agent's phone rings; when the agent answers, the destination is dialled
   * (another extension of the tenant, or a number through the tenant's
   * trunk, answering the carrier's digest challenge); the agent hears
   * ringback until the destination answers, then both are bridged.
   */
  originate(tenantId: string, agentId: string, destination: string, callerId: string): switchboard.v1.ICommandResult {
    const agent = this.config.agent(agentId);
    const tenant = this.config.tenants.get(tenantId);
    if (!agent || !tenant || agent.tenantId !== tenantId) return { ok: false, code: "not_found", reason: "no such agent" };
    if (!/^\+?[0-9*#]{2,32}$/.test(destination)) return { ok: false, code: "invalid", reason: "destination must be 2-32 digits" };
    // The agent's device: a connected browser softphone wins over a
    // registered phone (the agent who clicked is at the page); the browser
    // needs no ringing, the agent is connected at once and hears ringback.
    const engineLeg = this.webrtc?.engineLeg(agentId) ?? null;
    const binding = engineLeg ? undefined : this.registrar.lookup(tenantId, agent.extension)[0];
    if (!engineLeg && !binding) return { ok: false, code: "conflict", reason: "the agent has no browser softphone connected and its phone is not registered" };
    const state = this.acd.agent(agentId)?.state ?? "logged_out";
    if (state === "reserved" || state === "ringing" || state === "on_call") return { ok: false, code: "conflict", reason: `agent is ${state}` };
    const internal = this.config.agentByExtension(tenantId, destination);
    const trunk = internal ? undefined : this.config.trunks(tenantId)[0];
    if (!internal && !trunk) return { ok: false, code: "no_route", reason: "no trunk configured for external numbers" };
    const admits = trunk ? this.trunkAdmits(trunk) : "ok";
    if (admits !== "ok") {
      return { ok: false, code: "busy", reason: admits === "channels" ? "all trunk channels are in use" : "the trunk's calls-per-second limit is reached" };
    }
    // Reserve the agent: no inbound offer while the outbound call is set up.
    this.acd.setAgentState(agentId, "not_ready", "outbound");
    const callId = randomUUID();
    const now = Date.now();
    const realm = tenant.realm;
    const display = callerId || trunk?.callerId || agent.extension;
    const uacLeg = (role: "caller" | "agent", localUri: string, remoteUri: string, target: string, dest: Endpoint): Leg =>
      newLeg({ role, sipCallId: this.stack.newCallId(), localTag: this.stack.newTag(), localUri, remoteUri, remoteTarget: target, dest });
    const nowhere: Endpoint = { transport: "udp", address: "127.0.0.1", port: 0 };
    const b = binding
      ? uacLeg("agent", `"${destination}" <sip:${destination}@${realm}>`, `<sip:${agent.extension}@${realm}>`, binding.contact, binding.source)
      : newLeg({ role: "agent", sipCallId: `webrtc:${callId}`, localTag: "", localUri: "", remoteUri: "", remoteTarget: "", dest: nowhere, mediaLegId: engineLeg!, webrtc: true });
    const call = newCall({
      id: callId,
      direction: "outbound",
      trunkId: trunk?.id ?? "",
      restoreState: state === "ready" ? "ready" : "not_ready",
      tenant,
      caller: display,
      callee: destination,
      startMs: now,
      agentId,
      // The destination leg is filled in once the agent answered.
      a: uacLeg("caller", "", "", "", binding?.source ?? nowhere),
      b,
      vars: { click_to_dial: "1" },
    });
    this.track(call);
    this.legs.set(b.sipCallId, { call, leg: "b" });
    this.counters.callsStarted++;
    if (b.webrtc) {
      b.confirmed = true;
      this.publishCall(call, pb.CallPhase.CALL_OFFERED);
      this.media.play(engineLeg!, { tone: "ringback" });
      void this.dialDestination(call, internal, trunk).catch((err) => {
        this.log("dial destination failed", err);
        void this.hangup(call, "system", "failed");
      });
      return { ok: true, callId };
    }
    void this.ringOutboundAgent(call, b, internal, trunk).catch((err) => {
      this.log("originate failed", err);
      void this.hangup(call, "system", "failed");
    });
    return { ok: true, callId };
  }

  private async ringOutboundAgent(call: Call, b: Leg, internal: AgentView | undefined, trunk: TrunkView | undefined): Promise<void> {
    const m = await this.media.createLeg(call.id, { codec: "PCMU" });
    b.mediaLegId = m.legId;
    b.localSdp = this.buildSdp(m.port, ["PCMU", "PCMA"], 101);
    this.publishCall(call, pb.CallPhase.CALL_OFFERED);
    const invite = this.inviteFor(b, b.localSdp, [["X-Switchboard-Call-ID", call.id]]);
    call.bTx = this.stack.sendRequest(invite, b.dest, {
      onFinal: (res) => {
        call.bTx = null;
        if (res.status >= 300) {
          void this.hangup(call, "agent", res.status === 486 || res.status === 603 ? "agent_rejected" : "agent_no_answer");
          return;
        }
        this.confirmUac(b, res);
        if (call.ended) {
          void this.sendBye(b);
          return;
        }
        const neg = this.answerSdp(res);
        if (!neg || !b.mediaLegId) {
          void this.hangup(call, "system", "bad_sdp");
          return;
        }
        b.codec = neg.codec;
        this.media.setRemote(b.mediaLegId, neg.address, neg.port, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt });
        // The agent hears ringback while the destination is dialled.
        this.media.play(b.mediaLegId, { tone: "ringback" });
        void this.dialDestination(call, internal, trunk).catch((err) => {
          this.log("dial destination failed", err);
          void this.hangup(call, "system", "failed");
        });
      },
      onTimeout: () => void this.hangup(call, "agent", "agent_no_answer"),
      onTransportError: () => void this.hangup(call, "system", "agent_unreachable"),
    });
  }

  private async dialDestination(call: Call, internal: AgentView | undefined, trunk: TrunkView | undefined): Promise<void> {
    let target: string;
    let dest: Endpoint;
    // RFC 3263 §4.3: the targets the trunk's host resolves to, tried in order on 503 / timeout / transport error
    let targets: Endpoint[] = [];
    if (internal) {
      const bind = this.registrar.lookup(call.tenant.id, internal.extension)[0];
      if (!bind) {
        void this.hangup(call, "system", "destination_unreachable");
        return;
      }
      target = bind.contact;
      dest = bind.source;
    } else {
      const t = trunk!;
      const portPart = t.portGiven && t.port !== 5060 ? `:${t.port}` : "";
      target = `sip:${call.callee}@${t.host}${portPart}${t.transportGiven && t.transport !== "udp" ? `;transport=${t.transport}` : ""}`;
      targets = await this.stack.locate(t.host, t.portGiven ? t.port : 0, t.transportGiven ? t.transport : null);
      if (call.ended) return;
      if (targets.length === 0) {
        void this.hangup(call, "system", "trunk_unreachable");
        return;
      }
      dest = targets.shift()!;
    }
    const realm = internal ? call.tenant.realm : trunk!.host;
    const a = call.a;
    a.localUri = `"${call.caller}" <sip:${call.caller}@${internal ? call.tenant.realm : this.stack.host}>`;
    a.remoteUri = `<sip:${call.callee}@${realm}>`;
    a.remoteTarget = target;
    a.dest = dest;
    this.legs.set(a.sipCallId, { call, leg: "a" });
    const m = await this.media.createLeg(call.id, { codec: "PCMU" });
    a.mediaLegId = m.legId;
    a.localSdp = this.buildSdp(m.port, ["PCMU", "PCMA"], 101);
    if (call.ended) return;
    let authTries = 0;
    // next RFC 3263 target: same request, new branch (§4.3); false when none is left or the call is over.
    // Credentials answered one server's challenge: the next server gets the request without them.
    const failover = (): boolean => {
      const next = targets.shift();
      if (next === undefined || call.ended) return false;
      dest = next;
      a.dest = next;
      authTries = 0;
      send(null);
      return true;
    };
    const send = (auth: [string, string] | null) => {
      const invite = this.inviteFor(a, a.localSdp!, auth ? [auth] : []);
      call.aClientTx = this.stack.sendRequest(invite, dest, {
        onFinal: (res) => {
          call.aClientTx = null;
          if (res.status === 503 && failover()) return;
          if ((res.status === 401 || res.status === 407) && trunk?.username && authTries++ === 0 && !call.ended) {
            // RFC 3261 §22.2: answer the carrier's challenge once, new CSeq.
            const challenge = res.get(res.status === 401 ? "WWW-Authenticate" : "Proxy-Authenticate") ?? "";
            a.localCseq++;
            const header = authorizationHeader(challenge, "INVITE", target, trunk.username, trunk.password);
            send([res.status === 401 ? "Authorization" : "Proxy-Authorization", header]);
            return;
          }
          if (res.status >= 300) {
            call.sipStatus = res.status;
            void this.hangup(call, "system", failureCause(res.status));
            return;
          }
          this.confirmUac(a, res);
          if (call.ended) {
            void this.sendBye(a);
            return;
          }
          const neg = this.answerSdp(res);
          if (!neg || !a.mediaLegId || !call.b?.mediaLegId) {
            void this.hangup(call, "system", "bad_sdp");
            return;
          }
          a.codec = neg.codec;
          this.media.setRemote(a.mediaLegId, neg.address, neg.port, { codec: neg.codec, pt: neg.pt, dtmfPt: neg.dtmfPt });
          this.media.stopPlay(call.b.mediaLegId);
          if (this.record && call.tenant.recording === "always") {
            call.recordingPath = `recordings/${call.tenant.id}/${new Date().toISOString().slice(0, 10)}/${call.id}.wav`;
          }
          // Customer on the left channel, agent on the right, as for inbound calls.
          this.media.bridge(a.mediaLegId, call.b.mediaLegId, call.recordingPath ? { recordingPath: call.recordingPath } : {});
          call.sipStatus = 200;
          call.answerMs = Date.now();
          this.counters.callsAnswered++;
          this.journal?.write(this.buildCdr(call, call.answerMs, "system", "system_failure", 0));
          this.publishCall(call, pb.CallPhase.CALL_ANSWERED);
        },
        onTimeout: () => {
          // Timer B (no response at all; a provisional stops it, §17.1.1.2): that server is down, try the next (§4.3)
          if (failover()) return;
          void this.hangup(call, "system", "no_answer");
        },
        onTransportError: () => {
          if (!failover()) void this.hangup(call, "system", "trunk_unreachable");
        },
      });
    };
    send(null);
  }

  private inviteFor(leg: Leg, sdp: Sdp, extra: Array<[string, string]>): SipMessage {
    return SipMessage.request(
      "INVITE",
      leg.remoteTarget,
      [
        ["From", `${leg.localUri};tag=${leg.localTag}`],
        ["To", leg.remoteUri],
        ["Call-ID", leg.sipCallId],
        ["CSeq", `${leg.localCseq} INVITE`],
        ["Contact", this.contact(leg.dest)],
        ["Max-Forwards", "70"],
        ["Allow", ALLOW],
        ["Supported", "replaces, timer"],
        ...extra,
        ["Content-Type", "application/sdp"],
      ],
      Buffer.from(formatSdp(sdp)),
    );
  }

  /** A 2xx to our INVITE: the dialog is confirmed (RFC 3261 §12.1.2), ACK it. */
  private confirmUac(leg: Leg, res: SipMessage): void {
    leg.remoteTag = res.to?.params.get("tag") ?? "";
    leg.remoteTarget = contactUri(res) ?? leg.remoteTarget;
    leg.routeSet = res.getAll("Record-Route").reverse();
    leg.confirmed = true;
    this.sendAck(leg, leg.localCseq);
  }

  private answerSdp(res: SipMessage) {
    const answer = res.body.length ? parseSdp(res.body.toString("utf8")) : null;
    return answer ? negotiateAudio(answer, ["PCMU", "PCMA"]) : null;
  }

  private dropCallsWithLostMedia(): void {
    for (const call of [...this.calls.values()]) {
      const legs = [call.a, call.b, call.monitor?.leg].filter((l): l is Leg => !!l?.mediaLegId);
      if (legs.some((l) => this.media.workerIndexOf(l.mediaLegId!) === undefined)) {
        void this.hangup(call, "system", "media_failure");
      }
    }
  }

  /** Sends an in-dialog OPTIONS on every confirmed leg silent for `dialogProbeMs` (once a second, from the ACD timer). */
  private probeDialogs(): void {
    const now = Date.now();
    for (const call of this.calls.values()) {
      if (call.ended) continue;
      for (const leg of [call.a, call.b]) {
        if (leg?.confirmed && !leg.webrtc && !leg.probing && !leg.lost && now - leg.heardMs >= this.dialogProbeMs) this.probe(call, leg);
      }
    }
  }

  private probe(call: Call, leg: Leg): void {
    leg.probing = true;
    leg.localCseq++;
    const options = SipMessage.request("OPTIONS", leg.remoteTarget, [
      ["From", `${leg.localUri};tag=${leg.localTag}`],
      ["To", `${leg.remoteUri};tag=${leg.remoteTag}`],
      ["Call-ID", leg.sipCallId],
      ["CSeq", `${leg.localCseq} OPTIONS`],
      ["Max-Forwards", "70"],
      ...leg.routeSet.map((r): [string, string] => ["Route", r]),
    ]);
    const gone = (): void => {
      leg.probing = false;
      if (call.ended || (leg !== call.a && leg !== call.b)) return;
      leg.lost = true;
      this.counters.dialogsLost++;
      void this.hangup(call, "system", "dialog_lost");
    };
    this.stack.sendRequest(options, leg.dest, {
      // §12.2.2: 481 = the far end has no such dialog; 408 = it did not answer (as a proxy would report it)
      onFinal: (res) => {
        if (res.status === 481 || res.status === 408) gone();
        else {
          leg.probing = false;
          leg.heardMs = Date.now();
        }
      },
      onTimeout: gone,
      onTransportError: gone,
    });
  }

  /** RFC 4028 §10: no refresh before the session expires -> BYE. */
  private expireSessions(): void {
    const now = Date.now();
    for (const call of this.calls.values()) {
      for (const leg of [call.a, call.b]) {
        if (leg?.sessionExpiresAt && now > leg.sessionExpiresAt) {
          void this.hangup(call, "system", "session_timer_expired");
          break;
        }
      }
    }
  }

  // ------------------------------------------------------------ teardown

  async hangup(call: Call, side: "caller" | "callee" | "agent" | "system", cause: string, status = 0): Promise<void> {
    if (call.ended) return;
    if ((side === "caller" || side === "callee") && call.consult?.conference && !call.customerGone && call.b?.mediaLegId) {
      this.customerLeftConference(call, cause);
      return;
    }
    call.ended = true;
    const endMs = Date.now();
    if (call.announceTimer) {
      clearTimeout(call.announceTimer);
      call.announceTimer = null;
    }
    if (call.awayTimer) {
      clearTimeout(call.awayTimer);
      call.awayTimer = null;
    }
    if (call.ivr && call.a.mediaLegId) {
      this.ivrByLeg.delete(call.a.mediaLegId);
      call.ivr.close();
    }
    if (call.aTx && !call.aTx.finalSent) {
      call.aTx.respond(status || 480, {});
      call.sipStatus = status || 480;
    }
    if (call.bTx) {
      call.offerCancelled = true;
      call.bTx.cancel();
    }
    if (call.aClientTx) {
      call.aClientTx.cancel();
      call.aClientTx = null;
    }
    if (call.consult) this.endConsult(call, true);
    if (call.pendingDial) {
      call.pendingDial.cancelled = true;
      call.pendingDial.tx?.cancel();
      call.pendingDial = null;
    }
    if (call.monitor) await this.endMonitor(call, true);
    // BYEs go out now but are not waited for: a peer that never answers
    // (Timer F, 32 s) must not keep media flowing or the call counted.
    if (side !== "caller" && side !== "callee" && call.sipStatus === 200 && !call.customerGone && !call.a.lost) void this.sendBye(call.a);
    if (side !== "agent" && call.b?.confirmed && !call.b.webrtc && !call.b.lost) void this.sendBye(call.b);
    // A browser session's leg outlives the call: it may still play the ringback of a click-to-dial.
    if (call.b?.webrtc && call.b.mediaLegId && !call.answerMs) this.media.stopPlay(call.b.mediaLegId);
    let mos = 0;
    // A browser session's leg outlives the call (unbridged when the customer's leg goes).
    const ends = await Promise.all(
      [call.a, call.b].map((leg) => (leg?.mediaLegId && !leg.webrtc ? this.media.destroyLeg(leg.mediaLegId).catch(() => null) : null)),
    );
    for (const stats of ends) if (stats?.mos) mos = mos ? Math.min(mos, stats.mos) : stats.mos;
    const quality = { customer: legQuality(ends[0], call.a.sipRttMs), agent: legQuality(ends[1], call.b?.sipRttMs) };
    this.acd.callEnded(call.acdId);
    this.byAcd.delete(call.acdId);
    // After click-to-dial the agent goes back to the state they had.
    if (call.restoreState) this.acd.setAgentState(call.agentId, call.restoreState, call.restoreState === "not_ready" ? "after_outbound" : undefined);
    this.legs.delete(call.a.sipCallId);
    if (call.b) this.legs.delete(call.b.sipCallId);
    this.untrack(call);
    this.counters.callsEnded++;
    const cdr = this.buildCdr(call, endMs, side, cause, mos, quality);
    if (call.answerMs && call.recordingPath && this.post) {
      // The recording is final once its legs are destroyed (the worker settles
      // its writes first); derivatives are made off the call thread.
      const path = join(this.dataDir, call.recordingPath);
      this.post.process(path).catch((err) => this.log(`post-processing ${path} failed`, err));
    }
    // The journal entry goes only once the CDR is on disk.
    const journalId = call.id;
    this.events.publishDurable({ cdr }, () => this.journal?.remove(journalId));
    this.publishCall(call, pb.CallPhase.CALL_ENDED);
  }

  private buildCdr(
    call: Call,
    endMs: number,
    side: string,
    cause: string,
    mos: number,
    quality: { customer: switchboard.v1.ILegQuality | null; agent: switchboard.v1.ILegQuality | null } = { customer: null, agent: null },
  ): switchboard.v1.ICdr {
    return {
      callId: call.id,
      tenantId: call.tenant.id,
      sipCallId: call.a.sipCallId,
      direction: call.direction,
      caller: call.caller,
      callee: call.callee,
      startMs: call.startMs,
      answerMs: call.answerMs,
      endMs,
      queueId: call.queueId,
      queueWaitMs: call.enqueueMs ? (call.answerMs || endMs) - call.enqueueMs : 0,
      agentId: call.answerMs || call.direction !== "inbound" ? call.agentId : "",
      hangupCause:
        call.answerMs || call.direction !== "inbound" ? cause : cause === "normal_clearing" ? (call.ivrServed ? "ivr_completed" : "abandoned") : cause,
      hangupSide: side,
      recordingPath: call.answerMs ? call.recordingPath : "",
      sipStatus: call.sipStatus,
      mos,
      ivrFlow: call.ivrFlow,
      ivrServed: call.ivrServed,
      vars: call.vars,
      trunkId: call.trunkId,
      customerQuality: quality.customer,
      agentQuality: quality.agent,
    };
  }

  /**
   * A transfer closes the segment with the first agent: its CDR is written
   * now (cause "blind_transfer"), and the call continues under a new id so
   * every segment has its own CDR and recording; sip_call_id links them.
   */
  private writeSegmentCdr(call: Call, cause: string, side: "agent" | "caller" = "agent"): void {
    const now = Date.now();
    const segmentId = call.id;
    this.events.publishDurable({ cdr: this.buildCdr(call, now, side, cause, 0) }, () => this.journal?.remove(segmentId));
    this.publishCall(call, pb.CallPhase.CALL_ENDED);
    this.calls.delete(call.id);
    call.id = randomUUID();
    call.startMs = now;
    call.recordingPath = "";
    this.calls.set(call.id, call);
    this.publishCall(call, pb.CallPhase.CALL_NEW);
  }

  private sendAck(leg: Leg, cseq = 1): void {
    const ack = SipMessage.request("ACK", leg.remoteTarget, [
      ["From", `${leg.localUri};tag=${leg.localTag}`],
      ["To", `${leg.remoteUri};tag=${leg.remoteTag}`],
      ["Call-ID", leg.sipCallId],
      ["CSeq", `${cseq} ACK`],
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

  /** Our Contact on the transport the peer talks to us over (TLS/WS legs get ;transport=, RFC 7118 §5). */
  private contact(peer: Endpoint): string {
    return this.stack.contactUri("switchboard", peer.transport);
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
        data: call.vars,
      },
    });
  }

  private publishAgent(agentId: string, state: string, reason: string | null, sinceMs: number): void {
    const agent = this.config.agent(agentId);
    if (!agent) return;
    this.events.publish({
      agent: {
        tenantId: agent.tenantId,
        agentId,
        status: STATUS_OF[state] ?? pb.AgentStatus.AGENT_LOGGED_OUT,
        reason: reason ?? "",
        sinceMs,
        registered: this.reachable(agent),
        callId: this.callIdOfAgent(agentId),
      },
    });
  }

  /** A SIP phone registered or a browser session connected. */
  private reachable(agent: AgentView): boolean {
    return this.registrar.isRegistered(agent.tenantId, agent.extension) || this.webrtc?.state(agent.id) === "connected";
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
    // "Ready" during after-call work ends it early (the console's 完成话后 button): the agent is
    // offered calls again at once instead of when the queue's wrap-up time runs out.
    if (state === "ready") this.acd.endWrapUp(agentId);
    return { ok: true };
  }

  hangupById(tenantId: string, callId: string, agentId = ""): switchboard.v1.ICommandResult {
    const consulting = this.consults.get(callId);
    if (consulting && consulting.tenant.id === tenantId) {
      // The target (or a supervisor) ends the consultation: the agent gets the customer back.
      const c = consulting.consult;
      if (agentId && c?.agentId !== agentId) return { ok: false, code: "forbidden", reason: "not this agent's call" };
      this.endConsult(consulting, true);
      return { ok: true };
    }
    const call = this.calls.get(callId);
    if (!call || call.tenant.id !== tenantId) return { ok: false, code: "not_found", reason: "no such call" };
    if (agentId && call.consult?.answered && call.agentId === agentId) {
      // The consulting agent leaves: the customer stays with the target (transfer complete).
      this.completeConsult(call, true);
      return { ok: true };
    }
    if (agentId) {
      // The agent on the call hangs up (console); a ringing offer is a rejection.
      if (call.agentId !== agentId) return { ok: false, code: "forbidden", reason: "not this agent's call" };
      if (!call.answerMs && call.offer) {
        const o = call.offer;
        if (call.b?.webrtc) {
          call.b = null;
          call.offer = null;
          call.agentId = "";
          this.acd.offerRejected(o.offerId, "rejected");
          this.publishCall(call, pb.CallPhase.CALL_QUEUED);
        } else call.bTx?.cancel();
        return { ok: true };
      }
      void this.hangup(call, "agent", "normal_clearing");
      return { ok: true };
    }
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
    // One pass over the calls, not one per agent.
    const callOf = new Map<string, string>();
    for (const c of this.calls.values()) if (c.agentId && (!tenantId || c.tenant.id === tenantId)) callOf.set(c.agentId, c.id);
    for (const a of this.config.agents()) {
      if (tenantId && a.tenantId !== tenantId) continue;
      const s = this.acd.agent(a.id);
      agents.push({
        tenantId: a.tenantId,
        agentId: a.id,
        status: STATUS_OF[s?.state ?? "logged_out"],
        reason: s?.reason ?? "",
        sinceMs: s?.sinceMs ?? 0,
        registered: this.reachable(a),
        callId: callOf.get(a.id) ?? "",
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
        data: c.vars,
      });
      if (c.consult) calls.push(this.consultEvent(c, c.consult, c.consult.answered ? pb.CallPhase.CALL_ANSWERED : pb.CallPhase.CALL_OFFERED));
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

  /**
   * SIP dialogs the manager holds (every leg of a call in progress by its Call-ID, plus transferred-away legs
   * waiting for their BYE). Gauges for the overload suite: after a load and 64*T1 all must be 0.
   */
  get dialogCounts(): { legs: number; detached: number; consults: number; acdCalls: number; ending: number } {
    let ending = 0;
    for (const c of this.calls.values()) if (c.ended) ending++;
    return { legs: this.legs.size, detached: this.detached.size, consults: this.consults.size, acdCalls: this.byAcd.size, ending };
  }

  /** Hang up every call (shutdown), writing their CDRs. */
  async close(): Promise<void> {
    clearInterval(this.acdTimer);
    await Promise.all([...this.calls.values()].map((c) => this.hangup(c, "system", "shutdown")));
    this.journal?.close();
  }
}

/** RFC 4028 §4: Min-SE default (90 s). */
const MIN_SE = 90;

const ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE, REFER, NOTIFY, REGISTER";
