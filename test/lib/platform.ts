// Starts the real platform (scripts/platform.ts, exactly what `npm start`
// runs) on free ports and a temporary data folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULTS, type Platform, startPlatform } from "../../scripts/platform.ts";
import { throwawayDatabase } from "./db.ts";
import { freePort, freeRange } from "./ports.ts";

export interface TestPlatform extends Platform {
  sipPort: number;
  /** 0 unless started with `tls: true` (SIP over TLS, self-signed certificate in DATA_DIR) */
  sipTlsPort: number;
  /** 0 unless started with `ws: true` (SIP over WebSocket) */
  sipWsPort: number;
  /** 0 unless started with `wss: true` (SIP over secure WebSocket, same certificate as TLS) */
  sipWssPort: number;
  httpPort: number;
  api(path: string, init?: { method?: string; token?: string; body?: unknown }): Promise<{ status: number; json: any; headers: Headers; buf: Buffer }>;
  login(username: string, password: string): Promise<string>;
  logs: string[];
}

/**
 * @param opts.embedded use the platform's own embedded PostgreSQL (the npm start path)
 * @param opts.databaseUrl use this database (the caller owns it)
 * @param opts.tls / opts.ws / opts.wss also listen for SIP over TLS / WebSocket / secure WebSocket (default off, as in `npm start`)
 * @param opts.env more settings for the platform (e.g. SIP_DNS_SERVERS)
 */
export async function startTestPlatform(opts: { embedded?: boolean; databaseUrl?: string; tls?: boolean; ws?: boolean; wss?: boolean; env?: Record<string, string> } = {}): Promise<TestPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), "sb-e2e-"));
  const db = opts.embedded || opts.databaseUrl ? null : await throwawayDatabase();
  const sipPort = await freePort(2);
  const httpPort = await freePort();
  const sipTlsPort = opts.tls ? await freePort() : 0;
  const sipWsPort = opts.ws ? await freePort() : 0;
  const sipWssPort = opts.wss ? await freePort() : 0;
  const apiPort = await freePort();
  const rtp = await freeRange(400);
  const logs: string[] = [];
  const platform = await startPlatform(
    {
      ...DEFAULTS,
      DATABASE_URL: opts.databaseUrl ?? db?.url ?? "",
      DATA_DIR: dataDir,
      SIP_PORT: String(sipPort),
      SIP_TLS_PORT: sipTlsPort ? String(sipTlsPort) : "",
      SIP_WS_PORT: sipWsPort ? String(sipWsPort) : "",
      SIP_WSS_PORT: sipWssPort ? String(sipWssPort) : "",
      HTTP_PORT: String(httpPort),
      CORE_API_PORT: String(apiPort),
      RTP_PORT_MIN: String(rtp),
      RTP_PORT_MAX: String(rtp + 398),
      LOG_LEVEL: process.env.SB_TEST_LOG_LEVEL ?? "warn",
      MEDIA_WORKERS: "1",
      PG_PORT: opts.embedded ? String(await freePort()) : "",
      ...opts.env,
    },
    { log: (l) => {
      logs.push(l);
      if (process.env.SB_TEST_VERBOSE) console.log(l);
    } },
  );
  const base = `http://127.0.0.1:${httpPort}`;
  const api: TestPlatform["api"] = async (path, init = {}) => {
    const res = await fetch(base + path, {
      method: init.method ?? (init.body ? "POST" : "GET"),
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.body ? { "content-type": "application/json" } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    const buf = Buffer.from(await res.arrayBuffer());
    let json: unknown = null;
    if ((res.headers.get("content-type") ?? "").includes("json")) json = JSON.parse(buf.toString("utf8"));
    return { status: res.status, json, headers: res.headers, buf };
  };
  return {
    ...platform,
    sipPort,
    sipTlsPort,
    sipWsPort,
    sipWssPort,
    httpPort,
    api,
    logs,
    async login(username, password) {
      const r = await api("/api/v1/auth/login", { body: { username, password } });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.json)}`);
      return r.json.token as string;
    },
    async stop() {
      await platform.stop();
      await db?.drop().catch(() => {});
      if (!process.env.SB_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function until<T>(what: string, fn: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 10_000, everyMs = 100): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v as T;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`);
}
