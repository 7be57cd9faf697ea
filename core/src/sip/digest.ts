// Digest authentication: RFC 3261 §22.4, RFC 2617 §3.2, RFC 7616 / RFC 8760 (SHA-256).
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export type DigestAlgorithm = "MD5" | "SHA-256";

function h(alg: DigestAlgorithm, s: string): string {
  return createHash(alg === "MD5" ? "md5" : "sha256").update(s, "utf8").digest("hex");
}

/** H(username ":" realm ":" password), hex — what a registrar may store instead of the password. */
export function ha1(algorithm: DigestAlgorithm, user: string, realm: string, password: string): string {
  return h(algorithm, `${user}:${realm}:${password}`);
}

/**
 * Stateless nonces: base64url(8-byte ms timestamp || HMAC-SHA256(secret, timestamp)[0..16]).
 * No per-nonce state, so any number of challenges costs no memory; replay inside the TTL is accepted
 * (nc is not tracked) — the usual trade-off for a stateless registrar.
 */
export class NonceManager {
  private readonly secret: Buffer;
  private readonly ttlMs: number;
  /**
   * @param opts.secret HMAC key (default: 32 random bytes, so nonces die with the process)
   * @param opts.ttlMs nonce lifetime before check() says "stale" (default 300_000)
   */
  constructor(opts?: { secret?: Buffer; ttlMs?: number }) {
    const s = opts?.secret;
    if (s !== undefined && !Buffer.isBuffer(s)) throw new TypeError("secret must be a Buffer");
    const ttl = opts?.ttlMs ?? 300_000;
    if (!(ttl > 0)) throw new TypeError("ttlMs must be > 0");
    this.secret = s ?? randomBytes(32);
    this.ttlMs = ttl;
  }

  private mac(ts: Buffer): Buffer {
    return createHmac("sha256", this.secret).update(ts).digest().subarray(0, 16);
  }

  issue(now: number = Date.now()): string {
    const ts = Buffer.alloc(8);
    ts.writeBigUInt64BE(BigInt(Math.floor(now)));
    return Buffer.concat([ts, this.mac(ts)]).toString("base64url");
  }

  check(nonce: string, now: number = Date.now()): "valid" | "stale" | "invalid" {
    if (typeof nonce !== "string" || nonce.length !== 32) return "invalid";
    const raw = Buffer.from(nonce, "base64url");
    if (raw.length !== 24) return "invalid";
    const ts = raw.subarray(0, 8);
    if (!timingSafeEqual(raw.subarray(8), this.mac(ts))) return "invalid";
    const t = Number(ts.readBigUInt64BE());
    if (t > now + 5000) return "invalid";
    return now - t > this.ttlMs ? "stale" : "valid";
  }
}

/** WWW-Authenticate / Proxy-Authenticate value (§22.4, RFC 2617 §3.2.1); qop="auth" is always offered. */
export function challengeHeader(realm: string, nonce: string, algorithm: DigestAlgorithm, stale?: boolean): string {
  return `Digest realm=${q(realm)}, nonce=${q(nonce)}, algorithm=${algorithm}, qop="auth"${stale ? ", stale=true" : ""}`;
}

function q(s: string): string {
  return `"${s.replace(/["\\]/g, "\\$&")}"`;
}

export interface DigestCredentials {
  username: string;
  realm: string;
  nonce: string;
  uri: string;
  response: string;
  algorithm: DigestAlgorithm;
  qop: string | null;
  nc: string | null;
  cnonce: string | null;
  opaque: string | null;
}

/** Parse `Digest k=v, k="v", ...` into lower-cased keys. Returns null for another scheme or bad syntax. */
export function parseAuthParams(value: string): Map<string, string> | null {
  if (typeof value !== "string") return null;
  let i = 0;
  const n = value.length;
  while (i < n && value.charCodeAt(i) <= 32) i++;
  const ss = i;
  while (i < n && value.charCodeAt(i) > 32) i++;
  if (value.slice(ss, i).toLowerCase() !== "digest") return null;
  const out = new Map<string, string>();
  for (;;) {
    while (i < n && (value.charCodeAt(i) <= 32 || value.charCodeAt(i) === 44)) i++;
    if (i >= n) break;
    const ks = i;
    while (i < n && value.charCodeAt(i) !== 61 && value.charCodeAt(i) > 32 && value.charCodeAt(i) !== 44) i++;
    const key = value.slice(ks, i).toLowerCase();
    while (i < n && value.charCodeAt(i) <= 32) i++;
    if (value.charCodeAt(i) !== 61 || key.length === 0) return null;
    i++;
    while (i < n && value.charCodeAt(i) <= 32) i++;
    let v = "";
    if (value.charCodeAt(i) === 34) {
      i++;
      let closed = false;
      while (i < n) {
        const c = value.charCodeAt(i);
        if (c === 92 && i + 1 < n) {
          v += value[i + 1];
          i += 2;
        } else if (c === 34) {
          closed = true;
          i++;
          break;
        } else {
          v += value[i];
          i++;
        }
      }
      if (!closed) return null;
    } else {
      const vs = i;
      while (i < n && value.charCodeAt(i) !== 44 && value.charCodeAt(i) > 32) i++;
      v = value.slice(vs, i);
    }
    out.set(key, v);
  }
  return out;
}

