// A UDP relay that drops every Nth datagram in each direction: one client
// (a phone) on one side, the switch on the other. Used to prove that SIP
// retransmission (RFC 3261 §17) recovers a call over a lossy network.
import { createSocket, type Socket } from "node:dgram";

export class LossyRelay {
  private readonly front: Socket = createSocket("udp4"); // the phone talks to this
  private readonly back: Socket = createSocket("udp4"); // the switch sees this
  private client: { address: string; port: number } | null = null;
  private n = { up: 0, down: 0 };
  dropped = { up: 0, down: 0 };
  port = 0;

  constructor(
    private readonly target: { address: string; port: number },
    private readonly every: number,
  ) {}

  async start(): Promise<void> {
    await new Promise<void>((r) => this.front.bind(0, "127.0.0.1", () => r()));
    await new Promise<void>((r) => this.back.bind(0, "127.0.0.1", () => r()));
    this.port = this.front.address().port;
    this.front.on("message", (m, rinfo) => {
      this.client = { address: rinfo.address, port: rinfo.port };
      if (++this.n.up % this.every === 0) {
        this.dropped.up++;
        return;
      }
      this.back.send(m, this.target.port, this.target.address);
    });
    this.back.on("message", (m) => {
      if (!this.client) return;
      if (++this.n.down % this.every === 0) {
        this.dropped.down++;
        return;
      }
      this.front.send(m, this.client.port, this.client.address);
    });
  }

  close(): void {
    this.front.close();
    this.back.close();
  }
}
