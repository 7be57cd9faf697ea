// CRM webhooks through a transactional outbox. enqueue() runs inside the
// caller's transaction (the CDR insert, a config write...), so an event
// exists exactly when the change it describes committed. The dispatcher
// claims due rows with a lease (locked_until): a crash mid-delivery delays
// a delivery, it never loses one (at-least-once; receivers dedupe on id).
// Signature: X-Switchboard-Signature: t=<unix s>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>.
import { createHmac, randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { Db, Tx } from "../db/index.ts";
import { targetProblem } from "./target.ts";

export { isPrivateAddress, targetProblem } from "./target.ts";

export const WEBHOOK_EVENTS = [
  "call.offered",
  "call.answered",
  "call.ended",
  "agent.state",
  "recording.ready",
  "voicemail.recorded",
  "customer.created",
  "customer.updated",
  "customer.deleted",
  "ticket.created",
  "ticket.updated",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64url")}`;
}

export function sign(secret: string, timestampS: number, body: string): string {
  return `t=${timestampS},v1=${createHmac("sha256", secret).update(`${timestampS}.${body}`).digest("hex")}`;
}

/** Inserts one outbox row per active webhook of the tenant subscribed to the event. Returns rows enqueued. */
export async function enqueue(c: Tx, tenantId: string, type: WebhookEvent, data: unknown): Promise<number> {
  const r = await c.query(
    `INSERT INTO webhook_outbox (tenant_id, webhook_id, event_type, payload)
     SELECT tenant_id, id, $2, $3 FROM webhooks
     WHERE tenant_id = $1 AND active AND ($2 = ANY(events) OR '*' = ANY(events))`,
    [tenantId, type, JSON.stringify(data)],
  );
  return r.rowCount ?? 0;
}

export interface DispatcherOptions {
  db: Db;
  log: Logger;
  /** Poll interval when idle, ms. Default 500. */
  pollMs?: number;
  /** Attempts before a delivery is marked failed. Default 10. */
  maxAttempts?: number;
  /** First retry delay, ms; doubles per attempt up to maxBackoffMs. Default 1000. */
  baseBackoffMs?: number;
  /** Default 1 hour. */
  maxBackoffMs?: number;
  /** Per-request timeout, ms. Default 10000. */
  timeoutMs?: number;
  /** Lease on a claimed row, ms (must exceed timeoutMs). Default 30000. */
  leaseMs?: number;
  /** Rows claimed per round. Default 20. */
  batch?: number;
  /** Allow targets on loopback/private networks (tests, single-tenant installs). Default false. */
  allowPrivateTargets?: boolean;
}

export class Dispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;
  private again = false;
  readonly stats = { delivered: 0, failedAttempts: 0, givenUp: 0 };

  constructor(private readonly o: DispatcherOptions) {}

  start(): void {
    this.schedule(0);
  }

  /** Run a round soon (after an enqueue). */
  kick(): void {
    if (this.closed) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.round()
        .catch((err) => this.o.log.warn({ err }, "webhook round failed"))
        .then((n) => {
          this.running = null;
          const busy = typeof n === "number" && n > 0;
          this.schedule(busy || this.again ? 0 : (this.o.pollMs ?? 500));
          this.again = false;
        });
    }, ms);
  }

  /** One round: claim due rows, deliver them in parallel. Returns rows claimed. */
  async round(): Promise<number> {
    const leaseMs = this.o.leaseMs ?? 30_000;
    const rows = await this.o.db.tx({ bypass: true }, async (c) => {
      const claimed = await c.query(
        `UPDATE webhook_outbox o SET locked_until = now() + ($1::bigint * interval '1 millisecond'), attempts = attempts + 1
         WHERE id IN (SELECT id FROM webhook_outbox WHERE status = 'pending' AND next_attempt_at <= now()
                        AND (locked_until IS NULL OR locked_until < now())
                      ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING o.id, o.tenant_id, o.webhook_id, o.event_type, o.payload, o.attempts, o.created_at`,
        [leaseMs, this.o.batch ?? 20],
      );
      if (!claimed.rowCount) return [];
      const hooks = await c.query("SELECT id, url, secret FROM webhooks WHERE id = ANY($1::uuid[])", [
        [...new Set(claimed.rows.map((r) => r.webhook_id))],
      ]);
      const byId = new Map(hooks.rows.map((h) => [h.id, h]));
      return claimed.rows.map((r) => ({ ...r, hook: byId.get(r.webhook_id) }));
    });
    await Promise.all(rows.map((r) => this.deliver(r)));
    return rows.length;
  }

  // biome-ignore lint/suspicious/noExplicitAny: a pg row
  private async deliver(r: any): Promise<void> {
    const body = JSON.stringify({
      id: String(r.id),
      type: r.event_type,
      tenantId: r.tenant_id,
      createdAt: new Date(r.created_at).toISOString(),
      attempt: r.attempts,
      data: r.payload,
    });
    const t = Math.floor(Date.now() / 1000);
    const started = Date.now();
    let status = 0;
    let error = "";
    try {
      if (!r.hook) throw new Error("webhook deleted");
      const problem = await targetProblem(r.hook.url, this.o.allowPrivateTargets ?? false);
      if (problem) throw new Error(`target refused: ${problem}`);
      const res = await fetch(r.hook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "switchboard-webhooks/1",
          "x-switchboard-event": r.event_type,
          "x-switchboard-delivery": String(r.id),
          "x-switchboard-signature": sign(r.hook.secret, t, body),
        },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000),
      });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (err) {
      error = (err as Error).message || String(err);
    }
    const ok = error === "";
    const max = this.o.maxAttempts ?? 10;
    const backoff = Math.min((this.o.baseBackoffMs ?? 1000) * 2 ** (r.attempts - 1), this.o.maxBackoffMs ?? 3600_000);
    await this.o.db.tx({ tenantId: r.tenant_id }, async (c) => {
      await c.query(
        `INSERT INTO webhook_deliveries (tenant_id, outbox_id, webhook_id, attempt, status_code, error, duration_ms)
         VALUES ($1,$2,$3,$4,$5,$6,$7)`,
        [r.tenant_id, r.id, r.webhook_id, r.attempts, status, error.slice(0, 500), Date.now() - started],
      );
      if (ok) {
        await c.query(
          "UPDATE webhook_outbox SET status = 'delivered', delivered_at = now(), locked_until = NULL, last_error = '' WHERE id = $1",
          [r.id],
        );
      } else {
        await c.query(
          `UPDATE webhook_outbox SET status = CASE WHEN attempts >= $2 THEN 'failed' ELSE 'pending' END,
             next_attempt_at = now() + ($3::bigint * interval '1 millisecond'), locked_until = NULL, last_error = $4
           WHERE id = $1`,
          [r.id, max, backoff, error.slice(0, 500)],
        );
      }
    });
    if (ok) this.stats.delivered++;
    else {
      this.stats.failedAttempts++;
      if (r.attempts >= max) this.stats.givenUp++;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
