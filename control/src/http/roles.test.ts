// Role matrix for every REST route, the tenant-isolation suite, API keys and
// the OpenAPI document (all generated from control.routes, so a new route is
// covered without editing this file).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Role } from "../index.ts";
import { Value } from "@sinclair/typebox/value";
import { Fixture } from "../testing/fixture.ts";

const fx = new Fixture();
before(() => fx.start(), { timeout: 60_000 });
after(() => fx.stop(), { timeout: 60_000 });

const NOBODY = "00000000-0000-4000-8000-000000000000";
const ROLES: Role[] = ["platform_admin", "tenant_admin", "supervisor", "qa", "agent"];
const HTTP: Record<string, string> = { get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE" };
/** Routes that would end the session used by the matrix. */
const SKIP = new Set(["post /api/v1/auth/logout"]);

test("every non-public route: 401 without a token", { timeout: 30_000 }, async () => {
  for (const r of fx.control.routes) {
    if (r.auth === "public") continue;
    const path = r.pattern.replace(/:\w+/g, NOBODY);
    const res = await fx.api(HTTP[r.method] as string, path, undefined, r.body ? {} : undefined);
    assert.equal(res.status, 401, `${r.method} ${r.pattern}`);
    assert.equal(res.json.error.code, "unauthorized");
  }
});

test("role matrix: allowed roles pass the role check, others get 403", { timeout: 60_000 }, async () => {
  let checked = 0;
  for (const r of fx.control.routes) {
    if (r.auth === "public" || SKIP.has(`${r.method} ${r.pattern}`)) continue;
    for (const role of ROLES) {
      // Nonexistent ids and empty bodies: allowed roles end in 400/404, never in a write.
      let path = r.pattern.replace(/:\w+/g, NOBODY);
      if (role === "platform_admin") path += "?tenant=demo";
      const res = await fx.api(HTTP[r.method] as string, path, fx.tokens[role], r.body ? {} : undefined);
      const allowed = r.auth === "any" || r.auth.includes(role);
      const label = `${role} ${r.method} ${r.pattern} -> ${res.status} ${res.text.slice(0, 120)}`;
      if (allowed) {
        assert.ok(res.status !== 403 && res.status !== 401 && res.status < 500, label);
      } else {
        assert.equal(res.status, 403, label);
        assert.equal(res.json.error.code, "forbidden", label);
      }
      checked++;
    }
  }
  assert.ok(checked >= 25 * ROLES.length, `matrix covered ${checked} cases`);
});

test("isolation: another tenant's admin gets 404 on every object route and sees nothing in lists", { timeout: 60_000 }, async () => {
  const admin = fx.tokens.tenant_admin;
  // Objects of the demo tenant, one per kind.
  const q = (await fx.api("POST", "/api/v1/queues", admin, { slug: "iso", name: "iso" })).json;
  const cust = (await fx.api("POST", "/api/v1/customers", admin, { name: "Secret Customer", phones: ["13900139000"] })).json;
  const hook = (await fx.api("POST", "/api/v1/webhooks", admin, { url: "http://127.0.0.1:9/x", events: ["call.ended"] })).json;
  const key = (await fx.api("POST", "/api/v1/api-keys", admin, { name: "crm", role: "supervisor" })).json;
  await fx.sql.query("INSERT INTO cdrs (call_id, tenant_id, caller) VALUES ('iso-call', $1, '13900139000')", [fx.demoId]);
  await fx.sql.query("INSERT INTO recordings (call_id, tenant_id, path) VALUES ('iso-call', $1, 'rec/iso.wav')", [fx.demoId]);
  const ids: Record<string, string> = {
    callId: "iso-call",
    agentId: fx.agent1001,
    queueId: q.id,
    number: "4000",
    customerId: cust.id,
    webhookId: hook.id,
    keyId: key.id,
    jobId: (
      (await (
        await fetch(`${fx.base}/api/v1/customers/import`, {
          method: "POST",
          headers: { authorization: `Bearer ${admin}`, "content-type": "text/csv" },
          body: "name\r\nImported Secret\r\n",
        })
      ).json()) as { jobId: string }
    ).jobId,
    tenantId: fx.demoId,
    ticketId: (await fx.api("POST", "/api/v1/tickets", admin, { title: "secret ticket" })).json.id,
    userId: (await fx.sql.query("SELECT id FROM users WHERE tenant_id = $1 AND username = 'sup'", [fx.demoId])).rows[0].id,
  };
  // Generic resources (":id"): one object each, by collection path.
  const byPath: Record<string, string> = {};
  const samples: Record<string, unknown> = {
    "/api/v1/trunks": { name: "secret trunk", host: "10.0.0.1" },
    "/api/v1/business-hours": { name: "secret hours" },
    "/api/v1/holidays": { date: "2026-10-01", name: "secret holiday" },
    "/api/v1/number-lists": { kind: "block", number: "95000000" },
    "/api/v1/kb": { title: "secret article" },
    "/api/v1/notices": { title: "secret notice" },
    "/api/v1/reminders": { title: "secret reminder", dueAt: "2026-12-01T09:00:00Z" },
    "/api/v1/ivr/flows": { name: "secret flow" },
    "/api/v1/ivr/prompts": { name: "secret-prompt", text: "secret prompt text" },
  };
  for (const [p, body] of Object.entries(samples)) {
    const res = await fx.api("POST", p, admin, body);
    assert.equal(res.status, 201, `${p} ${res.text}`);
    byPath[p] = res.json.id;
  }
  const supId = ids.userId as string;
  ids.roleId = (await fx.api("POST", "/api/v1/roles", admin, { name: "secret role", baseRole: "qa", permissions: ["get /api/v1/cdrs"] })).json.id;
  ids.messageId = (await fx.api("POST", "/api/v1/messages", admin, { toUserId: supId, body: "secret message" })).json.id;
  const bodies: Record<string, unknown> = {
    "post /api/v1/agents/:agentId/state": { status: "ready" },
    "patch /api/v1/dids/:number": { queueId: null },
    "post /api/v1/customers/:customerId/notes": { body: "x" },
    "post /api/v1/calls/:callId/monitor": { mode: "stop" },
    "post /api/v1/calls/:callId/recording": { pause: true },
    "post /api/v1/calls/:callId/hold": { on: true },
    "post /api/v1/calls/:callId/transfer": { target: { kind: "agent", value: "1002" } },
    "post /api/v1/calls/:callId/consult": { target: { kind: "agent", value: "1002" } },
    "put /api/v1/ivr/flows/:id/draft": { graph: { start: "a", nodes: { a: { type: "hangup" } } } },
  };
  const other = fx.tokens.other_admin;
  let checked = 0;
  for (const r of fx.control.routes) {
    if (!r.pattern.includes("/:")) continue;
    const path = r.pattern.replace(/:(\w+)/g, (_m, name: string) => {
      const v = name === "id" ? byPath[r.pattern.replace(/\/:id.*$/, "")] : ids[name];
      assert.ok(v, `isolation suite has an object for :${name}`);
      return encodeURIComponent(v);
    });
    const body = r.body ? (bodies[`${r.method} ${r.pattern}`] ?? {}) : undefined;
    const res = await fx.api(HTTP[r.method] as string, path, other, body);
    const allowed = r.auth === "any" || r.auth === "public" || r.auth.includes("tenant_admin");
    assert.equal(res.status, allowed ? 404 : 403, `${r.method} ${path} -> ${res.status} ${res.text}`);
    checked++;
  }
  assert.ok(checked >= 15);
  // Lists never mention the demo tenant's objects.
  const secrets = ["secret flow", "secret-prompt", "secret prompt text", "secret role", "secret trunk", "secret hours", "secret holiday", "95000000", "secret article", "secret notice", "secret reminder", "secret message", "Imported Secret", "secret ticket", fx.demoId, fx.agent1001, q.id, cust.id, hook.id, key.id, "iso-call", "Secret Customer", "4000"];
  for (const r of fx.control.routes) {
    if (r.method !== "get" || r.pattern.includes("/:") || r.auth === "public") continue;
    const res = await fx.api("GET", r.pattern, other);
    for (const s of secrets) assert.ok(!res.text.includes(s), `GET ${r.pattern} leaks ${s}: ${res.text.slice(0, 200)}`);
  }
  // And nothing was changed by those attempts.
  assert.equal((await fx.api("GET", `/api/v1/customers/${cust.id}`, admin)).json.name, "Secret Customer");
  assert.equal((await fx.api("GET", "/api/v1/dids", admin)).json.items.length, 1);
  assert.equal((await fx.sql.query("SELECT count(*)::int AS n FROM agents WHERE tenant_id = $1", [fx.demoId])).rows[0].n, 2);
  assert.equal((await fx.sql.query("SELECT count(*)::int AS n FROM users WHERE id = $1", [ids.userId])).rows[0].n, 1);
});

test("API keys: bearer auth with the key's role, last use recorded, revocation", { timeout: 30_000 }, async () => {
  const admin = fx.tokens.tenant_admin;
  const k = await fx.api("POST", "/api/v1/api-keys", admin, { name: "helpdesk", role: "supervisor" });
  assert.equal(k.status, 201, k.text);
  assert.match(k.json.key, /^sbk_/);
  assert.equal((await fx.api("GET", "/api/v1/cdrs", k.json.key)).status, 200);
  assert.equal((await fx.api("POST", "/api/v1/queues", k.json.key, { slug: "k", name: "k" })).status, 403);
  const list = await fx.api("GET", "/api/v1/api-keys", admin);
  const mine = list.json.items.find((x: { id: string }) => x.id === k.json.id);
  assert.ok(mine.lastUsedAt);
  assert.ok(!list.text.includes(k.json.key), "the key is never listed");
  assert.equal((await fx.api("DELETE", `/api/v1/api-keys/${k.json.id}`, admin)).status, 200);
  assert.equal((await fx.api("GET", "/api/v1/cdrs", k.json.key)).status, 401);
  // Least privilege: a key with a custom role gets only that role's operations.
  const role = await fx.api("POST", "/api/v1/roles", admin, { name: "cdr reader", baseRole: "supervisor", permissions: ["get /api/v1/cdrs"] });
  assert.equal((await fx.api("POST", "/api/v1/api-keys", admin, { name: "x", role: "qa", customRoleId: role.json.id })).json.error.field, "customRoleId");
  const narrow = await fx.api("POST", "/api/v1/api-keys", admin, { name: "bi", role: "supervisor", customRoleId: role.json.id });
  assert.equal(narrow.status, 201, narrow.text);
  assert.equal((await fx.api("GET", "/api/v1/cdrs", narrow.json.key)).status, 200);
  assert.equal((await fx.api("GET", "/api/v1/customers", narrow.json.key)).status, 403);
  assert.equal((await fx.api("DELETE", `/api/v1/roles/${role.json.id}`, admin)).status, 409, "a key still has it");
});

test("OpenAPI 3.1 document lists every route with its schemas", { timeout: 10_000 }, async () => {
  const doc = (await fx.api("GET", "/api/v1/openapi.json")).json;
  assert.equal(doc.openapi, "3.1.0");
  const opIds = Object.values(doc.paths).flatMap((ops) => Object.values(ops as Record<string, { operationId?: string }>).map((o) => o.operationId).filter(Boolean));
  assert.equal(new Set(opIds).size, opIds.length, "operationIds are unique");
  assert.ok(!JSON.stringify(doc).includes('"$ref":"#/components/schemas/') || doc.components.schemas.Error, "refs resolve");
  for (const r of fx.control.routes) {
    const p = r.pattern.replace(/:(\w+)/g, "{$1}");
    assert.ok(doc.paths[p]?.[r.method], `${r.method} ${p} documented`);
    if (r.body) assert.ok(doc.paths[p][r.method].requestBody, `${p} body schema`);
  }
  const state = doc.paths["/api/v1/agents/{agentId}/state"].post.requestBody.content["application/json"].schema;
  assert.equal(state.additionalProperties, false);
  assert.deepEqual(
    state.properties.status.anyOf.map((x: { const: string }) => x.const),
    ["ready", "not_ready", "logged_out"],
  );
  // The documented response schemas describe what list routes really return.
  let checkedResponses = 0;
  for (const r of fx.control.routes) {
    if (r.method !== "get" || r.pattern.includes("/:") || !r.response || r.auth === "public") continue;
    const res = await fx.api("GET", r.pattern, fx.tokens.tenant_admin);
    if (res.status !== 200) continue;
    const err = Value.Errors(r.response, res.json).First();
    assert.equal(err, undefined, `${r.pattern}: ${err?.path} ${err?.message}`);
    checkedResponses++;
  }
  assert.ok(checkedResponses >= 8, `checked ${checkedResponses} responses`);
  const html = await fetch(`${fx.base}/api/v1/docs`);
  assert.match(await html.text(), /openapi\.json/);
});
