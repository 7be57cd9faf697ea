// RFC 4475 / RFC 5118 torture messages: parser verdicts, then the same bytes through a running SipStack over
// UDP and TCP. Data lives beside the repo (CI clones shared/ next to main/).
import assert from "node:assert/strict";
import dgram from "node:dgram";
import { readFileSync } from "node:fs";
import net from "node:net";
import { after, before, describe, it } from "node:test";
import { SipStack, formatUri, isParseFailure, parseMessage, parseNameAddr, parseUri, parseVia, validateRequest } from "./index.ts";

const DIR = new URL("../../../../shared/testdata/sip-torture/", import.meta.url);

interface Entry {
  file: string;
  wire_file?: string;
  expect: "valid" | "invalid";
  response: string;
  liberal_accept_ok?: boolean;
  layer: string;
}

const manifest: Entry[] = JSON.parse(readFileSync(new URL("manifest.json", DIR), "utf8"));
const bytes = (e: Entry): Buffer => readFileSync(new URL(e.wire_file ?? e.file, DIR));
/** status codes the RFC text prescribes for this message (empty = "an error" / no specific code) */
const codes = (e: Entry): number[] => (e.response.match(/\b[1-6]\d\d\b/g) ?? []).map(Number);
const isResponseBytes = (b: Buffer): boolean => b.subarray(0, 4).toString("latin1") === "SIP/";
/** the stack answers these itself; any other valid request must reach the TU */
const STACK_CODES = new Set([416, 420]);

describe("RFC 4475/5118 torture: parser", { timeout: 10000 }, () => {
  it("has the full corpus", () => {
    assert.ok(manifest.length >= 60, `manifest has ${manifest.length} entries`);
  });
  for (const e of manifest) {
    it(`${e.file} (${e.expect})`, () => {
      const buf = bytes(e);
      const m = parseMessage(buf);
      const verdict = isParseFailure(m) ? m : m.isRequest ? validateRequest(m) : null;
      if (e.expect === "valid") {
        if (verdict === null) return;
        assert.ok(codes(e).includes(verdict.status), `valid message rejected: ${verdict.status} ${verdict.reason}`);
        return;
      }
      if (verdict === null) {
        assert.ok(e.liberal_accept_ok, "invalid message accepted");
        return;
      }
      const c = codes(e);
      if (c.length > 0 && verdict.partial !== null) {
        assert.ok(c.includes(verdict.status), `got ${verdict.status}, RFC says ${e.response}`);
      }
    });
  }
  it("the bit-exact RFC 5118 archive files (LF line ends) never throw", () => {
    for (const e of manifest) if (e.wire_file) parseMessage(readFileSync(new URL(e.file, DIR)));
  });
});

