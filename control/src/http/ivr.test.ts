// IVR administration end to end against real PostgreSQL: prompt change
// workflow with four eyes and audit, flow draft/validate/publish/rollback,
// DID -> flow, what core loads, roles and tenant isolation (RLS included).
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Db } from "../db/index.ts";
import { ivrSnapshotParts, loadAllPublishedIvr, loadPublishedIvr } from "../ivr/index.ts";
import { compileFlow, runFlow } from "../../../core/src/ivr/index.ts";
import { FakeHost } from "../../../core/src/ivr/testkit.ts";
import { Fixture } from "../testing/fixture.ts";

const fx = new Fixture();
let db: Db;
let queueId = "";
before(async () => {
  await fx.start();
  db = new Db(fx.tdb.url, 2);
  queueId = (await fx.sql.query("SELECT id FROM queues WHERE tenant_id = $1 ORDER BY slug LIMIT 1", [fx.demoId])).rows[0].id;
}, { timeout: 60_000 });
after(async () => {
  await db?.close();
  await fx.stop();
}, { timeout: 60_000 });

const T = { timeout: 30_000 };

function graph(prompt: string, queue: string) {
  return {
    start: "welcome",
    nodes: {
      welcome: { type: "play", params: { prompt }, exits: { next: "menu" } },
      menu: { type: "menu", params: { prompt: { text: "For sales press 1" }, choices: ["1"], timeoutMs: 3000 }, exits: { "1": "q", failed: "bye" } },
      q: { type: "enqueue", params: { queue } },
      bye: { type: "hangup", served: false },
    },
  };
}

async function configPushes(): Promise<number> {
  return fx.core.received.filter((e) => e.config).length;
}
async function waitPush(n: number): Promise<void> {
  for (let i = 0; i < 100 && (await configPushes()) <= n; i++) await new Promise((r) => setTimeout(r, 20));
  assert.ok((await configPushes()) > n, "a config push reached core");
}

