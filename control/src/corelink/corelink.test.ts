import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import pg from "pg";
import pino from "pino";
import { buildConfigSnapshot } from "../config.ts";
import { Db, migrate } from "../db/index.ts";
import { seedDemo } from "../seed.ts";
import { FakeCore } from "../testing/fakecore.ts";
import { freshDatabase, type TestDb } from "../testing/pg.ts";
import { CoreLink } from "./index.ts";

let tdb: TestDb;
let db: Db;
let dataDir: string;
let tenantId: string;
before(async () => {
  tdb = await freshDatabase();
  db = new Db(tdb.url);
  await migrate(db.pool);
  dataDir = mkdtempSync(join(tmpdir(), "sb-link-"));
  await seedDemo(db, dataDir);
  tenantId = (await db.pool.query("SELECT id FROM tenants WHERE slug = 'demo'")).rows[0].id;
}, { timeout: 60_000 });
after(async () => {
  await db?.close();
  await tdb?.drop();
  rmSync(dataDir, { recursive: true, force: true });
}, { timeout: 60_000 });

function makeWav(seconds: number): Buffer {
  const rate = 8000;
  const ch = 2;
  const data = Buffer.alloc(rate * ch * 2 * seconds, 7);
  const h = Buffer.alloc(44);
  h.write("RIFF", 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write("WAVEfmt ", 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(ch, 22);
  h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * ch * 2, 28);
  h.writeUInt16LE(ch * 2, 32);
  h.writeUInt16LE(16, 34);
  h.write("data", 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

test("link: hello + snapshot, CDR stored then acked after commit, duplicates ignored, reconnect", { timeout: 30_000 }, async () => {
  const core = new FakeCore();
  await core.listen();
  const link = new CoreLink({
    host: "127.0.0.1",
    port: core.port,
    db,
    dataDir,
    log: pino({ level: "silent" }),
    buildSnapshot: () => buildConfigSnapshot(db),
    reconnectMinMs: 50,
    reconnectMaxMs: 200,
  });
  const blocker = new pg.Client({ connectionString: tdb.url });
  await blocker.connect();
  try {
    link.start();
    const hello = await core.waitFor((e) => !!e.hello);
    assert.equal(hello.hello?.role, "control");
    const snap = await core.waitFor((e) => !!e.config);
    const t = snap.config?.tenants?.find((x) => x.id === tenantId);
    assert.ok(t, "snapshot carries the demo tenant");
    assert.deepEqual(t.sipDomains?.[0], "demo.switchboard.local");
    assert.equal(t.dids?.[0]?.number, "4000");
    assert.equal(t.agents?.length, 2);
    assert.match(t.agents?.[0]?.ha1Md5 ?? "", /^[0-9a-f]{32}$/);
    assert.match(t.agents?.[0]?.ha1Sha256 ?? "", /^[0-9a-f]{64}$/);
    assert.deepEqual(t.agents?.[0]?.queueIds, [t.queues?.[0]?.id]);
    assert.ok(hello.seq < snap.seq, "hello first");

    // A recording the "core" wrote under dataDir.
    mkdirSync(join(dataDir, "recordings"), { recursive: true });
    const wav = makeWav(2);
    writeFileSync(join(dataDir, "recordings", "c1.wav"), wav);

    // Hold a lock so the insert cannot commit yet: no ack may arrive meanwhile.
    await blocker.query("BEGIN");
    await blocker.query("LOCK TABLE cdrs IN EXCLUSIVE MODE");
    const cdr = {
      callId: "11111111-1111-4111-8111-111111111111",
      tenantId,
      caller: "13800138000",
      callee: "4000",
      startMs: 1_700_000_000_000,
      answerMs: 1_700_000_001_000,
      endMs: 1_700_000_010_000,
      agentId: "a1",
      hangupCause: "normal_clearing",
      hangupSide: "caller",
      recordingPath: "recordings/c1.wav",
      sipStatus: 200,
    };
    core.sendEvent({ outboxId: 7, cdr });
    await assert.rejects(core.waitFor((e) => !!e.ack, 400), /timed out/);
    await blocker.query("COMMIT");
    const ack = await core.waitFor((e) => !!e.ack);
    assert.deepEqual(ack.ack?.outboxIds, [7]);
    // Visible to another connection the moment the ack is seen: committed before ack.
    const rows = (await blocker.query("SELECT * FROM cdrs WHERE call_id = $1", [cdr.callId])).rows;
    assert.equal(rows.length, 1);
    assert.equal(rows[0].caller, "13800138000");
    assert.equal(Number(rows[0].end_ms), cdr.endMs);
    const rec = (await blocker.query("SELECT * FROM recordings WHERE call_id = $1", [cdr.callId])).rows[0];
    assert.equal(Number(rec.bytes), wav.length);
    assert.equal(rec.sha256, createHash("sha256").update(wav).digest("hex"));
    assert.equal(Number(rec.duration_ms), 2000);

    // Core re-sends (e.g. it lost our ack): acked again, stored once.
    core.sendEvent({ outboxId: 8, cdr: { ...cdr, caller: "changed" } });
    const ack2 = await core.waitFor((e) => !!e.ack && e.ack.outboxIds?.[0] === 8, 10_000, false);
    assert.deepEqual(ack2.ack?.outboxIds, [8]);
    const again = (await blocker.query("SELECT caller FROM cdrs WHERE call_id = $1", [cdr.callId])).rows;
    assert.deepEqual(again, [{ caller: "13800138000" }]);
    assert.equal(link.stats.cdrsInserted, 1);
    assert.equal(link.stats.cdrsDuplicate, 1);

    // Commands are matched to results by reply_to.
    core.onCommand = (cmd) => ({ ok: cmd.agentSetState?.agentId === "x", code: "c1" });
    const r = await link.command({ agentSetState: { tenantId, agentId: "x", status: 1 } });
    assert.equal(r.ok, true);

    // Core goes away and comes back: the link reconnects and resends hello + snapshot.
    const before = core.received.filter((e) => e.config).length;
    core.dropClients();
    await core.waitFor((e) => !!e.hello && e.seq === 1, 10_000, false);
    await core.waitFor((e) => !!e.config, 10_000, false);
    assert.equal(core.received.filter((e) => e.config).length, before + 1);
    assert.ok(link.stats.connects >= 2);
  } finally {
    await link.close();
    await blocker.end();
    await core.close();
  }
});

test("link: command without core rejects quickly with core_unavailable", { timeout: 10_000 }, async () => {
  const link = new CoreLink({
    host: "127.0.0.1",
    port: 1,
    db,
    dataDir,
    log: pino({ level: "silent" }),
    buildSnapshot: () => buildConfigSnapshot(db),
  });
  link.start();
  try {
    await assert.rejects(link.command({ snapshot: { tenantId } }), (e: Error & { code?: string }) => e.code === "core_unavailable");
  } finally {
    await link.close();
  }
});
