// Call dispositions (处理结果): the agent closes a call with a code from the
// tenant's list (已解决, 需回访, 投诉, ...) and notes, during the call or in
// after-call work. Agents set them for their own calls only; supervisors for
// any call of the tenant. The CDR listing carries the disposition.
import { Type } from "@sinclair/typebox";
import type { AuthUser, Role } from "../auth/sessions.ts";
import { CoreUnavailableError } from "../corelink/index.ts";
import { type ApiDeps, SUPERVISORS, TENANT_ROLES, audit, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import { registerResource, type ResourceDef } from "./resource.ts";
import type { Router } from "./router.ts";
import { Disposition, DispositionBody } from "./schemas.ts";

const WRITERS: readonly Role[] = ["platform_admin", "tenant_admin", "supervisor", "agent"];
const CODE = Type.String({ pattern: "^[a-z0-9_-]{1,32}$" });

export const DISPOSITION_CODES: ResourceDef = {
  name: "disposition_code",
  path: "/api/v1/disposition-codes",
  table: "disposition_codes",
  tag: "live",
  read: TENANT_ROLES,
  write: ["platform_admin", "tenant_admin", "supervisor"],
  orderBy: "sort, code",
  required: ["code", "label"],
  filters: { active: { col: "active", schema: Type.Boolean() } },
  fields: {
    code: { col: "code", schema: CODE },
    label: { col: "label", schema: Type.String({ minLength: 1, maxLength: 100, description: "shown to agents, e.g. 已解决" }) },
    sort: { col: "sort", schema: Type.Integer({ minimum: -1_000_000, maximum: 1_000_000, description: "list order, default 0" }) },
    active: { col: "active", schema: Type.Boolean({ description: "inactive codes are no longer offered; default true" }) },
  },
};

/** How long to wait for the CDR of a call that just ended before answering 404 (it is written moments after the hangup). */
const CDR_GRACE_MS = 3000;

// biome-ignore lint/suspicious/noExplicitAny: a pg row
const dispositionJson = (d: any) => ({
  callId: d.call_id,
  code: d.code,
  label: d.label ?? d.code,
  notes: d.notes,
  agentId: d.agent_id,
  userId: d.user_id,
  at: new Date(d.set_at).toISOString(),
});

export function registerDispositions(r: Router, deps: ApiDeps): void {
  const { db, core } = deps;
  registerResource(r, deps, DISPOSITION_CODES);

  /** The agent a call belongs to: from core while it is up, else from its CDR; null when the tenant has no such call. */
  const callOwner = async (tenantId: string, callId: string): Promise<{ agentId: string } | null> => {
    if (core.connected) {
      try {
        const snap = await core.command({ snapshot: { tenantId } }, 2000);
        const live = (snap.snapshot?.calls ?? []).find((c) => c.callId === callId && c.tenantId === tenantId);
        if (live) return { agentId: live.agentId ?? "" };
      } catch (err) {
        if (!(err instanceof CoreUnavailableError)) throw err;
      }
    }
    const deadline = Date.now() + CDR_GRACE_MS;
    for (;;) {
      const row = (
        await db.tx({ tenantId }, async (c) => (await c.query("SELECT agent_id FROM cdrs WHERE tenant_id = $1 AND call_id = $2", [tenantId, callId])).rows)
      )[0];
      if (row) return { agentId: row.agent_id ?? "" };
      if (Date.now() >= deadline) return null;
      await new Promise((res) => setTimeout(res, 250));
    }
  };

  const checkAccess = async (tenantId: string, u: AuthUser, callId: string) => {
    if (!callId || callId.length > 200) throw new ApiError("not_found", "no such call");
    const owner = await callOwner(tenantId, callId);
    if (!owner) throw new ApiError("not_found", "no such call");
    if (!SUPERVISORS.includes(u.role) && (!u.agentId || owner.agentId !== u.agentId)) {
      throw new ApiError("forbidden", "agents may set the disposition of their own calls only");
    }
    return owner;
  };

  r.add(
    "post",
    "/api/v1/calls/:callId/disposition",
    {
      auth: WRITERS,
      body: DispositionBody,
      response: Disposition,
      summary: "Set a call's disposition (处理结果) and notes, live or after it ended (agents: their own calls); setting it again replaces it",
      tag: "live",
    },
    async (ctx) => {
      const tenantId = await tenantOf(db, ctx);
      const u = ctx.user as AuthUser;
      const callId = ctx.params[0] ?? "";
      const b = ctx.body as { code: string; notes?: string };
      const label = (
        await db.tx({ tenantId }, async (c) =>
          (await c.query("SELECT label FROM disposition_codes WHERE tenant_id = $1 AND code = $2 AND active", [tenantId, b.code])).rows,
        )
      )[0]?.label as string | undefined;
      if (label === undefined) throw new ApiError("validation_failed", `code: ${b.code} is not an active disposition code of this tenant`, { field: "code" });
      const owner = await checkAccess(tenantId, u, callId);
      const row = await db.tx({ tenantId }, async (c) =>
        (
          await c.query(
            `INSERT INTO call_dispositions (tenant_id, call_id, code, notes, agent_id, user_id) VALUES ($1,$2,$3,$4,$5,$6)
             ON CONFLICT (tenant_id, call_id) DO UPDATE SET code = EXCLUDED.code, notes = EXCLUDED.notes, user_id = EXCLUDED.user_id, set_at = now()
             RETURNING *`,
            [tenantId, callId, b.code, b.notes ?? "", owner.agentId, u.kind === "api_key" ? null : u.id],
          )
        ).rows[0],
      );
      await audit(db, tenantId, ctx, "call_disposition", "call", callId, { code: b.code });
      return { json: dispositionJson({ ...row, label }) };
    },
  );

  r.add(
    "get",
    "/api/v1/calls/:callId/disposition",
    { auth: TENANT_ROLES, response: Disposition, summary: "A call's disposition (agents: their own calls); 404 while none is set", tag: "live" },
    async (ctx) => {
      const tenantId = await tenantOf(db, ctx);
      const u = ctx.user as AuthUser;
      const callId = ctx.params[0] ?? "";
      const row = (
        await db.tx({ tenantId }, async (c) =>
          (
            await c.query(
              `SELECT d.*, dc.label FROM call_dispositions d LEFT JOIN disposition_codes dc ON dc.tenant_id = d.tenant_id AND dc.code = d.code
               WHERE d.tenant_id = $1 AND d.call_id = $2`,
              [tenantId, callId],
            )
          ).rows,
        )
      )[0];
      // An agent does not learn whether another agent's call has one.
      if (!row || (u.role === "agent" && row.agent_id !== u.agentId)) throw new ApiError("not_found", "no disposition for this call");
      return { json: dispositionJson(row) };
    },
  );
}
