// Transfers from the console with real peers: two agents in headless
// Chromium (WebRTC softphones with fake microphones: agent 1001 speaks
// 440 Hz, agent 1002 350 Hz, a tone the hold music does not use) and a SIPp customer speaking 1000 Hz.
// (a) blind transfer by clicking 转接: agent 2's browser rings and answers,
//     customer and agent 2 hear each other, agent 1 is released, one CDR
//     per segment; the API refuses bad requests with reasons (role, other
//     tenant, unknown or unavailable targets);
// (b) consultation (咨询) then three-way call (三方通话): each party hears
//     the other two, then agent 1 leaves and customer and agent 2 stay;
// (c) attended transfer from SIP phones (REFER with Replaces, RFC 3891 and
//     RFC 5589 §7), driven by a small UA on core's own SIP stack (baresip
//     1.0 cannot send it), then an INVITE with Replaces taking the call over;
// (g) SIP phones by API: consult, cancel, consult again, complete;
// (f) consultation to a SIP phone, three-way call the customer leaves;
// (e) blind transfer to an external number through the tenant's trunk
//     (SIPp as the carrier, checking our digest).
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { goertzelPower, readWav, toneSamples, totalPower, writeWav } from "../core/src/media/index.ts";
import { launchChromium } from "./lib/browser.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { freePort } from "./lib/ports.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { referToWithReplaces } from "../core/src/sip/index.ts";
import { TestUa } from "./lib/sip-ua.ts";
import { runSipp } from "./lib/sipp.ts";

let p: TestPlatform;
let admin: string;
before(async () => {
  p = await startTestPlatform();
  admin = await p.login("admin", p.credentials!.console.admin!);
}, { timeout: 120_000 });
after(() => p?.stop(), { timeout: 60_000 });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type AgentRow = { id: string; extension: string; registered: boolean; status: string };
const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as AgentRow[];
const agentByExt = async (ext: string) => (await agents()).find((a) => a.extension === ext)!;
const setState = (id: string, status: string) => p.api(`/api/v1/agents/${id}/state`, { token: admin, body: { status } });

/**
 * Measures until `ok` holds or `ms` pass and returns the last measure (the
 * caller asserts on it): audio paths settle at their own pace on a loaded
 * machine, but a path that never carries the tone still fails.
 */
async function eventually<T>(measure: () => T | Promise<T>, ok: (v: T) => boolean, ms = 6000): Promise<T> {
  const end = Date.now() + ms;
  let v = await measure();
  while (!ok(v) && Date.now() < end) {
    await sleep(300);
    v = await measure();
  }
  return v;
}
/** What `peer` heard in the last second, as shares of the given frequencies. */
const lastSecond = (peer: RtpPeer, ...freqs: number[]) => {
  const now = Date.now();
  const pcm = peer.heard(now - 1000, now - 100);
  return Object.fromEntries(freqs.map((f) => [f, Number(share(pcm, f).toFixed(2))])) as Record<number, number>;
};

/** Share of the signal's power at `freq` (about 1 for a pure tone, 0.5 each for two equal tones). */
function share(samples: Int16Array, freq: number): number {
  const t = totalPower(samples);
  return t > 0 ? goertzelPower(samples, freq, 8000) / t : 0;
}

/** What the page's softphone plays, in dB at each frequency and at a quiet reference (1400 Hz). */
const LEVELS_IN_PAGE = `(async () => {
  const audio = window.sbSoftphone?.deps?.audio;
  if (!audio?.srcObject) return null;
  const ctx = new AudioContext();
  const src = ctx.createMediaStreamSource(audio.srcObject);
  const an = ctx.createAnalyser();
  an.fftSize = 8192;
  an.smoothingTimeConstant = 0.8;
  src.connect(an);
  await new Promise((r) => setTimeout(r, 1200));
  const bins = new Float32Array(an.frequencyBinCount);
  an.getFloatFrequencyData(bins);
  const hz = ctx.sampleRate / an.fftSize;
  const at = (f) => { let m = -Infinity; for (let i = Math.round(f / hz) - 3; i <= Math.round(f / hz) + 3; i++) m = Math.max(m, bins[i]); return m; };
  const out = { 440: at(440), 350: at(350), 1000: at(1000), ref: at(1400) };
  await ctx.close();
  return out;
})()`;
type Levels = { 440: number; 350: number; 1000: number; ref: number };
/** A tone is heard when it stands well above the quiet reference bin. */
const hears = (l: Levels, f: 440 | 350 | 1000) => l[f] - l.ref > 25;
/**
 * The page's levels once `ok` holds, or the last ones after 8 s (the caller
 * asserts `ok` on them): a browser on a loaded machine may take a moment
 * to settle its jitter buffer after the audio's source changes.
 */
async function levels(page: Page, ok: (l: Levels) => boolean): Promise<Levels> {
  const end = Date.now() + 8000;
  let l = (await page.evaluate(LEVELS_IN_PAGE)) as Levels;
  while (!ok(l) && Date.now() < end) l = (await page.evaluate(LEVELS_IN_PAGE)) as Levels;
  return l;
}

