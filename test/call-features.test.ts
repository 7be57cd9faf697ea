// Call-center call handling with real phones: an agent who rejects passes
// the call to the next agent; hold/resume from the agent's phone reaches
// the customer; blind transfer (REFER) from one agent to another.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dominantFrequency, readWav, totalPower } from "../core/src/media/index.ts";
import { PromptRenderer } from "../core/src/ivr/index.ts";
import { findSignature } from "./lib/audio.ts";
import { Baresip } from "./lib/baresip.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
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

async function agent(ext: string) {
  const r = await p.api("/api/v1/agents", { token: admin });
  return (r.json.items as Array<{ id: string; extension: string; status: string; registered: boolean }>).find((a) => a.extension === ext)!;
}

async function phone(ext: string, toneHz: number, answer: "auto" | "manual" = "auto"): Promise<Baresip> {
  const b = new Baresip({ user: ext, password: p.credentials!.sip[ext]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz, answer });
  await b.start();
  await until(`${ext} registered`, async () => (await agent(ext))?.registered, 15_000);
  return b;
}

async function setState(ext: string, status: "ready" | "not_ready" | "logged_out") {
  const a = await agent(ext);
  const r = await p.api(`/api/v1/agents/${a.id}/state`, { token: admin, body: { status } });
  assert.equal(r.status, 200, JSON.stringify(r.json));
}

async function cdrsOf(caller: string, n: number) {
  return until(`${n} CDRs for ${caller}`, async () => {
    const l = await p.api(`/api/v1/cdrs?caller=${caller}`, { token: admin });
    const items = (l.json.items as Array<Record<string, any>>).filter((c) => c.caller === caller);
    return items.length >= n ? items.sort((a, b) => a.startMs - b.startMs) : null;
  }, 15_000);
}

test("an agent who rejects the call passes it to the next ready agent", { timeout: 90_000 }, async (t) => {
  const a1 = await phone("1001", 440, "manual");
  const a2 = await phone("1002", 659, "auto");
  t.after(async () => {
    await setState("1001", "logged_out");
    await setState("1002", "logged_out");
    for (const b of [a1, a2]) {
      await b.stop();
      b.cleanup();
    }
  });
  await setState("1001", "ready"); // longest idle: offered first
  await new Promise((r) => setTimeout(r, 50));
  await setState("1002", "ready");
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 5000, keys: { caller: "13811110001", rtp_port: String(customer.port) } });
  // 1001 rings and rejects (baresip answers 486 Busy Here).
  await until("1001 rings", () => /incoming call/i.test(a1.output), 15_000);
  a1.command("hangup");
  const r = await sipp;
  const end = Date.now();
  assert.equal(r.code, 0, r.errors + r.stderr);
  const [cdr] = await cdrsOf("13811110001", 1);
  assert.equal(cdr!.agentId, (await agent("1002")).id, "answered by the second agent");
  const heard = dominantFrequency(customer.heard(end - 1500, end - 300), CANDIDATES);
  assert.equal(heard.freq, 659, "the customer talks to agent 1002");
});

test("hold from the agent's phone plays music on hold to the customer; resume brings the agent back", { timeout: 90_000 }, async (t) => {
  const a1 = await phone("1001", 440, "auto");
  t.after(async () => {
    await setState("1001", "logged_out");
    await a1.stop();
    a1.cleanup();
  });
  await setState("1001", "ready");
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 7000, keys: { caller: "13811110002", rtp_port: String(customer.port) } });
  await until("answered", async () => (await agent("1001")).status === "on_call", 15_000);
  await new Promise((r) => setTimeout(r, 1000));
  a1.command("hold"); // baresip sends re-INVITE a=sendonly
  await new Promise((r) => setTimeout(r, 2500));
  const holdEnd = Date.now();
  a1.command("resume");
  const r = await sipp;
  const end = Date.now();
  assert.equal(r.code, 0, r.errors + r.stderr);
  const onHold = dominantFrequency(customer.heard(holdEnd - 1500, holdEnd - 200), CANDIDATES);
  assert.notEqual(onHold.freq, 440, "on hold the customer does not hear the agent");
  assert.ok([523, 659, 784].includes(onHold.freq), `on hold the customer hears the hold music (got ${onHold.freq} Hz)`);
  const after = dominantFrequency(customer.heard(end - 1200, end - 300), CANDIDATES);
  assert.equal(after.freq, 440, "after resume the customer hears the agent again");
  const [cdr] = await cdrsOf("13811110002", 1);
  assert.ok(cdr!.recording?.url, "the call was recorded across the hold");
});

