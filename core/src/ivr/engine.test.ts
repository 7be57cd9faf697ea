// biome-ignore-all lint/suspicious/noTemplateCurlyInString: flows carry ${var} templates
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import {
  type CalendarDef,
  compileFlow,
  DEFAULT_IVR_HTTP_DENY,
  type FlowDef,
  FlowRegistry,
  makeFetchHttp,
  parseAddressList,
  runFlow,
  simulateFlow,
  validateFlow,
} from "./index.ts";
import { FakeHost } from "./testkit.ts";

const T = { timeout: 5000 };
const Q_SALES = "11111111-1111-4111-8111-111111111111";
const Q_VIP = "22222222-2222-4222-8222-222222222222";

function flow(nodes: FlowDef["nodes"], start = Object.keys(nodes)[0] as string, extra: Partial<FlowDef> = {}): FlowDef {
  return { id: "f1", version: 1, start, nodes, ...extra };
}

/** Two-level menu: 1 sales, 2 -> service submenu (1 billing with priority from a variable, 2 back). */
function twoLevel(): FlowDef {
  return flow({
    welcome: { type: "play", params: { prompt: "welcome" }, exits: { next: "main" } },
    main: {
      type: "menu",
      params: { prompt: "main_menu", choices: ["1", "2"], timeoutMs: 150, retries: 1, invalidPrompt: "invalid", timeoutPrompt: "no_input" },
      exits: { "1": "sales", "2": "service", failed: "bye" },
    },
    sales: { type: "enqueue", params: { queue: Q_SALES } },
    service: {
      type: "menu",
      params: { prompt: "service_menu", choices: ["1", "9"], timeoutMs: 150, variable: "service_choice" },
      exits: { "1": "prio", "9": "main", failed: "bye" },
    },
    prio: { type: "set", params: { vars: { tier: "gold" }, exprs: { prio: "len(caller) * 2 + 1" } }, exits: { next: "billing" } },
    billing: { type: "enqueue", params: { queue: "${target_queue}", priority: "prio", skills: ["billing"], skillsVar: "extra_skills" } },
    bye: { type: "hangup", params: { prompt: "goodbye", cause: "ivr_no_input" } },
  });
}

describe("menus", () => {
  test("caller navigates two menu levels and lands in the queue with priority and skills from variables", T, async () => {
    const h = new FakeHost().on("main_menu", "2").on("service_menu", "1");
    const out = await runFlow(compileFlow(twoLevel()), h, { vars: { caller: "1380", called: "4000", target_queue: Q_VIP, extra_skills: "zh, vip,billing" } });
    assert.equal(out.end, "enqueued");
    assert.equal(out.queueId, Q_VIP);
    assert.deepEqual(out.path, ["welcome", "main", "service", "prio", "billing"]);
    assert.deepEqual(h.played, ["welcome", "main_menu", "service_menu"]);
    assert.equal(h.enqueued.length, 1);
    assert.equal(h.enqueued[0]?.priority, 9);
    assert.deepEqual(h.enqueued[0]?.skills, ["billing", "zh", "vip"]);
    assert.equal(h.enqueued[0]?.vars.tier, "gold");
    assert.equal(h.enqueued[0]?.vars.service_choice, "1");
    assert.equal(out.vars.ivr_end, "enqueued");
    assert.equal(out.served, false);
  });

  test("type-ahead: a digit pressed during the welcome prompt answers the menu without playing it", T, async () => {
    const h = new FakeHost().on("welcome", "1");
    const out = await runFlow(compileFlow(twoLevel()), h);
    assert.equal(out.end, "enqueued");
    assert.equal(out.queueId, Q_SALES);
    assert.deepEqual(h.played, ["welcome"]);
  });

  test("invalid digit, then silence: re-prompts with the right prompts, flushes, then takes failed", T, async () => {
    const h = new FakeHost().on("main_menu", "7", "");
    const t0 = Date.now();
    const out = await runFlow(compileFlow(twoLevel()), h);
    const ms = Date.now() - t0;
    assert.equal(out.end, "hangup");
    assert.deepEqual(out.path, ["welcome", "main", "bye"]);
    // attempt 1: "7" invalid -> invalid prompt; attempt 2: silence (reaction used up) -> failed.
    assert.deepEqual(h.played, ["welcome", "main_menu", "invalid", "main_menu", "goodbye"]);
    assert.deepEqual(h.hangups, ["ivr_no_input"]);
    assert.equal(h.flushes.length, 1);
    assert.ok(ms >= 140, `second attempt waited for its timeout (${ms} ms)`);
    const events = h.logs.map((l) => l.event);
    assert.ok(events.includes("menu_invalid") && events.includes("menu_timeout"));
  });

  test("9 goes back to the main menu (a loop with exits) and the caller then picks sales", T, async () => {
    const h = new FakeHost().on("main_menu", "2", "1").on("service_menu", "9");
    const out = await runFlow(compileFlow(twoLevel()), h);
    assert.equal(out.queueId, Q_SALES);
    assert.deepEqual(out.path, ["welcome", "main", "service", "main", "sales"]);
  });

  test("caller hangs up in a menu: caller_hangup, no hangup sent, not served", T, async () => {
    const h = new FakeHost().on("main_menu", { hangup: true });
    const out = await runFlow(compileFlow(twoLevel()), h);
    assert.equal(out.end, "caller_hangup");
    assert.deepEqual(h.hangups, []);
    assert.equal(out.served, false);
  });
});

