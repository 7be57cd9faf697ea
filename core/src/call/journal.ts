// In-flight call journal: a small file per call in progress, so that a
// crash of core (kill -9, power loss) still yields a CDR for every call
// that was up: on the next start each leftover entry becomes a CDR with
// cause "system_failure". Written at call start and on answer; removed when
// the real CDR is in the durable outbox. Not fsync'd: losing the last
// milliseconds of a crash is acceptable, losing the call is not.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { switchboard } from "@switchboard/proto";

export class CallJournal {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  write(cdr: switchboard.v1.ICdr): void {
    try {
      writeFileSync(join(this.dir, `${cdr.callId}.json`), JSON.stringify(cdr));
    } catch {
      // A full disk must not take calls down; the CDR itself still goes
      // through the outbox when the call ends.
    }
  }

  remove(callId: string): void {
    rmSync(join(this.dir, `${callId}.json`), { force: true });
  }

  /** Entries left by a previous process, turned into final CDRs (and removed). */
  recover(): switchboard.v1.ICdr[] {
    const out: switchboard.v1.ICdr[] = [];
    for (const name of readdirSync(this.dir)) {
      if (!name.endsWith(".json")) continue;
      const path = join(this.dir, name);
      try {
        const cdr = JSON.parse(readFileSync(path, "utf8")) as switchboard.v1.ICdr;
        // The call was alive at the last write; it ended at the crash,
        // which we place at that last write.
        const lastSeen = statSync(path).mtimeMs;
        out.push({
          ...cdr,
          endMs: Math.max(Math.round(lastSeen), Number(cdr.answerMs ?? 0), Number(cdr.startMs ?? 0)),
          hangupCause: "system_failure",
          hangupSide: "system",
        });
      } catch {
        // unreadable entry: nothing to recover
      }
      rmSync(path, { force: true });
    }
    return out;
  }
}
