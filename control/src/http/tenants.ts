// Tenants (platform admin), the tenant's own settings (tenant admin) and
// users. Tenant changes reach core in the next ConfigSnapshot.
import { hashPassword } from "../auth/passwords.ts";
import type { AuthUser } from "../auth/sessions.ts";
import type { Tx } from "../db/index.ts";
import { pgError } from "./admin.ts";
import { ADMINS, type ApiDeps, audit, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import type { Ctx, Router } from "./router.ts";
import { Ok, OwnTenantUpdate, TenantCreate, TenantUpdate, UserCreate, UserUpdate } from "./schemas.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLATFORM = ["platform_admin"] as const;

// biome-ignore lint/suspicious/noExplicitAny: a pg row
const tenantJson = (t: any) => ({
  id: t.id,
  slug: t.slug,
  name: t.name,
  sipDomains: t.sip_domains,
  recordingPolicy: t.recording_policy,
  recordingRetentionDays: t.recording_retention_days ?? 0,
  maxConcurrentCalls: t.max_concurrent_calls,
  maxCps: t.max_cps,
  screenPopUrl: t.screenpop_url,
  createdAt: new Date(t.created_at).toISOString(),
});

// biome-ignore lint/suspicious/noExplicitAny: a pg row
const userJson = (u: any) => ({
  id: u.id,
  username: u.username,
  role: u.role,
  agentId: u.agent_id,
  customRoleId: u.custom_role_id ?? null,
  locked: !!u.locked_until && new Date(u.locked_until).getTime() > Date.now(),
  createdAt: new Date(u.created_at).toISOString(),
});

function idParam(ctx: Ctx, what: string): string {
  const id = ctx.params[0] ?? "";
  if (!UUID_RE.test(id)) throw new ApiError("not_found", `no such ${what}`);
  return id;
}

/** SIP domains route calls to tenants: each may belong to one tenant only (checked across tenants). */
async function checkDomainsFree(c: Tx, domains: string[], exceptTenant: string | null): Promise<void> {
  await c.query("SELECT pg_advisory_xact_lock(495571988333)"); // 0x7362646f6d "sbdom": serialise domain changes
  const r = await c.query("SELECT slug, sip_domains FROM tenants WHERE sip_domains && $1::text[] AND id IS DISTINCT FROM $2", [
    domains.map((d) => d.toLowerCase()),
    exceptTenant,
  ]);
  if (r.rowCount) throw new ApiError("conflict", "a SIP domain is already used by another tenant");
}

/** The digest realm is the first domain: changing it would invalidate every stored HA1. */
async function checkRealmKept(c: Tx, tenantId: string, domains: string[]): Promise<void> {
  const cur = await c.query("SELECT sip_domains[1] AS realm, (SELECT count(*)::int FROM agents WHERE tenant_id = $1) AS agents FROM tenants WHERE id = $1", [tenantId]);
  const row = cur.rows[0];
  if (row && row.agents > 0 && row.realm && row.realm !== domains[0]?.toLowerCase()) {
    throw new ApiError("conflict", `the first SIP domain is the digest realm (${row.realm}); keep it first while agents exist`);
  }
}

/** A custom role must exist in the tenant and narrow the user's base role. */
async function checkCustomRole(c: Tx, tenantId: string, customRoleId: string | null | undefined, role: string): Promise<void> {
  if (!customRoleId) return;
  const r = await c.query("SELECT base_role FROM custom_roles WHERE tenant_id = $1 AND id = $2", [tenantId, customRoleId]);
  if (!r.rowCount) throw new ApiError("validation_failed", "customRoleId: unknown role", { field: "customRoleId" });
  if (r.rows[0].base_role !== role) throw new ApiError("validation_failed", `customRoleId: that role narrows ${r.rows[0].base_role}, not ${role}`, { field: "customRoleId" });
}

export function registerTenants(r: Router, deps: ApiDeps): void {
  const { db } = deps;

  r.add("get", "/api/v1/tenants", { auth: PLATFORM, summary: "All tenants", tag: "tenants" }, async () => {
    const rows = await db.tx({ bypass: true }, async (c) => (await c.query("SELECT * FROM tenants ORDER BY created_at, slug")).rows);
    return { json: { items: rows.map(tenantJson) } };
  });

  r.add("post", "/api/v1/tenants", { auth: PLATFORM, body: TenantCreate, status: 201, summary: "Create a tenant (optionally with its first admin)", tag: "tenants" }, async (ctx) => {
    const b = ctx.body as {
      slug: string;
      name: string;
      sipDomains: string[];
      recordingPolicy?: string;
      maxConcurrentCalls?: number;
      maxCps?: number;
      admin?: { username: string; password: string };
    };
    const pw = b.admin ? await hashPassword(b.admin.password) : null;
    const domains = b.sipDomains.map((d) => d.toLowerCase());
    const row = await db
      .tx({ bypass: true }, async (c) => {
        await checkDomainsFree(c, domains, null);
        const t = (
          await c.query(
            `INSERT INTO tenants (slug, name, sip_domains, recording_policy, max_concurrent_calls, max_cps)
             VALUES ($1,$2,$3,coalesce($4,'always'),coalesce($5,0),coalesce($6,0)) RETURNING *`,
            [b.slug, b.name, domains, b.recordingPolicy ?? null, b.maxConcurrentCalls ?? null, b.maxCps ?? null],
          )
        ).rows[0];
        if (b.admin && pw) {
          await c.query("INSERT INTO users (tenant_id, username, password_hash, role) VALUES ($1,$2,$3,'tenant_admin')", [t.id, b.admin.username, pw]);
        }
        return t;
      })
      .catch((e) => pgError(e, "a tenant with this slug"));
    await audit(db, row.id, ctx, "tenant_create", "tenant", row.id, { slug: b.slug });
    deps.configChanged();
    return { status: 201, json: tenantJson(row) };
  });

  r.add("patch", "/api/v1/tenants/:tenantId", { auth: PLATFORM, body: TenantUpdate, summary: "Update a tenant", tag: "tenants" }, async (ctx) => {
    const id = idParam(ctx, "tenant");
    const b = ctx.body as { name?: string; sipDomains?: string[]; recordingPolicy?: string; maxConcurrentCalls?: number; maxCps?: number; recordingRetentionDays?: number };
    const domains = b.sipDomains?.map((d) => d.toLowerCase()) ?? null;
    const row = await db.tx({ bypass: true }, async (c) => {
      if (domains) {
        await checkDomainsFree(c, domains, id);
        await checkRealmKept(c, id, domains);
      }
      return (
        await c.query(
          `UPDATE tenants SET name = coalesce($2, name), sip_domains = coalesce($3, sip_domains),
             recording_policy = coalesce($4, recording_policy), max_concurrent_calls = coalesce($5, max_concurrent_calls),
             max_cps = coalesce($6, max_cps), recording_retention_days = coalesce($7, recording_retention_days) WHERE id = $1 RETURNING *`,
          [id, b.name ?? null, domains, b.recordingPolicy ?? null, b.maxConcurrentCalls ?? null, b.maxCps ?? null, b.recordingRetentionDays ?? null],
        )
      ).rows[0];
    });
    if (!row) throw new ApiError("not_found", "no such tenant");
    await audit(db, id, ctx, "tenant_update", "tenant", id, { fields: Object.keys(b) });
    deps.configChanged();
    return { json: tenantJson(row) };
  });

  r.add("del", "/api/v1/tenants/:tenantId", { auth: PLATFORM, response: Ok, summary: "Delete a tenant and all its data", tag: "tenants" }, async (ctx) => {
    const id = idParam(ctx, "tenant");
    const n = await db.tx({ bypass: true }, async (c) => (await c.query("DELETE FROM tenants WHERE id = $1", [id])).rowCount);
    if (!n) throw new ApiError("not_found", "no such tenant");
    await audit(db, null, ctx, "tenant_delete", "tenant", id);
    deps.configChanged();
    return { json: { ok: true } };
  });

  // The caller's own tenant (tenant admin).
  r.add("get", "/api/v1/tenant", { auth: ADMINS, summary: "This tenant's settings", tag: "tenants" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const rows = await db.tx({ tenantId }, async (c) => (await c.query("SELECT * FROM tenants WHERE id = $1", [tenantId])).rows);
    if (!rows[0]) throw new ApiError("not_found", "no such tenant");
    return { json: tenantJson(rows[0]) };
  });

  r.add("patch", "/api/v1/tenant", { auth: ADMINS, body: OwnTenantUpdate, summary: "Update this tenant's name or recording policy", tag: "tenants" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as { name?: string; recordingPolicy?: string; screenPopUrl?: string; recordingRetentionDays?: number };
    // tenants rows are writable only with the bypass flag (WITH CHECK); the WHERE keeps it to this tenant.
    const row = await db.tx({ bypass: true }, async (c) =>
      (
        await c.query(
          "UPDATE tenants SET name = coalesce($2, name), recording_policy = coalesce($3, recording_policy), screenpop_url = coalesce($4, screenpop_url), recording_retention_days = coalesce($5, recording_retention_days) WHERE id = $1 RETURNING *",
          [tenantId, b.name ?? null, b.recordingPolicy ?? null, b.screenPopUrl ?? null, b.recordingRetentionDays ?? null],
        )
      ).rows[0],
    );
    await audit(db, tenantId, ctx, "tenant_update", "tenant", tenantId, { fields: Object.keys(b) });
    deps.configChanged();
    return { json: tenantJson(row) };
  });

  // ---------------------------------------------------------------- users
  r.add("get", "/api/v1/users", { auth: ADMINS, summary: "Console users of this tenant", tag: "users" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const rows = await db.tx({ tenantId }, async (c) => (await c.query("SELECT * FROM users WHERE tenant_id = $1 ORDER BY username", [tenantId])).rows);
    return { json: { items: rows.map(userJson) } };
  });

  const checkAgent = async (c: Tx, tenantId: string, agentId: string | null | undefined) => {
    if (!agentId) return;
    const r = await c.query("SELECT 1 FROM agents WHERE tenant_id = $1 AND id = $2", [tenantId, agentId]);
    if (!r.rowCount) throw new ApiError("validation_failed", "agentId: unknown agent", { field: "agentId" });
  };

  r.add("post", "/api/v1/users", { auth: ADMINS, body: UserCreate, status: 201, summary: "Create a console user", tag: "users" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as { username: string; password: string; role: string; agentId?: string | null; customRoleId?: string | null };
    if (b.role === "agent" && !b.agentId) throw new ApiError("validation_failed", "agentId: required for role agent", { field: "agentId" });
    const hash = await hashPassword(b.password);
    const row = await db
      .tx({ tenantId }, async (c) => {
        await checkAgent(c, tenantId, b.agentId);
        await checkCustomRole(c, tenantId, b.customRoleId, b.role);
        return (
          await c.query("INSERT INTO users (tenant_id, username, password_hash, role, agent_id, custom_role_id) VALUES ($1,$2,$3,$4,$5,$6) RETURNING *", [
            tenantId,
            b.username,
            hash,
            b.role,
            b.agentId ?? null,
            b.customRoleId ?? null,
          ])
        ).rows[0];
      })
      .catch((e) => pgError(e, "a user with this username"));
    await audit(db, tenantId, ctx, "user_create", "user", row.id, { username: b.username, role: b.role });
    return { status: 201, json: userJson(row) };
  });

  r.add("patch", "/api/v1/users/:userId", { auth: ADMINS, body: UserUpdate, summary: "Change a user's password, role, agent, or unlock it", tag: "users" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "user");
    const b = ctx.body as { password?: string; role?: string; agentId?: string | null; unlock?: true; customRoleId?: string | null };
    if (id === (ctx.user as AuthUser).id && b.role && b.role !== (ctx.user as AuthUser).role) {
      throw new ApiError("forbidden", "you cannot change your own role");
    }
    const hash = b.password ? await hashPassword(b.password) : null;
    const row = await db.tx({ tenantId }, async (c) => {
      await checkAgent(c, tenantId, b.agentId);
      const cur = (await c.query("SELECT role, custom_role_id FROM users WHERE tenant_id = $1 AND id = $2 FOR UPDATE", [tenantId, id])).rows[0];
      if (!cur) return undefined;
      // The custom role must be of the user's (new) base role; changing the role drops a mismatching custom role.
      const role = b.role ?? cur.role;
      let customRoleId: string | null = b.customRoleId !== undefined ? b.customRoleId : cur.custom_role_id;
      if (b.customRoleId !== undefined) await checkCustomRole(c, tenantId, b.customRoleId, role);
      else if (b.role && customRoleId) {
        const cr = await c.query("SELECT base_role FROM custom_roles WHERE id = $1", [customRoleId]);
        if (cr.rows[0]?.base_role !== role) customRoleId = null;
      }
      const u = (
        await c.query(
          `UPDATE users SET password_hash = coalesce($3, password_hash), role = coalesce($4, role),
             agent_id = CASE WHEN $5 THEN $6::uuid ELSE agent_id END,
             failed_logins = CASE WHEN $7 THEN 0 ELSE failed_logins END,
             locked_until = CASE WHEN $7 THEN NULL ELSE locked_until END,
             custom_role_id = $8
           WHERE tenant_id = $1 AND id = $2 RETURNING *`,
          [tenantId, id, hash, b.role ?? null, b.agentId !== undefined, b.agentId ?? null, b.unlock === true, customRoleId],
        )
      ).rows[0];
      // A new password or role ends the user's sessions.
      if (u && (hash || b.role || b.customRoleId !== undefined)) await c.query("DELETE FROM sessions WHERE tenant_id = $1 AND user_id = $2", [tenantId, id]);
      return u;
    });
    if (!row) throw new ApiError("not_found", "no such user");
    await audit(db, tenantId, ctx, "user_update", "user", id, { fields: Object.keys(b) });
    return { json: userJson(row) };
  });

  r.add("del", "/api/v1/users/:userId", { auth: ADMINS, response: Ok, summary: "Delete a console user", tag: "users" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "user");
    if (id === (ctx.user as AuthUser).id) throw new ApiError("forbidden", "you cannot delete yourself");
    const n = await db.tx({ tenantId }, async (c) => (await c.query("DELETE FROM users WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rowCount);
    if (!n) throw new ApiError("not_found", "no such user");
    await audit(db, tenantId, ctx, "user_delete", "user", id);
    return { json: { ok: true } };
  });
}
