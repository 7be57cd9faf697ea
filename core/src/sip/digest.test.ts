import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  NonceManager, authorizationHeader, challengeHeader, ha1, parseAuthorization, verifyDigest,
} from "./index.ts";

describe("digest auth", { timeout: 5000 }, () => {
  it("RFC 2617 §3.5 example (MD5, qop=auth)", () => {
    const value = 'Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", qop=auth, nc=00000001, cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41"';
    const cred = parseAuthorization(value);
    assert.ok(cred);
    assert.equal(cred.algorithm, "MD5");
    assert.equal(cred.opaque, "5ccc069c403ebaf9f0171e9517f40e41");
    const h = ha1("MD5", "Mufasa", "testrealm@host.com", "Circle Of Life");
    assert.equal(verifyDigest(cred, "GET", h), true);
    assert.equal(verifyDigest(cred, "POST", h), false);
    assert.equal(verifyDigest(cred, "GET", ha1("MD5", "Mufasa", "testrealm@host.com", "circle of life")), false);
  });

  it("RFC 7616 §3.9.1 example (SHA-256)", () => {
    const value = 'Digest username="Mufasa", realm="http-auth@example.org", uri="/dir/index.html", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", qop=auth, response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"';
    const cred = parseAuthorization(value);
    assert.ok(cred);
    assert.equal(cred.algorithm, "SHA-256");
    assert.equal(verifyDigest(cred, "GET", ha1("SHA-256", "Mufasa", "http-auth@example.org", "Circle of Life")), true);
    // the same exchange with MD5 (RFC 7616 §3.9.1 first response)
    const md5 = parseAuthorization(value.replace("SHA-256", "MD5").replace(/response="[^"]+"/, 'response="8ca523f5e9506fed4657c9700eebdbec"'));
    assert.ok(md5);
    assert.equal(verifyDigest(md5, "GET", ha1("MD5", "Mufasa", "http-auth@example.org", "Circle of Life")), true);
  });

  it("client authorizationHeader answers our own challenge, with and without qop", () => {
    const nm = new NonceManager();
    for (const alg of ["MD5", "SHA-256"] as const) {
      const ch = challengeHeader("sb.example", nm.issue(), alg);
      const auth = authorizationHeader(ch, "REGISTER", "sip:sb.example", "1001", "pw");
      const cred = parseAuthorization(auth);
      assert.ok(cred);
      assert.equal(cred.qop, "auth");
      assert.equal(nm.check(cred.nonce), "valid");
      assert.equal(verifyDigest(cred, "REGISTER", ha1(alg, "1001", "sb.example", "pw")), true);
      assert.equal(verifyDigest(cred, "REGISTER", ha1(alg, "1001", "sb.example", "px")), false);
    }
    const noQop = authorizationHeader('Digest realm="r", nonce="n"', "INVITE", "sip:x@r", "u", "p");
    const c = parseAuthorization(noQop);
    assert.equal(c?.qop, null);
    assert.equal(verifyDigest(c!, "INVITE", ha1("MD5", "u", "r", "p")), true);
    assert.throws(() => authorizationHeader("Basic realm=x", "INVITE", "sip:x", "u", "p"), TypeError);
    assert.equal(parseAuthorization("NoOneKnowsThisScheme opaque-data=here"), null);
  });

  it("nonces: stale after the TTL, invalid when forged or from another secret", () => {
    const nm = new NonceManager({ ttlMs: 1000, secret: Buffer.from("k") });
    const t0 = 1_700_000_000_000;
    const n = nm.issue(t0);
    assert.equal(nm.check(n, t0 + 500), "valid");
    assert.equal(nm.check(n, t0 + 1500), "stale");
    assert.equal(new NonceManager({ secret: Buffer.from("other") }).check(n, t0), "invalid");
    const forged = `${n.slice(0, 10)}${n[10] === "A" ? "B" : "A"}${n.slice(11)}`;
    assert.equal(nm.check(forged, t0), "invalid");
    assert.equal(nm.check("garbage", t0), "invalid");
    assert.match(challengeHeader("r", n, "MD5", true), /stale=true/);
  });
});
