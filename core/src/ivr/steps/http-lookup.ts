// http_lookup: query a CRM/HTTP service (执行存储过程, 查询用户资料) with a
// timeout; a JSON answer fills variables. Exits "ok" and "fallback" (timeout,
// network error, non-2xx, not JSON). ${var} in the URL is percent-encoded.
import { type Step, expand, int, noNeeds, str, varName } from "./common.ts";
import type { Vars } from "../types.ts";

interface P {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body: string | undefined;
  timeoutMs: number;
  map: [string, string[]][] | null;
  prefix: string;
}

const MAX_VALUE = 1000;

/** Value at a dotted path ("customer.level", "items.0.id"); undefined if absent. */
export function jsonPath(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, k)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function scalar(v: unknown): string | undefined {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.slice(0, MAX_VALUE);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

function setFromJson(vars: Vars, p: P, data: unknown): void {
  if (p.map) {
    for (const [name, path] of p.map) {
      const v = jsonPath(data, path);
      vars[name] = scalar(v) ?? (JSON.stringify(v) ?? "").slice(0, MAX_VALUE);
    }
    return;
  }
  if (data && typeof data === "object" && !Array.isArray(data)) {
    let n = 0;
    for (const [k, v] of Object.entries(data)) {
      const s = scalar(v);
      if (s === undefined || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(k)) continue;
      vars[p.prefix + k] = s;
      if (++n >= 100) break;
    }
  }
}

export const httpLookup: Step<P> = {
  type: "http_lookup",
  compile(p) {
    const url = str(p, "url", undefined, 2000);
    if (!/^https?:\/\//i.test(url)) throw new TypeError("url must start with http:// or https://");
    const method = str(p, "method", "GET", 4);
    if (method !== "GET" && method !== "POST") throw new TypeError("method must be GET or POST");
    const headers: Record<string, string> = {};
    if (p.headers !== undefined) {
      if (!p.headers || typeof p.headers !== "object") throw new TypeError("headers must be an object");
      for (const [k, v] of Object.entries(p.headers)) {
        if (typeof v !== "string" || !/^[A-Za-z0-9-]{1,64}$/.test(k)) throw new TypeError(`headers: bad header ${k}`);
        headers[k.toLowerCase()] = v;
      }
    }
    let map: [string, string[]][] | null = null;
    if (p.map !== undefined) {
      if (!p.map || typeof p.map !== "object") throw new TypeError("map must be an object {variable: \"json.path\"}");
      map = Object.entries(p.map).map(([name, path]) => {
        if (typeof path !== "string" || !path) throw new TypeError(`map.${name}: path must be a string`);
        varName({ v: name }, "v");
        return [name, path.split(".")];
      });
    }
    return {
      url,
      /** Default "GET". */
      method,
      headers,
      /** POST body template (${var} expanded, JSON-escaped when content-type is JSON). Default none. */
      body: p.body === undefined ? undefined : str(p, "body", undefined, 10000),
      /** Give up and take "fallback" after this long, ms. Default 3000. */
      timeoutMs: int(p, "timeoutMs", 3000, 50, 30000),
      /** variable -> dotted JSON path. Default: every top-level scalar becomes prefix+key. */
      map,
      /** Prefix for unmapped results. Default "". */
      prefix: p.prefix === undefined ? "" : varName(p, "prefix"),
    };
  },
  exits: () => ["ok", "fallback"],
  needs: noNeeds,
  async exec(ctx, p) {
    const url = expand(p.url, ctx.vars, encodeURIComponent);
    const json = (p.headers["content-type"] ?? "").includes("json");
    const body = p.body === undefined ? undefined : expand(p.body, ctx.vars, json ? (s) => JSON.stringify(s).slice(1, -1) : undefined);
    const started = ctx.host.now();
    let timer: NodeJS.Timeout | undefined;
    const fail = (why: string) => {
      ctx.vars.lookup_error = why;
      ctx.host.log("lookup_failed", { node: ctx.nodeId, why, ms: ctx.host.now() - started });
      return { exit: "fallback" };
    };
    try {
      // The engine enforces the timeout itself too: a host that ignores it must not hold the caller.
      const res = await Promise.race([
        ctx.host.httpFetch({ method: p.method, url, headers: p.headers, body, timeoutMs: p.timeoutMs }),
        new Promise<never>((_, rej) => {
          timer = setTimeout(() => rej(new Error("timeout")), p.timeoutMs + 50);
        }),
      ]);
      ctx.vars.http_status = String(res.status);
      if (res.status < 200 || res.status > 299) return fail(`status ${res.status}`);
      let data: unknown;
      try {
        data = JSON.parse(res.body);
      } catch {
        return fail("not json");
      }
      setFromJson(ctx.vars, p, data);
      ctx.vars.lookup_error = "";
      ctx.host.log("lookup_ok", { node: ctx.nodeId, status: res.status, ms: ctx.host.now() - started });
      return { exit: "ok" };
    } catch (e) {
      const err = e as Error;
      return fail(err.name === "TimeoutError" || err.name === "AbortError" || err.message === "timeout" ? "timeout" : "error");
    } finally {
      clearTimeout(timer);
    }
  },
};
