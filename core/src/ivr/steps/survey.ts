// survey: post-call satisfaction (满意度) score min..max into a variable.
// Exits "done" and "noinput" (no valid answer after the retries).
import { type PromptSpec, type Step, CALLER_HANGUP, int, promptAndCollect, promptNames, prompts, say, varName } from "./common.ts";

interface P {
  prompts: PromptSpec[];
  thanksPrompts: PromptSpec[];
  min: number;
  max: number;
  timeoutMs: number;
  retries: number;
  variable: string;
}

export const survey: Step<P> = {
  type: "survey",
  compile(p) {
    const min = int(p, "min", 1, 0, 9);
    const max = int(p, "max", 5, 0, 9);
    if (min > max) throw new TypeError("min is larger than max");
    return {
      prompts: prompts(p, p.prompts !== undefined ? "prompts" : "prompt", true),
      thanksPrompts: prompts(p, "thanksPrompt", false),
      min,
      max,
      /** Default 5000 ms. */
      timeoutMs: int(p, "timeoutMs", 5000, 100, 60000),
      /** Default 1. */
      retries: int(p, "retries", 1, 0, 5),
      /** Default "survey_score". */
      variable: varName(p, "variable", "survey_score"),
    };
  },
  exits: () => ["done", "noinput"],
  needs: (p) => ({ prompts: promptNames([...p.prompts, ...p.thanksPrompts]), queues: [], calendars: [] }),
  async exec(ctx, p) {
    for (let attempt = 0; attempt <= p.retries; attempt++) {
      if (attempt > 0) ctx.host.flushDigits();
      const got = await promptAndCollect(ctx, p.prompts, { maxDigits: 1, terminator: "", firstDigitTimeoutMs: p.timeoutMs, interDigitTimeoutMs: p.timeoutMs });
      if (!got) return CALLER_HANGUP;
      const n = /^[0-9]$/.test(got.digits) ? Number(got.digits) : -1;
      if (n >= p.min && n <= p.max) {
        ctx.vars[p.variable] = String(n);
        ctx.host.log("survey_score", { node: ctx.nodeId, score: n });
        if (!(await say(ctx, p.thanksPrompts))) return CALLER_HANGUP;
        return { exit: "done" };
      }
    }
    return { exit: "noinput" };
  },
};