for (const transport of ["udp", "tcp"] as const) {
  describe(`RFC 4475/5118 torture: SipStack over ${transport}`, { timeout: 60000 }, () => {
    let stack: SipStack;
    let out: Buffer[] = [];
    let tuCalls = 0;
    before(async () => {
      stack = new SipStack({
        port: 0,
        udp: transport === "udp",
        tcp: transport === "tcp",
        onRequest: (tx) => {
          tuCalls++;
          const m = tx.request.method;
          tx.respond(m === "INVITE" ? 486 : ["OPTIONS", "REGISTER", "BYE", "MESSAGE"].includes(m) ? 200 : 501);
        },
        onTrace: (dir, data) => {
          if (dir === "out") out.push(data);
        },
      });
      await stack.start();
    });
    after(async () => {
      await stack.close();
    });

    async function deliver(buf: Buffer): Promise<{ statuses: number[]; closed: boolean }> {
      out = [];
      const c0 = stack.counters.dropped + stack.counters.malformed;
      const settled = () => out.length > 0 || stack.counters.dropped + stack.counters.malformed !== c0;
      let closed = false;
      let sock: dgram.Socket | net.Socket;
      if (transport === "udp") {
        const u = dgram.createSocket("udp4");
        sock = u;
        u.send(buf, stack.port, "127.0.0.1");
      } else {
        const t = net.connect(stack.port, "127.0.0.1");
        sock = t;
        t.on("error", () => {});
        t.on("close", () => {
          closed = true;
        });
        t.write(buf);
      }
      // settles as soon as the stack answered or counted a drop; only unterminated TCP input waits it out
      const end = Date.now() + 1000;
      while (!settled() && !closed && Date.now() < end) await new Promise((r) => setTimeout(r, 2));
      // let a close after a reply arrive
      if (transport === "tcp") await new Promise((r) => setTimeout(r, 15));
      if (sock instanceof net.Socket) sock.destroy();
      else sock.close();
      const statuses = out.map((b) => Number(b.subarray(8, 11).toString("latin1")));
      return { statuses, closed };
    }

    for (const e of manifest) {
      it(`${e.file} (${e.expect}: ${e.response})`, async () => {
        const buf = bytes(e);
        const tu0 = tuCalls;
        const d0 = stack.counters.dropped;
        const r0 = stack.counters.retransmissionsAbsorbed;
        const { statuses, closed } = await deliver(buf);
        // several RFC messages reuse one Via branch + sent-by: the stack rightly absorbs the later ones as
        // retransmissions of a live transaction and replays the cached answer (§17.2.3)
        const absorbed = stack.counters.retransmissionsAbsorbed > r0 && statuses.length > 0;
        const reachedTu = tuCalls > tu0 || absorbed;
        const c = codes(e);
        if (isResponseBytes(buf)) {
          assert.deepEqual(statuses, [], "no response to a response");
          assert.ok(stack.counters.dropped > d0, "response dropped and counted");
          return;
        }
        if (e.expect === "valid") {
          const stackCode = c.find((x) => STACK_CODES.has(x));
          if (stackCode !== undefined) {
            assert.deepEqual(statuses, [stackCode]);
            assert.equal(reachedTu, false);
          } else if (e.file === "badbranch.dat") {
            assert.ok(reachedTu || statuses[0] === 400);
          } else {
            assert.ok(reachedTu, `valid request did not reach the TU (stack sent ${statuses})`);
          }
          return;
        }
        // invalid
        if (reachedTu) {
          assert.ok(e.liberal_accept_ok, "invalid request reached the TU");
          return;
        }
        if (statuses.length > 0) {
          const s = statuses[0] as number;
          assert.ok(c.length === 0 || c.includes(s), `answered ${s}, RFC says ${e.response}`);
        } else {
          // over a stream an unterminated header section or a short body can only be waited for (RFC 4475 §3.1.2.2)
          const incomplete = transport === "tcp" && (e.file === "clerr.dat" || buf.indexOf("\r\n\r\n") < 0);
          assert.ok(stack.counters.dropped > d0 || closed || incomplete,
            "neither answered nor dropped");
        }
        if (transport === "tcp" && /close connection/.test(e.response)) assert.ok(closed, "stream closed after a framing error");
      });
    }

    it("still answers a normal request afterwards", async () => {
      const opt = Buffer.from([
        "OPTIONS sip:sb@127.0.0.1 SIP/2.0", "Via: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKafter;rport",
        "From: <sip:t@127.0.0.1>;tag=a", "To: <sip:sb@127.0.0.1>", "Call-ID: after", "CSeq: 1 OPTIONS",
        "Content-Length: 0", "", ""].join("\r\n"));
      const { statuses } = await deliver(opt);
      assert.deepEqual(statuses, [200]);
    });
  });
}

