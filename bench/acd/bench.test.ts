/** Runs the ACD benchmark in --quick --json mode and checks the report's shape (not absolute times). */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { it } from "node:test";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

it("bench:acd --quick --json prints one JSON report on its last line", { timeout: 60_000 }, () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(here, "index.ts"), "--quick", "--json"], { encoding: "utf8" });
  const lines = out.trim().split("\n");
  const r = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
  for (const k of ["p50_us", "p99_us", "p999_us", "decisions_per_s", "naive_p99_us", "naive_decisions_per_s", "speedup_p99", "speedup_throughput"]) {
    assert.equal(typeof r[k], "number", k);
    assert.ok(Number.isFinite(r[k] as number) && (r[k] as number) > 0, `${k} = ${r[k]}`);
  }
  assert.ok((r.p50_us as number) <= (r.p99_us as number) && (r.p99_us as number) <= (r.p999_us as number));
  assert.equal(r.events, 20_000);
  assert.equal(r.waiting_calls, 10_000);
  // the anchor implements the same rules: both must have made the same offers
  assert.equal(r.same_decisions_as_naive, true);
  assert.ok((r.offers_compared as number) > 100);
  assert.equal(typeof r.targets_met, "boolean");
});
