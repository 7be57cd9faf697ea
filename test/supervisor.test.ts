// Supervisor (班长席) on a live call with real phones: listen (监听) is
// silent, whisper is heard by the agent only, barge (强插) by both; every
// party's audio is checked. The customer speaks 1000 Hz, the agent 440 Hz,
// the supervisor 659 Hz.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { goertzelPower, readWav, totalPower } from "../core/src/media/index.ts";
import { Baresip } from "./lib/baresip.ts";
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

/** Share of the signal's power at `freq` (about 1 for a pure tone, 0.5 each for two equal tones). */
function share(samples: Int16Array, freq: number, rate = 8000): number {
  const t = totalPower(samples);
  return t > 0 ? goertzelPower(samples, freq, rate) / t : 0;
}
function wavWindow(file: string, fromS: number, toS: number): { s: Int16Array; rate: number } {
  const w = readWav(file);
  const ch = w.samples[0]!;
  const a = Math.max(0, Math.floor(fromS * w.sampleRate));
  const b = Math.min(ch.length, Math.floor(toS * w.sampleRate));
  return { s: ch.subarray(a, b), rate: w.sampleRate };
}

test("listen, whisper and barge: who hears the supervisor", { timeout: 120_000 }, async (t) => {
  const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean; status: string }>;
  const agentPhone = new Baresip({ user: "1001", password: p.credentials!.sip["1001"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 440 });
  const supPhone = new Baresip({ user: "1002", password: p.credentials!.sip["1002"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 659 });
  await agentPhone.start();
  await supPhone.start();
  t.after(async () => {
    for (const b of [agentPhone, supPhone]) {
      await b.stop();
      b.cleanup();
    }
  });
  await until("phones registered", async () => (await agents()).filter((a) => a.registered).length === 2, 15_000);
  const list = await agents();
  const a1001 = list.find((a) => a.extension === "1001")!;
  const a1002 = list.find((a) => a.extension === "1002")!;
  await p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "ready" } });
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 14000, keys: { caller: "13500000001", rtp_port: String(customer.port) }, timeoutS: 60 });
  await until("agent on call", async () => (await agents()).find((a) => a.id === a1001.id)?.status === "on_call", 15_000);
  const tAnswer = Date.now();
  const calls = (await p.api("/api/v1/calls", { token: admin })).json.items as Array<{ callId: string }>;
  const callId = calls[0]!.callId;
  const mon = (mode: string) => p.api(`/api/v1/calls/${callId}/monitor`, { token: admin, body: { mode, agentId: a1002.id } });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  await sleep(1000);
  const tL = Date.now();
  assert.equal((await mon("listen")).status, 200);
  await sleep(3000);
  const tW = Date.now();
  assert.equal((await mon("whisper")).status, 200);
  await sleep(3000);
  const tB = Date.now();
  assert.equal((await mon("barge")).status, 200);
  await sleep(3000);
  const tStop = Date.now();
  assert.equal((await mon("stop")).status, 200);
  const res = await sipp;
  assert.equal(res.code, 0, res.errors + res.stderr);

  // The customer (exact timestamps).
  const cust = (from: number, to: number) => customer.heard(from, to);
  assert.ok(share(cust(tL + 1200, tW - 200), 659) < 0.02, "listen: the customer does not hear the supervisor");
  assert.ok(share(cust(tL + 1200, tW - 200), 440) > 0.5, "listen: the customer still hears the agent");
  assert.ok(share(cust(tW + 700, tB - 200), 659) < 0.02, "whisper: the customer does not hear the supervisor");
  assert.ok(share(cust(tB + 700, tStop - 200), 659) > 0.1, "barge: the customer hears the supervisor");
  assert.ok(share(cust(tStop + 800, tStop + 2500), 659) < 0.02, "after stop: the supervisor is gone");

  // The agent (dump starts when the agent answered).
  const agentWav = agentPhone.receivedWavs()[0]!;
  const ag = (from: number, to: number) => wavWindow(agentWav, (from - tAnswer) / 1000, (to - tAnswer) / 1000);
  const aL = ag(tL + 1200, tW - 300);
  assert.ok(share(aL.s, 659, aL.rate) < 0.02, "listen: the agent does not hear the supervisor");
  assert.ok(share(aL.s, 1000, aL.rate) > 0.5, "listen: the agent hears the customer");
  const aW = ag(tW + 800, tB - 300);
  assert.ok(share(aW.s, 659, aW.rate) > 0.1, "whisper: the agent hears the supervisor");
  assert.ok(share(aW.s, 1000, aW.rate) > 0.1, "whisper: ...and the customer");

  // The supervisor (dump ends at stop): hears customer and agent while listening.
  await until("supervisor dump", () => supPhone.receivedWavs().length > 0, 5000);
  const supWav = readWav(supPhone.receivedWavs()[0]!);
  const supLen = supWav.samples[0]!.length / supWav.sampleRate;
  const listenEndFromEnd = (tStop - tW) / 1000; // seconds before the end of the dump
  const sL = wavWindow(supPhone.receivedWavs()[0]!, supLen - listenEndFromEnd - 1.5, supLen - listenEndFromEnd - 0.3);
  assert.ok(share(sL.s, 1000, sL.rate) > 0.1 && share(sL.s, 440, sL.rate) > 0.1, "listen: the supervisor hears customer and agent");

  const cdr = await until("CDR", async () => {
    const r = await p.api("/api/v1/cdrs?caller=13500000001", { token: admin });
    return (r.json.items as Array<Record<string, any>>)[0];
  }, 10_000);
  assert.equal(cdr.agentId, a1001.id);
  assert.ok(cdr.recording?.url, "the call stayed recorded");
  // ...with no hole while the supervisor was on it: customer left, what the
  // customer hears right (the agent; agent and supervisor during barge).
  const rec = await p.api(cdr.recording.url, { token: admin });
  assert.equal(rec.status, 200);
  const file = join(mkdtempSync(join(tmpdir(), "sb-suprec-")), "r.wav");
  writeFileSync(file, rec.buf);
  const wav = readWav(file);
  assert.equal(wav.channels, 2);
  const [left, right] = wav.samples as [Int16Array, Int16Array];
  const at = (ms: number) => Math.max(0, Math.floor(((ms - tAnswer) / 1000) * wav.sampleRate));
  assert.ok(left.length / wav.sampleRate > (tStop - tAnswer) / 1000 - 1, `the recording covers the monitored part (${(left.length / wav.sampleRate).toFixed(1)} s)`);
  // Judged in 200 ms blocks, most of which must pass: a loaded box drops a
  // packet now and then, and one click can dominate a whole window's power.
  const blocks: string[] = [];
  for (let i = 0; i + 4000 <= left.length; i += 4000) blocks.push(`${(i / wav.sampleRate).toFixed(1)}s L1000=${share(left.subarray(i, i + 4000), 1000).toFixed(2)} R440=${share(right.subarray(i, i + 4000), 440).toFixed(2)} R659=${share(right.subarray(i, i + 4000), 659).toFixed(2)}`);
  const diag = `listen ${((tL - tAnswer) / 1000).toFixed(1)} s, whisper ${((tW - tAnswer) / 1000).toFixed(1)} s, barge ${((tB - tAnswer) / 1000).toFixed(1)} s, stop ${((tStop - tAnswer) / 1000).toFixed(1)} s: ${blocks.join("; ")}`;
  const mostly = (from: number, to: number, ok: (l: Int16Array, r: Int16Array) => boolean) => {
    let pass = 0;
    let all = 0;
    for (let i = at(from); i + 1600 <= Math.min(at(to), left.length); i += 1600, all++) if (ok(left.subarray(i, i + 1600), right.subarray(i, i + 1600))) pass++;
    return all > 0 && pass / all >= 0.7;
  };
  for (const [name, from, to] of [["listen", tL + 1200, tW - 300], ["whisper", tW + 1200, tB - 300], ["barge", tB + 1200, tStop - 300]] as const) {
    assert.ok(mostly(from, to, (l) => share(l, 1000) > 0.5), `${name}: the customer is in the recording's left channel (${diag})`);
    assert.ok(mostly(from, to, (_, r) => share(r, 440) > 0.1), `${name}: the agent is in the recording's right channel (${diag})`);
    if (name === "barge") assert.ok(mostly(from, to, (_, r) => share(r, 659) > 0.1), `barge: the supervisor the customer hears is recorded (${diag})`);
    else assert.ok(mostly(from, to, (_, r) => share(r, 659) < 0.02), `${name}: the recording has what the customer hears, not the supervisor (${diag})`);
  }
});
