// Stereo call recorder: leg A on the left channel, leg B on the right, 16-bit
// 8 kHz PCM. Channels are aligned by arrival time on an 8 kHz clock started at
// bridge time; a frame that never arrived stays silence. Samples go into a
// power-of-two ring of interleaved Int16 frames. Every FLUSH_MS the frames up
// to (now - LAG) are copied into a pooled chunk and appended with fs.write at
// an explicit position. Writes run on libuv's thread pool, one at a time per
// recording, so a slow disk never stalls the packet path; the header sizes are
// rewritten about once a second and on close, so a crash leaves a playable
// file, and a journal entry lets the next start (or the engine, when a worker
// dies) repair the header of a file whose writer died between updates.
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { wavHeader } from "./wav.ts";

const RING_FRAMES = 1 << 14; // 2.05 s: flushes trail real time by < 0.4 s
const MASK = RING_FRAMES - 1;
const LAG_FRAMES = 800; // 100 ms for late packets
// A crash loses at most about FLUSH_MS + LAG of audio. One-second flushes (a
// quarter of the thread-pool round trips at 500 recorded calls) made no
// measurable difference to the relay's latency tail (bench/media, 2026-12-01),
// so the shorter loss window stays.
const FLUSH_MS = 250;
/** Header rewrites; between them the journal lets a crash be repaired (repairWav). */
const HEADER_MS = 1000;
/** A channel more than this behind the clock jumps forward (the gap becomes silence). */
const MAX_BEHIND = 480;
/** A channel more than this ahead of the clock (sender clock runs fast) is pulled back. */
const MAX_AHEAD = 1600;
const CHUNK_FRAMES = 4096;
/** Queued chunks per recording before a stalled disk makes us skip (the hole reads back as silence). */
const MAX_QUEUE = 32;

const pool: Buffer[] = [];
function takeChunk(): Buffer {
  return pool.pop() ?? Buffer.allocUnsafe(CHUNK_FRAMES * 4);
}
function giveChunk(b: Buffer): void {
  if (pool.length < 1024) pool.push(b);
}

/**
 * The recorder's asynchronous file operations. Default: node:fs on libuv's
 * thread pool. A real-time media worker passes a writer thread's instead
 * (writer.ts): submitting to libuv's pool takes a mutex its non-real-time
 * threads also hold, and on a busy host the packet thread then waited for
 * them (bench/media: p99 3.95 ms with recording, 0.75 ms without).
 */
export interface RecorderIo {
  write(fd: number, buf: Buffer, off: number, len: number, pos: number, cb: (err: Error | null) => void): void;
  close(fd: number, cb: (err: Error | null) => void): void;
  rm(file: string): void;
}

export const fsIo: RecorderIo = {
  write: (fd, buf, off, len, pos, cb) => fs.write(fd, buf, off, len, pos, (err) => cb(err)),
  close: (fd, cb) => fs.close(fd, (err) => cb(err)),
  rm: (file) => fs.rm(file, { force: true }, () => undefined),
};

interface Write {
  buf: Buffer;
  len: number;
  pos: number;
}

export class Recorder {
  readonly path: string;
  fd = -1;
  /** Resolves once the file is open (after the previous recorder of the same path closed). */
  readonly opened: Promise<void>;
  readonly t0: number;
  /** 2: stereo call recording (leg A left, leg B right); 1: a conference's mix. */
  readonly channels: 1 | 2;
  /** log2(channels): frame index -> ring index. */
  private readonly shift: number;
  /** bytes per frame */
  private readonly fb: number;
  readonly ring: Int16Array;
  readonly bytes: Buffer;
  readonly cursor = [0, 0];
  flushed = 0;
  /** bytes of audio handed to the writer */
  dataBytes = 0;
  /** bytes of audio known to be on disk */
  written = 0;
  skippedBytes = 0;
  paused = false;
  nextFlushMs: number;
  readonly journal: string | null;
  closed = false;
  error: Error | null = null;
  private readonly header: Buffer;
  private readonly queue: Write[] = [];
  private writing = false;
  private headerAt = 0;
  private headerDirty = false;
  private onIdle: (() => void) | null = null;
  private readonly afterWrite: (err: Error | null) => void;
  private current: Write | null = null;

