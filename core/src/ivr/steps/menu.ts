// menu: a DTMF choice with timeout and invalid-input retries. Exits: one per
// choice digit, and "failed" once the retries are used up.
import { type PromptSpec, type Step, CALLER_HANGUP, int, optStr, promptAndCollect, promptNames, prompts, say, varName } from "./common.ts";

interface P {
  prompts: PromptSpec[];
  choices: string[];
  timeoutMs: number;
  retries: number;
  invalidPrompts: PromptSpec[];
  timeoutPrompts: PromptSpec[];
  variable: string | undefined;
}

const DIGIT = /^[0-9*#A-D]$/;

export const menu: Step<P> = {
  type: "menu",
  compile(p) {
    const choices = p.choices;
    if (!Array.isArray(choices) || choices.length === 0) throw new TypeError("choices must be a non-empty list of digits");
    for (const c of choices) if (typeof c !== "string" || !DIGIT.test(c)) throw new TypeError(`choices: ${String(c)} is not a DTMF digit`);
    if (new Set(choices).size !== choices.length) throw new TypeError("choices: duplicate digit");
    const v = optStr(p, "variable", 64);
    return {
      prompts: prompts(p, p.prompts !== undefined ? "prompts" : "prompt", true),
      choices: choices as string[],
      /** Wait for a digit after the prompt, ms. Default 5000. */
      timeoutMs: int(p, "timeoutMs", 5000, 100, 60000),
      /** Extra attempts after a timeout or an invalid digit. Default 2. */
      retries: int(p, "retries", 2, 0, 9),
      invalidPrompts: prompts(p, "invalidPrompt", false),
      timeoutPrompts: prompts(p, "timeoutPrompt", false),
      /** Variable that receives the chosen digit. Default none. */
      variable: v === undefined ? undefined : varName(p, "variable"),
    };
  },
  exits: (p) => [...p.choices, "failed"],
  needs: (p) => ({ prompts: promptNames([...p.prompts, ...p.invalidPrompts, ...p.timeoutPrompts]), queues: [], calendars: [] }),
  async exec(ctx, p) {
    for (let attempt = 0; attempt <= p.retries; attempt++) {
      // Keep type-ahead for the first attempt only: after an error, stale presses must not count.
      if (attempt > 0) ctx.host.flushDigits();
      const got = await promptAndCollect(ctx, p.prompts, { maxDigits: 1, terminator: "", firstDigitTimeoutMs: p.timeoutMs, interDigitTimeoutMs: p.timeoutMs });
      if (!got) return CALLER_HANGUP;
      if (got.digits && p.choices.includes(got.digits)) {
        if (p.variable) ctx.vars[p.variable] = got.digits;
        ctx.host.log("menu_choice", { node: ctx.nodeId, digit: got.digits, attempt });
        return { exit: got.digits };
      }
      const timedOut = got.digits === "";
      ctx.host.log(timedOut ? "menu_timeout" : "menu_invalid", { node: ctx.nodeId, digit: got.digits, attempt });
      if (attempt < p.retries && !(await say(ctx, timedOut ? p.timeoutPrompts : p.invalidPrompts))) return CALLER_HANGUP;
    }
    return { exit: "failed" };
  },
};
