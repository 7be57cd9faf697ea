// A minimal SIP-over-WebSocket user agent (RFC 7118) as a browser softphone
// (JsSIP, SIP.js) behaves: it opens ws:// with subprotocol "sip", puts a
// `.invalid` host in Via and Contact (§5.2: it cannot be reached otherwise)
// and takes every request on the connection it opened. Messages are built
// and parsed with core's own SIP message code; the WebSocket client side
// (masked frames, RFC 6455 §5.3) is written here on top of core's framing.
import { randomBytes } from "node:crypto";
import { request } from "node:http";
import { request as secureRequest } from "node:https";
import type { Socket } from "node:net";
import { SipMessage, authorizationHeader, isParseFailure, parseMessage } from "../../core/src/sip/index.ts";
import { WsDecoder, wsAccept, wsFrame } from "../../core/src/sip/ws.ts";

export class WsSipClient {
  readonly host = `${randomBytes(5).toString("hex")}.invalid`;
  private inbox: SipMessage[] = [];
  private waiters: Array<{ pred: (m: SipMessage) => boolean; res: (m: SipMessage) => void }> = [];
  private closed = false;
  /** subprotocol the server accepted */
  protocol = "";

  private constructor(private readonly sock: Socket) {
    const dec = new WsDecoder(65535, false);
    sock.on("data", (d: Buffer) =>
      dec.push(d, (e) => {
        if (e.type !== "message") return;
        const m = parseMessage(e.data);
        if (isParseFailure(m)) return;
        const i = this.waiters.findIndex((w) => w.pred(m));
        if (i >= 0) this.waiters.splice(i, 1)[0]!.res(m);
        else this.inbox.push(m);
      }),
    );
    sock.on("close", () => (this.closed = true));
    sock.on("error", () => {});
  }

  /** @param tls connect with wss:// and verify the server's certificate against `ca` (default: plain ws://) */
  static connect(port: number, tls?: { ca: Buffer }): Promise<WsSipClient> {
    const key = randomBytes(16).toString("base64");
    return new Promise((resolve, reject) => {
      const opts = {
        host: "127.0.0.1", port, path: "/",
        headers: { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Key": key, "Sec-WebSocket-Version": "13", "Sec-WebSocket-Protocol": "sip" },
      };
      const req = tls ? secureRequest({ ...opts, ca: tls.ca }) : request(opts);
      req.on("upgrade", (res, sock) => {
        if (res.headers["sec-websocket-accept"] !== wsAccept(key)) {
          sock.destroy();
          reject(new Error("bad Sec-WebSocket-Accept"));
          return;
        }
        const c = new WsSipClient(sock);
        c.secure = !!tls;
        c.protocol = String(res.headers["sec-websocket-protocol"] ?? "");
        resolve(c);
      });
      req.on("response", (res) => reject(new Error(`no upgrade: HTTP ${res.statusCode}`)));
      req.on("error", reject);
      req.end();
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(m: SipMessage): void {
    this.sock.write(wsFrame(m.toBuffer(), 1, randomBytes(4)));
  }

  /** The next message matching `pred` (already received or still to come). */
  next(what: string, pred: (m: SipMessage) => boolean, timeoutMs = 10_000): Promise<SipMessage> {
    const i = this.inbox.findIndex(pred);
    if (i >= 0) return Promise.resolve(this.inbox.splice(i, 1)[0]!);
    return new Promise((res, rej) => {
      const w = { pred, res: (m: SipMessage) => {
        clearTimeout(t);
        res(m);
      } };
      const t = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        rej(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  secure = false;

  via(): string {
    return `SIP/2.0/${this.secure ? "WSS" : "WS"} ${this.host};branch=z9hG4bK${randomBytes(8).toString("hex")}`;
  }

  contact(user: string): string {
    return `<sip:${user}@${this.host};transport=ws>`;
  }

  /** Send a request and wait for its final response; answers one 401/407 with digest credentials. */
  async transaction(req: SipMessage, auth?: { user: string; password: string }, timeoutMs = 10_000): Promise<{ final: SipMessage; provisional: SipMessage[] }> {
    const provisional: SipMessage[] = [];
    for (let attempt = 0; ; attempt++) {
      const branch = req.topVia!.params.get("branch")!;
      const method = req.method;
      this.send(req);
      let res: SipMessage;
      for (;;) {
        res = await this.next(`response to ${method}`, (m) => !m.isRequest && m.topVia?.params.get("branch") === branch, timeoutMs);
        if (res.status >= 200) break;
        provisional.push(res);
      }
      if ((res.status === 401 || res.status === 407) && auth && attempt === 0) {
        if (method === "INVITE") this.send(this.ackFor(req, res));
        const challenge = res.get(res.status === 401 ? "WWW-Authenticate" : "Proxy-Authenticate")!;
        const cseq = req.cseq.seq + 1;
        req.set("CSeq", `${cseq} ${method}`);
        req.set("Via", this.via());
        req.set(res.status === 401 ? "Authorization" : "Proxy-Authorization", authorizationHeader(challenge, method, req.requestUri, auth.user, auth.password));
        continue;
      }
      return { final: res, provisional };
    }
  }

  /** §17.1.1.3 ACK for a non-2xx final (same branch). */
  ackFor(req: SipMessage, res: SipMessage): SipMessage {
    return SipMessage.request("ACK", req.requestUri, [
      ["Via", req.get("Via")!],
      ["From", req.get("From")!],
      ["To", res.get("To")!],
      ["Call-ID", req.callId],
      ["CSeq", `${req.cseq.seq} ACK`],
      ["Max-Forwards", "70"],
      ["Content-Length", "0"],
    ]);
  }

  close(): void {
    if (!this.closed) this.sock.end(wsFrame(Buffer.from([0x03, 0xe8]), 8, randomBytes(4)));
    this.sock.destroy();
  }
}

/** An SDP offer/answer for audio PCMU (+ telephone-event) at 127.0.0.1:port. */
export function audioSdp(port: number): Buffer {
  const id = Math.floor(Math.random() * 1e9);
  return Buffer.from(
    `v=0\r\no=ws ${id} ${id} IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio ${port} RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=ptime:20\r\na=sendrecv\r\n`,
  );
}
