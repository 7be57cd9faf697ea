// Call-progress tones and music on hold as 8 kHz PCM loops, generated once per
// worker. Ringback and busy follow the Chinese national standard (GB/T 3380:
// 450 Hz; ringback 1 s on / 4 s off, busy 0.35 s on / 0.35 s off).
import { readWav } from "./wav.ts";

export type ToneName = "ringback" | "busy" | "moh";

function cadence(freq: number, onMs: number, offMs: number, amplitude: number): Int16Array {
  const on = Math.round(onMs * 8);
  const total = on + Math.round(offMs * 8);
  const out = new Int16Array(total);
  const w = (2 * Math.PI * freq) / 8000;
  const a = amplitude * 32767;
  for (let i = 0; i < on; i++) out[i] = Math.round(a * Math.sin(w * i));
  return out;
}

/** A soft generated melody (pentatonic phrase, sine with a short attack/decay), about 6.4 s. */
function melody(): Int16Array {
  // C major pentatonic phrase; 400 ms notes.
  const notes = [523.25, 587.33, 659.25, 783.99, 880.0, 783.99, 659.25, 587.33, 523.25, 659.25, 783.99, 1046.5, 880, 783.99, 659.25, 587.33];
  const noteLen = 3200;
  const out = new Int16Array(notes.length * noteLen);
  for (let n = 0; n < notes.length; n++) {
    const w = (2 * Math.PI * notes[n]!) / 8000;
    for (let i = 0; i < noteLen; i++) {
      const env = Math.min(1, i / 160) * Math.exp(-i / 2400);
      const v = Math.sin(w * i) * 0.7 + Math.sin(2 * w * i) * 0.2;
      out[n * noteLen + i] = Math.round(v * env * 0.25 * 32767);
    }
  }
  return out;
}

const cache = new Map<string, Int16Array>();

export function tonePcm(name: ToneName): Int16Array {
  let t = cache.get(name);
  if (!t) {
    if (name === "ringback") t = cadence(450, 1000, 4000, 0.3);
    else if (name === "busy") t = cadence(450, 350, 350, 0.3);
    else t = melody();
    cache.set(name, t);
  }
  return t;
}

/** Linear-interpolation resampler (prompts and hold music only; not for analysis). */
export function resample(input: Int16Array, from: number, to: number): Int16Array {
  if (from === to) return input;
  const n = Math.floor((input.length * to) / from);
  const out = new Int16Array(n);
  const step = from / to;
  for (let i = 0; i < n; i++) {
    const x = i * step;
    const i0 = Math.floor(x);
    const f = x - i0;
    const a = input[i0] ?? 0;
    const b = input[i0 + 1] ?? a;
    out[i] = Math.round(a + (b - a) * f);
  }
  return out;
}

/** Loads a WAV file as 8 kHz mono PCM (channels are averaged, other rates resampled). */
export function loadPcm8k(path: string): Int16Array {
  const w = readWav(path);
  let mono: Int16Array;
  if (w.channels === 1) mono = w.samples[0]!;
  else {
    const len = w.samples[0]!.length;
    mono = new Int16Array(len);
    for (let i = 0; i < len; i++) {
      let acc = 0;
      for (let c = 0; c < w.channels; c++) acc += w.samples[c]![i]!;
      mono[i] = Math.round(acc / w.channels);
    }
  }
  return resample(mono, w.sampleRate, 8000);
}
