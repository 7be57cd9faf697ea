// Dry run of a flow without a call: scripted caller input, canned HTTP
// answers, a fixed clock; no waiting (timeouts happen at once). Lets a
// tenant check a draft before publishing ("what happens if I press 2 at
// 20:00 on a holiday?").
import { runFlow } from "./engine.ts";
import type { Flow } from "./flow.ts";
import type { CollectOpts, CollectResult, HttpRequest, HttpResponse, IvrHost, IvrOutcome, PromptRef, QueueStats, TransferTarget, Vars } from "./types.ts";

export interface SimulateOptions {
  /** Initial variables (caller, called, customer_level...). Default {}. */
  vars?: Vars;
  /** The clock, epoch ms (business hours). Default Date.now(). */
  at?: number;
  /** What the caller keys at each successive input point; "" = silence (timeout). After the last entry: silence. */
  inputs?: string[];
  /** Answers to successive http_lookups: a status and JSON body, or "timeout". After the last: a network error. */
  http?: ({ status?: number; body: unknown } | "timeout")[];
  /** Queue statistics for conditions, by queue id. Default none (queue conditions do not match). */
  queueStats?: Record<string, QueueStats>;
  /** Default 200. */
  maxSteps?: number;
}

export type SimEvent =
  | { type: "node"; node: string; step: string }
  | { type: "play"; prompts: string[] }
  | { type: "input"; digits: string; reason: CollectResult["reason"] }
  | { type: "http"; method: string; url: string; result: string }
  | { type: "enqueue"; queueId: string; priority: number; skills: string[] }
  | { type: "transfer"; target: TransferTarget }
  | { type: "voicemail"; box: string }
  | { type: "callback"; number: string; queueId: string }
  | { type: "hangup"; cause: string };

function describe(p: PromptRef): string {
  if ("prompt" in p) return p.prompt;
  if ("text" in p) return `text(${p.voice ?? "en"}): ${p.text}`;
  if ("say" in p) return `say ${p.say} ${p.value} (${p.lang})`;
  return `file: ${p.file}`;
}

class SimHost implements IvrHost {
  readonly events: SimEvent[] = [];
  private input = 0;
  private httpIdx = 0;
  constructor(private readonly o: SimulateOptions) {}
  async play(prompts: PromptRef[]): Promise<"done"> {
    this.events.push({ type: "play", prompts: prompts.map(describe) });
    return "done";
  }
  async collectDigits(opts: CollectOpts): Promise<CollectResult> {
    const raw = this.o.inputs?.[this.input++] ?? "";
    let digits = "";
    let reason: CollectResult["reason"] = "timeout";
    for (const d of raw) {
      if (opts.terminator && d === opts.terminator) {
        reason = "terminator";
        break;
      }
      digits += d;
      if (digits.length >= opts.maxDigits) {
        reason = "max";
        break;
      }
    }
    this.events.push({ type: "input", digits, reason });
    return { digits, reason };
  }
  flushDigits(): void {}
  enqueue(queueId: string, opts: { priority: number; skills: string[] }): void {
    this.events.push({ type: "enqueue", queueId, priority: opts.priority, skills: opts.skills });
  }
  transfer(target: TransferTarget): void {
    this.events.push({ type: "transfer", target });
  }
  async voicemail(box: string): Promise<"recorded"> {
    this.events.push({ type: "voicemail", box });
    return "recorded";
  }
  requestCallback(number: string, opts: { queueId: string }): void {
    this.events.push({ type: "callback", number, queueId: opts.queueId });
  }
  hangup(cause: string): void {
    this.events.push({ type: "hangup", cause });
  }
  async httpFetch(req: HttpRequest): Promise<HttpResponse> {
    const a = this.o.http?.[this.httpIdx++];
    const ev: SimEvent = { type: "http", method: req.method, url: req.url, result: "" };
    this.events.push(ev);
    if (a === undefined) {
      ev.result = "network error (no canned answer)";
      throw new Error("no canned answer");
    }
    if (a === "timeout") {
      ev.result = "timeout";
      const e = new Error("timeout");
      e.name = "TimeoutError";
      throw e;
    }
    ev.result = `status ${a.status ?? 200}`;
    return { status: a.status ?? 200, body: JSON.stringify(a.body) };
  }
  queueStats(queueId: string): QueueStats | null {
    return this.o.queueStats?.[queueId] ?? null;
  }
  now(): number {
    return this.o.at ?? Date.now();
  }
  log(event: string, detail: Record<string, unknown>): void {
    if (event === "ivr_node") this.events.push({ type: "node", node: String(detail.node), step: String(detail.type) });
  }
}

/** Runs `flow` against a scripted caller; resolves the outcome and what happened, in order. */
export async function simulateFlow(flow: Flow, opts: SimulateOptions = {}): Promise<{ outcome: IvrOutcome; events: SimEvent[] }> {
  const host = new SimHost(opts);
  const outcome = await runFlow(flow, host, { vars: opts.vars, maxSteps: opts.maxSteps ?? 200 });
  return { outcome, events: host.events };
}
