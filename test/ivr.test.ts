// IVR with real calls: a flow built and published through the API, a DID
// routed to it, SIPp calling and pressing keys by RFC 4733 and in-band,
// prompts recognised in what the caller heard by their audio signature, a
// CRM lookup against a local HTTP server (and its timeout path), VIP to an
// agent with the IVR data in the CDR, self-service counted as served, and
// publish/rollback changing new calls while a call in progress keeps its version.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { PromptRenderer } from "../core/src/ivr/index.ts";
import { dominantFrequency } from "../core/src/media/index.ts";
import { findSignature } from "./lib/audio.ts";
import { Baresip } from "./lib/baresip.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { runSipp } from "./lib/sipp.ts";

const WELCOME = "Welcome to the demo company. For service press one. For your account press two.";
const ACCOUNT = "Please enter your account number and then the hash key.";
const BYE = "Thank you for calling. Goodbye.";
const BUSY = "Sorry, the customer system is busy.";
const CANDIDATES = [350, 440, 450, 523, 659, 784, 1000, 1400];

let p: TestPlatform;
let admin: string;
let crm: Server;
let crmPort = 0;
let flowId = "";
let supportId = "";
const renderer = new PromptRenderer({ cacheDir: mkdtempSync(join(tmpdir(), "sb-prompts-")) });

function graph(welcome: string) {
  return {
    start: "menu",
    nodes: {
      menu: { type: "menu", params: { prompts: [{ text: welcome, voice: "en" }], choices: ["1", "2"], timeoutMs: 4000, retries: 1 }, exits: { "1": "queue", "2": "acct", failed: "bye" } },
      queue: { type: "enqueue", params: { queue: supportId } },
      acct: { type: "collect", params: { prompts: [{ text: ACCOUNT, voice: "en" }], variable: "account", minDigits: 4, maxDigits: 8, terminator: "#", timeoutMs: 6000 }, exits: { ok: "lookup", failed: "bye" } },
      lookup: {
        type: "http_lookup",
        params: { url: `http://127.0.0.1:${crmPort}/customers/\${account}`, timeoutMs: 800, map: { level: "level", customer_name: "name" } },
        exits: { ok: "vip", fallback: "busy" },
      },
      vip: { type: "condition", params: { cases: [{ exit: "vip", when: { expr: 'level == "vip"' } }] }, exits: { vip: "queue", else: "bye" } },
      busy: { type: "play", params: { prompts: [{ text: BUSY, voice: "en" }] }, exits: { next: "end" } },
      bye: { type: "play", params: { prompts: [{ text: BYE, voice: "en" }] }, exits: { next: "end" }, served: true },
      end: { type: "hangup" },
    },
  };
}

before(async () => {
  crm = createServer((req, res) => {
    const account = req.url?.split("/").pop() ?? "";
    if (account === "5555") return void setTimeout(() => res.end("{}"), 3000); // slower than the flow's 800 ms
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(account === "12345" ? { level: "vip", name: "张三" } : { level: "normal", name: "李四" }));
  });
  await new Promise<void>((r) => crm.listen(0, "127.0.0.1", () => r()));
  crmPort = (crm.address() as { port: number }).port;
  // This CRM lives on loopback, which core refuses to IVR lookups by default (IVR_HTTP_DENY).
  process.env.IVR_HTTP_ALLOW = "127.0.0.1/32";
  p = await startTestPlatform();
  admin = await p.login("admin", p.credentials!.console.admin!);
  const queues = await p.api("/api/v1/queues", { token: admin });
  supportId = (queues.json.items as Array<{ id: string; name: string }>).find((q) => q.name.includes("support"))!.id;
  const created = await p.api("/api/v1/ivr/flows", { token: admin, body: { name: "main menu", graph: graph(WELCOME) } });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  flowId = created.json.id;
  const v = await p.api(`/api/v1/ivr/flows/${flowId}/validate`, { token: admin, method: "POST" });
  assert.equal(v.json.valid, true, JSON.stringify(v.json));
  const pub = await p.api(`/api/v1/ivr/flows/${flowId}/publish`, { token: admin, body: {} });
  assert.equal(pub.status, 200, JSON.stringify(pub.json));
  const did = await p.api("/api/v1/ivr/dids/4000", { token: admin, method: "PATCH", body: { flowId } });
  assert.equal(did.status, 200, JSON.stringify(did.json));
  // Render the prompts the way core does, for their signatures.
  for (const t of [WELCOME, ACCOUNT, BYE, BUSY]) await renderer.render(t, "en");
}, { timeout: 180_000 });
after(async () => {
  await p?.stop();
  crm?.close();
}, { timeout: 60_000 });

async function cdrOf(caller: string) {
  return until(`CDR of ${caller}`, async () => {
    const r = await p.api(`/api/v1/cdrs?caller=${caller}`, { token: admin });
    return (r.json.items as Array<Record<string, any>>).find((c) => c.caller === caller);
  }, 20_000, 250);
}

