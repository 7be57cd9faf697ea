// RFC 3263 "Locating SIP Servers": from a target host (+ optional port and transport) to an ordered list of
// (transport, address, port) to try, NAPTR -> SRV -> A/AAAA, with RFC 2782 priority/weight ordering.
// The caller tries the list in order and moves to the next entry on a 503, a timeout or a transport error (§4.3).
import { Resolver } from "node:dns/promises";
import { isIP } from "node:net";
import type { TransportName } from "./stack.ts";

export interface SrvRecord { name: string; port: number; priority: number; weight: number }
export interface NaptrRecord { flags: string; service: string; regexp: string; replacement: string; order: number; preference: number }

export interface SipTarget { transport: TransportName; address: string; port: number }

export interface SipResolverOptions {
  /** DNS servers ("ip" or "ip:port"); default: the system resolver's (/etc/resolv.conf) */
  servers?: string[];
  /** per-query timeout in ms (default 2000) and tries per server (default 2) */
  timeoutMs?: number;
  tries?: number;
  /** how long answers are reused, ms (default 30000; Node does not expose SRV/NAPTR TTLs). 0 = no cache */
  cacheMs?: number;
  /** random source for RFC 2782 weights (default Math.random; tests pass their own) */
  random?: () => number;
}

/** NAPTR services we can use (RFC 3263 §4.1 table; SIP+D2W needs outbound WebSocket, which we do not do) */
const SERVICES: Record<string, { transport: TransportName; secure: boolean }> = {
  "SIP+D2U": { transport: "udp", secure: false },
  "SIP+D2T": { transport: "tcp", secure: false },
  "SIPS+D2T": { transport: "tls", secure: true },
};
const SRV_PREFIX: Record<string, string> = { udp: "_sip._udp.", tcp: "_sip._tcp.", tls: "_sips._tcp." };

/**
 * RFC 2782 target selection: ascending priority; inside one priority a weighted random order where an entry of
 * weight w is picked next with probability w / (sum of remaining weights), weight-0 entries placed first so they
 * have a small chance only when every weight is 0 or the random number is 0.
 */
export function orderSrv(records: readonly SrvRecord[], random: () => number = Math.random): SrvRecord[] {
  const prios = [...new Set(records.map((r) => r.priority))].sort((a, b) => a - b);
  const out: SrvRecord[] = [];
  for (const p of prios) {
    const group = records.filter((r) => r.priority === p);
    // "arrange all SRV RRs (that have not been ordered yet) in any order, except that all those with weight 0
    // are placed at the beginning of the list"
    const list = [...group.filter((r) => r.weight === 0), ...group.filter((r) => r.weight > 0)];
    while (list.length > 0) {
      let total = 0;
      for (const r of list) total += r.weight;
      // "choose a uniform random number between 0 and the sum computed (inclusive)"
      const pick = Math.min(total, Math.floor(random() * (total + 1)));
      let running = 0;
      let i = 0;
      for (; i < list.length; i++) {
        running += (list[i] as SrvRecord).weight;
        if (running >= pick) break;
      }
      out.push(list.splice(Math.min(i, list.length - 1), 1)[0] as SrvRecord);
    }
  }
  return out;
}

/** RFC 3263 §4.1 / RFC 3403: usable NAPTRs ("s" flag, empty regexp, a service we speak), by order then preference. */
export function orderNaptr(records: readonly NaptrRecord[], secure = false): Array<NaptrRecord & { transport: TransportName }> {
  const out: Array<NaptrRecord & { transport: TransportName }> = [];
  for (const r of records) {
    const s = SERVICES[r.service.toUpperCase()];
    if (s === undefined || r.flags.toLowerCase() !== "s" || r.regexp !== "" || r.replacement === "") continue;
    if (secure && !s.secure) continue;
    out.push({ ...r, transport: s.transport });
  }
  return out.sort((a, b) => a.order - b.order || a.preference - b.preference);
}

export class SipResolver {
  private readonly r: Resolver;
  private readonly cacheMs: number;
  private readonly random: () => number;
  private cache = new Map<string, { until: number; value: Promise<unknown[]> }>();
  /** lookups sent to DNS (not answered from the cache), for tests and metrics */
  queries = 0;

  constructor(opts: SipResolverOptions = {}) {
    this.r = new Resolver({ timeout: opts.timeoutMs ?? 2000, tries: opts.tries ?? 2 });
    if (opts.servers !== undefined && opts.servers.length > 0) this.r.setServers(opts.servers);
    this.cacheMs = opts.cacheMs ?? 30_000;
    this.random = opts.random ?? Math.random;
  }