test("prompt workflow: request -> approve (four eyes) -> publish, with who and when in the audit log", T, async () => {
  const sup = fx.tokens.supervisor;
  const admin = fx.tokens.tenant_admin;
  const created = await fx.api("POST", "/api/v1/ivr/prompts", sup, { name: "welcome", voice: "zh", text: "您好，欢迎致电", note: "new greeting" });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.json.published, false);
  assert.equal(created.json.change.status, "requested");
  const pid = created.json.id;
  // The requester cannot approve their own change.
  const supUser = (await fx.api("GET", "/api/v1/me", sup)).json.user.id;
  const adminUser = (await fx.api("GET", "/api/v1/me", admin)).json.user.id;
  // Supervisors cannot approve at all; the admin can.
  assert.equal((await fx.api("POST", `/api/v1/ivr/prompts/${pid}/approve`, sup, {})).status, 403);
  assert.equal((await fx.api("POST", `/api/v1/ivr/prompts/${pid}/publish`, admin, {})).status, 404, "nothing approved yet");
  const ap = await fx.api("POST", `/api/v1/ivr/prompts/${pid}/approve`, admin, { note: "ok" });
  assert.equal(ap.status, 200, ap.text);
  assert.equal(ap.json.status, "approved");
  assert.equal(ap.json.decidedBy, adminUser);
  const n = await configPushes();
  const pub = await fx.api("POST", `/api/v1/ivr/prompts/${pid}/publish`, admin, {});
  assert.equal(pub.status, 200, pub.text);
  assert.equal(pub.json.revision, 1);
  assert.equal(pub.json.text, "您好，欢迎致电");
  assert.equal(pub.json.voice, "zh");
  assert.equal(pub.json.change.publishedBy, adminUser);
  await waitPush(n);

  // An admin's own request needs another approver.
  const ch = await fx.api("POST", `/api/v1/ivr/prompts/${pid}/changes`, admin, { text: "欢迎致电 Switchboard" });
  assert.equal(ch.status, 201, ch.text);
  const self = await fx.api("POST", `/api/v1/ivr/prompts/${pid}/approve`, admin, { changeId: ch.json.id });
  assert.equal(self.status, 403);
  assert.match(self.json.error.reason, /four eyes/);
  // Rejected by someone else (the platform admin) it never goes live.
  const rej = await fx.api("POST", `/api/v1/ivr/prompts/${pid}/reject?tenant=demo`, fx.tokens.platform_admin, { changeId: ch.json.id, note: "typo" });
  assert.equal(rej.status, 200, rej.text);
  assert.equal((await fx.api("POST", `/api/v1/ivr/prompts/${pid}/publish`, admin, { changeId: ch.json.id })).status, 409);
  const detail = (await fx.api("GET", `/api/v1/ivr/prompts/${pid}`, sup)).json;
  assert.equal(detail.text, "您好，欢迎致电");
  assert.deepEqual(detail.changes.map((c: { status: string }) => c.status), ["rejected", "published"]);
  assert.equal(detail.changes[1].requestedBy, supUser);
  assert.ok(Date.parse(detail.changes[1].requestedAt) <= Date.parse(detail.changes[1].decidedAt));
  assert.ok(Date.parse(detail.changes[1].decidedAt) <= Date.parse(detail.changes[1].publishedAt));
  // Listening: the published text-to-prompt, and the rejected change's audio by id.
  for (const q of ["", `?change=${ch.json.id}`]) {
    const res = await fetch(`${fx.base}/api/v1/ivr/prompts/${pid}/audio${q}`, { headers: { authorization: `Bearer ${sup}` } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "audio/wav");
    const wav = Buffer.from(await res.arrayBuffer());
    assert.equal(wav.toString("latin1", 0, 4), "RIFF");
    assert.equal(wav.readUInt32LE(24), 8000);
    assert.ok(wav.length > 8000, `${wav.length} bytes of speech`);
  }
  assert.equal((await fx.api("GET", `/api/v1/ivr/prompts/${pid}/audio`, fx.tokens.agent)).status, 403);
  const pending = (await fx.api("GET", "/api/v1/ivr/prompt-changes?status=requested", sup)).json.items;
  assert.equal(pending.length, 0);

  const auditRows = (
    await fx.sql.query("SELECT action, user_id, at FROM audit_log WHERE tenant_id = $1 AND object_type = 'ivr_prompt' AND object_id = $2 ORDER BY id", [fx.demoId, pid])
  ).rows;
  assert.deepEqual(
    auditRows.map((a) => a.action),
    ["ivr_prompt_create", "ivr_prompt_change_request", "ivr_prompt_change_approve", "ivr_prompt_publish", "ivr_prompt_change_request", "ivr_prompt_change_reject"],
  );
  assert.equal(auditRows[1].user_id, supUser);
  assert.equal(auditRows[2].user_id, adminUser);
  assert.ok(auditRows.every((a) => a.at instanceof Date));
});

test("recordings: an 8 kHz mono WAV is stored under the data folder; other formats are refused", T, async () => {
  const admin = fx.tokens.tenant_admin;
  const wav = (rate: number, channels: number) => {
    const data = Buffer.alloc(1600);
    const h = Buffer.alloc(44);
    h.write("RIFF", 0, "latin1");
    h.writeUInt32LE(36 + data.length, 4);
    h.write("WAVEfmt ", 8, "latin1");
    h.writeUInt32LE(16, 16);
    h.writeUInt16LE(1, 20);
    h.writeUInt16LE(channels, 22);
    h.writeUInt32LE(rate, 24);
    h.writeUInt32LE(rate * 2 * channels, 28);
    h.writeUInt16LE(2 * channels, 32);
    h.writeUInt16LE(16, 34);
    h.write("data", 36, "latin1");
    h.writeUInt32LE(data.length, 40);
    return Buffer.concat([h, data]).toString("base64");
  };
  const bad = await fx.api("POST", "/api/v1/ivr/prompts", admin, { name: "hold-music", kind: "recording", audioBase64: wav(44100, 2) });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, "audioBase64");
  assert.equal((await fx.api("POST", "/api/v1/ivr/prompts", admin, { name: "hold-music", kind: "recording" })).status, 400);
  const ok = await fx.api("POST", "/api/v1/ivr/prompts", admin, { name: "hold-music", kind: "recording", audioBase64: wav(8000, 1) });
  assert.equal(ok.status, 201, ok.text);
  assert.match(ok.json.change.audioPath, /^prompts\/[0-9a-f-]+\/[0-9a-f-]+\.wav$/);
  assert.ok(existsSync(join(fx.dataDir, ok.json.change.audioPath)));
  const listen = await fetch(`${fx.base}/api/v1/ivr/prompts/${ok.json.id}/audio?change=${ok.json.change.id}`, { headers: { authorization: `Bearer ${admin}` } });
  assert.equal(listen.status, 200);
  assert.equal(Buffer.from(await listen.arrayBuffer()).toString("base64"), wav(8000, 1), "the approver hears exactly the upload");
  assert.equal((await fx.api("GET", `/api/v1/ivr/prompts/${ok.json.id}/audio`, admin)).status, 404, "not published yet");
});

