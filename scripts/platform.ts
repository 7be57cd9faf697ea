// The platform on one machine: embedded (or given) PostgreSQL, core and
// control as supervised child processes. Used by `npm start` and by the
// end-to-end suites, so tests run exactly what users run.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Every setting, with its default. Environment variables of the same name win over a config file. */
export interface PlatformConfig {
  DATABASE_URL: string; // default: none -> embedded PostgreSQL under DATA_DIR/pg
  DATA_DIR: string; // default ./data
  SIP_HOST: string; // default 127.0.0.1
  SIP_PORT: string; // default 5060 (UDP and TCP)
  SIP_TLS_PORT: string; // default "" = SIP over TLS off (5061 is the usual port)
  SIP_TLS_CERT: string; // PEM certificate path; default: self-signed, generated in DATA_DIR/core/tls
  SIP_TLS_KEY: string; // PEM key path; default: as SIP_TLS_CERT
  SIP_WS_PORT: string; // default "" = SIP over WebSocket off (RFC 7118; 5066 is usual)
  SIP_WSS_PORT: string; // default "" = SIP over secure WebSocket (wss://) off; uses the SIP_TLS_CERT/KEY pair
  SIP_DNS_SERVERS: string; // RFC 3263 lookups for trunk hosts; default "" = the system resolver
  HTTP_HOST: string; // default 127.0.0.1
  HTTP_PORT: string; // default 8080
  CORE_API_HOST: string; // default 127.0.0.1
  CORE_API_PORT: string; // default 5070
  RTP_PORT_MIN: string; // default 20000
  RTP_PORT_MAX: string; // default 30000
  LOG_LEVEL: string; // default info
  MEDIA_WORKERS: string; // default: one per core
  PG_PORT: string; // embedded PostgreSQL port, default: a free one
}

export const DEFAULTS: PlatformConfig = {
  DATABASE_URL: "",
  DATA_DIR: "./data",
  SIP_HOST: "127.0.0.1",
  SIP_PORT: "5060",
  SIP_TLS_PORT: "",
  SIP_TLS_CERT: "",
  SIP_TLS_KEY: "",
  SIP_WS_PORT: "",
  SIP_WSS_PORT: "",
  SIP_DNS_SERVERS: "",
  HTTP_HOST: "127.0.0.1",
  HTTP_PORT: "8080",
  CORE_API_HOST: "127.0.0.1",
  CORE_API_PORT: "5070",
  RTP_PORT_MIN: "20000",
  RTP_PORT_MAX: "30000",
  LOG_LEVEL: "info",
  MEDIA_WORKERS: "",
  PG_PORT: "",
};

