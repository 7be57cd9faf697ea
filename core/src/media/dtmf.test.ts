// DTMF detection on recorded and independently generated input:
// - RFC 4733 events as a real phone sent them: the RTP of Debian sip-tester's
//   captures (/usr/share/sip-tester/dtmf_2833_*.pcap), replayed packet by
//   packet with their original spacing;
// - in-band tones made by sox (not by our own tone code), sent as G.711.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as dgram from "node:dgram";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { MediaEngine, RtpTester, readWav } from "./index.ts";

const HOST = "127.0.0.1";
const PCAP_DIR = "/usr/share/sip-tester";
let engine: MediaEngine;
let dataDir: string;

before(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-media-dtmf-"));
  const portMin = 14400 + 2 * Math.floor(Math.random() * 400);
  engine = await MediaEngine.start({ dataDir, workers: 1, portMin, portMax: portMin + 100 });
});

after(async () => {
  await engine.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** UDP payloads and capture times (ms) of a classic libpcap file with Ethernet + IPv4 + UDP frames. */
function pcapUdp(file: string): Array<{ atMs: number; payload: Buffer }> {
  const d = fs.readFileSync(file);
  assert.equal(d.readUInt32LE(0), 0xa1b2c3d4, `${file}: little-endian libpcap`);
  assert.equal(d.readUInt32LE(20), 1, `${file}: Ethernet link type`);
  const out: Array<{ atMs: number; payload: Buffer }> = [];
  let off = 24;
  while (off + 16 <= d.length) {
    const sec = d.readUInt32LE(off);
    const usec = d.readUInt32LE(off + 4);
    const incl = d.readUInt32LE(off + 8);
    const frame = d.subarray(off + 16, off + 16 + incl);
    off += 16 + incl;
    if (frame.readUInt16BE(12) !== 0x0800) continue; // IPv4 only
    const ihl = (frame[14]! & 0x0f) * 4;
    if (frame[14 + 9] !== 17) continue; // UDP
    const udp = 14 + ihl;
    const len = frame.readUInt16BE(udp + 4) - 8;
    out.push({ atMs: sec * 1000 + usec / 1000, payload: Buffer.from(frame.subarray(udp + 8, udp + 8 + len)) });
  }
  return out;
}

test("RFC 4733: the digits of sip-tester's captured phone DTMF (1-9, 0, *, #) are reported once each and relayed", { timeout: 20000 }, async (t) => {
  if (!fs.existsSync(path.join(PCAP_DIR, "dtmf_2833_1.pcap"))) {
    t.skip("Debian package sip-tester (its DTMF captures) is not installed");
    return;
  }
  const sequence = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "star", "pound"];
  const expected = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#"];
  const got: string[] = [];
  const onDtmf = (_legId: string, digit: string) => got.push(digit);
  engine.on("dtmf", onDtmf);
  const phone = dgram.createSocket("udp4");
  await new Promise<void>((r) => phone.bind(0, HOST, () => r()));
  const peer = await RtpTester.open(HOST);
  try {
    const lp = await engine.createLeg("pcap-dtmf", { dtmfPt: 101 });
    const lq = await engine.createLeg("pcap-dtmf", { dtmfPt: 101 });
    engine.setRemote(lq.legId, HOST, peer.port);
    engine.bridge(lp.legId, lq.legId);
    // Commands reach the worker batched at the end of the loop turn, packets by their own socket: let the bridge land first.
    await sleep(50);
    let packets = 0;
    for (const name of sequence) {
      const pk = pcapUdp(path.join(PCAP_DIR, `dtmf_2833_${name}.pcap`));
      assert.ok(pk.length >= 3, `${name}: ${pk.length} packets`);
      for (let i = 0; i < pk.length; i++) {
        phone.send(pk[i]!.payload, lp.port, HOST);
        packets++;
        // The capture's own spacing (about 20 ms), bounded so a long gap does not stall the test.
        if (i + 1 < pk.length) await sleep(Math.min(40, Math.max(1, pk[i + 1]!.atMs - pk[i]!.atMs)));
      }
      await sleep(60);
    }
    // The last packets may still be on their way on a busy box: wait for them (bounded).
    for (let i = 0; i < 40 && peer.packets.filter((p) => p.pt === 101).length < packets; i++) await sleep(50);
    assert.deepEqual(got, expected);
    // The bridged peer got every event packet, with its own payload type, and counts each digit once.
    assert.equal(peer.packets.filter((p) => p.pt === 101).length, packets);
    assert.deepEqual(peer.dtmfReceived, expected);
    await engine.destroyLeg(lp.legId);
    await engine.destroyLeg(lq.legId);
  } finally {
    engine.off("dtmf", onDtmf);
    phone.close();
    await peer.close();
  }
});

test("in-band: DTMF made by sox (70 ms tones, 60 ms gaps, -10 dB, under noise) is detected in PCMU", { timeout: 20000 }, async (t) => {
  if (spawnSync("sox", ["--version"], { stdio: "ignore" }).status !== 0) {
    t.skip("sox is not installed (Debian package sox)");
    return;
  }
  const digits = "159D#*0";
  const FREQ: Record<string, [number, number]> = {
    "1": [697, 1209], "5": [770, 1336], "9": [852, 1477], D: [941, 1633], "#": [941, 1477], "*": [941, 1209], "0": [941, 1336],
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-sox-dtmf-"));
  try {
    const parts: string[] = [];
    digits.split("").forEach((d, i) => {
      const [lo, hi] = FREQ[d]!;
      const f = path.join(dir, `d${i}.wav`);
      // Two sines, one per channel, mixed to mono; Q.24 minimum duration is 40 ms, we use 70 ms.
      const r = spawnSync("sox", ["-n", "-r", "8000", "-b", "16", "-c", "2", f, "synth", "0.07", "sine", String(lo), "sine", String(hi), "remix", "1,2", "gain", "-10", "pad", "0", "0.06"]);
      assert.equal(r.status, 0, r.stderr?.toString());
      parts.push(f);
    });
    const all = path.join(dir, "all.wav");
    const joined = path.join(dir, "joined.wav");
    assert.equal(spawnSync("sox", [...parts, joined]).status, 0);
    // Add white noise 30 dB below the tones.
    const noise = path.join(dir, "noise.wav");
    const secs = String(digits.length * 0.13);
    assert.equal(spawnSync("sox", ["-n", "-r", "8000", "-b", "16", "-c", "1", noise, "synth", secs, "whitenoise", "gain", "-40"]).status, 0);
    assert.equal(spawnSync("sox", ["-m", joined, noise, all]).status, 0);
    const w = readWav(all);
    assert.equal(w.sampleRate, 8000);
    const got: string[] = [];
    const onDtmf = (_legId: string, digit: string) => got.push(digit);
    engine.on("dtmf", onDtmf);
    const a = await RtpTester.open(HOST);
    try {
      const la = await engine.createLeg("sox-dtmf", { inbandDtmf: true });
      const pcm = new Int16Array(w.samples[0]!.length + 1600);
      pcm.set(w.samples[0]!, 800);
      a.sendSamples(pcm, HOST, la.port);
      await sleep(pcm.length / 8 + 300);
      assert.deepEqual(got.join(""), digits);
      await engine.destroyLeg(la.legId);
    } finally {
      engine.off("dtmf", onDtmf);
      await a.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
