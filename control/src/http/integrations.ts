// Integrations: webhooks (with their delivery log) and API keys.
import { API_KEY_PREFIX, newApiKey } from "../auth/sessions.ts";
import { sha256hex } from "../auth/passwords.ts";
import { WEBHOOK_EVENTS, newWebhookSecret, targetProblem } from "../hooks/index.ts";
import { ADMINS, type ApiDeps, audit, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import type { Ctx, Router } from "./router.ts";
import { ApiKeyCreate, Ok, Webhook, WebhookCreate, WebhookUpdate } from "./schemas.ts";
import { Type } from "@sinclair/typebox";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function idParam(ctx: Ctx, what: string): string {
  const id = ctx.params[0] ?? "";
  if (!UUID_RE.test(id)) throw new ApiError("not_found", `no such ${what}`);
  return id;
}

function checkEvents(events: string[] | undefined): void {
  for (const e of events ?? []) {
    if (e !== "*" && !(WEBHOOK_EVENTS as readonly string[]).includes(e)) {
      throw new ApiError("validation_failed", `events: unknown event type ${e} (known: ${WEBHOOK_EVENTS.join(", ")}, *)`, { field: "events" });
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a pg row
const hookJson = (h: any) => ({ id: h.id, url: h.url, events: h.events, active: h.active, createdAt: new Date(h.created_at).toISOString() });

export function registerIntegrations(r: Router, deps: ApiDeps, allowPrivateTargets = false): void {
  const { db } = deps;
  const checkTarget = async (url: string) => {
    const p = await targetProblem(url, allowPrivateTargets);
    if (p) throw new ApiError("validation_failed", `url: ${p}`, { field: "url" });
  };

  r.add("get", "/api/v1/webhooks", { auth: ADMINS, summary: "Webhooks (secrets are not shown)", tag: "integrations" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const rows = await db.tx({ tenantId }, async (c) => (await c.query("SELECT * FROM webhooks WHERE tenant_id = $1 ORDER BY created_at", [tenantId])).rows);
    return { json: { items: rows.map(hookJson), events: WEBHOOK_EVENTS } };
  });

  r.add("post", "/api/v1/webhooks", { auth: ADMINS, body: WebhookCreate, status: 201, response: Webhook, summary: "Create a webhook (signing secret returned once)", tag: "integrations" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as { url: string; events: string[]; active?: boolean };
    checkEvents(b.events);
    await checkTarget(b.url);
    const secret = newWebhookSecret();
    const row = await db.tx({ tenantId }, async (c) =>
      (await c.query("INSERT INTO webhooks (tenant_id, url, secret, events, active) VALUES ($1,$2,$3,$4,$5) RETURNING *", [tenantId, b.url, secret, b.events, b.active ?? true])).rows[0],
    );
    await audit(db, tenantId, ctx, "webhook_create", "webhook", row.id, { url: b.url, events: b.events });
    deps.kickHooks();
    return { status: 201, json: { ...hookJson(row), secret } };
  });

  r.add("patch", "/api/v1/webhooks/:webhookId", { auth: ADMINS, body: WebhookUpdate, summary: "Update a webhook", tag: "integrations" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "webhook");
    const b = ctx.body as { url?: string; events?: string[]; active?: boolean };
    checkEvents(b.events);
    if (b.url) await checkTarget(b.url);
    const row = await db.tx({ tenantId }, async (c) =>
      (
        await c.query(
          "UPDATE webhooks SET url = coalesce($3, url), events = coalesce($4, events), active = coalesce($5, active) WHERE tenant_id = $1 AND id = $2 RETURNING *",
          [tenantId, id, b.url ?? null, b.events ?? null, b.active ?? null],
        )
      ).rows[0],
    );
    if (!row) throw new ApiError("not_found", "no such webhook");
    await audit(db, tenantId, ctx, "webhook_update", "webhook", id, { fields: Object.keys(b) });
    deps.kickHooks();
    return { json: hookJson(row) };
  });

  r.add("del", "/api/v1/webhooks/:webhookId", { auth: ADMINS, response: Ok, summary: "Delete a webhook and its pending deliveries", tag: "integrations" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "webhook");
    const n = await db.tx({ tenantId }, async (c) => (await c.query("DELETE FROM webhooks WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rowCount);
    if (!n) throw new ApiError("not_found", "no such webhook");
    await audit(db, tenantId, ctx, "webhook_delete", "webhook", id);
    return { json: { ok: true } };
  });

  r.add(
    "get",
    "/api/v1/webhooks/:webhookId/deliveries",
    { auth: ADMINS, query: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }), summary: "Delivery log (newest first) and outbox state", tag: "integrations" },
    async (ctx) => {
      const tenantId = await tenantOf(db, ctx);
      const id = idParam(ctx, "webhook");
      const limit = (ctx.q as { limit?: number }).limit ?? 100;
      const out = await db.tx({ tenantId }, async (c) => {
        const hook = await c.query("SELECT 1 FROM webhooks WHERE tenant_id = $1 AND id = $2", [tenantId, id]);
        if (!hook.rowCount) throw new ApiError("not_found", "no such webhook");
        const deliveries = (
          await c.query(
            `SELECT d.*, o.event_type FROM webhook_deliveries d JOIN webhook_outbox o ON o.id = d.outbox_id
             WHERE d.tenant_id = $1 AND d.webhook_id = $2 ORDER BY d.id DESC LIMIT $3`,
            [tenantId, id, limit],
          )
        ).rows;
        const outbox = (
          await c.query("SELECT status, count(*)::int AS n FROM webhook_outbox WHERE tenant_id = $1 AND webhook_id = $2 GROUP BY status", [tenantId, id])
        ).rows;
        return { deliveries, outbox };
      });
      return {
        json: {
          items: out.deliveries.map((d) => ({
            outboxId: String(d.outbox_id),
            eventType: d.event_type,
            attempt: d.attempt,
            statusCode: d.status_code,
            error: d.error,
            durationMs: d.duration_ms,
            at: new Date(d.at).toISOString(),
          })),
          outbox: Object.fromEntries(out.outbox.map((o) => [o.status, o.n])),
        },
      };
    },
  );

  // ---------------------------------------------------------------- API keys
  r.add("get", "/api/v1/api-keys", { auth: ADMINS, summary: "API keys (the key itself is never shown again)", tag: "integrations" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const rows = await db.tx({ tenantId }, async (c) => (await c.query("SELECT * FROM api_keys WHERE tenant_id = $1 ORDER BY created_at", [tenantId])).rows);
    return {
      json: {
        items: rows.map((k) => ({
          id: k.id,
          name: k.name,
          prefix: k.prefix,
          role: k.role,
          createdAt: new Date(k.created_at).toISOString(),
          lastUsedAt: k.last_used_at ? new Date(k.last_used_at).toISOString() : null,
          revoked: k.revoked_at !== null,
          customRoleId: k.custom_role_id ?? null,
        })),
      },
    };
  });

  r.add("post", "/api/v1/api-keys", { auth: ADMINS, body: ApiKeyCreate, status: 201, summary: "Create an API key (use as Authorization: Bearer <key>; shown once)", tag: "integrations" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as { name: string; role: string; customRoleId?: string | null };
    if (ctx.user?.kind === "api_key") throw new ApiError("forbidden", "API keys cannot create API keys");
    const key = newApiKey();
    const row = await db.tx({ tenantId }, async (c) => {
      if (b.customRoleId) {
        const cr = await c.query("SELECT base_role FROM custom_roles WHERE tenant_id = $1 AND id = $2", [tenantId, b.customRoleId]);
        if (!cr.rowCount) throw new ApiError("validation_failed", "customRoleId: unknown role", { field: "customRoleId" });
        if (cr.rows[0].base_role !== b.role) throw new ApiError("validation_failed", `customRoleId: that role narrows ${cr.rows[0].base_role}, not ${b.role}`, { field: "customRoleId" });
      }
      return (
        await c.query("INSERT INTO api_keys (tenant_id, name, key_hash, prefix, role, created_by, custom_role_id) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id", [
          tenantId,
          b.name,
          sha256hex(key),
          key.slice(0, API_KEY_PREFIX.length + 6),
          b.role,
          ctx.user?.id ?? null,
          b.customRoleId ?? null,
        ])
      ).rows[0];
    });
    await audit(db, tenantId, ctx, "api_key_create", "api_key", row.id, { name: b.name, role: b.role });
    return { status: 201, json: { id: row.id, name: b.name, role: b.role, customRoleId: b.customRoleId ?? null, key } };
  });

  r.add("del", "/api/v1/api-keys/:keyId", { auth: ADMINS, response: Ok, summary: "Revoke an API key", tag: "integrations" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "API key");
    const n = await db.tx({ tenantId }, async (c) =>
      (await c.query("UPDATE api_keys SET revoked_at = now() WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL", [tenantId, id])).rowCount,
    );
    if (!n) throw new ApiError("not_found", "no such API key");
    await audit(db, tenantId, ctx, "api_key_revoke", "api_key", id);
    return { json: { ok: true } };
  });
}
