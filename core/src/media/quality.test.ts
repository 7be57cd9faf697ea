// legQuality: the CDR's per-leg jitter, loss and round trip from a leg's final statistics.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { LegStats } from "./protocol.ts";
import { legQuality } from "./quality.ts";

const base: LegStats = { packetsIn: 0, packetsOut: 0, bytesIn: 0, bytesOut: 0, lost: 0, jitterMs: 0, mos: 0 };

test("no audio from the party: not measured (null), not a perfect score", () => {
  assert.equal(legQuality(null), null);
  assert.equal(legQuality(undefined, 30), null);
  assert.equal(legQuality(base), null);
  // A worker that died reports zero statistics (ZERO_STATS has no `received`).
  assert.equal(legQuality({ ...base, packetsIn: 0 }), null);
});

test("loss fraction is lost / (received + lost); jitter is passed through, rounded", () => {
  const q = legQuality({ ...base, packetsIn: 460, received: 450, lost: 50, jitterMs: 5.55555, rttMs: 0 })!;
  assert.equal(q.lost, 50);
  assert.equal(q.lossFraction, 0.1);
  assert.equal(q.jitterMs, 5.556);
  assert.equal(q.rttMs, 0);
  assert.equal(q.rttSource, "none");
  // A clean stream.
  const c = legQuality({ ...base, received: 1000, lost: 0, jitterMs: 0.2 })!;
  assert.equal(c.lossFraction, 0);
  assert.equal(c.lost, 0);
});

test("round trip: RTCP when the party reported, else the signalling round trip, else 0", () => {
  assert.deepEqual(
    [legQuality({ ...base, received: 10, rttMs: 12.5 }, 40)!, legQuality({ ...base, received: 10, rttMs: 0 }, 40)!, legQuality({ ...base, received: 10 })!].map((q) => [q.rttMs, q.rttSource]),
    [[12.5, "rtcp"], [40, "sip"], [0, "none"]],
  );
});

test("a negative lost count (duplicates outnumber losses, RFC 3550 §6.4.1) counts as no loss", () => {
  const q = legQuality({ ...base, received: 100, lost: -3 })!;
  assert.equal(q.lost, 0);
  assert.equal(q.lossFraction, 0);
});
