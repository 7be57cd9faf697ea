// Retention against a real PostgreSQL: a tenant keeping 30 days loses the
// recording of a 40-day-old call (file, derivatives, download -> 404 with
// the reason, audit row) and keeps yesterday's; a tenant keeping forever
// keeps everything.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Fixture } from "../testing/fixture.ts";

const fx = new Fixture();
before(async () => {
  // The sweeper control starts runs every 300 ms in this test.
  process.env.RETENTION_SWEEP_MS = "300";
  await fx.start();
}, { timeout: 60_000 });
after(() => fx.stop(), { timeout: 30_000 });

test("recordings older than the tenant's retention are deleted, newer ones and other tenants' kept", { timeout: 30_000 }, async () => {
  const day = 86_400_000;
  const now = Date.now();
  mkdirSync(join(fx.dataDir, "rec"), { recursive: true });
  const files = { old: "rec/ret-old.wav", recent: "rec/ret-new.wav", other: "rec/ret-other.wav" };
  for (const f of Object.values(files)) writeFileSync(join(fx.dataDir, f), Buffer.alloc(100));
  writeFileSync(join(fx.dataDir, "rec/ret-old.peaks.json"), "{}");
  const send = (outboxId: number, callId: string, tenantId: string, startMs: number, recordingPath: string) =>
    fx.core.sendEvent({ outboxId, cdr: { callId, tenantId, caller: "1", callee: "4000", startMs, endMs: startMs + 60_000, answerMs: startMs + 1000, recordingPath } });
  send(101, "ret-old", fx.demoId, now - 40 * day, files.old);
  send(102, "ret-new", fx.demoId, now - day, files.recent);
  send(103, "ret-other", fx.otherId, now - 400 * day, files.other);
  await fx.core.waitFor((e) => e.ack?.outboxIds?.[0] === 103);
  const admin = fx.tokens.tenant_admin;
  const set = await fx.api("PATCH", "/api/v1/tenant", admin, { recordingRetentionDays: 30 });
  assert.equal(set.status, 200, set.text);
  assert.equal(set.json.recordingRetentionDays, 30);

  const gone = async () => {
    const r = await fx.api("GET", "/api/v1/recordings/ret-old", admin);
    return r.status === 404 && !existsSync(join(fx.dataDir, files.old));
  };
  for (let i = 0; i < 100 && !(await gone()); i++) await new Promise((r) => setTimeout(r, 100));
  const old = await fx.api("GET", "/api/v1/recordings/ret-old", admin);
  assert.equal(old.status, 404);
  assert.match(old.json.error.reason, /retention/);
  assert.equal(existsSync(join(fx.dataDir, files.old)), false, "file deleted");
  assert.equal(existsSync(join(fx.dataDir, "rec/ret-old.peaks.json")), false, "derivatives deleted");
  assert.equal((await fx.api("GET", "/api/v1/recordings/ret-new", admin)).status, 200, "yesterday's recording kept");
  assert.equal((await fx.api("GET", "/api/v1/recordings/ret-other", fx.tokens.other_admin)).status, 200, "a tenant without retention keeps everything");
  const cdr = await fx.api("GET", "/api/v1/cdrs/ret-old", admin);
  assert.equal(cdr.status, 200, "the CDR itself stays");
  const audit = await fx.api("GET", "/api/v1/audit?action=recording_retention_delete", admin);
  assert.ok(audit.json.items.some((a: { objectId?: string; object_id?: string }) => (a.objectId ?? a.object_id) === "ret-old"), JSON.stringify(audit.json.items[0]));
});
