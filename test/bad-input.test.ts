// Bad input gets a clear answer and loses nothing; tenants never see each
// other. Real SIP over UDP/TCP to the running switch, real HTTP to control.
import assert from "node:assert/strict";
import { createSocket } from "node:dgram";
import { connect } from "node:net";
import { after, before, test } from "node:test";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { runSipp } from "./lib/sipp.ts";

let p: TestPlatform;
let platformAdmin: string;
let admin: string;

before(async () => {
  p = await startTestPlatform();
  platformAdmin = await p.login("platform", p.credentials!.console.platform!);
  admin = await p.login("admin", p.credentials!.console.admin!);
}, { timeout: 120_000 });
after(() => p?.stop(), { timeout: 60_000 });

async function metrics(): Promise<Record<string, number>> {
  const r = await p.api("/api/v1/system/metrics", { token: platformAdmin });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  return r.json.counters;
}

/** Send one datagram, return the first answer (or null after waitMs). */
function udpExchange(payload: string, waitMs = 1500): Promise<string | null> {
  return new Promise((resolve) => {
    const s = createSocket("udp4");
    const t = setTimeout(() => {
      s.close();
      resolve(null);
    }, waitMs);
    s.on("message", (m) => {
      clearTimeout(t);
      s.close();
      resolve(m.toString("utf8"));
    });
    s.bind(0, "127.0.0.1", () => {
      const port = s.address().port;
      s.send(Buffer.from(payload.replaceAll("PORT", String(port))), p.sipPort, "127.0.0.1");
    });
  });
}

const request = (startLine: string, cseq: string, from = "<sip:13900000000@127.0.0.1>;tag=abc") =>
  [
    startLine,
    "Via: SIP/2.0/UDP 127.0.0.1:PORT;branch=z9hG4bK" + Math.random().toString(36).slice(2),
    `From: ${from}`,
    "To: <sip:4000@127.0.0.1>",
    `Call-ID: bad-${Math.random()}`,
    `CSeq: ${cseq}`,
    "Max-Forwards: 70",
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");

test("a malformed SIP request gets 400 and is counted", { timeout: 30_000 }, async () => {
  const before = await metrics();
  // An unparseable From header (RFC 3261 §20.20 / §8.2): the request cannot
  // be processed, but a response can still be routed back by its Via.
  const answer = await udpExchange(request("INVITE sip:4000@127.0.0.1 SIP/2.0", "1 INVITE", "<<sip:1@@>;;tag"));
  assert.ok(answer, "the switch answered");
  assert.match(answer!, /^SIP\/2\.0 400 /);
  assert.match(answer!, /^CSeq: 1 INVITE$/m, "the 400 carries the request's CSeq");
  const after = await metrics();
  assert.equal(after.sip_malformed, before.sip_malformed! + 1);
});

test("a wrong SIP version gets 505 (RFC 3261 §8.2.2.x / §21.5.10)", { timeout: 30_000 }, async () => {
  const answer = await udpExchange(request("INVITE sip:4000@127.0.0.1 SIP/3.0", "1 INVITE"));
  assert.match(answer ?? "", /^SIP\/2\.0 505 /);
});

test("garbage is dropped and counted, and the switch still answers afterwards", { timeout: 30_000 }, async () => {
  const before = await metrics();
  assert.equal(await udpExchange("\x00\x01garbage that is not SIP\r\n\r\n", 700), null);
  // The same over TCP: the connection is closed, nothing crashes.
  await new Promise<void>((resolve) => {
    const c = connect(p.sipPort, "127.0.0.1", () => c.write("NOT SIP AT ALL\r\n\r\n\r\n"));
    c.on("close", () => resolve());
    c.on("error", () => resolve());
    setTimeout(() => c.destroy(), 3000);
  });
  const after = await metrics();
  assert.ok(after.sip_malformed! + after.sip_dropped! > before.sip_malformed! + before.sip_dropped!, JSON.stringify(after));
  const ok = await udpExchange(request("OPTIONS sip:127.0.0.1 SIP/2.0", "1 OPTIONS"));
  assert.match(ok ?? "", /^SIP\/2\.0 200 /);
});

test("unauthenticated API calls get 401 with a reason", { timeout: 30_000 }, async () => {
  for (const path of ["/api/v1/cdrs", "/api/v1/agents", "/api/v1/calls", "/api/v1/system/metrics"]) {
    const r = await p.api(path);
    assert.equal(r.status, 401, path);
    assert.ok(r.json.error.code && r.json.error.reason, JSON.stringify(r.json));
  }
  const bad = await p.api("/api/v1/cdrs", { token: "not-a-token" });
  assert.equal(bad.status, 401);
  // A tenant admin is not a platform admin.
  assert.equal((await p.api("/api/v1/system/metrics", { token: admin })).status, 403);
});

test("another tenant's CDR is never returned", { timeout: 60_000 }, async () => {
  // A second enterprise on the same platform.
  const created = await p.api("/api/v1/tenants", {
    token: platformAdmin,
    body: { slug: "acme", name: "Acme 公司", sipDomains: ["acme.example"], admin: { username: "boss", password: "acme-secret-1" } },
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const acme = (await p.api("/api/v1/auth/login", { body: { username: "boss", password: "acme-secret-1", tenant: "acme" } })).json.token;
  assert.ok(acme);

  // A demo-tenant customer calls 4000 while no agent is ready and hangs up:
  // an abandoned call still produces a CDR.
  const r = await runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 1000, keys: { caller: "13700000000", rtp_port: "40000" } });
  assert.equal(r.code, 0, r.errors + r.stderr);
  const cdr = await until("demo CDR", async () => {
    const l = await p.api("/api/v1/cdrs", { token: admin });
    return (l.json.items as Array<{ caller: string; callId: string; hangupCause: string; agentId: string }>).find((c) => c.caller === "13700000000");
  });
  assert.equal(cdr.hangupCause, "abandoned");
  assert.equal(cdr.agentId, "");

  const list = await p.api("/api/v1/cdrs", { token: acme });
  assert.equal(list.status, 200);
  assert.equal(list.json.items.length, 0, "acme sees no demo CDRs");
  assert.equal((await p.api(`/api/v1/cdrs/${cdr.callId}`, { token: acme })).status, 404);
  assert.equal((await p.api(`/api/v1/recordings/${cdr.callId}`, { token: acme })).status, 404);
  const acmeAgents = await p.api("/api/v1/agents", { token: acme });
  assert.equal(acmeAgents.json.items.length, 0, "acme sees no demo agents");
});

test("a tenant over its concurrent-call limit gets 503; the limit frees with the call", { timeout: 60_000 }, async () => {
  const tenants = (await p.api("/api/v1/tenants", { token: platformAdmin })).json.items as Array<{ id: string; slug: string }>;
  const demo = tenants.find((t) => t.slug === "demo")!;
  const set = await p.api(`/api/v1/tenants/${demo.id}`, { token: platformAdmin, method: "PATCH", body: { maxConcurrentCalls: 1 } });
  assert.equal(set.status, 200, JSON.stringify(set.json));
  await new Promise((r) => setTimeout(r, 500)); // the snapshot reaches core
  try {
    // One call waits in the queue (nobody is ready) ...
    const first = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 3000, keys: { caller: "13700000101", rtp_port: "40006" } });
    await until("first call up", async () => (await p.api("/api/v1/calls", { token: admin })).json.items.length === 1, 10_000);
    // ... so a second one is over the limit.
    const over = await runSipp({ scenario: "uac-expect.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", vars: { STATUS: "503", CALLER: "13700000102" } });
    assert.equal(over.code, 0, `second call refused with 503: ${over.errors}${over.stderr}`);
    assert.equal((await first).code, 0);
    await until("no call left", async () => (await p.api("/api/v1/calls", { token: admin })).json.items.length === 0, 10_000);
    const again = await runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 500, keys: { caller: "13700000103", rtp_port: "40006" } });
    assert.equal(again.code, 0, "once the first call ended, a new call is accepted again");
  } finally {
    await p.api(`/api/v1/tenants/${demo.id}`, { token: platformAdmin, method: "PATCH", body: { maxConcurrentCalls: 0 } });
  }
});

