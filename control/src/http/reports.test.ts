// The summary report against a real PostgreSQL, from CDRs as core sends them.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Fixture } from "../testing/fixture.ts";

const fx = new Fixture();
before(() => fx.start(), { timeout: 60_000 });
after(() => fx.stop(), { timeout: 30_000 });

test("answer rate counts IVR self-service; service level, abandon rate, ASA, AHT, outbound connect rate", { timeout: 30_000 }, async () => {
  const t0 = Date.now() - 3_600_000;
  const cdr = (i: number, o: Record<string, unknown>) => ({
    outboxId: 200 + i,
    cdr: { callId: `rep-${i}`, tenantId: fx.demoId, direction: "inbound", caller: "1", callee: "4000", startMs: t0 + i * 1000, endMs: t0 + i * 1000 + 120_000, ...o },
  });
  const a = fx.agent1001;
  const events = [
    cdr(1, { queueId: "q", answerMs: t0 + 1000 + 5000, queueWaitMs: 5000, agentId: a, endMs: t0 + 1000 + 65_000 }), // answered in 5 s, talk 60 s
    cdr(2, { queueId: "q", answerMs: t0 + 2000 + 30_000, queueWaitMs: 30_000, agentId: a, endMs: t0 + 2000 + 150_000 }), // answered in 30 s, talk 120 s
    cdr(3, { queueId: "q", queueWaitMs: 40_000, hangupCause: "abandoned" }),
    cdr(4, { ivrServed: true, hangupCause: "ivr_completed" }), // self-service
    cdr(5, { direction: "outbound", answerMs: t0 + 9000, agentId: a }),
    cdr(6, { direction: "outbound", agentId: a, hangupCause: "no_answer" }),
  ];
  for (const e of events) fx.core.sendEvent(e);
  await fx.core.waitFor((e) => e.ack?.outboxIds?.[0] === 206);
  const r = await fx.api("GET", `/api/v1/reports/summary?from=${t0 - 1}&to=${t0 + 60_000}`, fx.tokens.supervisor);
  assert.equal(r.status, 200, r.text);
  const i = r.json.inbound;
  assert.equal(i.offered, 4);
  assert.equal(i.answered, 2);
  assert.equal(i.ivrServed, 1);
  assert.equal(i.answerRate, 0.75, "(2 answered + 1 IVR-completed) / 4 offered");
  assert.equal(i.serviceLevel, 0.3333, "1 of 3 queued answered within 15 s");
  assert.equal(i.abandonRate, 0.3333);
  assert.equal(i.asaS, 17.5);
  assert.equal(i.ahtS, 90);
  assert.deepEqual(r.json.outbound, { attempts: 2, connected: 1, connectRate: 0.5 });
  assert.equal(r.json.byHour.reduce((s: number, h: { offered: number }) => s + h.offered, 0), 4);
  // Another tenant sees none of it; agents may not read reports.
  const other = await fx.api("GET", `/api/v1/reports/summary?from=${t0 - 1}&to=${t0 + 60_000}`, fx.tokens.other_admin);
  assert.equal(other.json.inbound.offered, 0);
  assert.equal((await fx.api("GET", "/api/v1/reports/summary", fx.tokens.agent)).status, 403);
});