test("flows: draft validated on save, publish, new draft, rollback; DID routed; core loads the published version", T, async () => {
  const admin = fx.tokens.tenant_admin;
  // A prompt that was never published does not count as existing.
  await fx.api("POST", "/api/v1/ivr/prompts", fx.tokens.supervisor, { name: "unpublished", text: "x" });
  const c = await fx.api("POST", "/api/v1/ivr/flows", admin, { name: "Main line", graph: graph("unpublished", queueId) });
  assert.equal(c.status, 201, c.text);
  const fid = c.json.id;
  assert.equal(c.json.draft.version, 1);
  assert.equal(c.json.draft.valid, false);
  assert.deepEqual(c.json.draft.problems.map((p: { code: string }) => p.code), ["unknown_prompt"]);
  const refused = await fx.api("POST", `/api/v1/ivr/flows/${fid}/publish`, admin, {});
  assert.equal(refused.status, 400);
  assert.match(refused.json.error.reason, /unpublished/);

  // Structural problems come back on save.
  const broken = await fx.api("PUT", `/api/v1/ivr/flows/${fid}/draft`, admin, {
    graph: { start: "a", nodes: { a: { type: "menu", params: { prompt: "welcome", choices: ["1"] }, exits: { "1": "a" } }, z: { type: "hangup" } } },
  });
  assert.equal(broken.status, 200, broken.text);
  assert.equal(broken.json.version, 1, "the draft is edited in place");
  assert.deepEqual(broken.json.problems.map((p: { code: string }) => p.code).sort(), ["loop_without_exit", "missing_exit", "unreachable"]);

  const v1 = await fx.api("PUT", `/api/v1/ivr/flows/${fid}/draft`, admin, { graph: graph("welcome", queueId), note: "first" });
  assert.deepEqual(v1.json, { version: 1, valid: true, problems: [] });
  let n = await configPushes();
  const p1 = await fx.api("POST", `/api/v1/ivr/flows/${fid}/publish`, admin, {});
  assert.equal(p1.status, 200, p1.text);
  assert.equal(p1.json.publishedVersion, 1);
  await waitPush(n);
  assert.equal((await fx.api("POST", `/api/v1/ivr/flows/${fid}/publish`, admin, {})).status, 409, "no draft left");

  // Version 2 sends callers to a different queue.
  const q2 = (await fx.api("POST", "/api/v1/queues", admin, { slug: "vip", name: "VIP" })).json.id;
  const d2 = await fx.api("PUT", `/api/v1/ivr/flows/${fid}/draft`, admin, { graph: graph("welcome", q2) });
  assert.equal(d2.json.version, 2);
  const before2 = await loadPublishedIvr(db, fx.demoId);
  assert.equal(before2.flows[0]?.version, 1, "a draft does not change what core runs");
  assert.equal((await fx.api("POST", `/api/v1/ivr/flows/${fid}/publish`, admin, { note: "vip queue" })).json.publishedVersion, 2);
  const after2 = await loadPublishedIvr(db, fx.demoId);
  assert.equal(after2.flows[0]?.version, 2);
  assert.equal(after2.flows[0]?.id, fid);
  assert.equal(after2.flows[0]?.nodes.q?.params?.queue, q2);

  // Route the DID; core sees the mapping.
  assert.equal((await fx.api("PATCH", "/api/v1/ivr/dids/4000", admin, { flowId: "00000000-0000-4000-8000-000000000000" })).status, 400);
  n = await configPushes();
  const route = await fx.api("PATCH", "/api/v1/ivr/dids/4000", admin, { flowId: fid });
  assert.equal(route.status, 200, route.text);
  assert.equal(route.json.flowId, fid);
  await waitPush(n);
  assert.deepEqual((await loadPublishedIvr(db, fx.demoId)).dids, [{ number: "4000", flowId: fid }]);
  // The snapshot part core receives: JSON definitions that core compiles as they are.
  const part = (await ivrSnapshotParts(db)).get(fx.demoId);
  assert.equal(part?.didFlows.get("4000"), fid);
  assert.equal(part?.flows[0]?.version, 2);
  const compiled = compileFlow(JSON.parse(part?.flows[0]?.definition ?? "{}"));
  assert.equal(compiled.version, 2);
  assert.equal(compiled.id, fid);
  assert.deepEqual(part?.prompts.find((p) => p.name === "welcome"), { name: "welcome", kind: "tts", voice: "zh", text: "您好，欢迎致电", file: "" });
  assert.equal((await fx.api("DELETE", `/api/v1/ivr/flows/${fid}`, admin)).status, 409, "a routed flow cannot be deleted");

  // Roll back: default is the version before the current one.
  const rb = await fx.api("POST", `/api/v1/ivr/flows/${fid}/rollback`, admin, {});
  assert.equal(rb.status, 200, rb.text);
  assert.deepEqual([rb.json.previousVersion, rb.json.publishedVersion], [2, 1]);
  assert.equal((await loadPublishedIvr(db, fx.demoId)).flows[0]?.version, 1);
  assert.equal((await fx.api("POST", `/api/v1/ivr/flows/${fid}/rollback`, admin, { version: 1 })).status, 409, "already live");
  assert.equal((await fx.api("POST", `/api/v1/ivr/flows/${fid}/rollback`, admin, { version: 2 })).json.publishedVersion, 2, "forward again");
  assert.equal((await fx.api("POST", `/api/v1/ivr/flows/${fid}/rollback`, admin, { version: 9 })).status, 404);
  await fx.api("PUT", `/api/v1/ivr/flows/${fid}/draft`, admin, { graph: graph("welcome", queueId) });
  assert.equal((await fx.api("POST", `/api/v1/ivr/flows/${fid}/rollback`, admin, { version: 3 })).status, 409, "a draft is published, not rolled back to");

  const hist = (await fx.api("GET", `/api/v1/ivr/flows/${fid}/versions`, fx.tokens.supervisor)).json.items;
  assert.deepEqual(
    hist.map((h: { version: number; state: string; live: boolean }) => [h.version, h.state, h.live]),
    [
      [3, "draft", false],
      [2, "published", true],
      [1, "published", false],
    ],
  );
  const one = (await fx.api("GET", `/api/v1/ivr/flows/${fid}/versions?version=1`, fx.tokens.supervisor)).json;
  assert.equal(one.graph.nodes.q.params.queue, queueId);
  assert.equal(one.graph.version, 1);
  const full = (await fx.api("GET", `/api/v1/ivr/flows/${fid}`, admin)).json;
  assert.equal(full.publishedVersion, 2);
  assert.equal(full.draftVersion, 3);
  assert.deepEqual(full.dids, ["4000"]);
  assert.equal(full.published.graph.nodes.q.params.queue, q2);

  const actions = (await fx.sql.query("SELECT action FROM audit_log WHERE tenant_id = $1 AND object_id = $2 ORDER BY id", [fx.demoId, fid])).rows.map((r) => r.action);
  assert.deepEqual(actions.filter((a) => a === "ivr_flow_publish" || a === "ivr_flow_rollback"), ["ivr_flow_publish", "ivr_flow_publish", "ivr_flow_rollback", "ivr_flow_rollback"]);

  // Platform-wide loader (config snapshot) has the same data.
  const all = await loadAllPublishedIvr(db);
  assert.equal(all.find((x) => x.tenantId === fx.demoId)?.flows[0]?.version, 2);
  assert.ok(all.find((x) => x.tenantId === fx.demoId)?.prompts.some((p) => p.name === "welcome" && p.revision === 1));
  assert.ok(!all.find((x) => x.tenantId === fx.demoId)?.prompts.some((p) => p.name === "unpublished"));

  // Dry runs: the draft (v3, back to the first queue) by default, any version on request; nothing is changed.
  const simDraft = await fx.api("POST", `/api/v1/ivr/flows/${fid}/simulate`, fx.tokens.supervisor, { inputs: ["1"], vars: { caller: "13800000000" } });
  assert.equal(simDraft.status, 200, simDraft.text);
  assert.equal(simDraft.json.version, 3);
  assert.equal(simDraft.json.outcome.queueId, queueId);
  assert.deepEqual(simDraft.json.events.filter((e: { type: string }) => e.type === "play").map((e: { prompts: string[] }) => e.prompts[0]), ["welcome", "text(en): For sales press 1"]);
  const simV2 = await fx.api("POST", `/api/v1/ivr/flows/${fid}/simulate`, fx.tokens.supervisor, { version: 2, inputs: ["5", "", "1"] });
  assert.equal(simV2.json.version, 2);
  assert.equal(simV2.json.outcome.queueId, q2, "invalid, silence, then 1 on the last of 3 attempts: version 2's queue");
  const simFail = await fx.api("POST", `/api/v1/ivr/flows/${fid}/simulate`, fx.tokens.supervisor, { version: 2, inputs: ["5", "", ""] });
  assert.deepEqual(simFail.json.outcome.path, ["welcome", "menu", "bye"], "the retries are used up");
  assert.equal((await fx.api("POST", `/api/v1/ivr/flows/${fid}/simulate`, fx.tokens.supervisor, { version: 99 })).status, 404);
  assert.equal((await fx.api("POST", `/api/v1/ivr/flows/${fid}/simulate`, fx.tokens.agent, {})).status, 403);

  // Unroute, then delete.
  assert.equal((await fx.api("PATCH", "/api/v1/ivr/dids/4000", admin, { flowId: null })).json.flowId, null);
});

