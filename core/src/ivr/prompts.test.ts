import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { goertzelPower, readWav } from "../media/index.ts";
import { ewtPrompts, numberWordsEn, numberWordsZh, PromptLibrary, PromptRenderer, queuePositionPrompts, sayWords } from "./index.ts";

const T = { timeout: 20000 };
const dir = mkdtempSync(join(tmpdir(), "sb-ivr-prompts-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Fraction of 20 ms frames whose RMS is above `min` and the overall RMS. */
function energy(samples: Int16Array, rate: number, min = 300): { voiced: number; rms: number } {
  const n = Math.round(rate * 0.02);
  let frames = 0;
  let voiced = 0;
  let total = 0;
  for (let i = 0; i + n <= samples.length; i += n) {
    let s = 0;
    for (let j = i; j < i + n; j++) s += (samples[j] as number) ** 2;
    total += s;
    frames++;
    if (Math.sqrt(s / n) > min) voiced++;
  }
  return { voiced: voiced / Math.max(1, frames), rms: Math.sqrt(total / Math.max(1, samples.length)) };
}

function checkHeader(path: string): void {
  const b = readFileSync(path);
  assert.equal(b.toString("latin1", 0, 4), "RIFF");
  assert.equal(b.toString("latin1", 8, 12), "WAVE");
  const fmt = b.indexOf("fmt ", 12, "latin1");
  assert.ok(fmt > 0);
  assert.equal(b.readUInt16LE(fmt + 8), 1, "PCM");
  assert.equal(b.readUInt16LE(fmt + 10), 1, "mono");
  assert.equal(b.readUInt32LE(fmt + 12), 8000, "8 kHz");
  assert.equal(b.readUInt16LE(fmt + 22), 16, "16-bit");
}

describe("text-to-prompt", () => {
  const r = new PromptRenderer({ cacheDir: join(dir, "cache") });

  for (const [voice, text] of [
    ["en", "Welcome to Switchboard. For sales, press one."],
    ["zh", "您好，欢迎致电。销售请按一，客服请按二。"],
  ] as const) {
    test(`${voice}: an 8 kHz mono 16-bit WAV with speech energy in the voice band`, T, async (t) => {
      const path = await r.render(text, voice);
      checkHeader(path);
      const w = readWav(path);
      assert.equal(w.sampleRate, 8000);
      assert.equal(w.channels, 1);
      const s = w.samples[0] as Int16Array;
      const seconds = s.length / 8000;
      assert.ok(seconds > 1 && seconds < 15, `duration ${seconds}s`);
      const e = energy(s, 8000);
      assert.ok(e.voiced > 0.4, `voiced frames ${e.voiced}`);
      assert.ok(e.rms > 500, `rms ${e.rms}`);
      // Speech energy sits in the telephone band: compare 300-1000 Hz with 3.9 kHz (near Nyquist).
      const low = [300, 500, 700, 900].reduce((a, f) => a + goertzelPower(s, f, 8000), 0);
      const high = [3850, 3900, 3950].reduce((a, f) => a + goertzelPower(s, f, 8000), 0);
      assert.ok(low > high * 10, `band ratio ${low / high}`);
      t.diagnostic(`${voice}: ${seconds.toFixed(2)} s, rms ${e.rms.toFixed(0)}, voiced ${(e.voiced * 100).toFixed(0)}%, 300-900 Hz / 3.9 kHz power ${(low / high).toFixed(0)}`);
    });
  }

  test("cache: same (voice, text) renders once, concurrent requests share a render; voice changes the file", T, async () => {
    const rr = new PromptRenderer({ cacheDir: join(dir, "cache2") });
    const [a, b] = await Promise.all([rr.render("Please hold.", "en"), rr.render("Please hold.", "en")]);
    assert.equal(a, b);
    assert.equal(rr.counters.renders, 1);
    const m = statSync(a).mtimeMs;
    assert.equal(await rr.render("Please hold.", "en"), a);
    assert.equal(rr.counters.hits, 1);
    assert.equal(statSync(a).mtimeMs, m);
    const zh = await rr.render("Please hold.", "zh");
    assert.notEqual(zh, a);
    assert.equal(rr.counters.renders, 2);
    // A fresh renderer on the same folder finds the cached file.
    const again = new PromptRenderer({ cacheDir: join(dir, "cache2") });
    assert.equal(await again.render("Please hold.", "en"), a);
    assert.equal(again.counters.renders, 0);
  });

  test("text starting with a dash is spoken, not taken as an option; empty text is refused", T, async () => {
    const p = await r.render("-v xx --help", "en");
    assert.ok(readWav(p).samples[0]?.length);
    await assert.rejects(r.render("  ", "en"), TypeError);
  });

  test("PromptLibrary resolves names, text and spoken numbers to files in order, with durations", T, async () => {
    const lib = new PromptLibrary(r);
    const files = await lib.resolve(
      [{ prompt: "welcome" }, ...queuePositionPrompts(3, "zh"), ...ewtPrompts(125, "en")],
      (n) => (n === "welcome" ? { kind: "tts", voice: "en", text: "Welcome." } : undefined),
    );
    // welcome + (text, 三, text) + (text, three, minutes)
    assert.equal(files.length, 7);
    assert.equal(files[0], await r.render("Welcome.", "en"));
    assert.equal(files[2], await r.render("三", "zh"));
    assert.equal(files[5], await r.render("three", "en"));
    assert.equal(files[6], await r.render("minutes", "en"));
    for (const f of files) {
      const w = readWav(f);
      assert.equal(lib.durationMs(f), Math.round(((w.samples[0]?.length ?? 0) * 1000) / 8000), f);
      assert.ok(lib.durationMs(f) > 100, f);
    }
    await assert.rejects(lib.resolve([{ prompt: "nope" }], () => undefined), /unknown prompt/);
  });
});

test("prewarm renders the tenant's prompts and every number fragment once", T, async (t) => {
  const lib = new PromptLibrary(new PromptRenderer({ cacheDir: join(dir, "cache3") }));
  const t0 = performance.now();
  const n = await lib.prewarm([{ kind: "tts", voice: "zh", text: "欢迎致电" }, { kind: "recording", file: "/x.wav" }]);
  const ms = performance.now() - t0;
  t.diagnostic(`prewarm: ${n} files in ${ms.toFixed(0)} ms`);
  // 1 prompt + en (20 ones + 8 tens + 7 words) + zh (10 digits + 7 words)
  assert.equal(n, 1 + 35 + 17);
  assert.equal(await lib.prewarm([{ kind: "tts", voice: "zh", text: "欢迎致电" }]), 0);
  // Everything a spoken number needs is now cached.
  const before = lib.renderer.counters.renders;
  await lib.resolve([{ say: "minutes", value: "123456", lang: "zh" }, { say: "digits", value: "90*#", lang: "en" }, { say: "number", value: "999999999", lang: "en" }], () => undefined);
  assert.equal(lib.renderer.counters.renders, before);
});

describe("numbers from fragments", () => {
  test("English", () => {
    assert.deepEqual(numberWordsEn(0), ["zero"]);
    assert.deepEqual(numberWordsEn(7), ["seven"]);
    assert.deepEqual(numberWordsEn(15), ["fifteen"]);
    assert.deepEqual(numberWordsEn(40), ["forty"]);
    assert.deepEqual(numberWordsEn(342), ["three", "hundred", "forty", "two"]);
    assert.deepEqual(numberWordsEn(1005), ["one", "thousand", "five"]);
    assert.deepEqual(numberWordsEn(2_000_019), ["two", "million", "nineteen"]);
    assert.throws(() => numberWordsEn(-1), TypeError);
  });

  test("Mandarin", () => {
    const zh = (n: number) => numberWordsZh(n).join("");
    assert.equal(zh(0), "零");
    assert.equal(zh(7), "七");
    assert.equal(zh(10), "十");
    assert.equal(zh(15), "十五");
    assert.equal(zh(20), "二十");
    assert.equal(zh(105), "一百零五");
    assert.equal(zh(110), "一百一十");
    assert.equal(zh(1005), "一千零五");
    assert.equal(zh(1050), "一千零五十");
    assert.equal(zh(10000), "一万");
    assert.equal(zh(10010), "一万零一十");
    assert.equal(zh(30020), "三万零二十");
    assert.equal(zh(120000), "十二万");
    assert.equal(zh(1234_5678), "一千二百三十四万五千六百七十八");
    assert.throws(() => numberWordsZh(1.5), TypeError);
  });

  test("say: digits, minutes and announcements", () => {
    assert.deepEqual(sayWords({ say: "digits", value: "10#", lang: "en" }), ["one", "zero", "pound"]);
    assert.deepEqual(sayWords({ say: "digits", value: "10*", lang: "zh" }), ["一", "零", "星号"]);
    assert.deepEqual(sayWords({ say: "minutes", value: "1", lang: "en" }), ["one", "minute"]);
    assert.deepEqual(sayWords({ say: "minutes", value: "12", lang: "zh" }), ["十", "二", "分钟"]);
    assert.deepEqual(ewtPrompts(61, "zh")[1], { say: "minutes", value: "2", lang: "zh" });
    assert.deepEqual(ewtPrompts(0, "en")[1], { say: "minutes", value: "1", lang: "en" });
  });
});
