import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { pb } from "@switchboard/proto";
import { type J, Fixture } from "../testing/fixture.ts";

const fx = new Fixture();
before(() => fx.start(), { timeout: 60_000 });
after(() => fx.stop(), { timeout: 60_000 });

test("disposition codes: every tenant starts with the zh-CN defaults; managers edit them, agents read them", { timeout: 30_000 }, async () => {
  const list = await fx.api("GET", "/api/v1/disposition-codes?active=true", fx.tokens.agent);
  assert.equal(list.status, 200, list.text);
  assert.deepEqual(
    list.json.items.map((c: J) => `${c.code}=${c.label}`),
    ["resolved=已解决", "callback=需回访", "complaint=投诉", "inquiry=咨询", "invalid=无效来电"],
  );
  // A tenant created through the API gets them too (trigger), and its own edits stay its own.
  const t = await fx.api("POST", "/api/v1/tenants", fx.tokens.platform_admin, { slug: "third", name: "Third", sipDomains: ["third.local"] });
  assert.equal(t.status, 201, t.text);
  assert.equal((await fx.api("GET", "/api/v1/disposition-codes?tenant=third", fx.tokens.platform_admin)).json.total, 5);
  assert.equal((await fx.api("POST", "/api/v1/disposition-codes", fx.tokens.agent, { code: "x", label: "x" })).status, 403);
  const own = await fx.api("POST", "/api/v1/disposition-codes", fx.tokens.other_admin, { code: "other_only", label: "别家" });
  assert.equal(own.status, 201, own.text);
  assert.equal((await fx.api("GET", "/api/v1/disposition-codes", fx.tokens.supervisor)).json.total, 5, "not visible to demo");
  assert.equal((await fx.api("POST", "/api/v1/disposition-codes", fx.tokens.supervisor, { code: "resolved", label: "dup" })).status, 409);
  assert.equal((await fx.api("POST", "/api/v1/disposition-codes", fx.tokens.supervisor, { code: "Bad Code", label: "x" })).json.error.field, "code");
});

