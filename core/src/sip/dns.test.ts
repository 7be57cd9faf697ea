// RFC 3263 target location against a real DNS server on 127.0.0.1 (testdns.ts), and RFC 2782 ordering.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { SipResolver, orderNaptr, orderSrv } from "./dns.ts";
import { TestDnsServer } from "./testdns.ts";

describe("orderSrv (RFC 2782)", () => {
  const rec = (name: string, priority: number, weight: number) => ({ name, port: 5060, priority, weight });

  test("lower priority first, whatever the weights", () => {
    const out = orderSrv([rec("c", 20, 100), rec("a", 10, 0), rec("b", 10, 5), rec("d", 30, 1)]);
    assert.deepEqual(out.map((r) => r.priority), [10, 10, 20, 30]);
  });

  test("weights share the picks in proportion (60/30/10 over 20,000 draws)", () => {
    let seed = 42;
    const random = () => {
      // deterministic LCG so the test cannot flake
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const first: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) first[orderSrv([rec("a", 1, 60), rec("b", 1, 30), rec("c", 1, 10)], random)[0]!.name]!++;
    assert.ok(Math.abs(first.a! / 20_000 - 0.6) < 0.02, JSON.stringify(first));
    assert.ok(Math.abs(first.b! / 20_000 - 0.3) < 0.02, JSON.stringify(first));
    assert.ok(Math.abs(first.c! / 20_000 - 0.1) < 0.02, JSON.stringify(first));
  });

  test("a weight-0 entry goes first only when the random number is 0; otherwise after the weighted ones", () => {
    assert.equal(orderSrv([rec("w", 1, 10), rec("z", 1, 0)], () => 0)[0]!.name, "z");
    assert.deepEqual(orderSrv([rec("w", 1, 10), rec("z", 1, 0)], () => 0.5).map((r) => r.name), ["w", "z"]);
  });

  test("every record appears exactly once", () => {
    const input = [rec("a", 1, 1), rec("b", 1, 0), rec("c", 2, 7), rec("d", 2, 7), rec("e", 1, 3)];
    for (let i = 0; i < 50; i++) assert.deepEqual(orderSrv(input).map((r) => r.name).sort(), ["a", "b", "c", "d", "e"]);
  });
});

describe("orderNaptr (RFC 3263 §4.1)", () => {
  test("order, then preference; only s-flag SIP services we speak; sips keeps only SIPS+D2T", () => {
    const n = (order: number, preference: number, service: string, flags = "s", regexp = "") => ({ order, preference, service, flags, regexp, replacement: `_x.${service}.example` });
    const all = [n(20, 10, "SIP+D2U"), n(10, 20, "SIP+D2T"), n(10, 10, "SIPS+D2T"), n(5, 1, "SIP+D2W"), n(1, 1, "E2U+sip", "u", "!^.*$!sip:x@y!"), n(1, 1, "SIP+D2U", "a")];
    assert.deepEqual(orderNaptr(all).map((r) => r.transport), ["tls", "tcp", "udp"]);
    assert.deepEqual(orderNaptr(all, true).map((r) => r.transport), ["tls"]);
  });
});

