// Adaptive jitter buffer, driven by synthetic packet arrival traces against a
// 20 ms read clock (what the room's mix tick does): jittered, bursty,
// reordered, lost and duplicated packets, delay spikes. Every trace checks
// that no sample is played twice or out of order; the adaptive ones that the
// delay goes up when the network needs it and back down when it calms.
import assert from "node:assert/strict";
import { test } from "node:test";
import { goertzelPower, totalPower } from "./dsp.ts";
import { JitterBuffer, SAMPLE_BLENDED, SAMPLE_CONCEALED, SAMPLE_REAL } from "./jitter.ts";

const FRAME = 160;
/** Samples carry their own stream position (mod 32000, +1 so 0 stays silence): the checker can see order. */
const RAMP = 32000;

interface Pkt {
  seq: number;
  ts: number;
  /** Arrival time, ms. */
  at: number;
}

/** Deterministic PRNG (mulberry32), so a failing trace can be replayed. */
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

/** n packets of 20 ms from `from`, sent every 20 ms; `delay(i)` is each one's network delay in ms. */
function stream(n: number, delay: (i: number) => number, from = 0, ts0 = 1000): Pkt[] {
  const out: Pkt[] = [];
  for (let i = 0; i < n; i++) out.push({ seq: from + i, ts: (ts0 + (from + i) * FRAME) >>> 0, at: (from + i) * 20 + 5 + delay(from + i) });
  return out;
}

interface Run {
  /** Per read: the buffer's mean delay (ms) after it. */
  delay: number[];
  /** Per read: samples concealed. */
  concealed: number[];
  /** All samples played, and what each was. */
  out: Int16Array;
  kinds: Uint8Array;
  jb: JitterBuffer;
}

/**
 * Plays a trace: arrivals in time order, a read every 20 ms (at 20k + 17 ms)
 * until `ms`. `sample(pos)` is the value of stream position pos.
 */
function run(trace: Pkt[], ms: number, sample: (pos: number) => number = (p) => (p % RAMP) + 1, jb = new JitterBuffer(), traced = true): Run {
  const pkts = [...trace].sort((a, b) => a.at - b.at);
  const reads = Math.floor(ms / 20);
  const out = new Int16Array(reads * FRAME);
  const kinds = new Uint8Array(reads * FRAME);
  const pcm = new Int16Array(FRAME);
  const delay: number[] = [];
  const concealed: number[] = [];
  let k = 0;
  for (let rd = 0; rd < reads; rd++) {
    const t = rd * 20 + 17;
    while (k < pkts.length && pkts[k]!.at <= t) {
      const p = pkts[k++]!;
      const pos = (p.ts - 1000) >>> 0;
      for (let i = 0; i < FRAME; i++) pcm[i] = sample(pos + i);
      jb.put(0x1234, p.ts, pcm, 0, FRAME, p.at);
    }
    const before = jb.concealed;
    jb.read(out.subarray(rd * FRAME, rd * FRAME + FRAME), traced ? kinds.subarray(rd * FRAME, rd * FRAME + FRAME) : null);
    delay.push(jb.delayMs);
    concealed.push(jb.concealed - before);
  }
  return { delay, concealed, out, kinds, jb };
}

/** Real samples must continue forward: never the same position twice, never backwards. */
function assertInOrder(r: Run): number {
  let last = -1;
  let real = 0;
  for (let i = 0; i < r.out.length; i++) {
    if (r.kinds[i] !== SAMPLE_REAL) continue;
    const v = r.out[i]! - 1;
    real++;
    if (last >= 0) {
      const step = (v - last + RAMP) % RAMP;
      assert.ok(step >= 1 && step < RAMP / 2, `sample ${i}: position ${v} after ${last} (played twice or out of order)`);
    }
    last = v;
  }
  return real;
}

const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);

test("clean 20 ms stream: settles at the lowest delay, nothing concealed, nothing late", () => {
  const r = run(stream(500, () => 1), 10_000);
  const real = assertInOrder(r);
  assert.ok(real > 490 * FRAME, `played ${real} real samples`);
  assert.equal(sum(r.concealed.slice(5)), 0);
  assert.equal(r.jb.late, 0);
  assert.equal(r.jb.grows, 0);
  // Starts at 40 ms, shrinks to about 20 ms.
  assert.ok(r.delay[3]! >= 30, `initial delay ${r.delay[3]}`);
  assert.ok(r.delay.at(-1)! <= 26, `settled delay ${r.delay.at(-1)}`);
  assert.ok(r.jb.targetMs <= 22, `target ${r.jb.targetMs}`);
});