test("tenant business hours and holidays are flow calendars: validated by name, merged into what core runs, changes apply without republishing", T, async () => {
  const admin = fx.tokens.tenant_admin;
  const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "18:00" }));
  const bh = await fx.api("POST", "/api/v1/business-hours", admin, { name: "office", timezone: "Asia/Shanghai", weekly: weekdays });
  assert.equal(bh.status, 201, bh.text);
  const g = {
    start: "c",
    nodes: {
      c: { type: "condition", params: { cases: [{ exit: "open", when: { open: "office" } }] }, exits: { open: "q", else: "bye" } },
      q: { type: "enqueue", params: { queue: queueId } },
      bye: { type: "hangup", params: { cause: "closed" } },
    },
  };
  const f = await fx.api("POST", "/api/v1/ivr/flows", admin, { name: "Hours", graph: { ...g, nodes: { ...g.nodes, c: { ...g.nodes.c, params: { cases: [{ exit: "open", when: { open: "nope" } }] } } } } });
  assert.deepEqual(f.json.draft.problems.map((p: { code: string }) => p.code), ["unknown_calendar"]);
  assert.equal((await fx.api("PUT", `/api/v1/ivr/flows/${f.json.id}/draft`, admin, { graph: g })).json.valid, true);
  assert.equal((await fx.api("POST", `/api/v1/ivr/flows/${f.json.id}/publish`, admin, {})).status, 200);
  const route = async (iso: string): Promise<string> => {
    const def = (await loadPublishedIvr(db, fx.demoId)).flows.find((x) => x.id === f.json.id);
    assert.ok(def);
    const h = new FakeHost();
    h.clock = Date.parse(iso);
    return (await runFlow(compileFlow(def), h)).end;
  };
  // The dry run sees the same calendars.
  const sim = await fx.api("POST", `/api/v1/ivr/flows/${f.json.id}/simulate`, fx.tokens.supervisor, { at: "2026-10-03T02:00:00Z" });
  assert.equal(sim.status, 200, sim.text);
  assert.equal(sim.json.outcome.end, "hangup");
  assert.deepEqual(sim.json.outcome.path, ["c", "bye"]);
  // Thursday 2026-10-01 10:00 in Shanghai: open; Saturday: closed.
  assert.equal(await route("2026-10-01T10:00:00+08:00"), "enqueued");
  assert.equal(await route("2026-10-03T10:00:00+08:00"), "hangup");
  // National Day and a make-up Sunday, added after publishing.
  assert.equal((await fx.api("POST", "/api/v1/holidays", admin, { date: "2026-10-01", name: "国庆节", businessHoursId: bh.json.id })).status, 201);
  assert.equal((await fx.api("POST", "/api/v1/holidays", admin, { date: "2026-09-27", name: "调休", open: true })).status, 201);
  assert.equal(await route("2026-10-01T10:00:00+08:00"), "hangup");
  assert.equal(await route("2026-09-27T10:00:00+08:00"), "enqueued");
  assert.equal(await route("2026-09-27T19:00:00+08:00"), "hangup");
});