test("no key pressed: the menu repeats, then goodbye; self-service counts as served", { timeout: 90_000 }, async (t) => {
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const r = await runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: "13700000001", rtp_port: String(customer.port) }, timeoutS: 60 });
  assert.equal(r.code, 0, r.errors + r.stderr);
  const heard = customer.heard();
  const w1 = findSignature(heard, renderer.pathFor(WELCOME, "en"));
  assert.ok(w1 >= 0, "the caller heard the welcome menu");
  assert.ok(findSignature(heard.subarray(w1 + 16000), renderer.pathFor(WELCOME, "en")) >= 0, "...twice (one retry)");
  assert.ok(findSignature(heard, renderer.pathFor(BYE, "en")) >= 0, "...and the goodbye prompt");
  const cdr = await cdrOf("13700000001");
  assert.equal(cdr.ivrFlow, flowId);
  assert.equal(cdr.ivrServed, true);
  assert.equal(cdr.hangupCause, "ivr_completed");
  assert.equal(cdr.agentId, "");
});

test("RFC 4733 keys: account lookup finds a VIP, who goes to an agent with the IVR data", { timeout: 120_000 }, async (t) => {
  const phone = new Baresip({ user: "1001", password: p.credentials!.sip["1001"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 440 });
  await phone.start();
  const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean; status: string }>;
  await until("1001 registered", async () => (await agents()).find((a) => a.extension === "1001")?.registered, 15_000);
  const a1001 = (await agents()).find((a) => a.extension === "1001")!;
  await p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "ready" } });
  t.after(async () => {
    await p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "logged_out" } });
    await phone.stop();
    phone.cleanup();
  });
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 14000, keys: { caller: "13700000002", rtp_port: String(customer.port) }, timeoutS: 60 });
  await until("answered", () => customer.remote !== null, 10_000);
  await new Promise((r) => setTimeout(r, 1500));
  customer.pressRfc4733("2"); // barge-in: stops the welcome prompt
  await new Promise((r) => setTimeout(r, 1200));
  for (const d of "12345#") {
    customer.pressRfc4733(d);
    await new Promise((r) => setTimeout(r, 250));
  }
  await until("agent answered", async () => (await agents()).find((a) => a.id === a1001.id)?.status === "on_call", 20_000).catch(async (e) => {
    await sipp;
    const c = await cdrOf("13700000002");
    throw new Error(`${e.message}; CDR ${JSON.stringify(c)}; received ${customer.frames.length} frames`);
  });
  const r = await sipp;
  const end = Date.now();
  assert.equal(r.code, 0, r.errors + r.stderr);
  assert.ok(findSignature(customer.heard(), renderer.pathFor(ACCOUNT, "en")) >= 0, "the account prompt was played");
  assert.equal(dominantFrequency(customer.heard(end - 1500, end - 300), CANDIDATES).freq, 440, "then the caller talked to the agent");
  const cdr = await cdrOf("13700000002");
  assert.equal(cdr.agentId, a1001.id);
  assert.equal(cdr.vars.account, "12345");
  assert.equal(cdr.vars.level, "vip");
  assert.equal(cdr.vars.customer_name, "张三");
  assert.equal(cdr.ivrFlow, flowId);
});

test("in-band keys; the CRM does not answer in time: the fallback branch plays and ends the call", { timeout: 90_000 }, async (t) => {
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call-remote-bye.xml", vars: { TE_PT: "", TE_MAP: "" }, target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: "13700000003", rtp_port: String(customer.port) }, timeoutS: 60 });
  await until("answered", () => customer.remote !== null, 10_000);
  await new Promise((r) => setTimeout(r, 1500));
  customer.pressInband("2");
  await new Promise((r) => setTimeout(r, 1200));
  for (const d of "5555#") {
    customer.pressInband(d);
    await new Promise((r) => setTimeout(r, 300));
  }
  const r = await sipp;
  assert.equal(r.code, 0, r.errors + r.stderr);
  const cdr = await cdrOf("13700000003");
  assert.ok(findSignature(customer.heard(), renderer.pathFor(BUSY, "en")) >= 0, `the busy prompt was played (CDR ${JSON.stringify(cdr)})`);
  assert.equal(cdr.vars.account, "5555");
  assert.equal(cdr.vars.lookup_error, "timeout");
  assert.equal(cdr.ivrServed, false);
  assert.equal(cdr.hangupCause, "ivr_end");
});