  /**
   * `previous`: the close of an earlier recording of the same path; this one
   * opens the file only after it, and appends to it (a call bridged again
   * after a transfer keeps one file; the time in between is not in it).
   */
  constructor(
    filePath: string,
    now: number,
    journalDir: string | null,
    journalPrefix = `${process.pid}-w0-`,
    previous: Promise<void> | null = null,
    channels: 1 | 2 = 2,
    private readonly io: RecorderIo = fsIo,
  ) {
    this.path = filePath;
    this.channels = channels;
    this.shift = channels - 1;
    this.fb = 2 * channels;
    this.ring = new Int16Array(RING_FRAMES * channels);
    this.header = wavHeader(8000, channels, 0);
    this.t0 = now;
    this.headerAt = now;
    // Little-endian hosts only (x86-64, arm64): the ring's bytes are WAV's byte order.
    this.bytes = Buffer.from(this.ring.buffer, this.ring.byteOffset, this.ring.byteLength);
    // Stagger flushes so hundreds of calls do not all flush in one tick.
    this.nextFlushMs = now + FLUSH_MS * (0.5 + Math.random());
    let journal: string | null = null;
    if (journalDir !== null) {
      journal = path.join(journalDir, journalPrefix + Math.random().toString(36).slice(2));
      try {
        fs.mkdirSync(journalDir, { recursive: true });
        fs.writeFileSync(journal, filePath);
      } catch {
        journal = null;
      }
    }
    this.journal = journal;
    this.afterWrite = (err) => this.onWritten(err);
    if (previous === null) {
      this.openFile();
      this.opened = Promise.resolve();
    } else this.opened = previous.then(() => this.openFile());
  }

  /** Opens (appending to a compatible existing WAV) or creates the file. Per bridge, not per packet. */
  private openFile(): void {
    try {
      fs.mkdirSync(path.dirname(this.path), { recursive: true });
      let fd = -1;
      let existing = 0;
      try {
        fd = fs.openSync(this.path, "r+");
        const h = Buffer.alloc(44);
        const n = fs.readSync(fd, h, 0, 44, 0);
        const ok =
          n === 44 &&
          h.toString("latin1", 0, 4) === "RIFF" &&
          h.toString("latin1", 8, 16) === "WAVEfmt " &&
          h.readUInt16LE(20) === 1 &&
          h.readUInt16LE(22) === this.channels &&
          h.readUInt32LE(24) === 8000 &&
          h.readUInt16LE(34) === 16 &&
          h.toString("latin1", 36, 40) === "data";
        if (ok) {
          const size = fs.fstatSync(fd).size;
          existing = Math.max(0, size - 44) & ~(this.fb - 1);
        } else {
          fs.closeSync(fd);
          fd = -1;
        }
      } catch {
        fd = -1;
      }
      if (fd < 0) {
        fd = fs.openSync(this.path, "w");
        fs.writeSync(fd, this.header, 0, 44, 0);
      }
      this.dataBytes = existing;
      this.written = existing;
      this.fd = fd;
      if (existing > 0) this.headerDirty = true;
      this.pump();
    } catch (e) {
      this.error = e as Error;
    }
  }

  /** Decodes one G.711 payload into channel ch. Hot path: no allocation. */
  put(ch: number, payload: Buffer, off: number, end: number, table: Int16Array, now: number): void {
    const clock = Math.floor((now - this.t0) * 8);
    let c = this.cursor[ch]!;
    if (c < clock - MAX_BEHIND || c > clock + MAX_AHEAD) c = clock - 160;
    if (c < this.flushed) c = this.flushed;
    const n = end - off;
    if (c + n > this.flushed + RING_FRAMES) return; // flushing stalled: drop
    if (!this.paused) {
      const ring = this.ring;
      const sh = this.shift;
      for (let i = 0; i < n; i++) ring[(((c + i) & MASK) << sh) + ch] = table[payload[off + i]!]!;
    }
    this.cursor[ch] = c + n;
  }