  /**
   * Targets to try in order (§4.1 transport, §4.2 port and address). `port` 0 = none in the URI; `transport`
   * null = none in the URI. Never rejects: a name that resolves to nothing gives [].
   */
  async resolve(host: string, port: number, transport: TransportName | null, secure = false): Promise<SipTarget[]> {
    const h = host.startsWith("[") ? host.slice(1, -1) : host;
    const defPort = (t: TransportName) => (t === "tls" ? 5061 : 5060);
    // §4.1/§4.2: a numeric IP address needs no lookup; no transport given -> UDP (TLS for sips)
    if (isIP(h) !== 0) {
      const t = transport ?? (secure ? "tls" : "udp");
      return [{ transport: t, address: h, port: port || defPort(t) }];
    }
    // §4.2: an explicit port means A/AAAA only (and §4.1: no NAPTR; UDP unless a transport was given)
    if (port !== 0) {
      const t = transport ?? (secure ? "tls" : "udp");
      return (await this.addresses(h)).map((address) => ({ transport: t, address, port }));
    }
    if (transport !== null) {
      // §4.2: transport known, no port -> SRV for that transport, else A/AAAA with the default port
      const viaSrv = await this.fromSrv(SRV_PREFIX[transport] + h, transport);
      if (viaSrv === null) return [];
      if (viaSrv.length > 0) return viaSrv;
      return (await this.addresses(h)).map((address) => ({ transport, address, port: defPort(transport) }));
    }
    // §4.1: NAPTR first
    const naptrs = orderNaptr((await this.query("NAPTR", h)) as NaptrRecord[], secure);
    if (naptrs.length > 0) {
      const out: SipTarget[] = [];
      for (const n of naptrs) out.push(...((await this.fromSrv(n.replacement, n.transport)) ?? []));
      if (out.length > 0) return out;
    }
    // no (usable) NAPTR: SRV for every transport we support, in our preference order
    const out: SipTarget[] = [];
    for (const t of (secure ? ["tls"] : ["udp", "tcp", "tls"]) as TransportName[]) out.push(...((await this.fromSrv(SRV_PREFIX[t] + h, t)) ?? []));
    if (out.length > 0) return out;
    const t: TransportName = secure ? "tls" : "udp";
    return (await this.addresses(h)).map((address) => ({ transport: t, address, port: defPort(t) }));
  }

  /** null: RFC 2782 "decidedly not available" (a single SRV with target ".") */
  private async fromSrv(name: string, transport: TransportName): Promise<SipTarget[] | null> {
    const srv = (await this.query("SRV", name)) as SrvRecord[];
    if (srv.length === 1 && (srv[0]?.name === "." || srv[0]?.name === "")) return null;
    const out: SipTarget[] = [];
    for (const s of orderSrv(srv, this.random)) {
      for (const address of await this.addresses(s.name)) out.push({ transport, address, port: s.port });
    }
    return out;
  }

  private async addresses(name: string): Promise<string[]> {
    if (isIP(name) !== 0) return [name];
    const [v4, v6] = await Promise.all([this.query("A", name), this.query("AAAA", name)]);
    return [...(v4 as string[]), ...(v6 as string[])];
  }

  /** One DNS query, answers cached for cacheMs; any error (NXDOMAIN, NODATA, timeout) is an empty answer. */
  private query(type: "NAPTR" | "SRV" | "A" | "AAAA", name: string): Promise<unknown[]> {
    const key = `${type} ${name.toLowerCase()}`;
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit !== undefined && hit.until > now) return hit.value;
    this.queries++;
    const p: Promise<unknown[]> = (
      type === "NAPTR" ? this.r.resolveNaptr(name) : type === "SRV" ? this.r.resolveSrv(name) : type === "A" ? this.r.resolve4(name) : this.r.resolve6(name)
    ).then(
      (v) => v as unknown[],
      (err: NodeJS.ErrnoException) => {
        // a name that does not exist / has no such record is an answer; a timeout or refusal is not: ask again next time
        if (err.code !== "ENODATA" && err.code !== "ENOTFOUND") this.cache.delete(key);
        return [] as unknown[];
      },
    );
    if (this.cacheMs > 0) {
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(key, { until: now + this.cacheMs, value: p });
    }
    return p;
  }
}
