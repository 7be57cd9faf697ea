// An agent works a call in the browser: headless Chromium logs in to the
// console, connects the WebRTC softphone (fake microphone speaking 440 Hz),
// goes ready; SIPp calls the DID as a customer speaking 1000 Hz; the console
// rings, the agent clicks answer; each side hears the other (checked on the
// SIP side from RTP and in the page with WebAudio); hold plays music to the
// customer; the customer hangs up; the CDR names the agent.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { dominantFrequency, toneSamples, writeWav } from "../core/src/media/index.ts";
import { launchChromium } from "./lib/browser.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { freePort } from "./lib/ports.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { runSipp } from "./lib/sipp.ts";

const CANDIDATES = [350, 440, 450, 523, 659, 784, 1000, 1400];
let p: TestPlatform;
let admin: string;
before(async () => {
  // A browser that lost its connection gets 14 s to come back here (30 s in production).
  process.env.WEBRTC_GRACE_MS = "14000";
  p = await startTestPlatform();
  admin = await p.login("admin", p.credentials!.console.admin!);
}, { timeout: 120_000 });
after(() => p?.stop(), { timeout: 60_000 });

const HEARD_IN_PAGE = `(async () => {
  const audio = window.sbSoftphone?.deps?.audio;
  if (!audio?.srcObject) return { freq: 0, db: -200 };
  const ctx = new AudioContext();
  const src = ctx.createMediaStreamSource(audio.srcObject);
  const an = ctx.createAnalyser();
  an.fftSize = 8192;
  src.connect(an);
  await new Promise((r) => setTimeout(r, 1000));
  const bins = new Float32Array(an.frequencyBinCount);
  an.getFloatFrequencyData(bins);
  const hz = ctx.sampleRate / an.fftSize;
  let best = 0, bestDb = -Infinity;
  for (let i = Math.floor(300 / hz); i < 3500 / hz; i++) if (bins[i] > bestDb) { bestDb = bins[i]; best = i; }
  await ctx.close();
  return { freq: best * hz, db: bestDb };
})()`;

test("an agent answers in the browser; tones both ways; hold; CDR", { timeout: 180_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "sb-webrtc-"));
  const wav = join(dir, "agent-440.wav");
  writeWav(wav, 48000, [toneSamples(440, 10_000, 48000, 0.5)]);
  const browser = await launchChromium([`--use-file-for-fake-audio-capture=${wav}`]);
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(p.consoleUrl);
  await page.getByTestId("login-username").fill("1001");
  await page.getByTestId("login-password").fill(p.credentials!.console["1001"]!);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("device-webrtc").click();
  await page.locator('[data-testid="softphone"][data-state="connected"]').waitFor({ timeout: 30_000 });
  const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean; status: string }>;
  await until("the browser counts as the agent's device", async () => (await agents()).find((a) => a.extension === "1001")?.registered, 10_000);
  await page.getByTestId("state-ready").click();
  const a1001 = await until("ready", async () => (await agents()).find((a) => a.extension === "1001" && a.status === "ready"), 10_000);

  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 12_000, keys: { caller: "13912340000", rtp_port: String(customer.port) }, timeoutS: 60 });
  // The console rings; the agent answers with the button.
  const answer = page.getByTestId("btn-answer");
  await page.locator('[data-testid="btn-answer"].pulse').waitFor({ timeout: 15_000 }); // ringing
  await page.screenshot({ path: join(process.env.SB_ARTIFACTS ?? dir, "console-ringing.png") });
  await answer.click();
  await until("on call", async () => (await agents()).find((a) => a.id === a1001.id)?.status === "on_call", 10_000);
  await new Promise((r) => setTimeout(r, 2000));
  const now = Date.now();
  assert.equal(dominantFrequency(customer.heard(now - 1200, now - 200), CANDIDATES).freq, 440, "the customer hears the agent's microphone");
  const inPage = (await page.evaluate(HEARD_IN_PAGE)) as { freq: number; db: number };
  assert.ok(Math.abs(inPage.freq - 1000) < 30, `the agent's browser hears the customer (${inPage.freq.toFixed(0)} Hz at ${inPage.db.toFixed(0)} dB)`);
  await page.screenshot({ path: join(process.env.SB_ARTIFACTS ?? dir, "console-on-call.png") });

  // Hold from the console: the customer hears music; resume: the agent again.
  await page.getByTestId("sp-hold").click();
  await new Promise((r) => setTimeout(r, 2000));
  const h = Date.now();
  assert.ok([523, 659, 784].includes(dominantFrequency(customer.heard(h - 1200, h - 200), CANDIDATES).freq), "on hold the customer hears music");
  await page.getByTestId("sp-hold").click();
  await new Promise((r) => setTimeout(r, 1500));
  const rsm = Date.now();
  assert.equal(dominantFrequency(customer.heard(rsm - 1000, rsm - 200), CANDIDATES).freq, 440, "after resume the agent again");

  const res = await sipp;
  assert.equal(res.code, 0, res.errors + res.stderr);
  const cdr = await until("CDR", async () => {
    const r = await p.api("/api/v1/cdrs?caller=13912340000", { token: admin });
    return (r.json.items as Array<Record<string, any>>)[0];
  }, 10_000);
  assert.equal(cdr.agentId, a1001.id);
  assert.equal(cdr.hangupSide, "caller");
  assert.ok(cdr.recording?.url);
  // The session outlives the call: the softphone stays connected for the next one.
  await page.keyboard.press("Alt+1"); // back to the desk
  await page.locator('[data-testid="softphone"][data-state="connected"]').waitFor({ timeout: 5000 });
  // Sign the agent out of the queue so the next tests' calls go to their own agent.
  await p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "logged_out" } });
});

