import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  SipMessage, buildResponse, formatNameAddr, formatUri, isParseFailure, parseMessage, parseNameAddr, parseUri,
  parseVia, reasonPhrase, validateRequest,
} from "./index.ts";

const INVITE = [
  "INVITE sip:bob@biloxi.example.com SIP/2.0",
  "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds",
  "Max-Forwards: 70",
  'To: "Bob" <sip:bob@biloxi.example.com>',
  'From: "Alice \\"A\\", Liddell" <sip:alice@atlanta.example.com>;tag=1928301774',
  "Call-ID: a84b4c76e66710@pc33.atlanta.example.com",
  "CSeq: 314159 INVITE",
  "Contact: <sip:alice@pc33.atlanta.example.com>",
  "Content-Type: application/sdp",
  "Content-Length: 4",
  "",
  "v=0\r\n",
].join("\r\n");

function parse(s: string | Buffer): SipMessage {
  const m = parseMessage(typeof s === "string" ? Buffer.from(s) : s);
  if (isParseFailure(m)) assert.fail(`parse failed: ${m.status} ${m.reason}`);
  return m;
}

describe("sip message parser", { timeout: 5000 }, () => {
  it("parses a typical INVITE and frames the body by Content-Length", () => {
    const m = parse(INVITE);
    assert.equal(m.isRequest, true);
    assert.equal(m.method, "INVITE");
    assert.equal(m.requestUri, "sip:bob@biloxi.example.com");
    assert.equal(m.body.toString(), "v=0\r");
    assert.deepEqual(m.cseq, { seq: 314159, method: "INVITE" });
    assert.equal(m.callId, "a84b4c76e66710@pc33.atlanta.example.com");
    assert.equal(m.from?.displayName, 'Alice "A", Liddell');
    assert.equal(m.from?.params.get("tag"), "1928301774");
    assert.equal(m.to?.uri.user, "bob");
    assert.equal(m.topVia?.params.get("branch"), "z9hG4bK776asdhds");
    assert.equal(validateRequest(m), null);
  });

  it("expands compact forms, unfolds continuation lines and keeps order", () => {
    const raw = [
      "OPTIONS sip:x@example.com SIP/2.0",
      "v: SIP/2.0/TCP a.example.com;branch=z9hG4bK1",
      "  , SIP/2.0/UDP b.example.com:5070;branch=z9hG4bK2",
      "f: <sip:a@example.com>;tag=1",
      "t: <sip:x@example.com>",
      "i: abc",
      "CSeq   :   1 OPTIONS",
      "m: <sip:a@1.2.3.4>",
      "k: timer, 100rel",
      "l: 0",
      "",
      "",
    ].join("\r\n");
    const m = parse(raw);
    assert.deepEqual(m.headers.map((h) => h[0]), ["Via", "From", "To", "Call-ID", "CSeq", "Contact", "Supported", "Content-Length"]);
    assert.equal(m.get("v"), m.get("VIA"));
    const vias = m.getAll("via");
    assert.equal(vias.length, 2);
    assert.equal(parseVia(vias[1] as string)?.[0]?.port, 5070);
    assert.deepEqual(m.getAll("Supported"), ["timer", "100rel"]);
    assert.equal(m.cseq.method, "OPTIONS");
  });

  it("does not split headers whose commas are not separators", () => {
    const m = SipMessage.request("REGISTER", "sip:example.com", [
      ["WWW-Authenticate", 'Digest realm="a,b", nonce="x"'],
      ["Date", "Sat, 13 Nov 2010 23:29:00 GMT"],
      ["Contact", '"x, y" <sip:a@b>, <sip:c@d>;q=0.5'],
      ["X-Unknown", "a,b"],
    ]);
    assert.equal(m.getAll("WWW-Authenticate").length, 1);
    assert.equal(m.getAll("Date").length, 1);
    assert.deepEqual(m.getAll("Contact"), ['"x, y" <sip:a@b>', "<sip:c@d>;q=0.5"]);
    assert.deepEqual(m.getAll("x-unknown"), ["a,b"]);
  });

  it("set/append/prepend/remove invalidate the lazy caches", () => {
    const m = parse(INVITE);
    assert.equal(m.from?.params.get("tag"), "1928301774");
    m.set("From", "<sip:carol@example.com>;tag=zz");
    assert.equal(m.from?.uri.user, "carol");
    m.prepend("Via", "SIP/2.0/UDP 10.0.0.1:5062;branch=z9hG4bKtop");
    assert.equal(m.topVia?.host, "10.0.0.1");
    assert.equal(m.headers[0]?.[0], "Via");
    m.remove("via");
    assert.equal(m.topVia, null);
    assert.equal(m.getAll("Via").length, 0);
  });

  it("serialises with a correct Content-Length and round-trips", () => {
    const m = parse(INVITE);
    m.body = Buffer.from("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\n");
    const out = m.toBuffer();
    const again = parse(out);
    assert.equal(again.get("Content-Length"), String(m.body.length));
    assert.deepEqual(again.body, m.body);
    assert.deepEqual(again.headers, m.headers.map(([n, v]) => [n, n === "Content-Length" ? String(m.body.length) : v]));
    // a message without Content-Length gets one
    const r = SipMessage.response(200, "OK", [["CSeq", "1 BYE"]]);
    assert.match(r.toString(), /^SIP\/2\.0 200 OK\r\nCSeq: 1 BYE\r\nContent-Length: 0\r\n\r\n$/);
    assert.equal(r.method, "BYE");
  });

  it("reports framing and start-line errors", () => {
    const cl = parseMessage(Buffer.from(INVITE.replace("Content-Length: 4", "Content-Length: 400")));
    assert.ok(isParseFailure(cl) && cl.status === 400 && cl.partial !== null);
    const v = parseMessage(Buffer.from(INVITE.replace("SIP/2.0\r\n", "SIP/3.0\r\n")));
    assert.ok(isParseFailure(v) && v.status === 505 && v.partial !== null);
    const sp = parseMessage(Buffer.from(INVITE.replace("INVITE sip", "INVITE  sip")));
    assert.ok(isParseFailure(sp) && sp.status === 400);
    assert.ok(isParseFailure(parseMessage(Buffer.alloc(0))));
    assert.ok(isParseFailure(parseMessage(Buffer.from("SIP/2.0 1000 Big\r\nCSeq: 1 X\r\n\r\n"))));
  });

  it("ignores trailing octets in a datagram and takes the rest as body without Content-Length", () => {
    const m = parse(`${INVITE}garbage after body`);
    assert.equal(m.body.length, 4);
    const noCl = parse(INVITE.replace("Content-Length: 4\r\n", ""));
    assert.equal(noCl.body.toString(), "v=0\r\n");
  });

  it("validateRequest: CSeq mismatch, duplicates, unknown scheme", () => {
    const mm = parse(INVITE.replace("CSeq: 314159 INVITE", "CSeq: 314159 BYE"));
    assert.equal(validateRequest(mm)?.status, 400);
    const dup = parse(INVITE.replace("Call-ID:", "Call-ID: x\r\nCall-ID:"));
    assert.equal(validateRequest(dup)?.status, 400);
    const sch = parse(INVITE.replace("INVITE sip:bob@biloxi.example.com", "INVITE foo:bar"));
    assert.equal(validateRequest(sch)?.status, 416);
  });

  it("buildResponse copies the §8.2.6.2 headers and adds the To tag", () => {
    const req = parse(INVITE);
    const r = buildResponse(req, 486, undefined, "abc");
    assert.equal(r.reason, "Busy Here");
    assert.equal(r.get("To"), '"Bob" <sip:bob@biloxi.example.com>;tag=abc');
    assert.equal(r.get("Call-ID"), req.callId);
    assert.equal(r.get("CSeq"), "314159 INVITE");
    assert.equal(r.get("Contact"), undefined);
    assert.equal(r.method, "INVITE");
    assert.equal(buildResponse(req, 100, undefined, "abc").get("To"), '"Bob" <sip:bob@biloxi.example.com>');
    assert.equal(reasonPhrase(487), "Request Terminated");
    assert.equal(reasonPhrase(499), "Client Error");
  });
});