/** Defaults < config file (CONFIG_FILE or --config, JSON) < environment. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): PlatformConfig {
  const cfg: PlatformConfig = { ...DEFAULTS };
  const i = argv.indexOf("--config");
  const file = i >= 0 ? argv[i + 1] : env.CONFIG_FILE;
  if (file) {
    const data = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    for (const [k, v] of Object.entries(data)) {
      if (!(k in cfg)) throw new TypeError(`${file}: unknown setting ${k}`);
      (cfg as unknown as Record<string, string>)[k] = String(v);
    }
  }
  for (const k of Object.keys(cfg) as Array<keyof PlatformConfig>) {
    const v = env[k];
    if (v !== undefined && v !== "") cfg[k] = v;
  }
  cfg.DATA_DIR = resolve(cfg.DATA_DIR);
  return cfg;
}

interface Child {
  name: string;
  proc: ChildProcess | null;
  restarts: number[];
}

export interface Platform {
  config: PlatformConfig;
  consoleUrl: string;
  databaseUrl: string;
  credentials: DemoCredentials | null;
  /** Kill a part to prove the rest survives; it is restarted by the supervisor. */
  kill(part: "core" | "control", signal?: NodeJS.Signals): void;
  /** Resolves when the part printed its ready line again after a restart. */
  waitReady(part: "core" | "control" | "configured", timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface DemoCredentials {
  tenant: string;
  realm: string;
  sip: Record<string, string>;
  console: Record<string, string>;
  [k: string]: unknown;
}

const READY: Record<string, string> = { core: "core listening", control: "control listening", configured: "core configured" };

export async function startPlatform(
  cfg: PlatformConfig,
  opts: { log?: (line: string) => void; supervise?: boolean } = {},
): Promise<Platform> {
  const log = opts.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  await mkdir(cfg.DATA_DIR, { recursive: true });
  let databaseUrl = cfg.DATABASE_URL;
  let pg: { stop(): Promise<void> } | null = null;
  if (!databaseUrl) {
    const { ensureEmbeddedPostgres } = await import("@switchboard/control");
    if (cfg.PG_PORT) process.env.PG_PORT = cfg.PG_PORT;
    const epg = await ensureEmbeddedPostgres(cfg.DATA_DIR);
    databaseUrl = epg.url;
    pg = epg;
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...cfg, DATABASE_URL: databaseUrl };
  const readyWaiters = new Map<string, Array<() => void>>();
  const children = new Map<string, Child>();
  let stopping = false;

  const spawnPart = (name: "core" | "control") => {
    const entry = join(ROOT, name, "src", "main.ts");
    // stdin is a pipe the child watches: when this supervisor dies for any
    // reason (even SIGKILL) the pipe closes and the child shuts down cleanly.
    const proc = spawn(process.execPath, ["--import", "tsx", entry], {
      env: { ...env, SB_SUPERVISED: "1" },
      cwd: ROOT,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const child = children.get(name) ?? { name, proc: null, restarts: [] };
    child.proc = proc;
    children.set(name, child);
    for (const stream of [proc.stdout!, proc.stderr!]) {
      createInterface({ input: stream }).on("line", (line) => {
        log(`[${name}] ${line}`);
        for (const [what, text] of Object.entries(READY)) {
          if (!line.includes(text)) continue;
          const ws = readyWaiters.get(what) ?? [];
          readyWaiters.set(what, []);
          for (const w of ws) w();
        }
      });
    }
    proc.on("exit", (code, signal) => {
      if (stopping || opts.supervise === false) return;
      // Supervision: a crashed part is restarted; the other keeps running
      // (core keeps calls up without control; control reconnects to core).
      const now = Date.now();
      child.restarts = child.restarts.filter((t) => now - t < 60_000);
      child.restarts.push(now);
      if (child.restarts.length > 5) {
        log(`[platform] ${name} exited ${code ?? signal} too often; giving up`);
        return;
      }
      log(`[platform] ${name} exited (${code ?? signal}); restarting`);
      setTimeout(() => !stopping && spawnPart(name), 500);
    });
  };

  const waitReady = (name: "core" | "control" | "configured", timeoutMs = 30_000) =>
    new Promise<void>((res, rej) => {
      const t = setTimeout(() => rej(new Error(`${name} not ready after ${timeoutMs} ms`)), timeoutMs);
      t.unref();
      const list = readyWaiters.get(name) ?? [];
      list.push(() => {
        clearTimeout(t);
        res();
      });
      readyWaiters.set(name, list);
    });

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Control first (it stops taking requests), then core (it hangs up calls
    // and spools their CDRs), then the database.
    for (const name of ["control", "core"]) {
      const p = children.get(name)?.proc;
      if (!p || p.exitCode !== null || p.signalCode !== null) continue;
      await new Promise<void>((res) => {
        const t = setTimeout(() => p.kill("SIGKILL"), 10_000);
        p.once("exit", () => {
          clearTimeout(t);
          res();
        });
        p.kill("SIGTERM");
      });
    }
    if (pg) await pg.stop();
  };

  try {
    const coreReady = waitReady("core");
    spawnPart("core");
    await coreReady;
    // Core has its configuration once control pushed it (or from its cache).
    const configured = waitReady("configured");
    const controlReady = waitReady("control");
    spawnPart("control");
    await controlReady;
    if (!existsSync(join(cfg.DATA_DIR, "core", "config.pb"))) await configured;
    else configured.catch(() => {});
  } catch (err) {
    await stop();
    throw err;
  }
  const credPath = join(cfg.DATA_DIR, "demo-credentials.json");
  const credentials = existsSync(credPath) ? (JSON.parse(readFileSync(credPath, "utf8")) as DemoCredentials) : null;
  return {
    config: cfg,
    consoleUrl: `http://${cfg.HTTP_HOST}:${cfg.HTTP_PORT}/`,
    databaseUrl,
    credentials,
    kill: (part, signal = "SIGKILL") => children.get(part)?.proc?.kill(signal),
    waitReady,
    stop,
  };
}
