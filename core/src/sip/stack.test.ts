// Transactions and transports against a real SIPp (Debian sip-tester) and raw sockets.
import assert from "node:assert/strict";
import dgram from "node:dgram";
import net from "node:net";
import { after, describe, it } from "node:test";
import {
  type Endpoint, NonceManager, type ServerTransaction, SipMessage, SipStack, type SipStackOptions, challengeHeader, ha1,
  isParseFailure, parseAuthorization, parseMessage, parseSdp, verifyDigest,
} from "./index.ts";
import { SCENARIOS, freePort, runSipp, waitTcp, waitUdp } from "./sipp.ts";

const stacks: SipStack[] = [];
after(async () => {
  for (const s of stacks) await s.close();
});

async function stack(opts: Partial<SipStackOptions> = {}): Promise<SipStack> {
  const s = new SipStack({ port: 0, onRequest: (tx) => tx.respond(501), ...opts });
  await s.start();
  stacks.push(s);
  return s;
}

function invite(s: SipStack, target: string, transport: "udp" | "tcp"): SipMessage {
  return SipMessage.request("INVITE", target, [
    ["From", `<sip:sb@127.0.0.1:${s.port}>;tag=${s.newTag()}`],
    ["To", `<${target}>`],
    ["Call-ID", s.newCallId()],
    ["CSeq", "1 INVITE"],
    ["Contact", `<sip:sb@${s.viaHostPort(transport)};transport=${transport}>`],
    ["Content-Type", "application/sdp"],
  ], Buffer.from("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\n"));
}

/** ACK for a 2xx and an in-dialog BYE, as the TU would build them (§13.2.2.4, §15). */
function ackAndBye(s: SipStack, inv: SipMessage, ok: SipMessage, dest: Endpoint): SipMessage {
  const contact = ok.getAll("Contact")[0]?.replace(/^<|>$/g, "") ?? inv.requestUri;
  const base: Array<[string, string]> = [
    ["From", inv.get("From") as string], ["To", ok.get("To") as string], ["Call-ID", inv.callId],
  ];
  s.sendStateless(SipMessage.request("ACK", contact, [...base, ["CSeq", "1 ACK"]]), dest);
  return SipMessage.request("BYE", contact, [...base, ["CSeq", "2 BYE"]]);
}

function final(tx: (h: { onProvisional(r: SipMessage): void; onFinal(r: SipMessage): void; onTimeout(): void; onTransportError(e: Error): void }) => void, provisional: SipMessage[] = []): Promise<SipMessage> {
  return new Promise((res, rej) => tx({
    onProvisional: (r) => provisional.push(r),
    onFinal: res,
    onTimeout: () => rej(new Error("timeout")),
    onTransportError: rej,
  }));
}

function uasAnswering(): SipStackOptions["onRequest"] {
  return (tx: ServerTransaction) => {
    const m = tx.request.method;
    if (m === "INVITE") {
      const tag = "uas1";
      tx.respond(180, { toTag: tag });
      setTimeout(() => tx.respond(200, {
        toTag: tag,
        headers: [["Contact", `<sip:sb@127.0.0.1:${tx.source.port === 0 ? 5060 : 5060}>`]],
        body: Buffer.from("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40002 RTP/AVP 0\r\n"),
        contentType: "application/sdp",
      }), 30);
    } else if (m === "OPTIONS") {
      tx.respond(200, { headers: [["Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS"]] });
    } else tx.respond(200);
  };
}

