// Custom roles: a base role narrowed to a set of permissions, where a
// permission is one API operation ("get /api/v1/cdrs"). GET /permissions
// lists the operations each built-in role may be given.
import { Type } from "@sinclair/typebox";
import type { Role } from "../auth/sessions.ts";
import { pgError } from "./admin.ts";
import { ADMINS, type ApiDeps, audit, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import { type Ctx, type Router, routeId } from "./router.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BaseRole = Type.Union([Type.Literal("tenant_admin"), Type.Literal("supervisor"), Type.Literal("qa"), Type.Literal("agent")]);
const Permissions = Type.Array(Type.String({ maxLength: 200 }), { maxItems: 500 });
const RoleCreate = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), baseRole: BaseRole, permissions: Permissions }, { additionalProperties: false });
const RoleUpdate = Type.Object({ name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), permissions: Type.Optional(Permissions) }, { additionalProperties: false });

// biome-ignore lint/suspicious/noExplicitAny: a pg row
const roleJson = (r: any) => ({
  id: r.id,
  name: r.name,
  baseRole: r.base_role,
  permissions: r.permissions,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
});

export function registerCustomRoles(r: Router, deps: ApiDeps): void {
  const { db } = deps;

  /** Operations a base role may be given (tenant-scoped, role-gated routes). */
  const grantable = (base: Role) =>
    r.routes.filter((x) => x.auth !== "public" && x.auth !== "any" && x.auth.includes(base)).map((x) => ({ ...x, id: routeId(x) }));

  const checkPerms = (base: Role, perms: string[]) => {
    const ok = new Set(grantable(base).map((x) => x.id));
    perms.forEach((p, i) => {
      if (!ok.has(p)) throw new ApiError("validation_failed", `permissions.${i}: ${p} is not an operation a ${base} may have`, { field: `permissions.${i}` });
    });
  };

  r.add(
    "get",
    "/api/v1/permissions",
    { auth: ADMINS, query: Type.Object({ baseRole: Type.Optional(BaseRole) }), summary: "Operations that custom roles can be built from", tag: "users" },
    async (ctx) => {
      const base = (ctx.q as { baseRole?: Role }).baseRole;
      const list = r.routes
        .filter((x) => x.auth !== "public" && x.auth !== "any" && (!base || x.auth.includes(base)))
        .map((x) => ({ id: routeId(x), method: x.method.toUpperCase(), path: x.pattern, summary: x.summary ?? "", tag: x.tag ?? "", roles: x.auth }));
      return { json: { items: list } };
    },
  );

  r.add("get", "/api/v1/roles", { auth: ADMINS, summary: "Custom roles", tag: "users" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const rows = await db.tx({ tenantId }, async (c) => (await c.query("SELECT * FROM custom_roles WHERE tenant_id = $1 ORDER BY name", [tenantId])).rows);
    return { json: { items: rows.map(roleJson) } };
  });

  r.add("post", "/api/v1/roles", { auth: ADMINS, body: RoleCreate, status: 201, summary: "Create a custom role (a base role narrowed to some permissions)", tag: "users" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as { name: string; baseRole: Role; permissions: string[] };
    checkPerms(b.baseRole, b.permissions);
    const row = await db
      .tx({ tenantId }, async (c) =>
        (await c.query("INSERT INTO custom_roles (tenant_id, name, base_role, permissions) VALUES ($1,$2,$3,$4) RETURNING *", [tenantId, b.name, b.baseRole, [...new Set(b.permissions)]])).rows[0],
      )
      .catch((e) => pgError(e, "a role with this name"));
    await audit(db, tenantId, ctx, "role_create", "role", row.id, { name: b.name, baseRole: b.baseRole });
    return { status: 201, json: roleJson(row) };
  });

  const idOf = (ctx: Ctx) => {
    const id = ctx.params[0] ?? "";
    if (!UUID_RE.test(id)) throw new ApiError("not_found", "no such role");
    return id;
  };

  r.add("patch", "/api/v1/roles/:roleId", { auth: ADMINS, body: RoleUpdate, summary: "Rename a custom role or change its permissions (takes effect on the next request)", tag: "users" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idOf(ctx);
    const b = ctx.body as { name?: string; permissions?: string[] };
    const row = await db
      .tx({ tenantId }, async (c) => {
        const cur = (await c.query("SELECT base_role FROM custom_roles WHERE tenant_id = $1 AND id = $2 FOR UPDATE", [tenantId, id])).rows[0];
        if (!cur) throw new ApiError("not_found", "no such role");
        if (b.permissions) checkPerms(cur.base_role, b.permissions);
        return (
          await c.query("UPDATE custom_roles SET name = coalesce($3, name), permissions = coalesce($4, permissions), updated_at = now() WHERE tenant_id = $1 AND id = $2 RETURNING *", [
            tenantId,
            id,
            b.name ?? null,
            b.permissions ? [...new Set(b.permissions)] : null,
          ])
        ).rows[0];
      })
      .catch((e) => pgError(e, "a role with this name"));
    await audit(db, tenantId, ctx, "role_update", "role", id, { fields: Object.keys(b) });
    return { json: roleJson(row) };
  });

  r.add("del", "/api/v1/roles/:roleId", { auth: ADMINS, summary: "Delete a custom role (409 while users have it)", tag: "users" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idOf(ctx);
    const n = await db
      .tx({ tenantId }, async (c) => (await c.query("DELETE FROM custom_roles WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rowCount)
      .catch((e) => {
        if ((e as { code?: string }).code === "23503") throw new ApiError("conflict", "users or API keys still have this role");
        throw e;
      });
    if (!n) throw new ApiError("not_found", "no such role");
    await audit(db, tenantId, ctx, "role_delete", "role", id);
    return { json: { ok: true } };
  });
}
