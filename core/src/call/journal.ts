// In-flight call journal: so that a crash of core (kill -9, power loss)
// still yields a CDR for every call that was up: on the next start each
// entry still live becomes a CDR with cause "system_failure". Written at
// call start and on answer; removed when the real CDR is in the durable
// outbox. Not fsync'd: losing the last milliseconds of a crash is
// acceptable, losing the call is not.
//
// One append-only log per process (`journal-<pid>-<n>.log`), lines
// `+<cdr json>` (state of a call) and `-<callId>` (gone). Changes are
// gathered for `flushMs` and appended with one write: a file per call
// (the earlier design: 2 writes + 1 unlink per call, each a synchronous
// syscall on the signalling thread) cost more than parsing the call's
// SIP. A call that starts and ends inside one window never reaches the
// disk. When the log grows past `rotateBytes` the live entries are written
// to a new log and the old one is deleted.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { switchboard } from "@switchboard/proto";

export class CallJournal {
  /** latest change per call not yet appended; null = remove */
  private pending = new Map<string, string | null>();
  /** calls whose latest state is in the log (serialized line, for rotation) */
  private live = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private fd = -1;
  private seq = 0;
  private path = "";
  private bytes = 0;

  /**
   * @param flushMs how long changes are gathered before one append (default 20 ms)
   * @param rotateBytes log size that triggers a rewrite of the live entries (default 8 MiB)
   */
  constructor(private readonly dir: string, private readonly flushMs = 20, private readonly rotateBytes = 8 << 20) {
    mkdirSync(dir, { recursive: true });
  }

  write(cdr: switchboard.v1.ICdr): void {
    this.pending.set(String(cdr.callId), `+${JSON.stringify(cdr)}\n`);
    this.schedule();
  }

  remove(callId: string): void {
    this.pending.set(callId, null);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer === null) this.timer = setTimeout(() => this.flush(), this.flushMs);
  }

  /** Append what changed since the last flush (one write). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    let out = "";
    for (const [id, line] of this.pending) {
      if (line === null) {
        // never appended (started and ended inside the window): nothing to undo
        if (this.live.delete(id)) out += `-${id}\n`;
      } else {
        this.live.set(id, line);
        out += line;
      }
    }
    this.pending.clear();
    if (out === "") return;
    try {
      if (this.fd < 0 || this.bytes > this.rotateBytes) this.rotate();
      const buf = Buffer.from(out);
      writeSync(this.fd, buf);
      this.bytes += buf.length;
    } catch {
      // A full disk must not take calls down; the CDR itself still goes
      // through the outbox when the call ends.
    }
  }

  /** Start a new log holding the live entries, then drop the old one (a crash in between leaves both: recovery merges). */
  private rotate(): void {
    const old = this.fd;
    const oldPath = this.path;
    this.path = join(this.dir, `journal-${process.pid}-${String(++this.seq).padStart(6, "0")}.log`);
    this.fd = openSync(this.path, "a");
    this.bytes = 0;
    if (old >= 0) {
      const lines = [...this.live.values()].join("");
      if (lines !== "") this.bytes += writeSync(this.fd, lines);
      closeSync(old);
      rmSync(oldPath, { force: true });
    }
  }

  /** Append what is pending (shutdown); the log is removed when no call is left in it. */
  close(): void {
    this.flush();
    if (this.fd >= 0) {
      closeSync(this.fd);
      this.fd = -1;
      if (this.live.size === 0) rmSync(this.path, { force: true });
    }
  }

  /** Entries left by a previous process, turned into final CDRs (and removed). */
  recover(): switchboard.v1.ICdr[] {
    const found = new Map<string, { cdr: switchboard.v1.ICdr; lastSeen: number }>();
    // oldest first so a later state (or removal) of the same call wins
    const names = readdirSync(this.dir).sort();
    for (const name of names) {
      const path = join(this.dir, name);
      try {
        const lastSeen = statSync(path).mtimeMs;
        if (name.endsWith(".json")) {
          // one file per call (journals written before the log format)
          const cdr = JSON.parse(readFileSync(path, "utf8")) as switchboard.v1.ICdr;
          found.set(String(cdr.callId), { cdr, lastSeen });
        } else if (name.endsWith(".log")) {
          const text = readFileSync(path, "utf8");
          // a torn last line (crash inside the write) has no newline: ignore it
          const end = text.lastIndexOf("\n");
          for (const line of text.slice(0, end + 1).split("\n")) {
            if (line.startsWith("-")) found.delete(line.slice(1));
            else if (line.startsWith("+")) {
              try {
                const cdr = JSON.parse(line.slice(1)) as switchboard.v1.ICdr;
                found.set(String(cdr.callId), { cdr, lastSeen });
              } catch {
                // unreadable line: nothing to recover from it
              }
            }
          }
        } else continue;
      } catch {
        // unreadable entry: nothing to recover
      }
      rmSync(path, { force: true });
    }
    // The call was alive at the last write; it ended at the crash, which
    // we place at that last write.
    return [...found.values()].map(({ cdr, lastSeen }) => ({
      ...cdr,
      endMs: Math.max(Math.round(lastSeen), Number(cdr.answerMs ?? 0), Number(cdr.startMs ?? 0)),
      hangupCause: "system_failure",
      hangupSide: "system",
    }));
  }
}
