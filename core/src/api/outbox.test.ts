import assert from "node:assert/strict";
import { appendFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { Outbox } from "./outbox.ts";

const cdr = (callId: string) => ({ cdr: { callId, tenantId: "t", caller: "1", callee: "2" } });

test("outbox: durable after the group sync, replayed after a restart until acked, torn tail ignored, compacted when empty", { timeout: 10_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sb-outbox-"));
  try {
    const a = new Outbox(dir);
    const e1 = a.append(cdr("c1"));
    const e2 = a.append(cdr("c2"));
    assert.ok(Number(e2.outboxId) > Number(e1.outboxId), "ids increase");
    let durable = 0;
    await new Promise<void>((res) => a.whenDurable(() => { durable++; res(); }));
    assert.equal(durable, 1);
    a.ack([Number(e1.outboxId)]);
    await new Promise((r) => setImmediate(r));
    a.close();
    // A crash mid-write leaves a torn frame at the end: it was never sent, so it is dropped.
    appendFileSync(join(dir, "spool.bin"), Buffer.from([200, 0, 0, 0, 1, 2, 3]));
    const b = new Outbox(dir);
    assert.deepEqual(b.unacked().map((e) => e.cdr?.callId), ["c2"], "only the unacked event comes back");
    const e3 = b.append(cdr("c3"));
    assert.ok(Number(e3.outboxId) > Number(e2.outboxId), "ids stay unique across restarts");
    b.ack([Number(e2.outboxId), Number(e3.outboxId)]);
    await new Promise((r) => setImmediate(r));
    assert.equal(b.size, 0);
    assert.equal(statSync(join(dir, "spool.bin")).size, 0, "compacted once everything is acked");
    b.close();
    const c = new Outbox(dir);
    assert.equal(c.size, 0);
    c.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