describe("SipResolver against a DNS server on 127.0.0.1", () => {
  const dns = new TestDnsServer({
    "carrier.test": [
      { type: "NAPTR", order: 10, preference: 10, flags: "s", service: "SIP+D2T", regexp: "", replacement: "_sip._tcp.carrier.test" },
      { type: "NAPTR", order: 20, preference: 10, flags: "s", service: "SIP+D2U", regexp: "", replacement: "_sip._udp.carrier.test" },
      { type: "A", address: "127.0.0.9" },
    ],
    "_sip._tcp.carrier.test": [{ type: "SRV", priority: 10, weight: 1, port: 5070, target: "tcp1.carrier.test" }],
    "_sip._udp.carrier.test": [
      { type: "SRV", priority: 20, weight: 1, port: 5082, target: "b.carrier.test" },
      { type: "SRV", priority: 10, weight: 1, port: 5081, target: "a.carrier.test" },
    ],
    "tcp1.carrier.test": [{ type: "A", address: "127.0.0.3" }],
    "a.carrier.test": [{ type: "A", address: "127.0.0.1" }, { type: "AAAA", address: "::1" }],
    "b.carrier.test": [{ type: "A", address: "127.0.0.2" }],
    "plain.test": [{ type: "A", address: "127.0.0.7" }],
    "_sip._udp.srvonly.test": [{ type: "SRV", priority: 1, weight: 0, port: 5099, target: "b.carrier.test" }],
    "srvonly.test": [{ type: "A", address: "127.0.0.8" }],
    "_sip._udp.down.test": [{ type: "SRV", priority: 0, weight: 0, port: 0, target: "." }],
    "down.test": [{ type: "A", address: "127.0.0.6" }],
  });
  let r: SipResolver;
  before(async () => {
    await dns.start();
    r = new SipResolver({ servers: [`127.0.0.1:${dns.port}`], timeoutMs: 500, tries: 1, cacheMs: 0 });
  });
  after(() => dns.close());

  test("no transport, no port: NAPTR -> SRV -> A/AAAA, in NAPTR order then SRV priority", { timeout: 10_000 }, async () => {
    const t = await r.resolve("carrier.test", 0, null);
    assert.deepEqual(t, [
      { transport: "tcp", address: "127.0.0.3", port: 5070 },
      { transport: "udp", address: "127.0.0.1", port: 5081 },
      { transport: "udp", address: "::1", port: 5081 },
      { transport: "udp", address: "127.0.0.2", port: 5082 },
    ]);
  });

  test("transport given, no port: SRV for that transport (§4.2), no NAPTR", { timeout: 10_000 }, async () => {
    dns.asked.length = 0;
    const t = await r.resolve("carrier.test", 0, "udp");
    assert.deepEqual(t.map((x) => `${x.address}:${x.port}`), ["127.0.0.1:5081", "::1:5081", "127.0.0.2:5082"]);
    assert.ok(!dns.asked.some((q) => q.startsWith("NAPTR")), dns.asked.join(","));
  });

  test("explicit port: A/AAAA only (§4.2), UDP when no transport is given", { timeout: 10_000 }, async () => {
    dns.asked.length = 0;
    assert.deepEqual(await r.resolve("carrier.test", 5090, null), [{ transport: "udp", address: "127.0.0.9", port: 5090 }]);
    assert.ok(dns.asked.every((q) => q.startsWith("A ") || q.startsWith("AAAA ")), dns.asked.join(","));
  });

  test("IP literal: no lookup at all", { timeout: 10_000 }, async () => {
    dns.asked.length = 0;
    assert.deepEqual(await r.resolve("127.0.0.5", 0, null), [{ transport: "udp", address: "127.0.0.5", port: 5060 }]);
    assert.deepEqual(await r.resolve("[::1]", 5070, "tcp"), [{ transport: "tcp", address: "::1", port: 5070 }]);
    assert.deepEqual(await r.resolve("127.0.0.5", 0, null, true), [{ transport: "tls", address: "127.0.0.5", port: 5061 }]);
    assert.equal(dns.asked.length, 0);
  });

  test("no NAPTR: SRV per transport; no SRV: A with the default port; '.' target = service not offered", { timeout: 10_000 }, async () => {
    assert.deepEqual(await r.resolve("srvonly.test", 0, null), [{ transport: "udp", address: "127.0.0.2", port: 5099 }]);
    assert.deepEqual(await r.resolve("plain.test", 0, null), [{ transport: "udp", address: "127.0.0.7", port: 5060 }]);
    assert.deepEqual(await r.resolve("plain.test", 0, "tls"), [{ transport: "tls", address: "127.0.0.7", port: 5061 }]);
    assert.deepEqual(await r.resolve("down.test", 0, "udp"), [], "RFC 2782: target '.' = not offered, no A fallback");
  });

  test("a name that does not exist resolves to nothing (never rejects)", { timeout: 10_000 }, async () => {
    assert.deepEqual(await r.resolve("nowhere.test", 0, null), []);
    assert.deepEqual(await r.resolve("nowhere.test", 5060, "udp"), []);
  });

  test("answers are cached for cacheMs", { timeout: 10_000 }, async () => {
    const c = new SipResolver({ servers: [`127.0.0.1:${dns.port}`], cacheMs: 60_000 });
    await c.resolve("carrier.test", 0, "udp");
    const q = c.queries;
    await c.resolve("carrier.test", 0, "udp");
    assert.equal(c.queries, q);
  });
});