describe("collect", () => {
  const f = () =>
    flow({
      acct: {
        type: "collect",
        params: { prompt: "enter_account", minDigits: 8, maxDigits: 8, terminator: "#", pattern: "[1-9][0-9]{7}", timeoutMs: 200, interDigitTimeoutMs: 120, retries: 2, variable: "account", invalidPrompt: "bad_account" },
        exits: { ok: "done", failed: "fail" },
      },
      done: { type: "hangup", params: { cause: "ok" } },
      fail: { type: "hangup", params: { cause: "failed" } },
    });

  test("short input (terminator), pattern mismatch, then a valid account", T, async () => {
    const h = new FakeHost().on("enter_account", "123#", "01234567", "12345678");
    const out = await runFlow(compileFlow(f()), h);
    assert.deepEqual(h.hangups, ["ok"]);
    assert.equal(out.vars.account, "12345678");
    assert.deepEqual(h.played, ["enter_account", "bad_account", "enter_account", "bad_account", "enter_account"]);
  });

  test("inter-digit timeout ends input; retries exhausted take failed", T, async () => {
    const h = new FakeHost().on("enter_account", "1234", "1", "");
    const out = await runFlow(compileFlow(f()), h);
    assert.deepEqual(h.hangups, ["failed"]);
    assert.equal(out.vars.account, undefined);
    const reasons = h.logs.filter((l) => l.event === "collect_invalid").map((l) => l.detail.reason);
    assert.deepEqual(reasons, ["timeout", "timeout", "timeout"]);
    // Digits are never logged (account numbers, PINs).
    assert.ok(!JSON.stringify(h.logs).includes("1234"));
  });

  test("terminator alone with minDigits 0 stores an empty value", T, async () => {
    const d = flow({
      c: { type: "collect", params: { prompt: "p", minDigits: 0, maxDigits: 4, variable: "ext", timeoutMs: 200 }, exits: { ok: "e", failed: "e" } },
      e: { type: "hangup" },
    });
    const h = new FakeHost().on("p", "#");
    const out = await runFlow(compileFlow(d), h);
    assert.equal(out.vars.ext, "");
    assert.deepEqual(out.path, ["c", "e"]);
  });
});

