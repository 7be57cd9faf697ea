// Text-to-prompt: espeak-ng renders text, sox resamples to 8 kHz mono
// 16-bit PCM (what the media engine plays and G.711 carries); the file is
// cached under a hash of (voice, speed, text) so each prompt renders once.
// Numbers (queue position, estimated wait) are spoken from per-word
// fragments so a changing number never needs a fresh render per call.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { PromptRef } from "./types.ts";

export interface PromptRendererOptions {
  /** Folder for rendered prompts (created if missing). Required. */
  cacheDir: string;
  /** espeak-ng binary. Default "espeak-ng". */
  espeak?: string;
  /** sox binary. Default "sox". */
  sox?: string;
  /** Speaking rate, words per minute. Default 160. */
  speed?: number;
  /** Kill a render that takes longer, ms. Default 15000. */
  timeoutMs?: number;
}

/** Flow voices ("en", "zh", "zh-CN") -> espeak-ng voices. Others pass through. */
export function espeakVoice(voice: string): string {
  const v = voice.toLowerCase();
  if (v === "zh" || v === "zh-cn" || v === "cmn" || v === "zh_cn") return "cmn";
  if (v === "en" || v === "en-us") return v === "en" ? "en" : "en-us";
  return voice;
}

function run(bin: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: timeoutMs, killSignal: "SIGKILL" }, (err, _out, stderr) => {
      if (err) reject(new Error(`${bin} failed: ${err.message}${stderr ? ` (${String(stderr).trim().slice(0, 200)})` : ""}`));
      else resolve();
    });
  });
}

export class PromptRenderer {
  readonly cacheDir: string;
  private readonly espeak: string;
  private readonly sox: string;
  private readonly speed: number;
  private readonly timeoutMs: number;
  private readonly pending = new Map<string, Promise<string>>();
  /** Renders done (cache misses) and cache hits, for tests and stats. */
  readonly counters = { renders: 0, hits: 0 };

  constructor(opts: PromptRendererOptions) {
    if (!opts || typeof opts.cacheDir !== "string" || !opts.cacheDir) throw new TypeError("cacheDir is required");
    this.cacheDir = opts.cacheDir;
    this.espeak = opts.espeak ?? "espeak-ng";
    this.sox = opts.sox ?? "sox";
    this.speed = opts.speed ?? 160;
    this.timeoutMs = opts.timeoutMs ?? 15000;
    mkdirSync(this.cacheDir, { recursive: true });
  }

  /** Cache file of (voice, text); the file may not exist yet. */
  pathFor(text: string, voice = "en"): string {
    const h = createHash("sha256").update(`${espeakVoice(voice)}\0${this.speed}\0${text}`).digest("hex");
    return join(this.cacheDir, `tts-${h.slice(0, 40)}.wav`);
  }

  /** Renders (or finds in the cache) an 8 kHz mono 16-bit WAV of `text`; resolves its path. */
  render(text: string, voice = "en"): Promise<string> {
    if (typeof text !== "string" || !text.trim()) return Promise.reject(new TypeError("text must be non-empty"));
    if (text.length > 4000) return Promise.reject(new TypeError("text longer than 4000 characters"));
    const out = this.pathFor(text, voice);
    if (existsSync(out)) {
      this.counters.hits++;
      return Promise.resolve(out);
    }
    const inflight = this.pending.get(out);
    if (inflight) return inflight;
    const p = this.doRender(text, espeakVoice(voice), out).finally(() => this.pending.delete(out));
    this.pending.set(out, p);
    return p;
  }

  private async doRender(text: string, voice: string, out: string): Promise<string> {
    const tag = `${process.pid}-${Math.random().toString(36).slice(2)}`;
    const raw = `${out}.${tag}.raw.wav`;
    const tmp = `${out}.${tag}.tmp.wav`;
    try {
      // "--" so text starting with "-" is not an option; execFile: no shell.
      await run(this.espeak, ["-v", voice, "-s", String(this.speed), "-w", raw, "--", text], this.timeoutMs);
      await run(this.sox, [raw, "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer", tmp], this.timeoutMs);
      renameSync(tmp, out); // atomic: readers never see a half-written prompt
      this.counters.renders++;
      return out;
    } finally {
      rmSync(raw, { force: true });
      rmSync(tmp, { force: true });
    }
  }
}