test("POST /calls/:id/disposition: agents their own calls (live or ended), supervisors any; CDRs carry it; tenants isolated", { timeout: 60_000 }, async () => {
  const agent = fx.tokens.agent;
  const sup = fx.tokens.supervisor;
  const other1002 = (await fx.sql.query("SELECT id FROM agents WHERE tenant_id = $1 AND job_number <> '1001' ORDER BY job_number LIMIT 1", [fx.demoId])).rows[0].id as string;
  // A live call of agent 1001, as core reports it.
  fx.core.onCommand = (cmd) =>
    cmd.snapshot
      ? { ok: true, snapshot: { calls: [{ tenantId: fx.demoId, callId: "disp-live", agentId: fx.agent1001, phase: pb.CallPhase.CALL_ANSWERED, caller: "13700001111" }] } }
      : { ok: true };
  try {
    const set = await fx.api("POST", "/api/v1/calls/disp-live/disposition", agent, { code: "callback", notes: "客户要求明天回电" });
    assert.equal(set.status, 200, set.text);
    assert.equal(set.json.label, "需回访");
    assert.equal(set.json.agentId, fx.agent1001);
    // Setting it again replaces it (one disposition per call).
    assert.equal((await fx.api("POST", "/api/v1/calls/disp-live/disposition", agent, { code: "resolved", notes: "已处理" })).status, 200);
    assert.equal((await fx.api("GET", "/api/v1/calls/disp-live/disposition", agent)).json.code, "resolved");
    // Bad input: unknown, inactive, another tenant's code; unknown field; too-long notes.
    assert.equal((await fx.api("POST", "/api/v1/calls/disp-live/disposition", agent, { code: "nope" })).json.error.field, "code");
    assert.equal((await fx.api("POST", "/api/v1/calls/disp-live/disposition", agent, { code: "other_only" })).json.error.field, "code");
    const inv = (await fx.api("GET", "/api/v1/disposition-codes", sup)).json.items.find((c: J) => c.code === "invalid");
    assert.equal((await fx.api("PATCH", `/api/v1/disposition-codes/${inv.id}`, sup, { active: false })).status, 200);
    assert.equal((await fx.api("POST", "/api/v1/calls/disp-live/disposition", agent, { code: "invalid" })).status, 400);
    assert.equal((await fx.api("POST", "/api/v1/calls/disp-live/disposition", agent, { code: "resolved", extra: 1 })).status, 400);
    assert.equal((await fx.api("POST", "/api/v1/calls/disp-live/disposition", agent, { code: "resolved", notes: "x".repeat(4001) })).json.error.field, "notes");
    // QA reads but never sets.
    assert.equal((await fx.api("POST", "/api/v1/calls/disp-live/disposition", fx.tokens.qa, { code: "resolved" })).status, 403);
    assert.equal((await fx.api("GET", "/api/v1/calls/disp-live/disposition", fx.tokens.qa)).status, 200);
    // Another tenant's admin: core's snapshot for their tenant has no such call, nor does their CDR table.
    assert.equal((await fx.api("POST", "/api/v1/calls/disp-live/disposition", fx.tokens.other_admin, { code: "resolved" })).status, 404);
    assert.equal((await fx.api("GET", "/api/v1/calls/disp-live/disposition", fx.tokens.other_admin)).status, 404);
  } finally {
    fx.core.onCommand = () => ({ ok: true, snapshot: {} });
  }

  // Ended calls: the CDR says whose call it was.
  await fx.sql.query(
    "INSERT INTO cdrs (call_id, tenant_id, caller, start_ms, answer_ms, end_ms, agent_id) VALUES ('disp-live', $1, '13700001111', 1000, 2000, 9000, $2), ('disp-1002', $1, '13700002222', 3000, 4000, 9000, $3)",
    [fx.demoId, fx.agent1001, other1002],
  );
  const mine = await fx.api("GET", "/api/v1/cdrs", agent);
  const d = mine.json.items.find((c: J) => c.callId === "disp-live").disposition;
  assert.deepEqual({ code: d.code, label: d.label, notes: d.notes, agentId: d.agentId }, { code: "resolved", label: "已解决", notes: "已处理", agentId: fx.agent1001 });
  assert.equal((await fx.api("GET", "/api/v1/cdrs/disp-live", sup)).json.disposition.code, "resolved");
  assert.equal((await fx.api("POST", "/api/v1/calls/disp-1002/disposition", agent, { code: "complaint" })).status, 403, "not the agent's call");
  assert.equal((await fx.api("GET", "/api/v1/calls/disp-1002/disposition", agent)).status, 404);
  const bySup = await fx.api("POST", "/api/v1/calls/disp-1002/disposition", sup, { code: "complaint", notes: "班长补录" });
  assert.equal(bySup.status, 200, bySup.text);
  assert.equal(bySup.json.agentId, other1002, "the call's agent, not the supervisor");
  const filtered = await fx.api("GET", "/api/v1/cdrs?disposition=complaint", sup);
  assert.deepEqual(filtered.json.items.map((c: J) => c.callId), ["disp-1002"]);
  assert.equal((await fx.api("GET", "/api/v1/cdrs?disposition=Bad!", sup)).status, 400);
  const csv = await fx.api("GET", "/api/v1/cdrs/export", sup);
  assert.match(csv.text, /disp-1002,.*,投诉,班长补录/);
  // The caller's history (screen pop, interactions) shows it.
  const pop = await fx.api("GET", "/api/v1/screenpop?number=13700001111", agent);
  assert.equal(pop.json.history[0].disposition.label, "已解决");
  // No such call anywhere (after the short wait for a CDR in flight): 404.
  const t0 = Date.now();
  assert.equal((await fx.api("POST", "/api/v1/calls/nope-call/disposition", agent, { code: "resolved" })).status, 404);
  assert.ok(Date.now() - t0 >= 2500, "waited for a CDR in flight");

  // Isolation: the other tenant sees none of it, in the API and in the table under RLS.
  assert.equal((await fx.api("GET", "/api/v1/cdrs?disposition=resolved", fx.tokens.other_admin)).json.items.length, 0);
  await fx.sql.query("BEGIN");
  try {
    await fx.sql.query("SET LOCAL ROLE switchboard_app");
    await fx.sql.query("SELECT set_config('app.tenant_id', $1, true)", [fx.otherId]);
    assert.equal((await fx.sql.query("SELECT count(*)::int AS n FROM call_dispositions")).rows[0].n, 0);
    await assert.rejects(
      fx.sql.query("INSERT INTO call_dispositions (tenant_id, call_id, code) VALUES ($1, 'x', 'resolved')", [fx.demoId]),
      /row-level security/,
    );
  } finally {
    await fx.sql.query("ROLLBACK");
  }
});

test("directory: every role sees its own tenant's colleagues (for internal messages), nobody else's", { timeout: 30_000 }, async () => {
  const mine = await fx.api("GET", "/api/v1/directory", fx.tokens.agent);
  assert.equal(mine.status, 200, mine.text);
  const sup = mine.json.items.find((u: J) => u.username === "sup");
  assert.ok(sup?.id, "the supervisor is listed");
  assert.equal(mine.json.items.find((u: J) => u.username === "1001").extension, "1001");
  const otherIds = (await fx.api("GET", "/api/v1/directory", fx.tokens.other_admin)).json.items.map((u: J) => u.id);
  assert.ok(!otherIds.includes(sup.id));
  assert.equal(otherIds.length, 1);
});
