import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { dominantFrequency, readWav, toneSamples, writeWav } from "../media/index.ts";
import { RecordingPostProcessor } from "./index.ts";

test("post-processing in the pool: mixdown, mu-law copy, peaks", { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sb-post-"));
  const pool = new RecordingPostProcessor();
  try {
    const path = join(dir, "call.wav");
    const left = toneSamples(1000, 2000);
    const right = new Int16Array(left.length); // agent silent for the first second, then 440 Hz
    right.set(toneSamples(440, 1000), 8000);
    writeWav(path, 8000, [left, right]);
    const r = await pool.process(path);
    assert.equal(r.durationMs, 2000);
    const mix = readWav(r.mixdown);
    assert.equal(mix.channels, 1);
    assert.equal(dominantFrequency(mix.samples[0]!.subarray(0, 8000), [440, 1000]).freq, 1000);
    assert.ok(dominantFrequency(mix.samples[0]!.subarray(8000), [440, 1000]).ratio < 0.9, "both sides in the second second");
    assert.ok(r.bytes.compressed < r.bytes.original * 0.55, `mu-law copy about half the size (${r.bytes.compressed} vs ${r.bytes.original})`);
    assert.equal(statSync(r.compressed).size, r.bytes.compressed);
    const ulaw = readFileSync(r.compressed);
    assert.equal(ulaw.readUInt16LE(20), 7, "WAVE_FORMAT_MULAW");
    const peaks = JSON.parse(readFileSync(r.peaks, "utf8"));
    assert.equal(peaks.peaks.length, 20, "one peak per 100 ms");
    assert.ok(peaks.peaks[0][1] > 10000 && peaks.peaks[0][0] < -10000);
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("close() lets the work in hand finish: derivatives of a call that ended just before a stop are written", { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sb-post-"));
  const pool = new RecordingPostProcessor();
  try {
    const paths = [0, 1, 2].map((i) => join(dir, `call${i}.wav`));
    for (const p of paths) writeWav(p, 8000, [toneSamples(1000, 3000), toneSamples(440, 3000)]);
    const jobs = paths.map((p) => pool.process(p));
    await pool.close();
    const results = await Promise.all(jobs);
    for (const r of results) assert.ok(statSync(r.peaks).size > 0 && statSync(r.mixdown).size > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