describe("http_lookup against a local HTTP server", () => {
  let server: Server;
  let base = "";
  const seen: { url: string; method: string; body: string }[] = [];
  before(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        seen.push({ url: req.url ?? "", method: req.method ?? "", body });
        const u = new URL(req.url ?? "/", "http://x");
        if (u.pathname === "/slow") {
          const t = setTimeout(() => res.end("{}"), 1500);
          res.on("close", () => clearTimeout(t));
          return;
        }
        if (u.pathname === "/fail") {
          res.statusCode = 500;
          res.end("{}");
          return;
        }
        if (u.pathname === "/big") {
          res.end(JSON.stringify({ pad: "x".repeat(1_000_000), level: 9 }));
          return;
        }
        if (u.pathname === "/text") {
          res.end("hello");
          return;
        }
        const acct = u.searchParams.get("acct") ?? JSON.parse(body || "{}").acct;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ customer: { name: "王小明", level: acct === "12345678" ? 5 : 1, tags: ["a"] }, balance: 12.5, ok: true }));
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  const lookupFlow = (url: string, params: Record<string, unknown> = {}) =>
    flow({
      look: { type: "http_lookup", params: { url, timeoutMs: 300, ...params }, exits: { ok: "vip", fallback: "fb" } },
      vip: { type: "condition", params: { cases: [{ exit: "yes", when: { level: { min: 3 } } }] }, exits: { yes: "qvip", else: "qsales" } },
      qvip: { type: "enqueue", params: { queue: Q_VIP } },
      qsales: { type: "enqueue", params: { queue: Q_SALES } },
      fb: { type: "enqueue", params: { queue: Q_SALES, priority: 1 } },
    });

  test("GET with an encoded variable: JSON mapped into variables, VIP routed", T, async () => {
    const h = new FakeHost();
    const f = lookupFlow(`${base}/lookup?acct=\${account}&n=\${caller}`, { map: { customer_level: "customer.level", customer_name: "customer.name", tags: "customer.tags", missing: "no.such" } });
    const out = await runFlow(compileFlow(f), h, { vars: { account: "12345678", caller: "+86 138&x" } });
    assert.equal(out.queueId, Q_VIP);
    assert.equal(out.vars.customer_level, "5");
    assert.equal(out.vars.customer_name, "王小明");
    assert.equal(out.vars.tags, '["a"]');
    assert.equal(out.vars.missing, "");
    assert.equal(out.vars.http_status, "200");
    assert.ok(seen.some((s) => s.url === "/lookup?acct=12345678&n=%2B86%20138%26x"), JSON.stringify(seen));
  });

  test("POST with a JSON body template; unmapped results land under a prefix", T, async () => {
    const h = new FakeHost();
    const f = lookupFlow(`${base}/lookup`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"acct":"${account}"}', prefix: "crm_" });
    const out = await runFlow(compileFlow(f), h, { vars: { account: 'x"y' } });
    assert.equal(out.vars.crm_balance, "12.5");
    assert.equal(out.vars.crm_ok, "true");
    assert.equal(out.vars.crm_customer, undefined, "objects are not flattened");
    assert.ok(seen.some((s) => s.method === "POST" && s.body === '{"acct":"x\\"y"}'));
  });

  test("timeout path: a slow server takes fallback within the timeout", T, async () => {
    const h = new FakeHost();
    const t0 = Date.now();
    const out = await runFlow(compileFlow(lookupFlow(`${base}/slow`)), h);
    const ms = Date.now() - t0;
    assert.deepEqual(out.path, ["look", "fb"]);
    assert.equal(out.vars.lookup_error, "timeout");
    assert.ok(ms >= 290 && ms < 1000, `took ${ms} ms`);
    assert.equal(h.enqueued[0]?.priority, 1);
  });

  test("HTTP 500, a non-JSON body and a refused connection take fallback", T, async () => {
    for (const [url, why] of [
      [`${base}/fail`, "status 500"],
      [`${base}/text`, "not json"],
      ["http://127.0.0.1:1/x", "error"],
    ] as const) {
      const out = await runFlow(compileFlow(lookupFlow(url)), new FakeHost());
      assert.deepEqual(out.path, ["look", "fb"], url);
      assert.equal(out.vars.lookup_error, why);
    }
  });

  test("fetch policy: a refused URL and an oversized body take fallback", T, async () => {
    const before = seen.length;
    const h = new FakeHost();
    h.httpFetch = makeFetchHttp({ allowUrl: (u) => u.hostname !== "127.0.0.1" });
    const o = await runFlow(compileFlow(lookupFlow(`${base}/lookup`)), h);
    assert.equal(o.vars.lookup_error, "error");
    assert.equal(seen.length, before, "the refused URL was never requested");
    // A 1 MB answer is cut at the cap: with a cap above its size it parses, with the default (256 KiB) it does not.
    const h2 = new FakeHost();
    h2.httpFetch = makeFetchHttp({ maxBytes: 2_000_000 });
    const o2 = await runFlow(compileFlow(lookupFlow(`${base}/big`, { map: { customer_level: "level" } })), h2);
    assert.equal(o2.vars.customer_level, "9");
    assert.deepEqual(o2.path, ["look", "vip", "qvip"]);
    const o3 = await runFlow(compileFlow(lookupFlow(`${base}/big`)), new FakeHost());
    assert.equal(o3.vars.lookup_error, "not json");
  });

  test("address policy: loopback refused by literal and by name (checked on the resolved address), allowed by exception", T, async () => {
    const port = new URL(base).port;
    const deny = parseAddressList(DEFAULT_IVR_HTTP_DENY);
    const strict = makeFetchHttp({ deny });
    const before = seen.length;
    for (const url of [`http://127.0.0.1:${port}/lookup`, `http://localhost:${port}/lookup`, `http://[::1]:${port}/lookup`, "http://169.254.169.254/latest/meta-data/"]) {
      await assert.rejects(strict({ method: "GET", url, headers: {}, timeoutMs: 1000 }), /not allowed/, url);
    }
    assert.equal(seen.length, before, "no refused request reached the server");
    // In a flow the refusal is an ordinary lookup error: the fallback branch runs.
    const h = new FakeHost();
    h.httpFetch = strict;
    const o = await runFlow(compileFlow(lookupFlow(`http://localhost:${port}/lookup`)), h);
    assert.equal(o.vars.lookup_error, "error");
    // The operator's exception lets the local CRM through, by literal and by name.
    const open = makeFetchHttp({ deny, allow: parseAddressList("127.0.0.1/32, ::1") });
    for (const url of [`http://127.0.0.1:${port}/lookup?acct=1`, `http://localhost:${port}/lookup?acct=1`]) {
      const r = await open({ method: "GET", url, headers: {}, timeoutMs: 2000 });
      assert.equal(r.status, 200, url);
    }
    assert.throws(() => parseAddressList("10.0.0.0/33"), TypeError);
    assert.throws(() => parseAddressList("intranet.local"), TypeError);
  });

  test("a host whose httpFetch never answers is cut off by the engine's own timeout", T, async () => {
    const h = new FakeHost();
    h.httpFetch = () => new Promise(() => undefined);
    const t0 = Date.now();
    const out = await runFlow(compileFlow(lookupFlow(`${base}/lookup`)), h);
    assert.equal(out.vars.lookup_error, "timeout");
    assert.ok(Date.now() - t0 < 1000);
  });
});

