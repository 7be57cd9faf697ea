// A small, safe expression language over call variables (no eval, no
// property access, no loops): literals, variables, ! - * / % + - comparisons
// && || ( ) and a few functions. Compiled once per flow version.
//   level >= 3 && region == "BJ"      matches(caller, "^138")     len(account) == 8
// Variables are strings; a value that looks like a number compares and adds
// as a number. An unknown variable is "".
import { MAX_MATCH_INPUT, unsafePattern } from "./pattern.ts";
import type { Vars } from "./types.ts";

export type Value = string | number | boolean;
export type Compiled = (vars: Vars) => Value;

export class ExprError extends TypeError {}

const LITERALS = new WeakSet<Compiled>();
const NUM_RE = /^-?(\d+(\.\d*)?|\.\d+)$/;

function asNum(v: Value): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return null;
  return NUM_RE.test(v.trim()) ? Number(v) : null;
}
export function truthy(v: Value): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  return v !== "" && v !== "0" && v.toLowerCase() !== "false";
}
export function toStr(v: Value): string {
  return typeof v === "string" ? v : String(v);
}

type Tok = { k: "num"; v: number } | { k: "str"; v: string } | { k: "id"; v: string } | { k: "op"; v: string };

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === " " || c === "\t" || c === "\n") {
      i++;
      continue;
    }
    if (/[0-9.]/.test(c)) {
      const m = /^(\d+(\.\d*)?|\.\d+)/.exec(src.slice(i));
      if (!m) throw new ExprError(`bad number at ${i}`);
      out.push({ k: "num", v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let s = "";
      while (j < src.length && src[j] !== c) {
        if (src[j] === "\\" && j + 1 < src.length) j++;
        s += src[j];
        j++;
      }
      if (j >= src.length) throw new ExprError("unterminated string");
      out.push({ k: "str", v: s });
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ k: "id", v: m[0] });
      i += m[0].length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (["==", "!=", "<=", ">=", "&&", "||"].includes(two)) {
      out.push({ k: "op", v: two });
      i += 2;
      continue;
    }
    if ("+-*/%<>!(),".includes(c)) {
      out.push({ k: "op", v: c });
      i++;
      continue;
    }
    throw new ExprError(`unexpected '${c}' at ${i}`);
  }
  return out;
}