describe("sip URIs and name-addr", { timeout: 5000 }, () => {
  it("parses sip URIs with userinfo, params, headers and escapes", () => {
    const u = parseUri("sip:alice:secret@atlanta.com:5061;transport=TCP;lr?subject=project%20x&priority=urgent");
    assert.ok(u);
    assert.equal(u.user, "alice");
    assert.equal(u.password, "secret");
    assert.equal(u.port, 5061);
    assert.equal(u.params.get("transport"), "TCP");
    assert.equal(u.params.get("lr"), null);
    assert.equal(u.headers.get("subject"), "project%20x");
    assert.equal(formatUri(u), "sip:alice:secret@atlanta.com:5061;transport=TCP;lr?subject=project%20x&priority=urgent");
    const e = parseUri("sip:user;par=u%40example.net@example.com");
    assert.equal(e?.user, "user;par=u@example.net");
    assert.equal(e?.host, "example.com");
    assert.equal(formatUri(e!), "sip:user;par=u%40example.net@example.com");
    assert.equal(parseUri("sip:%61lice@x")?.user, "alice");
    assert.equal(parseUri("sip:a%00b@x")?.user, "a\u0000b");
  });

  it("handles IPv6 references (RFC 5118) and rejects bare IPv6 and whitespace", () => {
    const u = parseUri("sip:[2001:db8::10]:5070");
    assert.equal(u?.host, "[2001:db8::10]");
    assert.equal(u?.port, 5070);
    const amb = parseUri("sip:user@[2001:db8::10:5070]");
    assert.equal(amb?.port, null);
    assert.equal(parseUri("sip:user@2001:db8::10"), null);
    assert.equal(parseUri("sip:user@example.com; lr"), null);
    assert.equal(parseUri("<sip:user@example.com>"), null);
    assert.equal(parseUri("http://example.com"), null);
  });

  it("parses tel URIs", () => {
    const t = parseUri("tel:+1-201-555-0123;phone-context=example.com");
    assert.equal(t?.scheme, "tel");
    assert.equal(t?.user, "+1-201-555-0123");
    assert.equal(t?.params.get("phone-context"), "example.com");
    assert.equal(formatUri(t!), "tel:+1-201-555-0123;phone-context=example.com");
  });

  it("name-addr and addr-spec forms", () => {
    const a = parseNameAddr('"A \\"quoted\\" name" <sip:a@b.com;lr>;tag=x;expires=60');
    assert.equal(a?.displayName, 'A "quoted" name');
    assert.equal(a?.uri.params.has("lr"), true);
    assert.equal(a?.params.get("expires"), "60");
    assert.equal(formatNameAddr(a!), '"A \\"quoted\\" name" <sip:a@b.com;lr>;tag=x;expires=60');
    const b = parseNameAddr("sip:+19725552222@gw1.example.net;unknownparam");
    assert.equal(b?.uri.params.size, 0);
    assert.equal(b?.params.has("unknownparam"), true);
    const c = parseNameAddr("caller<sip:caller@example.com>;tag=323");
    assert.equal(c?.displayName, "caller");
    assert.equal(parseNameAddr('"unterminated <sip:a@b>'), null);
    assert.equal(parseNameAddr("Bell, Alexander <sip:a@b>"), null);
    assert.equal(parseNameAddr("sip:a@b?Route=%3Csip:c%3E"), null);
  });

  it("Via with LWS, IPv6 and received/rport", () => {
    const v = parseVia("SIP / 2.0 / UDP [2001:db8::9:1]:6050 ; branch=z9hG4bKx ; rport ; received=[2001:db8::9:255], SIP/2.0/TCP h.example.com");
    assert.equal(v?.length, 2);
    assert.equal(v?.[0]?.protocol, "SIP/2.0");
    assert.equal(v?.[0]?.transport, "UDP");
    assert.equal(v?.[0]?.host, "[2001:db8::9:1]");
    assert.equal(v?.[0]?.port, 6050);
    assert.equal(v?.[0]?.params.get("rport"), null);
    assert.equal(v?.[0]?.params.get("received"), "[2001:db8::9:255]");
    assert.equal(v?.[1]?.port, null);
    assert.equal(parseVia("SIP/2.0/UDP 1.2.3.4;received=2001:db8::9:255;branch=z9hG4bKy")?.[0]?.params.get("branch"), "z9hG4bKy");
    assert.equal(parseVia("SIP/2.0/UDP 192.0.2.15;;,;,,"), null);
  });
});

