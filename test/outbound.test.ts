// Click-to-dial (页面点击拨号) through a carrier trunk: the agent's phone
// rings first (预占用), then the switch dials the customer through the
// tenant's trunk, answers the carrier's digest challenge, and bridges.
// The carrier is SIPp verifying our digest; audio is checked both ways.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { dominantFrequency, readWav } from "../core/src/media/index.ts";
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

test("click-to-dial rings the agent, then dials out through the trunk with digest auth; audio both ways; outbound CDR", { timeout: 120_000 }, async (t) => {
  const carrierPort = await freePort();
  const trunk = await p.api("/api/v1/trunks", {
    token: admin,
    body: { name: "carrier", host: "127.0.0.1", port: carrierPort, username: "trunkuser", password: "trunk-secret", callerId: "4008001234" },
  });
  assert.equal(trunk.status, 201, JSON.stringify(trunk.json));
  const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean; status: string; reason: string }>;
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
  const carrier = runSipp({
    scenario: "uas-trunk.xml",
    target: "",
    localPort: carrierPort,
    vars: { USER: "trunkuser", PASS: "trunk-secret" },
    keys: { rtp_port: String(customer.port) },
    pauseMs: 4000,
    timeoutS: 40,
  });
  await new Promise((r) => setTimeout(r, 300)); // SIPp listening
  const agentToken = await p.login("1001", p.credentials!.console["1001"]!);
  const orig = await p.api("/api/v1/calls/originate", { token: agentToken, body: { agentId: a1001.id, destination: "13912345678" } });
  assert.equal(orig.status, 200, JSON.stringify(orig.json));
  const res = await carrier;
  const end = Date.now();
  assert.equal(res.code, 0, `carrier saw a valid digest and a full call: ${res.errors}${res.stderr}`);
  assert.equal(dominantFrequency(customer.heard(end - 1500, end - 300), CANDIDATES).freq, 440, "the customer hears the agent");
  await until("agent dump", () => phone.receivedWavs().length > 0, 5000);
  const dump = readWav(phone.receivedWavs()[0]!);
  const tail = dump.samples[0]!.subarray(Math.max(0, dump.samples[0]!.length - dump.sampleRate * 2), dump.samples[0]!.length - Math.floor(dump.sampleRate * 0.3));
  assert.equal(dominantFrequency(tail, CANDIDATES, dump.sampleRate).freq, 1000, "the agent hears the customer");
  const cdr = await until("outbound CDR", async () => {
    const r = await p.api("/api/v1/cdrs?limit=20", { token: admin });
    return (r.json.items as Array<Record<string, any>>).find((c) => c.callee === "13912345678");
  }, 15_000, 250);
  assert.equal(cdr.direction, "outbound");
  assert.equal(cdr.caller, "4008001234", "the trunk's caller ID");
  assert.equal(cdr.agentId, a1001.id);
  assert.equal(cdr.hangupSide, "callee");
  assert.ok(cdr.answerMs > 0 && cdr.endMs - cdr.answerMs >= 3000, JSON.stringify(cdr));
  assert.ok(cdr.recording?.url, "outbound calls are recorded too");
  // The agent goes back to the state they had (ready).
  await until("agent ready again", async () => (await agents()).find((a) => a.id === a1001.id)?.status === "ready", 5000).catch(async (e) => {
    throw new Error(`${e.message}: ${JSON.stringify((await agents()).find((a) => a.id === a1001.id))}`);
  });
});

test("click-to-dial refuses clearly: unknown agent, phone not registered, no trunk", { timeout: 30_000 }, async () => {
  const agents = (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string }>;
  const a1002 = agents.find((a) => a.extension === "1002")!;
  const notReg = await p.api("/api/v1/calls/originate", { token: admin, body: { agentId: a1002.id, destination: "13912345678" } });
  assert.equal(notReg.status, 409, JSON.stringify(notReg.json));
  assert.match(notReg.json.error.reason, /not registered/);
  const bad = await p.api("/api/v1/calls/originate", { token: admin, body: { agentId: a1002.id, destination: "abc" } });
  assert.equal(bad.status, 400);
  assert.match(JSON.stringify(bad.json), /destination/);
});

test("outbound registration: a trunk with register=true REGISTERs at the carrier and answers its digest challenge", { timeout: 60_000 }, async () => {
  const regPort = await freePort();
  const registrar = runSipp({ scenario: "uas-registrar.xml", target: "", localPort: regPort, vars: { USER: "4008001234", PASS: "reg-secret" }, timeoutS: 30 });
  await new Promise((r) => setTimeout(r, 300));
  const trunk = await p.api("/api/v1/trunks", {
    token: admin,
    body: { name: "registering carrier", host: "127.0.0.1", port: regPort, username: "4008001234", password: "reg-secret", register: true, registerExpires: 300 },
  });
  assert.equal(trunk.status, 201, JSON.stringify(trunk.json));
  const res = await registrar;
  assert.equal(res.code, 0, `the carrier saw a valid digest: ${res.errors}${res.stderr}`);
  const platformAdmin = await p.login("platform", p.credentials!.console.platform!);
  await until("registered", async () => (await p.api("/api/v1/system/metrics", { token: platformAdmin })).json.counters.trunks_registered >= 1, 5000);
});
