// Nothing is lost when parts fail (issue #6 "Lossless"): PostgreSQL stops in
// the middle of a run of real calls and comes back; control is killed with
// SIGKILL mid-run and restarted by the supervisor. Every call's CDR arrives.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ensureEmbeddedPostgres } from "../control/src/index.ts";
import { Baresip } from "./lib/baresip.ts";
import { startTestPlatform, until } from "./lib/platform.ts";
import { freePort } from "./lib/ports.ts";
import { runSipp } from "./lib/sipp.ts";

test("PostgreSQL outage and a control crash in the middle of a run of calls lose no CDR", { timeout: 240_000 }, async (t) => {
  // A PostgreSQL of our own that we can stop and start.
  const pgDir = mkdtempSync(join(tmpdir(), "sb-pg-"));
  process.env.PG_PORT = String(await freePort());
  let pg = await ensureEmbeddedPostgres(pgDir);
  t.after(async () => {
    await pg.stop().catch(() => {});
    rmSync(pgDir, { recursive: true, force: true });
  });
  const p = await startTestPlatform({ databaseUrl: pg.url });
  t.after(() => p.stop());
  const admin = await p.login("admin", p.credentials!.console.admin!);
  const agents = (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean }>;
  const a1001 = agents.find((a) => a.extension === "1001")!;
  const phone = new Baresip({ user: "1001", password: p.credentials!.sip["1001"]!, registrar: `127.0.0.1:${p.sipPort}` });
  await phone.start();
  t.after(async () => {
    await phone.stop();
    phone.cleanup();
  });
  await until("registered", async () => ((await p.api("/api/v1/agents", { token: admin })).json.items as typeof agents).find((a) => a.id === a1001.id)?.registered, 15_000);
  assert.equal((await p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "ready" } })).status, 200);

  const CALLS = 8;
  // One call every 1.5 s, 1 s of talk each: about 12 s in all.
  const sipp = runSipp({
    scenario: "uac-call.xml",
    target: `127.0.0.1:${p.sipPort}`,
    service: "4000",
    calls: CALLS,
    rate: 2,
    extra: ["-rp", "3000"],
    pauseMs: 1000,
    keys: { caller: "13900009999", rtp_port: "40002" },
    timeoutS: 90,
  });
  await new Promise((r) => setTimeout(r, 2500));
  await pg.stop(); // the database goes away mid-run
  await new Promise((r) => setTimeout(r, 3000));
  p.kill("control", "SIGKILL"); // and control crashes while it is away
  await new Promise((r) => setTimeout(r, 3000));
  pg = await ensureEmbeddedPostgres(pgDir); // same port, same data
  const res = await sipp;
  assert.equal(res.code, 0, `every call completed: ${res.errors}${res.stderr}`);

  const token = await until("control back", async () => {
    const r = await p.api("/api/v1/auth/login", { body: { username: "admin", password: p.credentials!.console.admin! } });
    return r.status === 200 ? (r.json.token as string) : null;
  }, 30_000);
  const cdrs = await until(`${CALLS} CDRs`, async () => {
    const r = await p.api("/api/v1/cdrs?caller=13900009999&limit=100", { token });
    const items = (r.json?.items ?? []) as Array<{ callId: string; agentId: string }>;
    return items.length >= CALLS ? items : null;
  }, 60_000, 500);
  assert.equal(cdrs.length, CALLS, "exactly one CDR per call, none lost, none doubled");
  assert.equal(new Set(cdrs.map((c) => c.callId)).size, CALLS);
  assert.ok(cdrs.every((c) => c.agentId === a1001.id), "every call was answered by the agent");
  const m = await p.api("/api/v1/system/metrics", { token: await p.login("platform", p.credentials!.console.platform!) });
  assert.equal(m.json.counters.cdr_spool_pending, 0, "core's spool drained");
});

test("core killed with SIGKILL during a call: the call still gets a CDR and a playable recording", { timeout: 180_000 }, async (t) => {
  const p = await startTestPlatform();
  t.after(() => p.stop());
  const admin = await p.login("admin", p.credentials!.console.admin!);
  const agents = (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean; status: string }>;
  const a1001 = agents.find((a) => a.extension === "1001")!;
  const phone = new Baresip({ user: "1001", password: p.credentials!.sip["1001"]!, registrar: `127.0.0.1:${p.sipPort}` });
  await phone.start();
  t.after(async () => {
    await phone.stop();
    phone.cleanup();
  });
  const agentNow = async () => ((await p.api("/api/v1/agents", { token: admin })).json.items as typeof agents).find((a) => a.id === a1001.id)!;
  await until("registered", async () => (await agentNow()).registered, 15_000);
  assert.equal((await p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "ready" } })).status, 200);
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 15000, keys: { caller: "13900008888", rtp_port: "40004" }, timeoutS: 40 });
  await until("answered", async () => (await agentNow()).status === "on_call", 15_000);
  await new Promise((r) => setTimeout(r, 2000)); // two seconds of recorded conversation
  const restarted = p.waitReady("core", 30_000);
  p.kill("core", "SIGKILL");
  await restarted;
  const cdr = await until("CDR of the interrupted call", async () => {
    const r = await p.api("/api/v1/cdrs?caller=13900008888", { token: admin });
    return (r.json?.items as Array<Record<string, any>> | undefined)?.[0];
  }, 30_000, 500);
  assert.equal(cdr.hangupCause, "system_failure");
  assert.equal(cdr.agentId, a1001.id);
  assert.ok(cdr.answerMs > 0 && cdr.endMs >= cdr.answerMs);
  assert.ok(cdr.recording?.url, "the recording survived the crash");
  const rec = await p.api(cdr.recording.url, { token: admin });
  assert.equal(rec.status, 200);
  assert.ok(rec.buf.length > 44 + 8000 * 4, `recording holds audio (${rec.buf.length} bytes)`);
  const header = rec.buf.readUInt32LE(40);
  assert.equal(header, rec.buf.length - 44, "WAV data size repaired to the real length");
  (await sipp); // SIPp's BYE goes nowhere useful; only its exit matters for cleanup
});
