// Test support (never imported by production code): a fresh throwaway
// database on a REAL PostgreSQL. Order: env TEST_DATABASE_URL; else the
// developer/CI server at 127.0.0.1:5432 if it answers (unless
// TEST_PG_EMBEDDED=1); else an embedded
// PostgreSQL 15 started in a temp dir for this test file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { ensureEmbeddedPostgres } from "../db/embedded.ts";

export interface TestDb {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function freshDatabase(): Promise<TestDb> {
  let adminUrl = process.env.TEST_DATABASE_URL ?? "";
  let stopEmbedded: (() => Promise<void>) | null = null;
  let tmp: string | null = null;
  if (!adminUrl) {
    const local = "postgres://postgres@127.0.0.1:5432/postgres";
    // TEST_PG_EMBEDDED=1 forces the embedded path (to test what a plain machine does).
    if (process.env.TEST_PG_EMBEDDED !== "1" && (await answers(local))) adminUrl = local;
    else {
      tmp = mkdtempSync(join(tmpdir(), "sb-pg-"));
      const emb = await ensureEmbeddedPostgres(tmp);
      adminUrl = emb.url;
      stopEmbedded = emb.stop;
    }
  }
  const name = `sb_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDb(adminUrl, name),
    name,
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
      if (stopEmbedded) await stopEmbedded();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
  };
}
