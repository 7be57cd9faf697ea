// REST handlers under /api/v1. Every tenant-owned query carries
// WHERE tenant_id = $1 and runs in db.tx({tenantId}) so RLS backs it up.
import { readFile, stat } from "node:fs/promises";
import { pb, type switchboard } from "@switchboard/proto";
import type { AuthUser, Role } from "../auth/sessions.ts";
import type { CoreLink } from "../corelink/index.ts";
import { CoreUnavailableError, resolveInDataDir } from "../corelink/index.ts";
import type { Db } from "../db/index.ts";
import { ApiError } from "./errors.ts";
import { agentJson, callJson, queueJson } from "./live.ts";
import type { Ctx, Router } from "./router.ts";
import type { Auth } from "../auth/sessions.ts";
import { csvLine } from "./csv.ts";
import { PasswordChange } from "./schemas.ts";
import { Agent, AgentStateBody, AnswerBody, AuditQuery, HoldBody, RecordingQuery, Cdr, CdrExportQuery, CdrQuery, HangupBody, ListOf, LoginBody, LoginReply, Ok, OriginateBody } from "./schemas.ts";

export interface ApiDeps {
  db: Db;
  auth: Auth;
  core: CoreLink;
  dataDir: string;
  /** Push a new ConfigSnapshot to core (after config writes). */
  configChanged: () => void;
  /** Webhook dispatcher to wake after enqueueing. */
  kickHooks: () => void;
  /** Pushes a JSON message to one user's event streams (optional: absent in some embeddings). */
  notifyUser?: (userId: string, msg: Record<string, unknown>) => void;
}

export const ADMINS: readonly Role[] = ["platform_admin", "tenant_admin"];
export const TENANT_ROLES: readonly Role[] = ["platform_admin", "tenant_admin", "supervisor", "qa", "agent"];
export const SUPERVISORS: readonly Role[] = ["platform_admin", "tenant_admin", "supervisor"];
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The tenant a request acts on: the user's own; a platform admin names one
 * with ?tenant=<slug>.
 */
export async function tenantOf(db: Db, ctx: Ctx): Promise<string> {
  const u = ctx.user as AuthUser;
  if (u.tenantId) return u.tenantId;
  const slug = ctx.query.get("tenant");
  if (!slug) throw new ApiError("tenant_required", "platform admin: pass ?tenant=<slug>", { field: "tenant" });
  const rows = await db.tx({ bypass: true }, async (c) => (await c.query("SELECT id FROM tenants WHERE slug = $1", [slug])).rows);
  if (!rows[0]) throw new ApiError("not_found", `no tenant ${slug}`);
  return rows[0].id as string;
}

export async function audit(
  db: Db,
  tenantId: string | null,
  ctx: Ctx,
  action: string,
  objectType: string,
  objectId: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  const run = async (c: import("../db/index.ts").Tx) =>
    c.query(
      "INSERT INTO audit_log (tenant_id, user_id, action, object_type, object_id, detail, ip) VALUES ($1,$2,$3,$4,$5,$6,$7)",
      [tenantId, ctx.user?.id ?? null, action, objectType, objectId, JSON.stringify(detail), ctx.ip],
    );
  await (tenantId ? db.tx({ tenantId }, run) : db.tx({ bypass: true }, run));
}

// biome-ignore lint/suspicious/noExplicitAny: a pg row
function cdrJson(r: any) {
  return {
    callId: r.call_id,
    tenantId: r.tenant_id,
    sipCallId: r.sip_call_id,
    direction: r.direction,
    caller: r.caller,
    callee: r.callee,
    startMs: r.start_ms,
    answerMs: r.answer_ms,
    endMs: r.end_ms,
    startAt: r.start_ms ? new Date(r.start_ms).toISOString() : null,
    queueId: r.queue_id,
    queueWaitMs: r.queue_wait_ms,
    agentId: r.agent_id,
    hangupCause: r.hangup_cause,
    hangupSide: r.hangup_side,
    sipStatus: r.sip_status,
    mos: r.mos,
    // Per-leg quality (migration 032); null = not measured.
    customerJitterMs: r.customer_jitter_ms ?? null,
    customerLost: r.customer_lost ?? null,
    customerLossFraction: r.customer_loss_fraction ?? null,
    customerRttMs: r.customer_rtt_ms ?? null,
    agentJitterMs: r.agent_jitter_ms ?? null,
    agentLost: r.agent_lost ?? null,
    agentLossFraction: r.agent_loss_fraction ?? null,
    agentRttMs: r.agent_rtt_ms ?? null,
    ivrFlow: r.ivr_flow ?? "",
    ivrServed: r.ivr_served ?? false,
    trunkId: r.trunk_id ?? "",
    vars: r.vars ?? {},
    disposition: r.disp_code
      ? {
          callId: r.call_id,
          code: r.disp_code,
          label: r.disp_label ?? r.disp_code,
          notes: r.disp_notes,
          agentId: r.disp_agent,
          userId: r.disp_user,
          at: new Date(r.disp_at).toISOString(),
        }
      : null,
    recording: r.rec_path
      ? {
          path: r.rec_path,
          bytes: r.rec_bytes,
          sha256: r.rec_sha256,
          durationMs: r.rec_duration_ms,
          url: `/api/v1/recordings/${encodeURIComponent(r.call_id)}`,
        }
      : null,
  };
}

