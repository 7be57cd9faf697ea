// Test support: a tiny fake core speaking the real framing (4-byte length +
// pb.Envelope) so control's link is tested against real bytes on TCP.
import { createServer, type Server, type Socket } from "node:net";
import { Deframer, frame, type switchboard } from "@switchboard/proto";

type Env = switchboard.v1.Envelope;

export class FakeCore {
  readonly received: Env[] = [];
  private server: Server;
  private sockets = new Set<Socket>();
  private seq = 0;
  private waiters: { pred: (e: Env) => boolean; resolve: (e: Env) => void }[] = [];
  /** Answers commands; default: ok with an empty snapshot. */
  onCommand: (cmd: switchboard.v1.ICommand) => switchboard.v1.ICommandResult = () => ({ ok: true, snapshot: {} });
  port = 0;

  constructor() {
    this.server = createServer((s) => {
      this.sockets.add(s);
      const d = new Deframer();
      s.on("data", (c) =>
        d.push(c, (env) => {
          this.received.push(env);
          if (env.command) {
            const r = this.onCommand(env.command);
            s.write(frame({ seq: ++this.seq, replyTo: env.seq, result: r }));
          }
          this.waiters = this.waiters.filter((w) => {
            if (!w.pred(env)) return true;
            w.resolve(env);
            return false;
          });
        }),
      );
      s.on("close", () => this.sockets.delete(s));
      s.on("error", () => undefined);
    });
  }

  listen(port = 0): Promise<number> {
    return new Promise((res) =>
      this.server.listen(port, "127.0.0.1", () => {
        const a = this.server.address();
        this.port = typeof a === "object" && a ? a.port : 0;
        res(this.port);
      }),
    );
  }

  get clients(): number {
    return this.sockets.size;
  }

  /** Resolves with the first envelope (already received or future) matching pred. */
  waitFor(pred: (e: Env) => boolean, timeoutMs = 10_000, includePast = true): Promise<Env> {
    if (includePast) {
      const hit = this.received.find(pred);
      if (hit) return Promise.resolve(hit);
    }
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error("fake core: timed out waiting for envelope")), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (e) => {
          clearTimeout(t);
          resolve(e);
        },
      });
    });
  }

  sendEvent(ev: switchboard.v1.IEvent): void {
    for (const s of this.sockets) s.write(frame({ seq: ++this.seq, event: ev }));
  }

  dropClients(): void {
    for (const s of this.sockets) s.destroy();
  }

  close(): Promise<void> {
    this.dropClients();
    return new Promise((res) => this.server.close(() => res()));
  }
}