describe("RFC 4475/5118 torture: what the parser extracts", { timeout: 5000 }, () => {
  const msg = (f: string) => {
    const m = parseMessage(readFileSync(new URL(f, DIR)));
    if (isParseFailure(m)) assert.fail(`${f}: ${m.reason}`);
    return m;
  };

  it("wsinv: folding, odd LWS, compact forms, escaped quotes, opaque values", () => {
    const m = msg("wsinv.dat");
    assert.equal(m.getAll("Via").length, 3);
    assert.equal(m.topVia?.host, "192.0.2.2");
    assert.equal(m.topVia?.transport, "UDP");
    assert.equal(m.topVia?.params.get("branch"), "390skdjuw");
    assert.equal(parseVia(m.getAll("Via")[2] as string)?.[0]?.params.get("branch"), "z9hG4bK30239");
    assert.deepEqual(m.cseq, { seq: 9, method: "INVITE" });
    assert.equal(m.get("Max-Forwards"), "0068");
    assert.equal(m.to?.params.get("tag"), "1918181833n");
    assert.equal(m.from?.displayName, 'J Rosenberg \\"');
    assert.equal(m.from?.params.get("tag"), "98asjd8");
    assert.equal(m.get("Subject"), "");
    assert.equal(m.get("NewFangledHeader"), "newfangled value continued newfangled value");
    assert.equal(m.get("UnknownHeaderWithUnusualValue"), ";;,,;;,;");
    assert.deepEqual(m.getAll("UnknownHeaderWithUnusualValue"), [";;,,;;,;"]);
    const c = parseNameAddr(m.get("Contact") as string);
    assert.equal(c?.displayName, 'Quoted string ""');
    assert.equal(c?.params.get("newparam"), "newvalue");
    assert.equal(c?.params.get("q"), "0.33");
    assert.ok(c?.params.has("secondparam"));
    assert.equal(m.body.length, 150);
    assert.equal(parseUri(m.requestUri)?.params.has("unknownparam"), true);
  });

  it("intmeth / esc02: methods are opaque tokens, % is literal outside URIs", () => {
    const a = msg("intmeth.dat");
    assert.equal(a.method, "!interesting-Method0123456789_*+`.%indeed'~");
    assert.equal(a.cseq.method, a.method);
    assert.equal(a.to?.displayName, "BEL:\u0007 NUL:\u0000 DEL:\u007f");
    assert.equal(a.from?.displayName, "token1~` token2'+_ token3*%!.-");
    assert.equal(a.callId, "intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{");
    const b = msg("esc02.dat");
    assert.equal(b.method, "RE%47IST%45R");
    assert.notEqual(b.method, "REGISTER");
    assert.equal(b.getAll("Contact").length, 2);
    assert.equal(b.get("C%6Fntact"), "<sip:alias2@host2.example.com>");
    assert.equal(b.from?.displayName, "%Z%45");
  });

  it("escapes in URIs: decoded once, NULs kept, ';' in the user part", () => {
    const n = msg("escnull.dat");
    const users = n.getAll("Contact").map((c) => parseNameAddr(c)?.uri.user);
    assert.deepEqual(users, ["\u0000", "\u0000\u0000"]);
    const s = msg("semiuri.dat");
    const u = parseUri(s.requestUri);
    assert.equal(u?.user, "user;par=u@example.net");
    assert.equal(u?.host, "example.com");
  });

  it("contact parameters vs URI parameters; escaped URI headers kept", () => {
    const c1 = parseNameAddr(msg("cparam01.dat").get("Contact") as string);
    assert.equal(c1?.uri.params.size, 0);
    assert.ok(c1?.params.has("unknownparam"));
    const c2 = parseNameAddr(msg("cparam02.dat").get("Contact") as string);
    assert.ok(c2?.uri.params.has("unknownparam"));
    assert.equal(c2?.params.size, 0);
    const r = parseNameAddr(msg("regescrt.dat").get("m") as string);
    assert.equal(r?.uri.headers.get("Route"), "%3Csip:sip.example.com%3E");
    assert.equal(formatUri(r!.uri), "sip:user@example.com?Route=%3Csip:sip.example.com%3E");
  });

  it("framing: long message, trailing datagram octets, binary multipart body", () => {
    const l = msg("longreq.dat");
    assert.equal(l.getAll("Via").length, 34);
    assert.equal(l.topVia?.host, "sip33.example.com");
    assert.equal(msg("dblreq.dat").body.length, 0);
    assert.equal(msg("mpart01.dat").body.length, 553);
    assert.equal(msg("inv2543.dat").body.length, 105);
  });

  it("RFC 5118: IPv6 references and ports", () => {
    assert.equal(parseUri(msg("rfc5118-wire/port-ambiguous.dat").requestUri)?.port, null);
    const u = parseUri(msg("rfc5118-wire/port-unambiguous.dat").requestUri);
    assert.equal(u?.host, "[2001:db8::10]");
    assert.equal(u?.port, 5070);
    const v = msg("rfc5118-wire/via-received-param-no-delim.dat").topVia;
    assert.ok(v?.params.get("branch")?.startsWith("z9hG4bK"));
    assert.equal(v?.params.get("received"), "2001:db8::9:255");
    const three = parseUri(msg("rfc5118-wire/ipv6-bug-abnf-3-colons.dat").requestUri);
    assert.equal(three?.host, "[2001:db8:::192.0.2.1]");
  });
});