  /** put() for PCM already decoded (Opus legs). Hot path: no allocation. */
  putPcm(ch: number, pcm: Int16Array, n: number, now: number): void {
    const clock = Math.floor((now - this.t0) * 8);
    let c = this.cursor[ch]!;
    if (c < clock - MAX_BEHIND || c > clock + MAX_AHEAD) c = clock - 160;
    if (c < this.flushed) c = this.flushed;
    if (c + n > this.flushed + RING_FRAMES) return; // flushing stalled: drop
    if (!this.paused) {
      const ring = this.ring;
      const sh = this.shift;
      for (let i = 0; i < n; i++) ring[(((c + i) & MASK) << sh) + ch] = pcm[i]!;
    }
    this.cursor[ch] = c + n;
  }

  /** Hands frames up to (clock - lag), or everything buffered when final, to the writer. */
  flush(now: number, final: boolean): void {
    // Keep each recording's phase so flushes stay spread over the period;
    // after a stall, re-spread instead of flushing everything in one tick.
    this.nextFlushMs += FLUSH_MS;
    if (this.nextFlushMs < now) this.nextFlushMs = now + FLUSH_MS * Math.random();
    if (this.error !== null || this.fd < 0) return; // not open yet: the ring holds 2 s
    const clock = Math.floor((now - this.t0) * 8);
    let target = final ? (this.channels === 2 ? Math.max(this.cursor[0]!, this.cursor[1]!) : this.cursor[0]!) : clock - LAG_FRAMES;
    if (target > this.flushed + RING_FRAMES) target = this.flushed + RING_FRAMES;
    let from = this.flushed;
    while (from < target) {
      const start = from & MASK;
      const n = Math.min(target - from, RING_FRAMES - start, CHUNK_FRAMES);
      if (this.queue.length < MAX_QUEUE) {
        const chunk = takeChunk();
        const fb = this.fb;
        this.bytes.copy(chunk, 0, start * fb, (start + n) * fb);
        this.queue.push({ buf: chunk, len: n * fb, pos: 44 + this.dataBytes });
      } else this.skippedBytes += n * this.fb;
      this.ring.fill(0, start * this.channels, (start + n) * this.channels);
      this.dataBytes += n * this.fb;
      from += n;
    }
    if (target > this.flushed) this.flushed = target;
    if (final || now - this.headerAt >= HEADER_MS) {
      this.headerAt = now;
      this.headerDirty = true;
    }
    this.pump();
  }

  private pump(): void {
    if (this.writing || this.fd < 0) return;
    if (this.error !== null) {
      const idle = this.onIdle;
      this.onIdle = null;
      idle?.();
      return;
    }
    const w = this.queue.shift();
    if (w !== undefined) {
      this.writing = true;
      this.current = w;
      this.io.write(this.fd, w.buf, 0, w.len, w.pos, this.afterWrite);
      return;
    }
    if (this.headerDirty) {
      this.headerDirty = false;
      // A hole left by a skipped chunk reads back as silence, so the size is the end position.
      const size = Math.max(this.written, this.dataBytes);
      this.header.writeUInt32LE(36 + size, 4);
      this.header.writeUInt32LE(size, 40);
      this.writing = true;
      this.current = null;
      this.io.write(this.fd, this.header, 0, 44, 0, this.afterWrite);
      return;
    }
    const idle = this.onIdle;
    this.onIdle = null;
    idle?.();
  }

  private onWritten(err: Error | null): void {
    this.writing = false;
    const w = this.current;
    this.current = null;
    if (w !== null) {
      giveChunk(w.buf);
      if (!err) this.written = Math.max(this.written, w.pos - 44 + w.len);
    }
    if (err) {
      this.error = err;
      for (const q of this.queue) giveChunk(q.buf);
      this.queue.length = 0;
      const idle = this.onIdle;
      this.onIdle = null;
      idle?.();
      return;
    }
    this.pump();
  }

  /** Writes what is buffered, the final header, closes the file. Idempotent. */
  close(now: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    return this.opened.then(
      () =>
        new Promise<void>((resolve, reject) => {
          const done = () => {
            if (this.journal !== null) this.io.rm(this.journal);
            if (this.error) reject(this.error);
            else resolve();
          };
          if (this.fd < 0) {
            done();
            return;
          }
          this.onIdle = () => this.io.close(this.fd, () => done());
          this.flush(Math.max(now, performance.now()), true);
          if (!this.writing) this.pump();
        }),
    );
  }
}
