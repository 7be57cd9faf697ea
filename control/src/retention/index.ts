// Recording retention: deletes recording files (and core's derivatives:
// mixdown, mu-law copy, peaks) of calls older than the tenant's
// recording_retention_days, marks the rows deleted and audits it.
import { rm } from "node:fs/promises";
import { resolveInDataDir } from "../corelink/cdr.ts";
import type { Db } from "../db/index.ts";

// The recording itself goes last: once it is gone, so is everything made from it.
const DERIVED = [".mix.wav", ".g711.wav", ".peaks.json", ".wav"];

/** One pass; returns how many recordings were removed. `now` is injectable for tests (default Date.now()). */
export async function sweepRetention(db: Db, dataDir: string, now = Date.now()): Promise<number> {
  const due = await db.tx({ bypass: true }, async (c) =>
    (
      await c.query(
        `SELECT r.call_id, r.tenant_id, r.path FROM recordings r
         JOIN tenants t ON t.id = r.tenant_id
         JOIN cdrs c ON c.call_id = r.call_id AND c.tenant_id = r.tenant_id
         WHERE r.deleted_at IS NULL AND t.recording_retention_days > 0
           AND c.start_ms < $1::bigint - t.recording_retention_days::bigint * 86400000
         ORDER BY c.start_ms LIMIT 1000`,
        [now],
      )
    ).rows as Array<{ call_id: string; tenant_id: string; path: string }>,
  );
  for (const r of due) {
    // Mark first, then delete: a download never finds a row whose file is
    // gone without being told why.
    await db.tx({ bypass: true }, async (c) => {
      await c.query("UPDATE recordings SET deleted_at = to_timestamp($3 / 1000.0) WHERE call_id = $1 AND tenant_id = $2", [r.call_id, r.tenant_id, now]);
      await c.query(
        "INSERT INTO audit_log (tenant_id, action, object_type, object_id, detail) VALUES ($1, 'recording_retention_delete', 'recording', $2, $3)",
        [r.tenant_id, r.call_id, JSON.stringify({ path: r.path })],
      );
    });
    const full = resolveInDataDir(dataDir, r.path);
    if (full) {
      const base = full.replace(/\.wav$/, "");
      for (const ext of DERIVED) await rm(`${base}${ext}`, { force: true });
    }
  }
  return due.length;
}

/** Runs the sweep now and then every `everyMs` (default 1 h); returns a stop function. */
export function startRetentionSweeper(db: Db, dataDir: string, everyMs = 3_600_000, onError: (e: unknown) => void = () => {}): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    sweepRetention(db, dataDir)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  const t = setInterval(run, everyMs);
  t.unref();
  setImmediate(run);
  return () => clearInterval(t);
}
