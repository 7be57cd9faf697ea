import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { Spool } from "./spool.ts";

test("spool keeps order across failures, appends during a drain, and survives a restart", { timeout: 10_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sb-spool-"));
  try {
    const path = join(dir, "spool", "hooks.jsonl");
    const s = new Spool<{ n: number }>(path);
    for (let n = 1; n <= 5; n++) s.append({ n });
    assert.equal(s.size, 5);
    const got: number[] = [];
    // Fails at 3: 1 and 2 delivered, 3.. kept.
    await assert.rejects(
      s.drain(async (r) => {
        if (r.n === 3) throw new Error("db down");
        got.push(r.n);
      }),
      /db down/,
    );
    assert.deepEqual(got, [1, 2]);
    assert.equal(s.size, 3);
    // A new process finds the same records.
    const s2 = new Spool<{ n: number }>(path);
    assert.equal(s2.size, 3);
    // Records appended while draining go after the old ones.
    const n = await s2.drain(async (r) => {
      if (r.n === 3) s2.append({ n: 6 });
      got.push(r.n);
    });
    assert.equal(n, 3);
    assert.deepEqual(got, [1, 2, 3, 4, 5]);
    assert.equal(s2.size, 1);
    await s2.drain(async (r) => {
      got.push(r.n);
    });
    assert.deepEqual(got, [1, 2, 3, 4, 5, 6]);
    assert.equal(s2.size, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
