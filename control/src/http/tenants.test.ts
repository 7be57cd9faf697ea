import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Fixture } from "../testing/fixture.ts";

const fx = new Fixture();
before(() => fx.start(), { timeout: 60_000 });
after(() => fx.stop(), { timeout: 60_000 });

test("platform admin creates a tenant with its admin; it reaches core; domains stay unique; realm is kept", { timeout: 30_000 }, async () => {
  const plat = fx.tokens.platform_admin;
  const n = fx.core.received.filter((e) => e.config).length;
  const t = await fx.api("POST", "/api/v1/tenants", plat, {
    slug: "acme",
    name: "Acme 公司",
    sipDomains: ["Acme.Example"],
    recordingPolicy: "on_demand",
    maxConcurrentCalls: 30,
    admin: { username: "boss", password: "boss-password" },
  });
  assert.equal(t.status, 201, t.text);
  assert.deepEqual(t.json.sipDomains, ["acme.example"]);
  for (let i = 0; i < 500 && fx.core.received.filter((e) => e.config).length <= n; i++) await new Promise((r) => setTimeout(r, 20));
  const snaps = fx.core.received.filter((e) => e.config);
  const tc = snaps[snaps.length - 1]?.config?.tenants?.find((x) => x.id === t.json.id);
  assert.equal(tc?.maxConcurrentCalls, 30);
  assert.equal(tc?.recording, 2, "RECORDING_ON_DEMAND");
  const boss = await fx.login("boss", "boss-password", "acme");
  assert.equal((await fx.api("GET", "/api/v1/tenant", boss)).json.slug, "acme");
  // Only platform admins manage tenants.
  assert.equal((await fx.api("GET", "/api/v1/tenants", boss)).status, 403);
  // A domain already owned by demo: 409. Same slug: 409.
  assert.equal((await fx.api("POST", "/api/v1/tenants", plat, { slug: "acme2", name: "x", sipDomains: ["demo.switchboard.local"] })).status, 409);
  assert.equal((await fx.api("POST", "/api/v1/tenants", plat, { slug: "acme", name: "x", sipDomains: ["a2.example"] })).status, 409);
  // Demo has agents: its realm (first domain) cannot change; other domains can.
  assert.equal((await fx.api("PATCH", `/api/v1/tenants/${fx.demoId}`, plat, { sipDomains: ["new.realm"] })).status, 409);
  const ok = await fx.api("PATCH", `/api/v1/tenants/${fx.demoId}`, plat, { sipDomains: ["demo.switchboard.local", "127.0.0.1", "10.0.0.1"] });
  assert.equal(ok.status, 200, ok.text);
  // Tenant admin edits only name/recording policy of its own tenant.
  assert.equal((await fx.api("PATCH", "/api/v1/tenant", boss, { maxCps: 5 })).json.error.field, "maxCps");
  assert.equal((await fx.api("PATCH", "/api/v1/tenant", boss, { recordingPolicy: "never" })).json.recordingPolicy, "never");
  assert.equal((await fx.api("DELETE", `/api/v1/tenants/${t.json.id}`, plat)).status, 200);
  assert.equal((await fx.api("GET", "/api/v1/me", boss)).status, 401, "sessions of a deleted tenant end");
});

test("users: create, role change ends sessions, unlock, cannot delete self; scoped to the tenant", { timeout: 30_000 }, async () => {
  const admin = fx.tokens.tenant_admin;
  const u = await fx.api("POST", "/api/v1/users", admin, { username: "qa2", password: "qa2-password", role: "qa" });
  assert.equal(u.status, 201, u.text);
  assert.equal((await fx.api("POST", "/api/v1/users", admin, { username: "qa2", password: "qa2-password", role: "qa" })).status, 409);
  assert.equal((await fx.api("POST", "/api/v1/users", admin, { username: "ag", password: "ag-password", role: "agent" })).json.error.field, "agentId");
  const tok = await fx.login("qa2", "qa2-password", "demo");
  assert.equal((await fx.api("GET", "/api/v1/me", tok)).json.user.role, "qa");
  assert.equal((await fx.api("PATCH", `/api/v1/users/${u.json.id}`, admin, { role: "supervisor" })).json.role, "supervisor");
  assert.equal((await fx.api("GET", "/api/v1/me", tok)).status, 401, "role change ends sessions");
  // Lock by failures, then unlock.
  for (let i = 0; i < 5; i++) await fx.api("POST", "/api/v1/auth/login", undefined, { username: "qa2", password: "wrong", tenant: "demo" });
  assert.equal((await fx.api("POST", "/api/v1/auth/login", undefined, { username: "qa2", password: "qa2-password", tenant: "demo" })).status, 423);
  const list = await fx.api("GET", "/api/v1/users", admin);
  assert.equal(list.json.items.find((x: { id: string }) => x.id === u.json.id).locked, true);
  assert.ok(!list.text.includes("password_hash") && !list.text.includes("$argon2"), "no hashes in the list");
  await fx.api("PATCH", `/api/v1/users/${u.json.id}`, admin, { unlock: true });
  assert.equal((await fx.api("POST", "/api/v1/auth/login", undefined, { username: "qa2", password: "qa2-password", tenant: "demo" })).status, 200);
  const me = (await fx.api("GET", "/api/v1/me", admin)).json.user.id;
  assert.equal((await fx.api("DELETE", `/api/v1/users/${me}`, admin)).status, 403);
  assert.equal((await fx.api("PATCH", `/api/v1/users/${u.json.id}`, fx.tokens.other_admin, { unlock: true })).status, 404);
  assert.ok(!(await fx.api("GET", "/api/v1/users", fx.tokens.other_admin)).text.includes("qa2"));
  assert.equal((await fx.api("DELETE", `/api/v1/users/${u.json.id}`, admin)).status, 200);
});

