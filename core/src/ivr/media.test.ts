// A real call leg: the media engine plays the rendered prompts over RTP to
// a test endpoint acting as the caller, who navigates the menu with RFC 4733
// DTMF (barge-in during the welcome prompt) and enters an account number
// with in-band DTMF tones. The caller's received audio is matched against
// the rendered prompts (normalised cross-correlation), so the test knows
// which prompts were heard.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { MediaEngine, RtpTester, readWav, toneSamples } from "../media/index.ts";
import { compileFlow, MediaPromptPlayer, PromptLibrary, PromptRenderer, runFlow } from "./index.ts";
import { FakeHost } from "./testkit.ts";

const HOST = "127.0.0.1";
let engine: MediaEngine;
let dir: string;
let lib: PromptLibrary;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sb-ivr-media-"));
  const portMin = 20000 + 2 * Math.floor(Math.random() * 4000);
  engine = await MediaEngine.start({ dataDir: dir, workers: 1, portMin, portMax: portMin + 2000 });
  lib = new PromptLibrary(new PromptRenderer({ cacheDir: join(dir, "prompts") }));
});
after(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Best normalised cross-correlation of `probe` against `hay` over all lags (step 2). */
function bestMatch(hay: Int16Array, probe: Int16Array): { corr: number; lag: number } {
  let pe = 0;
  for (const v of probe) pe += v * v;
  let best = { corr: 0, lag: -1 };
  for (let lag = 0; lag + probe.length <= hay.length; lag += 2) {
    let dot = 0;
    let he = 0;
    for (let i = 0; i < probe.length; i++) {
      const h = hay[lag + i] as number;
      dot += h * (probe[i] as number);
      he += h * h;
    }
    const c = he > 0 ? dot / Math.sqrt(he * pe) : 0;
    if (c > best.corr) best = { corr: c, lag };
  }
  return best;
}

const DTMF: Record<string, [number, number]> = {
  "1": [697, 1209], "2": [697, 1336], "3": [697, 1477], "4": [770, 1209], "5": [770, 1336], "6": [770, 1477],
  "7": [852, 1209], "8": [852, 1336], "9": [852, 1477], "0": [941, 1336], "#": [941, 1477],
};
function inband(digits: string): Int16Array {
  const parts: Int16Array[] = [new Int16Array(400)];
  for (const d of digits) {
    const [lo, hi] = DTMF[d] as [number, number];
    const l = toneSamples(lo, 100, 8000, 0.25);
    const h = toneSamples(hi, 100, 8000, 0.25);
    const t = new Int16Array(l.length);
    for (let i = 0; i < l.length; i++) t[i] = (l[i] as number) + (h[i] as number);
    parts.push(t, new Int16Array(640));
  }
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

test("caller barges into the welcome prompt with RFC 4733, enters the account in-band; prompts heard are identified by their audio", { timeout: 30000 }, async (t) => {
  const WELCOME = "Welcome to Switchboard. Please listen carefully, our menu options have changed.";
  const MENU = "For sales, press one. For support, press two.";
  const ACCOUNT = "Please enter your account number, then press the pound key.";
  const flow = compileFlow({
    id: "media-flow",
    version: 1,
    start: "welcome",
    nodes: {
      welcome: { type: "play", params: { prompt: "welcome" }, exits: { next: "menu" } },
      menu: { type: "menu", params: { prompt: { text: MENU }, choices: ["1", "2"], timeoutMs: 4000 }, exits: { "1": "sales", "2": "acct", failed: "bye" } },
      acct: {
        type: "collect",
        params: { prompt: { text: ACCOUNT }, maxDigits: 8, minDigits: 4, terminator: "#", timeoutMs: 4000, interDigitTimeoutMs: 2000, variable: "account" },
        exits: { ok: "support", failed: "bye" },
      },
      sales: { type: "enqueue", params: { queue: "sales" } },
      support: { type: "enqueue", params: { queue: "support" } },
      bye: { type: "hangup" },
    },
  });
  // Render ahead so the call does not wait for espeak-ng (as a published prompt would be).
  const files = await lib.resolve([{ text: WELCOME }, { text: MENU }, { text: ACCOUNT }], () => undefined);
  const [welcomeWav, menuWav, accountWav] = files.map((f) => readWav(f).samples[0] as Int16Array) as [Int16Array, Int16Array, Int16Array];

  const caller = await RtpTester.open(HOST);
  const leg = await engine.createLeg("ivr-call-1", { codec: "PCMU", inbandDtmf: true });
  engine.setRemote(leg.legId, HOST, caller.port, { codec: "PCMU" });
  const player = new MediaPromptPlayer({
    media: engine,
    legId: leg.legId,
    library: lib,
    tenantPrompt: (n) => (n === "welcome" ? { kind: "tts", voice: "en", text: WELCOME } : undefined),
  });
  const heard: string[] = [];
  const onDtmf = (legId: string, d: string) => {
    if (legId !== leg.legId) return;
    heard.push(d);
    player.digit(d);
  };
  engine.on("dtmf", onDtmf);
  const host = new FakeHost();
  host.play = (p, o) => player.play(p, o);
  host.collectDigits = (o) => player.collectDigits(o);
  host.flushDigits = () => player.flushDigits();
  try {
    const t0 = Date.now();
    const run = runFlow(flow, host, { vars: { caller: "1001" } });
    // 1.2 s into the ~5 s welcome, press 2 (RFC 4733): the welcome stops, the menu takes the digit without playing.
    await sleep(1200);
    caller.sendDtmf("2", HOST, leg.port, { durationMs: 100 });
    // While the account prompt plays, key the account in-band (barge-in again).
    await sleep(1500);
    caller.sendSamples(inband("4711#"), HOST, leg.port, { codec: "PCMU" });
    const out = await run;
    const ms = Date.now() - t0;
    await sleep(100);
    assert.equal(out.end, "enqueued");
    assert.equal(out.queueId, "support");
    assert.equal(out.vars.account, "4711");
    assert.deepEqual(out.path, ["welcome", "menu", "acct", "support"]);
    assert.deepEqual(heard, ["2", "4", "7", "1", "1", "#"]);
    assert.equal(player.counters.interrupted, 2, "welcome and account prompt both cut short");

    const rx = caller.received();
    const welcomeDur = welcomeWav.length / 8;
    assert.ok(welcomeDur > 3000, `welcome is ${welcomeDur} ms`);
    assert.ok(ms < welcomeDur + 1500, `barge-in cut the welcome: call took ${ms} ms`);
    // Signatures: 250 ms windows from 300 ms into each prompt.
    const sig = (w: Int16Array) => w.subarray(2400, 4400);
    const mWelcome = bestMatch(rx, sig(welcomeWav));
    const mAccount = bestMatch(rx, sig(accountWav));
    const mMenu = bestMatch(rx, sig(menuWav));
    t.diagnostic(`received ${(rx.length / 8).toFixed(0)} ms; correlation welcome ${mWelcome.corr.toFixed(3)} @${mWelcome.lag}, account ${mAccount.corr.toFixed(3)} @${mAccount.lag}, menu ${mMenu.corr.toFixed(3)}`);
    assert.ok(mWelcome.corr > 0.9, "the welcome prompt was heard");
    assert.ok(mAccount.corr > 0.9, "the account prompt was heard");
    assert.ok(mAccount.lag > mWelcome.lag, "in that order");
    assert.ok(mMenu.corr < 0.6, "the menu prompt was skipped by type-ahead");
  } finally {
    engine.off("dtmf", onDtmf);
    player.close();
    caller.stop();
    await engine.destroyLeg(leg.legId);
    await caller.close();
  }
});
