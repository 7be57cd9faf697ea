// SIP transport (RFC 3261 §18, RFC 3581 rport) and transaction layer (§17, RFC 6026 for the INVITE 2xx rules).
// One SipStack owns a UDP socket and a TCP listener on the same port, the client/server transaction tables
// and the 2xx retransmitter of §13.3.1.4. Nothing on the receive path throws: errors are counted and dropped.

import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";
import {
  type ParseFailure,
  SipMessage,
  buildResponse,
  isParseFailure,
  parseMessage,
  reasonPhrase,
  validateRequest,
} from "./message.ts";
import { type Via, formatVia, isToken, isTokenChar, splitList } from "./uri.ts";
import { literalLookup } from "../net/index.ts";
import { SipResolver, type SipResolverOptions, type SipTarget } from "./dns.ts";
import { WsDecoder, wsAccept, wsFrame } from "./ws.ts";

export type TransportName = "udp" | "tcp" | "tls" | "ws";

export interface Endpoint {
  transport: TransportName;
  address: string;
  port: number;
  /** stream transports: reuse the connection a request came on */
  connectionId?: number;
}

export interface SipStackOptions {
  /** local address to bind and to put in Via (default "127.0.0.1") */
  host?: string;
  /** default 5060; 0 = pick a free one (same port for UDP and TCP) */
  port?: number;
  /** listen on UDP (default true) */
  udp?: boolean;
  /** listen on TCP (default true) */
  tcp?: boolean;
  /** largest message accepted, also the stream framing limit (default 65535) */
  maxMessageSize?: number;
  /** option tags we support for Require checks (default ["replaces","timer","100rel"]); unknown -> 420 (§8.2.2.3) */
  supported?: string[];
  /** (addition) inbound TCP/TLS/WS connections accepted per listener; Node refuses the excess (default 10_000) */
  maxConnections?: number;
  /** (addition) new requests beyond this many live server transactions get a stateless 503 + Retry-After (default 100_000) */
  maxServerTransactions?: number;
  /** RFC 3261 T1 in ms (default 500); T2 = 8*T1 capped at 4000, T4 = 10*T1 capped at 5000 */
  timerT1Ms?: number;
  /** every new request except ACK and CANCEL-of-known-INVITE */
  onRequest: (tx: ServerTransaction) => void;
  /** ACK for 2xx (not matched by a transaction, §17.2.3/§13.3.1.4) */
  onAck?: (ack: SipMessage, source: Endpoint) => void;
  /** responses no client transaction matched, e.g. 2xx retransmissions to INVITE after the tx is gone */
  onResponseOutsideTransaction?: (res: SipMessage, source: Endpoint) => void;
  /**
   * (addition) SIP over TLS (RFC 3261 §26.2, "SIP/2.0/TLS" Via). Listens when given. port: default 5061 when
   * `port` is fixed, a free port when `port` is 0. rejectUnauthorized applies to outbound connections (default true);
   * ca: extra trust anchors for outbound connections (default: Node's bundle).
   */
  tls?: {
    key: Buffer | string; cert: Buffer | string; port?: number; ca?: Buffer | string | Array<Buffer | string>; rejectUnauthorized?: boolean;
    /** listen for SIP over TLS (default true; false: the key/cert only serve `wss` and outbound TLS) */
    listen?: boolean;
  };
  /**
   * (addition) SIP over WebSocket (RFC 7118, subprotocol "sip"), inbound only (browsers connect to us).
   * port: default 5066 when `port` is fixed, a free port when `port` is 0. secure: serve wss:// with the `tls`
   * key/cert (default false).
   */
  ws?: { port?: number; secure?: boolean };
  /**
   * (addition) SIP over secure WebSocket (wss://, RFC 7118 §5.1 Via transport "WSS") on its own port, beside `ws`;
   * uses the `tls` key/cert. port: default 7443 when `port` is fixed, a free port when `port` is 0.
   */
  wss?: { port?: number };
  /** (addition) RFC 3263 lookups for `locate()` (default: the system resolver, answers reused 30 s) */
  dns?: SipResolverOptions;
  /** (addition) SIP trace tap: every datagram/framed message in and out (default none; keep it cheap) */
  onTrace?: (dir: "in" | "out", data: Buffer, peer: Endpoint) => void;
  /** (addition) a 2xx to INVITE was retransmitted for 64*T1 without an ACK (§13.3.1.4: the TU should BYE) */
  onAckTimeout?: (res: SipMessage) => void;
}

export class SipError extends Error {
  constructor(public status: number, public reason: string) {
    super(`${status} ${reason}`);
    this.name = "SipError";
  }
}

/** Stack counters; all monotonically increasing. */
export interface StackCounters {
  received: number; sent: number; malformed: number; dropped: number; retransmissionsAbsorbed: number;
  /** our own retransmissions (timers A, E, G and 2xx) */
  retransmissionsSent: number;
  /** exceptions thrown by TU callbacks (caught) */
  tuErrors: number;
  transportErrors: number;
  /** client transactions that hit timer B/F */
  timeouts: number;
  /** non-2xx finals (timer H) or 2xx (64*T1) never ACKed */
  ackTimeouts: number;
  /** respond() after a final response (ignored) */
  lateResponses: number;
  /** requests the stack answered itself with an error (400/416/482/...) */
  rejected: number;
  connectionsClosed: number;
  /** UDP sends above MTU-200 (§18.1.1 would switch to TCP; we keep UDP on loopback) */
  oversizeUdpSent: number;
  /** non-INVITE server transactions the TU never answered (dropped after 64*T1) */
  abandoned: number;
  /** requests shed with 503 because maxServerTransactions was reached */
  overload: number;
  /** reliable provisionals (RFC 3262) never PRACKed within 64*T1 */
  prackTimeouts: number;
  /** CRLF keep-alives seen (UDP) / answered (streams, RFC 5626 §3.5.1) */
  keepalives: number;
  /** inbound connections accepted per stream transport */
  tcpAccepted: number;
  tlsAccepted: number;
  /** all WebSocket connections (ws + wss) / the secure ones */
  wsAccepted: number;
  wssAccepted: number;
  [k: string]: number;
}

const COOKIE = "z9hG4bK";
const DIALOG_METHODS = new Set(["INVITE", "SUBSCRIBE", "REFER", "NOTIFY"]);
const CRLF2 = Buffer.from("\r\n\r\n");
const CRLF = Buffer.from("\r\n");

interface Conn {
  id: number;
  transport: "tcp" | "tls" | "ws";
  socket: net.Socket;
  ws: WsDecoder | null;
  /** a WebSocket over TLS (wss://) */
  secure: boolean;
  buf: Buffer;
  remote: Endpoint;
  connected: boolean;
  waiters: Array<(err: Error | null) => void>;
  partialTimer: NodeJS.Timeout | null;
  key: string | null;
}

interface Ok2xx {
  key: string;
  buf: Buffer;
  res: SipMessage;
  dest: Endpoint;
  interval: number;
  timer: NodeJS.Timeout | null;
  deadline: number;
}

function isIp(h: string): boolean {
  return net.isIP(h) !== 0;
}

function stripBrackets(h: string): string {
  return h.charCodeAt(0) === 91 ? h.slice(1, -1) : h;
}


// ---------------------------------------------------------------- server transaction

type SState = "trying" | "proceeding" | "completed" | "confirmed" | "accepted" | "terminated";