for (const transport of ["udp", "tcp"] as const) {
  describe(`SIPp over ${transport}`, { timeout: 30000 }, () => {
    it("client INVITE through our transaction to a SIPp UAS: 180, 200, ACK, BYE", async () => {
      const s = await stack();
      const port = await freePort();
      const sipp = runSipp(["-sf", `${SCENARIOS}uas-basic.xml`, "-i", "127.0.0.1", "-p", String(port), "-m", "1",
        "-t", transport === "udp" ? "u1" : "t1", "-timeout", "10s"]);
      try {
        if (transport === "tcp") await waitTcp(port);
        else await waitUdp(port);
        const dest: Endpoint = { transport, address: "127.0.0.1", port };
        const inv = invite(s, `sip:sipp@127.0.0.1:${port}`, transport);
        const prov: SipMessage[] = [];
        const ok = await final((h) => s.sendRequest(inv, dest, h), prov);
        assert.equal(ok.status, 200);
        assert.equal(prov[0]?.status, 180);
        assert.ok(ok.to?.params.get("tag"), "200 carries the UAS To tag");
        assert.equal(parseSdp(ok.body.toString())?.media[0]?.formats[0], 0);
        const bye = ackAndBye(s, inv, ok, dest);
        const byeOk = await final((h) => s.sendRequest(bye, dest, h));
        assert.equal(byeOk.status, 200);
        const r = await sipp.done;
        assert.equal(r.code, 0, `sipp failed: ${r.stdout.slice(-1500)} ${r.messages.slice(-2000)}`);
      } finally {
        sipp.kill();
      }
    });

    it("SIPp UAC INVITE/ACK/BYE against a TU on the stack", async () => {
      const acks: SipMessage[] = [];
      const methods: string[] = [];
      const s = await stack({
        onRequest: (tx) => {
          methods.push(tx.request.method);
          uasAnswering()(tx);
        },
        onAck: (a) => acks.push(a),
      });
      const port = await freePort();
      const sipp = runSipp([`127.0.0.1:${s.port}`, "-sn", "uac", "-i", "127.0.0.1", "-p", String(port), "-m", "1",
        "-d", "50", "-t", transport === "udp" ? "u1" : "t1", "-timeout", "10s"]);
      try {
        const r = await sipp.done;
        assert.equal(r.code, 0, `sipp failed: ${r.stdout.slice(-1500)} ${r.messages.slice(-2000)}`);
        assert.deepEqual(methods, ["INVITE", "BYE"]);
        assert.equal(acks.length, 1);
        assert.equal(s.transactionCount.pending2xx, 0, "the ACK stopped the 2xx retransmissions");
      } finally {
        sipp.kill();
      }
    });

    it("SIPp UAC: OPTIONS answered by the TU; stack answers 420 (unknown Require) and 483 (Max-Forwards 0 INVITE)", async () => {
      const seen: string[] = [];
      const s = await stack({
        onRequest: (tx) => {
          seen.push(`${tx.request.method} ${tx.request.cseq.seq}`);
          uasAnswering()(tx);
        },
      });
      const port = await freePort();
      const sipp = runSipp([`127.0.0.1:${s.port}`, "-sf", `${SCENARIOS}uac-options.xml`, "-i", "127.0.0.1", "-p",
        String(port), "-m", "1", "-t", transport === "udp" ? "u1" : "t1", "-timeout", "10s"]);
      try {
        const r = await sipp.done;
        assert.equal(r.code, 0, `sipp failed: ${r.stdout.slice(-1500)} ${r.messages.slice(-3000)}`);
        assert.deepEqual(seen, ["OPTIONS 1", "OPTIONS 3"], "420 and 483 never reach the TU");
        assert.match(r.messages, /^Allow: INVITE/m);
        assert.match(r.messages, /^Unsupported: nothingSupportsThis\r?$/m);
        assert.match(r.messages, /^SIP\/2\.0 483 Too Many Hops/m);
      } finally {
        sipp.kill();
      }
    });

    it("CANCEL after 180: SIPp UAS answers 200/487 and gets our ACK", async () => {
      const s = await stack();
      const port = await freePort();
      const sipp = runSipp(["-sf", `${SCENARIOS}uas-cancel.xml`, "-i", "127.0.0.1", "-p", String(port), "-m", "1",
        "-t", transport === "udp" ? "u1" : "t1", "-timeout", "10s"]);
      try {
        if (transport === "tcp") await waitTcp(port);
        else await waitUdp(port);
        const dest: Endpoint = { transport, address: "127.0.0.1", port };
        const inv = invite(s, `sip:sipp@127.0.0.1:${port}`, transport);
        const res = await new Promise<SipMessage>((resolve, reject) => {
          const tx = s.sendRequest(inv, dest, {
            onProvisional: () => tx.cancel(),
            onFinal: resolve,
            onTimeout: () => reject(new Error("timeout")),
          });
        });
        assert.equal(res.status, 487);
        const r = await sipp.done;
        assert.equal(r.code, 0, `sipp failed: ${r.stdout.slice(-1500)} ${r.messages.slice(-3000)}`);
        assert.match(r.messages, /CANCEL sip:sipp@127\.0\.0\.1/);
      } finally {
        sipp.kill();
      }
    });
  });
}