// Last in this file: it blocks 127.0.0.1 for the platform's SIP registrar.
test("brute force on REGISTER: the source is blocked (503) and the audit log says so", { timeout: 60_000 }, async () => {
  const target = `127.0.0.1:${p.sipPort}`;
  const r = await runSipp({ scenario: "register-auth.xml", target, calls: 10, rate: 20, vars: { STATUS: "403", EXPIRES: "300", USER: "1001", PASS: "guess" } });
  assert.equal(r.code, 0, `ten wrong passwords, ten 403s: ${r.errors}${r.stderr}`);
  const reg = [
    "REGISTER sip:127.0.0.1 SIP/2.0",
    "Via: SIP/2.0/UDP 127.0.0.1:PORT;branch=z9hG4bKblocked1",
    "From: <sip:1001@127.0.0.1>;tag=b1",
    "To: <sip:1001@127.0.0.1>",
    "Call-ID: blocked-1",
    "CSeq: 1 REGISTER",
    "Contact: <sip:1001@127.0.0.1:PORT>",
    "Max-Forwards: 70",
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
  assert.match((await udpExchange(reg)) ?? "", /^SIP\/2\.0 503 /, "a blocked source gets 503 without a challenge");
  const m = await metrics();
  assert.ok(m.auth_blocks! >= 1 && m.auth_failures! >= 10, JSON.stringify(m));
  const blocked = await until("audit rows", async () => {
    const a = await p.api("/api/v1/audit?action=sip_blocked", { token: admin });
    return a.json.items?.length ? a.json.items : null;
  });
  assert.equal(blocked[0].ip, "127.0.0.1");
  const failed = await p.api("/api/v1/audit?action=sip_auth_failed", { token: admin });
  assert.ok(failed.json.items.length >= 1 && failed.json.items.length <= 3, `failures are sampled, not one row per guess (${failed.json.items.length})`);
});