test("roles and isolation: agents and QA see nothing; another tenant gets 404 and RLS hides the rows", T, async () => {
  const admin = fx.tokens.tenant_admin;
  const f = (await fx.api("POST", "/api/v1/ivr/flows", admin, { name: "Secret flow" })).json;
  const p = (await fx.api("POST", "/api/v1/ivr/prompts", admin, { name: "secret-prompt", text: "secret words" })).json;
  const steps = await fx.api("GET", "/api/v1/ivr/steps", fx.tokens.supervisor);
  assert.equal(steps.status, 200);
  assert.ok(steps.json.items.some((s: { type: string; exits: string[] }) => s.type === "collect" && s.exits.includes("failed")));
  for (const role of ["agent", "qa"]) {
    assert.equal((await fx.api("GET", "/api/v1/ivr/flows", fx.tokens[role])).status, 403, role);
    assert.equal((await fx.api("GET", "/api/v1/ivr/prompts", fx.tokens[role])).status, 403, role);
  }
  assert.equal((await fx.api("POST", `/api/v1/ivr/flows/${f.id}/publish`, fx.tokens.supervisor, {})).status, 403);
  const other = fx.tokens.other_admin;
  for (const [m, path, body] of [
    ["GET", `/api/v1/ivr/flows/${f.id}`, undefined],
    ["PATCH", `/api/v1/ivr/flows/${f.id}`, { name: "pwned" }],
    ["PUT", `/api/v1/ivr/flows/${f.id}/draft`, { graph: { start: "a", nodes: { a: { type: "hangup" } } } }],
    ["POST", `/api/v1/ivr/flows/${f.id}/publish`, {}],
    ["POST", `/api/v1/ivr/flows/${f.id}/rollback`, {}],
    ["DELETE", `/api/v1/ivr/flows/${f.id}`, undefined],
    ["GET", `/api/v1/ivr/prompts/${p.id}`, undefined],
    ["POST", `/api/v1/ivr/prompts/${p.id}/changes`, { text: "x" }],
    ["POST", `/api/v1/ivr/prompts/${p.id}/approve`, {}],
    ["POST", `/api/v1/ivr/flows/${f.id}/simulate`, {}],
    ["GET", `/api/v1/ivr/prompts/${p.id}/audio?change=${p.change.id}`, undefined],
    ["PATCH", "/api/v1/ivr/dids/4000", { flowId: null }],
  ] as const) {
    const r = await fx.api(m, path, other, body);
    assert.equal(r.status, 404, `${m} ${path} -> ${r.status} ${r.text}`);
  }
  for (const path of ["/api/v1/ivr/flows", "/api/v1/ivr/prompts", "/api/v1/ivr/prompt-changes", "/api/v1/ivr/dids"]) {
    const r = await fx.api("GET", path, other);
    assert.equal(r.status, 200);
    for (const s of ["Secret flow", "secret-prompt", "secret words", "4000", f.id]) assert.ok(!r.text.includes(s), `${path} leaks ${s}`);
  }
  // RLS: even without a WHERE, the other tenant's scope sees no rows.
  const seen = await db.tx({ tenantId: fx.otherId }, async (c) => ({
    flows: (await c.query("SELECT count(*)::int AS n FROM ivr_flows")).rows[0].n,
    versions: (await c.query("SELECT count(*)::int AS n FROM ivr_flow_versions")).rows[0].n,
    prompts: (await c.query("SELECT count(*)::int AS n FROM ivr_prompts")).rows[0].n,
    changes: (await c.query("SELECT count(*)::int AS n FROM ivr_prompt_changes")).rows[0].n,
  }));
  assert.deepEqual(seen, { flows: 0, versions: 0, prompts: 0, changes: 0 });
  await assert.rejects(
    db.tx({ tenantId: fx.otherId }, (c) => c.query("INSERT INTO ivr_flows (tenant_id, name) VALUES ($1, 'x')", [fx.demoId])),
    /row-level security/,
  );
  assert.equal((await fx.api("GET", `/api/v1/ivr/flows/${f.id}`, admin)).json.name, "Secret flow");
  assert.deepEqual((await loadPublishedIvr(db, fx.otherId)).flows, []);
});
