// The media half of an IvrHost for one call leg: plays PromptRefs through
// the media engine (files rendered/cached by PromptLibrary), stops a prompt
// when a digit arrives (barge-in) and collects digits fed from the media
// engine's "dtmf" events (RFC 4733 or in-band). The media engine has no
// "playback ended" event, so the end of a file is its WAV length plus a
// small tail.
import { DigitCollector } from "./digits.ts";
import type { PromptLibrary, TenantPrompt } from "./prompts.ts";
import type { CollectOpts, CollectResult, PromptRef } from "./types.ts";

/** The two media-engine calls the player needs (MediaEngine satisfies it). */
export interface MediaPlayTarget {
  play(legId: string, source: { file: string }): void;
  stopPlay(legId: string): void;
}

export interface MediaPromptPlayerOptions {
  media: MediaPlayTarget;
  legId: string;
  library: PromptLibrary;
  /** The tenant's published prompts by name. */
  tenantPrompt: (name: string) => TenantPrompt | undefined;
  /** Added to each file's length before the next one starts, ms (worker clock and jitter). Default 40. */
  tailMs?: number;
}

export class MediaPromptPlayer {
  readonly digits = new DigitCollector();
  /** Files started, prompts cut short by a digit. */
  readonly counters = { files: 0, interrupted: 0 };
  private closed = false;
  private wake: ((why: "digit" | "close") => void) | null = null;
  private readonly tailMs: number;

  constructor(private readonly opts: MediaPromptPlayerOptions) {
    if (!opts?.media || typeof opts.legId !== "string" || !opts.library || typeof opts.tenantPrompt !== "function") {
      throw new TypeError("media, legId, library and tenantPrompt are required");
    }
    this.tailMs = opts.tailMs ?? 40;
    this.digits.onDigit = () => this.wake?.("digit");
  }

  /** Feed this leg's DTMF digits (media engine "dtmf" events). */
  digit(d: string): void {
    this.digits.push(d);
  }

  /** IvrHost.play */
  async play(prompts: PromptRef[], opts: { bargeIn: boolean }): Promise<"done" | "interrupted" | "hangup"> {
    const files = await this.opts.library.resolve(prompts, this.opts.tenantPrompt);
    for (const file of files) {
      if (this.closed) return "hangup";
      if (opts.bargeIn && this.digits.buffered) return "interrupted";
      this.opts.media.play(this.opts.legId, { file });
      this.counters.files++;
      const deadline = Date.now() + this.opts.library.durationMs(file) + this.tailMs;
      for (;;) {
        const left = deadline - Date.now();
        if (left <= 0) break;
        const why = await new Promise<"end" | "digit" | "close">((resolve) => {
          const t = setTimeout(() => {
            this.wake = null;
            resolve("end");
          }, left);
          this.wake = (w) => {
            clearTimeout(t);
            this.wake = null;
            resolve(w);
          };
        });
        if (why === "end") break;
        if (why === "close") return "hangup";
        if (opts.bargeIn) {
          this.opts.media.stopPlay(this.opts.legId);
          this.counters.interrupted++;
          return "interrupted";
        }
      }
    }
    return this.closed ? "hangup" : "done";
  }

  /** IvrHost.collectDigits */
  collectDigits(opts: CollectOpts): Promise<CollectResult> {
    return this.digits.collect(opts);
  }

  /** IvrHost.flushDigits */
  flushDigits(): void {
    this.digits.flush();
  }

  /** The caller is gone (or the IVR ends): pending plays and collects resolve "hangup". Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.digits.close();
    this.wake?.("close");
  }
}
