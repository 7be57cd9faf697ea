// play: one or more prompts (recording, text-to-prompt, spoken numbers).
import { type PromptSpec, type Step, bool, promptNames, prompts, say, CALLER_HANGUP } from "./common.ts";

interface P {
  prompts: PromptSpec[];
  bargeIn: boolean;
}

export const play: Step<P> = {
  type: "play",
  compile: (p) => ({
    prompts: prompts(p, p.prompts !== undefined ? "prompts" : "prompt", true),
    /** A digit stops the prompt and is kept for the next menu (type-ahead). Default true. */
    bargeIn: bool(p, "bargeIn", true),
  }),
  exits: () => ["next"],
  needs: (p) => ({ prompts: promptNames(p.prompts), queues: [], calendars: [] }),
  async exec(ctx, p) {
    return (await say(ctx, p.prompts, p.bargeIn)) ? { exit: "next" } : CALLER_HANGUP;
  },
};
