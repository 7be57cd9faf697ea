// All access to the control plane lives here: wire types, REST calls and the event stream.
// When control's shapes change, this is the one file to adjust.
// Nothing in this module touches browser globals at import time, so node tests can import its types.

// ---------- wire types ----------

export type Role = "platform_admin" | "admin" | "supervisor" | "qa" | "agent" | (string & {});

export interface User {
  id: string;
  username: string;
  role: Role;
  tenantId: string;
  /** Set when this login is an agent (has a seat in the ACD); null for admins. */
  agentId: string | null;
}

export interface LoginResult {
  token: string;
  user: User;
}

export type AgentStatus = "logged_out" | "ready" | "not_ready" | "reserved" | "ringing" | "on_call" | "wrap_up";

/** Not-ready reason codes the console offers (示忙原因). Control stores the code string as given. */
export const REASONS = ["break", "meal", "training", "meeting"] as const;
export type Reason = (typeof REASONS)[number];

export interface Agent {
  id: string;
  jobNumber: string;
  extension: string;
  displayName: string;
  status: AgentStatus;
  reason: string | null;
  /** Epoch ms when the agent entered `status`. */
  sinceMs: number;
  /** A SIP/WebRTC device is registered for this agent. */
  registered: boolean;
  /** Optional: epoch ms when after-call work ends (status wrap_up). */
  wrapUpUntilMs?: number | null;
}

export type CallPhase = "new" | "queued" | "offered" | "answered" | "ended";

/** Customer data that travels with the call (随路数据) for the screen pop. Every field is optional. */
export interface CustomerInfo {
  id?: string;
  name?: string;
  phone?: string;
  company?: string;
  /** VIP level; 0 or absent means a regular customer. */
  vipLevel?: number | string | null;
  /** Region of the number (归属地), e.g. "广东 深圳". */
  region?: string;
  tags?: string[];
  notes?: string;
  history?: { startMs: number; summary: string; agent?: string }[];
}

export interface Call {
  callId: string;
  phase: CallPhase;
  caller: string;
  callee: string;
  queueId: string | null;
  agentId: string | null;
  startMs: number;
  /** Optional: epoch ms the call was answered. */
  answerMs?: number | null;
  /** Optional screen-pop data: known customer (or null when the number is unknown). */
  customer?: CustomerInfo | null;
  /** Optional region of the caller number when there is no customer record. */
  region?: string | null;
  /** Optional data collected by the IVR (收号, menu choices), shown as key/value pairs. */
  ivr?: Record<string, string> | null;
}

export interface Cdr {
  callId: string;
  caller: string;
  callee: string;
  startMs: number;
  answerMs: number | null;
  endMs: number;
  agentId: string | null;
  queueId: string | null;
  hangupCause: string;
  hangupSide: string;
  recordingPath: string | null;
}

export interface QueueStats {
  queueId: string;
  waiting: number;
  longestWaitS: number;
  agentsReady: number;
  agentsBusy: number;
}

export type ServerEvent =
  | { type: "snapshot"; agents: Agent[]; calls: Call[]; queues?: QueueStats[] }
  | ({ type: "agent"; agentId: string } & Partial<Omit<Agent, "id">>)
  | ({ type: "call" } & Call)
  | ({ type: "queue" } & QueueStats);

export interface CdrQuery {
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive. */
  to?: number;
  caller?: string;
  callee?: string;
  agentId?: string;
  queueId?: string;
  limit?: number;
}

// ---------- errors ----------

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, reason: string) {
    super(reason || code || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

// ---------- REST ----------

export const API_BASE = "/api/v1";

let token: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setToken(t: string | null): void {
  token = t;
}
export function getToken(): string | null {
  return token;
}
/** Called once when any authenticated request gets 401 (token expired or revoked). */
export function setUnauthorizedHandler(fn: (() => void) | null): void {
  onUnauthorized = fn;
}

async function request<T>(method: string, path: string, body?: unknown, auth = true): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (auth && token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(API_BASE + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; reason?: string } } | null)?.error;
    if (res.status === 401 && auth) onUnauthorized?.();
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.reason ?? res.statusText);
  }
  return data as T;
}

