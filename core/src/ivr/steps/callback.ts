// callback: offer a callback instead of waiting (press acceptDigit). The
// request goes to the host with the number (default the caller). Exits
// "accepted" and "declined" (other digit or no answer).
import { type PromptSpec, type Step, CALLER_HANGUP, expand, int, promptAndCollect, promptNames, prompts, say, str } from "./common.ts";

interface P {
  prompts: PromptSpec[];
  confirmPrompts: PromptSpec[];
  acceptDigit: string;
  timeoutMs: number;
  queue: string;
  number: string;
}

export const callback: Step<P> = {
  type: "callback",
  compile(p) {
    const acceptDigit = str(p, "acceptDigit", "1", 1);
    if (!/^[0-9*#]$/.test(acceptDigit)) throw new TypeError("acceptDigit must be one DTMF digit");
    return {
      prompts: prompts(p, p.prompts !== undefined ? "prompts" : "prompt", true),
      confirmPrompts: prompts(p, "confirmPrompt", false),
      /** Default "1". */
      acceptDigit,
      /** Default 5000 ms. */
      timeoutMs: int(p, "timeoutMs", 5000, 100, 60000),
      /** Queue that owns the callback. Required. */
      queue: str(p, "queue", undefined, 200),
      /** Number to call back. Default "${caller}". */
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a flow template, expanded per call
      number: str(p, "number", "${caller}", 64),
    };
  },
  exits: () => ["accepted", "declined"],
  needs: (p) => ({ prompts: promptNames([...p.prompts, ...p.confirmPrompts]), queues: p.queue.includes("${") ? [] : [p.queue], calendars: [] }),
  async exec(ctx, p) {
    const got = await promptAndCollect(ctx, p.prompts, { maxDigits: 1, terminator: "", firstDigitTimeoutMs: p.timeoutMs, interDigitTimeoutMs: p.timeoutMs });
    if (!got) return CALLER_HANGUP;
    if (got.digits !== p.acceptDigit) {
      ctx.vars.callback = "declined";
      return { exit: "declined" };
    }
    const number = expand(p.number, ctx.vars);
    ctx.host.requestCallback(number, { queueId: expand(p.queue, ctx.vars), vars: { ...ctx.vars } });
    ctx.vars.callback = "requested";
    ctx.vars.callback_number = number;
    if (!(await say(ctx, p.confirmPrompts))) return CALLER_HANGUP;
    return { exit: "accepted" };
  },
};
