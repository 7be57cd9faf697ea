// Conference mixing (same worker and linked across workers) and cross-worker bridges.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { dominantFrequency, goertzelPower, MediaEngine, RtpTester, readWav, totalPower } from "./index.ts";

const HOST = "127.0.0.1";
let engine: MediaEngine;
let dataDir: string;

before(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-media3-"));
  const portMin = 12000 + 2 * Math.floor(Math.random() * 1000);
  engine = await MediaEngine.start({ dataDir, workers: 2, portMin, portMax: portMin + 300 });
});

after(async () => {
  await engine.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Power of each frequency in what t received since the last clear, skipping the first 100 ms. */
function heard(t: RtpTester, freqs: number[]): Map<number, number> {
  const r = t.received();
  const s = r.length > 1600 ? r.subarray(800) : r;
  return new Map(freqs.map((f) => [f, goertzelPower(s, f)]));
}

test("conference: everyone hears the others but not themselves; mute and whisper; members linked across workers", { timeout: 15000 }, async () => {
  const freqs = [1000, 440, 600];
  const t = await Promise.all(freqs.map(() => RtpTester.open(HOST)));
  try {
    const legs = [];
    for (let i = 0; i < 3; i++) legs.push(await engine.createLeg(`conf-call-${i}`, { codec: i === 1 ? "PCMA" : "PCMU" }));
    const workers = new Set(legs.map((l) => engine.workerIndexOf(l.legId)));
    assert.equal(workers.size, 2, "members spread over both workers");
    for (let i = 0; i < 3; i++) {
      engine.setRemote(legs[i]!.legId, HOST, t[i]!.port);
      engine.joinConference("room-1", legs[i]!.legId);
      t[i]!.sendTone(freqs[i]!, HOST, legs[i]!.port, { codec: i === 1 ? "PCMA" : "PCMU" });
    }
    await sleep(700);
    for (let i = 0; i < 3; i++) {
      const h = heard(t[i]!, freqs);
      const own = h.get(freqs[i]!)!;
      for (const f of freqs) {
        if (f === freqs[i]) continue;
        assert.ok(h.get(f)! > 0.01, `member ${i} hears ${f}: ${h.get(f)}`);
        assert.ok(own < h.get(f)! / 20, `member ${i} does not hear itself: own ${own} vs ${h.get(f)}`);
      }
    }
    // Mute member 2: nobody hears 600 Hz any more.
    engine.updateConferenceMember(legs[2]!.legId, { muted: true });
    await sleep(100);
    for (const x of t) x.clearReceived();
    await sleep(500);
    assert.ok(heard(t[0]!, freqs).get(600)! < 1e-4, "muted member is not heard");
    assert.ok(heard(t[0]!, freqs).get(440)! > 0.01);
    // Whisper: member 2 talks only to member 0 (coaching).
    engine.updateConferenceMember(legs[2]!.legId, { muted: false, talkTo: [legs[0]!.legId] });
    await sleep(100);
    for (const x of t) x.clearReceived();
    await sleep(500);
    assert.ok(heard(t[0]!, freqs).get(600)! > 0.01, "whisper target hears the coach");
    assert.ok(heard(t[1]!, freqs).get(600)! < 1e-4, "others do not hear the whisper");
    // Leaving: member 1 no longer hears anything.
    engine.leaveConference(legs[1]!.legId);
    await sleep(100);
    t[1]!.clearReceived();
    await sleep(300);
    assert.ok(t[1]!.packetsReceived <= 1, `left member got ${t[1]!.packetsReceived}`);
    for (const l of legs) await engine.destroyLeg(l.legId);
  } finally {
    for (const x of t) await x.close();
  }
});

test("bridge across workers (different calls) relays both ways and records", { timeout: 15000 }, async () => {
  const a = await RtpTester.open(HOST);
  const b = await RtpTester.open(HOST);
  try {
    const la = await engine.createLeg("xa");
    const lb = await engine.createLeg("xb", { codec: "PCMA" });
    assert.notEqual(engine.workerIndexOf(la.legId), engine.workerIndexOf(lb.legId));
    engine.setRemote(la.legId, HOST, a.port);
    engine.setRemote(lb.legId, HOST, b.port);
    engine.bridge(la.legId, lb.legId, { recordingPath: "rec/cross.wav" });
    a.sendTone(1000, HOST, la.port);
    b.sendTone(440, HOST, lb.port, { codec: "PCMA" });
    await sleep(800);
    a.stop();
    b.stop();
    await sleep(60);
    assert.equal(dominantFrequency(a.received().subarray(800), [440, 1000]).freq, 440);
    assert.equal(dominantFrequency(b.received().subarray(800), [440, 1000]).freq, 1000);
    assert.ok(b.packets.every((p) => p.pt === 8));
    assert.equal(new Set(a.packets.map((p) => p.ssrc)).size, 1);
    await engine.destroyLeg(la.legId);
    await engine.destroyLeg(lb.legId);
    const w = readWav(path.join(dataDir, "rec/cross.wav"));
    assert.equal(dominantFrequency(w.samples[0]!, [440, 1000]).freq, 1000);
    assert.equal(dominantFrequency(w.samples[1]!, [440, 1000]).freq, 440);
    const info = await engine.workerInfo();
    assert.equal(info.reduce((n, i) => n + i.legs, 0), 0, "internal link legs are gone");
  } finally {
    await a.close();
    await b.close();
  }
});

/** Goertzel power of each frequency over samples [from, to) seconds of a mono WAV. */
function powers(s: Int16Array, freqs: number[], from = 0, to = s.length / 8000): Map<number, number> {
  const part = s.subarray(Math.floor(from * 8000), Math.floor(to * 8000));
  return new Map(freqs.map((f) => [f, goertzelPower(part, f)]));
}

test("conference recording: a mono WAV of the mix holds every party's tone; a muted party is absent; members across workers", { timeout: 20000 }, async () => {
  const freqs = [1000, 440, 600];
  const t = await Promise.all(freqs.map(() => RtpTester.open(HOST)));
  try {
    const legs = [];
    for (let i = 0; i < 3; i++) legs.push(await engine.createLeg(`confrec-${i}`, { codec: i === 1 ? "PCMA" : "PCMU" }));
    assert.equal(new Set(legs.map((l) => engine.workerIndexOf(l.legId))).size, 2, "members spread over both workers");
    assert.equal(engine.recordConference("confrec-room", "rec/conf.wav"), false, "no such room yet");
    for (let i = 0; i < 3; i++) {
      engine.setRemote(legs[i]!.legId, HOST, t[i]!.port);
      engine.joinConference("confrec-room", legs[i]!.legId);
    }
    assert.throws(() => engine.recordConference("confrec-room", "../escape.wav"), TypeError);
    assert.equal(engine.recordConference("confrec-room", "rec/conf.wav"), true);
    for (let i = 0; i < 3; i++) t[i]!.sendTone(freqs[i]!, HOST, legs[i]!.port, { codec: i === 1 ? "PCMA" : "PCMU" });
    await sleep(1000);
    // Second part: 600 Hz muted.
    engine.updateConferenceMember(legs[2]!.legId, { muted: true });
    await sleep(1000);
    engine.recordConference("confrec-room", null);
    for (const x of t) x.stop();
    await sleep(100);
    for (const l of legs) await engine.destroyLeg(l.legId);
    const w = readWav(path.join(dataDir, "rec/conf.wav"));
    assert.equal(w.channels, 1);
    assert.equal(w.sampleRate, 8000);
    const secs = w.samples[0]!.length / 8000;
    assert.ok(secs > 1.6 && secs < 2.6, `recording length ${secs}`);
    const first = powers(w.samples[0]!, freqs, 0.3, 0.9);
    for (const f of freqs) assert.ok(first.get(f)! > 0.005, `${f} Hz in the mix: ${first.get(f)}`);
    const second = powers(w.samples[0]!, freqs, 1.3, secs - 0.2);
    assert.ok(second.get(1000)! > 0.005 && second.get(440)! > 0.005, "unmuted parties still recorded");
    assert.ok(second.get(600)! < second.get(1000)! / 100, `muted party not recorded: ${second.get(600)}`);
  } finally {
    for (const x of t) await x.close();
  }
});

test("conference recording survives a crash of the room's worker: the header is repaired and the tones are there", { timeout: 20000 }, async () => {
  const freqs = [1000, 440];
  const t = await Promise.all(freqs.map(() => RtpTester.open(HOST)));
  try {
    const legs = [];
    for (let i = 0; i < 2; i++) legs.push(await engine.createLeg("confcrash"));
    for (let i = 0; i < 2; i++) {
      engine.setRemote(legs[i]!.legId, HOST, t[i]!.port);
      engine.joinConference("crash-room", legs[i]!.legId);
    }
    assert.equal(engine.recordConference("crash-room", "rec/conf-crash.wav"), true);
    for (let i = 0; i < 2; i++) t[i]!.sendTone(freqs[i]!, HOST, legs[i]!.port);
    // Several flush periods (250 ms), so audio is on disk before the crash.
    await sleep(2200);
    const index = engine.workerIndexOf(legs[0]!.legId)!;
    const died = new Promise<number>((resolve) => engine.once("workerError", (i: number) => resolve(i)));
    engine.crashWorkerForTest(index);
    assert.equal(await died, index);
    for (const x of t) x.stop();
    const file = path.join(dataDir, "rec/conf-crash.wav");
    const raw = fs.readFileSync(file);
    assert.equal(raw.readUInt32LE(40), raw.length - 44, "data size repaired");
    assert.equal(raw.readUInt32LE(4), raw.length - 8, "RIFF size repaired");
    const w = readWav(file);
    assert.equal(w.channels, 1);
    assert.ok(w.samples[0]!.length >= 8000 * 0.8, `kept ${w.samples[0]!.length / 8000}s`);
    const p = powers(w.samples[0]!, freqs, 0.3);
    for (const f of freqs) assert.ok(p.get(f)! > 0.005, `${f} Hz kept: ${p.get(f)}`);
    for (const l of legs) await engine.destroyLeg(l.legId);
  } finally {
    for (const x of t) await x.close();
  }
});

/** Share of 20 ms frames (after the first `skipS` seconds) in which freq is below 1/30 of the median power: audible gaps. */
function gapShare(s: Int16Array, freq: number, skipS: number): number {
  const p: number[] = [];
  for (let o = Math.floor(skipS * 8000); o + 160 <= s.length; o += 160) p.push(goertzelPower(s.subarray(o, o + 160), freq));
  const median = [...p].sort((x, y) => x - y)[Math.floor(p.length / 2)]!;
  return p.filter((x) => x < median / 30).length / p.length;
}

test("conference: lost packets are concealed and a bursty member plays without gaps in the mix", { timeout: 20000 }, async () => {
  const lossy = await RtpTester.open(HOST);
  const bursty = await RtpTester.open(HOST);
  const ear = await RtpTester.open(HOST);
  try {
    const legs = [];
    for (const t of [lossy, bursty, ear]) {
      const l = await engine.createLeg("plc-call");
      engine.setRemote(l.legId, HOST, t.port);
      engine.joinConference("plc-room", l.legId);
      legs.push(l);
    }
    // 20 % loss, isolated (every 5th packet), and packets in threes every 60 ms.
    lossy.sendTone(1000, HOST, legs[0]!.port, { dropEvery: 5 });
    bursty.sendTone(440, HOST, legs[1]!.port, { burst: 3 });
    await sleep(2500);
    // Each member's play-out delay adapted to its own arrival pattern.
    const [sl, sb] = [await engine.stats(legs[0]!.legId), await engine.stats(legs[1]!.legId)];
    lossy.stop();
    bursty.stop();
    assert.ok(sb.playoutDelayMs! >= 30, `bursty member's play-out delay ${sb.playoutDelayMs} ms (bursts of 60 ms)`);
    assert.ok(sl.playoutDelayMs! < sb.playoutDelayMs!, `steady member ${sl.playoutDelayMs} ms, bursty ${sb.playoutDelayMs} ms`);
    const heard = ear.received();
    assert.ok(heard.length > 8000 * 2, `listener got ${heard.length / 8000} s`);
    const lossGaps = gapShare(heard, 1000, 0.5);
    const burstGaps = gapShare(heard, 440, 1);
    // Without concealment about 20-24 % of the frames are silent; the margin is for a busy test box
    // (the sending test peer's own timer is late at times, which is real jitter too).
    assert.ok(lossGaps < 0.08, `gaps where packets were lost: ${(lossGaps * 100).toFixed(1)} % of frames (20 % lost)`);
    assert.ok(burstGaps < 0.08, `gaps in the bursty member: ${(burstGaps * 100).toFixed(1)} % of frames`);
    for (const l of legs) await engine.destroyLeg(l.legId);
  } finally {
    for (const t of [lossy, bursty, ear]) await t.close();
  }
});

test("consult then conference: the sequence the call manager sends (music, ringback, bridge, three-way) leaves every member heard", { timeout: 15000 }, async () => {
  // a: customer (music while the agent consults), b: agent (ringback, then bridged to c), c: consult target.
  const freqs = [1000, 440, 350];
  const t = await Promise.all(freqs.map(() => RtpTester.open(HOST)));
  try {
    const legs = [];
    for (let i = 0; i < 3; i++) legs.push(await engine.createLeg("xfer-call", { codec: "PCMU" }));
    for (let i = 0; i < 3; i++) {
      engine.setRemote(legs[i]!.legId, HOST, t[i]!.port);
      t[i]!.sendTone(freqs[i]!, HOST, legs[i]!.port, { codec: "PCMU" });
    }
    const [a, b, c] = legs.map((l) => l.legId) as [string, string, string];
    engine.bridge(a, b);
    await sleep(200);
    engine.unbridge(a);
    engine.play(a, { tone: "moh" });
    engine.play(b, { tone: "ringback" });
    await sleep(300);
    engine.stopPlay(b);
    engine.bridge(b, c);
    await sleep(300);
    for (const x of t) x.clearReceived();
    await sleep(400);
    assert.ok(heard(t[1]!, freqs).get(350)! > 0.01, "consulting: b hears c");
    assert.ok(heard(t[2]!, freqs).get(440)! > 0.01, "consulting: c hears b");
    assert.ok(heard(t[0]!, freqs).get(440)! < 1e-4, "consulting: a does not hear b");
    for (const l of [a, b, c]) engine.joinConference("conf-x", l);
    await sleep(200);
    for (const x of t) x.clearReceived();
    await sleep(600);
    for (let i = 0; i < 3; i++) {
      const h = heard(t[i]!, freqs);
      for (const f of freqs) if (f !== freqs[i]) assert.ok(h.get(f)! > 0.01, `member ${i} hears ${f}: ${h.get(f)}`);
    }
    // b leaves: a and c bridged (transfer completed).
    engine.leaveConference(a);
    engine.leaveConference(b);
    engine.leaveConference(c);
    engine.unbridge(b);
    engine.bridge(a, c);
    await sleep(200);
    for (const x of t) x.clearReceived();
    await sleep(400);
    assert.ok(heard(t[0]!, freqs).get(350)! > 0.01 && heard(t[0]!, freqs).get(440)! < 1e-4, "a hears c only");
  } finally {
    for (const x of t) x.close();
  }
});

test("a three-way call is recorded into the call's stereo file: customer left, what the customer hears right; pause keeps timing; the file goes on after", { timeout: 20000 }, async () => {
  // a: customer 1000 Hz, b: agent 440 Hz (another worker: its bridge recording lives there), c: consult target 350 Hz.
  const freqs = [1000, 440, 350];
  const t = await Promise.all(freqs.map(() => RtpTester.open(HOST)));
  const made: string[] = [];
  try {
    const legPort = new Map<string, number>();
    const create = async (callId: string) => {
      const l = await engine.createLeg(callId);
      made.push(l.legId);
      legPort.set(l.legId, l.port);
      return l.legId;
    };
    const a = await create("rec3-call");
    let b = "";
    for (let i = 0; b === "" && i < 16; i++) {
      const l = await create(`rec3-agent-${i}`);
      if (engine.workerIndexOf(l) !== engine.workerIndexOf(a)) b = l;
    }
    assert.ok(b, "an agent leg on the other worker");
    const c = await create("rec3-call");
    for (const [i, l] of [a, b, c].entries()) engine.setRemote(l, HOST, t[i]!.port);
    assert.equal(engine.recordConferenceMember(a, "rec/3way.wav"), false, "not in a room");
    // Two-party part, recorded on b's worker.
    engine.bridge(a, b, { recordingPath: "rec/3way.wav" });
    for (const [i, l] of [a, b, c].entries()) t[i]!.sendTone(freqs[i]!, HOST, legPort.get(l)!, { codec: "PCMU" });
    await sleep(800);
    // Consultation (not in the file), then the three of them in a room on a's worker.
    engine.unbridge(a);
    await sleep(200);
    for (const l of [a, b, c]) engine.joinConference("rec3-room", l);
    assert.throws(() => engine.recordConferenceMember(a, "../escape.wav"), TypeError);
    assert.equal(engine.recordConferenceMember(a, "rec/3way.wav"), true);
    await sleep(1000);
    engine.pauseRecording(a);
    await sleep(600);
    engine.resumeRecording(a);
    await sleep(800);
    // The target leaves: customer and agent bridged again, same file (endConsult's order).
    for (const l of [c, a, b]) engine.leaveConference(l);
    engine.bridge(a, b, { recordingPath: "rec/3way.wav" });
    await sleep(800);
    for (const x of t) x.stop();
    await sleep(60);
    for (const l of made) await engine.destroyLeg(l);
    made.length = 0;
    const w = readWav(path.join(dataDir, "rec/3way.wav"));
    assert.equal(w.channels, 2);
    const [left, right] = w.samples as [Int16Array, Int16Array];
    const secs = left.length / 8000;
    assert.ok(secs > 3.4 && secs < 4.8, `two-party + three-way (with the pause) + two-party: ${secs} s`);
    // 100 ms blocks: what each channel holds.
    const share = (s: Int16Array, f: number) => {
      const p = totalPower(s);
      return p > 0 ? goertzelPower(s, f) / p : 0;
    };
    const kinds: string[] = [];
    for (let i = 0; i + 800 <= left.length; i += 800) {
      const l = left.subarray(i, i + 800);
      const r = right.subarray(i, i + 800);
      if (totalPower(l) < 1e-5 && totalPower(r) < 1e-5) kinds.push("silent");
      else if (share(l, 1000) > 0.8 && share(r, 440) > 0.25 && share(r, 350) > 0.25 && share(r, 1000) < 0.02) kinds.push("three");
      else if (share(l, 1000) > 0.8 && share(r, 440) > 0.8) kinds.push("two");
      else kinds.push("other");
    }
    const count = (k: string, from = 0, to = kinds.length) => kinds.slice(from, to).filter((x) => x === k).length;
    const firstThree = kinds.indexOf("three");
    const lastThree = kinds.lastIndexOf("three");
    assert.ok(firstThree > 0 && count("three") >= 12, `the three-way part is in the file: ${kinds.join(" ")}`);
    assert.ok(count("two", 0, firstThree) >= 5, `the two-party part before it: ${kinds.join(" ")}`);
    assert.ok(count("two", lastThree + 1) >= 5, `the two-party part after it: ${kinds.join(" ")}`);
    assert.ok(count("silent", firstThree, lastThree) >= 4, `paused: silence inside the three-way part, timing kept: ${kinds.join(" ")}`);
    assert.ok(count("other") <= 6, `only edges are mixed: ${kinds.join(" ")}`);
  } finally {
    for (const l of made) await engine.destroyLeg(l).catch(() => undefined);
    for (const x of t) await x.close();
  }
});