describe("conditions", () => {
  const cal: CalendarDef = {
    tz: "Asia/Shanghai",
    weekly: { mon: [["09:00", "12:00"], ["13:00", "18:00"]], tue: [["09:00", "18:00"]], wed: [["09:00", "18:00"]], thu: [["09:00", "18:00"]], fri: [["09:00", "18:00"]] },
    holidays: ["2026-10-01", "2026-10-02"],
    special: { "2026-09-27": [["09:00", "18:00"]] },
  };
  const hoursFlow = () =>
    flow(
      {
        when: { type: "condition", params: { cases: [{ exit: "open", when: { open: "office" } }] }, exits: { open: "q", else: "after" } },
        q: { type: "enqueue", params: { queue: Q_SALES } },
        after: { type: "voicemail", params: { box: Q_SALES, prompt: "after_hours", maxSeconds: 60 } },
      },
      "when",
      { calendars: { office: cal } },
    );
  // Asia/Shanghai is UTC+8.
  const at = (iso: string) => Date.parse(iso);
  const cases: [string, string][] = [
    ["2026-01-05T09:00:00+08:00", "q"], // Monday opening minute
    ["2026-01-05T08:59:00+08:00", "after"],
    ["2026-01-05T12:30:00+08:00", "after"], // lunch break
    ["2026-01-05T17:59:00+08:00", "q"],
    ["2026-01-05T18:00:00+08:00", "after"], // ranges are [start, end)
    ["2026-01-10T10:00:00+08:00", "after"], // Saturday
    ["2026-10-01T10:00:00+08:00", "after"], // National Day (Thursday)
    ["2026-09-27T10:00:00+08:00", "q"], // Sunday make-up working day
    ["2026-01-05T01:30:00Z", "q"], // 09:30 local although 01:30 UTC
  ];
  for (const [iso, expect] of cases) {
    test(`business hours at ${iso} -> ${expect}`, T, async () => {
      const h = new FakeHost();
      h.clock = at(iso);
      const out = await runFlow(compileFlow(hoursFlow()), h);
      assert.equal(out.path[1], expect);
      if (expect === "after") {
        assert.equal(out.end, "voicemail");
        assert.deepEqual(h.voicemails, [{ box: Q_SALES, maxSeconds: 60 }]);
        assert.deepEqual(h.played, ["after_hours"]);
        assert.deepEqual(h.hangups, ["voicemail_done"]);
      } else assert.equal(out.queueId, Q_SALES);
    });
  }

  test("moving the clock between calls changes the route (same compiled flow)", T, async () => {
    const f = compileFlow(hoursFlow());
    const h1 = new FakeHost();
    h1.clock = at("2026-01-06T10:00:00+08:00");
    const h2 = new FakeHost();
    h2.clock = at("2026-01-06T20:00:00+08:00");
    assert.equal((await runFlow(f, h1)).end, "enqueued");
    assert.equal((await runFlow(f, h2)).end, "voicemail");
  });

  test("caller / called patterns, level, expressions and queue statistics pick the first matching case", T, async () => {
    const f = compileFlow(
      flow({
        c: {
          type: "condition",
          params: {
            cases: [
              { exit: "black", when: { caller: "(\\+86)?1300000000[0-9]" } },
              { exit: "vip", when: { level: { min: 5 }, called: "400.*" } },
              { exit: "busy", when: { queue: { id: Q_SALES, maxEwtS: 120 }, expr: "region == 'BJ'" } },
              { exit: "exprcase", when: { expr: "matches(account, '^9') || oneOf(region, 'SH', 'GZ')" } },
            ],
          },
          exits: { black: "e", vip: "e", busy: "e", exprcase: "e", else: "e" },
        },
        e: { type: "hangup" },
      }),
    );
    // Each exit goes to its own node, so the path shows which case matched.
    const pick = async (vars: Record<string, string>, ewt?: number): Promise<string> => {
      const h = new FakeHost();
      if (ewt !== undefined) h.stats.set(Q_SALES, { waiting: 3, ewtS: ewt, agentsReady: 0 });
      const g = compileFlow(
        flow({
          c: { ...(f.def.nodes.c as FlowDef["nodes"][string]), exits: { black: "b", vip: "v", busy: "u", exprcase: "x", else: "z" } },
          b: { type: "hangup" },
          v: { type: "hangup" },
          u: { type: "hangup" },
          x: { type: "hangup" },
          z: { type: "hangup" },
        }),
      );
      const out = await runFlow(g, h, { vars });
      return out.path[1] as string;
    };
    assert.equal(await pick({ caller: "+8613000000005", customer_level: "9", called: "4001" }), "b");
    assert.equal(await pick({ caller: "13800000000", customer_level: "5", called: "4001" }), "v");
    assert.equal(await pick({ caller: "13800000000", customer_level: "5", called: "5001" }), "z");
    assert.equal(await pick({ region: "BJ" }, 60), "u");
    assert.equal(await pick({ region: "BJ" }, 600), "z");
    assert.equal(await pick({ region: "BJ" }), "z", "unknown queue stats never match");
    assert.equal(await pick({ account: "912" }), "x");
    assert.equal(await pick({ region: "GZ" }), "x");
  });
});

