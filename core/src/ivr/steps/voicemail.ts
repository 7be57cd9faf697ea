// voicemail: greeting, then record a message for a box (queue id, agent id
// or extension; ${var} allowed). Ends the IVR and the call.
import { type PromptSpec, type Step, CALLER_HANGUP, expand, int, promptNames, prompts, say, str } from "./common.ts";

interface P {
  box: string;
  prompts: PromptSpec[];
  maxSeconds: number;
}

export const voicemail: Step<P> = {
  type: "voicemail",
  compile: (p) => ({
    box: str(p, "box", undefined, 200),
    prompts: prompts(p, p.prompts !== undefined ? "prompts" : "prompt", false),
    /** Longest message, seconds. Default 120. */
    maxSeconds: int(p, "maxSeconds", 120, 5, 600),
  }),
  exits: () => [],
  needs: (p) => ({ prompts: promptNames(p.prompts), queues: [], calendars: [] }),
  async exec(ctx, p) {
    if (!(await say(ctx, p.prompts))) return CALLER_HANGUP;
    const r = await ctx.host.voicemail(expand(p.box, ctx.vars), { maxSeconds: p.maxSeconds, vars: { ...ctx.vars } });
    ctx.vars.voicemail = r === "recorded" ? "recorded" : "hangup";
    if (r === "recorded") ctx.host.hangup("voicemail_done");
    return { end: "voicemail" };
  },
};
