// A ready IvrHost.httpFetch on global fetch: hard timeout, no redirects,
// a cap on the body read, and an optional URL policy (tenants write the
// URLs, so an operator may want to keep lookups off private addresses).
import type { HttpRequest, HttpResponse } from "./types.ts";

export interface HttpFetchOptions {
  /** Largest response body read, bytes; the rest is not read (a cut body is usually not JSON). Default 262144. */
  maxBytes?: number;
  /** Whether a URL may be fetched; a refused URL rejects (the step takes "fallback"). Default: every http(s) URL. */
  allowUrl?: (url: URL) => boolean;
}

export function makeFetchHttp(opts: HttpFetchOptions = {}): (req: HttpRequest) => Promise<HttpResponse> {
  const maxBytes = opts.maxBytes ?? 256 * 1024;
  return async (req) => {
    const url = new URL(req.url);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError("only http and https URLs");
    if (opts.allowUrl && !opts.allowUrl(url)) throw new Error(`url not allowed: ${url.host}`);
    const res = await fetch(url, {
      method: req.method,
      headers: req.headers,
      body: req.method === "POST" ? (req.body ?? "") : undefined,
      signal: AbortSignal.timeout(req.timeoutMs),
      redirect: "error",
    });
    const chunks: Buffer[] = [];
    let n = 0;
    if (res.body) {
      const reader = res.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(Buffer.from(value));
          n += value.byteLength;
          if (n >= maxBytes) break;
        }
      } finally {
        await reader.cancel().catch(() => undefined);
      }
    }
    return { status: res.status, body: Buffer.concat(chunks).subarray(0, maxBytes).toString("utf8") };
  };
}

/** makeFetchHttp() with its defaults. */
export const fetchHttp: (req: HttpRequest) => Promise<HttpResponse> = makeFetchHttp();