function algOf(a: string | undefined): DigestAlgorithm | null {
  if (a === undefined) return "MD5";
  const u = a.toUpperCase();
  return u === "MD5" ? "MD5" : u === "SHA-256" ? "SHA-256" : null;
}

/** Authorization / Proxy-Authorization value -> credentials; null if not Digest, incomplete, or unknown algorithm. */
export function parseAuthorization(value: string): DigestCredentials | null {
  const p = parseAuthParams(value);
  if (p === null) return null;
  const username = p.get("username");
  const realm = p.get("realm");
  const nonce = p.get("nonce");
  const uri = p.get("uri");
  const response = p.get("response");
  const algorithm = algOf(p.get("algorithm"));
  if (username === undefined || realm === undefined || nonce === undefined || uri === undefined ||
    response === undefined || algorithm === null) return null;
  const qop = p.get("qop") ?? null;
  const nc = p.get("nc") ?? null;
  const cnonce = p.get("cnonce") ?? null;
  if (qop !== null && (nc === null || cnonce === null)) return null;
  return { username, realm, nonce, uri, response, algorithm, qop, nc, cnonce, opaque: p.get("opaque") ?? null };
}

function expected(cred: DigestCredentials, method: string, ha1Hex: string): string | null {
  const ha2 = h(cred.algorithm, `${method}:${cred.uri}`);
  if (cred.qop === null) return h(cred.algorithm, `${ha1Hex}:${cred.nonce}:${ha2}`);
  if (cred.qop.toLowerCase() !== "auth") return null; // auth-int not supported
  return h(cred.algorithm, `${ha1Hex}:${cred.nonce}:${cred.nc}:${cred.cnonce}:${cred.qop}:${ha2}`);
}

/** RFC 2617 §3.2.2.1 response check (qop=auth or none), constant-time compare. Nonce freshness is the caller's. */
export function verifyDigest(cred: DigestCredentials, method: string, ha1Hex: string): boolean {
  const exp = expected(cred, method, ha1Hex.toLowerCase());
  if (exp === null) return false;
  const a = Buffer.from(exp, "latin1");
  const b = Buffer.from(cred.response.toLowerCase(), "latin1");
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Client side: answer a WWW-/Proxy-Authenticate challenge value. Uses qop=auth when offered, nc=00000001 and
 * a random cnonce; echoes opaque. Throws TypeError if the challenge is not a usable Digest challenge.
 */
export function authorizationHeader(challengeValue: string, method: string, uri: string, user: string,
  password: string, cnonce: string = randomBytes(8).toString("hex")): string {
  const p = parseAuthParams(challengeValue);
  const realm = p?.get("realm");
  const nonce = p?.get("nonce");
  const algorithm = algOf(p?.get("algorithm"));
  if (p === null || realm === undefined || nonce === undefined || algorithm === null) {
    throw new TypeError("unusable Digest challenge");
  }
  const qops = (p.get("qop") ?? "").split(",").map((s) => s.trim().toLowerCase());
  const useQop = qops.includes("auth");
  const cred: DigestCredentials = {
    username: user, realm, nonce, uri, response: "", algorithm,
    qop: useQop ? "auth" : null, nc: useQop ? "00000001" : null, cnonce: useQop ? cnonce : null,
    opaque: p.get("opaque") ?? null,
  };
  cred.response = expected(cred, method, ha1(algorithm, user, realm, password)) as string;
  let s = `Digest username=${q(user)}, realm=${q(realm)}, nonce=${q(nonce)}, uri=${q(uri)}, response=${q(cred.response)}, algorithm=${algorithm}`;
  if (useQop) s += `, qop=auth, nc=00000001, cnonce=${q(cnonce)}`;
  if (cred.opaque !== null) s += `, opaque=${q(cred.opaque)}`;
  return s;
}
