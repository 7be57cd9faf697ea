// condition: the first case whose test holds picks the exit, else "else".
// A test holds when every field it has holds: caller/called pattern,
// customer level, calendar open/closed (business hours and holidays at the
// host's clock), an expression over variables, queue statistics.
import { isOpen } from "../calendar.ts";
import { type Compiled, compileExpr, ExprError, truthy } from "../expr.ts";
import { type Step, regex, testPattern } from "./common.ts";

interface Test {
  caller?: RegExp;
  called?: RegExp;
  levelMin?: number;
  levelMax?: number;
  open?: string;
  closed?: string;
  expr?: Compiled;
  queue?: { id: string; maxEwtS?: number; maxWaiting?: number; minReady?: number };
}

interface P {
  cases: { exit: string; test: Test }[];
}

const EXIT_RE = /^[A-Za-z0-9_-]{1,32}$/;
const num = (v: unknown, k: string) => {
  if (v === undefined) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v)) throw new TypeError(`${k} must be a number`);
  return v;
};

function compileTest(o: Record<string, unknown>, where: string): Test {
  const t: Test = {};
  const known = new Set(["caller", "called", "level", "open", "closed", "expr", "queue"]);
  for (const k of Object.keys(o)) if (!known.has(k)) throw new TypeError(`${where}: unknown test ${k}`);
  if (Object.keys(o).length === 0) throw new TypeError(`${where}: empty test`);
  if (o.caller !== undefined) t.caller = regex(String(o.caller), `${where}.caller`);
  if (o.called !== undefined) t.called = regex(String(o.called), `${where}.called`);
  if (o.level !== undefined) {
    const l = o.level as Record<string, unknown>;
    if (!l || typeof l !== "object") throw new TypeError(`${where}.level must be {min?, max?}`);
    t.levelMin = num(l.min, `${where}.level.min`);
    t.levelMax = num(l.max, `${where}.level.max`);
  }
  if (o.open !== undefined) t.open = String(o.open);
  if (o.closed !== undefined) t.closed = String(o.closed);
  if (o.expr !== undefined) {
    try {
      t.expr = compileExpr(String(o.expr));
    } catch (e) {
      if (e instanceof ExprError) throw new TypeError(`${where}.expr: ${e.message}`);
      throw e;
    }
  }
  if (o.queue !== undefined) {
    const q = o.queue as Record<string, unknown>;
    if (!q || typeof q !== "object" || typeof q.id !== "string") throw new TypeError(`${where}.queue must be {id, maxEwtS?, maxWaiting?, minReady?}`);
    t.queue = { id: q.id, maxEwtS: num(q.maxEwtS, "maxEwtS"), maxWaiting: num(q.maxWaiting, "maxWaiting"), minReady: num(q.minReady, "minReady") };
  }
  return t;
}

export const condition: Step<P> = {
  type: "condition",
  compile(p) {
    if (!Array.isArray(p.cases) || p.cases.length === 0) throw new TypeError("cases must be a non-empty list of {exit, when}");
    const cases = p.cases.map((c, i) => {
      const o = c as Record<string, unknown>;
      if (!o || typeof o.exit !== "string" || !EXIT_RE.test(o.exit) || o.exit === "else") throw new TypeError(`cases[${i}].exit: bad exit name`);
      if (!o.when || typeof o.when !== "object") throw new TypeError(`cases[${i}].when is required`);
      return { exit: o.exit, test: compileTest(o.when as Record<string, unknown>, `cases[${i}].when`) };
    });
    if (new Set(cases.map((c) => c.exit)).size !== cases.length) throw new TypeError("cases: duplicate exit");
    return { cases };
  },
  exits: (p) => [...p.cases.map((c) => c.exit), "else"],
  needs: (p) => {
    const calendars: string[] = [];
    const queues: string[] = [];
    for (const c of p.cases) {
      if (c.test.open) calendars.push(c.test.open);
      if (c.test.closed) calendars.push(c.test.closed);
      if (c.test.queue) queues.push(c.test.queue.id);
    }
    return { prompts: [], queues, calendars };
  },
  async exec(ctx, p) {
    const v = ctx.vars;
    const now = ctx.host.now();
    const holds = (t: Test): boolean => {
      if (t.caller && !testPattern(t.caller, v.caller ?? "")) return false;
      if (t.called && !testPattern(t.called, v.called ?? "")) return false;
      if (t.levelMin !== undefined || t.levelMax !== undefined) {
        const lvl = Number(v.customer_level ?? "0") || 0;
        if (t.levelMin !== undefined && lvl < t.levelMin) return false;
        if (t.levelMax !== undefined && lvl > t.levelMax) return false;
      }
      if (t.open) {
        const cal = Object.hasOwn(ctx.calendars, t.open) ? ctx.calendars[t.open] : undefined;
        if (!cal || !isOpen(cal, now)) return false;
      }
      if (t.closed) {
        const cal = Object.hasOwn(ctx.calendars, t.closed) ? ctx.calendars[t.closed] : undefined;
        if (!cal || isOpen(cal, now)) return false;
      }
      if (t.expr && !truthy(t.expr(v))) return false;
      if (t.queue) {
        const s = ctx.host.queueStats?.(t.queue.id) ?? null;
        if (!s) return false;
        if (t.queue.maxEwtS !== undefined && s.ewtS > t.queue.maxEwtS) return false;
        if (t.queue.maxWaiting !== undefined && s.waiting > t.queue.maxWaiting) return false;
        if (t.queue.minReady !== undefined && s.agentsReady < t.queue.minReady) return false;
      }
      return true;
    };
    for (const c of p.cases) {
      if (holds(c.test)) return { exit: c.exit };
    }
    return { exit: "else" };
  },
};
