// SIP interop against the running switch with real SIPp scenarios and
// baresip phones: an extension's call with Require: 100rel is challenged,
// its ringing comes back as a reliable 180 that is PRACKed, then the caller
// CANCELs (200 + 487, the callee stops ringing and is free again); a
// customer holds and resumes by re-INVITE and refreshes its session timer
// with UPDATE; a carrier's called party answers busy (486) or declines (603)
// and the CDR says which.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { dominantFrequency } from "../core/src/media/index.ts";
import { Baresip } from "./lib/baresip.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { freePort } from "./lib/ports.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { runSipp } from "./lib/sipp.ts";

const CANDIDATES = [350, 440, 450, 523, 659, 784, 1000, 1400];
let p: TestPlatform;
let admin: string;

before(async () => {
  p = await startTestPlatform();
  admin = await p.login("admin", p.credentials!.console.admin!);
}, { timeout: 120_000 });
after(() => p?.stop(), { timeout: 60_000 });

type AgentRow = { id: string; extension: string; registered: boolean; status: string };
const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as AgentRow[];
const agent = async (ext: string) => (await agents()).find((a) => a.extension === ext)!;
const liveCalls = async () => (await p.api("/api/v1/calls", { token: admin })).json.items as Array<Record<string, unknown>>;
const cdrOf = (pred: (c: Record<string, any>) => boolean) =>
  until("CDR", async () => ((await p.api("/api/v1/cdrs?limit=50", { token: admin })).json.items as Array<Record<string, any>>).find(pred), 15_000, 250);

async function phone(ext: string, toneHz: number, answer: "auto" | "manual"): Promise<Baresip> {
  const b = new Baresip({ user: ext, password: p.credentials!.sip[ext]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz, answer });
  await b.start();
  await until(`${ext} registered`, async () => (await agent(ext))?.registered, 15_000);
  await p.api(`/api/v1/agents/${(await agent(ext)).id}/state`, { token: admin, body: { status: "ready" } });
  await until(`${ext} ready`, async () => (await agent(ext)).status === "ready", 5000);
  return b;
}

test("extension call with Require: 100rel: digest, reliable 180 PRACKed, then CANCEL gives 200 + 487 and frees the callee", { timeout: 90_000 }, async (t) => {
  const callee = await phone("1002", 659, "manual");
  t.after(async () => {
    await callee.stop();
    callee.cleanup();
  });
  const r = await runSipp({
    scenario: "uac-internal-100rel-cancel.xml",
    target: `127.0.0.1:${p.sipPort}`,
    vars: { USER: "1001", PASS: p.credentials!.sip["1001"]!, CALLEE: "1002", RING_MS: "1500" },
    timeoutS: 30,
  });
  assert.equal(r.code, 0, `challenge, reliable 180, PRACK, CANCEL, 487: ${r.errors}${r.stderr}`);
  const cdr = await cdrOf((c) => c.direction === "internal" && c.caller === "1001" && c.callee === "1002");
  assert.equal(cdr.hangupCause, "caller_cancel");
  assert.equal(cdr.answerMs, 0, "never answered");
  await until("no call left", async () => (await liveCalls()).length === 0, 5000);
  await until("1002 ready again", async () => (await agent("1002")).status === "ready", 5000);
  // The CANCEL reached the phone: it rang, then stopped (baresip logs the session closed by the far end).
  await until("phone rang, then stopped", async () => /Incoming call from: 1001[\s\S]*session closed/.test(callee.output), 5000);
});

test("customer hold and resume by re-INVITE (answer recvonly, then sendrecv), session refresh by UPDATE; audio back after resume", { timeout: 90_000 }, async (t) => {
  const agentPhone = await phone("1001", 440, "auto");
  t.after(async () => {
    await agentPhone.stop();
    agentPhone.cleanup();
  });
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const r = await runSipp({
    scenario: "uac-hold-refresh.xml",
    target: `127.0.0.1:${p.sipPort}`,
    service: "4000",
    vars: { TALK_MS: "3000", HOLD_MS: "2000", TALK2_MS: "2500" },
    keys: { caller: "13700000077", rtp_port: String(customer.port) },
    timeoutS: 40,
  });
  const end = Date.now();
  assert.equal(r.code, 0, `hold answered recvonly, resume sendrecv, UPDATE refreshed: ${r.errors}${r.stderr}`);
  assert.equal(dominantFrequency(customer.heard(end - 2000, end - 600), CANDIDATES).freq, 440, "after resume the customer hears the agent again");
  const cdr = await cdrOf((c) => c.caller === "13700000077");
  assert.equal(cdr.agentId, (await agent("1001")).id);
  assert.equal(cdr.hangupSide, "caller");
  assert.ok(cdr.answerMs > 0);
});

test("the carrier's called party is busy (486) or declines (603): the CDR says which, the agent is freed", { timeout: 120_000 }, async (t) => {
  const carrierPort = await freePort();
  const trunk = await p.api("/api/v1/trunks", { token: admin, body: { name: "refusing carrier", host: "127.0.0.1", port: carrierPort } });
  assert.equal(trunk.status, 201, JSON.stringify(trunk.json));
  const agentPhone = await phone("1001", 440, "auto");
  t.after(async () => {
    await agentPhone.stop();
    agentPhone.cleanup();
  });
  const a1001 = await agent("1001");
  const agentToken = await p.login("1001", p.credentials!.console["1001"]!);
  for (const [status, reason, cause, number] of [
    ["486", "Busy Here", "busy", "13911110486"],
    ["603", "Decline", "declined", "13911110603"],
  ] as const) {
    const carrier = runSipp({ scenario: "uas-reject.xml", target: "", localPort: carrierPort, vars: { STATUS: status, REASON: reason }, timeoutS: 30 });
    await new Promise((r) => setTimeout(r, 300)); // SIPp listening
    const orig = await p.api("/api/v1/calls/originate", { token: agentToken, body: { agentId: a1001.id, destination: number } });
    assert.equal(orig.status, 200, JSON.stringify(orig.json));
    const res = await carrier;
    assert.equal(res.code, 0, `carrier refused with ${status} and got our ACK: ${res.errors}${res.stderr}`);
    const cdr = await cdrOf((c) => c.callee === number);
    assert.equal(cdr.hangupCause, cause, `${status} -> ${cause}`);
    assert.equal(cdr.sipStatus, Number(status));
    assert.equal(cdr.answerMs, 0);
    assert.equal(cdr.trunkId, trunk.json.id);
    await until("agent ready again", async () => (await agent("1001")).status === "ready", 8000);
  }
});
