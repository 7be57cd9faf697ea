// Smoke test of the SIP benchmark: `--quick --json` runs every phase briefly
// against real SIPp, core (child process) and Kamailio when installed, and the
// last stdout line is the summary. Checks the shape and that calls really
// completed, never absolute rates (the box is shared).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

test("bench:sip --quick --json completes calls through the switch, Kamailio and SIPp direct", { timeout: 90_000 }, async () => {
  const p = spawn(process.execPath, ["--import", "tsx", "bench/sip/index.ts", "--quick", "--json"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  p.stdout.on("data", (d) => {
    out += d;
  });
  p.stderr.on("data", (d) => {
    err += d;
  });
  const kill = setTimeout(() => p.kill("SIGTERM"), 80_000);
  const code = await new Promise<number | null>((r) => p.once("close", r));
  clearTimeout(kill);
  assert.equal(code, 0, `exit ${code}\n${err.slice(-3000)}`);
  const last = out.trim().split("\n").at(-1) ?? "";
  // biome-ignore lint/suspicious/noExplicitAny: the summary is checked field by field below
  type Json = any;
  const s = JSON.parse(last) as Record<string, Json>;

  for (const k of ["max_cps_zero_fail", "sipp_direct_max_cps", "setup_p99_ms"]) assert.equal(typeof s[k], "number", `${k} in ${last.slice(0, 500)}`);
  assert.ok("kamailio_max_cps_zero_fail" in s);
  assert.ok(s.max_cps_zero_fail > 0, "the switch completed the first step without failures");
  assert.ok(s.sipp_direct_max_cps > 0);
  if (s.kamailio_max_cps_zero_fail !== null) assert.ok(s.kamailio_max_cps_zero_fail > 0);

  // Completed calls are bridged to the agent (CDR cross-check), not just answered by the queue.
  const step = s.switch_steps[0];
  assert.ok(step.completed > 0 && step.completed === step.offered, JSON.stringify(step));
  assert.equal(s.switch_calls_left, 0, "no call left in the switch after the ramp");
  assert.ok((s.switch_cdr_causes.normal_clearing ?? 0) >= step.completed);

  // Calls in progress: all held at once, all gone afterwards.
  assert.equal(s.hold.peakCalls, s.hold.target, JSON.stringify(s.hold));
  assert.equal(s.hold.sippFailed, 0);
  assert.equal(s.hold.callsAfter, 0);

  // Overload: beyond MAX_CPS the switch answers 503, still answers OPTIONS, and keeps no call.
  const o = s.overload;
  assert.ok(o.got503 > 0, JSON.stringify(o));
  assert.ok(o.got200 > 0);
  assert.equal(o.got200 + o.got503, o.offered);
  assert.equal(o.optionsAnswered, o.optionsSent);
  assert.equal(o.callsAfter, 0);
  // Nothing stuck after the ramp's failing step or the overload phase (calls, dialogs, media legs).
  assert.equal(s.stuck_calls_after, 0, JSON.stringify({ ramp: s.switch_leftover, overload: o.leftover }));
});