async function agentPage(ext: string, toneHz: number): Promise<{ browser: Browser; page: Page }> {
  const dir = mkdtempSync(join(tmpdir(), "sb-xfer-"));
  const wav = join(dir, `agent-${toneHz}.wav`);
  writeWav(wav, 48000, [toneSamples(toneHz, 10_000, 48000, 0.5)]);
  const browser = await launchChromium([`--use-file-for-fake-audio-capture=${wav}`]);
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(p.consoleUrl);
  // The raw microphone: the browser's noise suppression learns a steady tone away within seconds.
  await page.evaluate("localStorage.setItem('sb.voiceProcessing', 'off')");
  await page.getByTestId("login-username").fill(ext);
  await page.getByTestId("login-password").fill(p.credentials!.console[ext]!);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("device-webrtc").click();
  await page.locator('[data-testid="softphone"][data-state="connected"]').waitFor({ timeout: 30_000 });
  // Core's view, not only the page's: a call offered before core sees the
  // session connected would go to the (absent) SIP phone instead.
  await until(`${ext}'s browser counts as its device`, async () => (await agentByExt(ext)).registered, 10_000);
  return { browser, page };
}

/**
 * Ends the pages' softphone sessions (device switched to SIP phone: the page
 * says bye) before closing the browsers, so the next test's calls do not
 * ring a session that is still up for the few seconds a vanished browser
 * takes to be noticed.
 */
async function closeAgentPages(...pages: Array<{ browser: Browser; page: Page }>) {
  for (const x of pages) await x.page.getByTestId("device-sip").click().catch(() => {});
  await sleep(1500);
  for (const x of pages) await x.browser.close();
}

async function cdrsOf(caller: string, n: number) {
  return until(`${n} CDRs for ${caller}`, async () => {
    const l = await p.api(`/api/v1/cdrs?caller=${caller}`, { token: admin });
    const items = (l.json.items as Array<Record<string, any>>).filter((c) => c.caller === caller);
    return items.length >= n ? items.sort((a, b) => a.startMs - b.startMs) : null;
  }, 15_000);
}

/**
 * A call's stereo recording (customer 1000 Hz on the left) in 200 ms blocks:
 * 1 = the right channel is agent 1 (440 Hz), 2 = agent 2 (350 Hz), 3 = both
 * agents (a three-way call, what the customer hears), 0 = silence on both
 * channels (paused), - = anything else (edges, a tone starting).
 */
async function recordingBlocks(cdr: Record<string, any>): Promise<string> {
  const rec = await p.api(cdr.recording.url, { token: admin });
  assert.equal(rec.status, 200);
  const file = join(mkdtempSync(join(tmpdir(), "sb-xrec-")), "r.wav");
  writeFileSync(file, rec.buf);
  const wav = readWav(file);
  assert.equal(wav.channels, 2);
  const [left, right] = wav.samples as [Int16Array, Int16Array];
  let out = "";
  for (let i = 0; i + 1600 <= left.length; i += 1600) {
    const l = left.subarray(i, i + 1600);
    const r = right.subarray(i, i + 1600);
    if (totalPower(l) < 1e-6 && totalPower(r) < 1e-6) out += "0";
    else if (share(l, 1000) < 0.7) out += "-";
    else if (share(r, 440) > 0.1 && share(r, 350) > 0.1 && share(r, 1000) < 0.05) out += "3";
    else if (share(r, 440) > 0.7) out += "1";
    else if (share(r, 350) > 0.7) out += "2";
    else out += "-";
  }
  return out;
}
/** How many times `c` occurs in `k`. */
const n = (k: string, c: string) => k.split("").filter((x) => x === c).length;

const liveCalls = async () => (await p.api("/api/v1/calls", { token: admin })).json.items as Array<{ callId: string; agentId: string; phase: string; ivr: Record<string, string> }>;

