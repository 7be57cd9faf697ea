// Recording post-processing in a piscina pool (mixdown, compressed copy,
// waveform peaks). One thread by default: media workers own the cores.
import { Piscina } from "piscina";
import type { PostResult, PostTask } from "./worker.ts";

export type { PostResult } from "./worker.ts";

export interface PostProcessorOptions {
  /** Pool threads (default 1). */
  threads?: number;
  /** Queue limit before tasks are refused (default 10_000). */
  maxQueue?: number;
  /** How long close() lets running and queued tasks finish before it stops the pool, ms (default 10_000). */
  closeTimeoutMs?: number;
}

export class RecordingPostProcessor {
  private readonly pool: Piscina;
  private readonly closeTimeoutMs: number;
  // Piscina's own close() waits only for tasks already on a thread, not the
  // queued ones: keep the work in hand here.
  private readonly inflight = new Set<Promise<unknown>>();
  constructor(opts: PostProcessorOptions = {}) {
    this.pool = new Piscina({
      filename: new URL("./worker.ts", import.meta.url).href,
      minThreads: 0,
      maxThreads: opts.threads ?? 1,
      maxQueue: opts.maxQueue ?? 10_000,
      idleTimeout: 30_000,
    });
    this.closeTimeoutMs = opts.closeTimeoutMs ?? 10_000;
  }

  /** Derivatives of a finished recording (absolute path). */
  process(path: string): Promise<PostResult> {
    const job: Promise<PostResult> = this.pool.run({ path } satisfies PostTask);
    const settled: Promise<unknown> = job.then(
      (): unknown => this.inflight.delete(settled),
      (): unknown => this.inflight.delete(settled),
    );
    this.inflight.add(settled);
    return job;
  }

  /**
   * Lets the recordings of the last calls finish their derivatives (a stop
   * right after a call used to cut them off, leaving a CDR whose mixdown and
   * peaks never appear), then stops the pool; past closeTimeoutMs the rest
   * is cut off.
   */
  async close(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(this.inflight),
      new Promise((r) => {
        timer = setTimeout(r, this.closeTimeoutMs);
      }),
    ]);
    clearTimeout(timer);
    await this.pool.destroy();
  }
}
