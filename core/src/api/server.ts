// Core's protobuf API for control (see proto/switchboard.proto): a TCP
// server on loopback by default. Control connects, sends its Hello and the
// configuration; core streams events and answers commands. Durable events
// come from the Outbox and are replayed on every (re)connect until acked.
import { createServer, type Server, type Socket } from "node:net";
import { Deframer, frame, pb, type switchboard } from "@switchboard/proto";
import type { Outbox } from "./outbox.ts";

export interface ApiHandlers {
  onConfig(snap: switchboard.v1.IConfigSnapshot): void;
  onCommand(cmd: switchboard.v1.ICommand & { cmd?: string }): Promise<switchboard.v1.ICommandResult> | switchboard.v1.ICommandResult;
}

interface Conn {
  socket: Socket;
  seq: number;
  ready: boolean; // Hello received
  corked: boolean; // writes are being gathered until the next setImmediate
  flush: () => void; // uncorks (one bound function per connection, not a closure per turn)
}

export class ApiServer {
  private server: Server | null = null;
  private readonly conns = new Set<Conn>();
  /** Connected controls that said hello. */
  get connected(): number {
    let n = 0;
    for (const c of this.conns) if (c.ready) n++;
    return n;
  }
  port = 0;

  constructor(
    private readonly nodeId: string,
    private readonly outbox: Outbox,
    private readonly handlers: ApiHandlers,
    private readonly log: (msg: string, err?: unknown) => void = () => {},
  ) {}

  /** @param host default "127.0.0.1" @param port default 5070, 0 = any */
  listen(host = "127.0.0.1", port = 5070): Promise<void> {
    return new Promise((resolve, reject) => {
      const server = createServer((s) => this.accept(s));
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        this.server = server;
        const a = server.address();
        this.port = typeof a === "object" && a ? a.port : port;
        resolve();
      });
    });
  }

  private accept(socket: Socket): void {
    socket.setNoDelay(true);
    const conn: Conn = { socket, seq: 0, ready: false, corked: false, flush: () => {} };
    conn.flush = () => {
      conn.corked = false;
      conn.socket.uncork();
    };
    this.conns.add(conn);
    const deframer = new Deframer();
    this.send(conn, { hello: { nodeId: this.nodeId, role: "core", protocolVersion: 1 } });
    socket.on("data", (chunk) => {
      try {
        deframer.push(chunk, (env) => this.onEnvelope(conn, env));
      } catch (err) {
        // A malformed frame means the peer is not speaking our protocol.
        this.log("api: bad frame, closing link", err);
        socket.destroy();
      }
    });
    socket.on("error", () => {});
    socket.on("close", () => this.conns.delete(conn));
  }

  private onEnvelope(conn: Conn, env: switchboard.v1.Envelope): void {
    switch (env.body) {
      case "hello":
        conn.ready = true;
        // Replay only what is on disk (control acks it; it must survive a crash).
        this.outbox.whenDurable(() => {
          for (const ev of this.outbox.unacked()) this.send(conn, { event: ev });
        });
        return;
      case "config":
        if (env.config) this.handlers.onConfig(env.config);
        return;
      case "ack":
        if (env.ack?.outboxIds) this.outbox.ack(env.ack.outboxIds.map(Number));
        return;
      case "command": {
        const replyTo = Number(env.seq);
        const cmd = env.command;
        if (!cmd) return;
        Promise.resolve()
          .then(() => this.handlers.onCommand(cmd))
          .then(
            (result) => this.send(conn, { replyTo, result }),
            (err: unknown) =>
              this.send(conn, { replyTo, result: { ok: false, code: "internal", reason: String((err as Error)?.message ?? err) } }),
          );
        return;
      }
      default:
        return;
    }
  }

  private send(conn: Conn, env: switchboard.v1.IEnvelope): void {
    if (conn.socket.destroyed) return;
    conn.seq++;
    // One writev per event-loop turn instead of one write syscall per frame (a call makes 6 events + 1 CDR):
    // frames written while corked go out together when the turn's I/O is done.
    if (!conn.corked) {
      conn.corked = true;
      conn.socket.cork();
      setImmediate(conn.flush);
    }
    conn.socket.write(frame({ ...env, seq: conn.seq }));
  }

  /** A live event: delivered to connected controls, dropped if none. */
  publish(ev: switchboard.v1.IEvent): void {
    for (const c of this.conns) if (c.ready) this.send(c, { event: ev });
  }

  /**
   * A durable event: spooled, and delivered once on disk; re-sent until
   * acked. `onDurable` runs when it is on disk (e.g. to drop a journal entry).
   */
  publishDurable(ev: switchboard.v1.IEvent, onDurable?: () => void): void {
    const stored = this.outbox.append(ev);
    this.outbox.whenDurable(() => {
      for (const c of this.conns) if (c.ready) this.send(c, { event: stored });
      onDurable?.();
    });
  }

  close(): Promise<void> {
    for (const c of this.conns) c.socket.destroy();
    this.conns.clear();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export { pb };