test("blind transfer from the browser: agent 2 rings, answers, talks to the customer; agent 1 released; bad requests refused", { timeout: 240_000 }, async (t) => {
  const a1 = await agentPage("1001", 440);
  const a2 = await agentPage("1002", 350);
  t.after(async () => {
    await closeAgentPages(a1, a2);
  });
  const ag1 = await agentByExt("1001");
  const ag2 = await agentByExt("1002");
  t.after(async () => {
    await setState(ag1.id, "logged_out");
    await setState(ag2.id, "logged_out");
  });
  // Only agent 1 is ready when the customer calls.
  await a1.page.getByTestId("state-ready").click();
  await until("1001 ready", async () => (await agentByExt("1001")).status === "ready", 10_000);

  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 30_000, keys: { caller: "13900000101", rtp_port: String(customer.port) }, timeoutS: 90 });
  await a1.page.locator('[data-testid="btn-answer"].pulse').waitFor({ timeout: 15_000 });
  await a1.page.getByTestId("btn-answer").click();
  await until("1001 on call", async () => (await agentByExt("1001")).status === "on_call", 10_000);
  const [call] = await liveCalls();
  assert.ok(call);

  // ---- (d) bad requests, while the call is live
  const token1 = await p.login("1001", p.credentials!.console["1001"]!);
  const token2 = await p.login("1002", p.credentials!.console["1002"]!);
  const xfer = (token: string, target: unknown, id = call.callId) => p.api(`/api/v1/calls/${id}/transfer`, { token, body: { target } });
  let r = await xfer(token2, { kind: "agent", value: "1001" });
  assert.equal(r.status, 403, "an agent may not transfer another agent's call");
  r = await xfer(token1, { kind: "agent", value: "9999" });
  assert.equal(r.status, 400);
  assert.match(r.json.error.reason, /unknown agent 9999/);
  r = await xfer(token1, { kind: "agent", value: "1002" });
  assert.equal(r.status, 409, "agent 2 is not logged in yet");
  assert.match(r.json.error.reason, /1002 is not logged in/);
  r = await xfer(token1, { kind: "number", value: "13800000000" });
  assert.equal(r.status, 409);
  assert.match(r.json.error.reason, /no trunk/);
  r = await xfer(token1, { kind: "room", value: "1" });
  assert.equal(r.status, 400, "schema: kind");
  r = await xfer(token1, { kind: "agent", value: "1002" }, "00000000-0000-0000-0000-000000000000");
  assert.equal(r.status, 404);
  // A second tenant: its admin does not see the call; its queue is unknown to the demo tenant.
  const platform = await p.login("platform", p.credentials!.console.platform!);
  const created = await p.api("/api/v1/tenants", {
    token: platform,
    body: { slug: "acme", name: "Acme", sipDomains: ["acme.example"], admin: { username: "boss", password: "acme-secret-1" } },
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const acme = (await p.api("/api/v1/auth/login", { body: { username: "boss", password: "acme-secret-1", tenant: "acme" } })).json.token as string;
  const acmeQueue = await p.api("/api/v1/queues", { token: acme, body: { slug: "sales", name: "Sales" } });
  assert.equal(acmeQueue.status, 201, JSON.stringify(acmeQueue.json));
  r = await xfer(acme, { kind: "queue", value: acmeQueue.json.id });
  assert.equal(r.status, 404, "another tenant's call is not found");
  assert.equal((await p.api(`/api/v1/calls/${call.callId}/consult`, { token: acme, body: { target: { kind: "agent", value: "1002" } } })).status, 404);
  r = await xfer(token1, { kind: "queue", value: acmeQueue.json.id });
  assert.equal(r.status, 400);
  assert.match(r.json.error.reason, /unknown queue/);
  r = await p.api(`/api/v1/calls/${call.callId}/consult/complete`, { token: token1, body: {} });
  assert.equal(r.status, 409, "nothing to complete");

  // ---- (a) agent 2 signs in; agent 1 clicks 转接 to agent 2
  await a2.page.getByTestId("state-ready").click();
  await until("1002 ready", async () => (await agentByExt("1002")).status === "ready", 10_000);
  await a1.page.getByTestId("transfer-panel").waitFor({ timeout: 10_000 });
  await a1.page.getByTestId("transfer-target").selectOption(ag2.id);
  await a1.page.getByTestId("transfer-blind").click();
  await a2.page.locator('[data-testid="btn-answer"].pulse').waitFor({ timeout: 15_000 });
  await a2.page.getByTestId("btn-answer").click();
  await until("1002 on call", async () => (await agentByExt("1002")).status === "on_call", 10_000);
  await sleep(2500);
  {
    const v = await eventually(() => lastSecond(customer, 350), (x) => x[350]! > 0.5);
    assert.ok(v[350]! > 0.5, `${"the customer hears agent 2"} ${JSON.stringify(v)}`);
  }
  const l2 = await levels(a2.page, (l) => hears(l, 1000));
  assert.ok(hears(l2, 1000), `agent 2 hears the customer ${JSON.stringify(l2)}`);
  assert.ok(!hears(l2, 440), `agent 2 does not hear agent 1 ${JSON.stringify(l2)}`);
  const s1 = (await agentByExt("1001")).status;
  assert.ok(s1 === "ready" || s1 === "wrap_up", `agent 1 released (${s1})`);
  const calls = await liveCalls();
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.agentId, ag2.id);
  assert.equal(calls[0]!.ivr.transferred_from, ag1.id, "the call's data moved with it");

  const res = await sipp;
  assert.equal(res.code, 0, res.errors + res.stderr);
  const [seg1, seg2] = await cdrsOf("13900000101", 2);
  assert.equal(seg1!.agentId, ag1.id);
  assert.equal(seg1!.hangupCause, "blind_transfer");
  assert.equal(seg2!.agentId, ag2.id);
  assert.equal(seg2!.hangupSide, "caller");
  assert.equal(seg1!.sipCallId, seg2!.sipCallId, "segments linked by the customer's Call-ID");
});

