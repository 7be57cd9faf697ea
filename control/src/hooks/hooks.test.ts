import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { after, before, test } from "node:test";
import { insertCdr } from "../corelink/index.ts";
import { Db } from "../db/index.ts";
import { Fixture } from "../testing/fixture.ts";
import { enqueue } from "./index.ts";

const fx = new Fixture();
before(() => fx.start({ webhooks: { pollMs: 30, baseBackoffMs: 40, maxBackoffMs: 200, maxAttempts: 4, timeoutMs: 2000 } }), { timeout: 60_000 });
after(() => fx.stop(), { timeout: 60_000 });

interface Got {
  headers: IncomingMessage["headers"];
  body: string;
}

/** A local receiver whose answer per request is decided by `respond` (status code, or "drop" to reset the socket). */
async function receiver(respond: (n: number, body: string) => number | "drop"): Promise<{ url: string; got: Got[]; close(): Promise<void>; server: Server }> {
  const got: Got[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      got.push({ headers: req.headers, body });
      const a = respond(got.length, body);
      if (a === "drop") req.socket.destroy();
      else res.writeHead(a).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    got,
    server,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

async function until(cond: () => boolean | Promise<boolean>, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail("condition not met in time");
}

test("CDR -> call.ended webhook: signed, retried through failures, logged", { timeout: 30_000 }, async () => {
  // Fails twice (500, then a dropped connection), then accepts.
  const rx = await receiver((n) => (n === 1 ? 500 : n === 2 ? "drop" : 204));
  try {
    const created = await fx.api("POST", "/api/v1/webhooks", fx.tokens.tenant_admin, { url: rx.url, events: ["call.ended"] });
    assert.equal(created.status, 201, created.text);
    const secret: string = created.json.secret;
    assert.match(secret, /^whsec_/);
    // Unknown event types are refused, naming the field.
    assert.equal((await fx.api("POST", "/api/v1/webhooks", fx.tokens.tenant_admin, { url: rx.url, events: ["call.exploded"] })).json.error.field, "events");

    fx.core.sendEvent({ outboxId: 11, cdr: { callId: "hook-call-1", tenantId: fx.demoId, caller: "13800138000", callee: "4000", startMs: 5, endMs: 9 } });
    await until(() => rx.got.length >= 3);
    const last = rx.got[2] as Got;
    const body = JSON.parse(last.body);
    assert.equal(body.type, "call.ended");
    assert.equal(body.data.callId, "hook-call-1");
    assert.equal(body.tenantId, fx.demoId);
    assert.equal(last.headers["x-switchboard-event"], "call.ended");
    // Same delivery id on every attempt (receivers dedupe on it).
    assert.equal(new Set(rx.got.map((g) => g.headers["x-switchboard-delivery"])).size, 1);
    const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(last.headers["x-switchboard-signature"]));
    assert.ok(m);
    assert.equal(m[2], createHmac("sha256", secret).update(`${m[1]}.${last.body}`).digest("hex"));

    await until(async () => {
      const r = await fx.api("GET", `/api/v1/webhooks/${created.json.id}/deliveries`, fx.tokens.tenant_admin);
      return r.json.outbox.delivered === 1;
    });
    const log = await fx.api("GET", `/api/v1/webhooks/${created.json.id}/deliveries`, fx.tokens.tenant_admin);
    assert.deepEqual(
      log.json.items.map((d: { attempt: number; statusCode: number }) => [d.attempt, d.statusCode]),
      [
        [3, 204],
        [2, 0],
        [1, 500],
      ],
    );
    // The other tenant can neither read the log nor touch the hook.
    assert.equal((await fx.api("GET", `/api/v1/webhooks/${created.json.id}/deliveries`, fx.tokens.other_admin)).status, 404);
    assert.equal((await fx.api("DELETE", `/api/v1/webhooks/${created.json.id}`, fx.tokens.other_admin)).status, 404);
    assert.equal((await fx.api("DELETE", `/api/v1/webhooks/${created.json.id}`, fx.tokens.tenant_admin)).status, 200);
  } finally {
    await rx.close();
  }
});

test("a receiver that never accepts is given up after maxAttempts; the outbox is transactional", { timeout: 30_000 }, async () => {
  const rx = await receiver(() => 503);
  try {
    const created = await fx.api("POST", "/api/v1/webhooks", fx.tokens.tenant_admin, { url: rx.url, events: ["*"] });
    await fx.api("POST", "/api/v1/customers", fx.tokens.supervisor, { name: "Hook Test" });
    await until(async () => {
      const r = await fx.sql.query("SELECT status, attempts FROM webhook_outbox WHERE webhook_id = $1", [created.json.id]);
      return r.rows[0]?.status === "failed";
    });
    const row = (await fx.sql.query("SELECT status, attempts, last_error FROM webhook_outbox WHERE webhook_id = $1", [created.json.id])).rows[0];
    assert.deepEqual(row, { status: "failed", attempts: 4, last_error: "HTTP 503" });
    assert.equal(rx.got.length, 4);

    // A CDR transaction that fails after enqueueing leaves neither the CDR nor the webhook row.
    const before = (await fx.sql.query("SELECT count(*)::int AS n FROM webhook_outbox")).rows[0].n;
    const db = new Db(fx.tdb.url);
    try {
      await assert.rejects(
        insertCdr(db, fx.dataDir, { callId: "tx-1", tenantId: fx.demoId }, 99, async (c, cdr) => {
          assert.equal(await enqueue(c, fx.demoId, "call.ended", { callId: cdr.callId }), 1);
          throw new Error("boom");
        }),
        /boom/,
      );
    } finally {
      await db.close();
    }
    assert.equal((await fx.sql.query("SELECT count(*)::int AS n FROM webhook_outbox")).rows[0].n, before);
    assert.equal((await fx.sql.query("SELECT count(*)::int AS n FROM cdrs WHERE call_id = 'tx-1'")).rows[0].n, 0);
  } finally {
    await rx.close();
  }
});
