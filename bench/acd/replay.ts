/**
 * Replays the ACD benchmark's event log (same workload, seed and event mix as index.ts) without timing
 * anything, for instruction and cache-miss counts: `bench/acd/callgrind.sh` runs it under callgrind and
 * counts only the second half of the events (the first half warms the JIT and the engine up).
 *
 *   node --import tsx bench/acd/replay.ts [--events N] [--mark DIR]
 *
 * With --mark, after the warm-up it forces a full GC (when started with --expose-gc, so that no major GC is
 * in progress in the counted window), writes DIR/ready, waits for DIR/go, replays the second half, writes
 * DIR/done (the number of offers made) and waits for DIR/off before exiting. The last line printed is one
 * JSON object.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AcdEngine } from "../../core/src/acd/index.ts";
import type { Offer } from "../../core/src/acd/index.ts";
import { K_ABANDON, K_ANSWER, K_ENQ, K_HANGUP, K_NOT_READY, K_READY, K_SKILL, buildWorkload, callIndex, setupEngine } from "./index.ts";

function waitFor(path: string): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(path)) Atomics.wait(cell, 0, 0, 20);
}

function main(): void {
  const argv = process.argv.slice(2);
  const arg = (k: string): string | undefined => {
    const i = argv.indexOf(`--${k}`);
    return i < 0 ? undefined : argv[i + 1];
  };
  const events = Number(arg("events") ?? 300_000);
  if (!Number.isInteger(events) || events < 2) throw new TypeError("--events must be an integer >= 2");
  const mark = arg("mark");
  const w = buildWorkload({ agents: 10_000, queues: 1000, queuesPerAgent: 10, waiting: 100_000, events, naiveEvents: 0, seed: 1 });
  let t = 0;
  let offers = 0;
  const offerOf = new Int32Array(w.calls.length);
  const ringing = new Uint8Array(w.calls.length);
  const e = new AcdEngine(
    {
      offer(o: Offer) {
        const c = callIndex(o.callId);
        offerOf[c] = o.offerId;
        ringing[c] = 1;
        offers++;
      },
    },
    { now: () => t },
  );
  // setup exactly as the benchmark's runEngine: every setup offer answered
  setupEngine(e, w, ringing, offerOf);
  const replay = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      t++;
      const a = w.arg[i]!;
      switch (w.kind[i]) {
        case K_ENQ:
          e.enqueue(w.calls[a]!);
          break;
        case K_HANGUP:
        case K_ABANDON:
          e.callEnded(w.calls[a]!.id);
          break;
        case K_ANSWER:
          ringing[a] = 0;
          e.offerAccepted(offerOf[a]!);
          break;
        case K_NOT_READY:
          e.setAgentState(w.agentCfg[a]!.id, "not_ready", "break");
          break;
        case K_READY:
          e.setAgentState(w.agentCfg[a]!.id, "ready");
          break;
        case K_SKILL:
          e.upsertAgent(w.skillCfg[w.extra[i]!]!);
          break;
      }
    }
  };
  const half = events >> 1;
  replay(0, half);
  const warmOffers = offers;
  (globalThis as { gc?: () => void }).gc?.();
  if (mark !== undefined) {
    writeFileSync(join(mark, "ready"), "");
    waitFor(join(mark, "go"));
  }
  replay(half, events);
  if (mark !== undefined) {
    writeFileSync(join(mark, "done"), String(offers));
    waitFor(join(mark, "off"));
  }
  console.log(JSON.stringify({ events, counted_events: events - half, offers, counted_offers: offers - warmOffers }));
}

main();
