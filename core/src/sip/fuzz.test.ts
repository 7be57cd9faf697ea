// Property-based fuzzing with fast-check (time-boxed): serializer/parser equivalence, and random mutations of
// real messages never throw out of the parser, the lazy accessors or a running stack.
import assert from "node:assert/strict";
import dgram from "node:dgram";
import { readFileSync, readdirSync } from "node:fs";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  SipMessage, SipStack, canonicalHeaderName, formatNameAddr, formatUri, isParseFailure, parseAuthorization,
  parseMessage, parseNameAddr, parseSdp, parseUri, parseVia, validateRequest,
} from "./index.ts";

const DIR = new URL("../../../../shared/testdata/sip-torture/", import.meta.url);
const seeds: Buffer[] = readdirSync(DIR).filter((f) => f.endsWith(".dat")).map((f) => readFileSync(new URL(f, DIR)));
for (const f of readdirSync(new URL("rfc5118-wire/", DIR))) seeds.push(readFileSync(new URL(`rfc5118-wire/${f}`, DIR)));

// per-property time box; raise it for a deeper local run: SIP_FUZZ_MS=60000 node --import tsx --test core/src/sip/fuzz.test.ts
const TIME = Number(process.env.SIP_FUZZ_MS ?? 1500);
// headers validateRequest interprets; random values there would (rightly) fail validation
const STRUCTURED = new Set(["Via", "From", "To", "Call-ID", "CSeq", "Content-Length", "Max-Forwards", "Contact", "Require"]);
const TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.!%*_+`'~";
const token = fc.string({ unit: fc.constantFrom(...TOKEN), minLength: 1, maxLength: 12 });
// header values: printable, no CR/LF, no leading/trailing whitespace (the parser trims LWS)
const value = fc.string({ unit: fc.constantFrom(..." abcdefgh;=,\"<>:@/\\?%ABZ019\t!~é"), maxLength: 30 })
  .map((s) => s.trim());
const host = fc.oneof(
  fc.constantFrom("example.com", "a.b-c.net", "127.0.0.1", "[2001:db8::1]", "[::ffff:192.0.2.1]"),
  fc.string({ unit: fc.constantFrom(..."abcxyz019-."), minLength: 1, maxLength: 10 }).filter((s) => /^[a-z0-9]/.test(s)),
);

function mutate(buf: Buffer, edits: Array<{ kind: number; pos: number; byte: number; len: number }>): Buffer {
  let b = Buffer.from(buf);
  for (const e of edits) {
    const p = b.length === 0 ? 0 : e.pos % b.length;
    if (e.kind === 0) b[p] = e.byte;
    else if (e.kind === 1) b = Buffer.concat([b.subarray(0, p), Buffer.from([e.byte]), b.subarray(p)]);
    else if (e.kind === 2) b = Buffer.concat([b.subarray(0, p), b.subarray(p + e.len)]);
    else if (e.kind === 3) b = Buffer.concat([b.subarray(0, p), b.subarray(p, p + e.len), b.subarray(p)]);
    else b = b.subarray(0, p);
  }
  return b;
}
const edit = fc.record({
  kind: fc.integer({ min: 0, max: 4 }), pos: fc.nat(), len: fc.integer({ min: 1, max: 40 }),
  byte: fc.constantFrom(0, 9, 10, 13, 32, 34, 44, 58, 59, 60, 62, 64, 92, 127, 0xc3, 0xff, 48, 65),
});

describe("fuzz (fast-check)", { timeout: 4 * TIME + 20000 }, () => {
  it("parse(serialize(m)) is equivalent to m", () => {
    fc.assert(fc.property(
      token, fc.boolean(), host, fc.array(fc.tuple(token, value), { maxLength: 8 }), fc.uint8Array({ maxLength: 64 }),
      fc.integer({ min: 100, max: 699 }),
      (method, isReq, h, extra, body, status) => {
        const headers: Array<[string, string]> = [
          ["Via", `SIP/2.0/UDP ${h}:5060;branch=z9hG4bK${method}`], ["From", `<sip:a@${h}>;tag=1`],
          ["To", `<sip:b@${h}>`], ["Call-ID", `${method}@x`], ["CSeq", `7 ${method}`],
          ...extra.filter(([n]) => !STRUCTURED.has(canonicalHeaderName(n))),
        ];
        const m = isReq ? SipMessage.request(method, `sip:u@${h}`, headers, Buffer.from(body))
          : SipMessage.response(status, "Some Reason", headers, Buffer.from(body));
        const p = parseMessage(m.toBuffer());
        assert.ok(!isParseFailure(p), isParseFailure(p) ? p.reason : "");
        assert.equal(p.isRequest, isReq);
        assert.equal(p.method, method);
        assert.equal(p.requestUri, m.requestUri);
        assert.equal(p.status, m.status);
        assert.deepEqual(p.body, m.body);
        assert.deepEqual(p.headers.filter((x) => x[0] !== "Content-Length"), m.headers);
        assert.equal(p.topVia?.host, h);
        if (isReq) assert.equal(validateRequest(p), null);
      },
    ), { interruptAfterTimeLimit: TIME, numRuns: 100000 });
  });

  it("URI and name-addr round-trip through format/parse", () => {
    const userChar = fc.constantFrom(..."abcXYZ019-_.!~*'()&=+$,;?/@% :\u00e9");
    fc.assert(fc.property(fc.option(fc.string({ unit: userChar, minLength: 1, maxLength: 10 }), { nil: null }), host,
      fc.option(fc.integer({ min: 0, max: 65535 }), { nil: null }), fc.array(fc.tuple(token, fc.option(token, { nil: null })), { maxLength: 3 }),
      fc.option(fc.string({ unit: fc.constantFrom(..."ab \"\\<>,;c"), maxLength: 10 }), { nil: null }),
      (user, h, port, params, dn) => {
        const u = { scheme: "sip" as const, user, password: null, host: h, port, params: new Map(params.map(([k, v]) => [k.toLowerCase(), v])), headers: new Map<string, string>() };
        const back = parseUri(formatUri(u));
        assert.ok(back, formatUri(u));
        assert.deepEqual(back, u);
        const na = { displayName: dn, uri: u, params: new Map([["tag", "x1"]]) };
        const nb = parseNameAddr(formatNameAddr(na));
        assert.ok(nb, formatNameAddr(na));
        assert.equal(nb.displayName ?? "", dn ?? "");
        assert.deepEqual(nb.uri, u);
      },
    ), { interruptAfterTimeLimit: TIME, numRuns: 100000 });
  });

  it("random mutations of real messages never throw (parser, validation, accessors, serializer)", () => {
    fc.assert(fc.property(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, edits) => {
      const b = mutate(seed, edits);
      const m = parseMessage(b);
      const msg = isParseFailure(m) ? m.partial : m;
      if (msg === null) return;
      if (msg.isRequest) validateRequest(msg);
      void msg.from; void msg.to; void msg.topVia; void msg.cseq; void msg.callId;
      for (const n of ["Via", "Contact", "Route", "Require"]) for (const v of msg.getAll(n)) { parseVia(v); parseNameAddr(v); }
      parseSdp(msg.body.toString("utf8"));
      const again = parseMessage(msg.toBuffer());
      // what we parsed and serialise again we must read back identically
      if (!isParseFailure(m)) {
        assert.ok(!isParseFailure(again), isParseFailure(again) ? again.reason : "");
        assert.deepEqual(again.headers.filter((h) => h[0] !== "Content-Length"), m.headers.filter((h) => h[0] !== "Content-Length"));
        assert.deepEqual(again.body, m.body);
      }
    }), { interruptAfterTimeLimit: TIME, numRuns: 1_000_000 });
  });

  it("helpers never throw on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => {
      parseUri(s); parseNameAddr(s); parseVia(s); parseSdp(s); parseAuthorization(s); parseAuthorization(`Digest ${s}`);
    }), { interruptAfterTimeLimit: 800, numRuns: 1_000_000 });
  });

  it("a running stack survives mutated datagrams and still answers", async () => {
    const s = new SipStack({ port: 0, tcp: false, onRequest: (tx) => tx.respond(200) });
    await s.start();
    const c = dgram.createSocket("udp4");
    try {
      const samples = fc.sample(fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 4 })), { numRuns: 400, seed: 42 });
      let i = 0;
      for (const [seed, edits] of samples) {
        c.send(mutate(seed, edits), s.port, "127.0.0.1");
        // pace the burst so the kernel's socket buffer does not drop datagrams
        if (++i % 25 === 0) await new Promise((r) => setTimeout(r, 5));
      }
      const got = new Promise<Buffer>((res) => c.on("message", (b) => {
        if (b.includes("CSeq: 1 OPTIONS")) res(b);
      }));
      await new Promise((r) => setTimeout(r, 200));
      c.send(["OPTIONS sip:a@127.0.0.1 SIP/2.0", `Via: SIP/2.0/UDP 127.0.0.1:${c.address().port};branch=z9hG4bKalive`,
        "From: <sip:f@127.0.0.1>;tag=1", "To: <sip:a@127.0.0.1>", "Call-ID: alive", "CSeq: 1 OPTIONS", "Content-Length: 0", "", ""].join("\r\n"), s.port, "127.0.0.1");
      const r = await got;
      assert.match(r.toString(), /^SIP\/2\.0 200 OK/);
      assert.ok(s.counters.received >= 401, `received ${JSON.stringify(s.counters)}`);
      assert.equal(s.counters.tuErrors, 0);
    } finally {
      c.close();
      await s.close();
    }
  });
});
