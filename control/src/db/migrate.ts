// Versioned migrations: db/migrations/NNN_name.sql, applied in order inside
// one transaction guarded by an advisory lock (several control processes may
// start at once). An applied migration whose file changed (checksum mismatch)
// or disappeared stops start-up: the schema would no longer be what the code
// and the operators believe it is.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** Default migrations folder (beside this file). */
export const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations/", import.meta.url));

/** Advisory lock key: "sb-migr" as an integer, fixed forever. */
const LOCK_KEY = 0x73622d6d;

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const out: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = /^(\d{3,})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!m) continue;
    const sql = readFileSync(join(dir, file), "utf8");
    out.push({
      version: Number(m[1]),
      name: m[2] as string,
      sql,
      checksum: createHash("sha256").update(sql).digest("hex"),
    });
  }
  for (let i = 1; i < out.length; i++) {
    if (out[i]?.version === out[i - 1]?.version) throw new Error(`duplicate migration version ${out[i]?.version}`);
  }
  return out;
}

export class MigrationChecksumError extends Error {}

/** Applies pending migrations; returns the versions applied now. */
export async function migrate(pool: pg.Pool, dir: string = MIGRATIONS_DIR): Promise<number[]> {
  const migrations = loadMigrations(dir);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = await client.query<{ version: number; name: string; checksum: string }>(
      "SELECT version, name, checksum FROM schema_migrations ORDER BY version",
    );
    const byVersion = new Map(migrations.map((m) => [m.version, m]));
    for (const row of applied.rows) {
      const m = byVersion.get(row.version);
      if (!m) throw new MigrationChecksumError(`applied migration ${row.version}_${row.name} is missing from ${dir}`);
      if (m.checksum !== row.checksum) {
        throw new MigrationChecksumError(
          `migration ${row.version}_${row.name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)} in the database, ${m.checksum.slice(0, 12)} on disk); refusing to start`,
        );
      }
    }
    const done = new Set(applied.rows.map((r) => r.version));
    const now: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", [
        m.version,
        m.name,
        m.checksum,
      ]);
      now.push(m.version);
    }
    // The app role works on every table (RLS decides which rows).
    await client.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'switchboard_app') THEN
        GRANT USAGE ON SCHEMA public TO switchboard_app;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO switchboard_app;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO switchboard_app;
        -- The audit log is append-only for the application.
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM switchboard_app;
      END IF; END $$`);
    await client.query("COMMIT");
    return now;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
