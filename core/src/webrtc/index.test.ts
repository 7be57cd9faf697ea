// The gateway against a real WebRTC stack: @roamhq/wrtc is libwebrtc (the
// engine inside Chromium) without a browser. Tones go both ways through
// ICE/DTLS-SRTP on loopback and are checked by frequency on each side.
import assert from "node:assert/strict";
import * as path from "node:path";
import { after, test } from "node:test";
import * as fs from "node:fs";
import * as os from "node:os";
import { dominantFrequency, MediaEngine, RtpTester } from "../media/index.ts";
import { createWebRtcLeg, shutdownWebRtc, type WebRtcLeg } from "./index.ts";
import { type FakeBrowser, fakeBrowser as spawnBrowser } from "./test-browser.ts";

const cleanups: (() => unknown)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
  await shutdownWebRtc();
});

function fakeBrowser(toneHz: number): FakeBrowser {
  const b = spawnBrowser(toneHz);
  cleanups.push(() => b.kill());
  return b;
}

async function connected(leg: WebRtcLeg, browser: FakeBrowser): Promise<void> {
  assert.equal(await browser.connected(), "connected");
  const until = Date.now() + 5000;
  while (leg.state !== "connected" && Date.now() < until) await sleep(20);
  assert.equal(leg.state, "connected");
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("browser offers: 440 Hz from the browser arrives as PCMU RTP, 1 kHz RTP is heard in the browser", { timeout: 20000 }, async () => {
  const plain = await RtpTester.open();
  cleanups.push(() => plain.close());
  const leg = await createWebRtcLeg({ rtpTarget: { port: plain.port } });
  cleanups.push(() => leg.close());
  const browser = fakeBrowser(440);
  const answer = await leg.answerSdp(await browser.offer());
  assert.match(answer, /^m=audio \d+ UDP\/TLS\/RTP\/SAVPF 0( \d+)?\r?$/m, "answer keeps PCMU (and telephone-event) only");
  assert.match(answer, /a=candidate:.* 127\.0\.0\.1 /);
  await browser.remote(answer);
  await connected(leg, browser);

  plain.sendTone(1000, "127.0.0.1", leg.rtpPort);
  await sleep(1500);

  const fromBrowser = plain.received();
  assert.ok(fromBrowser.length >= 8000 * 0.8, `plain side got ${fromBrowser.length} samples`);
  const up = dominantFrequency(fromBrowser.subarray(fromBrowser.length - 4000), [440, 1000]);
  assert.equal(up.freq, 440);
  assert.ok(up.ratio > 0.8, `uplink tone purity ${up.ratio}`);
  assert.ok(plain.packets.every((p) => p.pt === 0 || p.pt === 101), "only PCMU/telephone-event reach the plain side");

  const heard = await browser.heard(500);
  const down = dominantFrequency(heard.samples, [440, 1000], heard.rate);
  assert.equal(down.freq, 1000);
  assert.ok(down.ratio > 0.8, `downlink tone purity ${down.ratio}`);
  const st = await browser.stats();
  assert.equal(st.codec, "audio/PCMU");
  assert.ok(leg.counters.fromPeer >= 50 && leg.counters.toPeer >= 50, JSON.stringify(leg.counters));
  leg.close();
  assert.equal(leg.state, "closed");
});

test("we offer: browser answers; after a switch of RTP source (new SSRC) the browser plays the new source", { timeout: 20000 }, async () => {
  const plainA = await RtpTester.open();
  const plainB = await RtpTester.open();
  cleanups.push(() => plainA.close(), () => plainB.close());
  const states: string[] = [];
  const leg = await createWebRtcLeg({ rtpTarget: { port: plainA.port }, onState: (s) => states.push(s) });
  cleanups.push(() => leg.close());
  const browser = fakeBrowser(600);
  const offer = await leg.offerSdp();
  assert.match(offer, /a=rtpmap:0 PCMU\/8000/);
  leg.acceptAnswer(await browser.answer(offer));
  await connected(leg, browser);
  assert.ok(states.includes("connected"), states.join(","));

  plainA.sendTone(1000, "127.0.0.1", leg.rtpPort);
  await sleep(700);
  plainA.stop();
  // Another source (new SSRC, random sequence and timestamp), as after a transfer.
  plainB.sendTone(400, "127.0.0.1", leg.rtpPort);
  leg.setRtpTarget(plainB.port);
  await sleep(900);
  plainB.stop();
  await sleep(200);

  const heard = await browser.heard(500);
  assert.equal(dominantFrequency(heard.samples.subarray(0, heard.samples.length / 2), [400, 600, 1000], heard.rate).freq, 400);
  const st = await browser.stats();
  assert.ok(st.packetsReceived >= 70, `browser received ${st.packetsReceived}`);
  assert.ok(st.packetsLost <= 0, `browser counted ${st.packetsLost} lost`);
  const up = plainB.received();
  assert.ok(up.length > 0, "after setRtpTarget the browser's audio goes to the new port");
  assert.equal(dominantFrequency(up.subarray(Math.max(0, up.length - 2400)), [400, 600, 1000]).freq, 600);
});

test("bridged by the media engine like a SIP leg: browser <-> engine <-> SIP-side RTP, tones both ways", { timeout: 20000 }, async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-webrtc-"));
  // Random window like the media tests; the engine skips ports someone else holds.
  const portMin = 44000 + 2 * Math.floor(Math.random() * 7000);
  const engine = await MediaEngine.start({ dataDir, workers: 1, portMin, portMax: portMin + 400 });
  cleanups.push(async () => {
    await engine.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const customer = await RtpTester.open();
  cleanups.push(() => customer.close());
  const agentLeg = await engine.createLeg("call-webrtc");
  const customerLeg = await engine.createLeg("call-webrtc");
  // The gateway sends the browser's audio to the engine's agent leg, and the engine answers to the gateway's port.
  const leg = await createWebRtcLeg({ rtpTarget: { port: agentLeg.port } });
  cleanups.push(() => leg.close());
  engine.setRemote(agentLeg.legId, "127.0.0.1", leg.rtpPort);
  engine.setRemote(customerLeg.legId, "127.0.0.1", customer.port);
  engine.bridge(agentLeg.legId, customerLeg.legId);
  const browser = fakeBrowser(600);
  await browser.remote(await leg.answerSdp(await browser.offer()));
  await connected(leg, browser);
  customer.sendTone(1000, "127.0.0.1", customerLeg.port);
  await sleep(1500);
  // While the tone still plays (after stop() the browser would play silence).
  const heard = await browser.heard(400);
  customer.stop();
  const atCustomer = customer.received();
  assert.ok(atCustomer.length > 4000, `customer got ${atCustomer.length} samples`);
  assert.equal(dominantFrequency(atCustomer.subarray(atCustomer.length - 4000), [600, 1000]).freq, 600);
  const down = dominantFrequency(heard.samples, [600, 1000], heard.rate);
  assert.equal(down.freq, 1000);
  assert.ok(down.ratio > 0.8, `downlink purity ${down.ratio}`);
  const st = await engine.stats(agentLeg.legId);
  assert.equal(st.lost, 0);
});

test("a browser that vanishes is reported disconnected within the media timeout, not libdatachannel's 30 s", { timeout: 20000 }, async () => {
  const states: string[] = [];
  const leg = await createWebRtcLeg({ rtpTarget: { port: 9 }, mediaTimeoutMs: 1500, onState: (s) => states.push(s) });
  cleanups.push(() => leg.close());
  const browser = fakeBrowser(440);
  await browser.remote(await leg.answerSdp(await browser.offer()));
  await connected(leg, browser);
  await sleep(2000);
  assert.equal(leg.state, "connected", "a talking browser is not flagged (it sends 50 packets/s)");
  const t0 = Date.now();
  browser.kill();
  while (leg.state === "connected" && Date.now() - t0 < 5000) await sleep(50);
  assert.equal(leg.state, "disconnected");
  assert.ok(Date.now() - t0 < 2600, `noticed after ${Date.now() - t0} ms`);
});

test("bad arguments are TypeErrors", { timeout: 5000 }, async () => {
  await assert.rejects(createWebRtcLeg({ dtmfPt: 5 }), TypeError);
  await assert.rejects(createWebRtcLeg({ rtpTarget: { port: 0 } }), TypeError);
  await assert.rejects(createWebRtcLeg({ mediaTimeoutMs: -1 }), TypeError);
  const leg = await createWebRtcLeg();
  cleanups.push(() => leg.close());
  await assert.rejects(leg.answerSdp("v=0"), TypeError);
  assert.throws(() => leg.setRtpTarget(70000), TypeError);
  assert.throws(() => leg.acceptAnswer("m=audio 9 UDP/TLS/RTP/SAVPF 0"), /offerSdp\(\) first/);
  leg.close();
  leg.close();
});