async function loggedOut(ext: string) {
  const list = (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string }>;
  const a = list.find((x) => x.extension === ext)!;
  await p.api(`/api/v1/agents/${a.id}/state`, { token: admin, body: { status: "logged_out" } });
}

async function agentPage(toneHz: number) {
  const dir = mkdtempSync(join(tmpdir(), "sb-webrtc-"));
  const wav = join(dir, `agent-${toneHz}.wav`);
  writeWav(wav, 48000, [toneSamples(toneHz, 10_000, 48000, 0.5)]);
  const browser = await launchChromium([`--use-file-for-fake-audio-capture=${wav}`]);
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(p.consoleUrl);
  await page.getByTestId("login-username").fill("1002");
  await page.getByTestId("login-password").fill(p.credentials!.console["1002"]!);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("device-webrtc").click();
  await page.locator('[data-testid="softphone"][data-state="connected"]').waitFor({ timeout: 30_000 });
  // Ready (示闲); the button is disabled when the agent already is (a previous test's agent state).
  await until("1002 ready", async () => {
    const button = page.getByTestId("state-ready");
    if (await button.isEnabled()) await button.click();
    const list = (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ extension: string; status: string }>;
    return list.find((a) => a.extension === "1002")?.status === "ready";
  }, 10_000, 300);
  return { browser, page };
}

/** A SIPp customer (speaking 1000 Hz) calls the DID; the agent answers in the page; both are talking. */
async function answeredInPage(t: { after: (fn: () => unknown) => void }, page: Page, caller: string, pauseMs: number) {
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs, keys: { caller, rtp_port: String(customer.port) }, timeoutS: 60 });
  await page.locator('[data-testid="btn-answer"].pulse').waitFor({ timeout: 15_000 });
  await page.getByTestId("btn-answer").click();
  await new Promise((r) => setTimeout(r, 2000));
  const now = Date.now();
  assert.equal(dominantFrequency(customer.heard(now - 1000, now - 200), CANDIDATES).freq, 440, "talking to the agent");
  return { customer, sipp };
}

test("the agent's page goes away for 10 s: the customer hears music, then the same call is back with the agent", { timeout: 180_000 }, async (t) => {
  const { browser, page } = await agentPage(440);
  t.after(async () => {
    await browser.close();
    await loggedOut("1002");
  });
  const { customer, sipp } = await answeredInPage(t, page, "13912340001", 24_000);
  let now = Date.now();
  // The page (its network, its session) goes away and comes back 10 s later.
  await page.goto("about:blank");
  await new Promise((r) => setTimeout(r, 10_000));
  now = Date.now();
  const gap = customer.heard(now - 3000, now - 500);
  const MUSIC = [440, 523, 587, 659, 784, 880, 1047];
  assert.ok(gap.length > 8000, "the customer is not left in silence");
  assert.notEqual(dominantFrequency(gap, MUSIC).freq, 440, "meanwhile the customer hears music, not the agent");
  await page.goBack();
  await page.locator('[data-testid="softphone"][data-state="connected"]').waitFor({ timeout: 30_000 });
  await new Promise((r) => setTimeout(r, 2500));
  now = Date.now();
  assert.equal(dominantFrequency(customer.heard(now - 1000, now - 200), CANDIDATES).freq, 440, "the same call is back with the agent");
  assert.equal((await sipp).code, 0);
  const cdrs = await until("CDR", async () => {
    const r = await p.api("/api/v1/cdrs?caller=13912340001", { token: admin });
    const items = r.json.items as Array<Record<string, any>>;
    return items.length ? items : null;
  }, 10_000);
  assert.equal(cdrs.length, 1, "one call, one CDR");
  assert.equal(cdrs[0]!.hangupSide, "caller");
});

