import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkCalendar, compileExpr, DigitCollector, ExprError, isOpen, localTime, STEP_CATALOG, STEPS, validateFlow } from "./index.ts";
import { unsafePattern } from "./pattern.ts";

const T = { timeout: 5000 };

describe("expressions", () => {
  const ev = (src: string, vars: Record<string, string> = {}) => compileExpr(src)(vars);
  test("numbers compare as numbers, other strings as strings; unknown variables are empty", T, () => {
    assert.equal(ev("level >= 3", { level: "10" }), true, "10 >= 3 numerically, not as text");
    assert.equal(ev("a == b", { a: "007", b: "7" }), true);
    assert.equal(ev("region == 'BJ'", { region: "BJ" }), true);
    assert.equal(ev("nothing == ''"), true);
    assert.equal(ev("a + b", { a: "1", b: "2" }), 3);
    assert.equal(ev("a + b", { a: "x", b: "2" }), "x2");
    assert.equal(ev("-n * 2 + 10 % 4", { n: "3" }), -4);
    assert.equal(ev("1 / 0"), 0);
  });
  test("precedence, logic, functions", T, () => {
    assert.equal(ev("1 + 2 * 3 == 7 && !(2 > 3) || false"), true);
    assert.equal(ev("len(acct) == 8 && startsWith(acct, '9')", { acct: "91234567" }), true);
    assert.equal(ev("contains(lower(name), 'vip')", { name: "Big VIP" }), true);
    assert.equal(ev("oneOf(x, 1, 2, 3)", { x: "2" }), true);
    assert.equal(ev("matches(caller, '^1[3-9][0-9]{9}$')", { caller: "13812345678" }), true);
    assert.equal(ev("num(x) + 1", { x: "abc" }), 1);
    assert.equal(ev("customer.level > 2", { "customer.level": "3" }), true);
  });
  test("bad expressions are refused at compile time", T, () => {
    for (const bad of ["", "a ==", "(a", "a b", "foo(1)", "len()", "a = 1", "'open", "matches(a, b)", "matches(a, '(')", "x.constructor()"]) {
      assert.throws(() => compileExpr(bad), ExprError, bad);
    }
  });
});

describe("calendars", () => {
  test("local time in a zone, across the date line", T, () => {
    const ms = Date.parse("2026-03-01T17:30:00Z");
    assert.deepEqual(localTime(ms, "Asia/Shanghai"), { date: "2026-03-02", day: "mon", minute: 90 });
    assert.deepEqual(localTime(ms, "UTC"), { date: "2026-03-01", day: "sun", minute: 17 * 60 + 30 });
  });
  test("open across a DST change (America/New_York, 2026-03-08)", T, () => {
    const cal = { tz: "America/New_York", weekly: { sun: [["09:00", "10:00"]] as [string, string][] } };
    assert.equal(isOpen(cal, Date.parse("2026-03-08T13:30:00Z")), true, "09:30 EDT");
    assert.equal(isOpen(cal, Date.parse("2026-03-08T14:30:00Z")), false, "10:30 EDT");
    assert.equal(isOpen(cal, Date.parse("2026-03-01T14:30:00Z")), true, "09:30 EST a week earlier");
  });
  test("checkCalendar", T, () => {
    assert.deepEqual(checkCalendar({ weekly: { mon: [["09:00", "18:00"]] } }), []);
    assert.equal(checkCalendar({ weekly: { mon: [["9:00", "18:00"]] } }).length, 1);
    assert.equal(checkCalendar({ weekly: {}, special: { tomorrow: [] } }).length, 1);
    assert.equal(checkCalendar(null).length, 1);
  });
});

