// A small generic CRUD for tenant-owned tables whose rows are plain fields:
// list (filters, limit/offset), create, get, patch, delete; every write is
// audited, config entities push a new snapshot to core, and per-user
// entities (owner) are visible only to their owner.
import { type TObject, type TSchema, Type } from "@sinclair/typebox";
import type { AuthUser, Role } from "../auth/sessions.ts";
import type { Tx } from "../db/index.ts";
import { pgError } from "./admin.ts";
import { type ApiDeps, audit, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import type { Ctx, Router } from "./router.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Field {
  col: string;
  schema: TSchema;
  /** json: stored as jsonb; ts: timestamptz returned as ISO text. */
  kind?: "json" | "ts";
  /** Never returned (e.g. a trunk password); the response says whether it is set. */
  secret?: boolean;
}

export interface ResourceDef {
  /** Singular, for messages and audit ("trunk"). */
  name: string;
  path: string;
  table: string;
  tag: string;
  fields: Record<string, Field>;
  /** Fields required on create. */
  required: string[];
  read: readonly Role[];
  write: readonly Role[];
  /** Push a ConfigSnapshot to core after writes. */
  config?: boolean;
  /** Column holding the owning user: rows are private to that user. */
  owner?: string;
  orderBy: string;
  /** Query parameter -> column equality filters (string values). */
  filters?: Record<string, { col: string; schema: TSchema }>;
  /** Columns searched by ?q= (case-insensitive substring). */
  search?: string[];
  /** Timestamp column: rows past it are hidden from non-writers (e.g. expired notices). */
  expiresCol?: string;
  /** Extra SET clauses for an update, from the body (e.g. re-arm a reminder when its time changes). */
  extraSet?: (body: Record<string, unknown>) => string[];
  /** Extra checks inside the write transaction (references in the same tenant...). */
  check?: (c: Tx, tenantId: string, body: Record<string, unknown>) => Promise<void>;
}

function rowJson(def: ResourceDef, r: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { id: r.id };
  for (const [k, f] of Object.entries(def.fields)) {
    const v = r[f.col];
    if (f.secret) out[`${k}Set`] = typeof v === "string" && v !== "";
    else if (v instanceof Date) out[k] = v.toISOString();
    else out[k] = v ?? null;
  }
  out.createdAt = r.created_at instanceof Date ? r.created_at.toISOString() : r.created_at;
  if ("updated_at" in r) out.updatedAt = r.updated_at instanceof Date ? r.updated_at.toISOString() : r.updated_at;
  return out;
}

export function schemasOf(def: ResourceDef): { create: TObject; update: TObject; item: TObject } {
  const props: Record<string, TSchema> = {};
  const optional: Record<string, TSchema> = {};
  for (const [k, f] of Object.entries(def.fields)) {
    props[k] = def.required.includes(k) ? f.schema : Type.Optional(f.schema);
    optional[k] = Type.Optional(f.schema);
  }
  const out: Record<string, TSchema> = { id: Type.String({ format: "uuid" }) };
  for (const [k, f] of Object.entries(def.fields)) {
    if (f.secret) out[`${k}Set`] = Type.Boolean({ description: `whether ${k} is set (write-only)` });
    else out[k] = Type.Union([f.schema, Type.Null()]);
  }
  out.createdAt = Type.String({ format: "date-time" });
  out.updatedAt = Type.Optional(Type.String({ format: "date-time" }));
  return {
    create: Type.Object(props, { additionalProperties: false }),
    update: Type.Object(optional, { additionalProperties: false }),
    item: Type.Object(out),
  };
}

function dbValue(f: Field, v: unknown): unknown {
  if (f.kind === "json") return JSON.stringify(v);
  return v;
}

