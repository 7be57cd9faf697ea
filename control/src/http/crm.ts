// Customers (CRM) and the screen pop: who is calling, their history, the
// region of the number; a prefilled new-customer form for unknown numbers.
import { enqueue } from "../hooks/index.ts";
import { type ApiDeps, TENANT_ROLES, audit, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import { normalizePhone, phoneRegion, phoneVariants } from "./phone.ts";
import type { Ctx, Router } from "./router.ts";
import { Customer, CustomerCreate, CustomerList, CustomerQuery, CustomerUpdate, NoteCreate, Ok, ScreenPop, ScreenPopQuery } from "./schemas.ts";
import { ticketJson } from "./tickets.ts";
import type { Db } from "../db/index.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WRITERS = ["platform_admin", "tenant_admin", "supervisor", "agent"] as const;

// biome-ignore lint/suspicious/noExplicitAny: a pg row
export const customerJson = (c: any) => ({
  id: c.id,
  name: c.name,
  phones: c.phones,
  email: c.email,
  company: c.company,
  vipLevel: c.vip_level,
  tags: c.tags,
  notes: c.notes,
  createdAt: new Date(c.created_at).toISOString(),
  updatedAt: new Date(c.updated_at).toISOString(),
});

function idParam(ctx: Ctx): string {
  const id = ctx.params[0] ?? "";
  if (!UUID_RE.test(id)) throw new ApiError("not_found", "no such customer");
  return id;
}

const SORTS: Record<string, string> = {
  name: "lower(name) ASC, id",
  "-name": "lower(name) DESC, id",
  created: "created_at ASC, id",
  "-created": "created_at DESC, id",
  vip: "vip_level ASC, id",
  "-vip": "vip_level DESC, id",
};

export function registerCrm(r: Router, deps: ApiDeps): void {
  const { db } = deps;

  r.add("get", "/api/v1/customers", { auth: TENANT_ROLES, query: CustomerQuery, response: CustomerList, summary: "Search, filter, sort and page customers", tag: "crm" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const q = ctx.q as { q?: string; tag?: string; vipMin?: number; sort?: string; limit?: number; offset?: number };
    const where = ["tenant_id = $1"];
    const args: unknown[] = [tenantId];
    if (q.q) {
      args.push(`%${q.q.replace(/[\\%_]/g, (x) => `\\${x}`)}%`);
      const like = args.length;
      args.push(phoneVariants(q.q));
      where.push(`(name ILIKE $${like} OR company ILIKE $${like} OR email ILIKE $${like} OR phones && $${args.length}::text[])`);
    }
    if (q.tag) {
      args.push(q.tag);
      where.push(`$${args.length} = ANY(tags)`);
    }
    if (q.vipMin !== undefined) {
      args.push(q.vipMin);
      where.push(`vip_level >= $${args.length}`);
    }
    const order = SORTS[q.sort ?? "-created"];
    const limit = q.limit ?? 50;
    const offset = q.offset ?? 0;
    const out = await db.tx({ tenantId }, async (c) => {
      const total = (await c.query(`SELECT count(*)::int AS n FROM customers WHERE ${where.join(" AND ")}`, args)).rows[0].n;
      const rows = (
        await c.query(`SELECT * FROM customers WHERE ${where.join(" AND ")} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`, args)
      ).rows;
      return { total, rows };
    });
    return { json: { items: out.rows.map(customerJson), total: out.total, limit, offset } };
  });

  r.add("post", "/api/v1/customers", { auth: WRITERS, body: CustomerCreate, status: 201, response: Customer, summary: "Create a customer", tag: "crm" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as { name: string; phones?: string[]; email?: string; company?: string; vipLevel?: number; tags?: string[]; notes?: string };
    const row = await db.tx({ tenantId }, async (c) => {
      const ins = await c.query(
        `INSERT INTO customers (tenant_id, name, phones, email, company, vip_level, tags, notes)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING *`,
        [tenantId, b.name, [...new Set((b.phones ?? []).map(normalizePhone))], b.email ?? "", b.company ?? "", b.vipLevel ?? 0, b.tags ?? [], b.notes ?? ""],
      );
      await enqueue(c, tenantId, "customer.created", customerJson(ins.rows[0]));
      return ins.rows[0];
    });
    await audit(db, tenantId, ctx, "customer_create", "customer", row.id);
    deps.kickHooks();
    return { status: 201, json: customerJson(row) };
  });

  r.add("get", "/api/v1/customers/:customerId", { auth: TENANT_ROLES, response: Customer, summary: "One customer", tag: "crm" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx);
    const rows = await db.tx({ tenantId }, async (c) => (await c.query("SELECT * FROM customers WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rows);
    if (!rows[0]) throw new ApiError("not_found", "no such customer");
    return { json: customerJson(rows[0]) };
  });

  r.add("patch", "/api/v1/customers/:customerId", { auth: WRITERS, body: CustomerUpdate, response: Customer, summary: "Update a customer", tag: "crm" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx);
    const b = ctx.body as Record<string, unknown>;
    const cols: Record<string, string> = { name: "name", phones: "phones", email: "email", company: "company", vipLevel: "vip_level", tags: "tags", notes: "notes" };
    const sets = ["updated_at = now()"];
    const args: unknown[] = [tenantId, id];
    for (const [k, col] of Object.entries(cols)) {
      if (b[k] === undefined) continue;
      args.push(k === "phones" ? [...new Set((b[k] as string[]).map(normalizePhone))] : b[k]);
      sets.push(`${col} = $${args.length}`);
    }
    const row = await db.tx({ tenantId }, async (c) => {
      const u = (await c.query(`UPDATE customers SET ${sets.join(", ")} WHERE tenant_id = $1 AND id = $2 RETURNING *`, args)).rows[0];
      if (u) await enqueue(c, tenantId, "customer.updated", customerJson(u));
      return u;
    });
    if (!row) throw new ApiError("not_found", "no such customer");
    await audit(db, tenantId, ctx, "customer_update", "customer", id, { fields: Object.keys(b) });
    deps.kickHooks();
    return { json: customerJson(row) };
  });

  r.add("del", "/api/v1/customers/:customerId", { auth: ["platform_admin", "tenant_admin", "supervisor"], response: Ok, summary: "Delete a customer", tag: "crm" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx);
    const n = await db.tx({ tenantId }, async (c) => {
      const d = await c.query("DELETE FROM customers WHERE tenant_id = $1 AND id = $2", [tenantId, id]);
      if (d.rowCount) await enqueue(c, tenantId, "customer.deleted", { id });
      return d.rowCount;
    });
    if (!n) throw new ApiError("not_found", "no such customer");
    await audit(db, tenantId, ctx, "customer_delete", "customer", id);
    deps.kickHooks();
    return { json: { ok: true } };
  });

  r.add("get", "/api/v1/screenpop", { auth: TENANT_ROLES, query: ScreenPopQuery, response: ScreenPop, summary: "Who is calling: customer, history, open tickets, region (归属地)", tag: "crm" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    return { json: await screenPop(db, tenantId, (ctx.q as { number: string }).number) };
  });

  r.add("post", "/api/v1/customers/:customerId/notes", { auth: WRITERS, body: NoteCreate, status: 201, summary: "Add a note to a customer", tag: "crm" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx);
    const b = ctx.body as { body: string; callId?: string };
    const row = await db.tx({ tenantId }, async (c) => {
      const cust = await c.query("SELECT 1 FROM customers WHERE tenant_id = $1 AND id = $2", [tenantId, id]);
      if (!cust.rowCount) throw new ApiError("not_found", "no such customer");
      return (
        await c.query("INSERT INTO customer_notes (tenant_id, customer_id, call_id, body, user_id) VALUES ($1,$2,$3,$4,$5) RETURNING *", [
          tenantId,
          id,
          b.callId ?? "",
          b.body,
          ctx.user?.id ?? null,
        ])
      ).rows[0];
    });
    await audit(db, tenantId, ctx, "customer_note", "customer", id);
    return { status: 201, json: { id: row.id, body: row.body, callId: row.call_id, userId: row.user_id, at: new Date(row.created_at).toISOString() } };
  });

  r.add("get", "/api/v1/customers/:customerId/interactions", { auth: TENANT_ROLES, summary: "Interaction history: calls, tickets and notes, newest first", tag: "crm" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx);
    const out = await db.tx({ tenantId }, async (c) => {
      const cust = (await c.query("SELECT phones FROM customers WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rows[0];
      if (!cust) throw new ApiError("not_found", "no such customer");
      const variants = (cust.phones as string[]).flatMap(phoneVariants);
      const calls = (
        await c.query(
          `SELECT c.call_id, c.start_ms, c.answer_ms, c.end_ms, c.agent_id, c.hangup_cause, d.code AS disp_code, d.notes AS disp_notes, dc.label AS disp_label
           FROM cdrs c LEFT JOIN call_dispositions d ON d.tenant_id = c.tenant_id AND d.call_id = c.call_id
             LEFT JOIN disposition_codes dc ON dc.tenant_id = d.tenant_id AND dc.code = d.code
           WHERE c.tenant_id = $1 AND c.caller = ANY($2::text[]) ORDER BY c.start_ms DESC LIMIT 200`,
          [tenantId, variants],
        )
      ).rows;
      const notes = (await c.query("SELECT * FROM customer_notes WHERE tenant_id = $1 AND customer_id = $2 ORDER BY created_at DESC LIMIT 200", [tenantId, id])).rows;
      const tickets = (await c.query("SELECT * FROM tickets WHERE tenant_id = $1 AND customer_id = $2 ORDER BY created_at DESC LIMIT 200", [tenantId, id])).rows;
      return { calls, notes, tickets };
    });
    const items = [
      ...out.calls.map((h) => ({
        kind: "call",
        at: new Date(Number(h.start_ms)).toISOString(),
        callId: h.call_id,
        answered: Number(h.answer_ms) > 0,
        durationMs: Number(h.end_ms) - Number(h.start_ms),
        agentId: h.agent_id,
        hangupCause: h.hangup_cause,
        disposition: h.disp_code ? { code: h.disp_code, label: h.disp_label ?? h.disp_code, notes: h.disp_notes } : null,
      })),
      ...out.notes.map((n) => ({ kind: "note", at: new Date(n.created_at).toISOString(), id: n.id, body: n.body, callId: n.call_id, userId: n.user_id })),
      ...out.tickets.map((t) => ({ kind: "ticket", at: new Date(t.created_at).toISOString(), ...ticketJson(t) })),
    ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    return { json: { items } };
  });
}

/** Expands a screen-pop URL template; every value is URL-encoded. */
export function expandTemplate(tpl: string, vars: Record<string, string>): string {
  return tpl.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? encodeURIComponent(vars[k] ?? "") : m));
}

