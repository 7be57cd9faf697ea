// Webhook targets are chosen by tenants: refuse addresses inside the
// platform's own network (loopback, private, link-local, CGNAT, multicast,
// unspecified) unless the operator allows them, so a tenant cannot use
// webhooks to reach internal services (SSRF). Checked when a webhook is
// saved (literal IPs) and before every delivery (after DNS resolution).
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

function v4Private(ip: string): boolean {
  const [a = 0, b = 0] = ip.split(".").map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

export function isPrivateAddress(ip: string): boolean {
  const v = isIP(ip);
  if (v === 4) return v4Private(ip);
  if (v === 6) {
    const x = ip.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(x);
    if (mapped) return v4Private(mapped[1] as string);
    return x === "::" || x === "::1" || x.startsWith("fc") || x.startsWith("fd") || x.startsWith("fe8") || x.startsWith("fe9") || x.startsWith("fea") || x.startsWith("feb") || x.startsWith("ff");
  }
  return true; // not an address at all: refuse
}

/** Why the URL may not be used as a webhook target, or null if it may. */
export async function targetProblem(url: string, allowPrivate: boolean): Promise<string | null> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "not a URL";
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return "only http and https";
  if (u.username || u.password) return "no credentials in the URL";
  if (allowPrivate) return null;
  const host = u.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return "a private address";
  let addrs: string[];
  if (isIP(host)) addrs = [host];
  else {
    try {
      addrs = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      return "the host does not resolve";
    }
  }
  return addrs.some(isPrivateAddress) ? "a private address" : null;
}