const EN_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ZH_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

function enUnder1000(n: number, out: string[]): void {
  if (n >= 100) {
    out.push(EN_ONES[Math.floor(n / 100)] as string, "hundred");
    n %= 100;
  }
  if (n >= 20) {
    out.push(EN_TENS[Math.floor(n / 10)] as string);
    n %= 10;
    if (n) out.push(EN_ONES[n] as string);
  } else if (n > 0) out.push(EN_ONES[n] as string);
}

/** English words of a whole number 0..999,999,999 (one fragment per word). */
export function numberWordsEn(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999) throw new TypeError("n must be an integer 0..999999999");
  if (n === 0) return ["zero"];
  const out: string[] = [];
  const m = Math.floor(n / 1_000_000);
  const k = Math.floor((n % 1_000_000) / 1000);
  const r = n % 1000;
  if (m) {
    enUnder1000(m, out);
    out.push("million");
  }
  if (k) {
    enUnder1000(k, out);
    out.push("thousand");
  }
  enUnder1000(r, out);
  return out;
}

function zhUnder10000(n: number, out: string[], leading: boolean): void {
  const units = ["千", "百", "十", ""];
  const ds = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let zero = false;
  let started = false;
  for (let i = 0; i < 4; i++) {
    const d = ds[i] as number;
    if (d === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) out.push("零");
    zero = false;
    // 十五 not 一十五 at the start of a number (10..19).
    if (!(leading && !started && i === 2 && d === 1)) out.push(ZH_DIGITS[d] as string);
    if (units[i]) out.push(units[i] as string);
    started = true;
  }
}

/** Mandarin reading of a whole number 0..99,999,999 as single-character fragments (一千零五, 十二, 三万零二十). */
export function numberWordsZh(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 99_999_999) throw new TypeError("n must be an integer 0..99999999");
  if (n === 0) return ["零"];
  const out: string[] = [];
  const hi = Math.floor(n / 10000);
  const lo = n % 10000;
  if (hi) {
    zhUnder10000(hi, out, true);
    out.push("万");
    if (lo) {
      if (lo < 1000) out.push("零");
      zhUnder10000(lo, out, false);
    }
  } else zhUnder10000(lo, out, true);
  return out;
}

const EN_DIGIT: Record<string, string> = { "*": "star", "#": "pound" };
const ZH_DIGIT: Record<string, string> = { "*": "星号", "#": "井号" };
/** Every word sayWords() can produce, per language. */
const FRAGMENTS_EN = [...EN_ONES, ...EN_TENS.filter(Boolean), "hundred", "thousand", "million", "minute", "minutes", "star", "pound"];
const FRAGMENTS_ZH = [...ZH_DIGITS, "十", "百", "千", "万", "分钟", "星号", "井号"];

/** Fragment words for a `say` prompt. */
export function sayWords(ref: { say: "number" | "digits" | "minutes"; value: string; lang: "en" | "zh" }): string[] {
  const v = ref.value.trim();
  if (ref.say === "digits") {
    const out: string[] = [];
    for (const c of v) {
      if (/[0-9]/.test(c)) out.push(ref.lang === "en" ? (EN_ONES[Number(c)] as string) : (ZH_DIGITS[Number(c)] as string));
      else if (c in EN_DIGIT) out.push(ref.lang === "en" ? (EN_DIGIT[c] as string) : (ZH_DIGIT[c] as string));
    }
    return out;
  }
  const n = Math.max(0, Math.round(Number(v) || 0));
  const words = ref.lang === "en" ? numberWordsEn(Math.min(n, 999_999_999)) : numberWordsZh(Math.min(n, 99_999_999));
  if (ref.say === "minutes") words.push(ref.lang === "en" ? (n === 1 ? "minute" : "minutes") : "分钟");
  return words;
}

/** Prompts announcing a queue position (1 = next). */
export function queuePositionPrompts(position: number, lang: "en" | "zh"): PromptRef[] {
  const value = String(Math.max(1, Math.round(position)));
  return lang === "en"
    ? [{ text: "You are caller number", voice: "en" }, { say: "number", value, lang }, { text: "in the queue.", voice: "en" }]
    : [{ text: "您前面排队的是第", voice: "zh" }, { say: "number", value, lang }, { text: "位", voice: "zh" }];
}

