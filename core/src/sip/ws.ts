// Minimal WebSocket (RFC 6455) framing for SIP over WebSocket (RFC 7118): the server handshake and a frame
// decoder/encoder. One WebSocket message carries exactly one SIP message (RFC 7118 §5.2), so no SIP framing.
import { createHash } from "node:crypto";

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/** Sec-WebSocket-Accept for a Sec-WebSocket-Key (RFC 6455 §4.2.2). */
export function wsAccept(key: string): string {
  return createHash("sha1").update(key + GUID).digest("base64");
}

/** Encode one frame. Servers send unmasked frames; clients must mask (pass a 4-byte mask). */
export function wsFrame(payload: Buffer, opcode = 1, mask: Buffer | null = null): Buffer {
  const n = payload.length;
  const hl = (n < 126 ? 2 : n < 65536 ? 4 : 10) + (mask ? 4 : 0);
  const out = Buffer.allocUnsafe(hl + n);
  out[0] = 0x80 | opcode;
  let o = 2;
  if (n < 126) out[1] = n;
  else if (n < 65536) {
    out[1] = 126;
    out.writeUInt16BE(n, 2);
    o = 4;
  } else {
    out[1] = 127;
    out.writeUInt32BE(0, 2);
    out.writeUInt32BE(n, 6);
    o = 10;
  }
  if (mask) {
    out[1] = (out[1] as number) | 0x80;
    mask.copy(out, o);
    o += 4;
    for (let i = 0; i < n; i++) out[o + i] = (payload[i] as number) ^ (mask[i & 3] as number);
  } else payload.copy(out, o);
  return out;
}

export type WsEvent = { type: "message"; data: Buffer } | { type: "ping"; data: Buffer } | { type: "close" } | { type: "error"; reason: string };

/**
 * Incremental frame decoder. `requireMask`: true on the server side (RFC 6455 §5.1: client frames are masked).
 * Reassembles fragmented messages; a message above `maxSize` is an error (the caller closes with 1009).
 */
export class WsDecoder {
  private buf: Buffer = Buffer.alloc(0);
  private parts: Buffer[] = [];
  private partsLen = 0;
  /** set after an error or close frame: the connection is finished, ignore anything further */
  private dead = false;
  constructor(private readonly maxSize: number, private readonly requireMask: boolean) {}

  push(d: Buffer, emit: (e: WsEvent) => void): void {
    if (this.dead) return;
    this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
    for (;;) {
      const b = this.buf;
      if (b.length < 2) return;
      const b0 = b[0] as number;
      const b1 = b[1] as number;
      const fin = (b0 & 0x80) !== 0;
      const op = b0 & 0x0f;
      const masked = (b1 & 0x80) !== 0;
      if ((b0 & 0x70) !== 0) { this.dead = true; emit({ type: "error", reason: "reserved bits set" }); return; }
      if (masked !== this.requireMask) { this.dead = true; emit({ type: "error", reason: "bad masking" }); return; }
      let len = b1 & 0x7f;
      let o = 2;
      if (len === 126) {
        if (b.length < 4) return;
        len = b.readUInt16BE(2);
        o = 4;
      } else if (len === 127) {
        if (b.length < 10) return;
        if (b.readUInt32BE(2) !== 0) { this.dead = true; emit({ type: "error", reason: "frame too large" }); return; }
        len = b.readUInt32BE(6);
        o = 10;
      }
      if (len > this.maxSize || this.partsLen + len > this.maxSize) { this.dead = true; emit({ type: "error", reason: "message too big" }); return; }
      const mo = o;
      if (masked) o += 4;
      if (b.length < o + len) return;
      const payload = Buffer.from(b.subarray(o, o + len));
      if (masked) for (let i = 0; i < len; i++) payload[i] = (payload[i] as number) ^ (b[mo + (i & 3)] as number);
      this.buf = b.subarray(o + len);
      if (op >= 8) {
        // control frames: never fragmented, payload <= 125
        if (!fin || len > 125) { this.dead = true; emit({ type: "error", reason: "bad control frame" }); return; }
        if (op === 8) { this.dead = true; emit({ type: "close" }); return; }
        if (op === 9) emit({ type: "ping", data: payload });
        continue;
      }
      if (op === 0) {
        if (this.parts.length === 0) { this.dead = true; emit({ type: "error", reason: "unexpected continuation" }); return; }
      } else if (op === 1 || op === 2) {
        if (this.parts.length > 0) { this.dead = true; emit({ type: "error", reason: "interleaved message" }); return; }
      } else { this.dead = true; emit({ type: "error", reason: "unknown opcode" }); return; }
      this.parts.push(payload);
      this.partsLen += len;
      if (fin) {
        const data = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts);
        this.parts = [];
        this.partsLen = 0;
        emit({ type: "message", data });
      }
    }
  }
}
