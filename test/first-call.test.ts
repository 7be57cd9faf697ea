// The first call, end to end, with real peers: baresip registers as agent
// 1001 with digest auth, is made ready through the API; SIPp calls DID 4000
// as a customer whose phone speaks 1000 Hz; the ACD offers the call to
// 1001, baresip auto-answers speaking 440 Hz; a media worker bridges and
// records; the customer hangs up; the CDR lands in PostgreSQL; a headless
// Chromium on the console sees the call while it is up and not after.
// Runs on the embedded PostgreSQL, exactly the `npm start` path.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { dominantFrequency, goertzelPower, readWav } from "../core/src/media/index.ts";
import { Baresip } from "./lib/baresip.ts";
import { launchChromium } from "./lib/browser.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { runSipp } from "./lib/sipp.ts";

const CANDIDATES = [350, 440, 450, 523, 659, 784, 1000, 1400];
let p: TestPlatform;
let admin: string;

before(async () => {
  p = await startTestPlatform({ embedded: true });
  admin = await p.login("admin", p.credentials!.console.admin!);
}, { timeout: 120_000 });
after(async () => {
  await p?.stop();
}, { timeout: 60_000 });

async function agentRow(ext: string) {
  const r = await p.api("/api/v1/agents", { token: admin });
  return (r.json.items as Array<Record<string, unknown>>).find((a) => a.extension === ext)!;
}

test("REGISTER with a wrong password gets 403 and leaves no binding", { timeout: 60_000 }, async () => {
  const target = `127.0.0.1:${p.sipPort}`;
  const bad = await runSipp({ scenario: "register-auth.xml", target, vars: { STATUS: "403", EXPIRES: "300", USER: "1002", PASS: "wrong-password" } });
  assert.equal(bad.code, 0, `SIPp expected 401 then 403: ${bad.errors}${bad.stderr}`);
  assert.equal((await agentRow("1002")).registered, false);
  // The right password registers (and a second REGISTER with Expires: 0 would remove it).
  const good = await runSipp({ scenario: "register-auth.xml", target, vars: { STATUS: "200", EXPIRES: "0", USER: "1002", PASS: p.credentials!.sip["1002"]! } });
  assert.equal(good.code, 0, `SIPp expected 401 then 200: ${good.errors}${good.stderr}`);
});

test("an unknown number gets 404", { timeout: 30_000 }, async () => {
  const r = await runSipp({ scenario: "uac-expect.xml", target: `127.0.0.1:${p.sipPort}`, service: "99999", vars: { STATUS: "404" } });
  assert.equal(r.code, 0, r.errors + r.stderr);
});