/** Prompts announcing an estimated wait, rounded up to whole minutes (at least one). */
export function ewtPrompts(ewtS: number, lang: "en" | "zh"): PromptRef[] {
  const value = String(Math.max(1, Math.ceil(ewtS / 60)));
  return lang === "en"
    ? [{ text: "Your estimated waiting time is", voice: "en" }, { say: "minutes", value, lang }]
    : [{ text: "预计等待时间", voice: "zh" }, { say: "minutes", value, lang }];
}

/** A tenant prompt as control publishes it. */
export type TenantPrompt = { kind: "tts"; voice: string; text: string } | { kind: "recording"; file: string };

/** Resolves PromptRefs to WAV files for the media engine (rendering and caching as needed). */
export class PromptLibrary {
  private readonly durations = new Map<string, number>();
  constructor(readonly renderer: PromptRenderer) {}

  /** Files to play, in order. Unknown tenant prompts throw TypeError (validation should have caught them). */
  async resolve(refs: PromptRef[], tenantPrompt: (name: string) => TenantPrompt | undefined): Promise<string[]> {
    const out: string[] = [];
    for (const r of refs) {
      if ("file" in r) out.push(r.file);
      else if ("text" in r) out.push(await this.renderer.render(r.text, r.voice ?? "en"));
      else if ("say" in r) {
        const voice = r.lang === "en" ? "en" : "zh";
        for (const w of sayWords(r)) out.push(await this.renderer.render(w, voice));
      } else {
        const p = tenantPrompt(r.prompt);
        if (!p) throw new TypeError(`unknown prompt ${r.prompt}`);
        out.push(p.kind === "recording" ? p.file : await this.renderer.render(p.text, p.voice || "en"));
      }
    }
    return out;
  }

  /**
   * Renders ahead what calls will need so no caller waits for espeak-ng:
   * the tenant's text-to-prompt prompts and (default) the number fragments
   * of both languages. One render at a time (keeps a core free for calls).
   * Resolves with the number of files rendered now (cache misses).
   */
  async prewarm(prompts: TenantPrompt[], opts: { fragments?: boolean } = {}): Promise<number> {
    const before = this.renderer.counters.renders;
    const jobs: [string, string][] = [];
    for (const p of prompts) if (p.kind === "tts" && p.text.trim()) jobs.push([p.text, p.voice || "en"]);
    if (opts.fragments ?? true) {
      for (const w of FRAGMENTS_EN) jobs.push([w, "en"]);
      for (const w of FRAGMENTS_ZH) jobs.push([w, "zh"]);
    }
    for (const [text, voice] of jobs) await this.renderer.render(text, voice);
    return this.renderer.counters.renders - before;
  }

  /** Length of a prompt file in ms (cached), to know when playback ends. */
  durationMs(file: string): number {
    let d = this.durations.get(file);
    if (d === undefined) {
      d = wavDurationMs(file);
      this.durations.set(file, d);
    }
    return d;
  }
}

/** Duration of a RIFF/WAVE file from its fmt byte rate and data size (the header only; a truncated data size falls back to the file size). */
export function wavDurationMs(file: string): number {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    if (n < 12 || head.toString("latin1", 0, 4) !== "RIFF" || head.toString("latin1", 8, 12) !== "WAVE") throw new TypeError(`${file}: not a WAV file`);
    let off = 12;
    let byteRate = 0;
    while (off + 8 <= n) {
      const id = head.toString("latin1", off, off + 4);
      const size = head.readUInt32LE(off + 4);
      if (id === "fmt ") byteRate = head.readUInt32LE(off + 16);
      else if (id === "data") {
        if (!byteRate) break;
        const avail = statSync(file).size - (off + 8);
        return Math.round((Math.min(size || avail, avail) * 1000) / byteRate);
      }
      off += 8 + size + (size & 1);
    }
    throw new TypeError(`${file}: WAV without fmt/data in its first 4 KB`);
  } finally {
    closeSync(fd);
  }
}
