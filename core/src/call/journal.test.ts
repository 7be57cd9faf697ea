// The in-flight call journal survives a crash: live calls come back as system_failure CDRs, ended ones do not.
import assert from "node:assert/strict";
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CallJournal } from "./journal.ts";

const cdr = (callId: string, answerMs = 0) => ({ callId, tenantId: "t", startMs: 1000, answerMs });

test("live calls are recovered after a crash, removed ones are not, the last state wins", { timeout: 10_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "journal-"));
  try {
    const j = new CallJournal(dir, 5);
    j.write(cdr("a"));
    j.write(cdr("b"));
    j.flush();
    j.write(cdr("a", 2000)); // answered
    j.remove("b"); // ended, CDR durable
    j.write(cdr("c"));
    j.remove("c"); // started and ended inside one window: never written
    j.flush();
    // crash: no close()
    const out = new CallJournal(dir).recover();
    assert.deepEqual(out.map((c) => [c.callId, c.answerMs, c.hangupCause]), [["a", 2000, "system_failure"]]);
    assert.deepEqual(readdirSync(dir), [], "recovered files are removed");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a torn last line is ignored; legacy one-file-per-call entries are still recovered", { timeout: 10_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "journal-"));
  try {
    writeFileSync(join(dir, "old-call.json"), JSON.stringify(cdr("old-call")));
    const j = new CallJournal(dir);
    j.write(cdr("x"));
    j.flush();
    const log = readdirSync(dir).find((n) => n.endsWith(".log"))!;
    appendFileSync(join(dir, log), '+{"callId":"torn","tenan');
    const ids = new CallJournal(dir).recover().map((c) => c.callId).sort();
    assert.deepEqual(ids, ["old-call", "x"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("rotation keeps the live entries and drops the old log; a clean close leaves nothing", { timeout: 10_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "journal-"));
  try {
    const j = new CallJournal(dir, 5, 2000);
    j.write(cdr("keep"));
    j.flush();
    for (let i = 0; i < 100; i++) {
      j.write(cdr(`tmp${i}`));
      j.flush();
      j.remove(`tmp${i}`);
      j.flush();
    }
    const logs = readdirSync(dir).filter((n) => n.endsWith(".log"));
    assert.equal(logs.length, 1, "one log after rotation");
    assert.ok(Number(logs[0]!.match(/-(\d+)\.log$/)![1]) > 1, "it rotated");
    assert.deepEqual(new CallJournal(dir).recover().map((c) => c.callId), ["keep"]);
    const k = new CallJournal(dir);
    k.write(cdr("y"));
    k.flush();
    k.remove("y");
    k.close();
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