test("jitter up to 80 ms: the delay grows to cover it, then shrinks back once the network is calm", () => {
  const rand = rng(7);
  // 10 s calm, 20 s with 0-80 ms random delay (packets overtake each other), 30 s calm.
  const delays = new Map<number, number>();
  const d = (i: number) => {
    if (!delays.has(i)) delays.set(i, i >= 500 && i < 1500 ? rand() * 80 : 1);
    return delays.get(i)!;
  };
  const r = run(stream(3000, d), 60_000);
  assertInOrder(r);
  const calm1 = mean(r.delay.slice(400, 500));
  const jittery = mean(r.delay.slice(1200, 1500));
  const calm2 = mean(r.delay.slice(2800, 3000));
  assert.ok(jittery > calm1 + 25, `delay while jittery ${jittery.toFixed(1)} ms vs calm ${calm1.toFixed(1)} ms`);
  assert.ok(jittery <= 200, `delay bounded: ${jittery}`);
  assert.ok(calm2 < 30, `delay back down after the jitter: ${calm2.toFixed(1)} ms`);
  assert.ok(r.jb.grows > 0 && r.jb.shrinks > 0);
  // Once adapted (the last 10 s of jitter), almost nothing needs concealing.
  const concealedLate = sum(r.concealed.slice(1000, 1500));
  assert.ok(concealedLate < 0.02 * 500 * FRAME, `concealed ${concealedLate} samples in the adapted jitter phase`);
  // The RFC 3550 estimate saw the jitter (uniform 0-80 ms: mean |D| about 27 ms) and is calm again.
  assert.ok(r.jb.jitterMs < 5, `jitter estimate after calm ${r.jb.jitterMs}`);
});

test("bursts of five frames every 100 ms: played without gaps at a delay that covers a burst", () => {
  const r = run(stream(1000, (i) => 80 - (i % 5) * 20 + 1), 20_000);
  const real = assertInOrder(r);
  const settled = r.concealed.slice(250);
  assert.equal(sum(settled), 0, "no concealment once adapted");
  assert.ok(real > 950 * FRAME);
  const d = mean(r.delay.slice(500));
  assert.ok(d >= 40 && d <= 200, `delay ${d}`);
});

test("reordered pairs and duplicates: each sample once, in order, nothing concealed", () => {
  // Every odd packet overtakes its predecessor by 3 ms; every packet arrives
  // three times: 2 ms later (not played yet) and 45 ms later (played already).
  const base = stream(500, (i) => (i % 2 === 1 ? 1 : 4));
  const trace = [...base, ...base.map((p) => ({ ...p, at: p.at + 2 })), ...base.map((p) => ({ ...p, at: p.at + 45 }))];
  const r = run(trace, 10_000);
  const real = assertInOrder(r);
  assert.ok(real > 490 * FRAME, `played ${real}`);
  assert.equal(sum(r.concealed.slice(5)), 0);
  assert.ok(r.jb.duplicates >= 495, `early duplicates ignored: ${r.jb.duplicates}`);
  assert.ok(r.jb.late >= 400, `late duplicates dropped: ${r.jb.late}`);
});

test("random 10 % loss: concealed, in order, and loss alone does not grow the delay", () => {
  const rand = rng(3);
  const trace = stream(1000, () => 1).filter(() => rand() >= 0.1);
  const r = run(trace, 20_000);
  assertInOrder(r);
  assert.equal(r.jb.grows, 0, "a lost packet is not a late one");
  const missing = (1000 - trace.length) * FRAME;
  // Concealment fills the holes (isolated losses are shorter than its 60 ms).
  assert.ok(r.jb.concealed >= 0.9 * missing && r.jb.concealed <= missing + 2 * FRAME, `concealed ${r.jb.concealed} of ${missing} missing`);
  assert.ok(mean(r.delay.slice(900)) <= 26);
});

test("a 150 ms stall then a flush: the late packets play (delay grows at once), then the delay comes back down", () => {
  // The network holds everything sent from 4 s to 4.15 s and delivers it at once.
  const r = run(stream(1500, (i) => { const sent = i * 20 + 5; return sent >= 4000 && sent < 4150 ? 4151 - sent : 1; }), 30_000);
  const real = assertInOrder(r);
  assert.equal(r.jb.late, 0, "nothing was dropped");
  assert.ok(r.jb.grows >= 1);
  assert.ok(real >= 1490 * FRAME, `every packet played: ${real / FRAME} frames`);
  assert.ok(Math.max(...r.delay.slice(205, 230)) >= 100, `delay after the stall ${Math.max(...r.delay.slice(205, 230))}`);
  // Reordered behind the stall: packets held 290 ms while later ones played are dropped, not played backwards.
  const ro = run(stream(1500, (i) => (i >= 200 && i < 208 ? (207 - i) * 20 + 150 : 1)), 30_000);
  assertInOrder(ro);
  assert.equal(ro.jb.late, 8);
  assert.ok(mean(r.delay.slice(1400)) <= 30, `back down: ${mean(r.delay.slice(1400))}`);
});

