import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sipHa1 } from "../auth/passwords.ts";
import { Fixture } from "../testing/fixture.ts";

const fx = new Fixture();
before(() => fx.start(), { timeout: 60_000 });
after(() => fx.stop(), { timeout: 60_000 });

const configs = () => fx.core.received.filter((e) => e.config).length;
async function nextConfig(before: number) {
  for (let i = 0; i < 500 && configs() <= before; i++) await new Promise((r) => setTimeout(r, 20));
  const all = fx.core.received.filter((e) => e.config);
  assert.ok(all.length > before, "a new snapshot reached core");
  return all[all.length - 1]?.config;
}

test("queues, agents and DIDs CRUD push a new snapshot to core and are audited", { timeout: 30_000 }, async () => {
  const admin = fx.tokens.tenant_admin;
  let n = configs();
  const q = await fx.api("POST", "/api/v1/queues", admin, { slug: "sales", name: "销售 sales", strategy: "round_robin", wrapupS: 10 });
  assert.equal(q.status, 201, q.text);
  let snap = await nextConfig(n);
  const demo = () => snap?.tenants?.find((t) => t.id === fx.demoId);
  assert.ok(demo()?.queues?.some((x) => x.id === q.json.id && x.strategy === "round_robin" && x.wrapupS === 10));

  n = configs();
  const a = await fx.api("POST", "/api/v1/agents", admin, { jobNumber: "2001", displayName: "王芳", queueIds: [q.json.id], consolePassword: "agent-2001-pw" });
  assert.equal(a.status, 201, a.text);
  assert.equal(a.json.extension, "2001");
  snap = await nextConfig(n);
  const ag = demo()?.agents?.find((x) => x.id === a.json.id);
  assert.ok(ag);
  assert.equal(ag.ha1Md5, sipHa1("2001", "demo.switchboard.local", a.json.sipPassword).md5);
  assert.deepEqual(ag.queueIds, [q.json.id]);
  // The console login made for the agent works.
  const tok = await fx.login("2001", "agent-2001-pw", "demo");
  assert.equal((await fx.api("GET", "/api/v1/me", tok)).json.user.agentId, a.json.id);

  // Duplicate job number: 409; unknown queue: 400 naming queueIds; another tenant's queue: also unknown.
  assert.equal((await fx.api("POST", "/api/v1/agents", admin, { jobNumber: "2001" })).status, 409);
  const badQ = await fx.api("POST", "/api/v1/agents", admin, { jobNumber: "2002", queueIds: ["00000000-0000-4000-8000-000000000000"] });
  assert.equal(badQ.json.error.field, "queueIds");

  n = configs();
  const p = await fx.api("PATCH", `/api/v1/agents/${a.json.id}`, admin, { sipPassword: "new-secret-pw", queueIds: [] });
  assert.equal(p.status, 200, p.text);
  snap = await nextConfig(n);
  const ag2 = demo()?.agents?.find((x) => x.id === a.json.id);
  assert.equal(ag2?.ha1Sha256, sipHa1("2001", "demo.switchboard.local", "new-secret-pw").sha256);
  assert.deepEqual(ag2?.queueIds, []);

  n = configs();
  // Numbers are handed out by the platform admin; a tenant admin may not claim one.
  assert.equal((await fx.api("POST", "/api/v1/dids", admin, { number: "4001", queueId: q.json.id })).status, 403);
  const plat = fx.tokens.platform_admin;
  const d = await fx.api("POST", "/api/v1/dids?tenant=demo", plat, { number: "4001", queueId: q.json.id });
  assert.equal(d.status, 201, d.text);
  snap = await nextConfig(n);
  assert.ok(demo()?.dids?.some((x) => x.number === "4001" && x.queueId === q.json.id));
  // Numbers are global: the other tenant cannot take 4001 (409) and does not see it.
  assert.equal((await fx.api("POST", "/api/v1/dids?tenant=other", plat, { number: "4001", queueId: null })).status, 409);
  // Queue ids are checked in the target tenant: demo's queue cannot be used for other's number.
  assert.equal((await fx.api("POST", "/api/v1/dids?tenant=other", plat, { number: "4002", queueId: q.json.id })).json.error.field, "queueId");
  assert.deepEqual((await fx.api("GET", "/api/v1/dids", fx.tokens.other_admin)).json.items, []);
  assert.equal((await fx.api("PATCH", "/api/v1/dids/4001", fx.tokens.other_admin, { queueId: null })).status, 404);
  assert.equal((await fx.api("DELETE", "/api/v1/dids/4001", fx.tokens.other_admin)).status, 403);
  assert.equal((await fx.api("DELETE", "/api/v1/dids/4001?tenant=other", fx.tokens.platform_admin)).status, 404);
  assert.equal((await fx.api("DELETE", `/api/v1/agents/${a.json.id}`, fx.tokens.other_admin)).status, 404);
  assert.equal((await fx.api("PATCH", `/api/v1/queues/${q.json.id}`, fx.tokens.other_admin, { name: "x" })).status, 404);

  const upd = await fx.api("PATCH", `/api/v1/queues/${q.json.id}`, admin, { ringTimeoutS: 30 });
  assert.equal(upd.json.ringTimeoutS, 30);
  assert.equal((await fx.api("DELETE", "/api/v1/dids/4001", admin)).status, 403);
  assert.equal((await fx.api("DELETE", "/api/v1/dids/4001?tenant=demo", plat)).status, 200);
  assert.equal((await fx.api("DELETE", `/api/v1/agents/${a.json.id}`, admin)).status, 200);
  assert.equal((await fx.api("DELETE", `/api/v1/queues/${q.json.id}`, admin)).status, 200);
  assert.equal((await fx.api("POST", "/api/v1/auth/login", undefined, { username: "2001", password: "agent-2001-pw", tenant: "demo" })).status, 401);

  const actions = (await fx.sql.query("SELECT action FROM audit_log WHERE tenant_id = $1 ORDER BY id", [fx.demoId])).rows.map((r) => r.action);
  for (const x of ["queue_create", "agent_create", "agent_update", "did_create", "queue_update", "did_delete", "agent_delete", "queue_delete"]) {
    assert.ok(actions.includes(x), `audited ${x}`);
  }
});

