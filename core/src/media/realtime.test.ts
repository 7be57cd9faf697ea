// A real-time worker (realtimePriority): SCHED_RR when permitted, recordings
// written by its writer thread (writer.ts), conference recordings too.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { dominantFrequency, goertzelPower, MediaEngine, RtpTester, readWav } from "./index.ts";

const HOST = "127.0.0.1";
let engine: MediaEngine;
let dataDir: string;

before(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-media-rt-"));
  const portMin = 32000 + 2 * Math.floor(Math.random() * 900);
  // Priority 1: the lowest real-time priority, so a busy test box is not starved.
  engine = await MediaEngine.start({ dataDir, workers: 1, portMin, portMax: portMin + 100, realtimePriority: 1 });
});

after(async () => {
  await engine.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("realtime worker: SCHED_RR when permitted; call and conference recordings written by the writer thread", { timeout: 20000 }, async () => {
  const [info] = await engine.workerInfo();
  if (process.getuid?.() === 0) assert.equal(info!.realtime, true, "root may set SCHED_RR");
  await assert.rejects(MediaEngine.start({ dataDir, realtimePriority: 100 }), TypeError);
  const a = await RtpTester.open(HOST);
  const b = await RtpTester.open(HOST);
  const c = await RtpTester.open(HOST);
  try {
    const la = await engine.createLeg("rt-1");
    const lb = await engine.createLeg("rt-1");
    engine.setRemote(la.legId, HOST, a.port);
    engine.setRemote(lb.legId, HOST, b.port);
    engine.bridge(la.legId, lb.legId, { recordingPath: "rec/rt-call.wav" });
    a.sendTone(1000, HOST, la.port);
    b.sendTone(440, HOST, lb.port);
    await sleep(1200);
    // Then a conference of the same two plus a third, recorded.
    const lc = await engine.createLeg("rt-1");
    engine.setRemote(lc.legId, HOST, c.port);
    for (const l of [la, lb, lc]) engine.joinConference("rt-room", l.legId);
    assert.equal(engine.recordConference("rt-room", "rec/rt-conf.wav"), true);
    c.sendTone(600, HOST, lc.port);
    await sleep(1200);
    for (const t of [a, b, c]) t.stop();
    await sleep(60);
    for (const l of [la, lb, lc]) await engine.destroyLeg(l.legId);
    const call = readWav(path.join(dataDir, "rec/rt-call.wav"));
    const secs = call.samples[0]!.length / 8000;
    assert.ok(secs > 0.9 && secs < 1.8, `call recording ${secs} s`);
    assert.equal(dominantFrequency(call.samples[0]!, [440, 600, 1000]).freq, 1000);
    assert.equal(dominantFrequency(call.samples[1]!, [440, 600, 1000]).freq, 440);
    const conf = readWav(path.join(dataDir, "rec/rt-conf.wav"));
    assert.equal(conf.channels, 1);
    const s = conf.samples[0]!.subarray(2400);
    for (const f of [440, 600, 1000]) assert.ok(goertzelPower(s, f) > 0.005, `${f} Hz in the conference recording`);
    // Header sizes match the data (the writer thread wrote the final header).
    const raw = fs.readFileSync(path.join(dataDir, "rec/rt-conf.wav"));
    assert.equal(raw.readUInt32LE(40), raw.length - 44);
  } finally {
    for (const t of [a, b, c]) await t.close();
  }
});
