// Opus legs (RFC 7587): real Opus RTP from a test peer, transcoded in the
// media worker to and from G.711, recorded and mixed.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { dominantFrequency, MediaEngine, RtpTester, readWav, toneSamples } from "./index.ts";
import { OpusCodec } from "./opus.ts";

const HOST = "127.0.0.1";
const CANDS = [440, 600, 1000, 1500];
let engine: MediaEngine;
let dataDir: string;

before(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-media-opus-"));
  const portMin = 17800 + 2 * Math.floor(Math.random() * 500);
  engine = await MediaEngine.start({ dataDir, workers: 1, portMin, portMax: portMin + 200 });
});

after(async () => {
  await engine.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function freqOf(s: Int16Array): { freq: number; ratio: number } {
  return dominantFrequency(s.length > 2400 ? s.subarray(800) : s, CANDS);
}

test("OpusCodec: a 1 kHz tone survives encode + decode; PLC on an empty payload; free is idempotent", () => {
  const enc = new OpusCodec();
  const dec = new OpusCodec();
  const tone = toneSamples(1000, 1000);
  const out = new Int16Array(tone.length);
  const pkt = Buffer.alloc(1500);
  const pcm = new Int16Array(960);
  for (let f = 0; f < 50; f++) {
    const n = enc.encode(tone.subarray(f * 160, f * 160 + 160), 160, pkt, 12);
    assert.ok(n > 0 && n < 200, `packet ${n} bytes`);
    assert.equal(dec.decode(pkt, 12, 12 + n, pcm), 160);
    out.set(pcm.subarray(0, 160), f * 160);
  }
  const r = dominantFrequency(out.subarray(1600), CANDS);
  assert.equal(r.freq, 1000);
  assert.ok(r.ratio > 0.9, `ratio ${r.ratio}`);
  assert.equal(dec.decode(pkt, 12, 12, pcm), 160, "concealment frame");
  assert.ok(dec.decode(Buffer.from([0xff, 0xff, 0xff]), 0, 3, pcm) < 0, "garbage is an error code, not a throw");
  enc.free();
  enc.free();
  assert.equal(enc.encode(tone, 160, pkt, 12), -1);
  dec.free();
});

test("an Opus leg bridged to a PCMU leg carries a tone both ways, 48 kHz timestamps, and is recorded", { timeout: 15000 }, async () => {
  const browser = await RtpTester.open(HOST);
  const phone = await RtpTester.open(HOST);
  try {
    const lo = await engine.createLeg("opus-1", { codec: "OPUS", pt: 111 });
    const lp = await engine.createLeg("opus-1");
    engine.setRemote(lo.legId, HOST, browser.port);
    engine.setRemote(lp.legId, HOST, phone.port);
    engine.bridge(lo.legId, lp.legId, { recordingPath: "rec/opus-1.wav" });
    browser.sendTone(1000, HOST, lo.port, { codec: "OPUS", pt: 111 });
    phone.sendTone(440, HOST, lp.port);
    await sleep(1000);
    browser.stop();
    phone.stop();
    await sleep(80);
    // The phone gets PCMU (pt 0) with the browser's 1 kHz; the browser gets Opus (pt 111) with 440 Hz.
    const toPhone = phone.packets.filter((p) => p.pt === 0);
    const toBrowser = browser.packets.filter((p) => p.pt === 111);
    assert.ok(toPhone.length > 25, `phone got ${toPhone.length} PCMU packets`);
    assert.ok(toBrowser.length > 25, `browser got ${toBrowser.length} Opus packets`);
    assert.ok(toBrowser.every((p) => p.size < 160), "Opus payloads are compressed");
    const fp = freqOf(phone.received());
    const fb = freqOf(browser.received());
    assert.equal(fp.freq, 1000);
    assert.ok(fp.ratio > 0.8, `phone ratio ${fp.ratio}`);
    assert.equal(fb.freq, 440);
    assert.ok(fb.ratio > 0.8, `browser ratio ${fb.ratio}`);
    // RTP clocks: 160 per 20 ms towards the phone, 960 per 20 ms towards the browser (RFC 7587 4.1).
    for (const [pk, step] of [[toPhone, 160], [toBrowser, 960]] as const) {
      for (let i = 1; i < pk.length; i++) {
        if (((pk[i]!.seq - pk[i - 1]!.seq) & 0xffff) !== 1) continue;
        const d = (pk[i]!.ts - pk[i - 1]!.ts) >>> 0;
        assert.equal(d, step, `ts step ${d} at ${i} (expected ${step})`);
      }
    }
    const so = await engine.stats(lo.legId);
    assert.equal(so.dropped ?? 0, 0);
    assert.equal(so.lost, 0);
    await engine.destroyLeg(lo.legId);
    await engine.destroyLeg(lp.legId);
    const w = readWav(path.join(dataDir, "rec/opus-1.wav"));
    assert.equal(dominantFrequency(w.samples[0]!, CANDS).freq, 1000, "Opus side recorded (left)");
    assert.equal(dominantFrequency(w.samples[1]!, CANDS).freq, 440, "PCMU side recorded (right)");
  } finally {
    await browser.close();
    await phone.close();
  }
});

test("Opus <-> Opus bridges pass packets through; an Opus member of a conference hears the mix", { timeout: 15000 }, async () => {
  const a = await RtpTester.open(HOST);
  const b = await RtpTester.open(HOST);
  const c = await RtpTester.open(HOST);
  try {
    const la = await engine.createLeg("opus-2", { codec: "OPUS" });
    const lb = await engine.createLeg("opus-2", { codec: "OPUS", pt: 96 });
    engine.setRemote(la.legId, HOST, a.port);
    engine.setRemote(lb.legId, HOST, b.port);
    engine.bridge(la.legId, lb.legId);
    a.sendTone(1500, HOST, la.port, { codec: "OPUS", pt: 111 });
    b.sendTone(600, HOST, lb.port, { codec: "OPUS", pt: 96 });
    await sleep(600);
    assert.equal(freqOf(b.received()).freq, 1500);
    assert.equal(freqOf(a.received()).freq, 600);
    assert.ok(b.packets.filter((p) => p.pt === 96).length > 10, "payload type rewritten to the far end's");
    // Same legs into a conference with a PCMU member.
    const lc = await engine.createLeg("opus-2");
    engine.setRemote(lc.legId, HOST, c.port);
    for (const l of [la, lb, lc]) engine.joinConference("opus-room", l.legId);
    c.sendTone(440, HOST, lc.port);
    await sleep(200);
    for (const t of [a, b, c]) t.clearReceived();
    await sleep(600);
    const ha = a.received();
    const hc = c.received();
    assert.ok(ha.length > 1600, "the Opus member receives the mix");
    // a hears b (600) and c (440), not itself (1500); c hears 1500 and 600.
    const ra = dominantFrequency(ha, [440, 600, 1500]);
    assert.notEqual(ra.freq, 1500);
    const rc = dominantFrequency(hc, [440, 600, 1500]);
    assert.notEqual(rc.freq, 440);
    a.stop();
    b.stop();
    c.stop();
    for (const l of [la, lb, lc]) await engine.destroyLeg(l.legId);
  } finally {
    await a.close();
    await b.close();
    await c.close();
  }
});