test("a browser that never returns ends the call cleanly with a CDR (agent_lost)", { timeout: 180_000 }, async (t) => {
  const { browser, page } = await agentPage(659);
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: "13912340002", rtp_port: String(customer.port) }, timeoutS: 60 });
  await page.locator('[data-testid="btn-answer"].pulse').waitFor({ timeout: 15_000 });
  await page.getByTestId("btn-answer").click();
  await new Promise((r) => setTimeout(r, 1500));
  await browser.close(); // gone for good
  const res = await sipp; // the switch hangs up on the customer after the grace time
  assert.equal(res.code, 0, res.errors + res.stderr);
  const cdr = await until("CDR", async () => {
    const r = await p.api("/api/v1/cdrs?caller=13912340002", { token: admin });
    return (r.json.items as Array<Record<string, any>>)[0];
  }, 10_000);
  assert.equal(cdr.hangupCause, "agent_lost");
  assert.equal(cdr.hangupSide, "agent");
  assert.ok(cdr.endMs - cdr.answerMs >= 14_000, "after the grace time");
});

test("click-to-dial from the browser softphone: no phone rings, the agent hears ringback, then talks to the customer through the trunk", { timeout: 180_000 }, async (t) => {
  const carrierPort = await freePort();
  const trunk = await p.api("/api/v1/trunks", {
    token: admin,
    body: { name: "carrier", host: "127.0.0.1", port: carrierPort, username: "trunkuser", password: "trunk-secret", callerId: "4008001234" },
  });
  assert.equal(trunk.status, 201, JSON.stringify(trunk.json));
  const cust = await p.api("/api/v1/customers", { token: admin, body: { name: "赵敏", phones: ["13987650000"] } });
  assert.equal(cust.status, 201, JSON.stringify(cust.json));
  const dir = mkdtempSync(join(tmpdir(), "sb-webrtc-"));
  const wav = join(dir, "agent-440.wav");
  writeWav(wav, 48000, [toneSamples(440, 10_000, 48000, 0.5)]);
  const browser = await launchChromium([`--use-file-for-fake-audio-capture=${wav}`]);
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(p.consoleUrl);
  await page.getByTestId("login-username").fill("1001");
  await page.getByTestId("login-password").fill(p.credentials!.console["1001"]!);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("device-webrtc").click();
  await page.locator('[data-testid="softphone"][data-state="connected"]').waitFor({ timeout: 30_000 });
  const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean; status: string }>;
  await until("the browser counts as the agent's device", async () => (await agents()).find((a) => a.extension === "1001")?.registered, 10_000);
  const a1001 = (await agents()).find((a) => a.extension === "1001")!;

  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  // The carrier rings 3 s (the agent hears ringback meanwhile), answers, and the customer hangs up after 6 s.
  const carrier = runSipp({
    scenario: "uas-trunk.xml",
    target: "",
    localPort: carrierPort,
    vars: { USER: "trunkuser", PASS: "trunk-secret", RING_MS: "3000" },
    keys: { rtp_port: String(customer.port) },
    pauseMs: 6000,
    timeoutS: 60,
  });
  await new Promise((r) => setTimeout(r, 300)); // SIPp listening
  // From the customer record (客户): the dial button next to the number.
  await page.keyboard.press("Alt+4");
  await page.getByTestId("cust-search").fill("赵敏");
  await page.getByTestId("cust-search").press("Enter");
  await page.getByTestId("cust-item").filter({ hasText: "赵敏" }).click({ timeout: 10_000 });
  const dial = page.getByTestId("customer-detail").locator('[data-testid^="dial-"]').first();
  assert.match((await dial.getAttribute("data-testid", { timeout: 10_000 })) ?? "", /13987650000$/);
  await dial.click();
  // Ringback (450 Hz, 1 s on / 4 s off) in the agent's ear while the carrier rings: measured early in the first second.
  const ring = (await page.evaluate(HEARD_IN_PAGE.replace("setTimeout(r, 1000)", "setTimeout(r, 450)"))) as { freq: number; db: number };
  assert.ok(Math.abs(ring.freq - 450) < 30, `the agent hears ringback (${ring.freq.toFixed(0)} Hz at ${ring.db.toFixed(0)} dB)`);
  await until("the customer answered", async () => {
    const calls = (await p.api("/api/v1/calls", { token: admin })).json.items as Array<{ phase: string; agentId: string }>;
    return calls.some((c) => c.agentId === a1001.id && c.phase === "answered");
  }, 15_000, 200);
  assert.equal(await page.locator('[data-testid="btn-answer"].pulse').count(), 0, "nothing rings in the page for a call the agent placed");
  await new Promise((r) => setTimeout(r, 2500));
  const now = Date.now();
  assert.equal(dominantFrequency(customer.heard(now - 1200, now - 200), CANDIDATES).freq, 440, "the customer hears the agent's microphone");
  const inPage = (await page.evaluate(HEARD_IN_PAGE)) as { freq: number; db: number };
  assert.ok(Math.abs(inPage.freq - 1000) < 30, `the agent's browser hears the customer (${inPage.freq.toFixed(0)} Hz at ${inPage.db.toFixed(0)} dB)`);
  const res = await carrier;
  assert.equal(res.code, 0, `carrier: digest verified, call answered, hung up: ${res.errors}${res.stderr}`);
  const cdr = await until("outbound CDR", async () => {
    const r = await p.api("/api/v1/cdrs?direction=outbound", { token: admin });
    return (r.json.items as Array<Record<string, any>>).find((c) => String(c.callee).endsWith("13987650000"));
  }, 15_000, 250);
  assert.equal(cdr.agentId, a1001.id);
  assert.equal(cdr.caller, "4008001234");
  assert.equal(cdr.trunkId, trunk.json.id);
  assert.ok(cdr.answerMs > 0 && cdr.recording?.url, JSON.stringify(cdr));
  // The session stays up for the next call, and the agent is back in the state they had.
  await page.keyboard.press("Alt+1"); // back to the desk
  await page.locator('[data-testid="softphone"][data-state="connected"]').waitFor({ timeout: 5000 });
  assert.ok((await agents()).find((a) => a.id === a1001.id)?.registered, "the browser is still the agent's device");
  await until("agent state restored", async () => !["reserved", "ringing", "on_call"].includes((await agents()).find((a) => a.id === a1001.id)?.status ?? ""), 10_000);
});