describe("DigitCollector", () => {
  test("buffered digits first, then live ones; terminator; max", T, async () => {
    const d = new DigitCollector();
    d.push("1");
    d.push("2");
    setTimeout(() => d.push("3"), 20);
    setTimeout(() => d.push("#"), 40);
    assert.deepEqual(await d.collect({ maxDigits: 10, terminator: "#", firstDigitTimeoutMs: 500, interDigitTimeoutMs: 500 }), { digits: "123", reason: "terminator" });
    d.push("4");
    d.push("5");
    d.push("6");
    assert.deepEqual(await d.collect({ maxDigits: 2, terminator: "", firstDigitTimeoutMs: 500, interDigitTimeoutMs: 500 }), { digits: "45", reason: "max" });
    assert.equal(d.buffered, "6");
    d.flush();
    assert.equal(d.buffered, "");
  });
  test("first-digit and inter-digit timeouts", T, async () => {
    const d = new DigitCollector();
    let t0 = Date.now();
    assert.deepEqual(await d.collect({ maxDigits: 4, terminator: "#", firstDigitTimeoutMs: 80, interDigitTimeoutMs: 1000 }), { digits: "", reason: "timeout" });
    assert.ok(Date.now() - t0 >= 75);
    setTimeout(() => d.push("9"), 10);
    t0 = Date.now();
    assert.deepEqual(await d.collect({ maxDigits: 4, terminator: "#", firstDigitTimeoutMs: 1000, interDigitTimeoutMs: 60 }), { digits: "9", reason: "timeout" });
    assert.ok(Date.now() - t0 < 500);
  });
  test("hangup resolves a pending collect and later ones; junk is ignored; one collect at a time", T, async () => {
    const d = new DigitCollector();
    d.push("x");
    assert.equal(d.buffered, "");
    const p = d.collect({ maxDigits: 4, terminator: "", firstDigitTimeoutMs: 5000, interDigitTimeoutMs: 5000 });
    await assert.rejects(d.collect({ maxDigits: 1, terminator: "", firstDigitTimeoutMs: 10, interDigitTimeoutMs: 10 }), TypeError);
    d.close();
    assert.deepEqual(await p, { digits: "", reason: "hangup" });
    assert.equal((await d.collect({ maxDigits: 1, terminator: "", firstDigitTimeoutMs: 10, interDigitTimeoutMs: 10 })).reason, "hangup");
  });
});

describe("tenant regular expressions (ReDoS guard)", () => {
  test("exponential shapes are refused, ordinary ones accepted", T, () => {
    for (const bad of ["(a+)+", "(a|aa)*", "(\\d+)*$", "((ab)*)+", "(.*a){20}", "(a)\\1", "(?:x+y*)+", "a".repeat(201)]) {
      assert.ok(unsafePattern(bad), bad);
    }
    for (const ok of ["[1-9][0-9]{7}", "(\\+86)?1[3-9][0-9]{9}", "400.*", "(138|139)[0-9]{8}", "(ab)+", "(?:ab)?", "[(+*]+", "\\(a+\\)+"]) {
      assert.equal(unsafePattern(ok), null, ok);
    }
  });
  test("flows with such patterns do not validate; the classic attack string stays fast on accepted ones", T, () => {
    const f = (when: Record<string, unknown>) => ({
      id: "f", version: 1, start: "c",
      nodes: { c: { type: "condition", params: { cases: [{ exit: "x", when }] }, exits: { x: "e", else: "e" } }, e: { type: "hangup" } },
    });
    assert.equal(validateFlow(f({ caller: "(1+)+2" }))[0]?.code, "bad_params");
    assert.equal(validateFlow(f({ expr: "matches(caller, '(1|11)*2')" }))[0]?.code, "bad_params");
    const m = compileExpr("matches(x, '^1+2$')");
    const t0 = performance.now();
    assert.equal(m({ x: "1".repeat(5000) }), false);
    assert.ok(performance.now() - t0 < 50);
  });
});

describe("step catalogue", () => {
  test("documents every step; each example compiles and has the documented exits", T, () => {
    assert.deepEqual(STEP_CATALOG.map((d) => d.type).sort(), [...STEPS.keys()].sort());
    for (const d of STEP_CATALOG) {
      const step = STEPS.get(d.type);
      assert.ok(step, d.type);
      const exits = step.exits(step.compile(d.example));
      for (const e of d.exits) assert.ok(exits.includes(e), `${d.type} has exit ${e}`);
      if (!d.exitsNote) assert.deepEqual(exits, d.exits, d.type);
      // Required parameters really are required.
      for (const p of d.params.filter((x) => x.required)) {
        const without = { ...d.example };
        delete without[p.name];
        if (p.name === "prompt") delete without.prompts;
        assert.throws(() => step.compile(without), TypeError, `${d.type}.${p.name}`);
      }
    }
  });
});