export class ServerTransaction {
  readonly request: SipMessage;
  /** where it came from (received/rport applied) */
  readonly source: Endpoint;
  /** set by the TU: the stack answered the CANCEL with 200 itself (§9.2); the TU must then respond 487 */
  onCancel: (() => void) | null = null;
  /** @internal */ key: string;
  /** @internal */ mergeKey: string | null;
  /** @internal */ state: SState = "trying";
  /** @internal */ last: Buffer | null = null;
  private stack: SipStack;
  private readonly isInvite: boolean;
  private readonly reliable: boolean;
  private timer: NodeJS.Timeout | null = null;
  private timer2: NodeJS.Timeout | null = null;
  private interval = 0;
  private _final = false;
  /** @internal */ lastStatus = 0;

  /** @internal */
  constructor(stack: SipStack, request: SipMessage, source: Endpoint, key: string, mergeKey: string | null) {
    this.stack = stack;
    this.request = request;
    this.source = source;
    this.key = key;
    this.mergeKey = mergeKey;
    this.isInvite = request.method === "INVITE";
    this.reliable = source.transport !== "udp";
  }

  /** @internal non-INVITE: the client gives up after 64*T1 (timer F), so a TU that never answers must not leak us */
  armAbandon(): void {
    if (this.isInvite) return;
    this.timer2 = setTimeout(() => {
      if (this._final) return;
      this.stack.counters.abandoned++;
      this.terminate();
    }, 64 * this.stack.t1 + 1000);
  }

  get finalSent(): boolean {
    return this._final;
  }

  /**
   * Send a response built with buildResponse + extras. Later calls after a final response are ignored
   * (counted as `lateResponses`). A 100 is sent without a To tag. For INVITE 2xx the stack retransmits (§13.3.1.4).
   */
  respond(status: number, opts?: { reason?: string; toTag?: string; headers?: Array<[string, string]>; body?: Buffer; contentType?: string }): void {
    if (!Number.isInteger(status) || status < 100 || status > 699) throw new TypeError(`invalid status ${status}`);
    if (opts?.reason !== undefined && /[\r\n]/.test(opts.reason)) throw new TypeError("CR/LF in reason phrase");
    if (opts?.toTag !== undefined && opts.toTag !== "" && !isToken(opts.toTag)) throw new TypeError("toTag must be a token");
    if (this._final || this.state === "terminated") {
      this.stack.counters.lateResponses++;
      return;
    }
    const req = this.request;
    const res = buildResponse(req, status, opts?.reason, opts?.toTag);
    if (opts?.headers) for (const [n, v] of opts.headers) res.append(n, v);
    // §12.1.1: a dialog-creating response MUST carry the request's Record-Route values (unless the TU set them)
    if (status > 100 && status < 300 && DIALOG_METHODS.has(req.method) && res.get("Record-Route") === undefined && res.to?.params.has("tag")) {
      for (const [n, v] of req.headers) if (n === "Record-Route") res.append(n, v);
    }
    // §8.2.6.1: a 100 echoes Timestamp
    if (status === 100) {
      const ts = req.get("Timestamp");
      if (ts !== undefined) res.append("Timestamp", ts);
    }
    if (opts?.body !== undefined && opts.body.length > 0) {
      res.body = opts.body;
      if (opts.contentType !== undefined) res.set("Content-Type", opts.contentType);
    }
    this.sendResponse(res);
  }

  /** @internal send a fully built response through the state machine */
  sendResponse(res: SipMessage): void {
    const status = res.status;
    if (status > 100 && status < 200 && this.isInvite && this.wants100rel()) {
      this.sendReliable(res);
      return;
    }
    const buf = res.toBuffer();
    this.lastStatus = status;
    if (status < 200) {
      this.state = "proceeding";
      this.last = buf;
      this.out(buf);
      return;
    }
    this._final = true;
    this.clearTimers();
    this.stopReliable();
    if (this.isInvite && status < 300) {
      // §17.2.1 + RFC 6026 §7.1: the TU (here: the stack's 2xx retransmitter) owns 2xx reliability;
      // the tx lingers in Accepted for 64*T1 to absorb retransmitted INVITEs without passing them up.
      this.last = null;
      this.state = "accepted";
      this.out(buf);
      this.stack.start2xx(this.request, res, buf, this.source);
      this.timer = setTimeout(() => this.terminate(), 64 * this.stack.t1);
      return;
    }
    this.last = buf;
    this.state = "completed";
    this.out(buf);
    if (this.isInvite) {
      // timers G (retransmit, UDP only) and H (wait for ACK)
      if (!this.reliable) {
        this.interval = this.stack.t1;
        this.timer = setTimeout(() => this.timerG(), this.interval);
      }
      this.timer2 = setTimeout(() => {
        this.stack.counters.ackTimeouts++;
        this.terminate();
      }, 64 * this.stack.t1);
    } else {
      // timer J
      if (this.reliable) this.terminate();
      else this.timer = setTimeout(() => this.terminate(), 64 * this.stack.t1);
    }
  }

  // ---- RFC 3262 reliable provisionals (UAS side): used when the INVITE has Require: 100rel

  private rel: { rseq: number; buf: Buffer; interval: number; timer: NodeJS.Timeout | null; start: number } | null = null;
  private relQueue: SipMessage[] = [];
  private rseq = 0;

  private wants100rel(): boolean {
    for (const r of this.request.getAll("Require")) if (r.toLowerCase() === "100rel") return true;
    return false;
  }

  private sendReliable(res: SipMessage): void {
    // §3: one unacknowledged reliable provisional at a time; later ones wait for the PRACK
    if (this.rel !== null) {
      this.relQueue.push(res);
      return;
    }
    if (this.rseq === 0) this.rseq = 1 + Math.floor(Math.random() * 0x7fffffff);
    else this.rseq++;
    res.set("Require", "100rel");
    res.set("RSeq", String(this.rseq));
    const buf = res.toBuffer();
    this.lastStatus = res.status;
    this.state = "proceeding";
    this.last = buf;
    this.out(buf);
    const rel = { rseq: this.rseq, buf, interval: this.stack.t1, timer: null as NodeJS.Timeout | null, start: Date.now() };
    this.rel = rel;
    this.stack.registerPrack(this, `${this.request.callId}|${rel.rseq}|${this.request.cseq.seq}`);
    const again = (): void => {
      if (this.rel !== rel) return;
      if (Date.now() - rel.start >= 64 * this.stack.t1) {
        // §3: never PRACKed; stop retransmitting (the TU decides whether to fail the call)
        this.stack.counters.prackTimeouts++;
        this.stopReliable();
        return;
      }
      this.stack.counters.retransmissionsSent++;
      this.out(rel.buf);
      rel.interval *= 2;
      rel.timer = setTimeout(again, rel.interval);
    };
    rel.timer = setTimeout(again, rel.interval);
  }

  /** @internal a PRACK matched our outstanding reliable provisional */
  prack(): void {
    const next = this.relQueue.shift();
    this.stopReliable(false);
    if (next !== undefined && !this._final) this.sendReliable(next);
  }

  private stopReliable(dropQueue = true): void {
    const r = this.rel;
    if (r !== null) {
      if (r.timer !== null) clearTimeout(r.timer);
      this.stack.unregisterPrack(`${this.request.callId}|${r.rseq}|${this.request.cseq.seq}`);
    }
    this.rel = null;
    if (dropQueue) this.relQueue = [];
  }

  private timerG(): void {
    if (this.state !== "completed" || this.last === null) return;
    this.stack.counters.retransmissionsSent++;
    this.out(this.last);
    this.interval = Math.min(this.interval * 2, this.stack.t2);
    this.timer = setTimeout(() => this.timerG(), this.interval);
  }

  /** @internal a retransmission of the request arrived */
  retransmission(): void {
    this.stack.counters.retransmissionsAbsorbed++;
    if (this.last !== null && (this.state === "proceeding" || this.state === "completed")) {
      this.out(this.last);
    }
  }

