// Configuration and workspace entities built on the generic resource CRUD,
// plus internal messages (sender/recipient semantics, pushed over the
// recipient's WebSocket).
import { Type } from "@sinclair/typebox";
import type { TemplatedApp } from "uWebSockets.js";
import type { AuthUser, Role } from "../auth/sessions.ts";
import type { Tx } from "../db/index.ts";
import { ADMINS, type ApiDeps, SUPERVISORS, TENANT_ROLES, audit, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import { type ResourceDef, registerResource } from "./resource.ts";
import type { Router } from "./router.ts";

const Uuid = Type.String({ format: "uuid" });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Timestamp = Type.String({ format: "date-time", description: "ISO 8601" });
const Hhmm = Type.String({ pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" });
const WORKSPACE_WRITERS: readonly Role[] = ["platform_admin", "tenant_admin", "supervisor"];
const EVERYONE: readonly Role[] = TENANT_ROLES;

async function sameTenant(c: Tx, table: string, tenantId: string, id: unknown, field: string): Promise<void> {
  if (id === undefined || id === null) return;
  const r = await c.query(`SELECT 1 FROM ${table} WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
  if (!r.rowCount) throw new ApiError("validation_failed", `${field}: unknown`, { field });
}

// An IPv4 or IPv6 address with an optional prefix length; core checks the
// numbers again and skips an entry it cannot use.
const CIDR = "^(?:[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?:/[0-9]{1,2})?|[0-9A-Fa-f:.]{2,45}(?:/[0-9]{1,3})?)$";

export const RESOURCES: ResourceDef[] = [
  {
    name: "trunk",
    path: "/api/v1/trunks",
    table: "trunks",
    tag: "config",
    config: true,
    read: ADMINS,
    write: ADMINS,
    orderBy: "name",
    required: ["name", "host"],
    fields: {
      name: { col: "name", schema: Name },
      host: { col: "host", schema: Type.String({ pattern: "^[A-Za-z0-9.:-]{1,253}$" }) },
      port: { col: "port", schema: Type.Integer({ minimum: 0, maximum: 65535, description: "0 = none: a host name is located by DNS SRV (RFC 3263 §4.2)" }) },
      transport: { col: "transport", schema: Type.Union([Type.Literal("udp"), Type.Literal("tcp"), Type.Literal("tls")]) },
      username: { col: "username", schema: Type.String({ maxLength: 100 }) },
      password: { col: "password", schema: Type.String({ maxLength: 200 }), secret: true },
      callerId: { col: "caller_id", schema: Type.String({ pattern: "^\\+?[0-9]{0,32}$" }) },
      maxChannels: { col: "max_channels", schema: Type.Integer({ minimum: 0, maximum: 100_000 }) },
      enabled: { col: "enabled", schema: Type.Boolean() },
      register: { col: "register", schema: Type.Boolean({ description: "REGISTER at the carrier (RFC 3261 §10.2)" }) },
      registerExpires: { col: "register_expires", schema: Type.Integer({ minimum: 60, maximum: 86400 }) },
      inboundSources: {
        col: "inbound_sources",
        kind: "json",
        schema: Type.Array(Type.String({ pattern: CIDR, description: "IPv4/IPv6 address or CIDR the carrier sends from" }), {
          maxItems: 64,
          description: "when any trunk of the tenant lists sources, DID calls are accepted only from them (403 otherwise)",
        }),
      },
      maxCps: { col: "max_cps", schema: Type.Integer({ minimum: 0, maximum: 100_000, description: "new calls per second, 0 = unlimited" }) },
    },
  },
  {
    name: "business_hours",
    path: "/api/v1/business-hours",
    table: "business_hours",
    tag: "config",
    config: true,
    read: EVERYONE,
    write: ADMINS,
    orderBy: "name",
    required: ["name"],
    fields: {
      name: { col: "name", schema: Name },
      timezone: { col: "timezone", schema: Type.String({ pattern: "^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$", maxLength: 64 }) },
      weekly: {
        col: "weekly",
        kind: "json",
        schema: Type.Array(
          Type.Object({ day: Type.Integer({ minimum: 0, maximum: 6, description: "0 = Sunday" }), start: Hhmm, end: Hhmm }, { additionalProperties: false }),
          { maxItems: 50 },
        ),
      },
    },
  },
  {
    name: "holiday",
    path: "/api/v1/holidays",
    table: "holidays",
    tag: "config",
    config: true,
    read: EVERYONE,
    write: ADMINS,
    orderBy: "date",
    required: ["date"],
    filters: { businessHoursId: { col: "business_hours_id", schema: Uuid } },
    check: (c, t, b) => sameTenant(c, "business_hours", t, b.businessHoursId, "businessHoursId"),
    fields: {
      businessHoursId: { col: "business_hours_id", schema: Type.Union([Uuid, Type.Null()]) },
      date: { col: "date", schema: Type.String({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }) },
      name: { col: "name", schema: Type.String({ maxLength: 100 }) },
      open: { col: "open", schema: Type.Boolean({ description: "true = a working day (调休)" }) },
    },
  },
  {
    name: "number_list_entry",
    path: "/api/v1/number-lists",
    table: "number_lists",
    tag: "config",
    config: true,
    read: SUPERVISORS,
    write: SUPERVISORS,
    orderBy: "kind, number",
    required: ["kind", "number"],
    filters: { kind: { col: "kind", schema: Type.Union([Type.Literal("block"), Type.Literal("vip")]) } },
    fields: {
      kind: { col: "kind", schema: Type.Union([Type.Literal("block"), Type.Literal("vip")], { description: "block = reject; vip = straight to extension" }) },
      number: { col: "number", schema: Type.String({ pattern: "^\\+?[0-9]{2,32}$" }) },
      extension: { col: "extension", schema: Type.String({ pattern: "^[0-9A-Za-z_.-]{0,32}$" }) },
      note: { col: "note", schema: Type.String({ maxLength: 500 }) },
      expiresAt: { col: "expires_at", kind: "ts", schema: Type.Union([Timestamp, Type.Null()]) },
    },
  },
  {
    name: "kb_article",
    path: "/api/v1/kb",
    table: "kb_articles",
    tag: "workspace",
    search: ["title", "body", "tags"],
    read: EVERYONE,
    write: WORKSPACE_WRITERS,
    orderBy: "updated_at DESC",
    required: ["title"],
    fields: {
      title: { col: "title", schema: Name },
      body: { col: "body", schema: Type.String({ maxLength: 100_000 }) },
      tags: { col: "tags", schema: Type.Array(Type.String({ maxLength: 50 }), { maxItems: 50 }) },
      published: { col: "published", schema: Type.Boolean() },
    },
  },
  {
    name: "notice",
    path: "/api/v1/notices",
    table: "notices",
    tag: "workspace",
    expiresCol: "expires_at",
    read: EVERYONE,
    write: WORKSPACE_WRITERS,
    orderBy: "created_at DESC",
    required: ["title"],
    fields: {
      title: { col: "title", schema: Name },
      body: { col: "body", schema: Type.String({ maxLength: 20_000 }) },
      expiresAt: { col: "expires_at", kind: "ts", schema: Type.Union([Timestamp, Type.Null()]) },
    },
  },
  {
    name: "reminder",
    path: "/api/v1/reminders",
    table: "reminders",
    tag: "workspace",
    owner: "user_id",
    read: EVERYONE,
    write: EVERYONE,
    orderBy: "due_at",
    required: ["title", "dueAt"],
    filters: { done: { col: "done", schema: Type.Boolean() } },
    // A new due time (or undoing "done") arms the push again.
    extraSet: (b) => (b.dueAt !== undefined || b.done === false ? ["notified_at = NULL"] : []),
    check: async (c, t, b) => {
      await sameTenant(c, "customers", t, b.customerId, "customerId");
      await sameTenant(c, "tickets", t, b.ticketId, "ticketId");
    },
    fields: {
      title: { col: "title", schema: Name },
      dueAt: { col: "due_at", kind: "ts", schema: Timestamp },
      done: { col: "done", schema: Type.Boolean() },
      customerId: { col: "customer_id", schema: Type.Union([Uuid, Type.Null()]) },
      ticketId: { col: "ticket_id", schema: Type.Union([Uuid, Type.Null()]) },
    },
  },
];

const MessageCreate = Type.Object({ toUserId: Uuid, body: Type.String({ minLength: 1, maxLength: 10_000 }) }, { additionalProperties: false });

export const userTopic = (userId: string) => `u/${userId}`;

export function registerEntities(r: Router, deps: ApiDeps, app: TemplatedApp): void {
  for (const def of RESOURCES) registerResource(r, deps, def);
  const { db } = deps;

  // biome-ignore lint/suspicious/noExplicitAny: a pg row
  const msgJson = (m: any) => ({
    id: m.id,
    fromUserId: m.from_user_id,
    toUserId: m.to_user_id,
    body: m.body,
    readAt: m.read_at ? new Date(m.read_at).toISOString() : null,
    createdAt: new Date(m.created_at).toISOString(),
  });

  r.add(
    "get",
    "/api/v1/messages",
    { auth: EVERYONE, query: Type.Object({ box: Type.Optional(Type.Union([Type.Literal("inbox"), Type.Literal("sent")])), unread: Type.Optional(Type.Boolean()) }), summary: "My messages", tag: "workspace" },
    async (ctx) => {
      const tenantId = await tenantOf(db, ctx);
      const me = (ctx.user as AuthUser).id;
      const q = ctx.q as { box?: string; unread?: boolean };
      const col = q.box === "sent" ? "from_user_id" : "to_user_id";
      const rows = await db.tx({ tenantId }, async (c) =>
        (await c.query(`SELECT * FROM messages WHERE tenant_id = $1 AND ${col} = $2 ${q.unread ? "AND read_at IS NULL" : ""} ORDER BY created_at DESC LIMIT 200`, [tenantId, me])).rows,
      );
      return { json: { items: rows.map(msgJson) } };
    },
  );

  r.add("post", "/api/v1/messages", { auth: EVERYONE, body: MessageCreate, status: 201, summary: "Send an internal message (pushed to the recipient's event stream)", tag: "workspace" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as { toUserId: string; body: string };
    const row = await db.tx({ tenantId }, async (c) => {
      await sameTenant(c, "users", tenantId, b.toUserId, "toUserId");
      return (await c.query("INSERT INTO messages (tenant_id, from_user_id, to_user_id, body) VALUES ($1,$2,$3,$4) RETURNING *", [tenantId, (ctx.user as AuthUser).id, b.toUserId, b.body])).rows[0];
    });
    await audit(db, tenantId, ctx, "message_send", "message", row.id, { to: b.toUserId });
    app.publish(userTopic(b.toUserId), JSON.stringify({ type: "message", ...msgJson(row) }), false);
    return { status: 201, json: msgJson(row) };
  });

  // Who can be messaged: the tenant's users with their seat, for every role (the user list itself is admin-only).
  r.add("get", "/api/v1/directory", { auth: EVERYONE, summary: "Colleagues to message: user id, username, role, the agent's name and extension", tag: "workspace" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const rows = await db.tx({ tenantId }, async (c) =>
      (
        await c.query(
          `SELECT u.id, u.username, u.role, coalesce(a.display_name, '') AS display_name, coalesce(a.extension, '') AS extension
           FROM users u LEFT JOIN agents a ON a.tenant_id = u.tenant_id AND a.id = u.agent_id
           WHERE u.tenant_id = $1 ORDER BY u.username`,
          [tenantId],
        )
      ).rows,
    );
    return { json: { items: rows.map((x) => ({ id: x.id, username: x.username, role: x.role, displayName: x.display_name, extension: x.extension })) } };
  });

  r.add("post", "/api/v1/messages/:messageId/read", { auth: EVERYONE, summary: "Mark a message read", tag: "workspace" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = ctx.params[0] ?? "";
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new ApiError("not_found", "no such message");
    const n = await db.tx({ tenantId }, async (c) =>
      (await c.query("UPDATE messages SET read_at = coalesce(read_at, now()) WHERE tenant_id = $1 AND id = $2 AND to_user_id = $3", [tenantId, id, (ctx.user as AuthUser).id])).rowCount,
    );
    if (!n) throw new ApiError("not_found", "no such message");
    return { json: { ok: true } };
  });
}
