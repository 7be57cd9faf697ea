// Stereo call recorder: leg A on the left channel, leg B on the right, 16-bit
// 8 kHz PCM. Channels are aligned by arrival time on an 8 kHz clock started at
// bridge time; a frame that never arrived stays silence. Samples go into a
// power-of-two ring of interleaved Int16 frames and are appended to the file
// every FLUSH_MS by fs.writeSync, trailing real time by LAG_FRAMES so late
// packets still land. The header sizes are patched on every flush and on close,
// so a crash leaves a playable file; a journal entry lets the next start repair
// the header of a file whose writer died between flushes.
import * as fs from "node:fs";
import * as path from "node:path";
import { wavHeader } from "./wav.ts";

const RING_FRAMES = 1 << 16; // 8.2 s
const MASK = RING_FRAMES - 1;
const LAG_FRAMES = 800; // 100 ms
const FLUSH_MS = 250;
/** A channel more than this behind the clock jumped forward (the gap becomes silence). */
const MAX_BEHIND = 480;
/** A channel more than this ahead of the clock (sender clock runs fast) is pulled back. */
const MAX_AHEAD = 1600;

export class Recorder {
  readonly path: string;
  readonly fd: number;
  readonly t0: number;
  readonly ring = new Int16Array(RING_FRAMES * 2);
  readonly bytes: Buffer;
  readonly cursor = [0, 0];
  flushed = 0;
  dataBytes = 0;
  paused = false;
  nextFlushMs: number;
  readonly journal: string | null;
  closed = false;

  constructor(filePath: string, now: number, journalDir: string | null, journalPrefix = `${process.pid}-w0-`) {
    this.path = filePath;
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    this.fd = fs.openSync(filePath, "w");
    fs.writeSync(this.fd, wavHeader(8000, 2, 0), 0, 44, 0);
    this.t0 = now;
    // Little-endian hosts only (x86-64, arm64): the ring's bytes are WAV's byte order.
    this.bytes = Buffer.from(this.ring.buffer, this.ring.byteOffset, this.ring.byteLength);
    // Stagger flushes so hundreds of calls do not all write in one tick.
    this.nextFlushMs = now + FLUSH_MS * (0.5 + Math.random());
    this.journal = null;
    if (journalDir !== null) {
      const j = path.join(journalDir, journalPrefix + Math.random().toString(36).slice(2));
      try {
        fs.mkdirSync(journalDir, { recursive: true });
        fs.writeFileSync(j, filePath);
        this.journal = j;
      } catch {
        this.journal = null;
      }
    }
  }

  /** Decodes one G.711 payload into channel ch. Hot path: no allocation. */
  put(ch: number, payload: Buffer, off: number, end: number, table: Int16Array, now: number): void {
    const clock = Math.floor((now - this.t0) * 8);
    let c = this.cursor[ch]!;
    if (c < clock - MAX_BEHIND || c > clock + MAX_AHEAD) c = clock - 160;
    if (c < this.flushed) c = this.flushed;
    const n = end - off;
    if (c + n > this.flushed + RING_FRAMES) return; // cannot happen unless flushing stalls: drop
    if (!this.paused) {
      const ring = this.ring;
      for (let i = 0; i < n; i++) ring[(((c + i) & MASK) << 1) + ch] = table[payload[off + i]!]!;
    }
    this.cursor[ch] = c + n;
  }

  /** Appends frames up to (clock - lag), or everything buffered when final. */
  flush(now: number, final: boolean): void {
    this.nextFlushMs = now + FLUSH_MS;
    const clock = Math.floor((now - this.t0) * 8);
    let target = final ? Math.max(this.cursor[0]!, this.cursor[1]!) : clock - LAG_FRAMES;
    if (target > this.flushed + RING_FRAMES) target = this.flushed + RING_FRAMES;
    if (target <= this.flushed) return;
    let from = this.flushed;
    while (from < target) {
      const start = from & MASK;
      const n = Math.min(target - from, RING_FRAMES - start);
      fs.writeSync(this.fd, this.bytes, start * 4, n * 4, 44 + this.dataBytes);
      this.ring.fill(0, start * 2, (start + n) * 2);
      this.dataBytes += n * 4;
      from += n;
    }
    this.flushed = target;
    this.patchHeader();
  }

  private readonly sizeBuf = Buffer.alloc(4);
  private patchHeader(): void {
    this.sizeBuf.writeUInt32LE(36 + this.dataBytes, 0);
    fs.writeSync(this.fd, this.sizeBuf, 0, 4, 4);
    this.sizeBuf.writeUInt32LE(this.dataBytes, 0);
    fs.writeSync(this.fd, this.sizeBuf, 0, 4, 40);
  }

  close(now: number): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.flush(now, true);
      this.patchHeader();
    } finally {
      fs.closeSync(this.fd);
      if (this.journal !== null) fs.rmSync(this.journal, { force: true });
    }
  }
}