const BIN: Record<string, number> = { "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6 };

// Regexes are compiled once per expression; a pattern that fails to compile is a compile error.
const FUNCS: Record<string, { min: number; max: number }> = {
  len: { min: 1, max: 1 },
  num: { min: 1, max: 1 },
  matches: { min: 2, max: 2 },
  startsWith: { min: 2, max: 2 },
  contains: { min: 2, max: 2 },
  oneOf: { min: 2, max: 32 },
  lower: { min: 1, max: 1 },
};

function compare(op: string, a: Value, b: Value): boolean {
  const x = asNum(a);
  const y = asNum(b);
  if (x !== null && y !== null) {
    if (op === "==") return x === y;
    if (op === "!=") return x !== y;
    if (op === "<") return x < y;
    if (op === "<=") return x <= y;
    if (op === ">") return x > y;
    return x >= y;
  }
  const s = toStr(a);
  const t = toStr(b);
  if (op === "==") return s === t;
  if (op === "!=") return s !== t;
  if (op === "<") return s < t;
  if (op === "<=") return s <= t;
  if (op === ">") return s > t;
  return s >= t;
}

function arith(op: string, a: Value, b: Value): Value {
  const x = asNum(a);
  const y = asNum(b);
  if (op === "+" && (x === null || y === null)) return toStr(a) + toStr(b);
  const p = x ?? 0;
  const q = y ?? 0;
  if (op === "+") return p + q;
  if (op === "-") return p - q;
  if (op === "*") return p * q;
  if (op === "/") return q === 0 ? 0 : p / q;
  return q === 0 ? 0 : p % q;
}

/** Compiles an expression; throws ExprError with a reason when it does not parse. */
export function compileExpr(src: string): Compiled {
  if (typeof src !== "string") throw new ExprError("expression must be a string");
  if (src.length > 1000) throw new ExprError("expression longer than 1000 characters");
  const toks = lex(src);
  let p = 0;
  const peek = () => toks[p];
  const expectOp = (v: string) => {
    const t = toks[p];
    if (t?.k !== "op" || t.v !== v) throw new ExprError(`expected '${v}'`);
    p++;
  };
  const primary = (): Compiled => {
    const t = toks[p++];
    if (!t) throw new ExprError("unexpected end of expression");
    if (t.k === "num") {
      const v = t.v;
      return () => v;
    }
    if (t.k === "str") {
      const v = t.v;
      const f: Compiled = () => v;
      LITERALS.add(f);
      return f;
    }
    if (t.k === "id") {
      if (t.v === "true") return () => true;
      if (t.v === "false") return () => false;
      const nt = peek();
      if (nt && nt.k === "op" && nt.v === "(") {
        p++;
        const f = FUNCS[t.v];
        if (!f) throw new ExprError(`unknown function ${t.v}`);
        const args: Compiled[] = [];
        const close = peek();
        if (!(close && close.k === "op" && close.v === ")")) {
          for (;;) {
            args.push(binary(0));
            const sep = peek();
            if (sep && sep.k === "op" && sep.v === ",") {
              p++;
              continue;
            }
            break;
          }
        }
        expectOp(")");
        if (args.length < f.min || args.length > f.max) throw new ExprError(`${t.v}() takes ${f.min}..${f.max} arguments`);
        return fn(t.v, args);
      }
      const name = t.v;
      return (vars) => vars[name] ?? "";
    }
    if (t.v === "(") {
      const e = binary(0);
      expectOp(")");
      return e;
    }
    if (t.v === "!") {
      const e = unaryOperand();
      return (v) => !truthy(e(v));
    }
    if (t.v === "-") {
      const e = unaryOperand();
      return (v) => -(asNum(e(v)) ?? 0);
    }
    throw new ExprError(`unexpected '${t.v}'`);
  };
  const unaryOperand = (): Compiled => primary();
  const binary = (minPrec: number): Compiled => {
    let left = primary();
    for (;;) {
      const t = peek();
      if (t?.k !== "op") break;
      const prec = BIN[t.v];
      if (prec === undefined || prec <= minPrec) break;
      p++;
      const right = binary(prec);
      const l = left;
      const op = t.v;
      if (op === "&&") left = (v) => truthy(l(v)) && truthy(right(v));
      else if (op === "||") left = (v) => truthy(l(v)) || truthy(right(v));
      else if (prec === 3 || prec === 4) left = (v) => compare(op, l(v), right(v));
      else left = (v) => arith(op, l(v), right(v));
    }
    return left;
  };
  if (toks.length === 0) throw new ExprError("empty expression");
  const out = binary(0);
  if (p !== toks.length) throw new ExprError(`unexpected '${(toks[p] as Tok).v}'`);
  return out;
}

function fn(name: string, args: Compiled[]): Compiled {
  const [a, b] = args as [Compiled, Compiled];
  switch (name) {
    case "len":
      return (v) => toStr(a(v)).length;
    case "num":
      return (v) => asNum(a(v)) ?? 0;
    case "lower":
      return (v) => toStr(a(v)).toLowerCase();
    case "startsWith":
      return (v) => toStr(a(v)).startsWith(toStr(b(v)));
    case "contains":
      return (v) => toStr(a(v)).includes(toStr(b(v)));
    case "oneOf": {
      const rest = args.slice(1);
      return (v) => {
        const x = a(v);
        return rest.some((r) => compare("==", x, r(v)));
      };
    }
    default: {
      // matches(x, "re"): the pattern must be a literal so it compiles once and is checked on save.
      if (!LITERALS.has(b)) throw new ExprError("matches(): the pattern must be a string literal");
      const probe = b({});
      const why = unsafePattern(toStr(probe));
      if (why) throw new ExprError(`matches(): ${why}`);
      let re: RegExp;
      try {
        re = new RegExp(toStr(probe));
      } catch (e) {
        throw new ExprError(`matches(): bad pattern: ${(e as Error).message}`);
      }
      return (v) => {
        const s = toStr(a(v));
        return re.test(s.length > MAX_MATCH_INPUT ? s.slice(0, MAX_MATCH_INPUT) : s);
      };
    }
  }
}
