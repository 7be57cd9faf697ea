// TLS (RFC 3261 §26.2) and WebSocket (RFC 7118) transports, stack to stack and with a raw RFC 6455 client.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import tls from "node:tls";
import { after, before, describe, it } from "node:test";
import { type Endpoint, SipMessage, SipStack, type SipStackOptions, isParseFailure, parseMessage } from "./index.ts";
import { WsDecoder, wsAccept, wsFrame } from "./ws.ts";

let key: Buffer;
let cert: Buffer;
const stacks: SipStack[] = [];

before(() => {
  // a throwaway self-signed certificate for 127.0.0.1 (P-256 keeps it fast)
  const dir = mkdtempSync(join(tmpdir(), "sip-tls-"));
  try {
    execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
      "-keyout", join(dir, "k.pem"), "-out", join(dir, "c.pem"), "-days", "1", "-subj", "/CN=127.0.0.1",
      "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
    key = readFileSync(join(dir, "k.pem"));
    cert = readFileSync(join(dir, "c.pem"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
after(async () => {
  for (const s of stacks) await s.close();
});

async function stack(opts: Partial<SipStackOptions>): Promise<SipStack> {
  const s = new SipStack({ port: 0, udp: false, tcp: false, onRequest: (tx) => tx.respond(200), ...opts });
  await s.start();
  stacks.push(s);
  return s;
}

function request(method: string, target: string, s: SipStack): SipMessage {
  return SipMessage.request(method, target, [
    ["From", `<sip:a@127.0.0.1>;tag=${s.newTag()}`], ["To", `<${target}>`], ["Call-ID", s.newCallId()],
    ["CSeq", `1 ${method}`],
  ]);
}

function send(s: SipStack, m: SipMessage, dest: Endpoint): Promise<SipMessage> {
  return new Promise((res, rej) => s.sendRequest(m, dest, {
    onFinal: res, onTimeout: () => rej(new Error("timeout")), onTransportError: rej,
  }));
}

describe("TLS transport", { timeout: 15000 }, () => {
  it("stack to stack over TLS, and a request back on the same connection", async () => {
    const backAtA: SipMessage[] = [];
    const a = await stack({ tls: { key, cert, ca: cert }, onRequest: (tx) => {
      backAtA.push(tx.request);
      tx.respond(200);
    } });
    let sourceAtB: Endpoint | null = null;
    const b = await stack({ tls: { key, cert, ca: cert }, onRequest: (tx) => {
      sourceAtB = tx.source;
      tx.respond(200, { headers: [["Allow", "INVITE, OPTIONS"]] });
    } });
    assert.ok(b.tlsPort > 0);
    const res = await send(a, request("OPTIONS", `sips:b@127.0.0.1:${b.tlsPort}`, a), { transport: "tls", address: "127.0.0.1", port: b.tlsPort });
    assert.equal(res.status, 200);
    assert.equal(res.get("Allow"), "INVITE, OPTIONS");
    assert.match(res.get("Via") ?? "", /^SIP\/2\.0\/TLS 127\.0\.0\.1:\d+;branch=z9hG4bK/);
    const src = sourceAtB as unknown as Endpoint;
    assert.equal(src.transport, "tls");
    assert.ok(src.connectionId);
    // B reaches A over the connection A opened (A's listening port is irrelevant here)
    const back = await send(b, request("MESSAGE", "sip:a@127.0.0.1", b), src);
    assert.equal(back.status, 200);
    assert.equal(backAtA[0]?.method, "MESSAGE");
  });

  it("an untrusted server certificate is a transport error", async () => {
    const a = await stack({ tls: { key, cert } }); // no ca: the self-signed cert is not trusted
    const b = await stack({ tls: { key, cert } });
    await assert.rejects(send(a, request("OPTIONS", "sips:b@127.0.0.1", a), { transport: "tls", address: "127.0.0.1", port: b.tlsPort }), /self.signed|certificate/i);
    assert.equal(a.counters.transportErrors > 0, true);
  });
});

/** Minimal RFC 6455 client: handshake, masked frames out, frames in. */
async function wsClient(port: number, protocol = "sip", secure = false): Promise<{ sock: net.Socket; status: number; messages: Buffer[]; next(): Promise<Buffer>; send(b: Buffer | string): void; closed: Promise<void> }> {
  const sock: net.Socket = secure ? tls.connect({ port, host: "127.0.0.1", ca: cert }) : net.connect(port, "127.0.0.1");
  sock.on("error", () => {});
  await new Promise<void>((r) => sock.once(secure ? "secureConnect" : "connect", () => r()));
  const k = randomBytes(16).toString("base64");
  sock.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${k}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`);
  const messages: Buffer[] = [];
  const waiters: Array<(b: Buffer) => void> = [];
  const dec = new WsDecoder(1 << 20, false);
  let head = Buffer.alloc(0);
  let status = 0;
  const closed = new Promise<void>((r) => sock.once("close", () => r()));
  await new Promise<void>((resolve) => {
    const onData = (d: Buffer) => {
      if (status === 0) {
        head = Buffer.concat([head, d]);
        const he = head.indexOf("\r\n\r\n");
        if (he < 0) return;
        const text = head.subarray(0, he).toString();
        status = Number(text.slice(9, 12));
        if (status === 101) assert.match(text, new RegExp(`Sec-WebSocket-Accept: ${wsAccept(k).replace(/[+/]/g, "\\$&")}`));
        resolve();
        d = head.subarray(he + 4);
        if (d.length === 0) return;
      }
      dec.push(d, (e) => {
        if (e.type !== "message") return;
        const w = waiters.shift();
        if (w) w(e.data);
        else messages.push(e.data);
      });
    };
    sock.on("data", onData);
    sock.once("close", () => resolve());
  });
  return {
    sock, status, messages, closed,
    next: () => new Promise<Buffer>((r) => {
      const m = messages.shift();
      if (m) r(m);
      else waiters.push(r);
    }),
    send: (b) => sock.write(wsFrame(Buffer.from(b), 1, randomBytes(4))),
  };
}

describe("WebSocket transport (RFC 7118)", { timeout: 15000 }, () => {
  for (const secure of [false, true]) {
    it(`REGISTER over ${secure ? "wss" : "ws"}, then an OPTIONS from the stack on the same connection`, async () => {
      const s = await stack({
        tls: secure ? { key, cert } : undefined,
        ws: { secure },
        onRequest: (tx) => {
          tx.respond(200, { toTag: "r1", headers: [["Contact", tx.request.get("Contact") ?? ""]] });
          if (tx.request.method === "REGISTER") {
            s.sendRequest(request("OPTIONS", "sip:ua@df7jal23ls0d.invalid;transport=ws", s), tx.source, { onFinal: () => {} });
          }
        },
      });
      const c = await wsClient(s.wsPort, "sip", secure);
      try {
        assert.equal(c.status, 101);
        c.send("\r\n\r\n"); // keep-alive, ignored
        c.send(["REGISTER sip:127.0.0.1 SIP/2.0", "Via: SIP/2.0/WS df7jal23ls0d.invalid;branch=z9hG4bKws1;rport",
          "From: <sip:1001@127.0.0.1>;tag=w1", "To: <sip:1001@127.0.0.1>", "Call-ID: ws-1", "CSeq: 1 REGISTER",
          "Contact: <sip:ua@df7jal23ls0d.invalid;transport=ws>", "Max-Forwards: 70", "Content-Length: 0", "", ""].join("\r\n"));
        const first = parseMessage(await c.next());
        const second = parseMessage(await c.next());
        assert.ok(!isParseFailure(first) && !isParseFailure(second));
        const [res, req] = first.isRequest ? [second, first] : [first, second];
        assert.equal(res.status, 200);
        assert.match(res.get("Via") ?? "", /;received=127\.0\.0\.1/);
        assert.match(res.get("Via") ?? "", /;rport=\d+/);
        assert.equal(req.method, "OPTIONS");
        // RFC 7118 §5.1: "WSS" when the WebSocket runs over TLS
        assert.match(req.get("Via") ?? "", new RegExp(`^SIP/2\\.0/${secure ? "WSS" : "WS"} 127\\.0\\.0\\.1:${s.wsPort};branch=`));
      } finally {
        c.sock.destroy();
      }
    });
  }

  it("refuses an upgrade without the sip subprotocol, and closes on an oversized message", async () => {
    const s = await stack({ ws: {}, maxMessageSize: 4096 });
    const bad = await wsClient(s.wsPort, "chat");
    assert.equal(bad.status, 400);
    bad.sock.destroy();
    const c = await wsClient(s.wsPort);
    assert.equal(c.status, 101);
    c.send(Buffer.alloc(10000, 65));
    await c.closed;
    assert.ok(s.counters.connectionsClosed >= 1);
  });

  it("sending to a WebSocket peer without its connection is a transport error", async () => {
    const s = await stack({ ws: {} });
    await assert.rejects(send(s, request("OPTIONS", "sip:x@y.invalid", s), { transport: "ws", address: "127.0.0.1", port: 1 }), /WebSocket/);
  });
});

describe("Contact per transport (§8.1.1.8, RFC 7118 §5)", { timeout: 15000 }, () => {
  it("names the listening port of the transport the peer uses, with a transport param except for UDP", async () => {
    const s = await stack({ udp: true, tcp: true, tls: { key, cert }, ws: {} });
    assert.equal(s.contactUri("sb", "udp"), `<sip:sb@127.0.0.1:${s.port}>`);
    assert.equal(s.contactUri("sb", "tcp"), `<sip:sb@127.0.0.1:${s.port};transport=tcp>`);
    assert.equal(s.contactUri("sb", "tls"), `<sip:sb@127.0.0.1:${s.tlsPort};transport=tls>`);
    assert.equal(s.contactUri("sb", "ws"), `<sip:sb@127.0.0.1:${s.wsPort};transport=ws>`);
    assert.notEqual(s.tlsPort, s.port);
    // a transport without a listener falls back to the UDP/TCP port without a param
    const plain = await stack({ udp: true });
    assert.equal(plain.contactUri("sb", "tls"), `<sip:sb@127.0.0.1:${plain.port}>`);
  });

  it("pooled identifiers stay unique and well-formed", async () => {
    const s = await stack({});
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const b = s.newBranch();
      assert.match(b, /^z9hG4bK[A-Za-z0-9_-]{12}$/);
      seen.add(b);
      seen.add(s.newTag());
    }
    assert.equal(seen.size, 10_000);
  });
});
