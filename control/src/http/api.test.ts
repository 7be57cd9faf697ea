import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { pb } from "@switchboard/proto";
import pg from "pg";
import { hashPassword, sipHa1 } from "../auth/passwords.ts";
import { type Control, startControl } from "../index.ts";
import { FakeCore } from "../testing/fakecore.ts";
import { freshDatabase, type TestDb } from "../testing/pg.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON responses are inspected loosely in tests
type J = any;

let tdb: TestDb;
let dataDir: string;
let core: FakeCore;
let control: Control;
let base: string;
let sql: pg.Client;
let demoId: string;
let otherId: string;
let agent1001: string;
const otherAdminPw = "other-admin-pw-123";

async function api(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: res.status, json: json as Record<string, J>, text, headers: res.headers };
}

async function login(username: string, password: string, tenant?: string): Promise<string> {
  const r = await api("POST", "/api/v1/auth/login", undefined, { username, password, ...(tenant ? { tenant } : {}) });
  assert.equal(r.status, 200, r.text);
  return r.json.token as string;
}

function wav(): Buffer {
  const data = Buffer.alloc(1600, 3);
  const h = Buffer.alloc(44);
  h.write("RIFF", 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write("WAVEfmt ", 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(8000, 24);
  h.writeUInt32LE(16000, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write("data", 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

before(async () => {
  tdb = await freshDatabase();
  dataDir = mkdtempSync(join(tmpdir(), "sb-api-"));
  core = new FakeCore();
  await core.listen();
  control = await startControl({
    databaseUrl: tdb.url,
    dataDir,
    httpPort: 0,
    coreApi: { host: "127.0.0.1", port: core.port },
    logLevel: "silent",
    security: { maxFailedLogins: 3, loginAttemptsPerWindow: 8, loginAttemptsPerIp: 60 },
    coreReconnectMinMs: 50,
  });
  base = `http://127.0.0.1:${control.httpPort}`;
  sql = new pg.Client({ connectionString: tdb.url });
  await sql.connect();
  demoId = (await sql.query("SELECT id FROM tenants WHERE slug='demo'")).rows[0].id;
  agent1001 = (await sql.query("SELECT id FROM agents WHERE job_number='1001'")).rows[0].id;
  // A second tenant with its own admin and agent.
  otherId = (
    await sql.query("INSERT INTO tenants (slug, name, sip_domains) VALUES ('other', 'Other', '{other.local}') RETURNING id")
  ).rows[0].id;
  await sql.query("INSERT INTO users (tenant_id, username, password_hash, role) VALUES ($1, 'admin', $2, 'tenant_admin')", [
    otherId,
    await hashPassword(otherAdminPw),
  ]);
  await sql.query("INSERT INTO users (tenant_id, username, password_hash, role) VALUES ($1, 'lockme', $2, 'supervisor')", [
    otherId,
    await hashPassword("right-password"),
  ]);
  // CDRs arrive from core: one per tenant, the demo one with a recording.
  await core.waitFor((e) => !!e.config);
  mkdirSync(join(dataDir, "rec"), { recursive: true });
  writeFileSync(join(dataDir, "rec", "demo1.wav"), wav());
  writeFileSync(join(dataDir, "rec", "other1.wav"), wav());
  core.sendEvent({
    outboxId: 1,
    cdr: { callId: "demo-call-1", tenantId: demoId, caller: "13800138000", callee: "4000", startMs: 1000, endMs: 5000, agentId: agent1001, recordingPath: "rec/demo1.wav" },
  });
  core.sendEvent({
    outboxId: 2,
    cdr: { callId: "other-call-1", tenantId: otherId, caller: "555", callee: "9000", startMs: 2000, endMs: 6000, recordingPath: "rec/other1.wav" },
  });
  await core.waitFor((e) => e.ack?.outboxIds?.[0] === 2);
}, { timeout: 60_000 });

after(async () => {
  await sql?.end();
  await control?.close();
  await core?.close();
  await tdb?.drop();
  rmSync(dataDir, { recursive: true, force: true });
}, { timeout: 60_000 });

test("seed: demo tenant, credentials file 0600, realm HA1s, reused on restart", { timeout: 30_000 }, async () => {
  const creds = control.demoCredentials;
  assert.ok(creds);
  assert.equal(creds.realm, "demo.switchboard.local");
  const st = statSync(join(dataDir, "demo-credentials.json"));
  assert.equal(st.mode & 0o777, 0o600);
  const a = (await sql.query("SELECT ha1_md5, ha1_sha256 FROM agents WHERE job_number='1001'")).rows[0];
  const expect = sipHa1("1001", "demo.switchboard.local", creds.sip["1001"] as string);
  assert.equal(a.ha1_md5, expect.md5);
  assert.equal(a.ha1_sha256, expect.sha256);
  const t = (await sql.query("SELECT sip_domains FROM tenants WHERE slug='demo'")).rows[0];
  assert.deepEqual(t.sip_domains, ["demo.switchboard.local", "127.0.0.1"]);
  const q = (await sql.query("SELECT q.slug, q.strategy, d.number FROM queues q JOIN dids d ON d.queue_id = q.id")).rows;
  assert.deepEqual(q, [{ slug: "support", strategy: "longest_idle", number: "4000" }]);
  // A second start on the same data: no reseed, same credentials.
  const again = await startControl({ databaseUrl: tdb.url, dataDir, httpPort: 0, coreApi: { host: "127.0.0.1", port: 1 }, logLevel: "silent" });
  try {
    assert.deepEqual(again.demoCredentials, creds);
    assert.equal((await sql.query("SELECT count(*)::int AS n FROM tenants WHERE slug='demo'")).rows[0].n, 1);
    assert.deepEqual(JSON.parse(readFileSync(join(dataDir, "demo-credentials.json"), "utf8")), creds);
  } finally {
    await again.close();
  }
});

test("login: ok, wrong password, ambiguous username, lockout, rate limit", { timeout: 30_000 }, async () => {
  const creds = control.demoCredentials!;
  const ok = await api("POST", "/api/v1/auth/login", undefined, { username: "1001", password: creds.console["1001"], tenant: "demo" });
  assert.equal(ok.status, 200);
  assert.equal(ok.json.user.role, "agent");
  assert.equal(ok.json.user.agentId, agent1001);
  const me = await api("GET", "/api/v1/me", ok.json.token);
  assert.equal(me.status, 200);
  assert.equal(me.json.tenant.slug, "demo");
  const wrong = await api("POST", "/api/v1/auth/login", undefined, { username: "1001", password: "nope" });
  assert.equal(wrong.status, 401);
  assert.equal(wrong.json.error.code, "unauthorized");
  // "admin" exists in two tenants: the tenant must be named.
  const amb = await api("POST", "/api/v1/auth/login", undefined, { username: "admin", password: creds.console.admin });
  assert.equal(amb.status, 400);
  assert.equal(amb.json.error.code, "tenant_required");
  // Platform admin: no tenant.
  const plat = await api("POST", "/api/v1/auth/login", undefined, { username: "platform", password: creds.console.platform });
  assert.equal(plat.status, 200);
  assert.equal(plat.json.user.tenantId, null);
  // Lockout after 3 failures: even the right password gets 423.
  for (let i = 0; i < 3; i++) {
    const r = await api("POST", "/api/v1/auth/login", undefined, { username: "lockme", password: "bad", tenant: "other" });
    assert.equal(r.status, 401);
  }
  const locked = await api("POST", "/api/v1/auth/login", undefined, { username: "lockme", password: "right-password", tenant: "other" });
  assert.equal(locked.status, 423);
  assert.equal(locked.json.error.code, "locked");
  // Rate limit per IP+username: 8 per window, then 429 with Retry-After.
  let last = 0;
  for (let i = 0; i < 9; i++) {
    last = (await api("POST", "/api/v1/auth/login", undefined, { username: "ghost", password: "x" })).status;
    if (i < 8) assert.equal(last, 401);
  }
  assert.equal(last, 429);
});

test("auth: 401 without or with a bad token, 403 for a role not allowed", { timeout: 30_000 }, async () => {
  for (const p of ["/api/v1/me", "/api/v1/cdrs", "/api/v1/agents", "/api/v1/calls", "/api/v1/queues", "/api/v1/recordings/demo-call-1"]) {
    const r = await api("GET", p);
    assert.equal(r.status, 401, p);
    assert.equal(r.json.error.code, "unauthorized");
    assert.equal((await api("GET", p, "not-a-token")).status, 401);
  }
  const tok = await login("1002", control.demoCredentials!.console["1002"] as string);
  const r = await api("POST", `/api/v1/agents/${agent1001}/state`, tok, { status: "ready" });
  assert.equal(r.status, 403);
  assert.equal(r.json.error.code, "forbidden");
});

test("CDRs and recordings are tenant-scoped (404 across tenants) and downloads are audited", { timeout: 30_000 }, async () => {
  const demo = await login("admin", control.demoCredentials!.console.admin as string, "demo");
  const other = await login("admin", otherAdminPw, "other");
  const list = await api("GET", "/api/v1/cdrs", demo);
  assert.equal(list.status, 200);
  assert.deepEqual(
    list.json.items.map((c: { callId: string }) => c.callId),
    ["demo-call-1"],
  );
  assert.equal(list.json.items[0].recording.bytes, wav().length);
  assert.equal((await api("GET", "/api/v1/cdrs/demo-call-1", demo)).json.caller, "13800138000");
  // The other tenant sees only its own and gets 404 for the demo call and its recording.
  const olist = await api("GET", "/api/v1/cdrs", other);
  assert.deepEqual(
    olist.json.items.map((c: { callId: string }) => c.callId),
    ["other-call-1"],
  );
  assert.equal((await api("GET", "/api/v1/cdrs/demo-call-1", other)).status, 404);
  assert.equal((await api("GET", "/api/v1/recordings/demo-call-1", other)).status, 404);
  assert.equal((await api("GET", `/api/v1/recordings/demo-call-1?token=${other}`)).status, 404);
  // Download by the owner (token in the query, as a browser <audio> would).
  const res = await fetch(`${base}/api/v1/recordings/demo-call-1?token=${demo}`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "audio/wav");
  assert.deepEqual(Buffer.from(await res.arrayBuffer()), wav());
  const audit = (await sql.query("SELECT tenant_id FROM audit_log WHERE action='recording_download' AND object_id='demo-call-1'")).rows;
  assert.deepEqual(audit, [{ tenant_id: demoId }]);
  // Filters: caller prefix, agent by job number; agents see only their own calls.
  assert.equal((await api("GET", "/api/v1/cdrs?caller=138", demo)).json.items.length, 1);
  assert.equal((await api("GET", "/api/v1/cdrs?caller=139", demo)).json.items.length, 0);
  assert.equal((await api("GET", "/api/v1/cdrs?agent=1001", demo)).json.items.length, 1);
  const a2 = await login("1002", control.demoCredentials!.console["1002"] as string);
  assert.equal((await api("GET", "/api/v1/cdrs", a2)).json.items.length, 0);
  assert.equal((await api("GET", "/api/v1/recordings/demo-call-1", a2)).status, 403);
  const a1 = await login("1001", control.demoCredentials!.console["1001"] as string);
  assert.equal((await api("GET", "/api/v1/recordings/demo-call-1", a1)).status, 200);
  // Platform admin must pick a tenant.
  const plat = await login("platform", control.demoCredentials!.console.platform as string);
  assert.equal((await api("GET", "/api/v1/cdrs", plat)).json.error.code, "tenant_required");
  assert.equal((await api("GET", "/api/v1/cdrs?tenant=other", plat)).json.items[0].callId, "other-call-1");
});

test("validation errors name the field", { timeout: 30_000 }, async () => {
  const tok = await login("admin", control.demoCredentials!.console.admin as string, "demo");
  let r = await api("POST", `/api/v1/agents/${agent1001}/state`, tok, { status: "sleeping" });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.code, "validation_failed");
  assert.equal(r.json.error.field, "status");
  r = await api("POST", `/api/v1/agents/${agent1001}/state`, tok, { status: "ready", colour: "red" });
  assert.equal(r.json.error.field, "colour");
  assert.match(r.json.error.reason, /colour/);
  r = await api("POST", "/api/v1/auth/login", undefined, { username: "a", password: 5 });
  assert.equal(r.json.error.field, "password");
  r = await api("POST", "/api/v1/auth/login", undefined, "{not json");
  assert.equal(r.status, 400);
  assert.equal(r.json.error.code, "invalid_json");
  r = await api("GET", "/api/v1/cdrs?limit=abc", tok);
  assert.equal(r.json.error.field, "limit");
});

test("agent state goes to core and returns its result; other tenant's agent is 404", { timeout: 30_000 }, async () => {
  const seen: unknown[] = [];
  core.onCommand = (cmd) => {
    if (cmd.agentSetState) {
      seen.push(cmd.agentSetState);
      return cmd.agentSetState.reason === "refuse" ? { ok: false, code: "not_registered", reason: "no binding" } : { ok: true };
    }
    return { ok: true, snapshot: {} };
  };
  const a1 = await login("1001", control.demoCredentials!.console["1001"] as string);
  const r = await api("POST", `/api/v1/agents/${agent1001}/state`, a1, { status: "ready" });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(seen[0], pb.AgentSetState.fromObject({ tenantId: demoId, agentId: agent1001, status: pb.AgentStatus.AGENT_READY, reason: "" }));
  const refused = await api("POST", `/api/v1/agents/${agent1001}/state`, a1, { status: "not_ready", reason: "refuse" });
  assert.equal(refused.status, 409);
  assert.equal(refused.json.error.code, "core_rejected");
  assert.match(refused.json.error.reason, /not_registered/);
  const other = await login("admin", otherAdminPw, "other");
  assert.equal((await api("POST", `/api/v1/agents/${agent1001}/state`, other, { status: "ready" })).status, 404);
  assert.equal(seen.length, 2);
});

interface WsLike {
  binaryType: string;
  on(ev: string, fn: (...a: J[]) => void): void;
  close(): void;
}

test("events WebSocket: snapshot on open, only the own tenant's live events, JSON and protobuf", { timeout: 30_000 }, async () => {
  const { WebSocket: WS } = (await import("ws" as string)) as { WebSocket: new (url: string) => WsLike };
  core.onCommand = (cmd) =>
    cmd.snapshot
      ? {
          ok: true,
          snapshot: {
            agents: [{ tenantId: cmd.snapshot.tenantId, agentId: agent1001, status: pb.AgentStatus.AGENT_READY, registered: true }],
            calls: [{ tenantId: cmd.snapshot.tenantId, callId: "live-1", phase: pb.CallPhase.CALL_QUEUED, caller: "123" }],
          },
        }
      : { ok: true };
  const demo = await login("admin", control.demoCredentials!.console.admin as string, "demo");
  const other = await login("admin", otherAdminPw, "other");
  const open = (token: string, fmt = "") =>
    new Promise<{ ws: WsLike; msgs: J[] }>((res, rej) => {
      const ws = new WS(`ws://127.0.0.1:${control.httpPort}/api/v1/events?token=${token}${fmt}`);
      const msgs: J[] = [];
      ws.on("message", (m: Buffer, isBinary: boolean) => msgs.push(isBinary ? pb.Event.decode(m) : JSON.parse(m.toString())));
      ws.on("open", () => res({ ws, msgs }));
      ws.on("error", rej);
    });
  const bad = await new Promise<number>((res) => {
    const ws = new WS(`ws://127.0.0.1:${control.httpPort}/api/v1/events?token=nope`);
    ws.on("unexpected-response", (_req: unknown, resp: { statusCode: number }) => res(resp.statusCode));
    // Never wait forever: a dropped connection fails the assertion below at once.
    ws.on("error", () => res(-1));
    ws.on("close", () => res(-1));
  });
  assert.equal(bad, 401);
  const d = await open(demo);
  const o = await open(other);
  const p = await open(demo, "&format=pb");
  const until = async (cond: () => boolean) => {
    for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(cond());
  };
  try {
    await until(() => d.msgs.length >= 1 && o.msgs.length >= 1 && p.msgs.length >= 2);
    assert.equal(d.msgs[0].type, "snapshot");
    assert.equal(d.msgs[0].agents.find((a: { id: string }) => a.id === agent1001).status, "ready");
    assert.equal(d.msgs[0].calls[0].phase, "queued");
    assert.equal(o.msgs[0].agents.length, 0, "other tenant has no agents in its snapshot");
    core.sendEvent({ call: { tenantId: demoId, callId: "live-2", phase: pb.CallPhase.CALL_ANSWERED, agentId: agent1001 } });
    core.sendEvent({ agent: { tenantId: otherId, agentId: "x", status: pb.AgentStatus.AGENT_READY } });
    await until(() => d.msgs.length >= 2 && o.msgs.length >= 2 && p.msgs.length >= 3);
    assert.deepEqual(
      { type: d.msgs[1].type, callId: d.msgs[1].callId, phase: d.msgs[1].phase },
      { type: "call", callId: "live-2", phase: "answered" },
    );
    assert.equal(o.msgs[1].type, "agent");
    assert.equal(o.msgs[1].tenantId, otherId);
    assert.equal(p.msgs[2].call.callId, "live-2");
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(d.msgs.length, 2, "demo never receives the other tenant's event");
    assert.equal(o.msgs.length, 2, "other never receives demo's event");
  } finally {
    d.ws.close();
    o.ws.close();
    p.ws.close();
  }
});

test("config: healthz reports core; console hint page; unknown API path is JSON 404", { timeout: 10_000 }, async () => {
  const h = await api("GET", "/healthz");
  assert.equal(h.status, 200);
  assert.equal(h.json.core, true);
  const root = await fetch(`${base}/`);
  assert.match(await root.text(), /npm run build/);
  const bad = await api("GET", "/api/v1/cdrs/%E0%A4%A", "x");
  assert.equal(bad.status, 400, "a malformed escape is a 400, not a crash");
  assert.equal((await api("GET", "/healthz")).status, 200, "still serving");
  const nf = await api("GET", "/api/v1/nope");
  assert.equal(nf.status, 404);
  assert.equal(nf.json.error.code, "not_found");
});

test("webhooks may not target the platform's own network unless allowed", { timeout: 10_000 }, async () => {
  const tok = await login("admin", control.demoCredentials?.console.admin as string, "demo");
  for (const url of ["http://127.0.0.1:8080/x", "http://10.0.0.5/hook", "http://[::1]/x", "http://localhost/x", "http://169.254.169.254/latest", "http://user:pw@example.com/"]) {
    const r = await api("POST", "/api/v1/webhooks", tok, { url, events: ["ticket.created"] });
    assert.equal(r.status, 400, url);
    assert.equal(r.json.error.field, "url");
  }
  const { targetProblem, isPrivateAddress } = await import("../hooks/index.ts");
  assert.equal(await targetProblem("https://93.184.216.34/hook", false), null);
  assert.equal(await targetProblem("http://127.0.0.1:9/x", true), null);
  assert.equal(isPrivateAddress("::ffff:192.168.1.1"), true);
  assert.equal(isPrivateAddress("100.64.0.1"), true);
  assert.equal(isPrivateAddress("8.8.8.8"), false);
});

// Last in this file: it exhausts the per-address login budget.
test("login: password spraying across usernames from one address is rate limited", { timeout: 30_000 }, async () => {
  let n = 0;
  let status = 0;
  while (n < 200) {
    status = (await api("POST", "/api/v1/auth/login", undefined, { username: `spray${n}`, password: "x" })).status;
    if (status === 429) break;
    assert.equal(status, 401);
    n++;
  }
  assert.equal(status, 429);
  assert.ok(n <= 60, `limited after ${n} attempts`);
});
