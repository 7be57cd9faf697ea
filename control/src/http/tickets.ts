// Tickets (工单): a status workflow, assignment, comments, and a history of
// every change (ticket_events). Changes are audited and sent to webhooks.
import type { AuthUser } from "../auth/sessions.ts";
import type { Tx } from "../db/index.ts";
import { enqueue } from "../hooks/index.ts";
import { type ApiDeps, TENANT_ROLES, audit, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import type { Ctx, Router } from "./router.ts";
import { Ticket, TicketCreate, TicketList, TicketQuery, TicketUpdate } from "./schemas.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WRITERS = ["platform_admin", "tenant_admin", "supervisor", "agent"] as const;
const MANAGERS = new Set(["platform_admin", "tenant_admin", "supervisor"]);

/** Allowed status transitions. Reopening a closed ticket is for managers only. */
export const TRANSITIONS: Record<string, readonly string[]> = {
  open: ["in_progress", "pending", "resolved", "closed"],
  in_progress: ["open", "pending", "resolved"],
  pending: ["open", "in_progress", "resolved"],
  resolved: ["open", "closed"],
  closed: ["open"],
};

// biome-ignore lint/suspicious/noExplicitAny: a pg row
export const ticketJson = (t: any) => ({
  id: t.id,
  title: t.title,
  body: t.body,
  status: t.status,
  priority: t.priority,
  customerId: t.customer_id,
  callId: t.call_id,
  assigneeId: t.assignee_id,
  createdBy: t.created_by,
  createdAt: new Date(t.created_at).toISOString(),
  updatedAt: new Date(t.updated_at).toISOString(),
});

function idParam(ctx: Ctx): string {
  const id = ctx.params[0] ?? "";
  if (!UUID_RE.test(id)) throw new ApiError("not_found", "no such ticket");
  return id;
}

async function checkRefs(c: Tx, tenantId: string, customerId?: string | null, assigneeId?: string | null): Promise<void> {
  if (customerId) {
    const r = await c.query("SELECT 1 FROM customers WHERE tenant_id = $1 AND id = $2", [tenantId, customerId]);
    if (!r.rowCount) throw new ApiError("validation_failed", "customerId: unknown customer", { field: "customerId" });
  }
  if (assigneeId) {
    const r = await c.query("SELECT 1 FROM users WHERE tenant_id = $1 AND id = $2", [tenantId, assigneeId]);
    if (!r.rowCount) throw new ApiError("validation_failed", "assigneeId: unknown user", { field: "assigneeId" });
  }
}

async function event(c: Tx, tenantId: string, ticketId: string, userId: string | null, kind: string, from = "", to = "", body = ""): Promise<void> {
  await c.query("INSERT INTO ticket_events (tenant_id, ticket_id, user_id, kind, from_value, to_value, body) VALUES ($1,$2,$3,$4,$5,$6,$7)", [
    tenantId,
    ticketId,
    userId,
    kind,
    from,
    to,
    body,
  ]);
}

export function registerTickets(r: Router, deps: ApiDeps): void {
  const { db } = deps;

  r.add("get", "/api/v1/tickets", { auth: TENANT_ROLES, query: TicketQuery, response: TicketList, summary: "Tickets (filter by status, assignee, customer)", tag: "tickets" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const q = ctx.q as { status?: string; assignee?: string; customerId?: string; limit?: number; offset?: number };
    const where = ["tenant_id = $1"];
    const args: unknown[] = [tenantId];
    if (q.status) {
      args.push(q.status);
      where.push(`status = $${args.length}`);
    }
    if (q.assignee) {
      const a = q.assignee === "me" ? (ctx.user as AuthUser).id : q.assignee;
      if (!UUID_RE.test(a)) throw new ApiError("validation_failed", "assignee: expected a user id or \"me\"", { field: "assignee" });
      args.push(a);
      where.push(`assignee_id = $${args.length}`);
    }
    if (q.customerId) {
      args.push(q.customerId);
      where.push(`customer_id = $${args.length}`);
    }
    const limit = q.limit ?? 50;
    const offset = q.offset ?? 0;
    const out = await db.tx({ tenantId }, async (c) => ({
      total: (await c.query(`SELECT count(*)::int AS n FROM tickets WHERE ${where.join(" AND ")}`, args)).rows[0].n,
      rows: (await c.query(`SELECT * FROM tickets WHERE ${where.join(" AND ")} ORDER BY updated_at DESC, id LIMIT ${limit} OFFSET ${offset}`, args)).rows,
    }));
    return { json: { items: out.rows.map(ticketJson), total: out.total, limit, offset } };
  });

  r.add("post", "/api/v1/tickets", { auth: WRITERS, body: TicketCreate, status: 201, response: Ticket, summary: "Open a ticket", tag: "tickets" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const u = ctx.user as AuthUser;
    const b = ctx.body as { title: string; body?: string; customerId?: string | null; callId?: string; priority?: string; assigneeId?: string | null };
    const row = await db.tx({ tenantId }, async (c) => {
      await checkRefs(c, tenantId, b.customerId, b.assigneeId);
      const t = (
        await c.query(
          `INSERT INTO tickets (tenant_id, customer_id, call_id, title, body, priority, assignee_id, created_by)
           VALUES ($1,$2,$3,$4,$5,coalesce($6,'normal'),$7,$8) RETURNING *`,
          [tenantId, b.customerId ?? null, b.callId ?? "", b.title, b.body ?? "", b.priority ?? null, b.assigneeId ?? null, u.kind === "api_key" ? null : u.id],
        )
      ).rows[0];
      await event(c, tenantId, t.id, u.id, "created", "", "open");
      await enqueue(c, tenantId, "ticket.created", ticketJson(t));
      return t;
    });
    await audit(db, tenantId, ctx, "ticket_create", "ticket", row.id);
    deps.kickHooks();
    if (row.assignee_id && row.assignee_id !== u.id) deps.notifyUser?.(row.assignee_id, { type: "ticket", event: "assigned", ...ticketJson(row) });
    return { status: 201, json: ticketJson(row) };
  });

  r.add("get", "/api/v1/tickets/:ticketId", { auth: TENANT_ROLES, summary: "A ticket with its history", tag: "tickets" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx);
    const out = await db.tx({ tenantId }, async (c) => ({
      t: (await c.query("SELECT * FROM tickets WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rows[0],
      events: (await c.query("SELECT * FROM ticket_events WHERE tenant_id = $1 AND ticket_id = $2 ORDER BY id", [tenantId, id])).rows,
    }));
    if (!out.t) throw new ApiError("not_found", "no such ticket");
    return {
      json: {
        ...ticketJson(out.t),
        history: out.events.map((e) => ({ kind: e.kind, from: e.from_value, to: e.to_value, body: e.body, userId: e.user_id, at: new Date(e.at).toISOString() })),
        next: TRANSITIONS[out.t.status] ?? [],
      },
    };
  });

  r.add("patch", "/api/v1/tickets/:ticketId", { auth: WRITERS, body: TicketUpdate, response: Ticket, summary: "Change status (workflow), assignee, priority; comment", tag: "tickets" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx);
    const u = ctx.user as AuthUser;
    const b = ctx.body as { title?: string; body?: string; status?: string; priority?: string; assigneeId?: string | null; comment?: string };
    const row = await db.tx({ tenantId }, async (c) => {
      const cur = (await c.query("SELECT * FROM tickets WHERE tenant_id = $1 AND id = $2 FOR UPDATE", [tenantId, id])).rows[0];
      if (!cur) throw new ApiError("not_found", "no such ticket");
      const manager = MANAGERS.has(u.role);
      if (!manager && cur.assignee_id && cur.assignee_id !== u.id) throw new ApiError("forbidden", "agents may change only tickets assigned to them or unassigned");
      if (!manager && b.assigneeId !== undefined && b.assigneeId !== null && b.assigneeId !== u.id) {
        throw new ApiError("forbidden", "agents may assign tickets only to themselves");
      }
      await checkRefs(c, tenantId, undefined, b.assigneeId);
      if (b.status && b.status !== cur.status) {
        if (!(TRANSITIONS[cur.status] ?? []).includes(b.status)) {
          throw new ApiError("conflict", `a ${cur.status} ticket cannot become ${b.status} (allowed: ${(TRANSITIONS[cur.status] ?? []).join(", ")})`);
        }
        if (cur.status === "closed" && !manager) throw new ApiError("forbidden", "only supervisors reopen closed tickets");
        await event(c, tenantId, id, u.id, "status", cur.status, b.status);
      }
      if (b.assigneeId !== undefined && b.assigneeId !== cur.assignee_id) await event(c, tenantId, id, u.id, "assigned", cur.assignee_id ?? "", b.assigneeId ?? "");
      if (b.priority && b.priority !== cur.priority) await event(c, tenantId, id, u.id, "priority", cur.priority, b.priority);
      if (b.comment) await event(c, tenantId, id, u.id, "comment", "", "", b.comment);
      const t = (
        await c.query(
          `UPDATE tickets SET title = coalesce($3, title), body = coalesce($4, body), status = coalesce($5, status),
             priority = coalesce($6, priority), assignee_id = CASE WHEN $7 THEN $8::uuid ELSE assignee_id END, updated_at = now()
           WHERE tenant_id = $1 AND id = $2 RETURNING *`,
          [tenantId, id, b.title ?? null, b.body ?? null, b.status ?? null, b.priority ?? null, b.assigneeId !== undefined, b.assigneeId ?? null],
        )
      ).rows[0];
      await enqueue(c, tenantId, "ticket.updated", { ...ticketJson(t), changed: Object.keys(b) });
      return t;
    });
    await audit(db, tenantId, ctx, "ticket_update", "ticket", id, { fields: Object.keys(b), status: b.status });
    deps.kickHooks();
    // The assignee hears about changes made by others (a new assignment, a comment, a status change).
    if (row.assignee_id && row.assignee_id !== u.id) {
      deps.notifyUser?.(row.assignee_id, { type: "ticket", event: b.assigneeId !== undefined ? "assigned" : "updated", ...ticketJson(row) });
    }
    return { json: ticketJson(row) };
  });
}