describe("other steps", () => {
  test("transfer to an extension and to a number from a variable", T, async () => {
    const f = compileFlow(
      flow({
        m: { type: "menu", params: { prompt: "m", choices: ["1", "2"], timeoutMs: 150 }, exits: { "1": "ext", "2": "num", failed: "num" } },
        ext: { type: "transfer", params: { extension: "1001" } },
        num: { type: "transfer", params: { number: "${duty_phone}" } },
      }),
    );
    const h1 = new FakeHost().on("m", "1");
    const o1 = await runFlow(f, h1);
    assert.equal(o1.end, "transferred");
    assert.deepEqual(h1.transfers, [{ kind: "extension", value: "1001" }]);
    const h2 = new FakeHost().on("m", "2");
    const o2 = await runFlow(f, h2, { vars: { duty_phone: "+8613800000000" } });
    assert.deepEqual(o2.transfer, { kind: "number", value: "+8613800000000" });
    const h3 = new FakeHost().on("m", "2");
    const o3 = await runFlow(f, h3, { vars: { duty_phone: "1; drop" } });
    assert.equal(o3.end, "error");
    assert.equal(h3.transfers.length, 0);
  });

  test("callback offer accepted and declined", T, async () => {
    const f = compileFlow(
      flow({
        cb: { type: "callback", params: { prompt: "offer_cb", confirmPrompt: "cb_ok", queue: Q_SALES, timeoutMs: 150 }, exits: { accepted: "bye", declined: "q" } },
        bye: { type: "hangup", params: { cause: "callback_requested" } },
        q: { type: "enqueue", params: { queue: Q_SALES } },
      }),
    );
    const h = new FakeHost().on("offer_cb", "1");
    const o = await runFlow(f, h, { vars: { caller: "13912345678" } });
    assert.deepEqual(h.callbacks, [{ number: "13912345678", queueId: Q_SALES }]);
    assert.deepEqual(h.played, ["offer_cb", "cb_ok"]);
    assert.equal(o.vars.callback, "requested");
    const h2 = new FakeHost();
    const o2 = await runFlow(f, h2, { vars: { caller: "139" } });
    assert.equal(o2.end, "enqueued");
    assert.equal(o2.vars.callback, "declined");
    assert.equal(h2.callbacks.length, 0);
  });

  test("survey stores the score; out-of-range digits are retried; no answer takes noinput", T, async () => {
    const f = compileFlow(
      flow({
        s: { type: "survey", params: { prompt: "rate", thanksPrompt: "thanks", timeoutMs: 150, retries: 1 }, exits: { done: "e", noinput: "e" } },
        e: { type: "hangup" },
      }),
    );
    const h = new FakeHost().on("rate", "8", "4");
    const o = await runFlow(f, h);
    assert.equal(o.vars.survey_score, "4");
    assert.deepEqual(h.played, ["rate", "rate", "thanks"]);
    const h2 = new FakeHost();
    const o2 = await runFlow(f, h2);
    assert.equal(o2.vars.survey_score, undefined);
    assert.deepEqual(h2.played, ["rate", "rate"]);
  });

  test("self-service: reaching a served node counts as served, even if the caller then hangs up", T, async () => {
    const f = compileFlow(
      flow({
        bal: { type: "play", params: { prompts: [{ text: "Your balance is" }, { say: "number", value: "${balance}", lang: "en" }] }, exits: { next: "more" }, served: true },
        more: { type: "menu", params: { prompt: "anything_else", choices: ["1"], timeoutMs: 150, retries: 0 }, exits: { "1": "q", failed: "bye" } },
        q: { type: "enqueue", params: { queue: Q_SALES } },
        bye: { type: "hangup", params: { prompt: "goodbye" } },
      }),
    );
    const h = new FakeHost().on("anything_else", { hangup: true });
    const o = await runFlow(f, h, { vars: { balance: "42" } });
    assert.equal(o.end, "caller_hangup");
    assert.equal(o.served, true);
    assert.equal(o.vars.ivr_served, "1");
    assert.deepEqual(h.played, ["text:Your balance is", "say:number:42:en", "anything_else"]);
    // Hanging up during the served prompt itself does not count.
    const h2 = new FakeHost().on("text:Your balance is", { hangup: true });
    const o2 = await runFlow(f, h2, { vars: { balance: "42" } });
    assert.equal(o2.served, false);
  });

  test("a loop that never takes its exit is stopped by maxSteps", T, async () => {
    const f = compileFlow(
      flow({
        a: { type: "set", params: { exprs: { n: "n + 1" } }, exits: { next: "b" } },
        b: { type: "condition", params: { cases: [{ exit: "out", when: { expr: "n < 0" } }] }, exits: { out: "e", else: "a" } },
        e: { type: "hangup" },
      }),
    );
    const h = new FakeHost();
    const o = await runFlow(f, h, { maxSteps: 50 });
    assert.equal(o.end, "error");
    assert.equal(o.vars.n, "25");
    assert.deepEqual(h.hangups, ["ivr_loop"]);
  });

  test("a host that throws ends the run with error and hangs up", T, async () => {
    const h = new FakeHost();
    h.play = async () => {
      throw new Error("media gone");
    };
    const o = await runFlow(compileFlow(twoLevel()), h);
    assert.equal(o.end, "error");
    assert.match(o.error ?? "", /media gone/);
    assert.deepEqual(h.hangups, ["ivr_error"]);
  });

  test("abort signal stops at the next step", T, async () => {
    const ac = new AbortController();
    const h = new FakeHost();
    h.play = async () => {
      ac.abort();
      return "done";
    };
    const o = await runFlow(compileFlow(twoLevel()), h, { signal: ac.signal });
    assert.equal(o.end, "aborted");
    assert.deepEqual(o.path, ["welcome"]);
  });
});

