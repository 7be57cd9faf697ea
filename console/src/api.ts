// All access to the control plane lives here: wire types, REST calls and the event stream.
// When control's shapes change, this is the one file to adjust.
// Nothing in this module touches browser globals at import time, so node tests can import its types.

// ---------- wire types ----------

export type Role = "platform_admin" | "admin" | "supervisor" | "qa" | "agent" | (string & {});

export interface User {
  id: string;
  username: string;
  role: Role;
  /** null for a platform admin. */
  tenantId: string | null;
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
  /** The call the agent is on, when control says so. */
  callId?: string | null;
  queueIds?: string[];
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
  /** Where the recording is stored; null when the call has none. */
  recordingPath: string | null;
  queueWaitMs?: number | null;
  /** The call's disposition (处理结果), when one was set. */
  disposition?: Disposition | null;
  /** E-model MOS estimate (1-4.5), null when not measured. */
  mos?: number | null;
  /** What was received from each side and the round trip to it; null sides were not measured. */
  quality?: { customer: LegQuality | null; agent: LegQuality | null };
}

/** One side of a call's quality as control stores it (CDR columns customer_* / agent_*). */
export interface LegQuality {
  jitterMs: number;
  lost: number;
  /** 0..1 */
  lossFraction: number;
  /** 0 = unknown (no RTCP report, no SIP round trip). */
  rttMs: number;
}

function normLegQuality(r: Raw, side: "customer" | "agent"): LegQuality | null {
  const jitterMs = optNum(r[`${side}JitterMs`]);
  const lossFraction = optNum(r[`${side}LossFraction`]);
  if (jitterMs == null || lossFraction == null) return null;
  return { jitterMs, lost: numOr(r[`${side}Lost`], 0), lossFraction, rttMs: numOr(r[`${side}RttMs`], 0) };
}

/** A disposition code of the tenant (GET /disposition-codes), e.g. {code: "resolved", label: "已解决"}. */
export interface DispositionCode {
  id: string;
  code: string;
  label: string;
  sort: number;
  active: boolean;
}

/** A call's disposition as control stores it. */
export interface Disposition {
  callId: string;
  code: string;
  label: string;
  notes: string;
  agentId: string;
  at: string;
}

/** A queue's configuration from GET /queues (live stats come over the event stream). */
export interface QueueInfo {
  id: string;
  slug: string;
  name: string;
  /** Service-level target in seconds (e.g. 15 for 15 秒接通率), when configured. */
  slTargetS: number | null;
  wrapupS: number | null;
}

export interface Tenant {
  id: string;
  slug: string;
  name: string;
}

export interface QueueStats {
  queueId: string;
  waiting: number;
  longestWaitS: number;
  agentsReady: number;
  agentsBusy: number;
}

export type ServerEvent =
  /** `live` false: control could not reach core, agent states are unknown. */
  | { type: "snapshot"; agents: Agent[]; calls: Call[]; queues?: QueueStats[]; live?: boolean }
  | ({ type: "agent"; agentId: string } & Partial<Omit<Agent, "id">>)
  | ({ type: "call" } & Call)
  | ({ type: "queue" } & QueueStats)
  /** A CDR was written (after a call ended): a hint to refresh CDR lists. */
  | { type: "cdr"; callId: string };

/**
 * CDR search. Control filters by `to` (as `before`), `caller` (prefix), `agentId` (as `agent`) and
 * `limit` (1..500, default 50); the other fields are applied by the console (see cdr.ts).
 */
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

// ---------- normalisation of control's JSON ----------
// Control sends "" for absent ids/reasons, null status while core is away, lists as {items}, and a CDR's
// recording as an object. These functions turn that into the types above; they never throw.

type Raw = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const optStr = (v: unknown): string | null => {
  const s = str(v);
  return s ? s : null;
};
const numOr = (v: unknown, d: number): number => (typeof v === "number" && Number.isFinite(v) ? v : d);
const optNum = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const isObj = (v: unknown): v is Raw => !!v && typeof v === "object" && !Array.isArray(v);

/** A list response: a bare array or {items: [...]}. */
export function items(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (isObj(v) && Array.isArray(v.items)) return v.items;
  return [];
}

