// A local disk spool (JSON lines) for records that must reach PostgreSQL
// but arrive while it is away. Records keep their order: once anything is
// spooled, new records go behind it until the spool has drained.
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export class Spool<T> {
  private pending = 0;
  private draining: Promise<number> | null = null;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path)) this.pending = readFileSync(path, "utf8").split("\n").filter(Boolean).length;
  }

  /** Records waiting on disk. */
  get size(): number {
    return this.pending;
  }

  append(rec: T): void {
    appendFileSync(this.path, `${JSON.stringify(rec)}\n`, { mode: 0o600 });
    this.pending++;
  }

  /**
   * Hands records to fn in order; stops at the first failure and keeps that
   * record and the rest. Returns how many were delivered. One drain at a time.
   */
  drain(fn: (rec: T) => Promise<unknown>): Promise<number> {
    this.draining ??= this.run(fn).finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private async run(fn: (rec: T) => Promise<unknown>): Promise<number> {
    if (!existsSync(this.path)) {
      this.pending = 0;
      return 0;
    }
    // Move the file aside so appends during the drain start a new one.
    const work = `${this.path}.draining`;
    if (!existsSync(work)) renameSync(this.path, work);
    const lines = readFileSync(work, "utf8").split("\n").filter(Boolean);
    let done = 0;
    try {
      for (const line of lines) {
        await fn(JSON.parse(line) as T);
        done++;
      }
    } finally {
      const rest = lines.slice(done);
      const newer = existsSync(this.path) ? readFileSync(this.path, "utf8") : "";
      if (rest.length || newer) {
        writeFileSync(`${this.path}.tmp`, (rest.length ? `${rest.join("\n")}\n` : "") + newer, { mode: 0o600 });
        renameSync(`${this.path}.tmp`, this.path);
      } else rmSync(this.path, { force: true });
      rmSync(work, { force: true });
      this.pending = rest.length + newer.split("\n").filter(Boolean).length;
    }
    return done;
  }
}
