// npm test: installs missing Debian test peers (as root on Debian), builds
// the console, then runs every unit suite (*.test.ts beside the code) and
// the end-to-end suites in test/ with node's test runner, and closes with
// one summary line.
//   --unit   only unit suites       --e2e   only end-to-end suites
//   any other argument: a filter on file paths
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ensurePeers } from "./peers.ts";
import { ROOT } from "./platform.ts";

const args = process.argv.slice(2);
const onlyUnit = args.includes("--unit");
const onlyE2e = args.includes("--e2e");
const filters = args.filter((a) => !a.startsWith("--"));

function find(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

const unit = ["proto", "core", "control", "console", "bench"].flatMap((d) => find(join(ROOT, d))).sort();
const e2e = find(join(ROOT, "test")).sort();
const pick = (files: string[]) => files.filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));

if (!onlyUnit) {
  const err = ensurePeers();
  if (err) {
    console.error(err);
    process.exit(1);
  }
}
if (!onlyUnit) {
  console.log("[test] building the console");
  execFileSync("npm", ["run", "build", "-w", "@switchboard/console"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

interface Totals { pass: number; fail: number; skipped: number }
function run(files: string[], concurrency: number): Promise<Totals> {
  if (files.length === 0) return Promise.resolve({ pass: 0, fail: 0, skipped: 0 });
  const tapFile = join(mkdtempSync(join(tmpdir(), "sb-test-")), "out.tap");
  return new Promise((resolve) => {
    const p = spawn(
      process.execPath,
      [
        "--import", "tsx",
        "--test",
        `--test-concurrency=${concurrency}`,
        // No single test may hang the run: 5 minutes at most each. (Not
        // --test-force-exit: it cuts the TAP file this script counts from.)
        "--test-timeout=300000",
        "--test-reporter=spec", "--test-reporter-destination=stdout",
        "--test-reporter=tap", `--test-reporter-destination=${tapFile}`,
        ...files.map((f) => relative(ROOT, f)),
      ],
      { cwd: ROOT, stdio: "inherit", env: { ...process.env, SWITCHBOARD_TEST: "1" } },
    );
    p.on("exit", (code, signal) => {
      let tap = "";
      try {
        tap = readFileSync(tapFile, "utf8");
      } catch {}
      const n = (k: string) => Number(tap.match(new RegExp(`^# ${k} (\\d+)`, "m"))?.[1] ?? 0);
      let fail = n("fail") + n("cancelled");
      // A runner that died or failed without counting a failure is a failure.
      if ((code !== 0 || signal) && fail === 0) fail = 1;
      resolve({ pass: n("pass"), fail, skipped: n("skipped") + n("todo") });
    });
  });
}

const totals: Totals = { pass: 0, fail: 0, skipped: 0 };
const add = (t: Totals) => {
  totals.pass += t.pass;
  totals.fail += t.fail;
  totals.skipped += t.skipped;
};
if (!onlyE2e) add(await run(pick(unit), 2));
// End-to-end suites run one file at a time: they measure real audio and a
// 2-core machine should not be shared between two of them.
if (!onlyUnit) add(await run(pick(e2e), 1));
console.log(`\ntests: ${totals.pass} passed, ${totals.fail} failed, ${totals.skipped} skipped`);
process.exit(totals.fail > 0 || totals.pass === 0 ? 1 : 0);
