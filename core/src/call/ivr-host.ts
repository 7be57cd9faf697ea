// The IvrHost of a real call: prompts through the media engine (played to
// the caller's leg, "playEnded" or a digit ends them), digits from RFC 4733
// or in-band detection, and the call manager for what ends the IVR.
import { join } from "node:path";
import {
  type CollectOpts,
  type CollectResult,
  DigitCollector,
  fetchHttp,
  type HttpRequest,
  type HttpResponse,
  type IvrHost,
  type PromptLibrary,
  type PromptRef,
  type QueueStats,
  type TenantPrompt,
  type TransferTarget,
  type Vars,
} from "../ivr/index.ts";
import type { MediaEngine } from "../media/index.ts";

/** What the host needs from the call manager for one call. */
export interface IvrCallSide {
  enqueue(queueId: string, opts: { priority: number; skills: string[]; vars: Vars }): void;
  transfer(target: TransferTarget, vars: Vars): void;
  hangup(cause: string): void;
  voicemail(box: string, opts: { maxSeconds: number; vars: Vars }): Promise<"recorded" | "hangup">;
  requestCallback(number: string, opts: { queueId: string; vars: Vars }): void;
  queueStats(queueId: string): QueueStats | null;
  prompt(name: string): TenantPrompt | undefined;
  log(event: string, detail: Record<string, unknown>): void;
}

export class CallIvrHost implements IvrHost {
  readonly digits = new DigitCollector();
  private ended = false;
  private playing: ((r: "done" | "interrupted" | "hangup") => void) | null = null;

  constructor(
    private readonly media: MediaEngine,
    private readonly prompts: PromptLibrary,
    private readonly legId: string,
    private readonly dataDir: string,
    private readonly side: IvrCallSide,
    private readonly http: (req: HttpRequest) => Promise<HttpResponse> = fetchHttp,
  ) {}

  /** A digit from the caller's leg. */
  onDigit(d: string): void {
    this.digits.push(d);
  }

  /** The media engine finished the current file on this leg. */
  onPlayEnded(): void {
    const p = this.playing;
    this.playing = null;
    p?.("done");
  }

  /** The caller hung up: every pending wait resolves "hangup". */
  close(): void {
    this.ended = true;
    this.digits.close();
    const p = this.playing;
    this.playing = null;
    p?.("hangup");
  }

  async play(refs: PromptRef[], opts: { bargeIn: boolean }): Promise<"done" | "interrupted" | "hangup"> {
    if (this.ended) return "hangup";
    let files: string[];
    try {
      files = await this.prompts.resolve(refs, (name) => {
        const p = this.side.prompt(name);
        // Tenant recordings are stored relative to DATA_DIR.
        return p?.kind === "recording" ? { kind: "recording", file: join(this.dataDir, p.file) } : p;
      });
    } catch (err) {
      this.side.log("ivr_prompt_error", { error: String((err as Error).message ?? err) });
      return "done";
    }
    for (const file of files) {
      if (this.ended) return "hangup";
      if (opts.bargeIn && this.digits.buffered) return "interrupted";
      const r = await new Promise<"done" | "interrupted" | "hangup">((resolve) => {
        // Safety net if a playEnded event is lost with a worker.
        let timer: NodeJS.Timeout | null = null;
        const finish = (v: "done" | "interrupted" | "hangup") => {
          if (timer) clearTimeout(timer);
          this.digits.onDigit = null;
          this.playing = null;
          resolve(v);
        };
        this.playing = finish;
        if (opts.bargeIn) {
          this.digits.onDigit = () => {
            this.media.stopPlay(this.legId);
            finish("interrupted");
          };
        }
        let ms = 10_000;
        try {
          ms = this.prompts.durationMs(file) + 1500;
        } catch {}
        timer = setTimeout(() => finish("done"), ms);
        this.media.play(this.legId, { file, loop: false });
      });
      if (r !== "done") return r;
    }
    return "done";
  }

  collectDigits(opts: CollectOpts): Promise<CollectResult> {
    return this.digits.collect(opts);
  }

  flushDigits(): void {
    this.digits.flush();
  }

  enqueue(queueId: string, opts: { priority: number; skills: string[]; vars: Vars }): void {
    this.side.enqueue(queueId, opts);
  }

  transfer(target: TransferTarget, vars: Vars): void {
    this.side.transfer(target, vars);
  }

  voicemail(box: string, opts: { maxSeconds: number; vars: Vars }): Promise<"recorded" | "hangup"> {
    return this.side.voicemail(box, opts);
  }

  requestCallback(number: string, opts: { queueId: string; vars: Vars }): void {
    this.side.requestCallback(number, opts);
  }

  hangup(cause: string): void {
    this.side.hangup(cause);
  }

  httpFetch(req: HttpRequest): Promise<HttpResponse> {
    return this.http(req);
  }

  queueStats(queueId: string): QueueStats | null {
    return this.side.queueStats(queueId);
  }

  now(): number {
    return Date.now();
  }

  log(event: string, detail: Record<string, unknown>): void {
    this.side.log(event, detail);
  }
}
