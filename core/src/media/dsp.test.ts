import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { alawToLinear, dominantFrequency, goertzelPower, linearToAlaw, linearToUlaw, readWav, repairWav, toneSamples, ulawToLinear, writeWav } from "./index.ts";

// Reference points from ITU-T G.711 tables (16-bit scale, as in the Sun reference code).
test("G.711 decode matches ITU table end points", { timeout: 5000 }, () => {
  assert.equal(ulawToLinear(0xff), 0);
  assert.equal(ulawToLinear(0x80), 32124);
  assert.equal(ulawToLinear(0x00), -32124);
  assert.equal(ulawToLinear(0xfe), 8); // smallest positive step
  assert.equal(ulawToLinear(0x7e), -8);
  assert.equal(alawToLinear(0xd5), 8);
  assert.equal(alawToLinear(0x55), -8);
  assert.equal(alawToLinear(0xaa), 32256);
  assert.equal(alawToLinear(0x2a), -32256);
  assert.equal(linearToUlaw(0), 0xff);
  assert.equal(linearToAlaw(0), 0xd5);
  assert.equal(linearToUlaw(40000), 0x80); // clipped
  assert.equal(linearToAlaw(-40000), 0x2a);
});

test("G.711 encode(decode(b)) == b for every code word (except mu-law negative zero)", { timeout: 5000 }, () => {
  for (let b = 0; b < 256; b++) {
    if (b !== 0x7f) assert.equal(linearToUlaw(ulawToLinear(b)), b, `ulaw ${b}`);
    assert.equal(linearToAlaw(alawToLinear(b)), b, `alaw ${b}`);
  }
});

test("G.711 quantisation error stays within half a segment step", { timeout: 10000 }, () => {
  fc.assert(
    fc.property(fc.integer({ min: -32768, max: 32767 }), (s) => {
      const u = ulawToLinear(linearToUlaw(s));
      const a = alawToLinear(linearToAlaw(s));
      // Step size grows with magnitude: 1/16 of the segment. Bound: |s|/16 + 16 (+ clip region).
      const clipU = Math.abs(s) > 32124 ? Math.abs(s) - 32124 : 0;
      const clipA = Math.abs(s) > 32256 ? Math.abs(s) - 32256 : 0;
      assert.ok(Math.abs(u - s) <= Math.abs(s) / 16 + 16 + clipU, `ulaw ${s} -> ${u}`);
      assert.ok(Math.abs(a - s) <= Math.abs(s) / 16 + 16 + clipA, `alaw ${s} -> ${a}`);
      // Monotonic: sign is preserved
      if (s > 64) assert.ok(u > 0 && a > 0);
      if (s < -64) assert.ok(u < 0 && a < 0);
    }),
    { numRuns: 20000 },
  );
});

test("Goertzel finds the tone among candidates", { timeout: 5000 }, () => {
  const cands = [350, 440, 450, 697, 1000, 1209, 2000];
  for (const f of cands) {
    const s = toneSamples(f, 200);
    const d = dominantFrequency(s, cands);
    assert.equal(d.freq, f);
    assert.ok(d.ratio > 0.9, `ratio ${d.ratio}`);
  }
  const amp = goertzelPower(toneSamples(1000, 100, 8000, 0.5), 1000);
  assert.ok(Math.abs(amp - 0.125) < 0.01, `power ${amp}`); // A^2/2
  assert.ok(goertzelPower(toneSamples(1000, 100), 1500) < 0.001);
  assert.equal(dominantFrequency(new Int16Array(800), cands).ratio, 0);
});

test("WAV write/read round trip and header repair", { timeout: 5000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-wav-"));
  try {
    const p = path.join(dir, "a.wav");
    const l = toneSamples(1000, 100);
    const r = toneSamples(440, 100);
    writeWav(p, 8000, [l, r]);
    const w = readWav(p);
    assert.equal(w.sampleRate, 8000);
    assert.equal(w.channels, 2);
    assert.deepEqual(w.samples[0], l);
    assert.deepEqual(w.samples[1], r);
    // Simulate a crashed writer: sizes still zero.
    const buf = fs.readFileSync(p);
    buf.writeUInt32LE(36, 4);
    buf.writeUInt32LE(0, 40);
    fs.writeFileSync(p, buf);
    assert.equal(repairWav(p), true);
    const fixed = fs.readFileSync(p);
    assert.equal(fixed.readUInt32LE(40), buf.length - 44);
    assert.equal(repairWav(p), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
