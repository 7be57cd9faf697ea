// Small DSP helpers: tone synthesis and Goertzel single-bin power, used by the
// in-band DTMF detector and by tests everywhere to check which tone arrived.

/** A sine tone as 16-bit PCM. sampleRate default 8000, amplitude (0..1 of full scale) default 0.5. */
export function toneSamples(freqHz: number, ms: number, sampleRate = 8000, amplitude = 0.5): Int16Array {
  if (!(freqHz >= 0) || !(ms >= 0) || !(sampleRate > 0)) throw new TypeError("toneSamples: bad arguments");
  const n = Math.round((ms * sampleRate) / 1000);
  const out = new Int16Array(n);
  const w = (2 * Math.PI * freqHz) / sampleRate;
  const a = amplitude * 32767;
  for (let i = 0; i < n; i++) out[i] = Math.round(a * Math.sin(w * i));
  return out;
}

/**
 * Goertzel power of one frequency, normalised so that a full-scale sine of
 * amplitude A (0..1) at exactly freqHz gives about A*A/2 (the mean-square
 * power of that component relative to full scale). sampleRate default 8000.
 */
export function goertzelPower(samples: Int16Array, freqHz: number, sampleRate = 8000): number {
  const n = samples.length;
  if (n === 0) return 0;
  const coeff = 2 * Math.cos((2 * Math.PI * freqHz) / sampleRate);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const s0 = samples[i]! / 32768 + coeff * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  const mag2 = s1 * s1 + s2 * s2 - coeff * s1 * s2;
  return (2 * mag2) / (n * n);
}

/** Mean-square power relative to full scale. */
export function totalPower(samples: Int16Array): number {
  const n = samples.length;
  if (n === 0) return 0;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const v = samples[i]! / 32768;
    acc += v * v;
  }
  return acc / n;
}

/**
 * The candidate with the most Goertzel power, and that power relative to the
 * total signal power (about 1 for a clean tone, near 0 for silence/noise).
 * sampleRate default 8000.
 */
export function dominantFrequency(
  samples: Int16Array,
  candidatesHz: number[],
  sampleRate = 8000,
): { freq: number; ratio: number } {
  let best = candidatesHz[0] ?? 0;
  let bestP = -1;
  for (const f of candidatesHz) {
    const p = goertzelPower(samples, f, sampleRate);
    if (p > bestP) {
      bestP = p;
      best = f;
    }
  }
  const total = totalPower(samples);
  return { freq: best, ratio: total > 0 ? Math.min(1, bestP / total) : 0 };
}