export function login(username: string, password: string, tenant?: string): Promise<LoginResult> {
  const body: Record<string, string> = { username, password };
  if (tenant) body.tenant = tenant;
  return request<LoginResult>("POST", "/auth/login", body, false);
}

export function me(): Promise<User> {
  return request<User | { user: User }>("GET", "/me").then((r) => ("user" in r ? r.user : r));
}

export function listAgents(): Promise<Agent[]> {
  return request<Agent[]>("GET", "/agents");
}

export function setAgentState(agentId: string, status: "ready" | "not_ready" | "logged_out", reason?: string): Promise<unknown> {
  const body: { status: string; reason?: string } = { status };
  if (reason) body.reason = reason;
  return request("POST", `/agents/${encodeURIComponent(agentId)}/state`, body);
}

export function listCalls(): Promise<Call[]> {
  return request<Call[]>("GET", "/calls");
}

/** Builds the query string for GET /cdrs. Exported for tests. */
export function cdrQueryString(q: CdrQuery): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === "") continue;
    p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}

export function listCdrs(q: CdrQuery = {}): Promise<Cdr[]> {
  return request<Cdr[]>("GET", `/cdrs${cdrQueryString(q)}`);
}

/** URL for <audio src>: the token goes in the query because media elements cannot send headers. */
export function recordingUrl(callId: string): string {
  return `${API_BASE}/recordings/${encodeURIComponent(callId)}?token=${encodeURIComponent(token ?? "")}`;
}

// ---------- event stream ----------

export interface EventStreamOptions {
  onEvent: (ev: ServerEvent) => void;
  /** true when the socket is open, false while reconnecting. */
  onStatus: (connected: boolean) => void;
  /** First reconnect delay in ms. Default 500. */
  minDelayMs?: number;
  /** Cap of the exponential backoff in ms. Default 10000. */
  maxDelayMs?: number;
}

/** Exponential backoff with +-20% jitter so a restarted control is not hit by every console at once. */
export function backoffDelay(attempt: number, minMs = 500, maxMs = 10_000, rand: () => number = Math.random): number {
  const base = Math.min(maxMs, minMs * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.8 + 0.4 * rand()));
}

/** Parses one WebSocket message; returns null for anything that is not a known event. */
export function parseEvent(data: unknown): ServerEvent | null {
  if (typeof data !== "string") return null;
  let v: unknown;
  try {
    v = JSON.parse(data);
  } catch {
    return null;
  }
  if (!v || typeof v !== "object") return null;
  const t = (v as { type?: unknown }).type;
  if (t === "snapshot" || t === "agent" || t === "call" || t === "queue") return v as ServerEvent;
  return null;
}

/**
 * Opens /api/v1/events and keeps it open: reconnects with backoff; every (re)connect gets a fresh
 * snapshot from control, which replaces the live state. Returns a function that closes it for good.
 */
export function connectEvents(opts: EventStreamOptions): () => void {
  const minMs = opts.minDelayMs ?? 500;
  const maxMs = opts.maxDelayMs ?? 10_000;
  let ws: WebSocket | null = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const open = () => {
    if (closed) return;
    const proto = location.protocol === "https:" ? "wss:" : "ws:";
    const url = `${proto}//${location.host}${API_BASE}/events?token=${encodeURIComponent(token ?? "")}`;
    const sock = new WebSocket(url);
    ws = sock;
    sock.onopen = () => {
      attempt = 0;
      opts.onStatus(true);
    };
    sock.onmessage = (m) => {
      const ev = parseEvent(m.data);
      if (ev) opts.onEvent(ev);
    };
    sock.onclose = () => {
      if (ws !== sock) return;
      ws = null;
      opts.onStatus(false);
      if (closed) return;
      const delay = backoffDelay(attempt++, minMs, maxMs);
      // After a few failures check whether the token is still good; request() fires the 401 handler.
      if (attempt === 3) me().catch(() => {});
      timer = setTimeout(open, delay);
    };
    sock.onerror = () => {
      // onclose follows and schedules the reconnect.
    };
  };
  open();
  return () => {
    closed = true;
    if (timer) clearTimeout(timer);
    const s = ws;
    ws = null;
    s?.close();
  };
}