test("a tone through jitter, loss and shrinking stays a clean tone", (t) => {
  const rand = rng(11);
  const f = 440;
  const tone = (p: number) => Math.round(8000 * Math.sin((2 * Math.PI * f * p) / 8000));
  // Calm for 2 s, 0-100 ms jitter for 8 s (the delay grows), calm for 20 s
  // (it shrinks back), 2 % loss throughout.
  const trace = stream(1500, (i) => (i >= 100 && i < 500 ? rand() * 100 : 1)).filter(() => rand() >= 0.02);
  const r = run(trace, 30_000, tone);
  // Share of the power at f in each 1 s window (the e2e tests judge windows of 1-2 s).
  const shares: number[] = [];
  for (let w = 1; w < 30; w++) {
    const s = r.out.subarray(w * 8000, (w + 1) * 8000);
    shares.push(goertzelPower(s, f) / totalPower(s));
  }
  t.diagnostic(`share at ${f} Hz per second ${shares.map((x) => x.toFixed(3)).join(" ")}; grows ${r.jb.grows}, shrinks ${r.jb.shrinks}, concealed ${r.jb.concealed}`);
  assert.ok(Math.min(...shares) > 0.97, `power at ${f} Hz per second: ${shares.map((x) => x.toFixed(3)).join(" ")}`);
  // Shrinking happened, by whole pitch periods, and none of it made a click:
  // the largest sample-to-sample step stays that of the tone itself.
  assert.ok(r.jb.grows > 0 && r.jb.shrinks > 0, `grows ${r.jb.grows}, shrinks ${r.jb.shrinks}`);
  const maxStep = 8000 * 2 * Math.sin((Math.PI * f) / 8000) * 1.15;
  let worst = 0;
  for (let i = FRAME * 50 + 1; i < r.out.length; i++) {
    if (r.kinds[i] !== SAMPLE_REAL || r.kinds[i - 1] !== SAMPLE_REAL) continue;
    worst = Math.max(worst, Math.abs(r.out[i]! - r.out[i - 1]!));
  }
  assert.ok(worst <= maxStep, `largest step between real samples ${worst} (tone's own ${maxStep.toFixed(0)})`);
});

test("new SSRC or a timestamp jump restarts the mapping; a member that stops goes silent after 60 ms", () => {
  const jb = new JitterBuffer();
  const pcm = new Int16Array(FRAME).fill(1000);
  const out = new Int16Array(FRAME);
  const kinds = new Uint8Array(FRAME);
  for (let i = 0; i < 10; i++) {
    jb.put(1, 5000 + i * FRAME, pcm, 0, FRAME, i * 20);
    jb.read(out, kinds);
  }
  assert.ok(kinds.every((k) => k === SAMPLE_REAL));
  jb.put(2, 123, pcm, 0, FRAME, 200); // another source
  jb.put(2, 123 + FRAME, pcm, 0, FRAME, 220);
  jb.put(2, 123 + 50 * FRAME * 8000, pcm, 0, FRAME, 240); // a jump of many seconds
  assert.equal(jb.resyncs, 2);
  // Nothing more arrives: concealment, then silence.
  let audible = 0;
  for (let i = 0; i < 20; i++) if (jb.read(out, kinds)) audible++;
  assert.ok(audible <= 8, `audible frames after the stream stopped ${audible}`);
  assert.equal(jb.read(out, kinds), false);
  assert.ok(!kinds.includes(SAMPLE_CONCEALED) && !kinds.includes(SAMPLE_BLENDED));
});

test("the untraced read (the worker's fast path for complete frames) plays exactly what the traced one does", () => {
  const rand = rng(21);
  const trace = stream(1500, (i) => (i >= 300 && i < 800 ? rand() * 90 : 1)).filter(() => rand() >= 0.03);
  const a = run(trace, 30_000, undefined, new JitterBuffer(), true);
  const b = run(trace, 30_000, undefined, new JitterBuffer(), false);
  assert.deepEqual(b.out, a.out);
  assert.ok(a.jb.grows > 0 && a.jb.shrinks > 0 && a.jb.concealed > 0);
});

test("loud audio with no quiet or periodic spot: the delay stays, and the pitch search backs off", () => {
  const rand = rng(5);
  const noise = new Int16Array(8000 * 40);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.round((rand() - 0.5) * 16000);
  // 30 s clean: the first packet's 40 ms are more than the 20 ms target, so shrinking is wanted all along.
  const r = run(stream(1500, () => 1), 30_000, (p) => noise[p % noise.length]!);
  assert.equal(r.jb.shrinks, 0, "nothing inaudible to remove");
  // One search every fifth frame would be 300; backing off after ten misses keeps it to a few dozen.
  assert.ok(r.jb.searches <= 80, `pitch searches ${r.jb.searches}`);
  assert.ok(r.delay.at(-1)! <= 45, `delay ${r.delay.at(-1)}`);
});
