import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { backoffDelay, cdrQueryString, normCdr } from "./api.ts";
import { filterCdrs, qualityText, talkS, waitS } from "./cdr.ts";
import { duration } from "./format.ts";

describe("formatting and CDR helpers", { timeout: 5000 }, () => {
  it("duration", () => {
    assert.equal(duration(0), "0:00");
    assert.equal(duration(65), "1:05");
    assert.equal(duration(3725), "1:02:05");
    assert.equal(duration(-3), "0:00");
    assert.equal(duration(Number.NaN), "0:00");
  });
  it("CDR filters match numbers ignoring spaces and sort newest first", () => {
    const row = (callId: string, startMs: number, caller: string, answerMs: number | null, agentId: string | null) => ({
      callId,
      caller,
      callee: "4000",
      startMs,
      answerMs,
      endMs: startMs + 60_000,
      agentId,
      queueId: "support",
      hangupCause: "normal_clearing",
      hangupSide: "caller",
      recordingPath: null,
    });
    const rows = [row("a", 1000, "+8613800138000", 6000, "a1"), row("b", 5000, "02161234567", null, null), row("c", 9000, "13800138000", 9500, "a2")];
    assert.deepEqual(
      filterCdrs(rows, { caller: "138 0013" }).map((r) => r.callId),
      ["c", "a"],
    );
    assert.deepEqual(
      filterCdrs(rows, { answeredOnly: true, agentId: "a1" }).map((r) => r.callId),
      ["a"],
    );
    assert.deepEqual(
      filterCdrs(rows, { from: 2000, to: 9000 }).map((r) => r.callId),
      ["b"],
    );
    assert.equal(waitS(rows[0]!), 5);
    assert.equal(talkS(rows[0]!), 55);
    assert.equal(talkS(rows[1]!), 0);
    assert.equal(waitS({ ...rows[0]!, queueWaitMs: 2400 }), 2, "control's queue wait wins");
    // Control's parameter names: before (start < ms), caller (prefix), agent, limit 1..500.
    assert.equal(cdrQueryString({ caller: "138", limit: 20, agentId: undefined }), "?caller=138&limit=20");
    assert.equal(cdrQueryString({ to: 5000, agentId: "a1", limit: 9999, callee: "4000" }), "?before=5000&agent=a1&limit=500");
    assert.equal(cdrQueryString({}), "");
  });
  it("call quality: control's flat columns become per-side values; unmeasured sides stay null", () => {
    const c = normCdr({
      callId: "q1",
      startMs: 1,
      endMs: 2,
      mos: 4.31,
      customerJitterMs: 2.345,
      customerLost: 7,
      customerLossFraction: 0.0125,
      customerRttMs: 0,
      agentJitterMs: null,
      agentLost: null,
      agentLossFraction: null,
      agentRttMs: null,
    });
    assert.equal(c.mos, 4.31);
    assert.deepEqual(c.quality, { customer: { jitterMs: 2.345, lost: 7, lossFraction: 0.0125, rttMs: 0 }, agent: null });
    assert.deepEqual(qualityText(c.quality!.customer!), { jitter: "2.3 ms", loss: "1.3 %", rtt: "—" });
    assert.deepEqual(qualityText({ jitterMs: 31.6, lost: 0, lossFraction: 0, rttMs: 120.4 }), { jitter: "32 ms", loss: "0 %", rtt: "120 ms" });
    assert.equal(qualityText({ jitterMs: 0, lost: 300, lossFraction: 0.25, rttMs: 4.04 }).loss, "25 %");
    // An older control (no quality columns) gives no quality and no MOS of 0.
    assert.deepEqual(normCdr({ callId: "q2", mos: 0 }).quality, { customer: null, agent: null });
    assert.equal(normCdr({ callId: "q2", mos: 0 }).mos, null);
  });
  it("reconnect backoff grows exponentially, is capped and jittered", () => {
    const mid = () => 0.5;
    assert.equal(backoffDelay(0, 500, 10_000, mid), 500);
    assert.equal(backoffDelay(3, 500, 10_000, mid), 4000);
    assert.equal(backoffDelay(10, 500, 10_000, mid), 10_000);
    assert.equal(backoffDelay(0, 500, 10_000, () => 0), 400);
    assert.equal(backoffDelay(0, 500, 10_000, () => 1), 600);
  });
});
