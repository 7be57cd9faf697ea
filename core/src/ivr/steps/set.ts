// set: assign variables from templates ("${a}-${b}") or expressions ("n + 1").
import { compileExpr, type Compiled, ExprError, toStr } from "../expr.ts";
import { type Step, expand, noNeeds, varName } from "./common.ts";

interface P {
  assign: { name: string; value?: string; expr?: Compiled }[];
}

export const set: Step<P> = {
  type: "set",
  compile(p) {
    const assign: P["assign"] = [];
    if (p.vars !== undefined) {
      if (!p.vars || typeof p.vars !== "object") throw new TypeError("vars must be an object {name: template}");
      for (const [name, v] of Object.entries(p.vars)) {
        if (typeof v !== "string") throw new TypeError(`vars.${name} must be a string`);
        assign.push({ name: varName({ v: name }, "v"), value: v });
      }
    }
    if (p.exprs !== undefined) {
      if (!p.exprs || typeof p.exprs !== "object") throw new TypeError("exprs must be an object {name: expression}");
      for (const [name, v] of Object.entries(p.exprs)) {
        try {
          assign.push({ name: varName({ v: name }, "v"), expr: compileExpr(String(v)) });
        } catch (e) {
          if (e instanceof ExprError) throw new TypeError(`exprs.${name}: ${e.message}`);
          throw e;
        }
      }
    }
    if (!assign.length) throw new TypeError("set needs vars or exprs");
    return { assign };
  },
  exits: () => ["next"],
  needs: noNeeds,
  async exec(ctx, p) {
    // Expressions see the values from before this node (all right-hand sides first).
    const vals = p.assign.map((a) => (a.expr ? toStr(a.expr(ctx.vars)) : expand(a.value ?? "", ctx.vars)));
    p.assign.forEach((a, i) => {
      ctx.vars[a.name] = (vals[i] as string).slice(0, 1000);
    });
    return { exit: "next" };
  },
};
