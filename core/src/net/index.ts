// Address lists (IPs and CIDRs) for policies: which addresses an IVR lookup
// may reach, which sources a carrier trunk sends from.
import * as dns from "node:dns";
import { BlockList, isIP, isIPv6 } from "node:net";

/**
 * "10.0.0.0/8, 192.168.1.5, ::1/128" (or the same as an array) -> a
 * BlockList. A bad entry throws TypeError (a typo in a setting should stop
 * start-up rather than silently allow everything), unless `onBad` is given:
 * then the entry is skipped and reported (configuration pushed at run time
 * must never stop the switch).
 */
export function parseAddressList(spec: string | readonly string[], onBad?: (entry: string, why: string) => void): BlockList {
  const list = new BlockList();
  const items = typeof spec === "string" ? spec.split(",") : spec;
  for (const raw of items) {
    const item = raw.trim();
    if (!item) continue;
    const why = addEntry(list, item);
    if (why === null) continue;
    if (!onBad) throw new TypeError(`${why}: ${item}`);
    onBad(item, why);
  }
  return list;
}

function addEntry(list: BlockList, item: string): string | null {
  const [addr, bits, extra] = item.split("/");
  const family = isIP(addr ?? "");
  if (family === 0 || extra !== undefined) return "not an IP address or CIDR";
  const type = family === 6 ? "ipv6" : "ipv4";
  if (bits === undefined) {
    list.addAddress(addr!, type);
    return null;
  }
  const prefix = Number(bits);
  if (bits === "" || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) return "bad prefix length";
  list.addSubnet(addr!, prefix, type);
  return null;
}

/** Whether `address` (IPv4 or IPv6 text) is in `list`; false for anything that is not an address. */
export function inList(list: BlockList, address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** Dotted-quad IPv4 literal, checked without a regex (once per datagram sent on an unconnected socket). */
export function isIpv4Literal(a: string): boolean {
  const n = a.length;
  if (n < 7 || n > 15) return false;
  let dots = 0;
  let digits = 0;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = a.charCodeAt(i);
    if (c === 46) {
      if (digits === 0) return false;
      dots++;
      digits = 0;
      v = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && v === 0) return false; // leading zero
      v = v * 10 + c - 48;
      if (++digits > 3 || v > 255) return false;
    } else return false;
  }
  return dots === 3 && digits > 0;
}

/**
 * A `lookup` for dgram sockets (SIP and RTP): an IP literal is answered at once. The default (dns.lookup)
 * answers even a literal through process.nextTick after two regex tests, so every datagram sent to an
 * address (not on a connected socket) cost a tick and closures before its sendto; names go to dns.lookup.
 */
export function literalLookup(address: string, family: number, cb: (err: Error | null, address: string, family: number) => void): void {
  if (family === 4 ? isIpv4Literal(address) : family === 6 && isIPv6(address)) cb(null, address, family);
  else (dns.lookup as unknown as (a: string, f: number, c: typeof cb) => void)(address, family, cb);
}
