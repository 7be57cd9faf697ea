// Persistent agent sessions on a real media engine, with libwebrtc browsers
// (test-browser.ts): a call's bridge survives a browser that vanishes and
// comes back with `resume`; one that never returns closes after the grace time.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { dominantFrequency, MediaEngine, RtpTester } from "../media/index.ts";
import { shutdownWebRtc, type WebRtcSessionEvent, WebRtcSessionError, WebRtcSessions } from "./index.ts";
import { type FakeBrowser, fakeBrowser as spawnBrowser } from "./test-browser.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => unknown)[] = [];
let engine: MediaEngine;
let dataDir: string;

before(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-wrs-"));
  // Random window like the media tests; the engine skips ports someone else holds.
  const portMin = 44000 + 2 * Math.floor(Math.random() * 7000);
  engine = await MediaEngine.start({ dataDir, workers: 1, portMin, portMax: portMin + 400 });
});
after(async () => {
  for (const c of cleanups.reverse()) await c();
  await engine.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  await shutdownWebRtc();
});

function browser(toneHz: number): FakeBrowser {
  const b = spawnBrowser(toneHz);
  cleanups.push(() => b.kill());
  return b;
}

function sessions(graceMs: number) {
  const events: WebRtcSessionEvent[] = [];
  const s = new WebRtcSessions({ engine, graceMs, onEvent: (e) => events.push(e), leg: { mediaTimeoutMs: 1500 } });
  cleanups.push(() => s.close());
  const until = async (what: (e: WebRtcSessionEvent) => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (!events.some(what)) {
      if (Date.now() > end) throw new Error(`no such event; got ${JSON.stringify(events)}`);
      await sleep(25);
    }
  };
  return { s, events, until };
}

async function connect(s: WebRtcSessions, agentId: string, b: FakeBrowser, resume = ""): Promise<string> {
  const { sessionId, sdp } = await s.offer(agentId, await b.offer(), resume);
  await b.remote(sdp);
  assert.equal(await b.connected(), "connected");
  return sessionId;
}

const freq = (x: Int16Array, rate = 8000) => dominantFrequency(x, [500, 600, 1000], rate).freq;

test("a call bridged to a session survives the browser vanishing and resuming in another process", { timeout: 40000 }, async () => {
  const { s, events, until } = sessions(30000);
  const customer = await RtpTester.open();
  cleanups.push(() => customer.close());
  const cust = await engine.createLeg("call-a");
  engine.setRemote(cust.legId, "127.0.0.1", customer.port);

  const b1 = browser(600);
  const id = await connect(s, "agent-1", b1);
  await until((e) => e.state === "connected", 5000);
  const el = s.engineLeg("agent-1");
  assert.ok(el);
  engine.bridge(cust.legId, el);
  customer.sendTone(1000, "127.0.0.1", cust.port);
  await sleep(1200);
  const heard1 = await b1.heard(400);
  assert.equal(freq(heard1.samples, heard1.rate), 1000);
  const up1 = customer.received();
  assert.equal(freq(up1.subarray(up1.length - 2400)), 600);

  // Network cut: the browser is gone without a word.
  b1.kill();
  await until((e) => e.state === "disconnected" && e.reason === "media", 5000);
  assert.equal(s.engineLeg("agent-1"), el, "the engine leg (and the call's bridge) stays during the grace time");

  // The page comes back (here: a new browser process) and resumes.
  const b2 = browser(500);
  const id2 = await connect(s, "agent-1", b2, id);
  assert.equal(id2, id, "same session");
  await until((e) => e.state === "connected" && events.indexOf(e) > events.findIndex((x) => x.state === "disconnected"), 5000);
  customer.clearReceived();
  await sleep(1200);
  const up2 = customer.received();
  assert.ok(up2.length > 2400, `customer got ${up2.length} samples after resume`);
  assert.equal(freq(up2.subarray(up2.length - 2400)), 500, "the customer hears the resumed browser through the same bridge");
  const heard2 = await b2.heard(400);
  assert.equal(freq(heard2.samples, heard2.rate), 1000);
  assert.equal(s.engineLeg("agent-1"), el);
  customer.stop();
});

test("a browser that never returns: the session closes after the grace time with reason lost", { timeout: 30000 }, async () => {
  const { s, until } = sessions(800);
  const b = browser(600);
  await connect(s, "agent-2", b);
  const el = s.engineLeg("agent-2")!;
  b.kill();
  await until((e) => e.state === "disconnected", 5000);
  await until((e) => e.state === "closed" && e.reason === "lost", 3000);
  assert.equal(s.engineLeg("agent-2"), null);
  assert.equal(s.state("agent-2"), null);
  await assert.rejects(engine.stats(el), "the engine leg is destroyed");
});

test("refusals: unknown resume, no PCMU; a fresh offer replaces the older session; bye", { timeout: 30000 }, async () => {
  const { s, events } = sessions(30000);
  const b = browser(600);
  const offer = await b.offer();
  await assert.rejects(s.offer("agent-3", offer, "wrs-nope"), (e: unknown) => e instanceof WebRtcSessionError && e.code === "unknown_session");
  const noPcmu = offer.replace(/^(m=audio \S+ \S+)((?: \d+)+)/m, (_m, head: string, pts: string) => head + pts.split(" ").filter((p) => p !== "0").join(" "));
  assert.notEqual(noPcmu, offer);
  await assert.rejects(s.offer("agent-3", noPcmu), (e: unknown) => e instanceof WebRtcSessionError && e.code === "bad_sdp");
  assert.equal(s.state("agent-3"), null, "nothing left behind");

  const first = await s.offer("agent-3", offer);
  const b2 = browser(500);
  const second = await s.offer("agent-3", await b2.offer());
  assert.notEqual(second.sessionId, first.sessionId);
  assert.ok(events.some((e) => e.sessionId === first.sessionId && e.state === "closed" && e.reason === "replaced"));
  await s.bye("agent-3", first.sessionId); // stale: ignored
  assert.equal(s.sessionId("agent-3"), second.sessionId);
  await s.bye("agent-3", second.sessionId);
  assert.equal(s.sessionId("agent-3"), null);
  assert.ok(events.some((e) => e.sessionId === second.sessionId && e.state === "closed" && e.reason === "bye"));
  assert.throws(() => new WebRtcSessions({} as never), TypeError);
});