/** The screen pop of a number for a tenant (REST and the WebSocket push on an offered call). */
export async function screenPop(db: Db, tenantId: string, number: string, call?: { callId: string; callee: string; agentId: string }) {
  const variants = phoneVariants(number);
  const regionP = phoneRegion(number); // in parallel with the queries
  const out = await db.tx({ tenantId }, async (c) => {
    const cust = (
      await c.query("SELECT * FROM customers WHERE tenant_id = $1 AND phones && $2::text[] ORDER BY vip_level DESC, created_at LIMIT 1", [tenantId, variants])
    ).rows[0];
    const history = (
      await c.query(
        `SELECT c.call_id, c.start_ms, c.answer_ms, c.end_ms, c.agent_id, c.queue_id, c.hangup_cause, d.code AS disp_code, d.notes AS disp_notes, dc.label AS disp_label
         FROM cdrs c LEFT JOIN call_dispositions d ON d.tenant_id = c.tenant_id AND d.call_id = c.call_id
           LEFT JOIN disposition_codes dc ON dc.tenant_id = d.tenant_id AND dc.code = d.code
         WHERE c.tenant_id = $1 AND c.caller = ANY($2::text[]) ORDER BY c.start_ms DESC LIMIT 10`,
        [tenantId, variants],
      )
    ).rows;
    const tickets = cust
      ? (
          await c.query("SELECT * FROM tickets WHERE tenant_id = $1 AND customer_id = $2 AND status NOT IN ('resolved','closed') ORDER BY updated_at DESC LIMIT 10", [
            tenantId,
            cust.id,
          ])
        ).rows
      : [];
    const notes = cust
      ? (await c.query("SELECT body, created_at FROM customer_notes WHERE tenant_id = $1 AND customer_id = $2 ORDER BY created_at DESC LIMIT 5", [tenantId, cust.id])).rows
      : [];
    const tpl = (await c.query("SELECT screenpop_url FROM tenants WHERE id = $1", [tenantId])).rows[0]?.screenpop_url ?? "";
    return { cust, history, tickets, notes, tpl };
  });
  const region = await regionP;
  return {
    number,
    region,
    customer: out.cust ? customerJson(out.cust) : null,
    vipLevel: out.cust?.vip_level ?? 0,
    history: out.history.map((h) => ({
      callId: h.call_id,
      startMs: h.start_ms,
      answerMs: h.answer_ms,
      endMs: h.end_ms,
      agentId: h.agent_id,
      queueId: h.queue_id,
      hangupCause: h.hangup_cause,
      disposition: h.disp_code ? { code: h.disp_code, label: h.disp_label ?? h.disp_code, notes: h.disp_notes } : null,
    })),
    openTickets: out.tickets.map(ticketJson),
    recentNotes: out.notes.map((n) => ({ body: n.body, at: new Date(n.created_at).toISOString() })),
    newCustomer: out.cust ? null : { name: "", phones: [region.e164 ?? normalizePhone(number)] },
    url: out.tpl
      ? expandTemplate(out.tpl, {
          caller: number,
          callee: call?.callee ?? "",
          callId: call?.callId ?? "",
          agentId: call?.agentId ?? "",
          customerId: out.cust?.id ?? "",
        })
      : null,
  };
}