export function registerResource(r: Router, deps: ApiDeps, def: ResourceDef): void {
  const { db } = deps;
  const { create, update, item } = schemasOf(def);
  const list = Type.Object({ items: Type.Array(item), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() });
  const query = Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    ...Object.fromEntries(Object.entries(def.filters ?? {}).map(([k, f]) => [k, Type.Optional(f.schema)])),
    ...(def.search ? { q: Type.Optional(Type.String({ maxLength: 100, description: `search in ${def.search.join(", ")}` })) } : {}),
  });
  const idOf = (ctx: Ctx) => {
    const id = ctx.params[0] ?? "";
    if (!UUID_RE.test(id)) throw new ApiError("not_found", `no such ${def.name}`);
    return id;
  };
  /** WHERE for one row of this tenant (and owner). args: [$1 tenant, $2 id, $3 owner?] */
  const scope = (ctx: Ctx) => (def.owner ? { sql: ` AND ${def.owner} = $3`, arg: [(ctx.user as AuthUser).id] } : { sql: "", arg: [] as string[] });
  const after = () => {
    if (def.config) deps.configChanged();
  };

  r.add("get", def.path, { auth: def.read, query, response: list, summary: `List ${def.name}s`, tag: def.tag }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const q = ctx.q as Record<string, unknown>;
    const where = ["tenant_id = $1"];
    const args: unknown[] = [tenantId];
    if (def.owner) {
      args.push((ctx.user as AuthUser).id);
      where.push(`${def.owner} = $${args.length}`);
    }
    for (const [k, f] of Object.entries(def.filters ?? {})) {
      if (q[k] === undefined) continue;
      args.push(q[k]);
      where.push(`${f.col} = $${args.length}`);
    }
    if (def.search && typeof q.q === "string" && q.q !== "") {
      args.push(`%${q.q.replace(/[\\%_]/g, (x) => `\\${x}`)}%`);
      where.push(`(${def.search.map((c) => (c === "tags" ? `array_to_string(tags, ' ') ILIKE $${args.length}` : `${c} ILIKE $${args.length}`)).join(" OR ")})`);
    }
    if (def.expiresCol && !def.write.includes((ctx.user as AuthUser).role)) where.push(`(${def.expiresCol} IS NULL OR ${def.expiresCol} > now())`);
    const limit = (q.limit as number | undefined) ?? 100;
    const offset = (q.offset as number | undefined) ?? 0;
    const out = await db.tx({ tenantId }, async (c) => ({
      total: (await c.query(`SELECT count(*)::int AS n FROM ${def.table} WHERE ${where.join(" AND ")}`, args)).rows[0].n,
      rows: (await c.query(`SELECT * FROM ${def.table} WHERE ${where.join(" AND ")} ORDER BY ${def.orderBy}, id LIMIT ${limit} OFFSET ${offset}`, args)).rows,
    }));
    return { json: { items: out.rows.map((x) => rowJson(def, x)), total: out.total, limit, offset } };
  });

  r.add("post", def.path, { auth: def.write, body: create, status: 201, response: item, summary: `Create a ${def.name}`, tag: def.tag }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as Record<string, unknown>;
    const cols = ["tenant_id"];
    const args: unknown[] = [tenantId];
    if (def.owner) {
      cols.push(def.owner);
      args.push((ctx.user as AuthUser).id);
    }
    for (const [k, f] of Object.entries(def.fields)) {
      if (b[k] === undefined) continue;
      cols.push(f.col);
      args.push(dbValue(f, b[k]));
    }
    const row = await db
      .tx({ tenantId }, async (c) => {
        await def.check?.(c, tenantId, b);
        return (await c.query(`INSERT INTO ${def.table} (${cols.join(", ")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING *`, args)).rows[0];
      })
      .catch((e) => pgError(e, `a ${def.name} with these values`));
    await audit(db, tenantId, ctx, `${def.name}_create`, def.name, row.id);
    after();
    return { status: 201, json: rowJson(def, row) };
  });

  r.add("get", `${def.path}/:id`, { auth: def.read, response: item, summary: `One ${def.name}`, tag: def.tag }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idOf(ctx);
    const s = scope(ctx);
    const row = await db.tx({ tenantId }, async (c) => (await c.query(`SELECT * FROM ${def.table} WHERE tenant_id = $1 AND id = $2${s.sql}`, [tenantId, id, ...s.arg])).rows[0]);
    if (!row) throw new ApiError("not_found", `no such ${def.name}`);
    return { json: rowJson(def, row) };
  });

  r.add("patch", `${def.path}/:id`, { auth: def.write, body: update, response: item, summary: `Update a ${def.name}`, tag: def.tag }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idOf(ctx);
    const s = scope(ctx);
    const b = ctx.body as Record<string, unknown>;
    const args: unknown[] = [tenantId, id, ...s.arg];
    const sets: string[] = ["updated_at = now()", ...(def.extraSet?.(ctx.body as Record<string, unknown>) ?? [])];
    for (const [k, f] of Object.entries(def.fields)) {
      if (b[k] === undefined) continue;
      args.push(dbValue(f, b[k]));
      sets.push(`${f.col} = $${args.length}`);
    }
    const row = await db
      .tx({ tenantId }, async (c) => {
        await def.check?.(c, tenantId, b);
        return (await c.query(`UPDATE ${def.table} SET ${sets.join(", ")} WHERE tenant_id = $1 AND id = $2${s.sql} RETURNING *`, args)).rows[0];
      })
      .catch((e) => pgError(e, `a ${def.name} with these values`));
    if (!row) throw new ApiError("not_found", `no such ${def.name}`);
    await audit(db, tenantId, ctx, `${def.name}_update`, def.name, id, { fields: Object.keys(b) });
    after();
    return { json: rowJson(def, row) };
  });

  r.add("del", `${def.path}/:id`, { auth: def.write, summary: `Delete a ${def.name}`, tag: def.tag }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idOf(ctx);
    const s = scope(ctx);
    const n = await db.tx({ tenantId }, async (c) => (await c.query(`DELETE FROM ${def.table} WHERE tenant_id = $1 AND id = $2${s.sql}`, [tenantId, id, ...s.arg])).rowCount);
    if (!n) throw new ApiError("not_found", `no such ${def.name}`);
    await audit(db, tenantId, ctx, `${def.name}_delete`, def.name, id);
    after();
    return { json: { ok: true } };
  });
}