test("customers: create, search, filter, sort, paginate, isolation; screen pop with region and history", { timeout: 30_000 }, async () => {
  const sup = fx.tokens.supervisor;
  const mk = (body: object) => fx.api("POST", "/api/v1/customers", sup, body);
  const zhang = await mk({ name: "张伟", phones: ["138 0013 8000"], company: "Acme", vipLevel: 3, tags: ["vip"] });
  assert.equal(zhang.status, 201, zhang.text);
  assert.deepEqual(zhang.json.phones, ["+8613800138000"], "numbers are stored as E.164");
  await mk({ name: "Li Na", phones: ["+86 10 8888 6666"], vipLevel: 1 });
  await mk({ name: "Bob", phones: ["+1 415 555 2671"] });
  assert.equal((await mk({ name: "x", vipLevel: 12 })).json.error.field, "vipLevel");

  const all = await fx.api("GET", "/api/v1/customers?sort=name&limit=2", sup);
  assert.equal(all.json.total, 3);
  assert.deepEqual(
    all.json.items.map((c: { name: string }) => c.name),
    ["Bob", "Li Na"],
  );
  const page2 = await fx.api("GET", "/api/v1/customers?sort=name&limit=2&offset=2", sup);
  assert.deepEqual(
    page2.json.items.map((c: { name: string }) => c.name),
    ["张伟"],
  );
  assert.equal((await fx.api("GET", "/api/v1/customers?q=acme", sup)).json.total, 1);
  assert.equal((await fx.api("GET", "/api/v1/customers?q=13800138000", sup)).json.items[0].name, "张伟");
  assert.equal((await fx.api("GET", "/api/v1/customers?vipMin=2", sup)).json.total, 1);
  assert.equal((await fx.api("GET", "/api/v1/customers?tag=vip", sup)).json.total, 1);
  assert.equal((await fx.api("GET", "/api/v1/customers?sort=sideways", sup)).json.error.field, "sort");
  // Other tenant sees none of them.
  assert.equal((await fx.api("GET", "/api/v1/customers", fx.tokens.other_admin)).json.total, 0);
  assert.equal((await fx.api("GET", `/api/v1/customers/${zhang.json.id}`, fx.tokens.other_admin)).status, 404);
  assert.equal((await fx.api("PATCH", `/api/v1/customers/${zhang.json.id}`, fx.tokens.other_admin, { notes: "x" })).status, 404);
  assert.equal((await fx.api("DELETE", `/api/v1/customers/${zhang.json.id}`, fx.tokens.other_admin)).status, 404);

  // A past call from that number.
  await fx.sql.query("INSERT INTO cdrs (call_id, tenant_id, caller, callee, start_ms) VALUES ('sp-1', $1, '13800138000', '4000', 1000)", [fx.demoId]);
  const pop = await fx.api("GET", "/api/v1/screenpop?number=13800138000", fx.tokens.agent);
  assert.equal(pop.status, 200, pop.text);
  assert.equal(pop.json.customer.name, "张伟");
  assert.equal(pop.json.vipLevel, 3);
  // Mobile prefix 1380013 -> Beijing, China Mobile (libphonenumber's tables).
  assert.deepEqual(pop.json.region, { e164: "+8613800138000", country: "CN", type: "mobile", location: "北京市", carrier: "中国移动" });
  assert.deepEqual(
    pop.json.history.map((h: { callId: string }) => h.callId),
    ["sp-1"],
  );
  assert.equal(pop.json.newCustomer, null);
  const unknown = await fx.api("GET", "/api/v1/screenpop?number=02166667777", fx.tokens.agent);
  assert.equal(unknown.json.customer, null);
  assert.equal(unknown.json.region.location, "上海市");
  assert.equal((await fx.api("GET", "/api/v1/screenpop?number=075512345678", fx.tokens.agent)).json.region.location, "广东省深圳市");
  assert.deepEqual(unknown.json.newCustomer, { name: "", phones: ["+862166667777"] });
  // The other tenant's screen pop does not reveal demo's customer or calls.
  const leak = await fx.api("GET", "/api/v1/screenpop?number=13800138000", fx.tokens.other_admin);
  assert.equal(leak.json.customer, null);
  assert.deepEqual(leak.json.history, []);

  const upd = await fx.api("PATCH", `/api/v1/customers/${zhang.json.id}`, fx.tokens.agent, { notes: "called about invoice" });
  assert.equal(upd.json.notes, "called about invoice");
  assert.equal((await fx.api("DELETE", `/api/v1/customers/${zhang.json.id}`, fx.tokens.agent)).status, 403);
  assert.equal((await fx.api("DELETE", `/api/v1/customers/${zhang.json.id}`, sup)).status, 200);
});

