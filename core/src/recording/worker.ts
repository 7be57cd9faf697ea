// Piscina task: derivatives of a finished call recording (stereo 16-bit
// 8 kHz WAV, customer left, agent right), written next to it:
//   <name>.mix.wav    mono mixdown (16-bit) for players that want one track
//   <name>.g711.wav   compressed copy: stereo G.711 mu-law (format 7), half the size
//   <name>.peaks.json waveform peaks of the mixdown, one [min, max] per 100 ms,
//                     for the console player
// CPU-heavy and not per-event work, hence a pool thread (guide: piscina).
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { linearToUlaw, readWav, writeWav } from "../media/index.ts";

export interface PostTask {
  path: string; // absolute path of the recording
}
export interface PostResult {
  mixdown: string;
  compressed: string;
  peaks: string;
  durationMs: number;
  bytes: { original: number; compressed: number };
}

function base(path: string): string {
  return path.endsWith(".wav") ? path.slice(0, -4) : path;
}

/** Writes atomically: readers never see half a file. */
function atomic(path: string, data: Buffer | string): void {
  writeFileSync(`${path}.tmp`, data);
  renameSync(`${path}.tmp`, path);
}

function ulawWav(channels: Int16Array[], sampleRate: number): Buffer {
  const n = channels[0]?.length ?? 0;
  const ch = channels.length;
  const data = Buffer.allocUnsafe(n * ch);
  for (let i = 0; i < n; i++) for (let c = 0; c < ch; c++) data[i * ch + c] = linearToUlaw(channels[c]![i]!);
  // RIFF/WAVE with a non-PCM fmt chunk (18 bytes, cbSize 0) and a fact chunk.
  const h = Buffer.alloc(58);
  h.write("RIFF", 0, "ascii");
  h.writeUInt32LE(50 + data.length, 4);
  h.write("WAVE", 8, "ascii");
  h.write("fmt ", 12, "ascii");
  h.writeUInt32LE(18, 16);
  h.writeUInt16LE(7, 20); // WAVE_FORMAT_MULAW
  h.writeUInt16LE(ch, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * ch, 28);
  h.writeUInt16LE(ch, 32);
  h.writeUInt16LE(8, 34);
  h.writeUInt16LE(0, 36);
  h.write("fact", 38, "ascii");
  h.writeUInt32LE(4, 42);
  h.writeUInt32LE(n, 46);
  h.write("data", 50, "ascii");
  h.writeUInt32LE(data.length, 54);
  return Buffer.concat([h, data]);
}

export default function postProcess(task: PostTask): PostResult {
  const w = readWav(task.path);
  const n = w.samples[0]?.length ?? 0;
  const mix = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (const ch of w.samples) s += ch[i]!;
    // Sum, not average: the two sides rarely talk at once; clip instead of halving everyone.
    mix[i] = s > 32767 ? 32767 : s < -32768 ? -32768 : s;
  }
  const b = base(task.path);
  const mixdown = `${b}.mix.wav`;
  writeWav(`${mixdown}.tmp`, w.sampleRate, [mix]);
  renameSync(`${mixdown}.tmp`, mixdown);
  const compressed = `${b}.g711.wav`;
  const ulaw = ulawWav(w.samples, w.sampleRate);
  atomic(compressed, ulaw);
  const per = Math.max(1, Math.round(w.sampleRate / 10));
  const peaks: Array<[number, number]> = [];
  for (let i = 0; i < n; i += per) {
    let lo = 0;
    let hi = 0;
    for (let k = i; k < Math.min(n, i + per); k++) {
      const v = mix[k]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    peaks.push([lo, hi]);
  }
  const peaksPath = `${b}.peaks.json`;
  atomic(peaksPath, JSON.stringify({ sampleRate: w.sampleRate, samplesPerPeak: per, peaks }));
  return {
    mixdown,
    compressed,
    peaks: peaksPath,
    durationMs: Math.round((n * 1000) / w.sampleRate),
    bytes: { original: readFileSync(task.path).length, compressed: ulaw.length },
  };
}