describe("versions", () => {
  test("publishing a new version changes new calls; a call in progress keeps its version", T, async () => {
    const v1 = twoLevel();
    const v2 = { ...twoLevel(), version: 2 };
    (v2.nodes.sales as { params: Record<string, unknown> }).params = { queue: Q_VIP };
    const reg = new FlowRegistry();
    assert.deepEqual(reg.replace("t1", [v1]), []);
    let open: () => void = () => undefined;
    const held = new FakeHost().on("main_menu", "1");
    held.gate = new Promise((r) => {
      open = r;
    });
    const running = runFlow(reg.get("t1", "f1") as NonNullable<ReturnType<FlowRegistry["get"]>>, held);
    reg.replace("t1", [v2]);
    const fresh = new FakeHost().on("main_menu", "1");
    const o2 = await runFlow(reg.get("t1", "f1") as NonNullable<ReturnType<FlowRegistry["get"]>>, fresh);
    assert.equal(o2.version, 2);
    assert.equal(o2.queueId, Q_VIP);
    held.gate = null;
    open();
    const o1 = await running;
    assert.equal(o1.version, 1);
    assert.equal(o1.queueId, Q_SALES);
    assert.equal(o1.vars.ivr_version, "1");
    // Mutating the definition after compiling changes nothing.
    (v1.nodes.sales as { params: Record<string, unknown> }).params = { queue: "zzz" };
    assert.equal((reg.get("t1", "f1")?.def.nodes.sales?.params as { queue: string } | undefined)?.queue, Q_VIP);
  });

  test("replaceFromConfig() takes the snapshot's JSON definitions; id and version come from the config entry", T, () => {
    const reg = new FlowRegistry();
    const errs = reg.replaceFromConfig("t1", [
      { id: "f1", version: 7, definition: JSON.stringify({ ...twoLevel(), id: "ignored", version: 1 }) },
      { id: "f2", version: 1, definition: "{not json" },
    ]);
    assert.equal(reg.get("t1", "f1")?.version, 7);
    assert.deepEqual(errs.map((e) => e.flowId), ["f2"]);
  });

  test("replace() skips invalid flows and reports them", T, () => {
    const reg = new FlowRegistry();
    const errs = reg.replace("t1", [twoLevel(), { id: "bad", version: 1, start: "x", nodes: {} }]);
    assert.equal(errs.length, 1);
    assert.equal(errs[0]?.flowId, "bad");
    assert.ok(reg.get("t1", "f1"));
    assert.equal(reg.get("t1", "bad"), undefined);
    assert.equal(reg.get("t2", "f1"), undefined);
  });
});