test("click-to-dial and hangup go to core; audit log is readable by admins", { timeout: 30_000 }, async () => {
  const seen: unknown[] = [];
  fx.core.onCommand = (cmd) => {
    if (cmd.originate) {
      seen.push(cmd.originate);
      return { ok: true, callId: "orig-1" };
    }
    if (cmd.hangup) {
      seen.push(cmd.hangup);
      return { ok: true };
    }
    return { ok: true, snapshot: { calls: [{ tenantId: cmd.snapshot?.tenantId, callId: "orig-1", phase: 3 }] } };
  };
  const o = await fx.api("POST", "/api/v1/calls/originate", fx.tokens.agent, { agentId: fx.agent1001, destination: "13800138000" });
  assert.equal(o.status, 200, o.text);
  assert.equal(o.json.callId, "orig-1");
  const og = seen[0] as { tenantId: string; agentId: string; destination: string };
  assert.deepEqual([og.tenantId, og.agentId, og.destination], [fx.demoId, fx.agent1001, "13800138000"]);
  const a1002 = (await fx.sql.query("SELECT id FROM agents WHERE job_number='1002'")).rows[0].id;
  assert.equal((await fx.api("POST", "/api/v1/calls/originate", fx.tokens.agent, { agentId: a1002, destination: "123" })).status, 403);
  assert.equal((await fx.api("POST", "/api/v1/calls/originate", fx.tokens.agent, { agentId: fx.agent1001, destination: "rm -rf" })).json.error.field, "destination");
  assert.equal((await fx.api("POST", "/api/v1/calls/orig-1/hangup", fx.tokens.supervisor, {})).status, 200);
  assert.equal((await fx.api("POST", "/api/v1/calls/nope/hangup", fx.tokens.supervisor, {})).status, 404);
  assert.equal(seen.length, 2);
  const audit = await fx.api("GET", "/api/v1/audit?action=originate", fx.tokens.tenant_admin);
  assert.equal(audit.json.items.length, 1);
  assert.equal(audit.json.items[0].objectId, "orig-1");
  assert.equal((await fx.api("GET", "/api/v1/audit", fx.tokens.agent)).status, 403);
});

