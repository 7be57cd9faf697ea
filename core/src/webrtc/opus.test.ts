// Opus on the WebRTC leg (gateway option `opus`): a libwebrtc peer whose offer
// carries Opus but no PCMU is bridged through the media engine (Opus <->
// PCMU transcoding in the worker) to a plain PCMU RTP peer; tones both ways.
// An offer that has PCMU keeps PCMU even with the option on.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { dominantFrequency, MediaEngine, RtpTester } from "../media/index.ts";
import { createWebRtcLeg, shutdownWebRtc, type WebRtcLeg } from "./index.ts";
import { type FakeBrowser, fakeBrowser as spawnBrowser } from "./test-browser.ts";

const cleanups: (() => unknown)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
  await shutdownWebRtc();
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

/** The browser's offer with every audio codec but opus (and telephone-event) removed from the m= line. */
function opusOnly(sdp: string): string {
  const opus = /^a=rtpmap:(\d+) opus\/48000/m.exec(sdp)![1]!;
  const te = [...sdp.matchAll(/^a=rtpmap:(\d+) telephone-event\/\d+/gm)].map((m) => m[1]!);
  const keep = new Set([opus, ...te]);
  return sdp
    .split(/\r\n/)
    .map((l) => {
      const m = /^(m=audio \d+ \S+) (.*)$/.exec(l);
      if (!m) return l;
      return `${m[1]} ${m[2]!
        .split(" ")
        .filter((pt) => keep.has(pt))
        .join(" ")}`;
    })
    .filter((l) => {
      const pt = /^a=(?:rtpmap|fmtp|rtcp-fb):(\d+)/.exec(l)?.[1];
      return pt === undefined || keep.has(pt);
    })
    .join("\r\n");
}

test("an Opus-only browser is bridged to a PCMU peer through the engine: tones both ways", { timeout: 30000 }, async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-webrtc-opus-"));
  const portMin = 44000 + 2 * Math.floor(Math.random() * 7000);
  const engine = await MediaEngine.start({ dataDir, workers: 1, portMin, portMax: portMin + 400 });
  cleanups.push(async () => {
    await engine.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const customer = await RtpTester.open();
  cleanups.push(() => customer.close());
  const agentLeg = await engine.createLeg("call-webrtc-opus", { symmetric: false });
  const customerLeg = await engine.createLeg("call-webrtc-opus");
  const leg = await createWebRtcLeg({ rtpTarget: { port: agentLeg.port }, opus: true });
  cleanups.push(() => leg.close());
  const browser = fakeBrowser(600);
  const offer = opusOnly(await browser.offer());
  assert.doesNotMatch(offer, /^m=audio \d+ \S+ (.* )?0( |$)/m, "the offer has no PCMU");
  const answer = await leg.answerSdp(offer);
  assert.equal(leg.codec, "OPUS");
  assert.match(answer, new RegExp(`^m=audio \\d+ UDP/TLS/RTP/SAVPF ${leg.payloadType}( \\d+)?\\r?$`, "m"));
  assert.match(answer, new RegExp(`a=rtpmap:${leg.payloadType} opus/48000/2`));
  engine.setRemote(agentLeg.legId, "127.0.0.1", leg.rtpPort, { codec: "OPUS", pt: leg.payloadType });
  engine.setRemote(customerLeg.legId, "127.0.0.1", customer.port);
  engine.bridge(agentLeg.legId, customerLeg.legId, { recordingPath: "rec/webrtc-opus.wav" });
  await browser.remote(answer);
  await connected(leg, browser);
  customer.sendTone(1000, "127.0.0.1", customerLeg.port);
  await sleep(2000);
  const heard = await browser.heard(400);
  customer.stop();
  const st = await browser.stats();
  assert.equal(st.codec, "audio/opus");
  const atCustomer = customer.received();
  assert.ok(atCustomer.length > 4000, `customer got ${atCustomer.length} samples`);
  assert.ok(customer.packets.filter((p) => p.pt === 0).length > 40, "the customer gets PCMU");
  const up = dominantFrequency(atCustomer.subarray(atCustomer.length - 4000), [600, 1000]);
  assert.equal(up.freq, 600);
  assert.ok(up.ratio > 0.8, `uplink purity ${up.ratio}`);
  const down = dominantFrequency(heard.samples, [600, 1000], heard.rate);
  assert.equal(down.freq, 1000);
  assert.ok(down.ratio > 0.8, `downlink purity ${down.ratio}`);
  const s = await engine.stats(agentLeg.legId);
  assert.equal(s.dropped ?? 0, 0, "every Opus packet decoded");
});

test("with the option on, an offer that has PCMU still gets PCMU (no transcoding)", { timeout: 20000 }, async () => {
  const leg = await createWebRtcLeg({ rtpTarget: { port: 9 }, opus: true });
  cleanups.push(() => leg.close());
  const browser = fakeBrowser(440);
  const answer = await leg.answerSdp(await browser.offer());
  assert.equal(leg.codec, "PCMU");
  assert.equal(leg.payloadType, 0);
  assert.match(answer, /^m=audio \d+ UDP\/TLS\/RTP\/SAVPF 0( \d+)?\r?$/m);
});

test("without the option an Opus-only offer is refused with a reason", { timeout: 20000 }, async () => {
  const leg = await createWebRtcLeg({ rtpTarget: { port: 9 } });
  cleanups.push(() => leg.close());
  const browser = fakeBrowser(440);
  await assert.rejects(leg.answerSdp(opusOnly(await browser.offer())), /no PCMU/);
});