describe("header injection guard", { timeout: 5000 }, () => {
  it("rejects CR/LF in values and non-token names with TypeError", () => {
    const m = SipMessage.request("OPTIONS", "sip:a@b", [["Call-ID", "x"]]);
    assert.throws(() => m.set("Subject", "hi\r\nVia: SIP/2.0/UDP evil"), TypeError);
    assert.throws(() => m.append("X-A", "a\nb"), TypeError);
    assert.throws(() => m.prepend("Bad Name", "v"), TypeError);
    assert.throws(() => SipMessage.request("OPTIONS", "sip:a@b", [["From", "<sip:a@b>\r\n"]]), TypeError);
    assert.throws(() => SipMessage.response(200, "OK\r\nX: y", []), TypeError);
    assert.throws(() => SipMessage.request("OPT IONS", "sip:a@b", []), TypeError);
    assert.throws(() => SipMessage.request("OPTIONS", "<sip:a@b>", []), TypeError);
    assert.equal(m.getAll("Subject").length, 0);
  });

  it("the parser refuses a bare CR inside a received header value (so copies can never inject)", () => {
    const bad = parseMessage(Buffer.from(INVITE.replace("Call-ID: a84b4c76e66710", "Call-ID: a84b\r4c76e66710")));
    assert.ok(isParseFailure(bad) && bad.status === 400);
  });
});