test("CDR filters (time range, queue, answered, direction) and CSV export", { timeout: 30_000 }, async () => {
  const queueId = (await fx.sql.query("SELECT id FROM queues WHERE slug = 'support'")).rows[0].id;
  for (let i = 0; i < 6; i++) {
    await fx.sql.query(
      "INSERT INTO cdrs (call_id, tenant_id, direction, caller, callee, start_ms, answer_ms, end_ms, queue_id) VALUES ($1,$2,$3,$4,'4000',$5,$6,$7,$8)",
      [`f-${i}`, fx.demoId, i % 2 ? "outbound" : "inbound", `1390000000${i}`, 10_000 + i * 1000, i < 3 ? 10_500 + i * 1000 : 0, 12_000 + i * 1000, i < 4 ? queueId : ""],
    );
  }
  const ids = async (q: string) => (await fx.api("GET", `/api/v1/cdrs?${q}`, fx.tokens.supervisor)).json.items.map((c: { callId: string }) => c.callId);
  assert.deepEqual(await ids("from=12000&to=14000"), ["f-3", "f-2"]);
  assert.deepEqual(await ids("queue=support&answered=false"), ["f-3"]);
  assert.deepEqual(await ids("direction=outbound&caller=13900000"), ["f-5", "f-3", "f-1"]);
  assert.equal((await fx.api("GET", "/api/v1/cdrs?direction=sideways", fx.tokens.supervisor)).json.error.field, "direction");
  const res = await fetch(`${fx.base}/api/v1/cdrs/export?queue=support`, { headers: { authorization: `Bearer ${fx.tokens.qa}` } });
  assert.equal(res.status, 200);
  const raw = Buffer.from(await res.arrayBuffer());
  assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 BOM for Excel");
  const lines = raw.subarray(3).toString("utf8").trim().split("\r\n");
  assert.ok(lines[0]?.startsWith("callId,direction,caller"), lines[0]);
  assert.deepEqual(
    lines.slice(1).map((l) => l.split(",")[0]),
    ["f-3", "f-2", "f-1", "f-0"],
  );
  assert.equal((await fx.api("GET", "/api/v1/cdrs/export", fx.tokens.agent)).status, 403);
  const other = await fetch(`${fx.base}/api/v1/cdrs/export`, { headers: { authorization: `Bearer ${fx.tokens.other_admin}` } });
  assert.ok(!(await other.text()).includes("f-0"));
});

test("skills: agents' skills and queues' required skills reach core", { timeout: 30_000 }, async () => {
  const admin = fx.tokens.tenant_admin;
  let n = configs();
  const q = await fx.api("POST", "/api/v1/queues", admin, { slug: "vip-en", name: "VIP English", requiredSkills: ["english", "vip"] });
  assert.equal(q.status, 201, q.text);
  assert.deepEqual(q.json.requiredSkills, ["english", "vip"]);
  await nextConfig(n);
  n = configs();
  const a = await fx.api("POST", "/api/v1/agents", admin, { jobNumber: "3001", skills: [{ name: "english", level: 8 }, { name: "vip", level: 5 }], queueIds: [q.json.id] });
  assert.equal(a.status, 201, a.text);
  const snap = await nextConfig(n);
  const t = snap?.tenants?.find((x) => x.id === fx.demoId);
  assert.deepEqual(t?.queues?.find((x) => x.id === q.json.id)?.requiredSkills, ["english", "vip"]);
  const ag = t?.agents?.find((x) => x.id === a.json.id);
  assert.deepEqual(ag?.skills?.map((k) => [k.name, k.level]), [["english", 8], ["vip", 5]]);
  assert.equal((await fx.api("PATCH", `/api/v1/agents/${a.json.id}`, admin, { skills: [{ name: "english", level: 11 }] })).json.error.field, "skills.0.level");
  await fx.api("PATCH", `/api/v1/agents/${a.json.id}`, admin, { skills: [{ name: "english", level: 9 }] });
  const got = (await fx.api("GET", `/api/v1/agents/${a.json.id}`, fx.tokens.supervisor)).json;
  assert.deepEqual(got.skills, [{ name: "english", level: 9 }]);
  await fx.api("DELETE", `/api/v1/agents/${a.json.id}`, admin);
  await fx.api("DELETE", `/api/v1/queues/${q.json.id}`, admin);
});
