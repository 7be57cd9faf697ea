// A ready DTMF buffer for IvrHost implementations: feed it the media
// engine's "dtmf" events (RFC 4733 or in-band) for the caller's leg; it
// implements collectDigits with first-digit / inter-digit timeouts and the
// "digit interrupts a prompt" signal.
import type { CollectOpts, CollectResult } from "./types.ts";

export class DigitCollector {
  private buf = "";
  private waiter: ((d: string | null) => void) | null = null;
  private closed = false;
  /** Called on every digit (e.g. to stop a barge-in prompt). */
  onDigit: ((d: string) => void) | null = null;
  /** Largest number of buffered digits kept (oldest dropped). */
  static readonly MAX_BUFFER = 64;

  /** A digit from the caller. Ignored after close(). */
  push(digit: string): void {
    if (this.closed || !/^[0-9*#A-D]$/.test(digit)) return;
    this.onDigit?.(digit);
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(digit);
      return;
    }
    this.buf += digit;
    if (this.buf.length > DigitCollector.MAX_BUFFER) this.buf = this.buf.slice(-DigitCollector.MAX_BUFFER);
  }

  flush(): void {
    this.buf = "";
  }

  get buffered(): string {
    return this.buf;
  }

  /** The caller is gone: pending and future collects resolve "hangup". */
  close(): void {
    this.closed = true;
    const w = this.waiter;
    this.waiter = null;
    w?.(null);
  }

  private next(timeoutMs: number): Promise<string | null | "timeout"> {
    if (this.buf.length) {
      const d = this.buf[0] as string;
      this.buf = this.buf.slice(1);
      return Promise.resolve(d);
    }
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.waiter = null;
        resolve("timeout");
      }, timeoutMs);
      this.waiter = (d) => {
        clearTimeout(t);
        resolve(d);
      };
    });
  }

  async collect(opts: CollectOpts): Promise<CollectResult> {
    if (this.waiter) throw new TypeError("a collect is already running");
    let digits = "";
    for (;;) {
      const d = await this.next(digits.length === 0 ? opts.firstDigitTimeoutMs : opts.interDigitTimeoutMs);
      if (d === null) return { digits, reason: "hangup" };
      if (d === "timeout") return { digits, reason: "timeout" };
      if (opts.terminator && d === opts.terminator) return { digits, reason: "terminator" };
      digits += d;
      if (digits.length >= opts.maxDigits) return { digits, reason: "max" };
    }
  }
}