describe("validation", () => {
  const codes = (def: unknown, lookups?: Parameters<typeof validateFlow>[1]) => validateFlow(def, lookups).map((p) => `${p.code}${p.node ? `@${p.node}` : ""}${p.exit ? `.${p.exit}` : ""}`);

  test("a good flow has no problems, with and without lookups", T, () => {
    assert.deepEqual(codes(twoLevel()), []);
    const prompts = new Set(["welcome", "main_menu", "invalid", "no_input", "service_menu", "goodbye"]);
    assert.deepEqual(codes(twoLevel(), { prompt: (n) => prompts.has(n), queue: (q) => q === Q_SALES }), []);
  });

  test("missing prompts and queues are reported per node", T, () => {
    assert.deepEqual(codes(twoLevel(), { prompt: (n) => n !== "invalid" && n !== "goodbye", queue: () => false }), [
      "unknown_prompt@main",
      "unknown_queue@sales",
      "unknown_prompt@bye",
    ]);
  });

  test("structure: start, types, params, exits, targets, unreachable nodes", T, () => {
    assert.deepEqual(codes(null), ["bad_flow"]);
    assert.deepEqual(codes({ id: "x", version: 1, start: "a", nodes: {} }), ["bad_flow", "no_start"]);
    assert.deepEqual(
      codes(
        flow({
          a: { type: "menu", params: { prompt: "p", choices: ["1", "2"] }, exits: { "1": "b", "3": "b", failed: "nowhere" } },
          b: { type: "teleport" },
          c: { type: "collect", params: { variable: "x" }, exits: {} },
          d: { type: "play", params: { prompt: "p" }, exits: { next: "a" } },
        }),
      ),
      ["missing_exit@a.2", "unknown_target@a.failed", "unknown_exit@a.3", "unknown_type@b", "bad_params@c", "unreachable@c", "unreachable@d"],
    );
  });

  test("bad parameters name the parameter", T, () => {
    const bad = (type: string, params: Record<string, unknown>) => validateFlow(flow({ a: { type, params, exits: {} } }))[0]?.message ?? "";
    assert.match(bad("collect", { variable: "x", maxDigits: 4, pattern: "([" }), /pattern: bad pattern/);
    assert.match(bad("collect", { variable: "x", maxDigits: 4, minDigits: 5 }), /minDigits is larger/);
    assert.match(bad("menu", { prompt: "p", choices: ["1", "1"] }), /duplicate/);
    assert.match(bad("http_lookup", { url: "file:///etc/passwd" }), /url must start/);
    assert.match(bad("condition", { cases: [{ exit: "a", when: { expr: "a ==" } }] }), /expr/);
    assert.match(bad("condition", { cases: [{ exit: "a", when: { expr: "matches(a, b)" } }] }), /literal/);
    assert.match(bad("transfer", { extension: "1", number: "2" }), /exactly one/);
    assert.match(bad("set", {}), /needs vars or exprs/);
    assert.match(bad("play", { prompt: { text: "hi", voice: "../x" } }), /bad voice/);
  });

  test("loops need a way out", T, () => {
    const loop = flow({
      a: { type: "play", params: { prompt: "p" }, exits: { next: "b" } },
      b: { type: "set", params: { vars: { x: "1" } }, exits: { next: "a" } },
    });
    assert.deepEqual(codes(loop), ["loop_without_exit@a"]);
    const self = flow({ a: { type: "set", params: { vars: { x: "1" } }, exits: { next: "a" } } });
    assert.deepEqual(codes(self), ["loop_without_exit@a"]);
    // The two-level menu loops main <-> service but both menus can leave.
    assert.deepEqual(codes(twoLevel()), []);
  });

  test("names that exist on Object.prototype are not nodes, calendars or variables", T, async () => {
    assert.deepEqual(codes({ id: "x", version: 1, start: "toString", nodes: { a: { type: "hangup" } } }), ["no_start"]);
    assert.deepEqual(codes(flow({ a: { type: "play", params: { prompt: "p" }, exits: { next: "constructor" } } })), ["unknown_target@a.next"]);
    assert.deepEqual(
      codes(flow({ c: { type: "condition", params: { cases: [{ exit: "o", when: { open: "constructor" } }] }, exits: { o: "e", else: "e" } }, e: { type: "hangup" } })),
      ["unknown_calendar@c"],
    );
    const f = compileFlow(
      flow({
        s: { type: "set", params: { exprs: { a: "constructor", b: "len(toString)" }, vars: { c: "${__proto__}" } }, exits: { next: "e" } },
        e: { type: "hangup" },
      }),
    );
    const o = await runFlow(f, new FakeHost());
    assert.deepEqual([o.vars.a, o.vars.b, o.vars.c], ["", "0", ""]);
  });

  test("calendars: unknown reference and malformed definitions", T, () => {
    const f = flow(
      {
        c: { type: "condition", params: { cases: [{ exit: "o", when: { open: "nope" } }] }, exits: { o: "e", else: "e" } },
        e: { type: "hangup" },
      },
      "c",
      { calendars: { x: { tz: "Mars/Base", weekly: { mon: [["18:00", "09:00"]], fun: [] } as never, holidays: ["1.10."] } } },
    );
    const ps = validateFlow(f);
    assert.deepEqual(
      ps.map((p) => p.code),
      ["bad_params", "bad_params", "bad_params", "bad_params", "unknown_calendar"],
    );
    assert.throws(() => compileFlow(f), /invalid flow/);
  });
});

