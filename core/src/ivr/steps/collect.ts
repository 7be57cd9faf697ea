// collect: digits (收号) with min/max length, terminator, pattern, timeouts
// and retries, into a variable. Exits "ok" and "failed".
import { type PromptSpec, type Step, CALLER_HANGUP, int, optStr, promptAndCollect, promptNames, prompts, regex, say, str, varName } from "./common.ts";

interface P {
  prompts: PromptSpec[];
  variable: string;
  minDigits: number;
  maxDigits: number;
  terminator: string;
  pattern: RegExp | null;
  timeoutMs: number;
  interDigitTimeoutMs: number;
  retries: number;
  invalidPrompts: PromptSpec[];
}

export const collect: Step<P> = {
  type: "collect",
  compile(p) {
    const maxDigits = int(p, "maxDigits", undefined, 1, 64);
    const minDigits = int(p, "minDigits", 1, 0, 64);
    if (minDigits > maxDigits) throw new TypeError("minDigits is larger than maxDigits");
    const terminator = str(p, "terminator", "#", 1);
    if (terminator !== "" && !/^[0-9*#]$/.test(terminator)) throw new TypeError("terminator must be one DTMF digit or empty");
    const pat = optStr(p, "pattern", 200);
    return {
      prompts: prompts(p, p.prompts !== undefined ? "prompts" : "prompt", false),
      /** Variable that receives the digits. Required. */
      variable: varName(p, "variable"),
      minDigits,
      maxDigits,
      /** Ends input early; not part of the value. Default "#"; "" for none. */
      terminator,
      /** Regular expression the whole value must match. Default none. */
      pattern: pat === undefined ? null : regex(pat, "pattern"),
      /** Wait for the first digit, ms. Default 5000. */
      timeoutMs: int(p, "timeoutMs", 5000, 100, 60000),
      /** Wait between digits, ms. Default 3000. */
      interDigitTimeoutMs: int(p, "interDigitTimeoutMs", 3000, 100, 60000),
      /** Extra attempts after invalid input. Default 2. */
      retries: int(p, "retries", 2, 0, 9),
      invalidPrompts: prompts(p, "invalidPrompt", false),
    };
  },
  exits: () => ["ok", "failed"],
  needs: (p) => ({ prompts: promptNames([...p.prompts, ...p.invalidPrompts]), queues: [], calendars: [] }),
  async exec(ctx, p) {
    for (let attempt = 0; attempt <= p.retries; attempt++) {
      if (attempt > 0) ctx.host.flushDigits();
      const got = await promptAndCollect(ctx, p.prompts, {
        maxDigits: p.maxDigits,
        terminator: p.terminator,
        firstDigitTimeoutMs: p.timeoutMs,
        interDigitTimeoutMs: p.interDigitTimeoutMs,
      });
      if (!got) return CALLER_HANGUP;
      const d = got.digits;
      const ok = d.length >= p.minDigits && d.length <= p.maxDigits && (!p.pattern || p.pattern.test(d)) && (d.length > 0 || p.minDigits === 0);
      if (ok) {
        ctx.vars[p.variable] = d;
        ctx.host.log("collect_ok", { node: ctx.nodeId, length: d.length, reason: got.reason, attempt });
        return { exit: "ok" };
      }
      ctx.host.log("collect_invalid", { node: ctx.nodeId, length: d.length, reason: got.reason, attempt });
      if (attempt < p.retries && !(await say(ctx, p.invalidPrompts))) return CALLER_HANGUP;
    }
    return { exit: "failed" };
  },
};
