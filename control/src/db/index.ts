// PostgreSQL access. Every query runs in a transaction that switches to the
// non-owner role switchboard_app and sets app.tenant_id (or, explicitly,
// app.bypass for platform/system work) so that row-level security applies
// as defence in depth on top of the tenant_id filter each query carries.
import pg from "pg";

export { migrate, loadMigrations, MigrationChecksumError, MIGRATIONS_DIR } from "./migrate.ts";
export { ensureEmbeddedPostgres } from "./embedded.ts";
export type { EmbeddedPostgres } from "./embedded.ts";

/** Who a transaction acts for: one tenant, or the platform (bypass RLS, explicitly). */
export type DbScope = { tenantId: string } | { bypass: true };

export type Tx = pg.PoolClient;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const types = {
  getTypeParser(oid: number, format?: string) {
    // int8 (bigint) as JS number: our values (epoch ms, byte counts, ids) stay below 2^53.
    if (oid === 20) return (v: string) => Number(v);
    // date as "YYYY-MM-DD" text (a JS Date would shift it by the local time zone).
    if (oid === 1082) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as "text");
  },
};

/** PostgreSQL is unreachable or restarting (connection refused/reset, admin shutdown, starting up). */
export function isDbUnavailable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? "";
  const msg = (err as Error | null)?.message ?? "";
  return (
    ["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"].includes(code) ||
    /Connection terminated|connection timeout|the database system is (starting up|shutting down)/i.test(msg)
  );
}

function onClientError(): void {}
const guarded = new WeakSet<object>();

export class Db {
  readonly pool: pg.Pool;
  constructor(url: string, max = 10) {
    this.pool = new pg.Pool({ connectionString: url, max, types: types as pg.CustomTypesConfig });
    // An idle client losing its server must not crash the process.
    this.pool.on("error", () => undefined);
  }

  /** Runs fn inside a transaction with the RLS role and scope set; commits if fn resolves. */
  async tx<T>(scope: DbScope, fn: (c: Tx) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    // A checked-out client whose server goes away emits "error" on itself
    // (the pool's handler covers idle clients only); unhandled, that event
    // kills the process. The query in flight rejects as well, so the error
    // is handled there; this listener only keeps the process alive.
    if (!guarded.has(c)) {
      c.on("error", onClientError);
      guarded.add(c);
    }
    let failed: unknown;
    try {
      // One round trip to open the scoped transaction (a simple multi-statement
      // query cannot take parameters: the tenant id is checked as a UUID and quoted).
      if ("bypass" in scope) {
        await c.query("BEGIN; SET LOCAL ROLE switchboard_app; SELECT set_config('app.bypass', 'on', true)");
      } else {
        if (typeof scope.tenantId !== "string" || !UUID_RE.test(scope.tenantId)) throw new TypeError("tenantId must be a UUID");
        await c.query(`BEGIN; SET LOCAL ROLE switchboard_app; SELECT set_config('app.tenant_id', ${c.escapeLiteral(scope.tenantId)}, true)`);
      }
      const out = await fn(c);
      await c.query("COMMIT");
      return out;
    } catch (err) {
      failed = err;
      await c.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      // A connection that broke must not go back to the pool.
      c.release(failed !== undefined && isDbUnavailable(failed) ? (failed as Error) : undefined);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