const CDR_SELECT = `SELECT c.*, r.path AS rec_path, r.bytes AS rec_bytes, r.sha256 AS rec_sha256, r.duration_ms AS rec_duration_ms,
    d.code AS disp_code, d.notes AS disp_notes, d.agent_id AS disp_agent, d.user_id AS disp_user, d.set_at AS disp_at, dc.label AS disp_label
  FROM cdrs c LEFT JOIN recordings r ON r.call_id = c.call_id AND r.tenant_id = c.tenant_id
  LEFT JOIN call_dispositions d ON d.call_id = c.call_id AND d.tenant_id = c.tenant_id
  LEFT JOIN disposition_codes dc ON dc.tenant_id = d.tenant_id AND dc.code = d.code`;

async function coreCommand(core: CoreLink, cmd: switchboard.v1.ICommand): Promise<switchboard.v1.CommandResult> {
  try {
    return await core.command(cmd);
  } catch (err) {
    if (err instanceof CoreUnavailableError) throw new ApiError("core_unavailable", err.message);
    throw err;
  }
}

/** Live snapshot of a tenant from core, or null when core is away. */
async function liveSnapshot(core: CoreLink, tenantId: string): Promise<switchboard.v1.ISnapshot | null> {
  if (!core.connected) return null;
  try {
    const r = await core.command({ snapshot: { tenantId } }, 2000);
    return r.ok ? (r.snapshot ?? { agents: [], calls: [], queues: [] }) : null;
  } catch {
    return null;
  }
}


export interface CdrFilter {
  caller?: string;
  agent?: string;
  queue?: string;
  direction?: string;
  from?: number;
  to?: number;
  answered?: boolean;
  disposition?: string;
}

/** WHERE clause for CDR queries of a tenant; agents are limited to their own calls. */
export function cdrWhere(tenantId: string, u: AuthUser, q: CdrFilter): { where: string[]; args: unknown[] } {
  const where = ["c.tenant_id = $1"];
  const args: unknown[] = [tenantId];
  if (q.caller) {
    args.push(`${q.caller.replace(/[\\%_]/g, (x) => `\\${x}`)}%`);
    where.push(`c.caller LIKE $${args.length}`);
  }
  if (q.agent) {
    args.push(q.agent);
    where.push(`(c.agent_id = $${args.length} OR c.agent_id IN (SELECT id::text FROM agents WHERE tenant_id = $1 AND job_number = $${args.length}))`);
  }
  if (q.queue) {
    args.push(q.queue);
    where.push(`(c.queue_id = $${args.length} OR c.queue_id IN (SELECT id::text FROM queues WHERE tenant_id = $1 AND slug = $${args.length}))`);
  }
  if (q.direction) {
    args.push(q.direction);
    where.push(`c.direction = $${args.length}`);
  }
  if (q.from !== undefined) {
    args.push(q.from);
    where.push(`c.start_ms >= $${args.length}`);
  }
  if (q.to !== undefined) {
    args.push(q.to);
    where.push(`c.start_ms < $${args.length}`);
  }
  if (q.answered !== undefined) where.push(q.answered ? "c.answer_ms > 0" : "c.answer_ms = 0");
  if (q.disposition) {
    args.push(q.disposition);
    where.push(`c.call_id IN (SELECT call_id FROM call_dispositions WHERE tenant_id = $1 AND code = $${args.length})`);
  }
  if (u.role === "agent") {
    // Agents see only their own calls.
    args.push(u.agentId ?? "");
    where.push(`c.agent_id = $${args.length}`);
  }
  return { where, args };
}

