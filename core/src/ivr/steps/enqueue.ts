// enqueue: hand the call to the ACD; queue, priority and skills may come
// from variables. Ends the IVR.
import { type Compiled, compileExpr, ExprError } from "../expr.ts";
import { type Step, expand, str, varName } from "./common.ts";

interface P {
  queue: string;
  priority: Compiled | number;
  skills: string[];
  skillsVar: string | undefined;
}

export const enqueue: Step<P> = {
  type: "enqueue",
  compile(p) {
    const queue = str(p, "queue", undefined, 200);
    if (!queue) throw new TypeError("queue is required");
    let priority: Compiled | number = 0;
    if (typeof p.priority === "number") {
      if (!Number.isInteger(p.priority) || p.priority < 0 || p.priority > 100) throw new TypeError("priority must be 0..100");
      priority = p.priority;
    } else if (typeof p.priority === "string") {
      try {
        priority = compileExpr(p.priority);
      } catch (e) {
        if (e instanceof ExprError) throw new TypeError(`priority: ${e.message}`);
        throw e;
      }
    } else if (p.priority !== undefined) throw new TypeError("priority must be a number or an expression");
    const skills = p.skills === undefined ? [] : p.skills;
    if (!Array.isArray(skills) || skills.some((s) => typeof s !== "string" || !s || s.length > 64)) throw new TypeError("skills must be a list of names");
    return {
      /** Queue id, or "${var}" to take it from a variable. */
      queue,
      /** 0..100 (higher first), or an expression over variables. Default 0. */
      priority,
      skills: skills as string[],
      /** Variable holding comma-separated extra skills. Default none. */
      skillsVar: p.skillsVar === undefined ? undefined : varName(p, "skillsVar"),
    };
  },
  exits: () => [],
  needs: (p) => ({ prompts: [], queues: p.queue.includes("${") ? [] : [p.queue], calendars: [] }),
  async exec(ctx, p) {
    const queueId = expand(p.queue, ctx.vars);
    if (!queueId) return { end: "error", error: "enqueue: empty queue id" };
    const raw = typeof p.priority === "number" ? p.priority : Number(p.priority(ctx.vars));
    const priority = Number.isFinite(raw) ? Math.max(0, Math.min(100, Math.round(raw))) : 0;
    const skills = [...p.skills];
    if (p.skillsVar) {
      for (const s of (ctx.vars[p.skillsVar] ?? "").split(",")) {
        const t = s.trim();
        if (t && !skills.includes(t)) skills.push(t);
      }
    }
    ctx.host.enqueue(queueId, { priority, skills, vars: { ...ctx.vars } });
    return { end: "enqueued", queueId };
  },
};
