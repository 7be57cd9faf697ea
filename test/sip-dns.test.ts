// RFC 3263 for outbound calls: the trunk's host is a domain served by a DNS
// server on 127.0.0.1 (SIP_DNS_SERVERS); its SRV records name two carrier
// nodes (SIPp). The first in priority answers 503, so the switch tries the
// second with the same request (new branch, §4.3), answers its digest
// challenge and connects the call; audio is checked both ways.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { dominantFrequency, readWav } from "../core/src/media/index.ts";
import { TestDnsServer } from "../core/src/sip/testdns.ts";
import { Baresip } from "./lib/baresip.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { freePort } from "./lib/ports.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { runSipp } from "./lib/sipp.ts";

const CANDIDATES = [350, 440, 450, 523, 659, 784, 1000, 1400];
let p: TestPlatform;
let admin: string;
let dns: TestDnsServer;
let busyPort: number;
let goodPort: number;
let regPort: number;

before(async () => {
  busyPort = await freePort();
  goodPort = await freePort();
  regPort = await freePort();
  dns = new TestDnsServer({
    "_sip._udp.carrier.test": [
      // priority 10 first (RFC 2782), whatever the weights
      { type: "SRV", priority: 20, weight: 100, port: goodPort, target: "sbc2.carrier.test" },
      { type: "SRV", priority: 10, weight: 1, port: busyPort, target: "sbc1.carrier.test" },
    ],
    "sbc1.carrier.test": [{ type: "A", address: "127.0.0.1" }],
    "sbc2.carrier.test": [{ type: "A", address: "127.0.0.1" }],
    "carrier.test": [],
    "_sip._udp.reg.test": [{ type: "SRV", priority: 10, weight: 10, port: regPort, target: "sbc1.carrier.test" }],
  });
  await dns.start();
  p = await startTestPlatform({ env: { SIP_DNS_SERVERS: `127.0.0.1:${dns.port}` } });
  admin = await p.login("admin", p.credentials!.console.admin!);
}, { timeout: 120_000 });
after(async () => {
  await p?.stop();
  dns?.close();
}, { timeout: 60_000 });

test("trunk host by DNS SRV: the first carrier node answers 503, the call fails over to the second", { timeout: 120_000 }, async (t) => {
  const trunk = await p.api("/api/v1/trunks", {
    token: admin,
    body: { name: "carrier-dns", host: "carrier.test", port: 0, username: "trunkuser", password: "trunk-secret", callerId: "4008001234" },
  });
  assert.equal(trunk.status, 201, JSON.stringify(trunk.json));
  const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean }>;
  const phone = new Baresip({ user: "1001", password: p.credentials!.sip["1001"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 440 });
  await phone.start();
  t.after(async () => {
    await phone.stop();
    phone.cleanup();
  });
  await until("1001 registered", async () => (await agents()).find((a) => a.extension === "1001")?.registered, 15_000);
  const a1001 = (await agents()).find((a) => a.extension === "1001")!;
  await p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "ready" } });

  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const busy = runSipp({ scenario: "uas-503.xml", target: "", localPort: busyPort, timeoutS: 40 });
  const carrier = runSipp({
    scenario: "uas-trunk.xml",
    target: "",
    localPort: goodPort,
    vars: { USER: "trunkuser", PASS: "trunk-secret" },
    keys: { rtp_port: String(customer.port) },
    pauseMs: 4000,
    timeoutS: 40,
  });
  await new Promise((r) => setTimeout(r, 300)); // SIPp listening
  const agentToken = await p.login("1001", p.credentials!.console["1001"]!);
  const orig = await p.api("/api/v1/calls/originate", { token: agentToken, body: { agentId: a1001.id, destination: "13912340000" } });
  assert.equal(orig.status, 200, JSON.stringify(orig.json));
  const b = await busy;
  assert.equal(b.code, 0, `the first node got the INVITE and the ACK for its 503: ${b.errors}${b.stderr}`);
  const res = await carrier;
  const end = Date.now();
  assert.equal(res.code, 0, `the second node got the call with a valid digest: ${res.errors}${res.stderr}`);
  assert.ok(dns.asked.includes("SRV _sip._udp.carrier.test"), `SRV asked: ${dns.asked.join(", ")}`);
  assert.ok(!dns.asked.some((q) => q.startsWith("NAPTR")), "transport given: no NAPTR (RFC 3263 §4.1)");
  assert.equal(dominantFrequency(customer.heard(end - 1500, end - 300), CANDIDATES).freq, 440, "the customer hears the agent");
  await until("agent dump", () => phone.receivedWavs().length > 0, 5000);
  const dump = readWav(phone.receivedWavs()[0]!);
  const tail = dump.samples[0]!.subarray(Math.max(0, dump.samples[0]!.length - dump.sampleRate * 2), dump.samples[0]!.length - Math.floor(dump.sampleRate * 0.3));
  assert.equal(dominantFrequency(tail, CANDIDATES, dump.sampleRate).freq, 1000, "the agent hears the customer");
  const cdr = await until("outbound CDR", async () => {
    const r = await p.api("/api/v1/cdrs?limit=20", { token: admin });
    return (r.json.items as Array<Record<string, any>>).find((c) => c.callee === "13912340000");
  }, 15_000, 250);
  assert.equal(cdr.direction, "outbound");
  assert.ok(cdr.answerMs > 0, JSON.stringify(cdr));
});