export async function agentsWithState(deps: ApiDeps, tenantId: string) {
  const rows = await deps.db.tx({ tenantId }, async (c) =>
    (
      await c.query(
        `SELECT a.id, a.job_number, a.extension, a.display_name, a.skills,
           coalesce(array_agg(m.queue_id) FILTER (WHERE m.queue_id IS NOT NULL), '{}') AS queue_ids
         FROM agents a LEFT JOIN queue_members m ON m.agent_id = a.id AND m.tenant_id = a.tenant_id
         WHERE a.tenant_id = $1 GROUP BY a.id ORDER BY a.job_number`,
        [tenantId],
      )
    ).rows,
  );
  const snap = await liveSnapshot(deps.core, tenantId);
  const live = new Map((snap?.agents ?? []).map((a) => [a.agentId ?? "", agentJson(a)]));
  return {
    live: snap !== null,
    agents: rows.map((r) => {
      const l = live.get(r.id);
      return {
        id: r.id,
        jobNumber: r.job_number,
        extension: r.extension,
        displayName: r.display_name,
        queueIds: r.queue_ids,
        skills: r.skills ?? [],
        status: l?.status ?? (snap ? "logged_out" : null),
        reason: l?.reason ?? "",
        registered: l?.registered ?? null,
        callId: l?.callId ?? "",
        sinceMs: l?.sinceMs ?? 0,
      };
    }),
    snapshot: snap,
  };
}

