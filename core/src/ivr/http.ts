// A ready IvrHost.httpFetch: hard timeout, no redirects, a cap on the body
// read, and an address policy. Tenants write the URLs of their http_lookup
// steps, so on a hosted platform a URL could aim at the carrier's own
// services (the switch's API, a database, a cloud metadata address). The
// policy is checked on the address actually connected to: the DNS answer
// is filtered inside the socket's lookup, so a name that resolves (or
// re-resolves, DNS rebinding) to a denied address is refused too.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { request as httpRequest, type IncomingMessage, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { type BlockList, isIP } from "node:net";
import { parseAddressList } from "../net/index.ts";
import type { HttpRequest, HttpResponse } from "./types.ts";

export interface HttpFetchOptions {
  /** Largest response body read, bytes; the rest is not read (a cut body is usually not JSON). Default 262144. */
  maxBytes?: number;
  /** Whether a URL may be fetched; a refused URL rejects (the step takes "fallback"). Default: every http(s) URL. */
  allowUrl?: (url: URL) => boolean;
  /** Addresses never connected to, checked after DNS resolution. Default: none (see parseAddressList, DEFAULT_IVR_HTTP_DENY). */
  deny?: BlockList;
  /** Exceptions to `deny` (e.g. the tenant CRM on 127.0.0.1 of a single-site install). Default: none. */
  allow?: BlockList;
}

/**
 * What core refuses by default (env IVR_HTTP_DENY overrides): loopback,
 * "this host", private ranges (RFC 1918, RFC 4193), shared address space
 * (RFC 6598), link-local (169.254.169.254 is the cloud metadata service),
 * multicast and the unspecified addresses: the same stance as control's
 * webhooks (allowPrivateTargets false), because a hosted tenant's CRM is on
 * the internet and the carrier's own services are not. A single-site
 * install whose CRM is on the LAN names it in IVR_HTTP_ALLOW.
 */
export const DEFAULT_IVR_HTTP_DENY =
  "127.0.0.0/8,0.0.0.0/8,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,100.64.0.0/10,169.254.0.0/16,224.0.0.0/4,::1/128,::/128,fc00::/7,fe80::/10,ff00::/8";

export { parseAddressList };

function refused(address: string, family: number, opts: HttpFetchOptions): boolean {
  if (!opts.deny) return false;
  const type = family === 6 ? "ipv6" : "ipv4";
  if (!opts.deny.check(address, type)) return false;
  return !opts.allow?.check(address, type);
}

class PolicyError extends Error {
  readonly code = "EADDRNOTALLOWED";
}

export function makeFetchHttp(opts: HttpFetchOptions = {}): (req: HttpRequest) => Promise<HttpResponse> {
  const maxBytes = opts.maxBytes ?? 256 * 1024;
  // net.connect calls this for host names (not for IP literals, checked
  // below). Node 20 asks with all: true (happy eyeballs), older callers
  // without; both shapes are answered, with the denied addresses removed.
  const lookup = (hostname: string, o: LookupOptions, cb: (...a: unknown[]) => void) => {
    dnsLookup(hostname, { ...o, all: true }, (err, addrs: LookupAddress[]) => {
      if (err) return cb(err);
      const ok = addrs.filter((a) => !refused(a.address, a.family, opts));
      if (ok.length === 0) return cb(new PolicyError(`address not allowed for ${hostname}`));
      if (o.all) cb(null, ok);
      else cb(null, ok[0]!.address, ok[0]!.family);
    });
  };
  return (req) =>
    new Promise<HttpResponse>((resolve, reject) => {
      const url = new URL(req.url);
      if (url.protocol !== "http:" && url.protocol !== "https:") return reject(new TypeError("only http and https URLs"));
      if (opts.allowUrl && !opts.allowUrl(url)) return reject(new Error(`url not allowed: ${url.host}`));
      const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
      const literal = isIP(host);
      if (literal !== 0 && refused(host, literal, opts)) return reject(new PolicyError(`address not allowed: ${host}`));
      const body = req.method === "POST" ? Buffer.from(req.body ?? "", "utf8") : undefined;
      const ro: RequestOptions = {
        method: req.method,
        headers: body ? { ...req.headers, "content-length": String(body.length) } : req.headers,
        signal: AbortSignal.timeout(req.timeoutMs),
        lookup: lookup as RequestOptions["lookup"],
      };
      // No redirects are followed (a 3xx comes back as it is): a redirect
      // could point anywhere, and the step maps non-2xx to its fallback.
      const r = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, ro, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let n = 0;
        const done = () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).subarray(0, maxBytes).toString("utf8") });
        res.on("data", (c: Buffer) => {
          if (n >= maxBytes) return;
          chunks.push(c);
          n += c.length;
          if (n >= maxBytes) {
            res.destroy();
            done();
          }
        });
        res.on("end", done);
        res.on("error", reject);
      });
      r.on("error", reject);
      r.end(body);
    });
}

/** makeFetchHttp() with no address policy (tests, simulations). */
export const fetchHttp: (req: HttpRequest) => Promise<HttpResponse> = makeFetchHttp();