const STATUSES: ReadonlySet<string> = new Set(["logged_out", "ready", "not_ready", "reserved", "ringing", "on_call", "wrap_up"]);
const PHASES: ReadonlySet<string> = new Set(["new", "queued", "offered", "answered", "ended"]);

export function normAgent(r: Raw): Agent {
  const id = str(r.id ?? r.agentId);
  const status = str(r.status);
  const a: Agent = {
    id,
    jobNumber: str(r.jobNumber) || id,
    extension: str(r.extension),
    displayName: str(r.displayName),
    status: (STATUSES.has(status) ? status : "logged_out") as AgentStatus,
    reason: optStr(r.reason),
    sinceMs: numOr(r.sinceMs, 0),
    registered: r.registered === true,
  };
  if (r.wrapUpUntilMs !== undefined) a.wrapUpUntilMs = optNum(r.wrapUpUntilMs);
  if (r.callId !== undefined) a.callId = optStr(r.callId);
  if (Array.isArray(r.queueIds)) a.queueIds = r.queueIds.map(str);
  return a;
}

export function normCall(r: Raw): Call {
  const phase = str(r.phase);
  const c: Call = {
    callId: str(r.callId),
    phase: (PHASES.has(phase) ? phase : "new") as CallPhase,
    caller: str(r.caller),
    callee: str(r.callee),
    queueId: optStr(r.queueId),
    agentId: optStr(r.agentId),
    startMs: numOr(r.startMs, 0),
  };
  if (r.answerMs !== undefined) c.answerMs = optNum(r.answerMs);
  if (r.customer !== undefined) c.customer = isObj(r.customer) ? (r.customer as CustomerInfo) : null;
  if (r.region !== undefined) c.region = optStr(r.region);
  if (r.ivr !== undefined) c.ivr = isObj(r.ivr) ? (Object.fromEntries(Object.entries(r.ivr).map(([k, v]) => [k, str(v)])) as Record<string, string>) : null;
  return c;
}

export function normCdr(r: Raw): Cdr {
  const rec = isObj(r.recording) ? r.recording : null;
  return {
    callId: str(r.callId),
    caller: str(r.caller),
    callee: str(r.callee),
    startMs: numOr(r.startMs, 0),
    answerMs: optNum(r.answerMs) || null,
    endMs: numOr(r.endMs, numOr(r.startMs, 0)),
    agentId: optStr(r.agentId),
    queueId: optStr(r.queueId),
    hangupCause: str(r.hangupCause),
    hangupSide: str(r.hangupSide),
    recordingPath: optStr(r.recordingPath) ?? (rec ? optStr(rec.path) || optStr(rec.url) : null),
    queueWaitMs: optNum(r.queueWaitMs),
    disposition: isObj(r.disposition) ? normDisposition(r.disposition) : null,
    mos: optNum(r.mos) || null,
    quality: { customer: normLegQuality(r, "customer"), agent: normLegQuality(r, "agent") },
  };
}

export function normDisposition(r: Raw): Disposition {
  return { callId: str(r.callId), code: str(r.code), label: str(r.label) || str(r.code), notes: str(r.notes), agentId: str(r.agentId), at: str(r.at) };
}

export function normQueue(r: Raw): QueueStats {
  return {
    queueId: str(r.queueId),
    waiting: numOr(r.waiting, 0),
    longestWaitS: numOr(r.longestWaitS, 0),
    agentsReady: numOr(r.agentsReady, 0),
    agentsBusy: numOr(r.agentsBusy, 0),
  };
}

/** An agent event keeps only the fields it carries (absent = unchanged), in the types above. */
function normAgentEvent(r: Raw): ServerEvent {
  const ev: Raw = { type: "agent", agentId: str(r.agentId ?? r.id) };
  if (r.status !== undefined && r.status !== null) ev.status = str(r.status);
  if (r.reason !== undefined) ev.reason = optStr(r.reason);
  if (r.sinceMs !== undefined) ev.sinceMs = numOr(r.sinceMs, 0);
  if (typeof r.registered === "boolean") ev.registered = r.registered;
  for (const k of ["jobNumber", "extension", "displayName"]) if (typeof r[k] === "string") ev[k] = r[k];
  if (r.wrapUpUntilMs !== undefined) ev.wrapUpUntilMs = optNum(r.wrapUpUntilMs);
  if (r.callId !== undefined) ev.callId = optStr(r.callId);
  return ev as unknown as ServerEvent;
}

