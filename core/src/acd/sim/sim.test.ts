/**
 * The simulator drives the real engine; with no abandonment its service level and ASA must agree with
 * Erlang C (and with exponential patience, with Erlang A) within statistical tolerance. Tolerance: 4 standard
 * errors from batch means plus a small absolute slack. Seeds are fixed, so the test is deterministic.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { erlangB, erlangC, erlangCMetrics } from "./erlang.ts";
import { type SimOptions, simulate } from "./sim.ts";

const here = dirname(fileURLToPath(import.meta.url));

function agree(name: string, o: SimOptions) {
  const r = simulate(o);
  const th = r.theory!;
  assert.ok(th !== null, `${name}: no theory`);
  // the estimate must be tight enough for the comparison to mean something
  assert.ok(r.service_level_se < 0.03, `${name}: SL standard error too large (${r.service_level_se})`);
  const slTol = 4 * r.service_level_se + 0.01;
  const asaTol = 4 * r.asa_se + 0.05 * th.asa_s + 0.2;
  assert.ok(Math.abs(r.service_level - th.service_level) <= slTol, `${name}: SL ${r.service_level} vs ${th.model} ${th.service_level} (tol ${slTol})`);
  assert.ok(Math.abs(r.asa_s - th.asa_s) <= asaTol, `${name}: ASA ${r.asa_s} vs ${th.model} ${th.asa_s} (tol ${asaTol})`);
  assert.ok(Math.abs(r.occupancy - th.occupancy) <= 0.02, `${name}: occupancy ${r.occupancy} vs ${th.occupancy}`);
  if (th.model === "erlang_a") assert.ok(Math.abs(r.abandon_rate - th.p_abandon) <= 0.015, `${name}: abandon ${r.abandon_rate} vs ${th.p_abandon}`);
  else assert.equal(r.abandoned, 0);
  assert.equal(r.offered, r.answered + r.abandoned);
  return r;
}

describe("erlang formulas", () => {
  it("match textbook values", { timeout: 2000 }, () => {
    // Erlang B(10, 5) = 0.018385, Erlang C(10, 8) = 0.409, classic staffing example
    assert.ok(Math.abs(erlangB(10, 5) - 0.018385) < 1e-5);
    assert.ok(Math.abs(erlangC(10, 8) - 0.4092) < 1e-3);
    // A = 10 erlangs on 12 agents: P(wait) = 0.4494 (standard Erlang C table value)
    const m = erlangCMetrics(12, 100 / 1800, 180, 20);
    assert.ok(Math.abs(m.pWait - 0.4494) < 1e-3, String(m.pWait));
    assert.ok(Math.abs(m.occupancy - 10 / 12) < 1e-9);
    assert.ok(Math.abs(m.asaS - (m.pWait * 180) / 2) < 1e-9);
    assert.ok(Math.abs(erlangCMetrics(12, 100 / 1800, 180, 0).serviceLevel - (1 - m.pWait)) < 1e-12);
    assert.equal(erlangC(5, 6), 1);
  });
});

describe("simulator vs queueing theory", () => {
  it("M/M/10 at 80% load agrees with Erlang C", { timeout: 20_000 }, () => {
    agree("mm10", { agents: 10, rate: 8 / 60, aht: 60, target: 20, duration: 300_000, seed: 11 });
  });
  it("M/M/3 at 67% load agrees with Erlang C", { timeout: 20_000 }, () => {
    agree("mm3", { agents: 3, rate: 2 / 120, aht: 120, target: 30, duration: 1_500_000, seed: 12 });
  });
  it("M/M/50 at 90% load agrees with Erlang C", { timeout: 20_000 }, () => {
    agree("mm50", { agents: 50, rate: 0.75, aht: 60, target: 15, duration: 60_000, seed: 13 });
  });
  it("wrap-up is part of the agents' holding time (Erlang C with AHT + wrap)", { timeout: 20_000 }, () => {
    agree("wrap", { agents: 20, rate: 0.25, aht: 50, wrap: 10, target: 20, duration: 150_000, seed: 14 });
  });
  it("exponential patience agrees with Erlang A", { timeout: 20_000 }, () => {
    agree("erlang-a", { agents: 20, rate: 0.35, aht: 60, target: 20, duration: 100_000, patience: 120, seed: 15 });
  });
  it("has the power to reject a wrong model (one agent fewer)", { timeout: 20_000 }, () => {
    const o = { agents: 10, rate: 8 / 60, aht: 60, target: 20, duration: 150_000, seed: 16 };
    const r = simulate(o);
    const wrong = erlangCMetrics(9, o.rate, o.aht, o.target);
    assert.ok(Math.abs(r.service_level - wrong.serviceLevel) > 4 * r.service_level_se + 0.01, `${r.service_level} vs ${wrong.serviceLevel}`);
  });
  it("the CLI prints one JSON object on its last line", { timeout: 20_000 }, () => {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", join(here, "cli.ts"), "--agents", "5", "--rate", "0.05", "--aht", "60", "--target", "20", "--duration", "20000", "--patience", "90", "--seed", "3", "--json"],
      { encoding: "utf8" },
    );
    const last = out.trim().split("\n").at(-1)!;
    const r = JSON.parse(last) as Record<string, unknown>;
    for (const k of ["offered", "answered", "abandoned", "service_level", "asa_s", "occupancy"]) assert.equal(typeof r[k], "number", k);
    assert.ok((r.offered as number) > 500);
    assert.ok((r.abandoned as number) > 0);
  });
});