test("blind transfer (REFER) from agent 1001 to agent 1002", { timeout: 90_000 }, async (t) => {
  const a1 = await phone("1001", 440, "auto");
  const a2 = await phone("1002", 659, "auto");
  t.after(async () => {
    await setState("1001", "logged_out");
    await setState("1002", "logged_out");
    for (const b of [a1, a2]) {
      await b.stop();
      b.cleanup();
    }
  });
  await setState("1001", "ready");
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 9000, keys: { caller: "13811110003", rtp_port: String(customer.port) } });
  await until("1001 on call", async () => (await agent("1001")).status === "on_call", 15_000);
  await new Promise((r) => setTimeout(r, 1500));
  const first = dominantFrequency(customer.heard(Date.now() - 1000, Date.now() - 100), CANDIDATES);
  assert.equal(first.freq, 440, "customer talks to 1001 first");
  await setState("1002", "ready");
  a1.command("transfer", "1002");
  await until("1002 on call", async () => (await agent("1002")).status === "on_call", 15_000);
  const r = await sipp;
  const end = Date.now();
  assert.equal(r.code, 0, r.errors + r.stderr);
  const heard = dominantFrequency(customer.heard(end - 1500, end - 300), CANDIDATES);
  assert.equal(heard.freq, 659, "after the transfer the customer talks to 1002");
  const [seg1, seg2] = await cdrsOf("13811110003", 2);
  assert.equal(seg1!.agentId, (await agent("1001")).id);
  assert.equal(seg1!.hangupCause, "blind_transfer");
  assert.equal(seg2!.agentId, (await agent("1002")).id);
  assert.equal(seg2!.hangupCause, "normal_clearing");
  assert.equal(seg1!.sipCallId, seg2!.sipCallId, "segments share the customer's Call-ID");
});

test("the agent pauses the recording for sensitive data: silence is recorded meanwhile, the rest keeps its timing", { timeout: 90_000 }, async (t) => {
  const a1 = await phone("1001", 440, "auto");
  t.after(async () => {
    await setState("1001", "logged_out");
    await a1.stop();
    a1.cleanup();
  });
  await setState("1001", "ready");
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 6000, keys: { caller: "13811110004", rtp_port: String(customer.port) } });
  await until("answered", async () => (await agent("1001")).status === "on_call", 15_000);
  const callId = ((await p.api("/api/v1/calls", { token: admin })).json.items as Array<{ callId: string }>)[0]!.callId;
  const agentToken = await p.login("1001", p.credentials!.console["1001"]!);
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal((await p.api(`/api/v1/calls/${callId}/recording`, { token: agentToken, body: { pause: true } })).status, 200);
  await new Promise((r) => setTimeout(r, 2000));
  assert.equal((await p.api(`/api/v1/calls/${callId}/recording`, { token: agentToken, body: { pause: false } })).status, 200);
  assert.equal((await sipp).code, 0);
  const [cdr] = await cdrsOf("13811110004", 1);
  const rec = await p.api(cdr!.recording.url, { token: admin });
  const path = join(mkdtempSync(join(tmpdir(), "sb-rec-")), "r.wav");
  writeFileSync(path, rec.buf);
  const wav = readWav(path);
  const secs = wav.samples[0]!.length / 8000;
  assert.ok(secs > 5, `the recording keeps the call's timing (${secs} s)`);
  // The longest run of 100 ms blocks that are silent on both channels.
  let run = 0;
  let best = 0;
  for (let i = 0; i + 800 <= wav.samples[0]!.length; i += 800) {
    const quiet = totalPower(wav.samples[0]!.subarray(i, i + 800)) < 1e-5 && totalPower(wav.samples[1]!.subarray(i, i + 800)) < 1e-5;
    run = quiet ? run + 1 : 0;
    best = Math.max(best, run);
  }
  assert.ok(best >= 15 && best <= 25, `about 2 s of silence while paused (${best * 100} ms)`);
  assert.equal(dominantFrequency(wav.samples[0]!.subarray(wav.samples[0]!.length - 8000), CANDIDATES).freq, 1000, "recording resumed (customer)");
});

