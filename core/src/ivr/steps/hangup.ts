// hangup: optional goodbye prompt, then end the call with a cause. Mark the
// node "served": true when reaching it means self-service completed.
import { type PromptSpec, type Step, CALLER_HANGUP, promptNames, prompts, say, str } from "./common.ts";

interface P {
  prompts: PromptSpec[];
  cause: string;
}

export const hangup: Step<P> = {
  type: "hangup",
  compile: (p) => ({
    prompts: prompts(p, p.prompts !== undefined ? "prompts" : "prompt", false),
    /** Hangup cause for the CDR. Default "normal". */
    cause: str(p, "cause", "normal", 64),
  }),
  exits: () => [],
  needs: (p) => ({ prompts: promptNames(p.prompts), queues: [], calendars: [] }),
  async exec(ctx, p) {
    if (!(await say(ctx, p.prompts))) return CALLER_HANGUP;
    ctx.host.hangup(p.cause);
    return { end: "hangup" };
  },
};