test("SIP INFO keys (application/dtmf-relay and application/dtmf): the same menu and collect steps as RFC 4733", { timeout: 90_000 }, async (t) => {
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const r = await runSipp({ scenario: "uac-info-dtmf.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: "13700000009", rtp_port: String(customer.port) }, timeoutS: 60 });
  assert.equal(r.code, 0, r.errors + r.stderr);
  const cdr = await cdrOf("13700000009");
  assert.ok(findSignature(customer.heard(), renderer.pathFor(ACCOUNT, "en")) >= 0, `"2" by INFO chose the account menu (CDR ${JSON.stringify(cdr)})`);
  assert.equal(cdr.vars.account, "5555", "digits by INFO collected up to the # terminator");
  assert.equal(cdr.vars.lookup_error, "timeout");
  assert.equal(cdr.hangupCause, "ivr_end");
});

test("blacklist (黑名单) gets busy; a VIP (绿色通道) skips the IVR straight to the chosen agent", { timeout: 90_000 }, async (t) => {
  const block = await p.api("/api/v1/number-lists", { token: admin, body: { kind: "block", number: "13666666666", note: "harassment" } });
  assert.equal(block.status, 201, JSON.stringify(block.json));
  const vip = await p.api("/api/v1/number-lists", { token: admin, body: { kind: "vip", number: "13888888888", extension: "1002" } });
  assert.equal(vip.status, 201, JSON.stringify(vip.json));
  await new Promise((r) => setTimeout(r, 500)); // the snapshot reaches core
  const busy = await runSipp({ scenario: "uac-expect.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", vars: { STATUS: "486", CALLER: "13666666666" } });
  assert.equal(busy.code, 0, `blocked caller gets 486: ${busy.errors}${busy.stderr}`);

  const phone = new Baresip({ user: "1002", password: p.credentials!.sip["1002"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 659 });
  await phone.start();
  const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean; status: string }>;
  await until("1002 registered", async () => (await agents()).find((a) => a.extension === "1002")?.registered, 15_000);
  const a1002 = (await agents()).find((a) => a.extension === "1002")!;
  await p.api(`/api/v1/agents/${a1002.id}/state`, { token: admin, body: { status: "ready" } });
  t.after(async () => {
    await p.api(`/api/v1/agents/${a1002.id}/state`, { token: admin, body: { status: "logged_out" } });
    await phone.stop();
    phone.cleanup();
  });
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const r = await runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 3000, keys: { caller: "13888888888", rtp_port: String(customer.port) } });
  const end = Date.now();
  assert.equal(r.code, 0, r.errors + r.stderr);
  assert.equal(findSignature(customer.heard(), renderer.pathFor(WELCOME, "en")), -1, "the VIP never heard the IVR menu");
  assert.equal(dominantFrequency(customer.heard(end - 1500, end - 300), CANDIDATES).freq, 659, "the VIP talked to agent 1002");
  const cdr = await cdrOf("13888888888");
  assert.equal(cdr.agentId, a1002.id);
  assert.equal(cdr.ivrFlow, "");
  assert.equal(cdr.vars.vip, "1");
});

test("publish and rollback change what new calls run; a call in progress keeps its version", { timeout: 120_000 }, async (t) => {
  // Version 2 greets differently.
  const V2 = "Version two. For service press one. For your account press two.";
  await renderer.render(V2, "en");
  const draft = await p.api(`/api/v1/ivr/flows/${flowId}/draft`, { token: admin, method: "PUT", body: { graph: graph(V2) } });
  assert.equal(draft.status, 200, JSON.stringify(draft.json));
  // A call starts on version 1 and is still in the menu when version 2 is published.
  const c1 = await RtpPeer.open();
  t.after(() => c1.close());
  c1.speak(1000);
  const s1 = runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: "13700000011", rtp_port: String(c1.port) }, timeoutS: 60 });
  await until("call 1 answered", () => c1.remote !== null, 10_000);
  const pub = await p.api(`/api/v1/ivr/flows/${flowId}/publish`, { token: admin, body: { note: "v2" } });
  assert.equal(pub.status, 200, JSON.stringify(pub.json));
  await new Promise((r) => setTimeout(r, 500));
  const c2 = await RtpPeer.open();
  t.after(() => c2.close());
  c2.speak(1000);
  const s2 = runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: "13700000012", rtp_port: String(c2.port) }, timeoutS: 60 });
  assert.equal((await s1).code, 0);
  assert.equal((await s2).code, 0);
  assert.ok(findSignature(c1.heard(), renderer.pathFor(WELCOME, "en")) >= 0, "call 1 kept version 1");
  assert.equal(findSignature(c1.heard(), renderer.pathFor(V2, "en")), -1);
  assert.ok(findSignature(c2.heard(), renderer.pathFor(V2, "en")) >= 0, "call 2 ran version 2");
  assert.equal((await cdrOf("13700000011")).vars.ivr_version, "1");
  assert.equal((await cdrOf("13700000012")).vars.ivr_version, "2");
  // Roll back: new calls get version 1 again.
  const rb = await p.api(`/api/v1/ivr/flows/${flowId}/rollback`, { token: admin, body: {} });
  assert.equal(rb.status, 200, JSON.stringify(rb.json));
  await new Promise((r) => setTimeout(r, 500));
  const c3 = await RtpPeer.open();
  t.after(() => c3.close());
  c3.speak(1000);
  assert.equal((await runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: "13700000013", rtp_port: String(c3.port) }, timeoutS: 60 })).code, 0);
  assert.ok(findSignature(c3.heard(), renderer.pathFor(WELCOME, "en")) >= 0, "after rollback new calls hear version 1");
});