  /** §18.2.2: on a stream, use the request's connection; if it is gone, connect to received + sent-by port */
  private out(buf: Buffer): void {
    const src = this.source;
    if (src.transport === "udp" || src.connectionId === undefined || this.stack.hasConnection(src.connectionId)) {
      this.stack.transmit(buf, src);
      return;
    }
    const alt = this.stack.streamFallback(this.request, src);
    if (alt !== null) this.stack.transmit(buf, alt);
    else this.stack.counters.transportErrors++;
  }

  /** @internal ACK matching this INVITE tx (non-2xx final) */
  ack(): void {
    if (this.state !== "completed") {
      this.stack.counters.retransmissionsAbsorbed++;
      return;
    }
    this.clearTimers();
    this.state = "confirmed";
    // timer I: absorb ACK retransmissions for T4 on UDP
    if (this.reliable) this.terminate();
    else this.timer = setTimeout(() => this.terminate(), this.stack.t4);
  }

  private clearTimers(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.timer2 !== null) clearTimeout(this.timer2);
    this.timer = null;
    this.timer2 = null;
  }

  /** @internal */
  terminate(): void {
    if (this.state === "terminated") return;
    this.clearTimers();
    this.stopReliable();
    this.state = "terminated";
    this.stack.removeServer(this);
  }
}

// ---------------------------------------------------------------- client transaction

type CState = "calling" | "proceeding" | "completed" | "terminated";

interface ClientHandlers {
  onProvisional?(res: SipMessage): void;
  onFinal(res: SipMessage): void;
  onTimeout?(): void;
  onTransportError?(err: Error): void;
}

export class ClientTransaction {
  readonly request: SipMessage;
  /** @internal */ key: string;
  /** @internal */ state: CState = "calling";
  private stack: SipStack;
  private handlers: ClientHandlers;
  private dest: Endpoint;
  private buf: Buffer;
  private readonly isInvite: boolean;
  private readonly reliable: boolean;
  private timer: NodeJS.Timeout | null = null;
  private timer2: NodeJS.Timeout | null = null;
  private interval: number;
  private cancelWanted = false;
  private cancelSent = false;
  private ackBuf: Buffer | null = null;
  /** @internal */ branch: string;

  /** @internal */
  constructor(stack: SipStack, req: SipMessage, dest: Endpoint, handlers: ClientHandlers, branch: string) {
    this.stack = stack;
    this.request = req;
    this.dest = dest;
    this.handlers = handlers;
    this.branch = branch;
    this.isInvite = req.method === "INVITE";
    this.reliable = dest.transport !== "udp";
    this.key = `${branch}|${req.method}`;
    this.buf = req.toBuffer();
    this.interval = stack.t1;
  }

  /** @internal */
  start(): void {
    this.stack.transmit(this.buf, this.dest, (err) => this.transportError(err));
    if (this.state === "terminated") return;
    if (!this.reliable) this.timer = setTimeout(() => this.retransmit(), this.interval); // timer A / E
    this.timer2 = setTimeout(() => this.timeout(), 64 * this.stack.t1); // timer B / F
  }

  private retransmit(): void {
    if (this.state === "terminated" || this.state === "completed") return;
    if (this.isInvite && this.state !== "calling") return;
    this.stack.counters.retransmissionsSent++;
    this.stack.transmit(this.buf, this.dest, (err) => this.transportError(err));
    // INVITE: timer A doubles without cap; non-INVITE: timer E capped at T2, and T2 once Proceeding (§17.1.2.2)
    this.interval = this.isInvite ? this.interval * 2 : this.state === "proceeding" ? this.stack.t2 : Math.min(this.interval * 2, this.stack.t2);
    this.timer = setTimeout(() => this.retransmit(), this.interval);
  }

  private timeout(): void {
    if (this.state === "terminated" || this.state === "completed") return;
    this.stack.counters.timeouts++;
    this.terminate();
    this.stack.callTu(() => this.handlers.onTimeout?.());
  }

  private transportError(err: Error): void {
    if (this.state === "terminated") return;
    this.stack.counters.transportErrors++;
    this.terminate();
    // may fire inside sendRequest(); defer so the TU always has the transaction object first
    queueMicrotask(() => this.stack.callTu(() => this.handlers.onTransportError?.(err)));
  }

  /** Send CANCEL per §9.1 once a provisional arrived (or when one arrives). No-op after a final response. */
  cancel(): void {
    if (!this.isInvite) throw new TypeError("only INVITE transactions can be cancelled");
    if (this.cancelWanted) return;
    this.cancelWanted = true;
    if (this.state === "proceeding") this.sendCancel();
  }

  private sendCancel(): void {
    if (this.cancelSent) return;
    this.cancelSent = true;
    const r = this.request;
    // §9.1: same Request-URI, Call-ID, To, From, CSeq number, Route; a single Via equal to the INVITE's top Via
    const h: Array<[string, string]> = [["Via", r.get("Via") !== undefined ? (splitList(r.get("Via") as string)[0] as string) : ""]];
    for (const [n, v] of r.headers) {
      if (n === "Route" || n === "From" || n === "To" || n === "Call-ID" || n === "Max-Forwards") h.push([n, v]);
    }
    h.push(["CSeq", `${r.cseq.seq} CANCEL`]);
    const c = SipMessage.request("CANCEL", r.requestUri, h);
    this.stack.sendWithBranch(c, this.dest, { onFinal: () => {} }, this.branch);
    // §9.1: no final response 64*T1 after the CANCEL -> consider the INVITE cancelled (reported as a timeout)
    if (this.timer2 === null) this.timer2 = setTimeout(() => this.timeout(), 64 * this.stack.t1);
  }

  /** @internal */
  receive(res: SipMessage): void {
    const st = res.status;
    if (this.state === "terminated") return;
    if (st < 200) {
      if (this.state === "completed") return;
      if (this.state === "calling") {
        this.state = "proceeding";
        // §17.1.1.2: Proceeding stops timer A and timer B; the TU decides how long an INVITE may ring
        if (this.isInvite) this.clearTimers();
      }
      if (this.cancelWanted) this.sendCancel();
      this.stack.callTu(() => this.handlers.onProvisional?.(res));
      return;
    }
    if (this.state === "completed") {
      // retransmitted final: re-send the ACK (INVITE) / absorb
      this.stack.counters.retransmissionsAbsorbed++;
      if (this.ackBuf !== null) this.stack.transmit(this.ackBuf, this.dest);
      return;
    }
    this.clearTimers();
    if (this.isInvite && st < 300) {
      // §17.1.1.2: 2xx terminates the tx; the TU sends the ACK (retransmissions arrive via onResponseOutsideTransaction)
      this.terminate();
      this.stack.callTu(() => this.handlers.onFinal(res));
      return;
    }
    this.state = "completed";
    if (this.isInvite) {
      this.ackBuf = this.buildAck(res).toBuffer();
      this.stack.transmit(this.ackBuf, this.dest);
    }
    // timer D (INVITE, 32 s >= 64*T1 on UDP) / timer K (non-INVITE, T4)
    const linger = this.reliable ? 0 : this.isInvite ? Math.max(32000, 64 * this.stack.t1) : this.stack.t4;
    if (linger === 0) this.terminate();
    else this.timer = setTimeout(() => this.terminate(), linger);
    this.stack.callTu(() => this.handlers.onFinal(res));
  }

  /** §17.1.1.3: ACK for a non-2xx final, same branch, To from the response */
  private buildAck(res: SipMessage): SipMessage {
    const r = this.request;
    const h: Array<[string, string]> = [["Via", splitList(r.get("Via") as string)[0] as string]];
    for (const [n, v] of r.headers) {
      if (n === "Route" || n === "From" || n === "Call-ID" || n === "Max-Forwards") h.push([n, v]);
    }
    h.push(["To", res.get("To") ?? (r.get("To") as string)]);
    h.push(["CSeq", `${r.cseq.seq} ACK`]);
    return SipMessage.request("ACK", r.requestUri, h);
  }

