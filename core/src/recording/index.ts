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
}

export class RecordingPostProcessor {
  private readonly pool: Piscina;
  constructor(opts: PostProcessorOptions = {}) {
    this.pool = new Piscina({
      filename: new URL("./worker.ts", import.meta.url).href,
      minThreads: 0,
      maxThreads: opts.threads ?? 1,
      maxQueue: opts.maxQueue ?? 10_000,
      idleTimeout: 30_000,
    });
  }

  /** Derivatives of a finished recording (absolute path). */
  process(path: string): Promise<PostResult> {
    return this.pool.run({ path } satisfies PostTask);
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
