// DTMF (RFC 4733 and in-band), RTCP reports, worker crash recovery.
import assert from "node:assert/strict";
import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { dominantFrequency, legQuality, MediaEngine, RtpTester, readWav, toneSamples } from "./index.ts";

const HOST = "127.0.0.1";
let engine: MediaEngine;
let dataDir: string;

before(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-media2-"));
  const portMin = 19000 + 2 * Math.floor(Math.random() * 500);
  engine = await MediaEngine.start({ dataDir, workers: 1, portMin, portMax: portMin + 200, rtcpIntervalMs: 150 });
});

after(async () => {
  await engine.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("RFC 4733 events become dtmf events with the exact digits, and are relayed", { timeout: 10000 }, async () => {
  const a = await RtpTester.open(HOST);
  const b = await RtpTester.open(HOST);
  const got: Array<[string, string]> = [];
  const onDtmf = (legId: string, digit: string) => got.push([legId, digit]);
  engine.on("dtmf", onDtmf);
  try {
    const la = await engine.createLeg("d1");
    const lb = await engine.createLeg("d1", { dtmfPt: 96 });
    engine.setRemote(lb.legId, HOST, b.port);
    b.dtmfPt = 96;
    engine.bridge(la.legId, lb.legId);
    a.sendTone(1000, HOST, la.port);
    const digits = "15#*0D";
    for (const d of digits) {
      await sleep(60);
      a.sendDtmf(d, undefined, undefined, { durationMs: 80 });
      await sleep(200);
    }
    a.stop();
    await sleep(60);
    assert.deepEqual(
      got.map(([, d]) => d),
      [...digits],
    );
    assert.ok(got.every(([l]) => l === la.legId));
    assert.deepEqual(b.dtmfReceived, [...digits], "relayed with the peer's payload type");
    await engine.destroyLeg(la.legId);
    await engine.destroyLeg(lb.legId);
  } finally {
    engine.off("dtmf", onDtmf);
    await a.close();
    await b.close();
  }
});

function dtmfTone(low: number, high: number, ms: number): Int16Array {
  const l = toneSamples(low, ms, 8000, 0.25);
  const h = toneSamples(high, ms, 8000, 0.25);
  const out = new Int16Array(l.length);
  for (let i = 0; i < l.length; i++) out[i] = l[i]! + h[i]!;
  return out;
}

test("in-band DTMF tones are detected with Goertzel", { timeout: 10000 }, async () => {
  const a = await RtpTester.open(HOST);
  const got: string[] = [];
  const onDtmf = (_legId: string, digit: string) => got.push(digit);
  engine.on("dtmf", onDtmf);
  try {
    const la = await engine.createLeg("d2", { inbandDtmf: true, codec: "PCMA" });
    const parts: Int16Array[] = [new Int16Array(800)];
    // 4 (770+1209), 9 (852+1477), D (941+1633), 4 again; 100 ms tones, 80 ms gaps; plus a 1000 Hz non-DTMF tone.
    for (const [lo, hi] of [
      [770, 1209],
      [852, 1477],
      [941, 1633],
      [770, 1209],
    ] as const) {
      parts.push(dtmfTone(lo, hi, 100), new Int16Array(640));
    }
    parts.push(toneSamples(1000, 200, 8000, 0.5));
    const pcm = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
      pcm.set(p, o);
      o += p.length;
    }
    a.sendSamples(pcm, HOST, la.port, { codec: "PCMA" });
    await sleep(pcm.length / 8 + 200);
    assert.deepEqual(got, ["4", "9", "D", "4"]);
    await engine.destroyLeg(la.legId);
  } finally {
    engine.off("dtmf", onDtmf);
    await a.close();
  }
});

async function bindPair(): Promise<{ rtp: RtpTester; rtcp: dgram.Socket }> {
  for (let i = 0; i < 20; i++) {
    const rtp = await RtpTester.open(HOST);
    const rtcp = dgram.createSocket("udp4");
    const ok = await new Promise<boolean>((resolve) => {
      rtcp.once("error", () => resolve(false));
      rtcp.bind(rtp.port + 1, HOST, () => resolve(true));
    });
    if (ok) return { rtp, rtcp };
    await rtp.close();
  }
  throw new Error("could not bind an RTP/RTCP pair");
}

test("RTCP: SR with a report block on loss and jitter, RR round trip, loss lowers MOS", { timeout: 10000 }, async () => {
  const { rtp: a, rtcp } = await bindPair();
  const b = await RtpTester.open(HOST);
  const reports: Buffer[] = [];
  const arrivals = new Map<Buffer, number>();
  rtcp.on("message", (m) => {
    reports.push(m);
    arrivals.set(m, performance.now());
  });
  try {
    const la = await engine.createLeg("r1", { symmetric: false });
    const lb = await engine.createLeg("r1");
    engine.setRemote(la.legId, HOST, a.port);
    engine.setRemote(lb.legId, HOST, b.port);
    engine.bridge(la.legId, lb.legId);
    a.sendTone(1000, HOST, la.port, { dropEvery: 5 }); // 20 % loss
    b.sendTone(440, HOST, lb.port);
    await sleep(700);
    // Answer the latest SR with an RR about the engine's stream, so it can measure the round trip.
    const sr = [...reports].reverse().find((m) => m[1] === 200);
    assert.ok(sr, `got ${reports.length} RTCP packets, none an SR`);
    const engineSsrc = sr.readUInt32BE(4);
    assert.equal(engineSsrc, a.packets.at(-1)!.ssrc, "SR SSRC is the SSRC of the RTP stream we receive");
    assert.equal(sr[0]! & 0x1f, 1, "one report block");
    const block = 28;
    const cumLost = sr.readUInt32BE(block + 4) & 0xffffff;
    const srLen = (sr.readUInt16BE(2) + 1) * 4;
    assert.equal(sr[srLen + 1], 202, "SDES follows");
    const rr = Buffer.alloc(32);
    rr[0] = 0x81;
    rr[1] = 201;
    rr.writeUInt16BE(7, 2);
    rr.writeUInt32BE(0x12345678, 4);
    rr.writeUInt32BE(engineSsrc, 8);
    rr.writeUInt32BE(3, 12); // cumulative lost 3
    rr.writeUInt32BE((((sr.readUInt32BE(8) & 0xffff) << 16) | (sr.readUInt32BE(12) >>> 16)) >>> 0, 24); // LSR (unsigned: bit 31 set half the time)
    rr.writeUInt32BE(Math.round(((performance.now() - arrivals.get(sr)!) / 1000) * 65536), 28); // DLSR
    rtcp.send(rr, la.port + 1, HOST);
    await sleep(100);
    a.stop();
    b.stop();
    await sleep(60);
    const s = await engine.stats(la.legId);
    assert.ok(s.lost >= 5, `lost ${s.lost}`);
    const expected = s.lost + (s.packetsIn - 0);
    assert.ok(Math.abs(s.lost / expected - 0.2) < 0.06, `loss ratio ${s.lost / expected}`);
    assert.ok(cumLost >= 3 && cumLost <= s.lost, `SR cumulative lost ${cumLost}`);
    assert.equal(s.remoteLost, 3);
    assert.ok(s.rttMs !== undefined && s.rttMs >= 0 && s.rttMs < 100, `rtt ${s.rttMs}`);
    assert.ok(s.mos > 1 && s.mos < 3.6, `mos with 20% loss ${s.mos}`);
    // The CDR's per-leg quality from the same statistics.
    const q = legQuality(s, 77)!;
    assert.equal(q.lost, s.lost);
    assert.equal(s.received, s.packetsIn, "every packet was audio");
    assert.ok(Math.abs(q.lossFraction - 0.2) < 0.06, `loss fraction ${q.lossFraction}`);
    assert.equal(q.rttSource, "rtcp", "RTCP's round trip wins over the signalling one");
    assert.equal(q.rttMs, s.rttMs);
    assert.ok(q.jitterMs >= 0 && q.jitterMs < 20, `jitter ${q.jitterMs}`);
    const sb = await engine.stats(lb.legId);
    assert.ok(sb.mos > 4.2, `clean leg mos ${sb.mos}`);
    // The same report multiplexed on the RTP port (RFC 5761) is understood too.
    rr.writeUInt32BE(4, 12);
    rtcp.send(rr, la.port, HOST);
    await sleep(100);
    assert.equal((await engine.stats(la.legId)).remoteLost, 4);
    await engine.destroyLeg(la.legId);
    await engine.destroyLeg(lb.legId);
  } finally {
    rtcp.close();
    await a.close();
    await b.close();
  }
});

test("a crashed worker restarts, its legs are gone, and its recording stays playable", { timeout: 15000 }, async () => {
  const a = await RtpTester.open(HOST);
  const b = await RtpTester.open(HOST);
  try {
    const la = await engine.createLeg("k1");
    const lb = await engine.createLeg("k1");
    engine.setRemote(la.legId, HOST, a.port);
    engine.setRemote(lb.legId, HOST, b.port);
    engine.bridge(la.legId, lb.legId, { recordingPath: "crash/k1.wav" });
    a.sendTone(1000, HOST, la.port);
    b.sendTone(440, HOST, lb.port);
    await sleep(900);
    const died = new Promise<[number, Error]>((resolve) => engine.once("workerError", (i: number, e: Error) => resolve([i, e])));
    engine.crashWorkerForTest(0);
    const [index, err] = await died;
    assert.equal(index, 0);
    assert.match(err.message, /crash/);
    a.stop();
    b.stop();
    assert.deepEqual(await engine.destroyLeg(la.legId), { packetsIn: 0, packetsOut: 0, bytesIn: 0, bytesOut: 0, lost: 0, jitterMs: 0, mos: 0 });
    await assert.rejects(engine.stats(lb.legId));
    // The file's header was repaired: sizes match the data on disk.
    const file = path.join(dataDir, "crash/k1.wav");
    const raw = fs.readFileSync(file);
    assert.equal(raw.readUInt32LE(40), raw.length - 44);
    assert.equal(raw.readUInt32LE(4), raw.length - 8);
    const w = readWav(file);
    assert.equal(w.channels, 2);
    assert.ok(w.samples[0]!.length >= 8000 * 0.4, `kept ${w.samples[0]!.length / 8000}s`);
    assert.equal(dominantFrequency(w.samples[0]!, [440, 1000]).freq, 1000);
    assert.equal(dominantFrequency(w.samples[1]!, [440, 1000]).freq, 440);
    // The restarted worker serves new calls.
    const lc = await engine.createLeg("k2");
    engine.setRemote(lc.legId, HOST, a.port);
    a.clearReceived();
    engine.play(lc.legId, { tone: "busy" });
    await sleep(300);
    assert.ok(a.packetsReceived > 5);
    await engine.destroyLeg(lc.legId);
  } finally {
    await a.close();
    await b.close();
  }
});

test("start-up repairs the header of a recording left open by a process that died", { timeout: 10000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-media-repair-"));
  try {
    // A recording whose writer died before its first header update: sizes are 0.
    const file = path.join(dir, "rec", "orphan.wav");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const header = Buffer.alloc(44);
    header.write("RIFF", 0, "latin1");
    header.write("WAVEfmt ", 8, "latin1");
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(1, 20);
    header.writeUInt16LE(2, 22);
    header.writeUInt32LE(8000, 24);
    header.writeUInt32LE(32000, 28);
    header.writeUInt16LE(4, 32);
    header.writeUInt16LE(16, 34);
    header.write("data", 36, "latin1");
    fs.writeFileSync(file, Buffer.concat([header, Buffer.alloc(8000 * 4)]));
    // Journal entry of a process id that cannot be alive.
    fs.mkdirSync(path.join(dir, ".recordings-open"));
    fs.writeFileSync(path.join(dir, ".recordings-open", "999999999-w0-abc"), file);
    const e = await MediaEngine.start({ dataDir: dir, workers: 1, portMin: 46000, portMax: 46100 });
    await e.close();
    const raw = fs.readFileSync(file);
    assert.equal(raw.readUInt32LE(40), 8000 * 4);
    assert.equal(raw.readUInt32LE(4), 36 + 8000 * 4);
    assert.equal(readWav(file).samples[0]!.length, 8000);
    assert.deepEqual(fs.readdirSync(path.join(dir, ".recordings-open")), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