test("consult, then three-way call (recorded); agent 1 leaves and customer and agent 2 stay; agent 2 on call, then wrap-up, then ready", { timeout: 240_000 }, async (t) => {
  const a1 = await agentPage("1001", 440);
  const a2 = await agentPage("1002", 350);
  t.after(async () => {
    await closeAgentPages(a1, a2);
  });
  const ag1 = await agentByExt("1001");
  const ag2 = await agentByExt("1002");
  t.after(async () => {
    await setState(ag1.id, "logged_out");
    await setState(ag2.id, "logged_out");
  });
  // The queue's wrap-up (话后处理) is what agent 2 gets once the transferred call ends.
  const support = ((await p.api("/api/v1/queues", { token: admin })).json.items as Array<{ id: string; slug: string; wrapupS: number }>).find((q) => q.slug === "support")!;
  assert.equal((await p.api(`/api/v1/queues/${support.id}`, { token: admin, method: "PATCH", body: { wrapupS: 4 } })).status, 200);
  t.after(() => p.api(`/api/v1/queues/${support.id}`, { token: admin, method: "PATCH", body: { wrapupS: support.wrapupS } }));
  await a1.page.getByTestId("state-ready").click();
  await until("1001 ready", async () => (await agentByExt("1001")).status === "ready", 10_000);
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 45_000, keys: { caller: "13900000102", rtp_port: String(customer.port) }, timeoutS: 90 });
  await a1.page.locator('[data-testid="btn-answer"].pulse').waitFor({ timeout: 15_000 });
  await a1.page.getByTestId("btn-answer").click();
  await until("1001 on call", async () => (await agentByExt("1001")).status === "on_call", 10_000);
  // The two of them talk a while first (the recording's two-party part).
  const talk1 = await eventually(() => lastSecond(customer, 440), (v) => v[440]! > 0.5);
  assert.ok(talk1[440]! > 0.5, `the customer hears agent 1 ${JSON.stringify(talk1)}`);
  await sleep(1500);
  // Agent 2 is ready (the customer's call is agent 1's already); consulted, they are held out of the queue.
  await a2.page.getByTestId("state-ready").click();
  await until("1002 ready", async () => (await agentByExt("1002")).status === "ready", 10_000);

  await a1.page.getByTestId("transfer-target").selectOption(ag2.id);
  await a1.page.getByTestId("transfer-consult").click();
  await a1.page.locator('[data-testid="transfer-panel"][data-consult="ringing"]').waitFor({ timeout: 10_000 });
  await a2.page.locator('[data-testid="btn-answer"].pulse').waitFor({ timeout: 15_000 });
  await sleep(1500);
  let now = Date.now();
  const onHold = customer.heard(now - 1200, now - 200);
  assert.ok(share(onHold, 440) < 0.05 && share(onHold, 1000) < 0.05 && totalPower(onHold) > 0, "the customer hears music, not the agent");
  await a2.page.getByTestId("btn-answer").click();
  await a1.page.locator('[data-testid="transfer-panel"][data-consult="talking"]').waitFor({ timeout: 10_000 });
  await until("1002 on call (通话中) while consulted", async () => (await agentByExt("1002")).status === "on_call", 5000);
  await sleep(2000);
  const c1 = await levels(a1.page, (l) => hears(l, 350) && !hears(l, 1000));
  assert.ok(hears(c1, 350) && !hears(c1, 1000), `consulting: agent 1 hears agent 2, not the customer ${JSON.stringify(c1)}`);
  const c2 = await levels(a2.page, (l) => hears(l, 440) && !hears(l, 1000));
  assert.ok(hears(c2, 440) && !hears(c2, 1000), `consulting: agent 2 hears agent 1, not the customer ${JSON.stringify(c2)}`);
  now = Date.now();
  const held = customer.heard(now - 1200, now - 200);
  assert.ok(share(held, 440) < 0.05 && share(held, 350) < 0.05, "the customer does not hear the consultation");

  // 三方通话
  await a1.page.getByTestId("consult-conference").click();
  await a1.page.locator('[data-testid="transfer-panel"][data-consult="conference"]').waitFor({ timeout: 10_000 });
  await sleep(2500);
  const conf = await eventually(() => lastSecond(customer, 440, 350), (v) => v[440]! > 0.15 && v[350]! > 0.15);
  assert.ok(conf[440]! > 0.15 && conf[350]! > 0.15, `conference: the customer hears both agents ${JSON.stringify(conf)}`);
  const f1 = await levels(a1.page, (l) => hears(l, 1000) && hears(l, 350));
  assert.ok(hears(f1, 1000) && hears(f1, 350), `conference: agent 1 hears customer and agent 2 ${JSON.stringify(f1)}`);
  const f2 = await levels(a2.page, (l) => hears(l, 1000) && hears(l, 440));
  assert.ok(hears(f2, 1000) && hears(f2, 440), `conference: agent 2 hears customer and agent 1 ${JSON.stringify(f2)}`);

  // Agent 1 hangs up: the customer and agent 2 stay bridged.
  await a1.page.getByTestId("btn-hangup").click();
  await until("1001 released", async () => (await agentByExt("1001")).status !== "on_call", 10_000);
  await sleep(2000);
  now = Date.now();
  const after2 = await eventually(() => lastSecond(customer, 350, 440), (v) => v[350]! > 0.5 && v[440]! < 0.05);
  assert.ok(after2[350]! > 0.5 && after2[440]! < 0.05, `the customer talks to agent 2 alone ${JSON.stringify(after2)}`);
  const g2 = await levels(a2.page, (l) => hears(l, 1000) && !hears(l, 440));
  assert.ok(hears(g2, 1000) && !hears(g2, 440), `agent 2 hears the customer alone ${JSON.stringify(g2)}`);
  const calls = await liveCalls();
  assert.equal(calls.length, 1, JSON.stringify(calls));
  assert.equal(calls[0]!.agentId, ag2.id);
  assert.equal((await agentByExt("1002")).status, "on_call", "the transferred call is agent 2's: on call");

  const res = await sipp;
  assert.equal(res.code, 0, res.errors + res.stderr);
  // The call ends: agent 2 goes to wrap-up like any agent, then back to ready.
  await until("1002 in wrap-up", async () => (await agentByExt("1002")).status === "wrap_up", 5000);
  const wrapFrom = Date.now();
  await until("1002 ready after wrap-up", async () => (await agentByExt("1002")).status === "ready", 15_000);
  assert.ok(Date.now() - wrapFrom > 2000, "wrap-up lasted about the queue's 4 s");
  const [seg1, seg2] = await cdrsOf("13900000102", 2);
  assert.equal(seg1!.agentId, ag1.id);
  assert.equal(seg1!.hangupCause, "conference_transfer");
  assert.equal(seg2!.agentId, ag2.id);

  // The recordings: agent 1's segment holds the two-party part (customer left, agent 1 right), then the
  // three-way part (customer left, both agents right); agent 2's segment the customer with agent 2.
  const k1 = await recordingBlocks(seg1!);
  const why1 = `segment 1 in 200 ms blocks (1: customer + agent 1, 3: three-way, 2: customer + agent 2): ${k1}`;
  assert.ok(n(k1, "3") >= 8, `the three-way part is recorded: ${why1}`);
  assert.ok(n(k1.slice(0, k1.indexOf("3")), "1") >= 3, `the two-party part comes first: ${why1}`);
  assert.ok(n(k1.slice(k1.indexOf("3")), "1") <= 1 && n(k1, "2") === 0, `then nothing but the three-way part: ${why1}`);
  const k2 = await recordingBlocks(seg2!);
  t.diagnostic(`recordings in 200 ms blocks: segment 1 ${k1}, segment 2 ${k2}`);
  assert.ok(n(k2, "2") >= 10 && n(k2, "2") >= k2.length * 0.7 && n(k2, "1") + n(k2, "3") === 0, `segment 2 is the customer with agent 2: ${k2}`);
});

