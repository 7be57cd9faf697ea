// Test support (not exported from index.ts): a fake IvrHost driven by a
// scripted caller. Digits go through the real DigitCollector; the clock is
// settable; httpFetch is the real fetchHttp.
import { DigitCollector } from "./digits.ts";
import { fetchHttp } from "./http.ts";
import type { CollectOpts, CollectResult, HttpRequest, HttpResponse, IvrHost, PromptRef, QueueStats, TransferTarget, Vars } from "./types.ts";

/** What the caller does when a prompt is played: press digits, or hang up. */
export type Reaction = string | { hangup: true } | ((ref: PromptRef) => string | { hangup: true } | undefined);

export function refName(r: PromptRef): string {
  if ("prompt" in r) return r.prompt;
  if ("text" in r) return `text:${r.text}`;
  if ("say" in r) return `say:${r.say}:${r.value}:${r.lang}`;
  return `file:${r.file}`;
}

export class FakeHost implements IvrHost {
  readonly digits = new DigitCollector();
  clock = Date.UTC(2026, 0, 5, 2, 0); // a Monday, 10:00 in Asia/Shanghai
  readonly played: string[] = [];
  readonly enqueued: { queueId: string; priority: number; skills: string[]; vars: Vars }[] = [];
  readonly transfers: TransferTarget[] = [];
  readonly hangups: string[] = [];
  readonly voicemails: { box: string; maxSeconds: number }[] = [];
  readonly callbacks: { number: string; queueId: string }[] = [];
  readonly logs: { event: string; detail: Record<string, unknown> }[] = [];
  readonly flushes: number[] = [];
  stats = new Map<string, QueueStats>();
  /** Reactions by prompt name (or "text:..."), consumed in order when a list is given. */
  reactions = new Map<string, Reaction | Reaction[]>();
  /** Resolves when set: play() waits on it (to hold a run mid-flow). */
  gate: Promise<void> | null = null;
  private gone = false;

  on(prompt: string, ...r: Reaction[]): this {
    this.reactions.set(prompt, r.length === 1 ? (r[0] as Reaction) : r);
    return this;
  }

  private react(ref: PromptRef): void {
    const key = refName(ref);
    let r = this.reactions.get(key);
    if (Array.isArray(r)) {
      const next = r.shift();
      r = next;
    }
    if (typeof r === "function") r = r(ref);
    if (r === undefined) return;
    if (typeof r === "string") for (const d of r) this.digits.push(d);
    else this.callerHangup();
  }

  callerHangup(): void {
    this.gone = true;
    this.digits.close();
  }

  async play(prompts: PromptRef[], opts: { bargeIn: boolean }): Promise<"done" | "interrupted" | "hangup"> {
    if (this.gate) await this.gate;
    for (const p of prompts) {
      if (this.gone) return "hangup";
      if (opts.bargeIn && this.digits.buffered) return "interrupted";
      this.played.push(refName(p));
      this.react(p);
      if (this.gone) return "hangup";
      if (opts.bargeIn && this.digits.buffered) return "interrupted";
    }
    return this.gone ? "hangup" : "done";
  }
  collectDigits(opts: CollectOpts): Promise<CollectResult> {
    return this.digits.collect(opts);
  }
  flushDigits(): void {
    this.flushes.push(this.played.length);
    this.digits.flush();
  }
  enqueue(queueId: string, opts: { priority: number; skills: string[]; vars: Vars }): void {
    this.enqueued.push({ queueId, ...opts });
  }
  transfer(target: TransferTarget): void {
    this.transfers.push(target);
  }
  async voicemail(box: string, opts: { maxSeconds: number; vars: Vars }): Promise<"recorded" | "hangup"> {
    this.voicemails.push({ box, maxSeconds: opts.maxSeconds });
    return this.gone ? "hangup" : "recorded";
  }
  requestCallback(number: string, opts: { queueId: string }): void {
    this.callbacks.push({ number, queueId: opts.queueId });
  }
  hangup(cause: string): void {
    this.hangups.push(cause);
  }
  httpFetch(req: HttpRequest): Promise<HttpResponse> {
    return fetchHttp(req);
  }
  queueStats(queueId: string): QueueStats | null {
    return this.stats.get(queueId) ?? null;
  }
  now(): number {
    return this.clock;
  }
  log(event: string, detail: Record<string, unknown>): void {
    this.logs.push({ event, detail });
  }
}