  private clearTimers(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.timer2 !== null) clearTimeout(this.timer2);
    this.timer = null;
    this.timer2 = null;
  }

  /** @internal */
  terminate(): void {
    if (this.state === "terminated") return;
    this.clearTimers();
    this.state = "terminated";
    this.stack.removeClient(this);
  }
}

// ---------------------------------------------------------------- stack

export class SipStack {
  readonly counters: StackCounters = {
    received: 0, sent: 0, malformed: 0, dropped: 0, retransmissionsAbsorbed: 0, retransmissionsSent: 0,
    tuErrors: 0, transportErrors: 0, timeouts: 0, ackTimeouts: 0, lateResponses: 0, rejected: 0,
    connectionsClosed: 0, oversizeUdpSent: 0, abandoned: 0, overload: 0, prackTimeouts: 0, keepalives: 0,
    tcpAccepted: 0, tlsAccepted: 0, wsAccepted: 0, wssAccepted: 0,
  };
  /** @internal */ readonly t1: number;
  /** @internal */ readonly t2: number;
  /** @internal */ readonly t4: number;
  private opts: SipStackOptions;
  private _host: string;
  private _port: number;
  private maxSize: number;
  private maxServers: number;
  private supported: Set<string>;
  private udp: dgram.Socket | null = null;
  private tcp: net.Server | null = null;
  private tlsServer: tls.Server | null = null;
  private wsServers: Array<http.Server | https.Server> = [];
  private _tlsPort = 0;
  private _wsPort = 0;
  private _wssPort = 0;
  private conns = new Map<number, Conn>();
  private outConns = new Map<string, Conn>();
  private nextConnId = 1;
  private servers = new Map<string, ServerTransaction>();
  private merge = new Map<string, ServerTransaction>();
  private clients = new Map<string, ClientTransaction>();
  private ok2xx = new Map<string, Ok2xx>();
  private trying = new Set<NodeJS.Timeout>();
  private ourVia = new WeakMap<SipMessage, string>();
  private pracks = new Map<string, ServerTransaction>();
  private closed = false;
  private resolver: SipResolver | null = null;
  /** host as it appears in a Via/Contact (IPv6 in brackets), computed once: a regex test per message before */
  private readonly hostRef: string;

  constructor(opts: SipStackOptions) {
    if (opts === null || typeof opts !== "object" || typeof opts.onRequest !== "function") {
      throw new TypeError("SipStack: opts.onRequest is required");
    }
    this.opts = opts;
    this._host = opts.host ?? "127.0.0.1";
    this.hostRef = net.isIPv6(this._host) ? `[${this._host}]` : this._host;
    this._port = opts.port ?? 5060;
    this.maxSize = opts.maxMessageSize ?? 65535;
    this.maxServers = opts.maxServerTransactions ?? 100_000;
    this.supported = new Set((opts.supported ?? ["replaces", "timer", "100rel"]).map((s) => s.toLowerCase()));
    this.t1 = opts.timerT1Ms ?? 500;
    if (!(this.t1 > 0)) throw new TypeError("timerT1Ms must be > 0");
    this.t2 = Math.min(8 * this.t1, 4000);
    this.t4 = Math.min(10 * this.t1, 5000);
  }

  get port(): number {
    return this._port;
  }
  get host(): string {
    return this._host;
  }
  /** (addition) TLS listening port (0 when TLS is off) */
  get tlsPort(): number {
    return this._tlsPort;
  }
  /** (addition) WebSocket listening port (0 when WS is off) */
  get wsPort(): number {
    return this._wsPort;
  }
  /** (addition) secure WebSocket listening port (0 when WSS is off) */
  get wssPort(): number {
    return this._wssPort;
  }

