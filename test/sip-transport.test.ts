// SIP over real networks: a call whose signalling loses every third
// datagram still completes once (retransmissions absorbed, no duplicate
// call or CDR), and a customer calling over TCP is served like over UDP.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { dominantFrequency } from "../core/src/media/index.ts";
import { Baresip } from "./lib/baresip.ts";
import { LossyRelay } from "./lib/lossy-relay.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { runSipp } from "./lib/sipp.ts";

const CANDIDATES = [350, 440, 450, 523, 659, 784, 1000, 1400];
let p: TestPlatform;
let admin: string;
let platformAdmin: string;
before(async () => {
  p = await startTestPlatform();
  admin = await p.login("admin", p.credentials!.console.admin!);
  platformAdmin = await p.login("platform", p.credentials!.console.platform!);
}, { timeout: 120_000 });
after(() => p?.stop(), { timeout: 60_000 });

const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean; status: string }>;
const counters = async () => (await p.api("/api/v1/system/metrics", { token: platformAdmin })).json.counters as Record<string, number>;

async function cdrsOf(caller: string) {
  const r = await p.api(`/api/v1/cdrs?caller=${caller}`, { token: admin });
  return (r.json.items as Array<Record<string, any>>).filter((c) => c.caller === caller);
}

test("every third SIP datagram lost, both ways on the agent side and inbound from the customer: one call, one CDR", { timeout: 120_000 }, async (t) => {
  const relayAgent = new LossyRelay({ address: "127.0.0.1", port: p.sipPort }, 3);
  const relayCustomer = new LossyRelay({ address: "127.0.0.1", port: p.sipPort }, 3);
  await relayAgent.start();
  await relayCustomer.start();
  t.after(() => {
    relayAgent.close();
    relayCustomer.close();
  });
  // The agent's phone registers through the lossy relay: the switch then
  // reaches it through the relay too (it answers where REGISTER came from).
  const phone = new Baresip({ user: "1001", password: p.credentials!.sip["1001"]!, registrar: `127.0.0.1:${relayAgent.port}`, toneHz: 440 });
  await phone.start();
  t.after(async () => {
    await phone.stop();
    phone.cleanup();
  });
  await until("1001 registered through the relay", async () => (await agents()).find((a) => a.extension === "1001")?.registered, 30_000);
  const a1001 = (await agents()).find((a) => a.extension === "1001")!;
  await p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "ready" } });
  t.after(() => p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "logged_out" } }));
  const before = await counters();
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const r = await runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${relayCustomer.port}`, service: "4000", pauseMs: 4000, keys: { caller: "13600000001", rtp_port: String(customer.port) }, timeoutS: 60 });
  const end = Date.now();
  assert.equal(r.code, 0, r.errors + r.stderr);
  assert.ok(relayAgent.dropped.up + relayAgent.dropped.down + relayCustomer.dropped.up > 0, "packets were really lost");
  assert.equal(dominantFrequency(customer.heard(end - 1500, end - 300), CANDIDATES).freq, 440, "the call was connected to the agent");
  await until("one CDR", async () => (await cdrsOf("13600000001")).length === 1, 10_000);
  await new Promise((res) => setTimeout(res, 1000));
  assert.equal((await cdrsOf("13600000001")).length, 1, "retransmissions did not create a second call");
  const after = await counters();
  assert.ok(after.sip_retransmissionsAbsorbed! > before.sip_retransmissionsAbsorbed! || after.sip_retransmissionsSent! > before.sip_retransmissionsSent!, "the switch retransmitted or absorbed retransmissions");
  assert.equal(after.calls_active, 0, "no stuck call");
});

test("a customer calling over TCP is served like over UDP", { timeout: 90_000 }, async (t) => {
  const phone = new Baresip({ user: "1002", password: p.credentials!.sip["1002"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 659 });
  await phone.start();
  t.after(async () => {
    await phone.stop();
    phone.cleanup();
  });
  await until("1002 registered", async () => (await agents()).find((a) => a.extension === "1002")?.registered, 15_000);
  const a1002 = (await agents()).find((a) => a.extension === "1002")!;
  await p.api(`/api/v1/agents/${a1002.id}/state`, { token: admin, body: { status: "ready" } });
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const r = await runSipp({ scenario: "uac-call.xml", transport: "t1", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 3000, keys: { caller: "13600000002", rtp_port: String(customer.port) } });
  const end = Date.now();
  assert.equal(r.code, 0, r.errors + r.stderr);
  assert.equal(dominantFrequency(customer.heard(end - 1500, end - 300), CANDIDATES).freq, 659);
  const cdr = (await until("CDR", async () => (await cdrsOf("13600000002"))[0], 10_000)) as Record<string, any>;
  assert.equal(cdr.agentId, a1002.id);
  assert.equal(cdr.hangupCause, "normal_clearing");
});