test("a trunk domain that does not resolve: the click-to-dial call ends trunk_unreachable, nothing sent", { timeout: 60_000 }, async (t) => {
  const list = (await p.api("/api/v1/trunks", { token: admin })).json.items as Array<{ id: string }>;
  for (const tr of list) await p.api(`/api/v1/trunks/${tr.id}`, { token: admin, method: "DELETE" });
  const trunk = await p.api("/api/v1/trunks", { token: admin, body: { name: "nowhere", host: "nowhere.test", port: 0 } });
  assert.equal(trunk.status, 201, JSON.stringify(trunk.json));
  const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean }>;
  const phone = new Baresip({ user: "1002", password: p.credentials!.sip["1002"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 440 });
  await phone.start();
  t.after(async () => {
    await phone.stop();
    phone.cleanup();
  });
  await until("1002 registered", async () => (await agents()).find((a) => a.extension === "1002")?.registered, 15_000);
  const a1002 = (await agents()).find((a) => a.extension === "1002")!;
  await until("config with the new trunk reached core", async () => {
    dns.asked.length = 0;
    const agentToken = await p.login("1002", p.credentials!.console["1002"]!);
    const orig = await p.api("/api/v1/calls/originate", { token: agentToken, body: { agentId: a1002.id, destination: "13912340001" } });
    return orig.status === 200;
  }, 10_000, 500);
  const cdr = await until("CDR", async () => {
    const r = await p.api("/api/v1/cdrs?limit=20", { token: admin });
    return (r.json.items as Array<Record<string, any>>).find((c) => c.callee === "13912340001");
  }, 20_000, 250);
  assert.equal(cdr.hangupCause, "trunk_unreachable", JSON.stringify(cdr));
  assert.ok(dns.asked.some((q) => q.includes("nowhere.test")), dns.asked.join(", "));
});

test("outbound registration to a trunk host located by SRV", { timeout: 60_000 }, async () => {
  const registrar = runSipp({ scenario: "uas-registrar.xml", target: "", localPort: regPort, vars: { USER: "4008001235", PASS: "reg-secret" }, timeoutS: 30 });
  await new Promise((r) => setTimeout(r, 300));
  const trunk = await p.api("/api/v1/trunks", {
    token: admin,
    body: { name: "registering carrier", host: "reg.test", port: 0, username: "4008001235", password: "reg-secret", register: true, registerExpires: 300 },
  });
  assert.equal(trunk.status, 201, JSON.stringify(trunk.json));
  const res = await registrar;
  assert.equal(res.code, 0, `the carrier behind SRV saw a valid REGISTER: ${res.errors}${res.stderr}`);
  assert.ok(dns.asked.includes("SRV _sip._udp.reg.test"), dns.asked.join(", "));
});