test("custom roles narrow a base role to chosen operations, never widen it", { timeout: 30_000 }, async () => {
  const admin = fx.tokens.tenant_admin;
  const perms = (await fx.api("GET", "/api/v1/permissions?baseRole=agent", admin)).json.items.map((p: { id: string }) => p.id);
  assert.ok(perms.includes("get /api/v1/cdrs"));
  assert.ok(!perms.includes("post /api/v1/queues"), "agents cannot be given queue writes");
  const widen = await fx.api("POST", "/api/v1/roles", admin, { name: "bad", baseRole: "agent", permissions: ["get /api/v1/cdrs", "post /api/v1/queues"] });
  assert.equal(widen.json.error.field, "permissions.1");
  const role = await fx.api("POST", "/api/v1/roles", admin, { name: "见习坐席 trainee", baseRole: "agent", permissions: ["get /api/v1/cdrs", "get /api/v1/agents"] });
  assert.equal(role.status, 201, role.text);
  const a1002 = (await fx.sql.query("SELECT id FROM agents WHERE job_number='1002'")).rows[0].id;
  assert.equal(
    (await fx.api("POST", "/api/v1/users", admin, { username: "trainee", password: "trainee-pass", role: "supervisor", customRoleId: role.json.id })).json.error.field,
    "customRoleId",
  );
  const u = await fx.api("POST", "/api/v1/users", admin, { username: "trainee", password: "trainee-pass", role: "agent", agentId: a1002, customRoleId: role.json.id });
  assert.equal(u.status, 201, u.text);
  assert.equal(u.json.customRoleId, role.json.id);
  const tok = await fx.login("trainee", "trainee-pass", "demo");
  assert.equal((await fx.api("GET", "/api/v1/cdrs", tok)).status, 200);
  assert.equal((await fx.api("GET", "/api/v1/me", tok)).status, 200, "'any' routes stay open");
  const denied = await fx.api("GET", "/api/v1/customers", tok);
  assert.equal(denied.status, 403);
  assert.match(denied.json.error.reason, /get \/api\/v1\/customers/);
  // Granting takes effect on the next request.
  await fx.api("PATCH", `/api/v1/roles/${role.json.id}`, admin, { permissions: ["get /api/v1/cdrs", "get /api/v1/customers"] });
  assert.equal((await fx.api("GET", "/api/v1/customers", tok)).status, 200);
  assert.equal((await fx.api("GET", "/api/v1/agents", tok)).status, 403);
  assert.equal((await fx.api("DELETE", `/api/v1/roles/${role.json.id}`, admin)).status, 409, "in use");
  assert.equal((await fx.api("GET", "/api/v1/roles", fx.tokens.other_admin)).json.items.length, 0);
  assert.equal((await fx.api("PATCH", `/api/v1/roles/${role.json.id}`, fx.tokens.other_admin, { name: "x" })).status, 404);
  await fx.api("PATCH", `/api/v1/users/${u.json.id}`, admin, { customRoleId: null });
  assert.equal((await fx.api("DELETE", `/api/v1/roles/${role.json.id}`, admin)).status, 200);
});

test("changing my password keeps this session and ends the others", { timeout: 30_000 }, async () => {
  const admin = fx.tokens.tenant_admin;
  assert.equal((await fx.api("POST", "/api/v1/users", admin, { username: "pwuser", password: "first-password", role: "qa" })).status, 201);
  const a = await fx.login("pwuser", "first-password", "demo");
  const b = await fx.login("pwuser", "first-password", "demo");
  const wrong = await fx.api("POST", "/api/v1/auth/password", a, { currentPassword: "nope", newPassword: "second-password" });
  assert.equal(wrong.json.error.field, "currentPassword");
  assert.equal((await fx.api("POST", "/api/v1/auth/password", a, { currentPassword: "first-password", newPassword: "short" })).json.error.field, "newPassword");
  assert.equal((await fx.api("POST", "/api/v1/auth/password", a, { currentPassword: "first-password", newPassword: "second-password" })).status, 200);
  assert.equal((await fx.api("GET", "/api/v1/me", a)).status, 200);
  assert.equal((await fx.api("GET", "/api/v1/me", b)).status, 401);
  assert.equal((await fx.api("POST", "/api/v1/auth/login", undefined, { username: "pwuser", password: "first-password", tenant: "demo" })).status, 401);
  await fx.login("pwuser", "second-password", "demo");
});