test("attended transfer from SIP phones: REFER with Replaces, then INVITE with Replaces", { timeout: 180_000 }, async (t) => {
  const realm = p.credentials!.realm;
  const peerA = await RtpPeer.open();
  const peerA2 = await RtpPeer.open(); // A's second call (a phone sends each call's media to its own peer)
  const peerA3 = await RtpPeer.open();
  const peerB = await RtpPeer.open();
  const customer = await RtpPeer.open();
  peerA.speak(440);
  peerA2.speak(440);
  peerA3.speak(440);
  peerB.speak(350);
  customer.speak(1000);
  const uaA = new TestUa("1001", p.credentials!.sip["1001"]!, realm, p.sipPort, peerA.port);
  const uaB = new TestUa("1002", p.credentials!.sip["1002"]!, realm, p.sipPort, peerB.port);
  await uaA.start();
  await uaB.start();
  t.after(async () => {
    await uaA.close();
    await uaB.close();
    for (const r of [peerA, peerA2, peerA3, peerB, customer]) r.close();
  });
  await uaA.register();
  await uaB.register();
  const ag1 = await agentByExt("1001");
  const ag2 = await agentByExt("1002");
  t.after(async () => {
    await setState(ag1.id, "logged_out");
    await setState(ag2.id, "logged_out");
  });
  await until("phones registered", async () => (await agents()).filter((a) => a.registered).length === 2, 10_000);
  assert.equal((await setState(ag2.id, "not_ready")).status, 200);
  assert.equal((await setState(ag1.id, "ready")).status, 200);

  const incomingX = uaA.nextIncoming();
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 25_000, keys: { caller: "13900000103", rtp_port: String(customer.port) }, timeoutS: 90 });
  const x = await incomingX;
  await until("1001 on call", async () => (await agentByExt("1001")).status === "on_call", 10_000);

  // A consults B with a call of its own (extension to extension).
  const incomingY = uaB.nextIncoming();
  const y = await uaA.call("1002", { rtpPort: peerA2.port });
  assert.equal(y.status, 200);
  const yB = await incomingY;
  // Nothing plays on an extension-to-extension call: the phones speak first.
  peerA2.remote = y.dialog!.remoteRtp;
  peerB.remote = yB.remoteRtp;
  await sleep(1500);
  {
    const v = await eventually(() => lastSecond(peerB, 440), (x) => x[440]! > 0.5);
    assert.ok(v[440]! > 0.5, `${"B talks to A"} ${JSON.stringify(v)}`);
  }

  // A REFERs the customer to B, replacing A's dialog with B (as B would see it from A).
  const replaces = { callId: y.dialog!.callId, toTag: y.dialog!.remoteTag, fromTag: y.dialog!.localTag, earlyOnly: false };
  const refer = await uaA.inDialog(x, "REFER", [["Refer-To", referToWithReplaces(`sip:1002@${realm}`, replaces)], ["Referred-By", `<sip:1001@${realm}>`]]);
  assert.equal(refer.status, 202);
  await until("NOTIFY sipfrag 200", () => uaA.notifies(x).includes("SIP/2.0 200 OK"), 5000);
  assert.equal(uaA.notifies(x)[0], "SIP/2.0 100 Trying");
  // A's leg of the replaced dialog is ended by the switch (RFC 3891 §3); A hangs up the customer's dialog itself.
  await until("A's consultation dialog ended", () => y.dialog!.ended, 5000);
  assert.equal((await uaA.inDialog(x, "BYE")).status, 200);
  await sleep(2000);
  {
    const v = await eventually(() => lastSecond(customer, 350), (x) => x[350]! > 0.5);
    assert.ok(v[350]! > 0.5, `${"the customer talks to B"} ${JSON.stringify(v)}`);
  }
  {
    const v = await eventually(() => lastSecond(peerB, 1000), (x) => x[1000]! > 0.5);
    assert.ok(v[1000]! > 0.5, `${"B hears the customer"} ${JSON.stringify(v)}`);
  }
  assert.equal(yB.ended, false, "B's leg was kept");
  let calls = await liveCalls();
  assert.equal(calls.length, 1, JSON.stringify(calls));
  assert.equal(calls[0]!.agentId, ag2.id);
  const s1 = (await agentByExt("1001")).status;
  assert.ok(s1 === "ready" || s1 === "wrap_up", `A released (${s1})`);

  // A REFER whose Replaces names no dialog: 202, then the failure in the NOTIFY; nothing changes.
  const z0 = await uaB.inDialog(yB, "REFER", [["Refer-To", referToWithReplaces(`sip:1001@${realm}`, { callId: "nope@x", toTag: "1", fromTag: "2", earlyOnly: false })]]);
  assert.equal(z0.status, 202);
  await until("NOTIFY 481", () => uaB.notifies(yB).includes("SIP/2.0 481 Call/Transaction Does Not Exist"), 5000);

  // INVITE with Replaces: unknown dialog -> 481; B's dialog -> A takes the call over, B gets BYE.
  const bad = await uaA.call("1002", { headers: [["Replaces", "nope@x;to-tag=1;from-tag=2"]] });
  assert.equal(bad.status, 481);
  const takeover = await uaA.call("1002", { headers: [["Replaces", `${yB.callId};to-tag=${yB.remoteTag};from-tag=${yB.localTag}`]], rtpPort: peerA3.port });
  assert.equal(takeover.status, 200);
  await until("B's dialog replaced (BYE)", () => yB.ended, 5000);
  await sleep(2000);
  {
    const v = await eventually(() => lastSecond(customer, 440), (x) => x[440]! > 0.5);
    assert.ok(v[440]! > 0.5, `${"the customer talks to A again"} ${JSON.stringify(v)}`);
  }
  calls = await liveCalls();
  assert.equal(calls[0]!.agentId, ag1.id);

  const res = await sipp;
  assert.equal(res.code, 0, res.errors + res.stderr);
  await until("A's new dialog ended by the customer's BYE", () => takeover.dialog!.ended, 5000);
  const segs = await cdrsOf("13900000103", 3);
  assert.deepEqual(
    segs.map((c) => [c.agentId, c.hangupCause]),
    [
      [ag1.id, "attended_transfer"],
      [ag2.id, "replaced"],
      [ag1.id, "normal_clearing"],
    ],
  );
  const internal = await until("internal CDR", async () => {
    const l = await p.api("/api/v1/cdrs?caller=1001", { token: admin });
    return (l.json.items as Array<Record<string, any>>).find((c) => c.direction === "internal");
  }, 10_000);
  assert.equal(internal.hangupCause, "attended_transfer");
  // B gets the state it had before A's call once it is off the customer.
  assert.equal((await agentByExt("1002")).status, "not_ready");
});

