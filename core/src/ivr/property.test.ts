// biome-ignore-all lint/suspicious/noTemplateCurlyInString: flows carry ${var} templates
// Tenants submit arbitrary JSON: validation must never throw, a flow that
// validates must compile, and running it (dry run, random input) must end.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { compileFlow, simulateFlow, validateFlow } from "./index.ts";

const ids = ["a", "b", "c", "d", "toString", "x y"];
const digits = fc.constantFrom("1", "2", "#", "*", "9");
const prompt = fc.oneof(fc.constantFrom("p1", "p2", ""), fc.record({ text: fc.string({ maxLength: 20 }) }), fc.record({ say: fc.constantFrom("number", "digits", "minutes", "x"), value: fc.string({ maxLength: 5 }), lang: fc.constantFrom("en", "zh", "fr") }));
const params = fc.oneof(
  fc.record({ prompt, choices: fc.array(digits, { maxLength: 3 }), timeoutMs: fc.integer({ min: 50, max: 200 }), retries: fc.integer({ min: -1, max: 3 }) }, { requiredKeys: [] }),
  fc.record({ variable: fc.constantFrom("v", "1bad", "acct"), maxDigits: fc.integer({ min: 0, max: 10 }), minDigits: fc.integer({ min: 0, max: 10 }), pattern: fc.constantFrom("[0-9]+", "(1+)+", "(", "1.*") }, { requiredKeys: [] }),
  fc.record({ cases: fc.array(fc.record({ exit: fc.constantFrom("y", "n", "else"), when: fc.record({ caller: fc.constantFrom("1.*", "(a|aa)*"), expr: fc.constantFrom("v > 1", "v ==", "len(v) == 0"), open: fc.constantFrom("cal", "none") }, { requiredKeys: [] }) }), { maxLength: 2 }) }),
  fc.record({ vars: fc.dictionary(fc.constantFrom("v", "w"), fc.string({ maxLength: 5 })), exprs: fc.dictionary(fc.constantFrom("v", "n"), fc.constantFrom("v + 1", "n * 2", "(")) }, { requiredKeys: [] }),
  fc.record({ queue: fc.constantFrom("q1", "${v}", ""), priority: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom("v", "v +")) }, { requiredKeys: [] }),
  fc.record({ url: fc.constantFrom("http://127.0.0.1:1/${v}", "ftp://x"), timeoutMs: fc.constantFrom(50, 10) }, { requiredKeys: [] }),
  fc.anything(),
);
const exitNames = fc.constantFrom("next", "ok", "failed", "fallback", "1", "2", "#", "y", "n", "else", "done", "noinput", "accepted", "declined");
const node = fc.record(
  {
    type: fc.constantFrom("play", "menu", "collect", "http_lookup", "set", "condition", "enqueue", "transfer", "voicemail", "callback", "survey", "hangup", "nope"),
    params,
    exits: fc.dictionary(exitNames, fc.constantFrom(...ids)),
    served: fc.boolean(),
  },
  { requiredKeys: ["type"] },
);
const flow = fc.record({
  id: fc.constantFrom("f", ""),
  version: fc.constantFrom(1, -1, 1.5),
  start: fc.constantFrom(...ids),
  nodes: fc.dictionary(fc.constantFrom(...ids), node, { maxKeys: 5 }),
  calendars: fc.constantFrom(undefined, { cal: { weekly: { mon: [["09:00", "18:00"]] } } }, { cal: { weekly: { fun: [] } } }),
});

test("validateFlow never throws on arbitrary JSON", { timeout: 20000 }, () => {
  fc.assert(
    fc.property(fc.anything(), (x) => {
      assert.ok(Array.isArray(validateFlow(x)));
    }),
    { numRuns: 500 },
  );
});

test("garbled graphs: validation never throws; anything with problems does not compile", { timeout: 20000 }, () => {
  fc.assert(
    fc.property(flow, (def) => {
      if (validateFlow(def).length) assert.throws(() => compileFlow(def as never), TypeError);
    }),
    { numRuns: 1000 },
  );
});

// Well-formed steps wired at random: many validate (others are unreachable or loop forever).
const TEMPLATES: [string, Record<string, unknown>, string[]][] = [
  ["play", { prompt: "p1" }, ["next"]],
  ["menu", { prompt: "p1", choices: ["1", "2"], timeoutMs: 100, retries: 1 }, ["1", "2", "failed"]],
  ["collect", { variable: "v", maxDigits: 4 }, ["ok", "failed"]],
  ["set", { exprs: { n: "n + 1" } }, ["next"]],
  ["condition", { cases: [{ exit: "y", when: { expr: "n > 3" } }] }, ["y", "else"]],
  ["http_lookup", { url: "http://127.0.0.1:1/${v}", timeoutMs: 50 }, ["ok", "fallback"]],
  ["callback", { prompt: "p1", queue: "q" }, ["accepted", "declined"]],
  ["survey", { prompt: "p1" }, ["done", "noinput"]],
  ["enqueue", { queue: "q", priority: "n" }, []],
  ["transfer", { extension: "100" }, []],
  ["voicemail", { box: "b" }, []],
  ["hangup", {}, []],
];
const wired = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: TEMPLATES.length - 1 }), fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: 3, maxLength: 3 })), { minLength: n, maxLength: n }).map((spec) => {
    const nodes: Record<string, unknown> = {};
    spec.forEach(([t, targets], i) => {
      const [type, params, exits] = TEMPLATES[t] as [string, Record<string, unknown>, string[]];
      // The first exit continues the chain so most nodes are reachable; the others go anywhere.
      const to = (k: number) => (k === 0 && i + 1 < n ? i + 1 : (targets[k % 3] as number));
      nodes[`n${i}`] = { type, params, exits: Object.fromEntries(exits.map((e, k) => [e, `n${to(k)}`])) };
    });
    return { id: "f", version: 1, start: "n0", nodes };
  }),
);

test("random wired graphs: valid ones compile and every dry run ends", { timeout: 60000 }, async (t) => {
  let valid = 0;
  await fc.assert(
    fc.asyncProperty(wired, fc.array(fc.stringMatching(/^[0-9#*]{0,4}$/), { maxLength: 6 }), async (def, inputs) => {
      const problems = validateFlow(def);
      if (problems.length) {
        assert.ok(problems.every((p) => p.code === "unreachable" || p.code === "loop_without_exit"), JSON.stringify(problems));
        assert.throws(() => compileFlow(def as never), TypeError);
        return;
      }
      valid++;
      const f = compileFlow(def as never);
      const { outcome } = await simulateFlow(f, { inputs, maxSteps: 100, http: ["timeout"] });
      assert.ok(outcome.path.length >= 1 && outcome.path.length <= 100);
      assert.ok(["enqueued", "transferred", "voicemail", "hangup", "caller_hangup", "error"].includes(outcome.end));
      if (outcome.end === "error") assert.match(outcome.error ?? "", /more than 100 steps|enqueue: empty queue|transfer: bad target/);
    }),
    { numRuns: 400 },
  );
  t.diagnostic(`${valid} of 400 random wired flows were valid and ran`);
  assert.ok(valid > 30, `only ${valid} valid random flows`);
});
