// Recording writer thread for a real-time media worker (RecorderIo over a
// MessagePort). The packet thread never submits work to libuv's thread pool:
// that takes a mutex its (not real-time) pool threads hold too, and on a busy
// host the real-time thread waited for a preempted pool thread (priority
// inversion; bench/media with recording: p99 3.95 ms, 0.75 ms without, 0.84 ms
// with the pool threads made real-time). This thread runs one priority below
// the packet thread and writes synchronously, so every lock the two share is
// only ever held by real-time threads. Chunks are copied into the message
// (a flush per recording every 250 ms, never per packet).
import * as fs from "node:fs";
import { Worker } from "node:worker_threads";
import type { RecorderIo } from "./recorder.ts";

// Plain CommonJS so the thread needs no TypeScript loader.
const CODE = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
if (workerData.priority > 0) {
  try {
    const tid = Number(fs.readlinkSync("/proc/thread-self").split("/").pop());
    require("node:child_process").spawnSync("chrt", ["-r", "-p", String(workerData.priority), String(tid)], { stdio: "ignore", timeout: 5000 });
  } catch {}
}
parentPort.on("message", (m) => {
  let err = null;
  try {
    if (m.op === "write") fs.writeSync(m.fd, m.buf, 0, m.len, m.pos);
    else if (m.op === "rm") fs.rmSync(m.path, { force: true });
  } catch (e) {
    err = String((e && e.message) || e);
  }
  if (m.id > 0) parentPort.postMessage({ id: m.id, err });
});
`;

interface Reply {
  id: number;
  err: string | null;
}

export class WriterThread implements RecorderIo {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (err: Error | null) => void>();
  private nextId = 1;
  private closed = false;

  /** `priority`: SCHED_RR priority of the writer (0 = normal scheduling). */
  constructor(priority: number) {
    this.worker = new Worker(CODE, { eval: true, workerData: { priority } });
    this.worker.on("message", (r: Reply) => {
      const cb = this.pending.get(r.id);
      if (!cb) return;
      this.pending.delete(r.id);
      cb(r.err === null ? null : new Error(r.err));
    });
    // A writer that dies fails what it had: recordings report the error, the relay goes on.
    const fail = (e: Error) => {
      for (const cb of this.pending.values()) cb(e);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", () => fail(new Error("recording writer thread exited")));
    this.worker.unref();
  }

  private call(msg: Record<string, unknown>, cb: ((err: Error | null) => void) | null): void {
    if (this.closed) {
      cb?.(new Error("recording writer closed"));
      return;
    }
    const id = cb === null ? 0 : this.nextId++;
    if (cb !== null) this.pending.set(id, cb);
    this.worker.postMessage({ id, ...msg });
  }

  write(fd: number, buf: Buffer, off: number, len: number, pos: number, cb: (err: Error | null) => void): void {
    // The message carries a copy of exactly the bytes to write (structured clone of a view).
    this.call({ op: "write", fd, buf: buf.subarray(off, off + len), len, pos }, cb);
  }

  /**
   * Closes on the calling thread, after every write of the file is done: Node
   * tracks the descriptors a worker opens and warns when another thread closes
   * them; close(2) of a file does not wait for the disk.
   */
  close(fd: number, cb: (err: Error | null) => void): void {
    let err: Error | null = null;
    try {
      fs.closeSync(fd);
    } catch (e) {
      err = e as Error;
    }
    queueMicrotask(() => cb(err));
  }

  rm(file: string): void {
    this.call({ op: "rm", path: file }, null);
  }

  /** After every recording is closed. */
  async terminate(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }
}