test("SIP phones: consult then cancel (back with the customer), consult again then complete (customer with B, A released)", { timeout: 120_000 }, async (t) => {
  const realm = p.credentials!.realm;
  const peerA = await RtpPeer.open();
  const peerB = await RtpPeer.open();
  const peerB2 = await RtpPeer.open();
  const customer = await RtpPeer.open();
  peerA.speak(440);
  peerB.speak(350);
  peerB2.speak(350);
  customer.speak(1000);
  const uaA = new TestUa("1001", p.credentials!.sip["1001"]!, realm, p.sipPort, peerA.port);
  const uaB = new TestUa("1002", p.credentials!.sip["1002"]!, realm, p.sipPort, peerB.port);
  await uaA.start();
  await uaB.start();
  t.after(async () => {
    await uaA.close();
    await uaB.close();
    for (const r of [peerA, peerB, peerB2, customer]) r.close();
  });
  await uaA.register();
  await uaB.register();
  const ag1 = await agentByExt("1001");
  const ag2 = await agentByExt("1002");
  t.after(async () => {
    await setState(ag1.id, "logged_out");
    await setState(ag2.id, "logged_out");
  });
  await until("phones registered", async () => (await agents()).filter((a) => a.registered).length === 2, 10_000);
  assert.equal((await setState(ag2.id, "not_ready")).status, 200);
  assert.equal((await setState(ag1.id, "ready")).status, 200);
  const incomingX = uaA.nextIncoming();
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 25_000, keys: { caller: "13900000106", rtp_port: String(customer.port) }, timeoutS: 60 });
  const x = await incomingX;
  await until("1001 on call", async () => (await agentByExt("1001")).status === "on_call", 10_000);
  const call = (await liveCalls()).find((c) => c.agentId === ag1.id)!;
  const token1 = await p.login("1001", p.credentials!.console["1001"]!);
  const api = (path: string, body: unknown) => p.api(`/api/v1/calls/${call.callId}${path}`, { token: token1, body });

  // Consult B (by job number), then cancel: B's phone gets BYE, A and the customer talk again.
  let incoming = uaB.nextIncoming();
  assert.equal((await api("/consult", { target: { kind: "agent", value: "1002" } })).status, 200);
  const c1 = await incoming;
  await until("B answered", async () => (await liveCalls()).find((l) => l.callId === call.callId)?.ivr.consult === "talking", 5000);
  await until("B on call (通话中) while consulted: held out of the queue", async () => (await agentByExt("1002")).status === "on_call", 5000);
  const onHold = await eventually(() => lastSecond(customer, 440, 350), (v) => v[440]! < 0.02 && v[350]! < 0.02);
  assert.ok(onHold[440]! < 0.02 && onHold[350]! < 0.02, `the customer hears neither agent while they consult ${JSON.stringify(onHold)}`);
  const ab = await eventually(() => lastSecond(peerA, 350), (v) => v[350]! > 0.5);
  assert.ok(ab[350]! > 0.5, `A hears B ${JSON.stringify(ab)}`);
  const again = await api("/consult", { target: { kind: "agent", value: "1002" } });
  assert.equal(again.status, 409, "one consultation at a time");
  assert.equal((await api("/consult/cancel", {})).status, 200);
  await until("B's phone released", () => c1.ended, 5000);
  await until("after cancel B is back to the state they had (not ready, no wrap-up)", async () => (await agentByExt("1002")).status === "not_ready", 5000);
  const back = await eventually(() => lastSecond(customer, 440), (v) => v[440]! > 0.5);
  assert.ok(back[440]! > 0.5, `after cancel the customer talks to A again ${JSON.stringify(back)}`);

  // Consult again (B answers on another RTP port), then complete: the customer talks to B, A is released.
  uaB.rtpPort = peerB2.port; // a fresh RTP peer learns the new leg's address
  incoming = uaB.nextIncoming();
  assert.equal((await api("/consult", { target: { kind: "number", value: "1002" } })).status, 200);
  const c2 = await incoming;
  await until("B answered again", async () => (await liveCalls()).find((l) => l.callId === call.callId)?.ivr.consult === "talking", 5000);
  const done = await api("/consult/complete", {});
  assert.equal(done.status, 200, JSON.stringify(done.json));
  await until("A's phone released", () => x.ended, 5000);
  const withB = await eventually(() => lastSecond(customer, 350, 440), (v) => v[350]! > 0.5 && v[440]! < 0.02);
  assert.ok(withB[350]! > 0.5 && withB[440]! < 0.02, `the customer talks to B ${JSON.stringify(withB)}`);
  const bHears = await eventually(() => lastSecond(peerB2, 1000), (v) => v[1000]! > 0.5);
  assert.ok(bHears[1000]! > 0.5, `B hears the customer ${JSON.stringify(bHears)}`);
  const live = await liveCalls();
  assert.equal(live.length, 1, JSON.stringify(live));
  assert.equal(live[0]!.agentId, ag2.id);
  assert.equal((await agentByExt("1002")).status, "on_call", "the call is B's: on call");
  assert.equal(done.json.callId, live[0]!.callId, "complete answers with the call's new segment id");
  const res = await sipp;
  assert.equal(res.code, 0, res.errors + res.stderr);
  await until("B's phone released at the end", () => c2.ended, 5000);
  const [seg1, seg2] = await cdrsOf("13900000106", 2);
  assert.deepEqual([seg1!.agentId, seg1!.hangupCause], [ag1.id, "consult_transfer"]);
  assert.deepEqual([seg2!.agentId, seg2!.hangupSide], [ag2.id, "caller"]);
  await until("B back to not ready", async () => (await agentByExt("1002")).status === "not_ready", 5000);
});

