// A media worker dies mid-call: the engine restarts it, and the call that
// had its legs there is torn down cleanly - the customer gets a BYE, a CDR
// with cause media_failure is spooled - instead of hanging silent. Core runs
// in this process (it is the part under test; control is not needed: CDRs
// wait in core's outbox, which is read back afterwards).
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { Outbox } from "../core/src/api/index.ts";
import { startCore } from "../core/src/index.ts";
import { pb } from "../core/src/index.ts";
import { dominantFrequency } from "../core/src/media/index.ts";
import { Baresip } from "./lib/baresip.ts";
import { freePort, freeRange } from "./lib/ports.ts";
import { until } from "./lib/platform.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { runSipp } from "./lib/sipp.ts";

test("a media worker crash ends its calls with BYE and a media_failure CDR; new calls work", { timeout: 120_000 }, async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), "sb-core-"));
  const rtp = await freeRange(200);
  const core = await startCore({ dataDir, sipPort: await freePort(2), apiPort: await freePort(), rtpPortMin: rtp, rtpPortMax: rtp + 198, mediaWorkers: 2, logLevel: "fatal" });
  t.after(async () => {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const realm = "127.0.0.1";
  const ha1 = createHash("md5").update(`1001:${realm}:pw-1001`).digest("hex");
  core.config.apply(
    pb.ConfigSnapshot.fromObject({
      version: 1,
      tenants: [
        {
          id: "t1",
          name: "t",
          sipDomains: [realm],
          dids: [{ number: "4000", queueId: "q1" }],
          queues: [{ id: "q1", name: "support" }],
          agents: [{ id: "a1", jobNumber: "1001", extension: "1001", ha1Md5: ha1, queueIds: ["q1"] }],
        },
      ],
    }),
    false,
  );
  const phone = new Baresip({ user: "1001", password: "pw-1001", registrar: `127.0.0.1:${core.sipPort}` });
  await phone.start();
  t.after(async () => {
    await phone.stop();
    phone.cleanup();
  });
  await until("registered", () => core.calls.snapshot("t1").agents?.[0]?.registered, 15_000);
  core.calls.setAgentState("t1", "a1", pb.AgentStatus.AGENT_READY, "");

  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${core.sipPort}`, service: "4000", keys: { caller: "13900000077", rtp_port: String(customer.port) }, timeoutS: 40 });
  await until("answered", () => core.calls.snapshot("t1").calls?.[0]?.phase === pb.CallPhase.CALL_ANSWERED, 15_000);
  await new Promise((r) => setTimeout(r, 1000));
  const info = await core.media.workerInfo();
  const busy = info.findIndex((w) => w.legs > 0);
  assert.ok(busy >= 0, JSON.stringify(info));
  core.media.crashWorkerForTest(busy);
  const res = await sipp;
  assert.equal(res.code, 0, `the customer got a BYE: ${res.errors}${res.stderr}`);
  assert.equal(core.calls.activeCalls, 0);
  await until("agent free again", () => core.calls.snapshot("t1").agents?.[0]?.callId === "", 5000);
  // The restarted worker takes new calls.
  await until("agent ready again", () => core.calls.snapshot("t1").agents?.[0]?.status === pb.AgentStatus.AGENT_READY, 5000);
  const second = await runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${core.sipPort}`, service: "4000", pauseMs: 2500, keys: { caller: "13900000078", rtp_port: String(customer.port) } });
  const end = Date.now();
  assert.equal(second.code, 0, second.errors + second.stderr);
  assert.equal(dominantFrequency(customer.heard(end - 1200, end - 300), [440, 1000, 523, 659, 784]).freq, 440, "the next call has audio again");

  await core.close();
  const spooled = new Outbox(join(dataDir, "core", "outbox")).unacked().map((e) => e.cdr).filter(Boolean);
  const cdr = spooled.find((c) => c!.caller === "13900000077");
  assert.ok(cdr, "a CDR was spooled");
  assert.equal(cdr!.hangupCause, "media_failure");
  assert.equal(cdr!.agentId, "a1");
});
