import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigStore } from "../config/index.ts";
import { inList, isIpv4Literal, literalLookup, parseAddressList } from "./index.ts";

test("address lists: addresses and CIDRs of both families; bad entries throw or are skipped and reported", () => {
  const l = parseAddressList(" 10.0.0.0/8, 192.168.1.5 ,fd00::/8,::1");
  for (const a of ["10.1.2.3", "192.168.1.5", "fd00::1", "::1"]) assert.ok(inList(l, a), a);
  for (const a of ["11.0.0.1", "192.168.1.6", "fe80::1", "::2", "not an ip", ""]) assert.ok(!inList(l, a), a);
  for (const bad of ["10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/8/1", "example.com", "1.2.3"]) assert.throws(() => parseAddressList(bad), TypeError, bad);
  const skipped: string[] = [];
  const tolerant = parseAddressList(["127.0.0.2/32", "bogus", "10.0.0.0/99"], (e) => skipped.push(e));
  assert.deepEqual(skipped, ["bogus", "10.0.0.0/99"]);
  assert.ok(inList(tolerant, "127.0.0.2") && !inList(tolerant, "127.0.0.1"));
});

test("inbound trunk of a DID call: by source, only where the tenant lists sources, never another tenant's trunk", () => {
  const store = new ConfigStore();
  const trunk = (id: string, sources: string[]) => ({ id, name: id, host: "carrier.example", inboundSources: sources, maxChannels: 2, maxCps: 5 });
  store.apply(
    {
      version: 1,
      tenants: [
        { id: "t1", name: "one", sipDomains: ["one.example"], trunks: [trunk("out-only", []), trunk("ct", ["203.0.113.0/24"]), trunk("cu", ["198.51.100.7", "2001:db8::/32"])] },
        { id: "t2", name: "two", sipDomains: ["two.example"], trunks: [trunk("open", [])] },
        { id: "t3", name: "three", sipDomains: ["three.example"], trunks: [trunk("other", ["127.0.0.9"])] },
      ],
    },
    false,
  );
  assert.equal(store.inboundTrunk("t1", "203.0.113.77").trunk?.id, "ct");
  assert.equal(store.inboundTrunk("t1", "2001:db8::5").trunk?.id, "cu");
  assert.equal(store.inboundTrunk("t1", "198.51.100.7").trunk?.maxCps, 5);
  assert.deepEqual(store.inboundTrunk("t1", "127.0.0.9"), { gated: true, trunk: undefined }, "another tenant's carrier is a stranger here");
  assert.deepEqual(store.inboundTrunk("t2", "127.0.0.9"), { gated: false, trunk: undefined }, "no sources listed: not gated");
  assert.deepEqual(store.inboundTrunk("t-unknown", "1.1.1.1"), { gated: false, trunk: undefined });
});

test("isIpv4Literal: dotted quads only (no leading zeros, octets <= 255); literalLookup answers literals at once", async () => {
  for (const a of ["127.0.0.1", "0.0.0.0", "255.255.255.255", "10.1.20.3"]) assert.equal(isIpv4Literal(a), true, a);
  for (const a of ["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1..2.3", "1.2.3.", "a.b.c.d", "::1", "example.com", "1.2.3.4 "]) assert.equal(isIpv4Literal(a), false, a);
  let sync = false;
  literalLookup("127.0.0.1", 4, (err, address, family) => {
    sync = err === null && address === "127.0.0.1" && family === 4;
  });
  assert.ok(sync, "an IPv4 literal is answered synchronously");
  const named = await new Promise<string>((res, rej) => literalLookup("localhost", 4, (err, address) => (err ? rej(err) : res(address))));
  assert.equal(named, "127.0.0.1", "names still go to dns.lookup");
});
