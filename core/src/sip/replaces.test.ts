import assert from "node:assert/strict";
import { test } from "node:test";
import { parseNameAddr } from "./index.ts";
import { formatReplaces, hasReplaces, parseReplaces, referToWithReplaces, replacesFromUriHeaders } from "./replaces.ts";

test("RFC 3891 §6.1 examples and variants", { timeout: 5000 }, () => {
  assert.deepEqual(parseReplaces("425928@bobster.example.org;to-tag=7743;from-tag=6472"), {
    callId: "425928@bobster.example.org",
    toTag: "7743",
    fromTag: "6472",
    earlyOnly: false,
  });
  assert.deepEqual(parseReplaces("98732@sip.example.com ;from-tag=r33th4x0r ;to-tag=ff87ff ;early-only"), {
    callId: "98732@sip.example.com",
    toTag: "ff87ff",
    fromTag: "r33th4x0r",
    earlyOnly: true,
  });
  // Parameter names are case-insensitive; unknown parameters are ignored.
  assert.equal(parseReplaces("a@b;TO-TAG=1;From-Tag=2;x=y")?.fromTag, "2");
});

test("malformed Replaces values are refused", { timeout: 5000 }, () => {
  for (const bad of ["", "a@b", "a@b;to-tag=1", "a@b;from-tag=2", ";to-tag=1;from-tag=2", "a@b;to-tag=;from-tag=2", "a@b;to-tag=1;to-tag=3;from-tag=2", "a b;to-tag=1;from-tag=2", "a@b;;to-tag=1;from-tag=2"]) {
    assert.equal(parseReplaces(bad), null, bad);
  }
  assert.equal(parseReplaces(undefined), null);
});

test("Replaces inside a Refer-To URI round-trips through the URI parser (%-escaped)", { timeout: 5000 }, () => {
  const t = { callId: "abc-123@127.0.0.1", toTag: "sw1", fromTag: "ph;2", earlyOnly: false };
  const referTo = referToWithReplaces("sip:1002@demo.switchboard.local", t);
  assert.match(referTo, /\?Replaces=abc-123%40127\.0\.0\.1%3Bto-tag%3Dsw1%3Bfrom-tag%3Dph%3B2>$/);
  const na = parseNameAddr(referTo)!;
  assert.equal(na.uri.user, "1002");
  assert.ok(hasReplaces(na.uri.headers));
  // A ';' inside a tag cannot be told apart after decoding: the parser sees an extra (unknown) param.
  assert.deepEqual(replacesFromUriHeaders(na.uri.headers), { ...t, fromTag: "ph" });
  const plain = parseNameAddr(referToWithReplaces("sip:1002@x", { ...t, fromTag: "ph2" }))!;
  assert.deepEqual(replacesFromUriHeaders(plain.uri.headers), { ...t, fromTag: "ph2" });
  assert.equal(formatReplaces({ ...t, fromTag: "f", earlyOnly: true }), "abc-123@127.0.0.1;to-tag=sw1;from-tag=f;early-only");
  // Lower-case header name, bad escape.
  assert.equal(replacesFromUriHeaders(new Map([["replaces", "a%40b%3Bto-tag%3D1%3Bfrom-tag%3D2"]]))?.callId, "a@b");
  assert.equal(replacesFromUriHeaders(new Map([["Replaces", "a%ZZ"]])), null);
  assert.equal(replacesFromUriHeaders(new Map()), null);
});
