// Durable outbox for events that must never be lost (CDRs). Each event is
// appended to a spool file and fsync'd before it is sent to control; it is
// forgotten only when control acks it after its database commit. On start
// the spool and the ack log are replayed, so a crash of core, control or
// PostgreSQL loses nothing: unacked events are re-sent in order.
//
// Files under <dir>: spool.bin (frames: u32 length + pb.Event) and acks.bin
// (u64 ids as little-endian doubles). Both are truncated when everything is
// acked (compaction), which is the normal steady state.
import { closeSync, existsSync, fdatasyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { pb, type switchboard } from "@switchboard/proto";

/**
 * Group-commit window, ms: events appended within it share one write + fdatasync and are sent to control
 * together after it. 2 ms gave up to 500 syncs/s; with the media worker answering each call's commands
 * promptly (no longer in clumps) calls ended one by one and nearly every CDR got its own sync and its own
 * writev (bench/sip run D). A CDR reaches control at most this much later.
 */
const SYNC_WINDOW_MS = 10;

export class Outbox {
  private readonly spoolFd: number;
  private readonly ackFd: number;
  private nextId = 1;
  /** Unacked events in id order (Map keeps insertion order). */
  private readonly pending = new Map<number, switchboard.v1.IEvent>();
  private dirtyTimer: NodeJS.Immediate | null = null;
  private syncTimer: NodeJS.Timeout | null = null;
  private syncWaiters: Array<() => void> = [];
  /** Frames appended since the last sync, written with one write just before the fdatasync. */
  private unwritten: Uint8Array[] = [];

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    const spoolPath = join(dir, "spool.bin");
    const ackPath = join(dir, "acks.bin");
    const acked = new Set<number>();
    if (existsSync(ackPath)) {
      const b = readFileSync(ackPath);
      for (let o = 0; o + 8 <= b.length; o += 8) acked.add(b.readDoubleLE(o));
    }
    if (existsSync(spoolPath)) {
      const b = readFileSync(spoolPath);
      let o = 0;
      // A torn final frame (crash mid-write) is ignored: it was never sent.
      while (o + 4 <= b.length) {
        const len = b.readUInt32LE(o);
        if (o + 4 + len > b.length) break;
        try {
          const ev = pb.Event.decode(b.subarray(o + 4, o + 4 + len));
          const id = Number(ev.outboxId);
          if (id >= this.nextId) this.nextId = id + 1;
          if (!acked.has(id)) this.pending.set(id, ev);
        } catch {
          break;
        }
        o += 4 + len;
      }
    }
    // Ids stay unique across restarts even after compaction emptied the spool.
    this.nextId = Math.max(this.nextId, Date.now() * 1000);
    this.spoolFd = openSync(spoolPath, "a+");
    this.ackFd = openSync(ackPath, "a+");
    if (this.pending.size === 0) this.compact();
  }

  /** Number of events not yet acked. */
  get size(): number {
    return this.pending.size;
  }

  /**
   * Write an event to the spool and return it with its id. It is on disk
   * once `whenDurable` callbacks run: fdatasync is batched (group commit,
   * one per SYNC_WINDOW_MS window) because one per call on the signalling
   * thread capped the switch at the disk's sync rate (bench/sip).
   */
  append(ev: switchboard.v1.IEvent): switchboard.v1.IEvent {
    const id = this.nextId++;
    const withId = { ...ev, outboxId: id };
    const body = pb.Event.encode(withId).finish();
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32LE(body.length, 0);
    // Written with the window's other frames right before its fdatasync (one write per window instead of
    // one per CDR): nothing is sent before that sync, and a call whose CDR dies with the process in the
    // window is still in the call journal (its entry is dropped only once the CDR is durable).
    this.unwritten.push(head, body);
    this.pending.set(id, withId);
    if (!this.syncTimer) this.syncTimer = setTimeout(() => this.syncNow(), SYNC_WINDOW_MS);
    return withId;
  }

  /** Runs `fn` once everything appended so far is synced to disk (within ~SYNC_WINDOW_MS). */
  whenDurable(fn: () => void): void {
    this.syncWaiters.push(fn);
    if (!this.syncTimer) this.syncTimer = setTimeout(() => this.syncNow(), SYNC_WINDOW_MS);
  }

  private syncNow(): void {
    if (this.syncTimer) clearTimeout(this.syncTimer);
    this.syncTimer = null;
    if (this.unwritten.length > 0) {
      const frames = this.unwritten;
      this.unwritten = [];
      writeSync(this.spoolFd, Buffer.concat(frames));
    }
    fdatasyncSync(this.spoolFd);
    const waiters = this.syncWaiters;
    this.syncWaiters = [];
    for (const w of waiters) {
      try {
        w();
      } catch {
        // a waiter's failure must not stop the others
      }
    }
  }

  /** Control committed these ids. */
  ack(ids: Iterable<number>): void {
    // one write for the whole ack (control acks in batches), not one per id
    const done: number[] = [];
    for (const raw of ids) {
      const id = Number(raw);
      if (this.pending.delete(id)) done.push(id);
    }
    if (done.length > 0) {
      const b = Buffer.allocUnsafe(8 * done.length);
      for (let i = 0; i < done.length; i++) b.writeDoubleLE(done[i]!, 8 * i);
      writeSync(this.ackFd, b);
    }
    if (done.length > 0 && !this.dirtyTimer) {
      this.dirtyTimer = setImmediate(() => {
        this.dirtyTimer = null;
        fdatasyncSync(this.ackFd);
        if (this.pending.size === 0) this.compact();
      });
    }
  }

  /** Unacked events, oldest first (for replay on (re)connect). */
  unacked(): switchboard.v1.IEvent[] {
    return [...this.pending.values()];
  }

  private compact(): void {
    // nothing is pending, so frames not yet written are all acked already
    this.unwritten = [];
    ftruncateSync(this.spoolFd, 0);
    ftruncateSync(this.ackFd, 0);
  }

  close(): void {
    this.syncNow();
    if (this.dirtyTimer) {
      clearImmediate(this.dirtyTimer);
      this.dirtyTimer = null;
      fdatasyncSync(this.ackFd);
      if (this.pending.size === 0) this.compact();
    }
    closeSync(this.spoolFd);
    closeSync(this.ackFd);
  }
}
