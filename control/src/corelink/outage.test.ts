// Lossless across a PostgreSQL outage: CDRs that arrive while the database
// is down are not acked (core keeps them), are retried in order, and are all
// stored and acked once the database is back. Uses its own embedded
// PostgreSQL so the test can stop and restart the server.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import pino from "pino";
import { buildConfigSnapshot } from "../config.ts";
import { Db, ensureEmbeddedPostgres, migrate } from "../db/index.ts";
import { FakeCore } from "../testing/fakecore.ts";
import { type Control, startControl } from "../index.ts";
import { CoreLink } from "./index.ts";
import { pb } from "@switchboard/proto";

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => res(typeof a === "object" && a ? a.port : 0));
    });
  });
}

test("PostgreSQL outage: no ack while down, every CDR stored in order after it returns", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sb-outage-"));
  const saved = process.env.PG_PORT;
  process.env.PG_PORT = String(await freePort());
  let pgs = await ensureEmbeddedPostgres(dir);
  const db = new Db(pgs.url, 2);
  const core = new FakeCore();
  await core.listen();
  const link = new CoreLink({
    host: "127.0.0.1",
    port: core.port,
    db,
    dataDir: dir,
    log: pino({ level: "silent" }),
    buildSnapshot: () => buildConfigSnapshot(db),
    reconnectMinMs: 50,
  });
  try {
    await migrate(db.pool);
    const tenantId = (await db.tx({ bypass: true }, (c) => c.query("INSERT INTO tenants (slug, name) VALUES ('t', 'T') RETURNING id"))).rows[0].id;
    link.start();
    await core.waitFor((e) => !!e.config);

    await pgs.stop();
    const N = 5;
    for (let i = 1; i <= N; i++) core.sendEvent({ outboxId: i, cdr: { callId: `outage-${i}`, tenantId, startMs: i } });
    await new Promise((r) => setTimeout(r, 700));
    assert.equal(core.received.filter((e) => e.ack).length, 0, "nothing acked while the database is down");
    assert.ok(link.stats.durableErrors > 0);

    pgs = await ensureEmbeddedPostgres(dir); // same data, same port
    await core.waitFor((e) => e.ack?.outboxIds?.[0] === N, 20_000);
    const acks = core.received.filter((e) => e.ack).map((e) => Number(e.ack?.outboxIds?.[0]));
    assert.deepEqual(acks, [1, 2, 3, 4, 5], "acked once each, in order");
    const rows = await db.tx({ tenantId }, (c) => c.query("SELECT call_id FROM cdrs WHERE tenant_id = $1 ORDER BY inserted_at, call_id", [tenantId]));
    assert.deepEqual(
      rows.rows.map((r) => r.call_id),
      [1, 2, 3, 4, 5].map((i) => `outage-${i}`),
    );
  } finally {
    await link.close();
    await core.close();
    await db.close();
    await pgs.stop();
    if (saved === undefined) delete process.env.PG_PORT;
    else process.env.PG_PORT = saved;
    rmSync(dir, { recursive: true, force: true });
  }
});

test("PostgreSQL outage: control starts once the database comes up, answers 503 db_unavailable while it is away", { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sb-outage2-"));
  const saved = process.env.PG_PORT;
  process.env.PG_PORT = String(await freePort());
  let pgs = await ensureEmbeddedPostgres(dir);
  const url = pgs.url;
  await pgs.stop();
  const core = new FakeCore();
  await core.listen();
  let control: Control | null = null;
  try {
    // Start while the database is down; bring it up 1.5 s later.
    const starting = startControl({ databaseUrl: url, dataDir: dir, httpPort: 0, coreApi: { host: "127.0.0.1", port: core.port }, logLevel: "silent", dbWaitMs: 30_000, webhooks: { allowPrivateTargets: true } });
    await new Promise((r) => setTimeout(r, 1500));
    pgs = await ensureEmbeddedPostgres(dir);
    control = await starting;
    const base = `http://127.0.0.1:${control.httpPort}`;
    const creds = control.demoCredentials;
    assert.ok(creds);
    const login = async () =>
      fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "admin", password: creds.console.admin }) });
    const ok = await login();
    assert.equal(ok.status, 200);
    const token = ((await ok.json()) as { token: string }).token;

    // A webhook for agent state changes; the events happen while the database is away.
    const me = (await (await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as { user: { tenantId: string } };
    const tenantId = me.user.tenantId;
    const hook = await fetch(`${base}/api/v1/webhooks`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ url: "http://127.0.0.1:9/unreachable", events: ["agent.state"] }),
    });
    assert.equal(hook.status, 201);
    await new Promise((r) => setTimeout(r, 300)); // the hook-tenant cache refresh
    await core.waitFor((e) => !!e.config);

    await pgs.stop();
    for (const agentId of ["x1", "x2", "x3"]) core.sendEvent({ agent: { tenantId, agentId, status: pb.AgentStatus.AGENT_READY } });
    const down = await fetch(`${base}/api/v1/cdrs`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(down.status, 503);
    assert.equal(((await down.json()) as { error: { code: string } }).error.code, "db_unavailable");
    assert.ok(down.headers.get("retry-after"));
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.status, 503);

    pgs = await ensureEmbeddedPostgres(dir);
    let back = 0;
    for (let i = 0; i < 100 && back !== 200; i++) {
      back = (await fetch(`${base}/api/v1/cdrs`, { headers: { authorization: `Bearer ${token}` } })).status;
      if (back !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(back, 200, "the same session works again once the database is back");
    // The spooled live events reached the outbox, in order.
    const db = new Db(pgs.url, 1);
    try {
      let ids: string[] = [];
      for (let i = 0; i < 100 && ids.length < 3; i++) {
        ids = (await db.tx({ bypass: true }, (c) => c.query("SELECT payload->>'agentId' AS a FROM webhook_outbox WHERE event_type = 'agent.state' ORDER BY id"))).rows.map((r) => r.a);
        if (ids.length < 3) await new Promise((r) => setTimeout(r, 100));
      }
      assert.deepEqual(ids, ["x1", "x2", "x3"]);
    } finally {
      await db.close();
    }
  } finally {
    await control?.close();
    await core.close();
    await pgs.stop();
    if (saved === undefined) delete process.env.PG_PORT;
    else process.env.PG_PORT = saved;
    rmSync(dir, { recursive: true, force: true });
  }
});