describe("simulation (dry run for tenants)", () => {
  test("scripted inputs walk the menus without waiting; events list what the caller would hear", T, async () => {
    const t0 = Date.now();
    const { outcome, events } = await simulateFlow(compileFlow(twoLevel()), { inputs: ["7", "", "2", "1"], vars: { caller: "1380", target_queue: Q_VIP } });
    assert.ok(Date.now() - t0 < 100, "no real timeouts");
    assert.equal(outcome.end, "hangup");
    const kinds = events.map((e) => (e.type === "node" ? `node:${e.node}` : e.type === "input" ? `input:${e.digits}:${e.reason}` : e.type));
    assert.deepEqual(kinds, ["node:welcome", "play", "node:main", "play", "input:7:max", "play", "play", "input::timeout", "node:bye", "play", "hangup"]);
    // 7 is invalid, then silence: with retries 1 the main menu fails and the caller is sent to bye.
    assert.deepEqual(outcome.path, ["welcome", "main", "bye"]);
    const again = await simulateFlow(compileFlow(twoLevel()), { inputs: ["2", "1"], vars: { caller: "1380", target_queue: Q_VIP } });
    assert.deepEqual(again.outcome.path, ["welcome", "main", "service", "prio", "billing"]);
    assert.deepEqual(again.events.filter((e) => e.type === "play").map((e) => (e.type === "play" ? e.prompts[0] : "")), ["welcome", "main_menu", "service_menu"]);
    assert.ok(again.events.some((e) => e.type === "enqueue" && e.priority === 9));
  });

  test("canned HTTP answers and timeouts, a fixed clock, terminator handling", T, async () => {
    const f = compileFlow(
      flow({
        acct: { type: "collect", params: { prompt: "acct", maxDigits: 8, variable: "account" }, exits: { ok: "look", failed: "bye" } },
        look: { type: "http_lookup", params: { url: "https://crm.example/c?a=${account}", map: { customer_level: "level" } }, exits: { ok: "vip", fallback: "q" } },
        vip: { type: "condition", params: { cases: [{ exit: "y", when: { level: { min: 3 } } }] }, exits: { y: "qv", else: "q" } },
        qv: { type: "enqueue", params: { queue: Q_VIP } },
        q: { type: "enqueue", params: { queue: Q_SALES } },
        bye: { type: "hangup" },
      }),
    );
    const ok = await simulateFlow(f, { inputs: ["1234#99"], http: [{ body: { level: 5 } }] });
    assert.equal(ok.outcome.vars.account, "1234");
    assert.equal(ok.outcome.queueId, Q_VIP);
    assert.ok(ok.events.some((e) => e.type === "http" && e.url === "https://crm.example/c?a=1234" && e.result === "status 200"));
    const to = await simulateFlow(f, { inputs: ["1234#"], http: ["timeout"] });
    assert.equal(to.outcome.vars.lookup_error, "timeout");
    assert.equal(to.outcome.queueId, Q_SALES);
    const none = await simulateFlow(f, { inputs: ["1234#"] });
    assert.equal(none.outcome.vars.lookup_error, "error");
  });
});