test("SIP phones: consult by API rings B's phone; three-way call; the customer leaves and A and B go on talking", { timeout: 120_000 }, async (t) => {
  const realm = p.credentials!.realm;
  const peerA = await RtpPeer.open();
  const peerB = await RtpPeer.open();
  const customer = await RtpPeer.open();
  peerA.speak(440);
  peerB.speak(350);
  customer.speak(1000);
  const uaA = new TestUa("1001", p.credentials!.sip["1001"]!, realm, p.sipPort, peerA.port);
  const uaB = new TestUa("1002", p.credentials!.sip["1002"]!, realm, p.sipPort, peerB.port);
  await uaA.start();
  await uaB.start();
  t.after(async () => {
    await uaA.close();
    await uaB.close();
    for (const r of [peerA, peerB, customer]) r.close();
  });
  await uaA.register();
  await uaB.register();
  const ag1 = await agentByExt("1001");
  const ag2 = await agentByExt("1002");
  t.after(async () => {
    await setState(ag1.id, "logged_out");
    await setState(ag2.id, "logged_out");
  });
  await until("phones registered", async () => (await agents()).filter((a) => a.registered).length === 2, 10_000);
  // B is signed in but not ready: the customer's call goes to A, a consultation may still ring B.
  assert.equal((await setState(ag2.id, "not_ready")).status, 200);
  assert.equal((await setState(ag1.id, "ready")).status, 200);
  const incomingX = uaA.nextIncoming();
  const sipp = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 25_000, keys: { caller: "13900000105", rtp_port: String(customer.port) }, timeoutS: 60 });
  const sippStart = Date.now();
  const x = await incomingX;
  await until("1001 on call", async () => (await agentByExt("1001")).status === "on_call", 10_000);
  const call = (await liveCalls()).find((c) => c.agentId === ag1.id)!;
  const token1 = await p.login("1001", p.credentials!.console["1001"]!);
  const incomingC = uaB.nextIncoming();
  const c = await p.api(`/api/v1/calls/${call.callId}/consult`, { token: token1, body: { target: { kind: "number", value: "1002" } } });
  assert.equal(c.status, 200, JSON.stringify(c.json));
  const cB = await incomingC; // B's phone rang (and answered)
  await until("consultation talking", async () => (await liveCalls()).find((l) => l.callId === call.callId)?.ivr.consult === "talking", 5000);
  assert.equal((await p.api(`/api/v1/calls/${call.callId}/consult/conference`, { token: token1, body: {} })).status, 200);
  const both = (v: Record<number, number>, f1: number, f2: number) => v[f1]! > 0.15 && v[f2]! > 0.15;
  const cust3 = await eventually(() => lastSecond(customer, 440, 350), (v) => both(v, 440, 350));
  assert.ok(both(cust3, 440, 350), `three-way: the customer hears A and B ${JSON.stringify(cust3)}`);
  const b3 = await eventually(() => lastSecond(peerB, 1000, 440), (v) => both(v, 1000, 440));
  assert.ok(both(b3, 1000, 440), `three-way: B hears customer and A ${JSON.stringify(b3)}`);
  const a3 = await eventually(() => lastSecond(peerA, 1000, 350), (v) => both(v, 1000, 350));
  assert.ok(both(a3, 1000, 350), `three-way: A hears customer and B ${JSON.stringify(a3)}`);
  // Sensitive data: A pauses the recording of the three-way part for 2 s.
  const recording = (pause: boolean) => p.api(`/api/v1/calls/${call.callId}/recording`, { token: token1, body: { pause } });
  assert.equal((await recording(true)).status, 200);
  await sleep(2000);
  assert.equal((await recording(false)).status, 200);
  await sleep(1500);
  // The customer hangs up (SIPp's pause ends): A and B stay together.
  assert.ok(Date.now() - sippStart < 23_000, "the three-way call was checked before the customer hung up");
  const res = await sipp;
  assert.equal(res.code, 0, res.errors + res.stderr);
  assert.equal(x.ended, false, "A's leg stays");
  assert.equal(cB.ended, false, "B's leg stays");
  const a2 = await eventually(() => lastSecond(peerA, 350, 1000), (v) => v[350]! > 0.5);
  assert.ok(a2[350]! > 0.5, `A hears B ${JSON.stringify(a2)}`);
  const b2 = await eventually(() => lastSecond(peerB, 440), (v) => v[440]! > 0.5);
  assert.ok(b2[440]! > 0.5, `B hears A ${JSON.stringify(b2)}`);
  // B hangs up: A gets BYE, the call is over.
  assert.equal((await uaB.inDialog(cB, "BYE")).status, 200);
  await until("A released", () => x.ended, 5000);
  const segs = await cdrsOf("13900000105", 2);
  assert.equal(segs[0]!.hangupSide, "caller");
  assert.equal(segs[0]!.agentId, ag1.id);
  assert.equal(segs[1]!.agentId, ag1.id);
  // The customer's segment is recorded to the end (A consulted at once: the
  // two-party part is short; the browser test checks it), the three-way part
  // with the pause as silence.
  const k = await recordingBlocks(segs[0]!);
  t.diagnostic(`segment 1 in 200 ms blocks: ${k}`);
  const tail = k.slice(k.indexOf("3"));
  assert.ok(n(tail, "3") >= 20, `the three-way part is recorded: ${k}`);
  assert.ok(/0{7,}/.test(tail) && n(tail, "0") <= 13, `the 2 s pause is silence inside the three-way part: ${k}`);
  assert.ok(/0+-{0,2}3{3,}/.test(tail), `recording resumed in the three-way part: ${k}`);
  assert.equal(segs[1]!.recording ?? null, null, "A and B alone after the customer left: not recorded");
  assert.equal((await liveCalls()).length, 0);
  await until("B back to not ready", async () => (await agentByExt("1002")).status === "not_ready", 5000);
});