  async start(): Promise<void> {
    const wantUdp = this.opts.udp !== false;
    const wantTcp = this.opts.tcp !== false;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.bind(wantUdp, wantTcp);
        await this.bindExtra();
        return;
      } catch (e) {
        await this.closeSockets();
        // port 0: the UDP port we got may be taken on TCP; try another
        if (this.opts.port !== 0 || attempt >= 20) throw e;
        this._port = 0;
      }
    }
  }

  private async bind(wantUdp: boolean, wantTcp: boolean): Promise<void> {
    const host = this._host;
    if (wantUdp) {
      const s = dgram.createSocket({ type: isIp(host) && net.isIPv6(host) ? "udp6" : "udp4", lookup: literalLookup as unknown as dgram.SocketOptions["lookup"] });
      this.udp = s;
      await new Promise<void>((res, rej) => {
        s.once("error", rej);
        s.bind(this._port, host, () => {
          s.off("error", rej);
          res();
        });
      });
      this._port = s.address().port;
      // room for bursts (the kernel caps this at net.core.rmem_max)
      try {
        if (s.getRecvBufferSize() < 1 << 21) s.setRecvBufferSize(1 << 21);
      } catch {}
      s.on("message", (msg, rinfo) => {
        this.onPacket(msg, { transport: "udp", address: rinfo.address, port: rinfo.port });
      });
      s.on("error", () => {
        this.counters.transportErrors++;
      });
    }
    if (wantTcp) {
      const srv = net.createServer((sock) => this.adopt(sock, null, "tcp"));
      srv.maxConnections = this.opts.maxConnections ?? 10_000;
      this.tcp = srv;
      await new Promise<void>((res, rej) => {
        srv.once("error", rej);
        srv.listen(this._port, host, () => {
          srv.off("error", rej);
          res();
        });
      });
      this._port = (srv.address() as net.AddressInfo).port;
      srv.on("error", () => {
        this.counters.transportErrors++;
      });
    }
  }

  private async bindExtra(): Promise<void> {
    const t = this.opts.tls;
    const fixed = this.opts.port !== 0;
    if (t !== undefined && t.listen !== false) {
      const srv = tls.createServer({ key: t.key, cert: t.cert }, (sock) => this.adopt(sock, null, "tls"));
      this.tlsServer = srv;
      srv.on("tlsClientError", () => {
        this.counters.transportErrors++;
      });
      this._tlsPort = await listen(srv, t.port ?? (fixed ? 5061 : 0), this._host, this.opts.maxConnections);
    }
    const w = this.opts.ws;
    if (w !== undefined) this._wsPort = await this.wsListen(!!w.secure, w.port ?? (fixed ? 5066 : 0));
    const ws2 = this.opts.wss;
    if (ws2 !== undefined) this._wssPort = await this.wsListen(true, ws2.port ?? (fixed ? 7443 : 0));
  }

  private async wsListen(secure: boolean, port: number): Promise<number> {
    const t = this.opts.tls;
    let srv: http.Server | https.Server;
    if (secure) {
      if (t === undefined) throw new TypeError("secure WebSocket needs the tls key/cert");
      srv = https.createServer({ key: t.key, cert: t.cert });
    } else srv = http.createServer();
    // plain HTTP requests get 426; only upgrades to the "sip" subprotocol are served (RFC 7118 §4)
    srv.on("request", (_req, res) => {
      res.writeHead(426, { Connection: "close", Upgrade: "websocket" }).end();
    });
    srv.on("upgrade", (req, sock: net.Socket) => this.wsUpgrade(req, sock, secure));
    srv.on("clientError", (_e, sock) => sock.destroy());
    this.wsServers.push(srv);
    return listen(srv, port, this._host, this.opts.maxConnections);
  }

  private wsUpgrade(req: http.IncomingMessage, sock: net.Socket, secure: boolean): void {
    try {
      const key = req.headers["sec-websocket-key"];
      const protos = String(req.headers["sec-websocket-protocol"] ?? "").split(",").map((p) => p.trim().toLowerCase());
      if (typeof key !== "string" || String(req.headers.upgrade).toLowerCase() !== "websocket" || !protos.includes("sip")) {
        sock.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        this.counters.transportErrors++;
        return;
      }
      sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${wsAccept(key)}\r\nSec-WebSocket-Protocol: sip\r\n\r\n`);
      this.adopt(sock, null, "ws").secure = secure;
      if (secure) this.counters.wssAccepted++;
    } catch {
      sock.destroy();
    }
  }

  private async closeSockets(): Promise<void> {
    const u = this.udp;
    const servers = [this.tcp, this.tlsServer, ...this.wsServers];
    this.udp = null;
    this.tcp = null;
    this.tlsServer = null;
    this.wsServers = [];
    if (u) await new Promise<void>((r) => u.close(() => r()));
    for (const c of this.conns.values()) c.socket.destroy();
    this.conns.clear();
    this.outConns.clear();
    for (const t of servers) if (t) await new Promise<void>((r) => t.close(() => r()));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const tx of [...this.servers.values()]) tx.terminate();
    for (const tx of [...this.clients.values()]) tx.terminate();
    for (const o of this.ok2xx.values()) if (o.timer) clearTimeout(o.timer);
    this.ok2xx.clear();
    for (const t of this.trying) clearTimeout(t);
    this.trying.clear();
    await this.closeSockets();
  }

  /**
   * RFC 3263: where to send a request for `host` (port 0 = none in the URI, transport null = none): the targets
   * in the order to try them; on 503, timeout or transport error the TU moves to the next (§4.3). IP literals
   * and explicit ports skip the lookups they make unnecessary (§4.1/§4.2). Never rejects; [] = unresolvable.
   */
  locate(host: string, port: number, transport: TransportName | null, secure = false): Promise<SipTarget[]> {
    if (this.resolver === null) this.resolver = new SipResolver(this.opts.dns);
    return this.resolver.resolve(host, port, transport, secure);
  }

  // Branches, tags and Call-IDs need unguessable randomness (§8.1.1.7, §19.3) but a synchronous CSPRNG call
  // per identifier cost ~20 µs each on the signalling thread; draw them from a pooled 4 KiB block instead.
  private pool = Buffer.alloc(0);
  private poolAt = 0;
  private random(n: number): Buffer {
    if (this.poolAt + n > this.pool.length) {
      this.pool = randomBytes(4096);
      this.poolAt = 0;
    }
    const b = this.pool.subarray(this.poolAt, this.poolAt + n);
    this.poolAt += n;
    return b;
  }

  newBranch(): string {
    return COOKIE + this.random(9).toString("base64url");
  }
  newTag(): string {
    return this.random(6).toString("hex");
  }
  newCallId(): string {
    return `${this.random(12).toString("hex")}@${this._host}`;
  }

  /** sent-by for our Via on that transport: host plus the UDP/TCP, TLS or WS listening port */
  viaHostPort(transport: TransportName): string {
    const h = this.hostRef;
    const p = transport === "tls" && this._tlsPort ? this._tlsPort : transport === "ws" ? this._wsPort || this._wssPort || this._port : this._port;
    return `${h}:${p}`;
  }

  private isSecureWs(dest: Endpoint): boolean {
    return dest.transport === "ws" && dest.connectionId !== undefined && this.conns.get(dest.connectionId)?.secure === true;
  }

  /**
   * Contact URI for a message sent or answered over `transport` (§8.1.1.8: a URI the peer reaches us at on
   * that transport; §19.1.4 `transport` param; RFC 7118 §5: `;transport=ws`). UDP has no param.
   */
  contactUri(user: string, transport: TransportName): string {
    const listening = transport === "tcp" || (transport === "tls" && this._tlsPort > 0) || (transport === "ws" && this._wsPort + this._wssPort > 0);
    if (!listening) return `<sip:${user}@${this.viaHostPort("udp")}>`;
    return `<sip:${user}@${this.viaHostPort(transport)};transport=${transport}>`;
  }

  private viaFor(dest: Endpoint, branch: string): string {
    // RFC 7118 §5.1: "WSS" on a WebSocket over TLS, with the port of the listener it came in on
    if (this.isSecureWs(dest)) {
      const h = this.hostRef;
      return `SIP/2.0/WSS ${h}:${this._wssPort || this._wsPort};branch=${branch};rport`;
    }
    return `SIP/2.0/${dest.transport.toUpperCase()} ${this.viaHostPort(dest.transport)};branch=${branch};rport`;
  }

  // ------------------------------------------------------------ sending

  /**
   * Client transaction: adds the top Via (with a fresh branch and rport), Max-Forwards 70 if missing and
   * Content-Length; runs timers A/B/D (INVITE) or E/F/K. Throws TypeError for a non-request or ACK.
   */
  sendRequest(req: SipMessage, dest: Endpoint, handlers: ClientHandlers): ClientTransaction {
    if (!(req instanceof SipMessage) || !req.isRequest) throw new TypeError("sendRequest needs a request");
    if (req.method === "ACK") throw new TypeError("ACK is sent with sendStateless (2xx) or by the transaction");
    if (typeof handlers?.onFinal !== "function") throw new TypeError("handlers.onFinal is required");
    const branch = this.newBranch();
    // a request we sent before (e.g. re-sent with credentials after a 401) gets its old top Via replaced
    const old = this.ourVia.get(req);
    if (old !== undefined && req.headers.length > 0) {
      const i = req.headers.findIndex((h) => h[0] === "Via");
      if (i >= 0 && (req.headers[i] as [string, string])[1] === old) req.headers.splice(i, 1);
    }
    const via = this.viaFor(dest, branch);
    req.prepend("Via", via);
    this.ourVia.set(req, via);
    return this.sendWithBranch(req, dest, handlers, branch);
  }

  /** @internal the request already carries its top Via with `branch` */
  sendWithBranch(req: SipMessage, dest: Endpoint, handlers: ClientHandlers, branch: string): ClientTransaction {
    checkEndpoint(dest);
    if (req.get("Max-Forwards") === undefined) req.append("Max-Forwards", "70");
    const tx = new ClientTransaction(this, req, dest, handlers, branch);
    this.clients.set(tx.key, tx);
    tx.start();
    return tx;
  }

  /** Stateless send (ACK for 2xx, statelessly forwarded messages): a request gets a fresh top Via unless it has one. */
  sendStateless(msg: SipMessage, dest: Endpoint): void {
    if (!(msg instanceof SipMessage)) throw new TypeError("sendStateless needs a SipMessage");
    checkEndpoint(dest);
    if (msg.isRequest) {
      if (msg.get("Via") === undefined) msg.prepend("Via", this.viaFor(dest, this.newBranch()));
      if (msg.get("Max-Forwards") === undefined) msg.append("Max-Forwards", "70");
    }
    this.transmit(msg.toBuffer(), dest);
  }

  /** send callback of UDP datagrams nobody waits for (responses, ACKs): one function, not a closure per send */
  private readonly onUdpSent = (err: Error | null): void => {
    if (err) this.counters.transportErrors++;
  };

  /** @internal */
  transmit(buf: Buffer, dest: Endpoint, onError?: (err: Error) => void): void {
    if (this.closed) return;
    const tap = this.opts.onTrace;
    if (tap !== undefined) this.callTu(() => tap("out", buf, dest));
    if (dest.transport === "udp") {
      const s = this.udp;
      if (s === null) {
        onError?.(new Error("UDP transport not enabled"));
        return;
      }
      // §18.1.1 says > MTU-200 should go over TCP; on loopback we keep UDP and only count it.
      if (buf.length > 1300) this.counters.oversizeUdpSent++;
      this.counters.sent++;
      if (onError === undefined) s.send(buf, dest.port, stripBrackets(dest.address), this.onUdpSent);
      else
        s.send(buf, dest.port, stripBrackets(dest.address), (err) => {
          if (err) {
            this.counters.transportErrors++;
            onError(err);
          }
        });
      return;
    }
    const tr = dest.transport;
    if (tr !== "tcp" && tr !== "tls" && tr !== "ws") {
      this.counters.transportErrors++;
      onError?.(new Error(`unknown transport ${String(tr)}`));
      return;
    }
    let c: Conn | undefined;
    if (dest.connectionId !== undefined) {
      c = this.conns.get(dest.connectionId);
      if (c !== undefined && c.transport !== tr) c = undefined;
    }
    const key = `${tr}:${stripBrackets(dest.address)}:${dest.port}`;
    if (c === undefined) c = this.outConns.get(key);
    if (c === undefined) {
      if (tr === "ws") {
        // WebSocket peers are browsers: we can only reach them on the connection they opened (RFC 7118 §5)
        this.counters.transportErrors++;
        onError?.(new Error("no open WebSocket connection to that peer"));
        return;
      }
      c = this.connect(dest, tr, key);
    }
    this.counters.sent++;
    if (!c.connected && onError) c.waiters.push((e) => e && onError(e));
    c.socket.write(c.transport === "ws" ? wsFrame(buf, 1) : buf);
  }

  private connect(dest: Endpoint, tr: "tcp" | "tls", key: string): Conn {
    const address = stripBrackets(dest.address);
    let sock: net.Socket;
    let ev: string;
    if (tr === "tls") {
      const t = this.opts.tls;
      sock = tls.connect({
        host: address, port: dest.port, servername: isIp(address) ? undefined : address, ca: t?.ca,
        rejectUnauthorized: t?.rejectUnauthorized ?? true,
      });
      ev = "secureConnect";
    } else {
      sock = net.connect({ host: address, port: dest.port });
      ev = "connect";
    }
    const c = this.adopt(sock, key, tr);
    c.remote = { transport: tr, address, port: dest.port, connectionId: c.id };
    c.connected = false;
    sock.once(ev, () => {
      c.connected = true;
      const w = c.waiters;
      c.waiters = [];
      for (const f of w) f(null);
    });
    return c;
  }

  private adopt(sock: net.Socket, key: string | null, transport: "tcp" | "tls" | "ws"): Conn {
    const id = this.nextConnId++;
    const c: Conn = {
      id, transport, socket: sock, ws: transport === "ws" ? new WsDecoder(this.maxSize, true) : null, secure: false,
      buf: Buffer.alloc(0), connected: true, waiters: [], partialTimer: null, key,
      remote: { transport, address: sock.remoteAddress ?? "", port: sock.remotePort ?? 0, connectionId: id },
    };
    if (key !== null) this.outConns.set(key, c);
    else this.counters[`${transport}Accepted`]++;
    this.conns.set(id, c);
    sock.setNoDelay(true);
    if (c.ws !== null) sock.on("data", (d) => this.onWsData(c, d));
    else sock.on("data", (d) => this.onStreamData(c, d));
    sock.on("error", (err) => {
      this.counters.transportErrors++;
      const w = c.waiters;
      c.waiters = [];
      for (const f of w) f(err);
    });
    sock.on("close", () => this.dropConn(c));
    return c;
  }

  private dropConn(c: Conn): void {
    if (c.partialTimer) clearTimeout(c.partialTimer);
    c.partialTimer = null;
    this.conns.delete(c.id);
    if (c.key !== null && this.outConns.get(c.key) === c) this.outConns.delete(c.key);
    const w = c.waiters;
    c.waiters = [];
    for (const f of w) f(new Error("connection closed"));
  }

  private closeConn(c: Conn): void {
    this.counters.connectionsClosed++;
    c.socket.destroy();
    this.dropConn(c);
  }

  // ------------------------------------------------------------ receiving

  /** RFC 7118: each WebSocket message is one SIP message; control frames handled here. */
  private onWsData(c: Conn, d: Buffer): void {
    const dec = c.ws as WsDecoder;
    try {
      dec.push(d, (e) => {
        if (!this.conns.has(c.id)) return;
        if (e.type === "message") {
          // keep-alive CRLF pings (RFC 7118 does not define them, but SIP.js/JsSIP send "\r\n\r\n")
          if (e.data.length <= 4 && e.data.toString("latin1").trim() === "") return;
          if (!this.onPacket(e.data, c.remote)) this.closeConn(c);
        } else if (e.type === "ping") {
          c.socket.write(wsFrame(e.data, 10));
        } else if (e.type === "close") {
          c.socket.end(wsFrame(Buffer.from([0x03, 0xe8]), 8));
          this.dropConn(c);
        } else {
          this.counters.malformed++;
          this.counters.dropped++;
          c.socket.end(wsFrame(Buffer.from([0x03, e.reason === "message too big" ? 0xf1 : 0xea]), 8));
          this.closeConn(c);
        }
      });
    } catch {
      this.counters.dropped++;
      this.closeConn(c);
    }
  }

  /** §18.3 stream framing: header section, then exactly Content-Length body octets. */
  private onStreamData(c: Conn, d: Buffer): void {
    try {
      c.buf = c.buf.length === 0 ? d : Buffer.concat([c.buf, d]);
      for (;;) {
        let s = 0;
        const b = c.buf;
        while (s < b.length && (b[s] === 13 || b[s] === 10)) s++;
        if (s > 0) {
          // RFC 5626 §3.5.1: a double-CRLF "ping" between messages is answered with a single-CRLF "pong"
          if (s >= 4 && b[0] === 13 && b[1] === 10 && b[2] === 13 && b[3] === 10) {
            this.counters.keepalives++;
            c.socket.write(CRLF);
          }
          c.buf = b.subarray(s);
        }
        if (c.buf.length === 0) break;
        const he = c.buf.indexOf(CRLF2);
        if (he < 0) {
          if (c.buf.length > this.maxSize) {
            this.garbage(c);
            return;
          }
          this.armPartial(c);
          break;
        }
        const cl = streamContentLength(c.buf, he);
        if (cl < 0) {
          this.garbage(c);
          return;
        }
        const total = he + 4 + cl;
        if (total > this.maxSize) {
          this.garbage(c);
          return;
        }
        if (c.buf.length < total) {
          this.armPartial(c);
          break;
        }
        const one = c.buf.subarray(0, total);
        c.buf = c.buf.subarray(total);
        if (c.partialTimer) {
          clearTimeout(c.partialTimer);
          c.partialTimer = null;
        }
        if (!this.onPacket(one, c.remote)) {
          this.closeConn(c);
          return;
        }
        if (this.closed) return;
      }
    } catch {
      this.counters.dropped++;
      this.closeConn(c);
    }
  }

  private garbage(c: Conn): void {
    this.counters.malformed++;
    this.counters.dropped++;
    this.closeConn(c);
  }

  private armPartial(c: Conn): void {
    // an incomplete message (e.g. Content-Length larger than what is sent, RFC 4475 §3.1.2.2) may only wait so long
    if (c.partialTimer !== null) return;
    c.partialTimer = setTimeout(() => {
      c.partialTimer = null;
      if (c.buf.length > 0) this.garbage(c);
    }, 64 * this.t1);
  }

  /** Returns false when a stream connection should be closed (unanswerable garbage). Never throws. */
  private onPacket(buf: Buffer, source: Endpoint): boolean {
    try {
      this.counters.received++;
      const tap = this.opts.onTrace;
      if (tap !== undefined) this.callTu(() => tap("in", buf, source));
      if (buf.length <= 4 && isCrlfOnly(buf)) {
        // UDP keep-alive (CRLF or empty datagram): not malformed, nothing to answer
        this.counters.keepalives++;
        return true;
      }
      if (buf.length > this.maxSize) {
        // a datagram over the limit: answer 413 when the request is readable (§21.4.11), else drop
        this.counters.dropped++;
        const big = source.transport === "udp" ? parseMessage(buf) : null;
        if (big !== null && !isParseFailure(big) && big.isRequest && big.method !== "ACK" && big.topVia !== null) {
          this.statelessReply(big, this.responseDest(big, source), 413, undefined);
        }
        return false;
      }
      const m = parseMessage(buf);
      if (isParseFailure(m)) return this.rejectMalformed(m, source);
      if (!m.isRequest) {
        this.onResponse(m, source);
        return true;
      }
      const bad = validateRequest(m);
      if (bad !== null) {
        if (m.method === "ACK") {
          this.counters.malformed++;
          this.counters.dropped++;
          return true;
        }
        return this.rejectMalformed(bad, source);
      }
      this.onRequestMsg(m, source);
      return true;
    } catch {
      this.counters.dropped++;
      return true;
    }
  }

  private rejectMalformed(f: ParseFailure, source: Endpoint): boolean {
    if (f.status !== 416) this.counters.malformed++;
    const p = f.partial;
    if (p === null || p.method === "ACK") {
      this.counters.dropped++;
      return source.transport === "udp";
    }
    this.counters.rejected++;
    const res = buildResponse(p, f.status, f.reason);
    this.transmit(res.toBuffer(), this.responseDest(p, source));
    // framing errors leave a stream in an unknown state (RFC 4475 §3.1.2.3)
    return source.transport === "udp" || !/Content-Length/.test(f.reason);
  }

  /** §18.2.1 + RFC 3581: add received / fill rport on the top Via so responses find their way back. */
  private stampVia(m: SipMessage, source: Endpoint): void {
    const v = m.topVia;
    if (v === null) return;
    const needRecv = stripBrackets(v.host) !== source.address;
    const needRport = v.params.has("rport") && v.params.get("rport") === null;
    if (!needRecv && !needRport) return;
    const nv: Via = { ...v, params: new Map(v.params) };
    if (needRecv) nv.params.set("received", net.isIPv6(source.address) ? `[${source.address}]` : source.address);
    if (needRport) nv.params.set("rport", String(source.port));
    const idx = m.headers.findIndex((h) => h[0] === "Via");
    const h = m.headers[idx] as [string, string];
    const rest = splitList(h[1]).slice(1);
    m.headers[idx] = ["Via", [formatVia(nv), ...rest].join(", ")];
    // cached topVia is refreshed lazily
    (m as unknown as { _via: unknown })._via = undefined;
  }

  /** @internal */
  registerPrack(tx: ServerTransaction, key: string): void {
    this.pracks.set(key, tx);
  }
  /** @internal */
  unregisterPrack(key: string): void {
    this.pracks.delete(key);
  }

  /** @internal */
  hasConnection(id: number): boolean {
    return this.conns.has(id);
  }

  /** @internal §18.2.2 stream fallback: a new connection to received (or sent-by host) and the sent-by port */
  streamFallback(m: SipMessage, source: Endpoint): Endpoint | null {
    if (source.transport === "ws") return null;
    const v = m.topVia;
    if (v === null) return null;
    const addr = stripBrackets(v.params.get("received") ?? v.host);
    if (!isIp(addr)) return null;
    return { transport: source.transport, address: addr, port: v.port ?? (source.transport === "tls" ? 5061 : 5060) };
  }

  /** @internal §18.2.2 (UDP: received/rport, else sent-by) ; streams: same connection. */
  responseDest(m: SipMessage, source: Endpoint): Endpoint {
    if (source.transport !== "udp") return source;
    const v = m.topVia;
    if (v === null) return source;
    const rport = v.params.get("rport");
    const port = rport ? Number(rport) : v.port ?? 5060;
    const recv = v.params.get("received");
    const addr = recv ? stripBrackets(recv) : isIp(stripBrackets(v.host)) ? stripBrackets(v.host) : source.address;
    return { transport: "udp", address: addr, port: Number.isFinite(port) ? port : source.port };
  }

  private serverKey(m: SipMessage, methodForKey: string): string {
    const v = m.topVia as Via;
    const branch = v.params.get("branch") ?? "";
    if (branch.startsWith(COOKIE) && branch.length > COOKIE.length) {
      return `${branch}|${v.host}:${v.port ?? ""}|${methodForKey}`;
    }
    // RFC 2543 matching (§17.2.3, last paragraph)
    const ft = m.from?.params.get("tag") ?? "";
    return `2543|${m.callId}|${m.cseq.seq}|${ft}|${m.requestUri}|${v.host}:${v.port ?? ""}|${methodForKey}`;
  }

  private onRequestMsg(m: SipMessage, source0: Endpoint): void {
    this.stampVia(m, source0);
    const source = source0.transport === "udp" ? this.responseDest(m, source0) : { ...source0 };
    const method = m.method;
    if (method === "ACK") {
      const tx = this.servers.get(this.serverKey(m, "INVITE"));
      if (tx !== undefined && tx.state !== "accepted") {
        tx.ack();
        return;
      }
      // ACK for a 2xx (§13.3.1.4): stop retransmitting it, hand to the TU
      const k = `${m.callId}|${m.cseq.seq}`;
      const o = this.ok2xx.get(k);
      if (o !== undefined) {
        if (o.timer) clearTimeout(o.timer);
        this.ok2xx.delete(k);
      }
      const onAck = this.opts.onAck;
      if (onAck) this.callTu(() => onAck(m, source));
      return;
    }
    const key = this.serverKey(m, method);
    const existing = this.servers.get(key);
    if (existing !== undefined) {
      existing.retransmission();
      return;
    }
    if (method === "PRACK") {
      // RFC 3262 §3/§7.2: RAck = response-num CSeq-num Method; the stack answers PRACKs for its own reliable 1xx
      const rack = /^\s*(\d+)\s+(\d+)\s+INVITE\s*$/i.exec(m.get("RAck") ?? "");
      const inv = rack ? this.pracks.get(`${m.callId}|${Number(rack[1])}|${Number(rack[2])}`) : undefined;
      if (rack !== null) {
        const ptx = new ServerTransaction(this, m, source, key, null);
        this.servers.set(key, ptx);
        if (inv !== undefined) {
          inv.prack();
          ptx.respond(200);
        } else ptx.respond(481);
        return;
      }
    }
    if (method === "CANCEL") {
      const inv = this.servers.get(this.serverKey(m, "INVITE"));
      if (inv !== undefined) {
        // §9.2: answer the CANCEL ourselves; the TU answers the INVITE with 487
        const ctx = new ServerTransaction(this, m, source, key, null);
        this.servers.set(key, ctx);
        ctx.respond(200);
        if (!inv.finalSent) {
          const f = inv.onCancel;
          // a TU that did not ask to hear about CANCEL gets the §9.2 default: 487 to the INVITE
          if (f === null) inv.respond(487);
          else this.callTu(f, () => {
            if (!inv.finalSent) inv.respond(487);
          });
        }
        return;
      }
    }
    // merged request (§8.2.2.2)
    let mergeKey: string | null = null;
    const to = m.to;
    if (to !== null && !to.params.has("tag")) {
      const ft = m.from?.params.get("tag");
      if (ft !== undefined && ft !== null) {
        mergeKey = `${ft}|${m.callId}|${m.cseq.seq}|${m.cseq.method}`;
        const other = this.merge.get(mergeKey);
        if (other !== undefined && other.key !== key && other.state !== "terminated") {
          this.statelessReply(m, source, 482, undefined);
          return;
        }
      }
    }
    if (this.servers.size >= this.maxServers) {
      // overload: shed statelessly before we allocate anything (RFC 3261 §21.5.4)
      this.counters.overload++;
      const r = buildResponse(m, 503, "Overloaded");
      r.append("Retry-After", "5");
      this.transmit(r.toBuffer(), source);
      return;
    }
    const tx = new ServerTransaction(this, m, source, key, mergeKey);
    this.servers.set(key, tx);
    tx.armAbandon();
    if (mergeKey !== null) this.merge.set(mergeKey, tx);
    // Max-Forwards (§8.2 / §16.3): 0 on anything but OPTIONS -> 483
    const mf = m.get("Max-Forwards");
    if (mf !== undefined && Number(mf.trim()) === 0 && method !== "OPTIONS") {
      tx.respond(483);
      return;
    }
    // Require (§8.2.2.3); not for CANCEL (and ACK never gets here)
    if (method !== "CANCEL") {
      const unsupported: string[] = [];
      for (const r of m.getAll("Require")) if (!this.supported.has(r.toLowerCase())) unsupported.push(r);
      if (unsupported.length > 0) {
        tx.respond(420, { headers: [["Unsupported", unsupported.join(", ")]] });
        return;
      }
    }
    const cb = this.opts.onRequest;
    this.callTu(() => cb(tx), () => {
      if (!tx.finalSent) tx.respond(500, { reason: "Server Internal Error" });
    });
    if (method === "INVITE" && tx.state === "trying") {
      // §17.2.1: 100 Trying if the TU has not answered within 200 ms (armed only when the TU did not answer
      // at once: most TUs send 100 or a final from onRequest, and a timer per INVITE is measurable at load)
      const t = setTimeout(() => {
        this.trying.delete(t);
        if (tx.state === "trying") tx.respond(100);
      }, 200);
      this.trying.add(t);
    }
  }

  private statelessReply(m: SipMessage, dest: Endpoint, status: number, reason: string | undefined): void {
    this.counters.rejected++;
    this.transmit(buildResponse(m, status, reason ?? reasonPhrase(status)).toBuffer(), dest);
  }

  private onResponse(m: SipMessage, source: Endpoint): void {
    const v = m.topVia;
    if (v === null) {
      this.counters.malformed++;
      this.counters.dropped++;
      return;
    }
    const branch = v.params.get("branch") ?? "";
    const tx = this.clients.get(`${branch}|${m.cseq.method}`);
    if (tx !== undefined) {
      tx.receive(m);
      return;
    }
    // §18.1.2: only responses whose top Via is ours may go further
    const sentBy = `${v.host}:${v.port ?? 5060}`;
    const mine = sentBy === this.viaHostPort("udp") || sentBy === this.viaHostPort("tls") || sentBy === this.viaHostPort("ws") ||
      (this._wssPort > 0 && sentBy === `${this.hostRef}:${this._wssPort}`);
    const f = this.opts.onResponseOutsideTransaction;
    if (!mine || f === undefined) {
      this.counters.dropped++;
      return;
    }
    this.callTu(() => f(m, source));
  }

  // ------------------------------------------------------------ 2xx retransmission (§13.3.1.4)

  /** @internal */
  start2xx(req: SipMessage, res: SipMessage, buf: Buffer, dest: Endpoint): void {
    const key = `${req.callId}|${req.cseq.seq}`;
    const old = this.ok2xx.get(key);
    if (old?.timer) clearTimeout(old.timer);
    const o: Ok2xx = { key, buf, res, dest, interval: this.t1, timer: null, deadline: Date.now() + 64 * this.t1 };
    this.ok2xx.set(key, o);
    o.timer = setTimeout(() => this.retransmit2xx(o), o.interval);
  }

  private retransmit2xx(o: Ok2xx): void {
    o.timer = null;
    if (this.ok2xx.get(o.key) !== o) return;
    if (Date.now() >= o.deadline) {
      this.ok2xx.delete(o.key);
      this.counters.ackTimeouts++;
      const f = this.opts.onAckTimeout;
      if (f) this.callTu(() => f(o.res));
      return;
    }
    this.counters.retransmissionsSent++;
    this.transmit(o.buf, o.dest);
    o.interval = Math.min(o.interval * 2, this.t2);
    o.timer = setTimeout(() => this.retransmit2xx(o), o.interval);
  }

  // ------------------------------------------------------------ bookkeeping

  /** @internal run a TU callback; an exception is counted, never propagated */
  callTu(f: () => void, onThrow?: () => void): void {
    try {
      f();
    } catch {
      this.counters.tuErrors++;
      try {
        onThrow?.();
      } catch {
        this.counters.tuErrors++;
      }
    }
  }

  /** @internal */
  removeServer(tx: ServerTransaction): void {
    if (this.servers.get(tx.key) === tx) this.servers.delete(tx.key);
    if (tx.mergeKey !== null && this.merge.get(tx.mergeKey) === tx) this.merge.delete(tx.mergeKey);
  }

  /** @internal */
  removeClient(tx: ClientTransaction): void {
    if (this.clients.get(tx.key) === tx) this.clients.delete(tx.key);
  }

  /** number of live transactions (for tests and metrics) */
  get transactionCount(): { client: number; server: number; pending2xx: number } {
    return { client: this.clients.size, server: this.servers.size, pending2xx: this.ok2xx.size };
  }
}

function isCrlfOnly(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 13 && b[i] !== 10) return false;
  return true;
}

function listen(srv: net.Server, port: number, host: string, maxConnections = 10_000): Promise<number> {
  srv.maxConnections = maxConnections;
  return new Promise<number>((res, rej) => {
    srv.once("error", rej);
    srv.listen(port, host, () => {
      srv.off("error", rej);
      srv.on("error", () => {});
      res((srv.address() as net.AddressInfo).port);
    });
  });
}

function checkEndpoint(d: Endpoint): void {
  if (d === null || typeof d !== "object" || typeof d.address !== "string" || !Number.isInteger(d.port) || d.port <= 0 || d.port > 65535) {
    throw new TypeError("invalid Endpoint");
  }
}

/**
 * Content-Length from a header section [0, he) for stream framing. -1 when absent-with-garbage, negative,
 * non-numeric or conflicting (RFC 4475 §3.1.2.3, §3.3.9). Missing -> 0 (lenient; §18.3 makes it mandatory).
 */
function streamContentLength(b: Buffer, he: number): number {
  let val = -2;
  let i = 0;
  while (i < he) {
    let e = b.indexOf(10, i);
    if (e < 0 || e > he) e = he;
    // name
    let j = i;
    while (j < e && isTokenChar(b[j] as number)) j++;
    const nameLen = j - i;
    let isCl = false;
    if (nameLen === 1 && ((b[i] as number) | 32) === 108) isCl = true;
    else if (nameLen === 14 && b.toString("latin1", i, j).toLowerCase() === "content-length") isCl = true;
    if (isCl) {
      while (j < e && (b[j] === 32 || b[j] === 9)) j++;
      if (b[j] === 58) {
        j++;
        let v = 0;
        let digits = 0;
        while (j < e && (b[j] === 32 || b[j] === 9)) j++;
        while (j < e && (b[j] as number) >= 48 && (b[j] as number) <= 57) {
          v = v * 10 + ((b[j] as number) - 48);
          digits++;
          j++;
        }
        while (j < e && (b[j] === 32 || b[j] === 9 || b[j] === 13)) j++;
        if (digits === 0 || digits > 9 || j !== e) return -1;
        if (val !== -2 && val !== v) return -1;
        val = v;
      }
    }
    i = e + 1;
  }
  return val === -2 ? 0 : val;
}
