// TCP client to core's protobuf server (core is the server so it keeps
// switching calls while control restarts). Frames: 4-byte BE length +
// pb.Envelope. On connect: Hello{role:"control"}, then the ConfigSnapshot.
// Durable events (outbox_id > 0, CDRs) are committed to PostgreSQL and only
// then acked; live events go to onLiveEvent.
import { connect, type Socket } from "node:net";
import { Deframer, frame, pb, type switchboard } from "@switchboard/proto";
import type { Logger } from "pino";
import type { Db, Tx } from "../db/index.ts";
import { insertCdr, type RecordingFacts } from "./cdr.ts";

export { insertCdr, recordingFacts, resolveInDataDir, type RecordingFacts } from "./cdr.ts";

export interface CoreLinkOptions {
  host: string;
  port: number;
  db: Db;
  /** Recordings are resolved relative to it. */
  dataDir: string;
  log: Logger;
  /** Builds the snapshot sent on connect and by pushConfig(). */
  buildSnapshot: () => Promise<switchboard.v1.IConfigSnapshot>;
  /** Live (non-durable) events from core. */
  onLiveEvent?: (ev: switchboard.v1.Event) => void;
  /** Runs inside the CDR's insert transaction (new rows only): transactional outbox. */
  cdrInTx?: (c: Tx, cdr: switchboard.v1.ICdr, recording: RecordingFacts | null) => Promise<void>;
  /** Called after a durable CDR was committed (new rows only). */
  onCdr?: (cdr: switchboard.v1.ICdr) => void;
  /** Default command timeout, ms. Default 5000. */
  commandTimeoutMs?: number;
  /** Reconnect backoff bounds, ms. Defaults 200 and 5000. */
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
  /** Node id sent in Hello. Default "control". */
  nodeId?: string;
}

export class CoreUnavailableError extends Error {
  readonly code = "core_unavailable";
}

export const PROTOCOL_VERSION = 1;