/** Normalises one decoded event-stream message; null for unknown types. */
export function normEvent(v: unknown): ServerEvent | null {
  if (!isObj(v)) return null;
  switch (v.type) {
    case "snapshot": {
      const ev: ServerEvent = {
        type: "snapshot",
        agents: items(v.agents).filter(isObj).map(normAgent),
        calls: items(v.calls).filter(isObj).map(normCall),
      };
      if (Array.isArray(v.queues)) ev.queues = v.queues.filter(isObj).map(normQueue);
      if (typeof v.live === "boolean") ev.live = v.live;
      return ev;
    }
    case "agent":
      return normAgentEvent(v);
    case "call": {
      const c = normCall(v);
      // Keep "absent" distinct from "empty" for the optional screen-pop fields (normCall only copies present ones).
      return { type: "call", ...c };
    }
    case "queue":
      return { type: "queue", ...normQueue(v) };
    case "cdr":
      return { type: "cdr", callId: str(v.callId) };
    default:
      return null;
  }
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

let tenantScope: string | null = null;

export function setToken(t: string | null): void {
  token = t;
}
/**
 * A platform admin (no tenantId) acts on one tenant by naming its slug: control reads ?tenant=<slug>.
 * null (default) for tenant users, whose tenant comes from the token.
 */
export function setTenantScope(slug: string | null): void {
  tenantScope = slug || null;
}

/** Appends ?tenant= (when scoped) to an API path that may already have a query. */
export function withTenant(path: string): string {
  if (!tenantScope) return path;
  return `${path}${path.includes("?") ? "&" : "?"}tenant=${encodeURIComponent(tenantScope)}`;
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
  const res = await fetch(API_BASE + (auth ? withTenant(path) : path), {
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

/** GET /me: the user and (for tenant users) the tenant. */
export async function me(): Promise<{ user: User; tenant: Tenant | null }> {
  const r = await request<unknown>("GET", "/me");
  if (isObj(r) && isObj(r.user)) return { user: r.user as unknown as User, tenant: isObj(r.tenant) ? (r.tenant as unknown as Tenant) : null };
  return { user: r as User, tenant: null };
}

export async function listAgents(): Promise<Agent[]> {
  return items(await request<unknown>("GET", "/agents")).filter(isObj).map(normAgent);
}

export function setAgentState(agentId: string, status: "ready" | "not_ready" | "logged_out", reason?: string): Promise<unknown> {
  const body: { status: string; reason?: string } = { status };
  if (reason) body.reason = reason;
  return request("POST", `/agents/${encodeURIComponent(agentId)}/state`, body);
}

export async function listQueues(): Promise<QueueInfo[]> {
  return items(await request<unknown>("GET", "/queues"))
    .filter(isObj)
    .map((q) => ({
      id: str(q.id),
      slug: str(q.slug),
      name: str(q.name),
      slTargetS: optNum(q.slTargetS),
      wrapupS: optNum(q.wrapupS),
    }));
}

/** Roles that may set other agents' states (control: SUPERVISORS in http/api.ts). */
export function canSuperviseRole(role: Role): boolean {
  return role === "platform_admin" || role === "tenant_admin" || role === "admin" || role === "supervisor";
}

/** Answer a call offered to me on the WebRTC softphone (docs/webrtc.md). */
export async function answerCall(callId: string): Promise<void> {
  await request("POST", `/calls/${encodeURIComponent(callId)}/answer`, {});
}

/** Hang up a call I am on (or, for supervisors, any live call). */
export async function hangupCall(callId: string, cause = "agent_hangup"): Promise<void> {
  await request("POST", `/calls/${encodeURIComponent(callId)}/hangup`, { cause });
}

/** Hold (customer hears music) or resume a call I am on. */
export async function holdCall(callId: string, on: boolean): Promise<void> {
  await request("POST", `/calls/${encodeURIComponent(callId)}/hold`, { on });
}

export async function listCalls(): Promise<Call[]> {
  return items(await request<unknown>("GET", "/calls")).filter(isObj).map(normCall);
}

/** Builds the query string for GET /cdrs with the parameters control understands. Exported for tests. */
export function cdrQueryString(q: CdrQuery): string {
  const p = new URLSearchParams();
  if (q.to !== undefined) p.set("before", String(q.to));
  if (q.caller) p.set("caller", q.caller);
  if (q.agentId) p.set("agent", q.agentId);
  if (q.limit !== undefined) p.set("limit", String(Math.min(500, Math.max(1, q.limit))));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export async function listCdrs(q: CdrQuery = {}): Promise<Cdr[]> {
  return items(await request<unknown>("GET", `/cdrs${cdrQueryString(q)}`)).filter(isObj).map(normCdr);
}

/** URL for <audio src>: the token goes in the query because media elements cannot send headers. */
export function recordingUrl(callId: string): string {
  return API_BASE + withTenant(`/recordings/${encodeURIComponent(callId)}?token=${encodeURIComponent(token ?? "")}`);
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
  /** `webrtc.*` messages (the softphone's signalling, docs/webrtc.md), parsed JSON. Default: dropped. */
  onSignal?: (msg: Record<string, unknown>) => void;
  /** A sender for client messages while the socket is open, null while it is not. Default: none. */
  onSocket?: (send: ((msg: object) => boolean) | null) => void;
  /** Messages for this user (internal message, due reminder, ticket change). Default: dropped. */
  onNotice?: (n: UserNotice) => void;
}

/** Exponential backoff with +-20% jitter so a restarted control is not hit by every console at once. */
export function backoffDelay(attempt: number, minMs = 500, maxMs = 10_000, rand: () => number = Math.random): number {
  const base = Math.min(maxMs, minMs * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.8 + 0.4 * rand()));
}

/** Parses and normalises one WebSocket text message; null for anything that is not a known event. */
export function parseEvent(data: unknown): ServerEvent | null {
  if (typeof data !== "string") return null;
  try {
    return normEvent(JSON.parse(data));
  } catch {
    return null;
  }
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
    const url = `${proto}//${location.host}${API_BASE}${withTenant(`/events?token=${encodeURIComponent(token ?? "")}`)}`;
    const sock = new WebSocket(url);
    ws = sock;
    sock.onopen = () => {
      attempt = 0;
      opts.onStatus(true);
      opts.onSocket?.((msg) => {
        if (ws !== sock || sock.readyState !== WebSocket.OPEN) return false;
        sock.send(JSON.stringify(msg));
        return true;
      });
    };
    sock.onmessage = (m) => {
      if (typeof m.data !== "string") return;
      let raw: unknown;
      try {
        raw = JSON.parse(m.data);
      } catch {
        return; // malformed: ignored like any bad event
      }
      const type = (raw as { type?: unknown } | null)?.type;
      if (typeof type === "string" && type.startsWith("webrtc.")) {
        opts.onSignal?.(raw as Record<string, unknown>);
        return;
      }
      if (type === "message" || type === "reminder" || type === "ticket") {
        const n = normUserNotice(raw);
        if (n) opts.onNotice?.(n);
        return;
      }
      const ev = normEvent(raw);
      if (ev) opts.onEvent(ev);
    };
    sock.onclose = () => {
      if (ws !== sock) return;
      ws = null;
      opts.onSocket?.(null);
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

// ---------- agent workspace: dispositions, CRM, tickets, knowledge base, messages, voicemail ----------

/** The tenant's active disposition codes, in their configured order. */
export async function listDispositionCodes(): Promise<DispositionCode[]> {
  return items(await request<unknown>("GET", "/disposition-codes?active=true&limit=500"))
    .filter(isObj)
    .map((c) => ({ id: str(c.id), code: str(c.code), label: str(c.label) || str(c.code), sort: numOr(c.sort, 0), active: c.active !== false }));
}

/** Sets (or replaces) a call's disposition and notes; works during the call and after it ended. */
export async function setDisposition(callId: string, code: string, notes: string): Promise<Disposition> {
  const r = await request<unknown>("POST", `/calls/${encodeURIComponent(callId)}/disposition`, { code, notes });
  return normDisposition(isObj(r) ? r : {});
}

/** A call's disposition, or null while none is set. */
export async function getDisposition(callId: string): Promise<Disposition | null> {
  try {
    const r = await request<unknown>("GET", `/calls/${encodeURIComponent(callId)}/disposition`);
    return isObj(r) ? normDisposition(r) : null;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** Pauses (silence is recorded) or resumes the recording of a live call (sensitive data such as card numbers). */
export async function setRecordingPaused(callId: string, pause: boolean): Promise<void> {
  await request("POST", `/calls/${encodeURIComponent(callId)}/recording`, { pause });
}

/** Click-to-dial: rings my phone first, then dials `destination`. */
export async function originate(agentId: string, destination: string): Promise<string> {
  const r = await request<unknown>("POST", "/calls/originate", { agentId, destination });
  return isObj(r) ? str(r.callId) : "";
}

export interface Customer {
  id: string;
  name: string;
  phones: string[];
  email: string;
  company: string;
  vipLevel: number;
  tags: string[];
  notes: string;
}

export function normCustomer(r: Raw): Customer {
  return {
    id: str(r.id),
    name: str(r.name),
    phones: Array.isArray(r.phones) ? r.phones.map(str) : [],
    email: str(r.email),
    company: str(r.company),
    vipLevel: numOr(r.vipLevel, 0),
    tags: Array.isArray(r.tags) ? r.tags.map(str) : [],
    notes: str(r.notes),
  };
}

export async function searchCustomers(q: string, limit = 50): Promise<Customer[]> {
  const p = new URLSearchParams({ limit: String(limit) });
  if (q.trim()) p.set("q", q.trim());
  return items(await request<unknown>("GET", `/customers?${p}`)).filter(isObj).map(normCustomer);
}

export async function getCustomer(id: string): Promise<Customer> {
  const r = await request<unknown>("GET", `/customers/${encodeURIComponent(id)}`);
  return normCustomer(isObj(r) ? r : {});
}

export async function createCustomer(c: { name: string; phones: string[]; company?: string; vipLevel?: number; notes?: string }): Promise<Customer> {
  const body: Record<string, unknown> = { name: c.name, phones: c.phones };
  if (c.company) body.company = c.company;
  if (c.vipLevel) body.vipLevel = c.vipLevel;
  if (c.notes) body.notes = c.notes;
  const r = await request<unknown>("POST", "/customers", body);
  return normCustomer(isObj(r) ? r : {});
}

export async function addCustomerNote(customerId: string, body: string, callId?: string): Promise<void> {
  await request("POST", `/customers/${encodeURIComponent(customerId)}/notes`, callId ? { body, callId } : { body });
}

/** One entry of a customer's history: a call (with its disposition), a note or a ticket. */
export interface Interaction {
  kind: "call" | "note" | "ticket";
  at: string;
  callId?: string;
  answered?: boolean;
  durationMs?: number;
  disposition?: { code: string; label: string; notes: string } | null;
  body?: string;
  title?: string;
  status?: string;
}

export async function customerInteractions(id: string): Promise<Interaction[]> {
  return items(await request<unknown>("GET", `/customers/${encodeURIComponent(id)}/interactions`))
    .filter(isObj)
    .map((i) => ({
      kind: (i.kind === "note" || i.kind === "ticket" ? i.kind : "call") as Interaction["kind"],
      at: str(i.at),
      callId: optStr(i.callId) ?? undefined,
      answered: i.answered === true,
      durationMs: optNum(i.durationMs) ?? undefined,
      disposition: isObj(i.disposition) ? { code: str(i.disposition.code), label: str(i.disposition.label), notes: str(i.disposition.notes) } : null,
      body: optStr(i.body) ?? undefined,
      title: optStr(i.title) ?? undefined,
      status: optStr(i.status) ?? undefined,
    }));
}

export type TicketStatus = "open" | "in_progress" | "pending" | "resolved" | "closed";
export const TICKET_STATUSES: readonly TicketStatus[] = ["open", "in_progress", "pending", "resolved", "closed"];
export type TicketPriority = "low" | "normal" | "high" | "urgent";
export const TICKET_PRIORITIES: readonly TicketPriority[] = ["low", "normal", "high", "urgent"];

export interface Ticket {
  id: string;
  title: string;
  body: string;
  status: TicketStatus;
  priority: string;
  customerId: string | null;
  callId: string;
  assigneeId: string | null;
  createdAt: string;
  updatedAt: string;
}

export function normTicket(r: Raw): Ticket {
  const st = str(r.status);
  return {
    id: str(r.id),
    title: str(r.title),
    body: str(r.body),
    status: ((TICKET_STATUSES as readonly string[]).includes(st) ? st : "open") as TicketStatus,
    priority: str(r.priority) || "normal",
    customerId: optStr(r.customerId),
    callId: str(r.callId),
    assigneeId: optStr(r.assigneeId),
    createdAt: str(r.createdAt),
    updatedAt: str(r.updatedAt),
  };
}

export async function listTickets(q: { customerId?: string; status?: string; assignee?: string; limit?: number } = {}): Promise<Ticket[]> {
  const p = new URLSearchParams({ limit: String(q.limit ?? 100) });
  if (q.customerId) p.set("customerId", q.customerId);
  if (q.status) p.set("status", q.status);
  if (q.assignee) p.set("assignee", q.assignee);
  return items(await request<unknown>("GET", `/tickets?${p}`)).filter(isObj).map(normTicket);
}

export async function createTicket(t: { title: string; body?: string; customerId?: string | null; callId?: string; priority?: string }): Promise<Ticket> {
  const body: Record<string, unknown> = { title: t.title };
  if (t.body) body.body = t.body;
  if (t.customerId) body.customerId = t.customerId;
  if (t.callId) body.callId = t.callId;
  if (t.priority) body.priority = t.priority;
  const r = await request<unknown>("POST", "/tickets", body);
  return normTicket(isObj(r) ? r : {});
}

export async function updateTicket(id: string, patch: { status?: TicketStatus; comment?: string }): Promise<Ticket> {
  const r = await request<unknown>("PATCH", `/tickets/${encodeURIComponent(id)}`, patch);
  return normTicket(isObj(r) ? r : {});
}

/** A knowledge-base article; its body holds the standard answer (话术) agents read out. */
export interface KbArticle {
  id: string;
  title: string;
  body: string;
  tags: string[];
  published: boolean;
}

export async function searchKb(q: string, limit = 20): Promise<KbArticle[]> {
  const p = new URLSearchParams({ limit: String(limit) });
  if (q.trim()) p.set("q", q.trim());
  return items(await request<unknown>("GET", `/kb?${p}`))
    .filter(isObj)
    .map((a) => ({ id: str(a.id), title: str(a.title), body: str(a.body), tags: Array.isArray(a.tags) ? a.tags.map(str) : [], published: a.published !== false }));
}

export interface Notice {
  id: string;
  title: string;
  body: string;
  createdAt: string;
}

export async function listNotices(): Promise<Notice[]> {
  return items(await request<unknown>("GET", "/notices?limit=50"))
    .filter(isObj)
    .map((n) => ({ id: str(n.id), title: str(n.title), body: str(n.body), createdAt: str(n.createdAt) }));
}

export interface Reminder {
  id: string;
  title: string;
  dueAt: string;
  done: boolean;
  customerId: string | null;
  ticketId: string | null;
}

export function normReminder(r: Raw): Reminder {
  return { id: str(r.id), title: str(r.title), dueAt: str(r.dueAt), done: r.done === true, customerId: optStr(r.customerId), ticketId: optStr(r.ticketId) };
}

export async function listReminders(): Promise<Reminder[]> {
  return items(await request<unknown>("GET", "/reminders?done=false&limit=100")).filter(isObj).map(normReminder);
}

export async function createReminder(r: { title: string; dueAt: string; customerId?: string | null; ticketId?: string | null }): Promise<Reminder> {
  const body: Record<string, unknown> = { title: r.title, dueAt: r.dueAt };
  if (r.customerId) body.customerId = r.customerId;
  if (r.ticketId) body.ticketId = r.ticketId;
  const out = await request<unknown>("POST", "/reminders", body);
  return normReminder(isObj(out) ? out : {});
}

export async function completeReminder(id: string): Promise<void> {
  await request("PATCH", `/reminders/${encodeURIComponent(id)}`, { done: true });
}

export interface Message {
  id: string;
  fromUserId: string;
  toUserId: string;
  body: string;
  readAt: string | null;
  createdAt: string;
}

export function normMessage(r: Raw): Message {
  return { id: str(r.id), fromUserId: str(r.fromUserId), toUserId: str(r.toUserId), body: str(r.body), readAt: optStr(r.readAt), createdAt: str(r.createdAt) };
}

export async function listMessages(box: "inbox" | "sent" = "inbox"): Promise<Message[]> {
  return items(await request<unknown>("GET", `/messages?box=${box}`)).filter(isObj).map(normMessage);
}

export async function sendMessage(toUserId: string, body: string): Promise<Message> {
  const r = await request<unknown>("POST", "/messages", { toUserId, body });
  return normMessage(isObj(r) ? r : {});
}

export async function markMessageRead(id: string): Promise<void> {
  await request("POST", `/messages/${encodeURIComponent(id)}/read`);
}

/** A colleague to message. */
export interface Colleague {
  id: string;
  username: string;
  role: string;
  displayName: string;
  extension: string;
}

export async function listDirectory(): Promise<Colleague[]> {
  return items(await request<unknown>("GET", "/directory"))
    .filter(isObj)
    .map((u) => ({ id: str(u.id), username: str(u.username), role: str(u.role), displayName: str(u.displayName), extension: str(u.extension) }));
}

export interface VoicemailMessage {
  callId: string;
  box: string;
  caller: string;
  callee: string;
  startMs: number;
  endMs: number;
}

export async function listVoicemail(): Promise<VoicemailMessage[]> {
  return items(await request<unknown>("GET", "/voicemail"))
    .filter(isObj)
    .map((m) => ({ callId: str(m.callId), box: str(m.box), caller: str(m.caller), callee: str(m.callee), startMs: numOr(m.startMs, 0), endMs: numOr(m.endMs, 0) }));
}

/** URL for <audio src> of a voicemail message (the token in the query, as for recordings). */
export function voicemailUrl(callId: string): string {
  return API_BASE + withTenant(`/voicemail/${encodeURIComponent(callId)}?token=${encodeURIComponent(token ?? "")}`);
}

/** Messages control pushes to one user (not live floor state): internal messages, due reminders, ticket changes. */
export type UserNotice =
  | { type: "message"; message: Message }
  | { type: "reminder"; reminder: Reminder }
  | { type: "ticket"; event: string; ticket: Ticket };

/** Normalises a pushed user message; null for anything else. */
export function normUserNotice(v: unknown): UserNotice | null {
  if (!isObj(v)) return null;
  if (v.type === "message" && typeof v.id === "string") return { type: "message", message: normMessage(v) };
  if (v.type === "reminder" && typeof v.id === "string") return { type: "reminder", reminder: normReminder(v) };
  if (v.type === "ticket" && typeof v.id === "string") return { type: "ticket", event: str(v.event), ticket: normTicket(v) };
  return null;
}

/** A transfer or consultation target (docs/api.md "Transfers"). */
export interface TransferTarget {
  kind: "agent" | "queue" | "number";
  value: string;
}

/** Blind transfer (转接) of a call I am on; resolves with the call's new segment id. */
export async function transferCall(callId: string, target: TransferTarget): Promise<string> {
  const r = await request<{ callId?: string }>("POST", `/calls/${encodeURIComponent(callId)}/transfer`, { target });
  return r?.callId ?? "";
}

/** Consult (咨询): the customer waits with music while the target rings for me. */
export async function consultCall(callId: string, target: TransferTarget): Promise<string> {
  const r = await request<{ callId?: string }>("POST", `/calls/${encodeURIComponent(callId)}/consult`, { target });
  return r?.callId ?? "";
}

/** Complete (完成转接), cancel (取消咨询) or join all three (三方通话). */
export async function consultAction(callId: string, action: "complete" | "cancel" | "conference"): Promise<void> {
  await request("POST", `/calls/${encodeURIComponent(callId)}/consult/${action}`, {});
}
