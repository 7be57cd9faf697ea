import assert from "node:assert/strict";
import { test } from "node:test";
import { RtpContinuity } from "./continuity.ts";

function pkt(ssrc: number, seq: number, ts: number): Buffer {
  const b = Buffer.alloc(172);
  b[0] = 0x80;
  b.writeUInt16BE(seq, 2);
  b.writeUInt32BE(ts, 4);
  b.writeUInt32BE(ssrc, 8);
  return b;
}
const hdr = (b: Buffer) => ({ seq: b.readUInt16BE(2), ts: b.readUInt32BE(4), ssrc: b.readUInt32BE(8) });

test("one SSRC, sequence and timestamp continue across a source switch and wrap", { timeout: 2000 }, () => {
  const c = new RtpContinuity(0xabcdef01, 65534, 0xffffff00);
  const out: ReturnType<typeof hdr>[] = [];
  for (let i = 0; i < 3; i++) {
    const b = pkt(1, 1000 + i, 50000 + 160 * i);
    c.rewrite(b);
    out.push(hdr(b));
  }
  // source B starts somewhere else entirely
  for (let i = 0; i < 3; i++) {
    const b = pkt(2, 40000 + i, 7 + 160 * i);
    c.rewrite(b);
    out.push(hdr(b));
  }
  assert.ok(out.every((h) => h.ssrc === 0xabcdef01));
  assert.deepEqual(
    out.map((h) => h.seq),
    [65535, 0, 1, 2, 3, 4],
  );
  for (let i = 1; i < out.length; i++) assert.equal((out[i]!.ts - out[i - 1]!.ts) >>> 0, 160, `ts step at ${i}`);
});

test("reordered packets of one source keep their relative order", { timeout: 2000 }, () => {
  const c = new RtpContinuity(5, 100, 1000);
  const a = pkt(9, 10, 0);
  const b = pkt(9, 12, 320);
  const d = pkt(9, 11, 160);
  for (const p of [a, b, d]) c.rewrite(p);
  assert.deepEqual([a, b, d].map((p) => hdr(p).seq), [101, 103, 102]);
  assert.deepEqual([a, b, d].map((p) => hdr(p).ts), [1160, 1480, 1320]);
});
