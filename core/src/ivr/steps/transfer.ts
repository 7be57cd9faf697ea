// transfer: blind transfer to an extension or an external number (${var} allowed). Ends the IVR.
import { type Step, expand, optStr } from "./common.ts";

interface P {
  kind: "extension" | "number";
  value: string;
}

const TARGET_RE = /^[0-9A-Za-z_.+*#${}-]{1,64}$/;

export const transfer: Step<P> = {
  type: "transfer",
  compile(p) {
    const ext = optStr(p, "extension", 64);
    const num = optStr(p, "number", 64);
    if ((ext === undefined) === (num === undefined)) throw new TypeError("give exactly one of extension or number");
    const value = (ext ?? num) as string;
    if (!TARGET_RE.test(value)) throw new TypeError("bad transfer target");
    return { kind: ext !== undefined ? "extension" : "number", value };
  },
  exits: () => [],
  needs: () => ({ prompts: [], queues: [], calendars: [] }),
  async exec(ctx, p) {
    const value = expand(p.value, ctx.vars);
    if (!/^[0-9A-Za-z_.+*#-]{1,64}$/.test(value)) return { end: "error", error: "transfer: bad target after expansion" };
    const target = { kind: p.kind, value };
    ctx.host.transfer(target, { ...ctx.vars });
    return { end: "transferred", transfer: target };
  },
};