test("a customer call reaches the ready agent, audio flows both ways, is recorded, and a CDR lands", { timeout: 120_000 }, async (t) => {
  const creds = p.credentials!;
  const phone = new Baresip({ user: "1001", password: creds.sip["1001"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 440 });
  t.after(async () => {
    await phone.stop();
    phone.cleanup();
  });
  await phone.start();
  const agent = await until("1001 registered", async () => {
    const a = await agentRow("1001");
    return a?.registered ? a : null;
  }, 15_000);

  // The agent logs in to the console API and makes themself ready (示闲).
  const agentToken = await p.login("1001", creds.console["1001"]!);
  const ready = await p.api(`/api/v1/agents/${agent.id}/state`, { token: agentToken, body: { status: "ready" } });
  assert.equal(ready.status, 200, JSON.stringify(ready.json));

  // A supervisor watches the console.
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(p.consoleUrl);
  await page.getByTestId("login-username").fill("admin");
  await page.getByTestId("login-password").fill(creds.console.admin!);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("live-calls").waitFor({ timeout: 15_000 });

  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const talkMs = 4000;
  const callStart = Date.now();
  const sipp = runSipp({
    scenario: "uac-call.xml",
    target: `127.0.0.1:${p.sipPort}`,
    service: "4000",
    pauseMs: talkMs,
    keys: { caller: "13800138000", rtp_port: String(customer.port) },
    timeoutS: 40,
  });

  // While the call is up the console shows it.
  const row = page.locator('[data-testid^="call-row-"]');
  await row.first().waitFor({ timeout: 15_000 });
  const shotDir = process.env.SB_ARTIFACTS ?? mkdtempSync(join(tmpdir(), "sb-shots-"));
  await page.screenshot({ path: join(shotDir, "console-live-call.png") });
  const liveCallId = (await row.first().getAttribute("data-testid"))!.slice("call-row-".length);

  const res = await sipp;
  const callEnd = Date.now();
  assert.equal(res.code, 0, `SIPp call failed: ${res.errors}${res.stderr}`);

  // ...and not after.
  await until("call row gone", async () => (await row.count()) === 0, 10_000);

  // The customer heard the agent's 440 Hz in the last second of the call.
  const heard = customer.heard(callEnd - 1500, callEnd - 300);
  assert.ok(heard.length >= 4000, `customer received too little audio: ${heard.length} samples`);
  const cf = dominantFrequency(heard, CANDIDATES);
  assert.equal(cf.freq, 440, `customer heard ${cf.freq} Hz (ratio ${cf.ratio.toFixed(2)})`);
  assert.ok(cf.ratio > 0.5, `customer audio not clean: ratio ${cf.ratio}`);

  // The agent's phone heard the customer's 1000 Hz.
  await until("baresip dump", () => phone.receivedWavs().length > 0, 5000);
  const dump = readWav(phone.receivedWavs()[0]!);
  const agentHeard = dump.samples[0]!.subarray(Math.floor(dump.sampleRate * 0.5), Math.floor(dump.sampleRate * 2.5));
  const af = dominantFrequency(agentHeard, CANDIDATES, dump.sampleRate);
  assert.equal(af.freq, 1000, `agent heard ${af.freq} Hz`);

  // The CDR.
  const cdr = await until("CDR stored", async () => {
    const r = await p.api(`/api/v1/cdrs/${liveCallId}`, { token: admin });
    return r.status === 200 ? r.json : null;
  }, 10_000);
  assert.equal(cdr.callId, liveCallId);
  assert.equal(cdr.caller, "13800138000");
  assert.equal(cdr.callee, "4000");
  assert.equal(cdr.agentId, agent.id);
  assert.equal(cdr.hangupSide, "caller");
  assert.equal(cdr.hangupCause, "normal_clearing");
  assert.ok(cdr.startMs >= callStart - 1000 && cdr.startMs <= cdr.answerMs && cdr.answerMs < cdr.endMs, JSON.stringify(cdr));
  assert.ok(cdr.endMs <= callEnd + 1000);
  assert.ok(cdr.endMs - cdr.answerMs >= talkMs - 2000, `talk time ${cdr.endMs - cdr.answerMs}`);
  assert.ok(cdr.queueWaitMs >= 0 && cdr.queueWaitMs < 5000);
  assert.ok(cdr.recording?.url, `recording reference in CDR: ${JSON.stringify(cdr)}`);
  const list = await p.api("/api/v1/cdrs", { token: admin });
  assert.ok(list.json.items.some((c: { callId: string }) => c.callId === liveCallId));

  // The recording: stereo, customer left (1000 Hz), agent right (440 Hz).
  const rec = await p.api(cdr.recording.url, { token: admin });
  assert.equal(rec.status, 200);
  assert.equal(createHash("sha256").update(rec.buf).digest("hex"), cdr.recording.sha256, "stored checksum matches the file");
  assert.match(rec.headers.get("content-type") ?? "", /audio\/wav/);
  const wavPath = join(mkdtempSync(join(tmpdir(), "sb-rec-")), "rec.wav");
  writeFileSync(wavPath, rec.buf);
  const wav = readWav(wavPath);
  assert.equal(wav.channels, 2);
  assert.equal(wav.sampleRate, 8000);
  const secs = wav.samples[0]!.length / 8000;
  assert.ok(secs > talkMs / 1000 - 2 && secs < talkMs / 1000 + 3, `recording is ${secs} s`);
  const mid = (ch: Int16Array) => ch.subarray(4000, ch.length - 4000);
  assert.equal(dominantFrequency(mid(wav.samples[0]!), CANDIDATES).freq, 1000, "left channel = customer");
  assert.equal(dominantFrequency(mid(wav.samples[1]!), CANDIDATES).freq, 440, "right channel = agent");

  // Post-processing (piscina pool in core): mono mixdown, mu-law copy, peaks for the player.
  const peaks = await until("peaks", async () => {
    const r = await p.api(`/api/v1/recordings/${liveCallId}/peaks`, { token: admin });
    return r.status === 200 ? r.json : null;
  }, 10_000);
  assert.ok(Math.abs(peaks.peaks.length - secs * 10) <= 2, `one peak per 100 ms (${peaks.peaks.length} for ${secs} s)`);
  const g711 = await p.api(`${cdr.recording.url}?format=g711`, { token: admin });
  assert.equal(g711.status, 200);
  assert.ok(g711.buf.length < rec.buf.length * 0.55, "the compressed copy is about half the size");
  const mixRes = await p.api(`${cdr.recording.url}?format=mix`, { token: admin });
  const mixPath = join(mkdtempSync(join(tmpdir(), "sb-rec-")), "mix.wav");
  writeFileSync(mixPath, mixRes.buf);
  const mix = readWav(mixPath);
  assert.equal(mix.channels, 1);
  const m = mix.samples[0]!.subarray(4000, mix.samples[0]!.length - 4000);
  assert.ok(goertzelPower(m, 1000) > 0.01 && goertzelPower(m, 440) > 0.01, "the mixdown holds both sides");
});