export function registerApi(r: Router, deps: ApiDeps): void {
  const { db, auth, core } = deps;

  r.add("post", "/api/v1/auth/login", { auth: "public", body: LoginBody, response: LoginReply, summary: "Password login", tag: "auth" }, async (ctx) => {
    const b = ctx.body as { username: string; password: string; tenant?: string };
    const out = await auth.login(b.username, b.password, b.tenant, ctx.ip);
    return { json: out };
  });

  r.add("post", "/api/v1/auth/logout", { auth: "any", response: Ok, summary: "End this session", tag: "auth" }, async (ctx) => {
    await auth.logout(ctx.token);
    return { json: { ok: true } };
  });

  r.add(
    "post",
    "/api/v1/auth/password",
    { auth: "any", body: PasswordChange, response: Ok, summary: "Change my password (other sessions end)", tag: "auth" },
    async (ctx) => {
      const u = ctx.user as AuthUser;
      if (u.kind === "api_key") throw new ApiError("forbidden", "API keys have no password");
      const b = ctx.body as { currentPassword: string; newPassword: string };
      await auth.changePassword(u, b.currentPassword, b.newPassword, ctx.token);
      await audit(db, u.tenantId, ctx, "password_change", "user", u.id);
      return { json: { ok: true } };
    },
  );

  r.add("get", "/api/v1/me", { auth: "any", summary: "The logged-in user and tenant", tag: "auth" }, async (ctx) => {
    const u = ctx.user as AuthUser;
    let tenant = null;
    if (u.tenantId) {
      const rows = await db.tx({ tenantId: u.tenantId }, async (c) =>
        (await c.query("SELECT id, slug, name, sip_domains FROM tenants WHERE id = $1", [u.tenantId])).rows,
      );
      const t = rows[0];
      if (t) tenant = { id: t.id, slug: t.slug, name: t.name, sipDomains: t.sip_domains };
    }
    return { json: { user: u, tenant } };
  });

  r.add("get", "/api/v1/cdrs", { auth: TENANT_ROLES, query: CdrQuery, response: ListOf(Cdr), summary: "CDRs, newest first (agents: own calls only)", tag: "cdrs" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const u = ctx.user as AuthUser;
    const q = ctx.q as CdrFilter & { limit?: number; before?: string };
    const limit = q.limit ?? 50;
    const { where, args } = cdrWhere(tenantId, u, q);
    const before = q.before;
    if (before) {
      const m = /^(\d+)(?:\.(.+))?$/.exec(before);
      if (!m) throw new ApiError("validation_failed", "before: expected <startMs> or a next cursor", { field: "before" });
      args.push(Number(m[1]));
      if (m[2]) {
        args.push(m[2]);
        where.push(`(c.start_ms, c.call_id) < ($${args.length - 1}, $${args.length})`);
      } else where.push(`c.start_ms < $${args.length}`);
    }
    args.push(limit);
    const rows = await db.tx({ tenantId }, async (c) =>
      (
        await c.query(
          `${CDR_SELECT} WHERE ${where.join(" AND ")} ORDER BY c.start_ms DESC, c.call_id DESC LIMIT $${args.length}`,
          args,
        )
      ).rows,
    );
    const last = rows[rows.length - 1];
    return {
      json: { items: rows.map(cdrJson), next: rows.length === limit && last ? `${last.start_ms}.${last.call_id}` : null },
    };
  });

  r.add(
    "get",
    "/api/v1/cdrs/export",
    { auth: ["platform_admin", "tenant_admin", "supervisor", "qa"], query: CdrExportQuery, summary: "CDRs as CSV (UTF-8 with BOM), newest first, up to 100,000 rows", tag: "cdrs" },
    async (ctx) => {
      const tenantId = await tenantOf(db, ctx);
      const { where, args } = cdrWhere(tenantId, ctx.user as AuthUser, ctx.q as CdrFilter);
      const rows = await db.tx({ tenantId }, async (c) => (await c.query(`${CDR_SELECT} WHERE ${where.join(" AND ")} ORDER BY c.start_ms DESC, c.call_id DESC LIMIT 100000`, args)).rows);
      const cols = ["callId", "direction", "caller", "callee", "startAt", "answerMs", "endMs", "queueId", "queueWaitMs", "agentId", "hangupCause", "hangupSide", "sipStatus", "mos", "customerJitterMs", "customerLost", "customerLossFraction", "customerRttMs", "agentJitterMs", "agentLost", "agentLossFraction", "agentRttMs", "recording", "disposition", "dispositionNotes"];
      let out = `\ufeff${csvLine(cols)}`;
      for (const r of rows) {
        const j = cdrJson(r) as Record<string, unknown>;
        const d = j.disposition as { label: string; notes: string } | null;
        out += csvLine(
          cols.map((k) =>
            k === "recording" ? ((j.recording as { url?: string } | null)?.url ?? "") : k === "disposition" ? (d?.label ?? "") : k === "dispositionNotes" ? (d?.notes ?? "") : j[k],
          ),
        );
      }
      await audit(db, tenantId, ctx, "cdr_export", "cdr", "", { rows: rows.length });
      return { rawReply: { body: Buffer.from(out, "utf8"), contentType: "text/csv; charset=utf-8", filename: "cdrs.csv" } };
    },
  );

  r.add("get", "/api/v1/cdrs/:callId", { auth: TENANT_ROLES, response: Cdr, summary: "One CDR", tag: "cdrs" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const u = ctx.user as AuthUser;
    const rows = await db.tx({ tenantId }, async (c) =>
      (await c.query(`${CDR_SELECT} WHERE c.tenant_id = $1 AND c.call_id = $2`, [tenantId, ctx.params[0]])).rows,
    );
    const row = rows[0];
    if (!row || (u.role === "agent" && row.agent_id !== u.agentId)) throw new ApiError("not_found", "no such CDR");
    return { json: cdrJson(row) };
  });

  // The recording and its derivatives (core's post-processing writes them
  // next to it): ?format=stereo (default) | mix (mono) | g711 (mu-law copy).
  const DERIVED: Record<string, string> = { stereo: ".wav", mix: ".mix.wav", g711: ".g711.wav" };
  r.add("get", "/api/v1/recordings/:callId", { auth: TENANT_ROLES, query: RecordingQuery, summary: "Download a call recording (audio/wav; ?format=stereo|mix|g711; agents: own calls only; audited)", tag: "cdrs" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const u = ctx.user as AuthUser;
    const callId = ctx.params[0] as string;
    const format = ((ctx.q.format as string | undefined) ?? "stereo") as keyof typeof DERIVED;
    const rows = await db.tx({ tenantId }, async (c) =>
      (
        await c.query(
          `SELECT r.path, r.deleted_at, c.agent_id FROM recordings r JOIN cdrs c ON c.call_id = r.call_id AND c.tenant_id = r.tenant_id
           WHERE r.tenant_id = $1 AND r.call_id = $2`,
          [tenantId, callId],
        )
      ).rows,
    );
    const row = rows[0];
    if (!row) throw new ApiError("not_found", "no recording for this call");
    if (row.deleted_at) throw new ApiError("not_found", `recording deleted by the retention policy on ${new Date(row.deleted_at).toISOString()}`);
    if (u.role === "agent" && row.agent_id !== u.agentId) {
      throw new ApiError("forbidden", "agents may download only their own calls' recordings");
    }
    const original = resolveInDataDir(deps.dataDir, row.path);
    if (!original) throw new ApiError("not_found", "recording path is invalid");
    const full = format === "stereo" ? original : original.replace(/\.wav$/, "") + DERIVED[format];
    let size: number;
    try {
      size = (await stat(full)).size;
    } catch {
      throw new ApiError("not_found", format === "stereo" ? "recording file is missing" : `the ${format} copy is not ready yet`);
    }
    await audit(db, tenantId, ctx, "recording_download", "recording", callId, { bytes: size, format });
    return {
      file: {
        path: full,
        size,
        contentType: "audio/wav",
        headers: { "content-disposition": `attachment; filename="${callId.replace(/[^\w.-]/g, "_")}.wav"` },
      },
    };
  });

  r.add("get", "/api/v1/recordings/:callId/peaks", { auth: TENANT_ROLES, summary: "Waveform peaks of a recording for the player (one [min,max] per 100 ms)", tag: "cdrs" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const u = ctx.user as AuthUser;
    const callId = ctx.params[0] as string;
    const row = (
      await db.tx({ tenantId }, async (c) =>
        (
          await c.query(
            `SELECT r.path, c.agent_id FROM recordings r JOIN cdrs c ON c.call_id = r.call_id AND c.tenant_id = r.tenant_id
             WHERE r.tenant_id = $1 AND r.call_id = $2`,
            [tenantId, callId],
          )
        ).rows,
      )
    )[0];
    if (!row) throw new ApiError("not_found", "no recording for this call");
    if (u.role === "agent" && row.agent_id !== u.agentId) throw new ApiError("forbidden", "agents may see only their own calls' recordings");
    const original = resolveInDataDir(deps.dataDir, row.path);
    if (!original) throw new ApiError("not_found", "recording path is invalid");
    try {
      return { json: JSON.parse(await readFile(`${original.replace(/\.wav$/, "")}.peaks.json`, "utf8")) };
    } catch {
      throw new ApiError("not_found", "peaks are not ready yet");
    }
  });

  r.add("get", "/api/v1/agents", { auth: TENANT_ROLES, response: ListOf(Agent), summary: "Agents with live state", tag: "agents" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const out = await agentsWithState(deps, tenantId);
    return { json: { items: out.agents, live: out.live } };
  });

  r.add(
    "post",
    "/api/v1/agents/:agentId/state",
    { auth: TENANT_ROLES, body: AgentStateBody, response: Ok, summary: "Set an agent's state (agents: only their own)", tag: "agents" },
    async (ctx) => {
      const tenantId = await tenantOf(db, ctx);
      const u = ctx.user as AuthUser;
      const agentId = ctx.params[0] as string;
      const exists =
        UUID_RE.test(agentId) &&
        (await db.tx({ tenantId }, async (c) =>
          (await c.query("SELECT 1 FROM agents WHERE tenant_id = $1 AND id = $2", [tenantId, agentId])).rowCount,
        ));
      if (!exists) throw new ApiError("not_found", "no such agent");
      if (!SUPERVISORS.includes(u.role) && u.agentId !== agentId) {
        throw new ApiError("forbidden", "agents may set only their own state");
      }
      const b = ctx.body as { status: "ready" | "not_ready" | "logged_out"; reason?: string };
      const status = {
        ready: pb.AgentStatus.AGENT_READY,
        not_ready: pb.AgentStatus.AGENT_NOT_READY,
        logged_out: pb.AgentStatus.AGENT_LOGGED_OUT,
      }[b.status];
      const res = await coreCommand(core, { agentSetState: { tenantId, agentId, status, reason: b.reason ?? "" } });
      await audit(db, tenantId, ctx, "agent_set_state", "agent", agentId, { status: b.status, ok: res.ok, code: res.code });
      if (!res.ok) {
        throw new ApiError("core_rejected", `core refused: ${res.code || "error"}${res.reason ? ` (${res.reason})` : ""}`);
      }
      return { json: { ok: true } };
    },
  );

  r.add("get", "/api/v1/calls", { auth: TENANT_ROLES, summary: "Live calls of the tenant (from core)", tag: "live" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const res = await coreCommand(core, { snapshot: { tenantId } });
    if (!res.ok) throw new ApiError("core_error", `core: ${res.code} ${res.reason}`);
    const calls = (res.snapshot?.calls ?? []).filter((c) => c.tenantId === tenantId).map(callJson);
    return { json: { items: calls } };
  });

  r.add(
    "post",
    "/api/v1/calls/originate",
    { auth: ["platform_admin", "tenant_admin", "supervisor", "agent"], body: OriginateBody, summary: "Click-to-dial: ring the agent first, then dial the destination", tag: "live" },
    async (ctx) => {
      const tenantId = await tenantOf(db, ctx);
      const u = ctx.user as AuthUser;
      const b = ctx.body as { agentId: string; destination: string; callerId?: string };
      const exists =
        UUID_RE.test(b.agentId) &&
        (await db.tx({ tenantId }, async (c) => (await c.query("SELECT 1 FROM agents WHERE tenant_id = $1 AND id = $2", [tenantId, b.agentId])).rowCount));
      if (!exists) throw new ApiError("not_found", "no such agent");
      if (u.role === "agent" && u.agentId !== b.agentId) throw new ApiError("forbidden", "agents may dial only from their own phone");
      const res = await coreCommand(core, { originate: { tenantId, agentId: b.agentId, destination: b.destination, callerId: b.callerId ?? "" } });
      await audit(db, tenantId, ctx, "originate", "call", res.callId ?? "", { destination: b.destination, ok: res.ok, code: res.code });
      if (!res.ok) throw new ApiError("core_rejected", `core refused: ${res.code || "error"}${res.reason ? ` (${res.reason})` : ""}`);
      return { json: { ok: true, callId: res.callId ?? "" } };
    },
  );

  r.add(
    "post",
    "/api/v1/calls/:callId/hangup",
    { auth: TENANT_ROLES, body: HangupBody, response: Ok, summary: "Hang up a live call (supervisors: any, 强拆; agents: their own call, or reject it while it rings)", tag: "live" },
    async (ctx) => {
      const tenantId = await tenantOf(db, ctx);
      const u = ctx.user as AuthUser;
      const callId = ctx.params[0] as string;
      // Defence in depth: core scopes by tenant too, but only hang up a call this tenant can see.
      const snap = await coreCommand(core, { snapshot: { tenantId } });
      const call = (snap.snapshot?.calls ?? []).find((c) => c.callId === callId && c.tenantId === tenantId);
      if (!call) throw new ApiError("not_found", "no such live call");
      const supervisor = SUPERVISORS.includes(u.role);
      if (!supervisor && (!u.agentId || call.agentId !== u.agentId)) throw new ApiError("forbidden", "agents may hang up only their own call");
      const res = await coreCommand(core, {
        hangup: { tenantId, callId, cause: (ctx.body as { cause?: string }).cause ?? "admin_hangup", agentId: supervisor && call.agentId !== u.agentId ? "" : (u.agentId ?? "") },
      });
      await audit(db, tenantId, ctx, "hangup", "call", callId, { ok: res.ok, code: res.code });
      if (!res.ok) {
        if (res.code === "not_found") throw new ApiError("not_found", "no such live call");
        throw new ApiError("core_rejected", `core refused: ${res.code || "error"}${res.reason ? ` (${res.reason})` : ""}`);
      }
      return { json: { ok: true } };
    },
  );

  // The agent's console (WebRTC softphone): answer the call ringing for them, hold / resume it.
  const ownCall = async (ctx: Ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const u = ctx.user as AuthUser;
    const callId = ctx.params[0] as string;
    const snap = await coreCommand(core, { snapshot: { tenantId } });
    const call = (snap.snapshot?.calls ?? []).find((c) => c.callId === callId && c.tenantId === tenantId);
    if (!call) throw new ApiError("not_found", "no such live call");
    if (!SUPERVISORS.includes(u.role) && (!u.agentId || call.agentId !== u.agentId)) throw new ApiError("forbidden", "not your call");
    return { tenantId, callId, u, call };
  };
  const coreOk = (res: switchboard.v1.CommandResult) => {
    if (res.ok) return;
    if (res.code === "not_found") throw new ApiError("not_found", res.reason || "no such live call");
    throw new ApiError("core_rejected", `core refused: ${res.code || "error"}${res.reason ? ` (${res.reason})` : ""}`);
  };
  r.add("post", "/api/v1/calls/:callId/answer", { auth: TENANT_ROLES, body: AnswerBody, response: Ok, summary: "Answer the call ringing in this agent's browser", tag: "live" }, async (ctx) => {
    const { tenantId, callId, u } = await ownCall(ctx);
    if (!u.agentId) throw new ApiError("forbidden", "this login has no agent seat");
    const res = await coreCommand(core, { answerCall: { tenantId, agentId: u.agentId, callId } });
    await audit(db, tenantId, ctx, "answer", "call", callId, { ok: res.ok, code: res.code });
    coreOk(res);
    return { json: { ok: true } };
  });
  r.add("post", "/api/v1/calls/:callId/hold", { auth: TENANT_ROLES, body: HoldBody, response: Ok, summary: "Hold (保持) or resume: the customer hears music meanwhile", tag: "live" }, async (ctx) => {
    const { tenantId, callId } = await ownCall(ctx);
    const on = (ctx.body as { on: boolean }).on;
    const res = await coreCommand(core, { holdCall: { tenantId, callId, on } });
    await audit(db, tenantId, ctx, on ? "hold" : "resume", "call", callId, { ok: res.ok, code: res.code });
    coreOk(res);
    return { json: { ok: true } };
  });

  r.add("get", "/api/v1/audit", { auth: ADMINS, query: AuditQuery, summary: "Audit log (newest first)", tag: "ops" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const q = ctx.q as { limit?: number; before?: number; action?: string };
    const args: unknown[] = [tenantId, q.limit ?? 100];
    let where = "tenant_id = $1";
    if (q.before) {
      args.push(q.before);
      where += ` AND id < $${args.length}`;
    }
    if (q.action) {
      args.push(q.action);
      where += ` AND action = $${args.length}`;
    }
    const rows = await db.tx({ tenantId }, async (c) => (await c.query(`SELECT * FROM audit_log WHERE ${where} ORDER BY id DESC LIMIT $2`, args)).rows);
    return {
      json: {
        items: rows.map((a) => ({
          id: a.id,
          userId: a.user_id,
          action: a.action,
          objectType: a.object_type,
          objectId: a.object_id,
          detail: a.detail,
          ip: a.ip,
          at: new Date(a.at).toISOString(),
        })),
        next: rows.length ? rows[rows.length - 1].id : null,
      },
    };
  });

  r.add("get", "/api/v1/queues", { auth: TENANT_ROLES, summary: "Queues with DIDs, member count and live stats", tag: "queues" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const rows = await db.tx({ tenantId }, async (c) =>
      (
        await c.query(
          `SELECT q.*, (SELECT coalesce(array_agg(d.number ORDER BY d.number), '{}') FROM dids d WHERE d.tenant_id = q.tenant_id AND d.queue_id = q.id) AS dids,
             (SELECT count(*)::int FROM queue_members m WHERE m.tenant_id = q.tenant_id AND m.queue_id = q.id) AS members
           FROM queues q WHERE q.tenant_id = $1 ORDER BY q.slug`,
          [tenantId],
        )
      ).rows,
    );
    const snap = await liveSnapshot(core, tenantId);
    const live = new Map((snap?.queues ?? []).map((q) => [q.queueId ?? "", queueJson(q)]));
    return {
      json: {
        live: snap !== null,
        items: rows.map((q) => ({
          id: q.id,
          slug: q.slug,
          name: q.name,
          strategy: q.strategy,
          ringTimeoutS: q.ring_timeout_s,
          wrapupS: q.wrapup_s,
          maxWaitS: q.max_wait_s,
          maxLength: q.max_length,
          slTargetS: q.sl_target_s,
          requiredSkills: q.required_skills ?? [],
          dids: q.dids,
          members: q.members,
          stats: live.get(q.id) ?? null,
        })),
      },
    };
  });

  r.add("get", "/healthz", { auth: "public", summary: "Liveness and dependencies", tag: "ops" }, async () => {
    let dbOk = false;
    try {
      await db.pool.query("SELECT 1");
      dbOk = true;
    } catch {}
    return { status: dbOk ? 200 : 503, json: { ok: dbOk, db: dbOk, core: core.connected, coreStats: core.stats } };
  });
}
