// Wire schemas shared by core, control and console. Source: switchboard.proto.
import protobuf from "protobufjs/minimal.js";
import { switchboard } from "./gen/switchboard.js";

// 64-bit fields (ids, epoch milliseconds) stay below 2^53: decode them as
// plain numbers instead of Long objects (protobufjs uses Long when present).
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

export const pb = switchboard.v1;
export type { switchboard };
export type Envelope = switchboard.v1.Envelope;
export type ConfigSnapshot = switchboard.v1.ConfigSnapshot;
export type TenantConfig = switchboard.v1.ITenantConfig;

/** Length-prefixed framing (4-byte big-endian) for stream transports. */
export function frame(env: switchboard.v1.IEnvelope): Buffer {
  const body = switchboard.v1.Envelope.encode(env).finish();
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.set(body, 4);
  return out;
}

/** Maximum accepted frame: 16 MiB (config snapshots of large tenants). */
export const MAX_FRAME = 16 * 1024 * 1024;

/**
 * Incremental deframer: feed stream chunks, get Envelopes. A frame larger
 * than MAX_FRAME is a protocol error (the caller should drop the link).
 */
export class Deframer {
  private buf: Buffer = Buffer.alloc(0);
  push(chunk: Buffer, onEnvelope: (env: switchboard.v1.Envelope) => void): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    while (this.buf.length >= 4) {
      const len = this.buf.readUInt32BE(0);
      if (len > MAX_FRAME) throw new RangeError(`frame of ${len} bytes exceeds ${MAX_FRAME}`);
      if (this.buf.length < 4 + len) break;
      const body = this.buf.subarray(4, 4 + len);
      this.buf = this.buf.subarray(4 + len);
      onEnvelope(switchboard.v1.Envelope.decode(body));
    }
  }
}