test("queue announcements: the waiting caller hears the position in Mandarin, then the music again", { timeout: 90_000 }, async (t) => {
  const queues = (await p.api("/api/v1/queues", { token: admin })).json.items as Array<{ id: string; name: string }>;
  const support = queues.find((q) => q.name.includes("support"))!;
  const patch = await p.api(`/api/v1/queues/${support.id}`, { token: admin, method: "PATCH", body: { announceEveryS: 6, announceLang: "zh" } });
  assert.equal(patch.status, 200, JSON.stringify(patch.json));
  t.after(() => p.api(`/api/v1/queues/${support.id}`, { token: admin, method: "PATCH", body: { announceEveryS: 0 } }));
  await new Promise((r) => setTimeout(r, 500));
  const renderer = new PromptRenderer({ cacheDir: mkdtempSync(join(tmpdir(), "sb-prompts-")) });
  const lead = await renderer.render("您前面排队的是第", "zh");
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  // Nobody is ready: the caller waits, hears the announcement, then music.
  const r = await runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 12000, keys: { caller: "13811110005", rtp_port: String(customer.port) }, timeoutS: 40 });
  const end = Date.now();
  assert.equal(r.code, 0, r.errors + r.stderr);
  assert.ok(findSignature(customer.heard(), lead) >= 0, "the position announcement was played");
  const music = dominantFrequency(customer.heard(end - 1500, end - 300), CANDIDATES);
  assert.ok([523, 659, 784].includes(music.freq), `music on hold resumed (${music.freq} Hz)`);
  const [cdr] = await cdrsOf("13811110005", 1);
  assert.equal(cdr!.hangupCause, "abandoned");
});

test("extension to extension (分机短号互打): 1001 dials 1002, digest-authenticated, both hear each other, internal CDR", { timeout: 90_000 }, async (t) => {
  const a1 = await phone("1001", 440, "auto");
  const a2 = await phone("1002", 659, "auto");
  t.after(async () => {
    for (const b of [a1, a2]) {
      await b.stop();
      b.cleanup();
    }
  });
  a1.command("dial", `sip:1002@127.0.0.1:${p.sipPort}`);
  await until("1002 talking", async () => (await p.api("/api/v1/calls", { token: admin })).json.items.some((c: { phase: string }) => c.phase === "answered"), 15_000);
  await new Promise((r) => setTimeout(r, 2500));
  a1.command("hangup");
  const [cdr] = await cdrsOf("1001", 1);
  assert.equal(cdr!.direction, "internal");
  assert.equal(cdr!.callee, "1002");
  assert.equal(cdr!.agentId, (await agent("1002")).id);
  assert.equal(cdr!.hangupSide, "caller");
  assert.ok(cdr!.answerMs > 0);
  await until("dumps", () => a1.receivedWavs().length > 0 && a2.receivedWavs().length > 0, 5000);
  const heard = (b: Baresip) => {
    const w = readWav(b.receivedWavs()[0]!);
    const ch = w.samples[0]!;
    return dominantFrequency(ch.subarray(Math.floor(w.sampleRate * 0.5), Math.floor(w.sampleRate * 2)), CANDIDATES, w.sampleRate).freq;
  };
  assert.equal(heard(a1), 659, "1001 hears 1002");
  assert.equal(heard(a2), 440, "1002 hears 1001");
});
