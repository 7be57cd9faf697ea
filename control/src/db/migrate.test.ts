import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { freshDatabase, type TestDb } from "../testing/pg.ts";
import { Db, MIGRATIONS_DIR, MigrationChecksumError, loadMigrations, migrate } from "./index.ts";

let tdb: TestDb;
let db: Db;
before(async () => {
  tdb = await freshDatabase();
  db = new Db(tdb.url);
}, { timeout: 60_000 });
after(async () => {
  await db?.close();
  await tdb?.drop();
}, { timeout: 60_000 });

test("migrations apply once and are idempotent", { timeout: 30_000 }, async () => {
  const all = loadMigrations().map((m) => m.version);
  assert.ok(all.length >= 1);
  assert.deepEqual(await migrate(db.pool), all);
  assert.deepEqual(await migrate(db.pool), []);
  const r = await db.pool.query("SELECT version, checksum FROM schema_migrations ORDER BY version");
  assert.deepEqual(
    r.rows.map((x) => x.version),
    all,
  );
  assert.equal(r.rows[0].checksum.length, 64);
});

test("concurrent starts do not apply a migration twice", { timeout: 30_000 }, async () => {
  const t2 = await freshDatabase();
  const a = new Db(t2.url);
  const b = new Db(t2.url);
  try {
    const [ra, rb] = await Promise.all([migrate(a.pool), migrate(b.pool)]);
    assert.equal(ra.length + rb.length, loadMigrations().length);
  } finally {
    await a.close();
    await b.close();
    await t2.drop();
  }
});

test("a changed applied migration refuses to start", { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sb-migr-"));
  try {
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const t3 = await freshDatabase();
    const d = new Db(t3.url);
    try {
      await migrate(d.pool, dir);
      appendFileSync(join(dir, "001_init.sql"), "\n-- edited after release\n");
      await assert.rejects(migrate(d.pool, dir), MigrationChecksumError);
    } finally {
      await d.close();
      await t3.drop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("row-level security hides other tenants even without a WHERE clause", { timeout: 30_000 }, async () => {
  const ids = await db.tx({ bypass: true }, async (c) => {
    const a = await c.query("INSERT INTO tenants (slug, name) VALUES ('rls-a', 'A') RETURNING id");
    const b = await c.query("INSERT INTO tenants (slug, name) VALUES ('rls-b', 'B') RETURNING id");
    await c.query("INSERT INTO cdrs (call_id, tenant_id, caller) VALUES ('rls-call-a', $1, '111')", [a.rows[0].id]);
    await c.query("INSERT INTO cdrs (call_id, tenant_id, caller) VALUES ('rls-call-b', $1, '222')", [b.rows[0].id]);
    return { a: a.rows[0].id as string, b: b.rows[0].id as string };
  });
  const seenByA = await db.tx({ tenantId: ids.a }, async (c) => (await c.query("SELECT call_id FROM cdrs")).rows);
  assert.deepEqual(
    seenByA.map((r) => r.call_id),
    ["rls-call-a"],
  );
  // Writing a row for another tenant is refused by the policy's WITH CHECK.
  await assert.rejects(
    db.tx({ tenantId: ids.a }, (c) => c.query("INSERT INTO cdrs (call_id, tenant_id) VALUES ('x', $1)", [ids.b])),
    /row-level security/,
  );
  // No scope set at all: nothing visible.
  const c = await db.pool.connect();
  try {
    await c.query("BEGIN");
    await c.query("SET LOCAL ROLE switchboard_app");
    const r = await c.query("SELECT count(*)::int AS n FROM cdrs");
    assert.equal(r.rows[0].n, 0);
    await c.query("ROLLBACK");
  } finally {
    c.release();
  }
});

test("the audit log is append-only for the application role", { timeout: 30_000 }, async () => {
  const t = await db.tx({ bypass: true }, async (c) => (await c.query("INSERT INTO tenants (slug, name) VALUES ('audit-t', 'A') RETURNING id")).rows[0].id as string);
  await db.tx({ tenantId: t }, (c) => c.query("INSERT INTO audit_log (tenant_id, action) VALUES ($1, 'x')", [t]));
  await assert.rejects(
    db.tx({ tenantId: t }, (c) => c.query("UPDATE audit_log SET action = 'y' WHERE tenant_id = $1", [t])),
    /permission denied/,
  );
  await assert.rejects(
    db.tx({ bypass: true }, (c) => c.query("DELETE FROM audit_log")),
    /permission denied/,
  );
  // Deleting a tenant still removes its rows (the foreign key acts as the owner).
  await db.tx({ bypass: true }, (c) => c.query("DELETE FROM tenants WHERE id = $1", [t]));
  assert.equal((await db.pool.query("SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1", [t])).rows[0].n, 0);
});