test("blind transfer to an external number through the trunk: digest answered, customer and callee talk, agent released", { timeout: 120_000 }, async (t) => {
  const carrierPort = await freePort();
  const trunk = await p.api("/api/v1/trunks", {
    token: admin,
    body: { name: "carrier", host: "127.0.0.1", port: carrierPort, username: "trunkuser", password: "trunk-secret", callerId: "4008001234" },
  });
  assert.equal(trunk.status, 201, JSON.stringify(trunk.json));
  const peerA = await RtpPeer.open();
  const customer = await RtpPeer.open();
  const callee = await RtpPeer.open();
  peerA.speak(440);
  customer.speak(1000);
  callee.speak(1400);
  const uaA = new TestUa("1001", p.credentials!.sip["1001"]!, p.credentials!.realm, p.sipPort, peerA.port);
  await uaA.start();
  t.after(async () => {
    await uaA.close();
    for (const r of [peerA, customer, callee]) r.close();
  });
  await uaA.register();
  const ag1 = await agentByExt("1001");
  t.after(() => setState(ag1.id, "logged_out"));
  await until("1001 registered", async () => (await agentByExt("1001")).registered, 10_000);
  assert.equal((await setState(ag1.id, "ready")).status, 200);
  const incoming = uaA.nextIncoming();
  const sipp = runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: "13900000104", rtp_port: String(customer.port) }, timeoutS: 60 });
  const x = await incoming;
  await until("1001 on call", async () => (await agentByExt("1001")).status === "on_call", 10_000);
  const carrier = runSipp({
    scenario: "uas-trunk.xml",
    target: "",
    localPort: carrierPort,
    vars: { USER: "trunkuser", PASS: "trunk-secret" },
    keys: { rtp_port: String(callee.port) },
    pauseMs: 5000,
    timeoutS: 40,
  });
  await sleep(300); // SIPp listening
  const call = (await liveCalls()).find((c) => c.agentId === ag1.id);
  const token1 = await p.login("1001", p.credentials!.console["1001"]!);
  const r = await p.api(`/api/v1/calls/${call!.callId}/transfer`, { token: token1, body: { target: { kind: "number", value: "13912345678" } } });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.notEqual(r.json.callId, call!.callId, "a new segment");
  await until("the agent's phone released", () => x.ended, 5000);
  await sleep(3000);
  {
    const v = await eventually(() => lastSecond(customer, 1400), (x) => x[1400]! > 0.5);
    assert.ok(v[1400]! > 0.5, `${"the customer talks to the external callee"} ${JSON.stringify(v)}`);
  }
  {
    const v = await eventually(() => lastSecond(callee, 1000), (x) => x[1000]! > 0.5);
    assert.ok(v[1000]! > 0.5, `${"the callee hears the customer"} ${JSON.stringify(v)}`);
  }
  const res = await carrier;
  assert.equal(res.code, 0, `the carrier saw a valid digest and a full call: ${res.errors}${res.stderr}`);
  const cust = await sipp;
  assert.equal(cust.code, 0, cust.errors + cust.stderr);
  const [seg1, seg2] = await cdrsOf("13900000104", 2);
  assert.equal(seg1!.agentId, ag1.id);
  assert.equal(seg1!.hangupCause, "blind_transfer");
  assert.equal(seg2!.agentId, "");
  assert.ok(seg2!.answerMs > 0, "the callee answered");
  assert.equal((await agentByExt("1001")).status, "ready");
});
