// Small loopback peers shared by the SIP benchmark and test/sip-overload.test.ts: a discard sink for the RTP
// the switch sends, and an OPTIONS pinger (RFC 3261 §11) that tells whether the switch still answers.
import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import { DOMAIN } from "./core.ts";

/** A sink for the RTP/RTCP the switch sends to the callers' and agent's SDP ports. */
export async function discardPair(): Promise<{ port: number; packets(): number; close(): void }> {
  let packets = 0;
  for (;;) {
    const rtp = dgram.createSocket("udp4");
    const port = await new Promise<number>((r) => rtp.bind(0, "127.0.0.1", () => r(rtp.address().port)));
    const rtcp = dgram.createSocket("udp4");
    const ok = await new Promise<boolean>((r) => {
      rtcp.once("error", () => r(false));
      rtcp.bind(port + 1, "127.0.0.1", () => r(true));
    });
    if (!ok) {
      rtp.close();
      continue;
    }
    for (const s of [rtp, rtcp]) s.on("message", () => packets++);
    const close = () => {
      rtp.close();
      rtcp.close();
    };
    return { port, packets: () => packets, close };
  }
}

/** OPTIONS pings (RFC 3261 §11) to see whether the switch still answers while loaded. */
export async function pinger(target: number): Promise<{ ping(timeoutMs?: number): Promise<number | null>; close(): void }> {
  const s = dgram.createSocket("udp4");
  const port = await new Promise<number>((r) => s.bind(0, "127.0.0.1", () => r(s.address().port)));
  const waiting = new Map<string, (ms: number) => void>();
  s.on("message", (m) => {
    const id = /\r\nCall-ID:\s*(\S+)/i.exec(m.toString("latin1"))?.[1];
    if (id) waiting.get(id)?.(0);
  });
  return {
    ping(timeoutMs = 2000) {
      const id = randomBytes(8).toString("hex");
      const msg =
        `OPTIONS sip:${DOMAIN}:${target} SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:${port};branch=z9hG4bK${id};rport\r\n` +
        `From: <sip:ping@127.0.0.1>;tag=${id}\r\nTo: <sip:${DOMAIN}>\r\nCall-ID: ${id}\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n`;
      const t0 = performance.now();
      return new Promise((res) => {
        const t = setTimeout(() => {
          waiting.delete(id);
          res(null);
        }, timeoutMs);
        waiting.set(id, () => {
          clearTimeout(t);
          waiting.delete(id);
          res(performance.now() - t0);
        });
        s.send(msg, target, "127.0.0.1");
      });
    },
    close: () => s.close(),
  };
}

