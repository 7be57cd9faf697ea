// Password hashing (argon2id) and SIP digest HA1 (RFC 3261 §22.4, RFC 8760 §3).
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** HA1 = H(username ":" realm ":" password) for MD5 and SHA-256 digest. */
export function sipHa1(username: string, realm: string, password: string): { md5: string; sha256: string } {
  const s = `${username}:${realm}:${password}`;
  return {
    md5: createHash("md5").update(s).digest("hex"),
    sha256: createHash("sha256").update(s).digest("hex"),
  };
}

/** A random password of URL-safe characters (about 6 bits each). */
export function randomPassword(chars = 16): string {
  return randomBytes(chars).toString("base64url").slice(0, chars);
}

export function sha256hex(s: string | Buffer): string {
  return createHash("sha256").update(s).digest("hex");
}
