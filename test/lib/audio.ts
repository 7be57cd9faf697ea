// Audio checks a listener would make.
import { readWav } from "../../core/src/media/index.ts";

/**
 * Where a known prompt starts inside received audio, or -1: the prompt's
 * first `probe` samples are slid along what was heard and must match
 * within G.711 quantisation (mean absolute error small against the
 * prompt's own level). This is the prompt's audio signature: a different
 * prompt, music or silence does not match.
 */
export function findSignature(heard: Int16Array, promptFile: string, probe = 1600, skip = 800): number {
  const w = readWav(promptFile);
  const pcm = w.samples[0]!;
  // Skip the prompt's leading silence: a signature needs sound.
  let start = 0;
  while (start < pcm.length && Math.abs(pcm[start]!) < 300) start++;
  start += skip;
  const ref = pcm.subarray(start, start + probe);
  if (ref.length < probe) return -1;
  let level = 0;
  for (const v of ref) level += Math.abs(v);
  level /= ref.length;
  for (let off = 0; off + probe <= heard.length; off++) {
    let err = 0;
    let i = 0;
    for (; i < probe; i++) {
      err += Math.abs(heard[off + i]! - ref[i]!);
      if (err > level * 0.2 * probe) break;
    }
    if (i === probe) return Math.max(0, off - start);
  }
  return -1;
}
