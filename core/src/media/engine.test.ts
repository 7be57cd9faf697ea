import assert from "node:assert/strict";
import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { dominantFrequency, MediaEngine, RtpTester, readWav, toneSamples, totalPower, writeWav } from "./index.ts";

const HOST = "127.0.0.1";
const CANDS = [440, 450, 600, 1000];
let engine: MediaEngine;
let dataDir: string;

before(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-media-"));
  const portMin = 15400 + 2 * Math.floor(Math.random() * 1000);
  engine = await MediaEngine.start({ dataDir, workers: 2, portMin, portMax: portMin + 400 });
});

after(async () => {
  await engine.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function pair(): Promise<[RtpTester, RtpTester]> {
  return [await RtpTester.open(HOST), await RtpTester.open(HOST)];
}

function freqOf(s: Int16Array): { freq: number; ratio: number } {
  // Skip the first 100 ms (stream start-up) when there is enough audio.
  return dominantFrequency(s.length > 2400 ? s.subarray(800) : s, CANDS);
}

test("bridged legs relay both ways with one continuous stream and a stereo recording", { timeout: 10000 }, async () => {
  const [a, b] = await pair();
  try {
    const la = await engine.createLeg("call-1");
    const lb = await engine.createLeg("call-1");
    assert.equal(la.port % 2, 0);
    assert.equal(lb.port % 2, 0);
    engine.setRemote(la.legId, HOST, a.port);
    engine.setRemote(lb.legId, HOST, b.port);
    // Something plays first, so the relayed stream must continue its seq/ts.
    engine.play(la.legId, { tone: "ringback" });
    await sleep(100);
    engine.bridge(la.legId, lb.legId, { recordingPath: "rec/call-1.wav" });
    a.sendTone(1000, HOST, la.port);
    b.sendTone(440, HOST, lb.port);
    await sleep(800);
    a.stop();
    b.stop();
    await sleep(60);
    const sa = await engine.stats(la.legId);
    assert.ok(sa.packetsIn >= 20, `packetsIn ${sa.packetsIn}`);
    assert.ok(sa.packetsOut >= 20, `packetsOut ${sa.packetsOut}`);
    assert.equal(sa.lost, 0);
    assert.ok(sa.mos > 4, `mos ${sa.mos}`);
    const fa = freqOf(a.received());
    const fb = freqOf(b.received());
    assert.equal(fa.freq, 440);
    assert.equal(fb.freq, 1000);
    assert.ok(fb.ratio > 0.8, `ratio ${fb.ratio}`);
    // One SSRC, consecutive sequence numbers, timestamps advancing by 160 (RFC 3550 5.1).
    const pk = a.packets.filter((p) => p.pt === 0);
    assert.ok(pk.length > 20, `A received ${pk.length} packets`);
    assert.equal(new Set(pk.map((p) => p.ssrc)).size, 1);
    for (let i = 1; i < pk.length; i++) {
      assert.equal(pk[i]!.seq, (pk[i - 1]!.seq + 1) & 0xffff, `seq gap at ${i}`);
      const dts = (pk[i]!.ts - pk[i - 1]!.ts) >>> 0;
      assert.ok(dts >= 160 && dts < 160 * 20, `ts step ${dts} at ${i}`);
    }
    const sb = await engine.destroyLeg(lb.legId);
    assert.ok(sb.packetsIn >= 20, `B packetsIn ${sb.packetsIn}`);
    await engine.destroyLeg(la.legId);
    const w = readWav(path.join(dataDir, "rec/call-1.wav"));
    assert.equal(w.channels, 2);
    assert.equal(w.sampleRate, 8000);
    const secs = w.samples[0]!.length / 8000;
    assert.ok(secs > 0.6 && secs < 1.2, `recording length ${secs}`);
    assert.equal(dominantFrequency(w.samples[0]!, CANDS).freq, 1000);
    assert.equal(dominantFrequency(w.samples[1]!, CANDS).freq, 440);
    assert.ok(dominantFrequency(w.samples[0]!, CANDS).ratio > 0.7);
  } finally {
    await a.close();
    await b.close();
  }
});

test("PCMU <-> PCMA transcoding", { timeout: 10000 }, async () => {
  const [a, b] = await pair();
  try {
    const la = await engine.createLeg("call-2", { codec: "PCMU" });
    const lb = await engine.createLeg("call-2", { codec: "PCMA" });
    engine.setRemote(la.legId, HOST, a.port);
    engine.setRemote(lb.legId, HOST, b.port);
    engine.bridge(la.legId, lb.legId);
    a.sendTone(1000, HOST, la.port, { codec: "PCMU" });
    b.sendTone(440, HOST, lb.port, { codec: "PCMA" });
    await sleep(600);
    a.stop();
    b.stop();
    await sleep(60);
    assert.ok(b.packets.length > 15, `B received ${b.packets.length}`);
    assert.ok(b.packets.every((p) => p.pt === 8), "B gets PCMA");
    assert.ok(a.packets.every((p) => p.pt === 0), "A gets PCMU");
    const fa = freqOf(a.received());
    const fb = freqOf(b.received());
    assert.equal(fa.freq, 440);
    assert.equal(fb.freq, 1000);
    assert.ok(fa.ratio > 0.8 && fb.ratio > 0.8, `ratios ${fa.ratio} ${fb.ratio}`);
    await engine.destroyLeg(la.legId);
    await engine.destroyLeg(lb.legId);
  } finally {
    await a.close();
    await b.close();
  }
});

test("symmetric legs latch to the first source and drop others; asymmetric legs send to the SDP address", { timeout: 10000 }, async () => {
  const [a, b] = await pair();
  const [decoy, intruder] = await pair();
  try {
    const la = await engine.createLeg("call-3"); // symmetric by default
    const lb = await engine.createLeg("call-3", { symmetric: false });
    engine.setRemote(la.legId, HOST, decoy.port); // SDP says decoy, media comes from a
    engine.setRemote(lb.legId, HOST, b.port);
    engine.bridge(la.legId, lb.legId);
    a.sendTone(1000, HOST, la.port);
    await sleep(100);
    intruder.sendTone(600, HOST, la.port); // after the latch: dropped
    b.sendTone(440, HOST, lb.port);
    await sleep(600);
    for (const t of [a, b, intruder]) t.stop();
    await sleep(60);
    assert.equal(decoy.packetsReceived, 0, "nothing goes to the SDP address of a latched leg");
    assert.equal(freqOf(a.received()).freq, 440);
    const fb = freqOf(b.received());
    assert.equal(fb.freq, 1000, "B hears A, not the intruder");
    assert.ok(fb.ratio > 0.8);
    await engine.destroyLeg(la.legId);
    await engine.destroyLeg(lb.legId);

    // Asymmetric: media from a, but we send to the SDP address (decoy).
    const lc = await engine.createLeg("call-3b", { symmetric: false });
    const ld = await engine.createLeg("call-3b");
    engine.setRemote(lc.legId, HOST, decoy.port);
    engine.bridge(lc.legId, ld.legId);
    b.clearReceived();
    b.sendTone(440, HOST, ld.port);
    await sleep(300);
    b.stop();
    await sleep(60);
    assert.ok(decoy.packetsReceived > 5, `decoy got ${decoy.packetsReceived}`);
    await engine.destroyLeg(lc.legId);
    await engine.destroyLeg(ld.legId);
  } finally {
    for (const t of [a, b, decoy, intruder]) await t.close();
  }
});

test("paused recording writes silence and keeps timing", { timeout: 10000 }, async () => {
  const [a, b] = await pair();
  try {
    const la = await engine.createLeg("call-4");
    const lb = await engine.createLeg("call-4");
    engine.setRemote(la.legId, HOST, a.port);
    engine.setRemote(lb.legId, HOST, b.port);
    engine.bridge(la.legId, lb.legId, { recordingPath: "rec/call-4.wav" });
    a.sendTone(1000, HOST, la.port);
    b.sendTone(440, HOST, lb.port);
    await sleep(400);
    engine.pauseRecording(la.legId);
    await sleep(500);
    engine.resumeRecording(lb.legId);
    await sleep(400);
    a.stop();
    b.stop();
    await sleep(60);
    await engine.destroyLeg(la.legId);
    await engine.destroyLeg(lb.legId);
    const w = readWav(path.join(dataDir, "rec/call-4.wav"));
    const secs = w.samples[0]!.length / 8000;
    assert.ok(secs > 1.1 && secs < 1.6, `length ${secs}`);
    const seg = (ch: number, fromMs: number, toMs: number) => w.samples[ch]!.subarray(fromMs * 8, toMs * 8);
    // Tone before and after, silence in the middle of the pause window, both channels.
    for (const ch of [0, 1]) {
      assert.ok(totalPower(seg(ch, 100, 300)) > 0.01, `ch${ch} before`);
      assert.ok(totalPower(seg(ch, 550, 800)) < 1e-6, `ch${ch} paused`);
      assert.ok(totalPower(seg(ch, 1000, 1200)) > 0.01, `ch${ch} after`);
    }
  } finally {
    await a.close();
    await b.close();
  }
});

test("bridging again with the same recordingPath appends (e.g. after a transfer)", { timeout: 10000 }, async () => {
  const [a, b] = await pair();
  const c = await RtpTester.open(HOST);
  try {
    const la = await engine.createLeg("call-6");
    const lb = await engine.createLeg("call-6");
    const lc = await engine.createLeg("call-6");
    for (const [l, t] of [
      [la, a],
      [lb, b],
      [lc, c],
    ] as const) {
      engine.setRemote(l.legId, HOST, t.port);
    }
    a.sendTone(1000, HOST, la.port);
    b.sendTone(440, HOST, lb.port);
    c.sendTone(600, HOST, lc.port);
    engine.bridge(la.legId, lb.legId, { recordingPath: "rec/call-6.wav" });
    await sleep(600);
    engine.unbridge(la.legId);
    engine.play(la.legId, { tone: "moh" });
    await sleep(200);
    engine.bridge(la.legId, lc.legId, { recordingPath: "rec/call-6.wav" });
    await sleep(600);
    for (const t of [a, b, c]) t.stop();
    await sleep(60);
    for (const l of [la, lb, lc]) await engine.destroyLeg(l.legId);
    const w = readWav(path.join(dataDir, "rec/call-6.wav"));
    const secs = w.samples[0]!.length / 8000;
    assert.ok(secs > 1.0 && secs < 1.5, `both segments kept: ${secs}s`);
    const right = w.samples[1]!;
    assert.equal(dominantFrequency(right.subarray(800, 3600), CANDS).freq, 440, "first segment: B");
    assert.equal(dominantFrequency(right.subarray(right.length - 3600, right.length - 800), CANDS).freq, 600, "second segment: C");
    assert.equal(dominantFrequency(w.samples[0]!, CANDS).freq, 1000);
  } finally {
    for (const t of [a, b, c]) await t.close();
  }
});

test("tones and WAV playback (resampled); bridging stops playback", { timeout: 10000 }, async () => {
  const a = await RtpTester.open(HOST);
  try {
    const la = await engine.createLeg("call-5", { codec: "PCMA" });
    engine.setRemote(la.legId, HOST, a.port);
    engine.play(la.legId, { tone: "ringback" });
    await sleep(400);
    let r = a.received();
    assert.ok(r.length >= 160 * 15, `got ${r.length}`);
    assert.equal(dominantFrequency(r, CANDS).freq, 450);
    assert.ok(a.packets.every((p) => p.pt === 8));
    // A 16 kHz prompt file, played once.
    writeWav(path.join(dataDir, "prompt.wav"), 16000, [toneSamples(600, 300, 16000)]);
    a.clearReceived();
    const ended = new Promise<string>((resolve) => engine.once("playEnded", resolve));
    engine.play(la.legId, { file: "prompt.wav" });
    assert.equal(await ended, la.legId);
    await sleep(150);
    r = a.received();
    const secs = r.length / 8000;
    assert.ok(secs >= 0.28 && secs <= 0.36, `played ${secs}s`);
    assert.equal(dominantFrequency(r, CANDS).freq, 600);
    const failed = new Promise<string>((resolve) => engine.once("playError", (_l: string, e: string) => resolve(e)));
    engine.play(la.legId, { file: "missing.wav" });
    assert.match(await failed, /ENOENT/);
    // Bridging stops playback.
    engine.play(la.legId, { tone: "moh" });
    await sleep(100);
    const lb = await engine.createLeg("call-5");
    engine.bridge(la.legId, lb.legId);
    await sleep(60);
    const n = a.packetsReceived;
    await sleep(200);
    assert.equal(a.packetsReceived, n, "no packets after bridge while the peer is silent");
    await engine.destroyLeg(la.legId);
    await engine.destroyLeg(lb.legId);
  } finally {
    await a.close();
  }
});

test("malformed, oversized and random datagrams are dropped and counted; the relay keeps working", { timeout: 10000 }, async () => {
  const [a, b] = await pair();
  const junk = dgram.createSocket("udp4");
  await new Promise<void>((r) => junk.bind(0, HOST, () => r()));
  try {
    const la = await engine.createLeg("call-7", { symmetric: false });
    const lb = await engine.createLeg("call-7");
    engine.setRemote(la.legId, HOST, a.port);
    engine.setRemote(lb.legId, HOST, b.port);
    engine.bridge(la.legId, lb.legId, { recordingPath: "rec/call-7.wav" });
    let seed = 12345;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    for (let i = 0; i < 400; i++) {
      const len = Math.floor(rnd() * 1600);
      const m = Buffer.alloc(len);
      for (let k = 0; k < len; k++) m[k] = Math.floor(rnd() * 256);
      if (len > 0 && i % 2 === 0) m[0] = 0x80 | (m[0]! & 0x3f); // version 2, random flags/CSRC count
      if (len > 1 && i % 4 === 0) m[1] = 0; // PCMU payload type: must pass the size checks
      junk.send(m, la.port, HOST);
      if (i % 50 === 0) await sleep(5);
    }
    a.sendTone(1000, HOST, la.port);
    b.sendTone(440, HOST, lb.port);
    await sleep(500);
    a.stop();
    b.stop();
    await sleep(60);
    const s = await engine.stats(la.legId);
    assert.ok((s.dropped ?? 0) > 50, `dropped ${s.dropped}`);
    assert.equal(freqOf(b.received()).freq, 1000);
    assert.equal(freqOf(a.received()).freq, 440);
    await engine.destroyLeg(la.legId);
    await engine.destroyLeg(lb.legId);
  } finally {
    junk.close();
    await a.close();
    await b.close();
  }
});

test("argument errors are TypeErrors; unknown legs are harmless", { timeout: 5000 }, async () => {
  await assert.rejects(engine.createLeg(""), TypeError);
  await assert.rejects(engine.createLeg("x", { codec: "G729" as "PCMU" }), TypeError);
  assert.throws(() => engine.setRemote("leg-x", "not-an-ip", 5), TypeError);
  assert.throws(() => engine.bridge("a", "b", { recordingPath: "../escape.wav" }), TypeError);
  engine.setRemote("nope", HOST, 4000);
  assert.deepEqual(await engine.destroyLeg("nope"), { packetsIn: 0, packetsOut: 0, bytesIn: 0, bytesOut: 0, lost: 0, jitterMs: 0, mos: 0 });
  await assert.rejects(engine.stats("nope"));
});

test("a kept socket pair is not reused while the old call's peer still sends to it (a new leg would latch onto it)", { timeout: 10000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-media-pool-"));
  const portMin = 17600 + 2 * Math.floor(Math.random() * 500);
  const e = await MediaEngine.start({ dataDir: dir, workers: 1, portMin, portMax: portMin + 40 });
  const [a, b] = await pair();
  const made: string[] = [];
  try {
    const l1 = await e.createLeg("stray-1");
    e.setRemote(l1.legId, HOST, a.port);
    a.sendTone(1000, HOST, l1.port);
    await sleep(100);
    await e.destroyLeg(l1.legId);
    // A goes on sending for 600 ms (it never got the BYE): the pair must stay out of reuse meanwhile.
    for (let t = 0; t < 5; t++) {
      await sleep(120);
      const l = await e.createLeg(`stray-x${t}`);
      made.push(l.legId);
      assert.notEqual(l.port, l1.port, `reused while the old peer still sends (${120 * (t + 1)} ms after close)`);
    }
    a.stop();
    assert.ok((await e.workerInfo())[0]!.strayPackets > 0, "the old peer's packets are counted");
    await sleep(450);
    const aBefore = a.packets.length;
    const l3 = await e.createLeg("stray-3");
    made.push(l3.legId);
    assert.equal(l3.port, l1.port, "quiet for the quarantine: reused");
    e.setRemote(l3.legId, HOST, b.port);
    b.sendTone(440, HOST, l3.port);
    e.play(l3.legId, { tone: "ringback" });
    await sleep(300);
    b.stop();
    assert.ok(b.packets.length >= 5, `the new leg sends to its own peer: ${b.packets.length}`);
    assert.equal(a.packets.length, aBefore, "nothing of the new call goes to the old peer");
  } finally {
    for (const id of made) await e.destroyLeg(id).catch(() => {});
    await a.close();
    await b.close();
    await e.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a closed leg's sockets go to a new leg only after the quarantine, disconnected from the old peer", { timeout: 10000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-media-pool-"));
  const portMin = 17600 + 2 * Math.floor(Math.random() * 500);
  const e = await MediaEngine.start({ dataDir: dir, workers: 1, portMin, portMax: portMin + 40 });
  const [a, b] = await pair();
  try {
    const l1 = await e.createLeg("pool-1");
    e.setRemote(l1.legId, HOST, a.port);
    a.sendTone(1000, HOST, l1.port); // latched and connected to A
    await sleep(200);
    a.stop();
    assert.ok((await e.stats(l1.legId)).packetsIn > 0);
    await e.destroyLeg(l1.legId);
    const l2 = await e.createLeg("pool-2");
    assert.notEqual(l2.port, l1.port, "a port is not handed out again right after its leg closed");
    await sleep(400);
    const l3 = await e.createLeg("pool-3");
    assert.equal(l3.port, l1.port, "after the quarantine the kept pair is reused");
    e.setRemote(l3.legId, HOST, b.port);
    e.play(l3.legId, { tone: "ringback" });
    b.sendTone(440, HOST, l3.port);
    await sleep(300);
    b.stop();
    const s3 = await e.stats(l3.legId);
    // a socket still connected to A would not receive B's packets at all
    assert.ok(s3.packetsIn >= 5, `packets from the new peer: ${s3.packetsIn}`);
    assert.ok(b.packets.length >= 5, `packets to the new peer: ${b.packets.length}`);
    for (const l of [l2, l3]) await e.destroyLeg(l.legId);
  } finally {
    await a.close();
    await b.close();
    await e.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
