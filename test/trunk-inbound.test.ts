// Inbound carrier trunks: a tenant whose trunk lists the addresses its
// carrier sends from takes calls to its DIDs only from there (403 for anyone
// else), counts them against the trunk's channels (503 + Retry-After when
// full), and records the trunk in the CDR. The carrier is SIPp bound to
// 127.0.0.2, a second host on loopback; the stranger is SIPp on 127.0.0.1.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { runSipp } from "./lib/sipp.ts";

let p: TestPlatform;
let admin: string;

before(async () => {
  p = await startTestPlatform();
  admin = await p.login("admin", p.credentials!.console.admin!);
}, { timeout: 120_000 });
after(() => p?.stop(), { timeout: 60_000 });

const metrics = async () => (await p.api("/api/v1/system/metrics", { token: await p.login("platform", p.credentials!.console.platform!) })).json;

test("DID calls only from the trunk's sources; its channels limit calls; the CDR names the trunk", { timeout: 120_000 }, async (t) => {
  const bad = await p.api("/api/v1/trunks", { token: admin, body: { name: "bad", host: "127.0.0.1", inboundSources: ["not-an-ip"] } });
  assert.equal(bad.status, 400, "a source that is not an address is refused by the API");
  const created = await p.api("/api/v1/trunks", {
    token: admin,
    body: { name: "carrier in", host: "127.0.0.2", inboundSources: ["127.0.0.2/32"], maxChannels: 1 },
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const trunkId = created.json.id as string;
  assert.deepEqual(created.json.inboundSources, ["127.0.0.2/32"]);
  // Core gets the configuration pushed; wait until a stranger is refused.
  const target = `127.0.0.1:${p.sipPort}`;
  await until("stranger refused", async () => (await runSipp({ scenario: "uac-expect.xml", target, service: "4000", vars: { STATUS: "403" }, timeoutS: 5 })).code === 0, 15_000, 300);
  const before = (await metrics()).counters?.calls_trunkRefused ?? (await metrics()).calls_trunkRefused;

  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  // The carrier's call is answered by the queue (music) and held for 4 s.
  const first = runSipp({ scenario: "uac-call.xml", target, localIp: "127.0.0.2", service: "4000", pauseMs: 4000, keys: { caller: "13500000001", rtp_port: String(customer.port) }, timeoutS: 30 });
  await until("first call up", async () => {
    const calls = (await p.api("/api/v1/calls", { token: admin })).json.items as Array<{ caller: string }>;
    return calls.some((c) => c.caller === "13500000001");
  }, 10_000, 200);
  // One channel: a second call from the carrier meanwhile is turned away.
  const second = await runSipp({ scenario: "uac-expect.xml", target, localIp: "127.0.0.2", service: "4000", vars: { STATUS: "503", CALLER: "13500000002" }, timeoutS: 10 });
  assert.equal(second.code, 0, `second call gets 503: ${second.errors}${second.stderr}`);
  const r1 = await first;
  assert.equal(r1.code, 0, r1.errors + r1.stderr);
  const cdr = await until("CDR", async () => {
    const r = await p.api("/api/v1/cdrs?limit=20", { token: admin });
    return (r.json.items as Array<Record<string, any>>).find((c) => c.caller === "13500000001");
  }, 15_000, 250);
  assert.equal(cdr.trunkId, trunkId, "the CDR records the trunk the call came in on");
  assert.equal(cdr.direction, "inbound");
  // The channel is free again: the next carrier call is taken.
  const third = await runSipp({ scenario: "uac-call.xml", target, localIp: "127.0.0.2", service: "4000", pauseMs: 500, keys: { caller: "13500000003", rtp_port: String(customer.port) }, timeoutS: 20 });
  assert.equal(third.code, 0, third.errors + third.stderr);
  const m = await metrics();
  const after = m.counters?.calls_trunkRefused ?? m.calls_trunkRefused;
  assert.ok(typeof before === "number" && before >= 1 && after === before, `refusals counted once per stranger call (${before} -> ${after})`);

  // Without sources listed the tenant takes DID calls from anywhere again.
  const open = await p.api(`/api/v1/trunks/${trunkId}`, { token: admin, method: "PATCH", body: { inboundSources: [] } });
  assert.equal(open.status, 200, JSON.stringify(open.json));
  await until("stranger accepted again", async () => (await runSipp({ scenario: "uac-call.xml", target, service: "4000", pauseMs: 200, keys: { caller: "13500000004", rtp_port: String(customer.port) }, timeoutS: 10 })).code === 0, 15_000, 300);
});