describe("UDP timers", { timeout: 30000 }, () => {
  it("timer A retransmits an unanswered INVITE; the non-2xx final is ACKed by the transaction", async () => {
    const s = await stack({ timerT1Ms: 100 });
    const port = await freePort();
    const sipp = runSipp(["-sf", `${SCENARIOS}uas-late-busy.xml`, "-i", "127.0.0.1", "-p", String(port), "-m", "1",
      "-t", "u1", "-timeout", "10s"]);
    try {
      await waitUdp(port);
      const dest: Endpoint = { transport: "udp", address: "127.0.0.1", port };
      const t0 = Date.now();
      const res = await final((h) => s.sendRequest(invite(s, `sip:sipp@127.0.0.1:${port}`, "udp"), dest, h));
      assert.equal(res.status, 486);
      assert.ok(Date.now() - t0 >= 900);
      // T1=100: sends at 0, 100, 300, 700 ms before the 486 at ~1000 ms
      assert.ok(s.counters.retransmissionsSent >= 3, `retransmissions: ${s.counters.retransmissionsSent}`);
      const r = await sipp.done;
      assert.equal(r.code, 0, `sipp failed: ${r.stdout.slice(-1500)} ${r.messages.slice(-3000)}`);
      const invites = r.messages.match(/^INVITE sip:/gm)?.length ?? 0;
      assert.ok(invites >= 4, `SIPp saw ${invites} INVITEs`);
      assert.match(r.messages, /^ACK sip:sipp@127\.0\.0\.1/m);
    } finally {
      sipp.kill();
    }
  });

  it("timer B fires onTimeout when nobody answers", async () => {
    const s = await stack({ timerT1Ms: 20 });
    const sink = dgram.createSocket("udp4");
    await new Promise<void>((r) => sink.bind(0, "127.0.0.1", () => r()));
    let got = 0;
    sink.on("message", () => got++);
    try {
      const dest: Endpoint = { transport: "udp", address: "127.0.0.1", port: sink.address().port };
      const t0 = Date.now();
      await assert.rejects(final((h) => s.sendRequest(invite(s, "sip:x@127.0.0.1", "udp"), dest, h)), /timeout/);
      assert.ok(Date.now() - t0 >= 64 * 20 - 5);
      assert.ok(got >= 5, `sink got ${got}`); // 7 on an idle machine (0, 20, 60, 140, 300, 620, 1260 ms)
      assert.equal(s.counters.timeouts, 1);
    } finally {
      sink.close();
    }
  });

  it("server side: retransmitted INVITE absorbed, 2xx retransmitted until the ACK, then onAck", async () => {
    const acks: SipMessage[] = [];
    let calls = 0;
    const s = await stack({
      timerT1Ms: 50,
      onRequest: (tx) => {
        calls++;
        tx.respond(200, { toTag: "t1", headers: [["Contact", "<sip:sb@127.0.0.1>"]] });
      },
      onAck: (a) => acks.push(a),
    });
    const c = dgram.createSocket("udp4");
    await new Promise<void>((r) => c.bind(0, "127.0.0.1", () => r()));
    const got: SipMessage[] = [];
    c.on("message", (b) => {
      const m = parseMessage(b);
      if (!isParseFailure(m)) got.push(m);
    });
    try {
      const lp = c.address().port;
      const inv = [
        "INVITE sip:sb@127.0.0.1 SIP/2.0", `Via: SIP/2.0/UDP 127.0.0.1:${lp};branch=z9hG4bKraw1;rport`,
        "From: <sip:raw@127.0.0.1>;tag=r1", "To: <sip:sb@127.0.0.1>", "Call-ID: raw-1", "CSeq: 5 INVITE",
        "Max-Forwards: 70", "Content-Length: 0", "", "",
      ].join("\r\n");
      c.send(inv, s.port, "127.0.0.1");
      await new Promise((r) => setTimeout(r, 30));
      c.send(inv, s.port, "127.0.0.1");
      const end = Date.now() + 3000;
      while (got.filter((m) => m.status === 200).length < 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
      assert.equal(calls, 1);
      assert.ok(s.counters.retransmissionsAbsorbed >= 1);
      const oks = got.filter((m) => m.status === 200).length;
      assert.ok(oks >= 3, `2xx sent ${oks} times`);
      assert.equal(got[0]?.topVia?.params.get("rport"), String(lp), "rport filled in (RFC 3581)");
      c.send(["ACK sip:sb@127.0.0.1 SIP/2.0", `Via: SIP/2.0/UDP 127.0.0.1:${lp};branch=z9hG4bKraw2`,
        "From: <sip:raw@127.0.0.1>;tag=r1", "To: <sip:sb@127.0.0.1>;tag=t1", "Call-ID: raw-1", "CSeq: 5 ACK",
        "Max-Forwards: 70", "Content-Length: 0", "", ""].join("\r\n"), s.port, "127.0.0.1");
      await new Promise((r) => setTimeout(r, 50));
      const before = got.length;
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(got.length, before, "no 2xx after the ACK");
      assert.equal(acks.length, 1);
      assert.equal(s.transactionCount.pending2xx, 0);
    } finally {
      c.close();
    }
  });

  it("a TU exception is counted and answered 500, not fatal; merged request gets 482", async () => {
    const s = await stack({
      onRequest: (tx) => {
        if (tx.request.method === "MESSAGE") throw new Error("boom");
      },
    });
    const c = dgram.createSocket("udp4");
    await new Promise<void>((r) => c.bind(0, "127.0.0.1", () => r()));
    const got: SipMessage[] = [];
    c.on("message", (b) => {
      const m = parseMessage(b);
      if (!isParseFailure(m)) got.push(m);
    });
    try {
      const lp = c.address().port;
      const req = (method: string, branch: string) => [
        `${method} sip:sb@127.0.0.1 SIP/2.0`, `Via: SIP/2.0/UDP 127.0.0.1:${lp};branch=${branch}`,
        "From: <sip:raw@127.0.0.1>;tag=m1", "To: <sip:sb@127.0.0.1>", "Call-ID: m-1", `CSeq: 1 ${method}`,
        "Content-Length: 0", "", ""].join("\r\n");
      c.send(req("MESSAGE", "z9hG4bKm1"), s.port, "127.0.0.1");
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(got[0]?.status, 500);
      assert.equal(s.counters.tuErrors, 1);
      // same From tag / Call-ID / CSeq, new branch, no To tag while the first tx lives (§8.2.2.2)
      c.send(req("MESSAGE", "z9hG4bKm2"), s.port, "127.0.0.1");
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(got[1]?.status, 482);
    } finally {
      c.close();
    }
  });

  it("TCP: garbage closes the connection; a Content-Length over the limit closes it", async () => {
    const s = await stack({ maxMessageSize: 2000 });
    for (const payload of ["\u0000\u0001garbage without any header end".repeat(100),
      "OPTIONS sip:a@b SIP/2.0\r\nContent-Length: 99999\r\n\r\n"]) {
      const sock = net.connect(s.port, "127.0.0.1");
      await new Promise<void>((r) => sock.once("connect", () => r()));
      const closed = new Promise<void>((r) => sock.once("close", () => r()));
      sock.on("error", () => {});
      sock.write(payload);
      await closed;
    }
    assert.ok(s.counters.connectionsClosed >= 2);
  });
});

describe("stack behaviours (raw UDP peer)", { timeout: 15000 }, () => {
  async function peer(): Promise<{ sock: dgram.Socket; port: number; got: SipMessage[]; wait(n: number): Promise<void> }> {
    const sock = dgram.createSocket("udp4");
    await new Promise<void>((r) => sock.bind(0, "127.0.0.1", () => r()));
    const got: SipMessage[] = [];
    sock.on("message", (b) => {
      const m = parseMessage(b);
      if (!isParseFailure(m)) got.push(m);
    });
    const wait = async (n: number) => {
      const end = Date.now() + 3000;
      while (got.length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
    };
    return { sock, port: sock.address().port, got, wait };
  }
  const req = (method: string, lp: number, branch: string, cseq = `1 ${method}`, extra: string[] = []) => [
    `${method} sip:sb@127.0.0.1 SIP/2.0`, `Via: SIP/2.0/UDP 127.0.0.1:${lp};branch=${branch}`,
    "From: <sip:raw@127.0.0.1>;tag=c1", "To: <sip:sb@127.0.0.1>", "Call-ID: beh-1", `CSeq: ${cseq}`,
    ...extra, "Content-Length: 0", "", ""].join("\r\n");

  it("CANCEL: stack answers 200, a TU without onCancel gets the default 487", async () => {
    const s = await stack({ onRequest: (tx) => {
      if (tx.request.method === "INVITE") tx.respond(180, { toTag: "x" });
    } });
    const p = await peer();
    try {
      p.sock.send(req("INVITE", p.port, "z9hG4bKc1"), s.port, "127.0.0.1");
      await p.wait(1);
      p.sock.send(req("CANCEL", p.port, "z9hG4bKc1", "1 CANCEL"), s.port, "127.0.0.1");
      await p.wait(3);
      const byMethod = p.got.map((m) => `${m.status} ${m.method}`);
      assert.deepEqual(byMethod.sort(), ["180 INVITE", "200 CANCEL", "487 INVITE"]);
    } finally {
      p.sock.close();
    }
  });

  it("CANCEL with onCancel set: the TU decides, and gets told once", async () => {
    let cancels = 0;
    const s = await stack({ onRequest: (tx) => {
      if (tx.request.method !== "INVITE") return;
      tx.respond(180, { toTag: "x" });
      tx.onCancel = () => {
        cancels++;
        tx.respond(487, { toTag: "x", reason: "Cancelled By TU" });
      };
    } });
    const p = await peer();
    try {
      p.sock.send(req("INVITE", p.port, "z9hG4bKc2"), s.port, "127.0.0.1");
      await p.wait(1);
      p.sock.send(req("CANCEL", p.port, "z9hG4bKc2", "1 CANCEL"), s.port, "127.0.0.1");
      await p.wait(3);
      assert.equal(cancels, 1);
      assert.ok(p.got.some((m) => m.status === 487 && m.reason === "Cancelled By TU"));
    } finally {
      p.sock.close();
    }
  });

  it("re-sending the same request object replaces our old top Via (auth retry)", async () => {
    const s = await stack();
    const p = await peer();
    try {
      const m = invite(s, "sip:x@127.0.0.1", "udp");
      const dest: Endpoint = { transport: "udp", address: "127.0.0.1", port: p.port };
      s.sendRequest(m, dest, { onFinal: () => {} });
      await new Promise((r) => setTimeout(r, 20));
      m.set("CSeq", "2 INVITE");
      s.sendRequest(m, dest, { onFinal: () => {} });
      assert.equal(m.getAll("Via").length, 1);
    } finally {
      p.sock.close();
    }
  });

  it("a non-INVITE the TU never answers is dropped after 64*T1 (no leak)", async () => {
    const s = await stack({ timerT1Ms: 10, onRequest: () => {} });
    const p = await peer();
    try {
      p.sock.send(req("MESSAGE", p.port, "z9hG4bKab"), s.port, "127.0.0.1");
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(s.transactionCount.server, 1);
      await new Promise((r) => setTimeout(r, 64 * 10 + 1100));
      assert.equal(s.transactionCount.server, 0);
      assert.equal(s.counters.abandoned, 1);
    } finally {
      p.sock.close();
    }
  });

  it("a ringing INVITE does not time out (timer B stops at the first provisional)", async () => {
    const s = await stack({ timerT1Ms: 10 });
    const p = await peer();
    try {
      const res = new Promise<number>((resolve) => {
        s.sendRequest(invite(s, "sip:x@127.0.0.1", "udp"), { transport: "udp", address: "127.0.0.1", port: p.port }, {
          onFinal: (r) => resolve(r.status),
          onTimeout: () => resolve(-1),
        });
      });
      await p.wait(1);
      const inv = p.got[0] as SipMessage;
      const reply = (status: number, reason: string) => {
        const r = SipMessage.response(status, reason, inv.headers.filter((h) => ["Via", "From", "To", "Call-ID", "CSeq"].includes(h[0])));
        r.set("To", `${inv.get("To")};tag=ring`);
        p.sock.send(r.toBuffer(), s.port, "127.0.0.1");
      };
      reply(180, "Ringing");
      await new Promise((r) => setTimeout(r, 64 * 10 + 400));
      reply(486, "Busy Here");
      assert.equal(await res, 486);
      assert.equal(s.counters.timeouts, 0);
    } finally {
      p.sock.close();
    }
  });

  it("dialog-creating responses copy Record-Route (12.1.1); 100 echoes Timestamp", async () => {
    const s = await stack({ onRequest: (tx) => {
      tx.respond(100);
      tx.respond(180, { toTag: "rr" });
      tx.respond(200, { toTag: "rr" });
    } });
    const p = await peer();
    try {
      p.sock.send(req("INVITE", p.port, "z9hG4bKrr", "1 INVITE", ["Record-Route: <sip:p1.example.com;lr>", "Record-Route: <sip:p2.example.com;lr>", "Timestamp: 54"]), s.port, "127.0.0.1");
      await p.wait(3);
      const [t, r, o] = p.got;
      assert.equal(t?.status, 100);
      assert.equal(t?.get("Timestamp"), "54");
      assert.deepEqual(t?.getAll("Record-Route"), []);
      assert.deepEqual(r?.getAll("Record-Route"), ["<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>"]);
      assert.deepEqual(o?.getAll("Record-Route"), ["<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>"]);
    } finally {
      p.sock.close();
    }
  });

  it("sheds new requests with 503 + Retry-After beyond maxServerTransactions", async () => {
    const s = await stack({ maxServerTransactions: 2, onRequest: () => {} });
    const p = await peer();
    try {
      for (const b of ["z9hG4bKo1", "z9hG4bKo2", "z9hG4bKo3"]) p.sock.send(req("MESSAGE", p.port, b, `${b.slice(-1)} MESSAGE`), s.port, "127.0.0.1");
      await p.wait(1);
      assert.equal(p.got[0]?.status, 503);
      assert.equal(p.got[0]?.get("Retry-After"), "5");
      assert.equal(p.got[0]?.cseq.seq, 3);
      assert.equal(s.counters.overload, 1);
    } finally {
      p.sock.close();
    }
  });

  it("client: a retransmitted non-2xx final is ACKed again and reported once", async () => {
    const s = await stack();
    const p = await peer();
    try {
      let finals = 0;
      s.sendRequest(invite(s, "sip:x@127.0.0.1", "udp"), { transport: "udp", address: "127.0.0.1", port: p.port }, {
        onFinal: () => finals++,
      });
      await p.wait(1);
      const inv = p.got[0] as SipMessage;
      const r = SipMessage.response(486, "Busy Here", inv.headers.filter((h) => ["Via", "From", "To", "Call-ID", "CSeq"].includes(h[0])));
      r.set("To", `${inv.get("To")};tag=b`);
      p.sock.send(r.toBuffer(), s.port, "127.0.0.1");
      await p.wait(2);
      p.sock.send(r.toBuffer(), s.port, "127.0.0.1");
      await p.wait(3);
      const acks = p.got.filter((m) => m.method === "ACK");
      assert.equal(acks.length, 2);
      assert.equal(acks[0]?.topVia?.params.get("branch"), inv.topVia?.params.get("branch"));
      assert.equal(acks[0]?.get("To"), r.get("To"));
      assert.equal(finals, 1);
    } finally {
      p.sock.close();
    }
  });

  it("server: a 2xx never ACKed stops after 64*T1 and tells the TU", async () => {
    const timedOut: SipMessage[] = [];
    const s = await stack({ timerT1Ms: 10, onRequest: (tx) => tx.respond(200, { toTag: "n" }), onAckTimeout: (r) => timedOut.push(r) });
    const p = await peer();
    try {
      p.sock.send(req("INVITE", p.port, "z9hG4bKnoack"), s.port, "127.0.0.1");
      await new Promise((r) => setTimeout(r, 64 * 10 + 300));
      assert.equal(timedOut.length, 1);
      assert.equal(timedOut[0]?.status, 200);
      assert.equal(s.counters.ackTimeouts, 1);
      const n = p.got.length;
      assert.ok(n >= 4, `2xx sent ${n} times`);
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(p.got.length, n);
    } finally {
      p.sock.close();
    }
  });

  it("TCP: when the request's connection is gone, the response goes to the Via sent-by (18.2.2)", async () => {
    const got: string[] = [];
    const listener = net.createServer((c) => c.on("data", (d) => got.push(d.toString())));
    await new Promise<void>((r) => listener.listen(0, "127.0.0.1", () => r()));
    const lp = (listener.address() as net.AddressInfo).port;
    let later: (() => void) | null = null;
    const s = await stack({ onRequest: (tx) => {
      later = () => tx.respond(200);
    } });
    try {
      const c = net.connect(s.port, "127.0.0.1");
      await new Promise<void>((r) => c.once("connect", () => r()));
      c.write(req("OPTIONS", lp, "z9hG4bKfb").replace("SIP/2.0/UDP", "SIP/2.0/TCP"));
      const end = Date.now() + 2000;
      while (later === null && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
      c.destroy();
      await new Promise((r) => setTimeout(r, 50));
      (later as unknown as () => void)();
      while (got.length === 0 && Date.now() < end + 1000) await new Promise((r) => setTimeout(r, 5));
      assert.match(got.join(""), /^SIP\/2\.0 200 OK\r\n/);
    } finally {
      listener.close();
    }
  });

  it("CRLF keep-alives: ignored on UDP, double-CRLF ping answered with a CRLF pong on TCP (RFC 5626)", async () => {
    const s = await stack();
    const p = await peer();
    try {
      p.sock.send("\r\n\r\n", s.port, "127.0.0.1");
      const sock = net.connect(s.port, "127.0.0.1");
      await new Promise<void>((r) => sock.once("connect", () => r()));
      const pong = new Promise<string>((r) => sock.once("data", (d) => r(d.toString("latin1"))));
      sock.write("\r\n\r\n");
      assert.equal(await pong, "\r\n");
      sock.destroy();
      assert.equal(s.counters.malformed, 0);
      assert.equal(s.counters.keepalives, 2);
      assert.equal(p.got.length, 0);
    } finally {
      p.sock.close();
    }
  });

  it("maxConnections: a stream connection beyond the limit is refused", async () => {
    const s = await stack({ maxConnections: 1, udp: false });
    const a = net.connect(s.port, "127.0.0.1");
    await new Promise<void>((r) => a.once("connect", () => r()));
    await new Promise((r) => setTimeout(r, 50));
    const b = net.connect(s.port, "127.0.0.1");
    b.on("error", () => {});
    await new Promise<void>((r) => b.once("close", () => r()));
    assert.equal(a.destroyed, false);
    a.destroy();
  });

  it("an over-size datagram gets 413 when readable", async () => {
    const s = await stack({ maxMessageSize: 1000 });
    const p = await peer();
    try {
      p.sock.send(req("OPTIONS", p.port, "z9hG4bKbig", "1 OPTIONS", [`X-Pad: ${"a".repeat(1200)}`]), s.port, "127.0.0.1");
      await p.wait(1);
      assert.equal(p.got[0]?.status, 413);
    } finally {
      p.sock.close();
    }
  });
});

describe("digest with SIPp as the client", { timeout: 20000 }, () => {
  it("SIPp answers our MD5 challenge correctly; a wrong password is refused", async () => {
    const nonces = new NonceManager();
    const realm = "sb.test";
    const stored = ha1("MD5", "1001", realm, "s3cret");
    const verdicts: string[] = [];
    const s = await stack({
      onRequest: (tx) => {
        const auth = tx.request.get("Authorization");
        const cred = auth ? parseAuthorization(auth) : null;
        if (cred === null) {
          tx.respond(401, { headers: [["WWW-Authenticate", challengeHeader(realm, nonces.issue(), "MD5")]] });
          verdicts.push("challenge");
          return;
        }
        const ok = nonces.check(cred.nonce) === "valid" && cred.username === "1001" && cred.realm === realm &&
          verifyDigest(cred, tx.request.method, stored);
        verdicts.push(ok ? "ok" : "bad");
        tx.respond(ok ? 200 : 403);
      },
    });
    const port = await freePort();
    const sipp = runSipp([`127.0.0.1:${s.port}`, "-sf", `${SCENARIOS}uac-register-auth.xml`, "-i", "127.0.0.1", "-p",
      String(port), "-m", "1", "-timeout", "10s"]);
    try {
      const r = await sipp.done;
      assert.equal(r.code, 0, `sipp failed: ${r.stdout.slice(-1500)} ${r.messages.slice(-3000)}`);
      assert.deepEqual(verdicts, ["challenge", "ok", "bad"]);
      assert.match(r.messages, /Authorization: Digest username="1001"/);
    } finally {
      sipp.kill();
    }
  });
});

describe("RFC 3262 reliable provisionals (UAS side)", { timeout: 20000 }, () => {
  it("SIPp UAC with Require: 100rel gets a retransmitted 180 with RSeq, PRACK is answered by the stack", async () => {
    let acks = 0;
    const methods: string[] = [];
    const s = await stack({
      timerT1Ms: 100,
      onRequest: (tx) => {
        methods.push(tx.request.method);
        tx.respond(180, { toTag: "rel" });
        setTimeout(() => tx.respond(200, { toTag: "rel", headers: [["Contact", "<sip:sb@127.0.0.1>"]] }), 600);
      },
      onAck: () => acks++,
    });
    const port = await freePort();
    const sipp = runSipp([`127.0.0.1:${s.port}`, "-sf", `${SCENARIOS}uac-100rel.xml`, "-i", "127.0.0.1", "-p", String(port),
      "-m", "1", "-timeout", "10s"]);
    try {
      const r = await sipp.done;
      assert.equal(r.code, 0, `sipp failed: ${r.stdout.slice(-1500)} ${r.messages.slice(-3000)}`);
      assert.deepEqual(methods, ["INVITE"], "the PRACK never reaches the TU");
      assert.match(r.messages, /^RSeq: \d+/m);
      assert.match(r.messages, /^Require: 100rel/m);
      assert.ok(s.counters.retransmissionsSent >= 1, "180 retransmitted while unacknowledged");
      const end = Date.now() + 2000;
      while (acks === 0 && Date.now() < end) await new Promise((res) => setTimeout(res, 10));
      assert.equal(acks, 1);
    } finally {
      sipp.kill();
    }
  });

  it("a PRACK matching nothing gets 481; provisionals without Require: 100rel stay unreliable", async () => {
    const s = await stack({ onRequest: (tx) => tx.respond(180, { toTag: "u" }) });
    const c = dgram.createSocket("udp4");
    await new Promise<void>((r) => c.bind(0, "127.0.0.1", () => r()));
    const got: SipMessage[] = [];
    c.on("message", (b) => {
      const m = parseMessage(b);
      if (!isParseFailure(m)) got.push(m);
    });
    try {
      const lp = c.address().port;
      const msg = (method: string, cseq: string, extra: string[]) => [`${method} sip:sb@127.0.0.1 SIP/2.0`,
        `Via: SIP/2.0/UDP 127.0.0.1:${lp};branch=z9hG4bK${method}`, "From: <sip:p@127.0.0.1>;tag=p1",
        "To: <sip:sb@127.0.0.1>", "Call-ID: prack-1", `CSeq: ${cseq}`, ...extra, "Content-Length: 0", "", ""].join("\r\n");
      c.send(msg("INVITE", "1 INVITE", []), s.port, "127.0.0.1");
      c.send(msg("PRACK", "2 PRACK", ["RAck: 999 1 INVITE"]), s.port, "127.0.0.1");
      const end = Date.now() + 2000;
      while (got.length < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
      const ringing = got.find((m) => m.status === 180);
      assert.equal(ringing?.get("RSeq"), undefined);
      assert.equal(got.find((m) => m.method === "PRACK")?.status, 481);
    } finally {
      c.close();
    }
  });
});