test("the agent's network is cut for 10 s (page offline, still open): the customer is never left in silence, the call stays with the agent, one CDR", { timeout: 180_000 }, async (t) => {
  const { browser, page } = await agentPage(440);
  t.after(async () => {
    await browser.close();
    await loggedOut("1002");
  });
  const { customer, sipp } = await answeredInPage(t, page, "13912340009", 22_000);
  let now = Date.now();
  // The page stays open but loses its network: the signalling WebSocket drops.
  await page.context().setOffline(true);
  await new Promise((r) => setTimeout(r, 10_000));
  now = Date.now();
  const gap = customer.heard(now - 9000, now - 500);
  assert.ok(gap.length > 8000 * 7, `the customer is never left in silence (${(gap.length / 8000).toFixed(1)} s of audio in 8.5 s)`);
  await page.context().setOffline(false);
  await page.locator('[data-testid="softphone"][data-state="connected"]').waitFor({ timeout: 30_000 });
  await new Promise((r) => setTimeout(r, 2500));
  now = Date.now();
  assert.equal(dominantFrequency(customer.heard(now - 1000, now - 200), CANDIDATES).freq, 440, "the call is with the agent after the network is back");
  assert.equal((await sipp).code, 0);
  const cdrs = await until("CDR", async () => {
    const r = await p.api("/api/v1/cdrs?caller=13912340009", { token: admin });
    const items = r.json.items as Array<Record<string, any>>;
    return items.length ? items : null;
  }, 10_000);
  assert.equal(cdrs.length, 1, "one call, one CDR");
  assert.equal(cdrs[0]!.hangupSide, "caller");
  assert.equal(cdrs[0]!.agentId, ((await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string }>).find((a) => a.extension === "1002")!.id);
});