interface Pending {
  resolve: (r: switchboard.v1.CommandResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class CoreLink {
  private sock: Socket | null = null;
  private ready = false;
  private seq = 0;
  private closed = false;
  private backoff: number;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readonly pending = new Map<number, Pending>();
  /** Durable events are processed one at a time, in arrival order. */
  private durableChain: Promise<void> = Promise.resolve();
  private configDirty = false;
  private configSending: Promise<void> | null = null;
  /** Counters for tests and /healthz. */
  readonly stats = { connects: 0, snapshotsSent: 0, cdrsInserted: 0, cdrsDuplicate: 0, acksSent: 0, durableErrors: 0, badFrames: 0 };

  constructor(private readonly o: CoreLinkOptions) {
    this.backoff = o.reconnectMinMs ?? 200;
  }

  get connected(): boolean {
    return this.ready;
  }

  start(): void {
    this.connectOnce();
  }

  private connectOnce(): void {
    if (this.closed) return;
    const sock = connect({ host: this.o.host, port: this.o.port, noDelay: true });
    this.sock = sock;
    const deframer = new Deframer();
    sock.on("connect", () => {
      this.stats.connects++;
      this.backoff = this.o.reconnectMinMs ?? 200;
      this.seq = 0;
      this.ready = true;
      this.o.log.info({ host: this.o.host, port: this.o.port }, "connected to core");
      this.send({ hello: { nodeId: this.o.nodeId ?? "control", role: "control", protocolVersion: PROTOCOL_VERSION } });
      void this.pushConfig();
    });
    sock.on("data", (chunk) => {
      try {
        deframer.push(chunk, (env) => this.onEnvelope(env, sock));
      } catch (err) {
        this.stats.badFrames++;
        this.o.log.warn({ err }, "bad frame from core; dropping link");
        sock.destroy();
      }
    });
    sock.on("error", () => undefined); // "close" follows
    sock.on("close", () => {
      const was = this.ready;
      if (this.sock === sock) {
        this.sock = null;
        this.ready = false;
      }
      for (const [id, p] of this.pending) {
        clearTimeout(p.timer);
        p.reject(new CoreUnavailableError("core link closed before it answered"));
        this.pending.delete(id);
      }
      if (was) this.o.log.warn("core link lost");
      this.scheduleReconnect();
    });
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    const delay = this.backoff;
    this.backoff = Math.min(this.backoff * 2, this.o.reconnectMaxMs ?? 5000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connectOnce();
    }, delay);
  }

  private send(body: Omit<switchboard.v1.IEnvelope, "seq">): number {
    const sock = this.sock;
    if (!sock || !this.ready) throw new CoreUnavailableError("core is not connected");
    const seq = ++this.seq;
    sock.write(frame({ ...body, seq }));
    return seq;
  }

  /**
   * Sends the current configuration snapshot (coalesced: calls during a send
   * cause exactly one more send afterwards). Never throws.
   */
  pushConfig(): Promise<void> {
    this.configDirty = true;
    if (this.configSending) return this.configSending;
    const run = async (): Promise<void> => {
      while (this.configDirty && this.ready && !this.closed) {
        this.configDirty = false;
        try {
          const snap = await this.o.buildSnapshot();
          if (!this.ready) break;
          this.send({ config: snap });
          this.stats.snapshotsSent++;
        } catch (err) {
          this.o.log.error({ err }, "could not send config snapshot to core");
          break;
        }
      }
    };
    this.configSending = run().finally(() => {
      this.configSending = null;
    });
    return this.configSending;
  }

  /** Sends a command and resolves with core's CommandResult (rejects CoreUnavailableError on timeout/link loss). */
  command(cmd: switchboard.v1.ICommand, timeoutMs = this.o.commandTimeoutMs ?? 5000): Promise<switchboard.v1.CommandResult> {
    return new Promise((resolve, reject) => {
      let seq: number;
      try {
        seq = this.send({ command: cmd });
      } catch (err) {
        reject(err as Error);
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        reject(new CoreUnavailableError(`core did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(seq, { resolve, reject, timer });
    });
  }

  private onEnvelope(env: switchboard.v1.Envelope, sock: Socket): void {
    if (env.result) {
      const p = this.pending.get(Number(env.replyTo));
      if (p) {
        this.pending.delete(Number(env.replyTo));
        clearTimeout(p.timer);
        p.resolve(env.result as switchboard.v1.CommandResult);
      }
      return;
    }
    if (env.event) {
      const ev = env.event as switchboard.v1.Event;
      const outboxId = Number(ev.outboxId ?? 0);
      if (outboxId > 0) {
        this.durableChain = this.durableChain.then(() => this.handleDurable(ev, outboxId, sock));
      } else {
        try {
          this.o.onLiveEvent?.(ev);
        } catch (err) {
          this.o.log.error({ err }, "live event handler threw");
        }
      }
      return;
    }
    // hello from core: nothing to do (protocol version checks come with v2)
  }

  private async handleDurable(ev: switchboard.v1.Event, outboxId: number, sock: Socket): Promise<void> {
    let delay = 200;
    for (;;) {
      if (this.closed || this.sock !== sock) return; // core re-sends unacked events on the next link
      try {
        if (ev.cdr) {
          const isNew = await insertCdr(this.o.db, this.o.dataDir, ev.cdr, outboxId, this.o.cdrInTx);
          if (isNew) {
            this.stats.cdrsInserted++;
            this.o.onCdr?.(ev.cdr);
          } else this.stats.cdrsDuplicate++;
        }
        if (ev.security) {
          // SIP authentication failures and blocks from core's brute-force guard.
          const sec = ev.security;
          await this.o.db.tx({ bypass: true }, async (c) => {
            await c.query(
              `INSERT INTO audit_log (tenant_id, action, object_type, object_id, detail, ip, at)
               VALUES ($1, $2, 'sip_user', $3, $4, $5, to_timestamp($6 / 1000.0))`,
              [sec.tenantId || null, `sip_${sec.kind ?? "event"}`, sec.user ?? "", JSON.stringify({ detail: sec.detail ?? "", outboxId }), sec.source ?? "", Number(sec.tsMs ?? Date.now())],
            );
          });
        }
        break;
      } catch (err) {
        const code = (err as { code?: string }).code;
        // Permanent errors (unknown tenant, malformed id): retrying cannot succeed; log the whole
        // record so an operator can recover it, then ack so the outbox does not wedge.
        if (err instanceof TypeError || code === "23503" || code === "22P02") {
          this.stats.durableErrors++;
          this.o.log.error({ err, outboxId, event: pb.Event.toObject(ev, { longs: Number }) }, "rejected durable event");
          break;
        }
        this.stats.durableErrors++;
        this.o.log.warn({ err, outboxId }, "durable event not stored yet; retrying");
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 5000);
      }
    }
    if (this.sock === sock && this.ready) {
      this.send({ ack: { outboxIds: [outboxId] } });
      this.stats.acksSent++;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const s = this.sock;
    this.sock = null;
    this.ready = false;
    s?.destroy();
    await this.durableChain.catch(() => undefined);
    await this.configSending?.catch(() => undefined);
  }
}
