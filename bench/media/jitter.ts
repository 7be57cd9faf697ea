// CPU cost of a conference member's jitter buffer per 20 ms (one packet in,
// one frame out), the adaptive buffer (core/src/media/jitter.ts) against the
// fixed 256 ms arrival-order ring it replaced (the anchor, copied below as it
// was in worker.ts at 972ce3b), measured alternately in the same run.
//
//   npx tsx bench/media/jitter.ts [--rounds 20] [--members 50] [--ticks 2000] [--json]
//   npx tsx bench/media/jitter.ts --only anchor|adaptive|jittery   (one variant, e.g. under
//        `perf stat -e instructions`; the difference of two such runs is the variants' difference)
//
// Prints p50/p99 CPU ns per member-tick over the rounds and the ratio to the
// anchor; with --json the last line is one JSON object. "jittery" runs the
// adaptive buffer on 0-60 ms random delay with 2 % loss (grows, shrinks and
// concealment included); "loud white noise" is a clean stream whose audio has
// no quiet or periodic spot to shrink at (the delay stays above its target, so
// shrinking is asked for all along: the worst case of its pitch search). The
// anchor cannot adapt, so it has no such rows.
import { JitterBuffer } from "../../core/src/media/jitter.ts";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROUNDS = arg("rounds", 20);
const MEMBERS = arg("members", 50);
const TICKS = arg("ticks", 2000);
const json = process.argv.includes("--json");
const FRAME = 160;
/** CPU time of this process, ms (user + system): on a shared box it does not count time spent preempted. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// ---- anchor: the previous ring (worker.ts roomFeed + mixRoom read, loss concealment path not taken)
const JB_SIZE = 2048;
const JB_MASK = JB_SIZE - 1;
const JB_MAX = 960;
const JB_KEEP = 320;
class OldRing {
  jb = new Int16Array(JB_SIZE);
  jbW = 0;
  jbR = 0;
  put(pcm: Int16Array, n: number): void {
    const jb = this.jb;
    let w = this.jbW;
    for (let i = 0; i < n; i++) jb[w++ & JB_MASK] = pcm[i]!;
    this.jbW = w;
    if (w - this.jbR > JB_MAX) this.jbR = w - JB_KEEP;
  }
  read(f: Int16Array): boolean {
    if (this.jbW - this.jbR < FRAME) return false;
    const jb = this.jb;
    let r = this.jbR;
    for (let i = 0; i < FRAME; i++) f[i] = jb[r++ & JB_MASK]!;
    this.jbR = r;
    return true;
  }
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Payloads: 97 frames of audio, packet k carries frame k mod 97 (so no stream repeats every packet). */
const FRAMES = 97;
const pcm = new Int16Array(FRAME * FRAMES);
for (let i = 0; i < pcm.length; i++) pcm[i] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 8000));
const frame = new Int16Array(FRAME);
/** Loud white noise: never quiet, never periodic (the worst case for shrinking). */
const noise = new Int16Array(FRAME * FRAMES);
{
  const rand = rng(9);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.round((rand() - 0.5) * 16000);
}

/** Arrival schedule per tick: member m's packet of tick t arrives in tick t + lag (0 = clean), or never (-1). */
function schedule(jittery: boolean): Int8Array {
  const rand = rng(5);
  const s = new Int8Array(MEMBERS * TICKS);
  for (let i = 0; i < s.length; i++) s[i] = jittery ? (rand() < 0.02 ? -1 : Math.floor(rand() * 3)) : 0;
  return s;
}

/** ns per member-tick for one round. */
function roundNew(sched: Int8Array, payload = pcm): number {
  const jbs = Array.from({ length: MEMBERS }, () => new JitterBuffer());
  const t0 = cpuMs();
  for (let t = 0; t < TICKS; t++) {
    const now = t * 20;
    for (let m = 0; m < MEMBERS; m++) {
      // Packets due now: the one sent `lag` ticks ago with that lag.
      for (let lag = 0; lag < 3 && lag <= t; lag++) {
        if (sched[m * TICKS + t - lag] === lag) jbs[m]!.put(0x100 + m, ((t - lag) * FRAME) >>> 0, payload, ((t - lag) % FRAMES) * FRAME, FRAME, now + 3);
      }
      jbs[m]!.read(frame);
    }
  }
  return ((cpuMs() - t0) * 1e6) / (TICKS * MEMBERS);
}

function roundOld(sched: Int8Array): number {
  const rings = Array.from({ length: MEMBERS }, () => new OldRing());
  const t0 = cpuMs();
  for (let t = 0; t < TICKS; t++) {
    for (let m = 0; m < MEMBERS; m++) {
      for (let lag = 0; lag < 3 && lag <= t; lag++) if (sched[m * TICKS + t - lag] === lag) rings[m]!.put(pcm, FRAME);
      rings[m]!.read(frame);
    }
  }
  return ((cpuMs() - t0) * 1e6) / (TICKS * MEMBERS);
}

const pct = (a: number[], p: number) => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
if (only !== null) {
  const sched = schedule(only === "jittery");
  const f = only === "anchor" ? roundOld : roundNew;
  let ns = 0;
  for (let r = 0; r < ROUNDS; r++) ns += f(sched);
  console.log(`${only}: ${Math.round(ns / ROUNDS)} ns per member-tick (mean of ${ROUNDS} rounds)`);
  process.exit(0);
}
const clean = schedule(false);
const jittery = schedule(true);
// Warm-up (JIT) of both.
roundOld(clean);
roundNew(clean);
roundNew(jittery);
roundNew(clean, noise);
const oldNs: number[] = [];
const newNs: number[] = [];
const jitNs: number[] = [];
const noiseNs: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  // Alternate the order so drift on a shared box hits both alike.
  if (r % 2 === 0) {
    oldNs.push(roundOld(clean));
    newNs.push(roundNew(clean));
  } else {
    newNs.push(roundNew(clean));
    oldNs.push(roundOld(clean));
  }
  jitNs.push(roundNew(jittery));
  noiseNs.push(roundNew(clean, noise));
}
const row = (name: string, a: number[]) => ({ name, p50_ns: Math.round(pct(a, 50)), p99_ns: Math.round(pct(a, 99)), ratio_p50: Math.round((pct(a, 50) / pct(oldNs, 50)) * 100) / 100 });
const rows = [row("anchor: fixed ring (previous)", oldNs), row("adaptive, clean stream", newNs), row("adaptive, 0-60 ms jitter + 2 % loss", jitNs), row("adaptive, clean, loud white noise", noiseNs)];
console.log(`jitter buffer, ns per member per 20 ms (one packet in, one frame out); ${MEMBERS} members x ${TICKS} ticks, ${ROUNDS} rounds`);
for (const r of rows) console.log(`  ${r.name.padEnd(38)} p50 ${String(r.p50_ns).padStart(6)}  p99 ${String(r.p99_ns).padStart(6)}  x${r.ratio_p50} of the anchor`);
// 50 members x 50 ticks/s: share of one core.
console.log(`  at 50 members: ${((pct(newNs, 50) * 50 * 50) / 1e7).toFixed(3)} % of a core (anchor ${((pct(oldNs, 50) * 50 * 50) / 1e7).toFixed(3)} %)`);
if (json) console.log(JSON.stringify({ members: MEMBERS, ticks: TICKS, rounds: ROUNDS, rows }));
