// Runs one call through one flow version. The Flow object is immutable, so a
// call keeps the version it started with while new calls pick up a newly
// published one from the FlowRegistry.
import { compileFlow, type Flow } from "./flow.ts";
import type { StepContext, StepResult } from "./steps/index.ts";
import type { FlowDef, IvrHost, IvrOutcome, Vars } from "./types.ts";

export interface RunOptions {
  /** Initial variables, e.g. {caller, called, call_id, customer_level}. Copied. Default {}. */
  vars?: Vars;
  /** Stops the run at the next step boundary (the host's pending waits should resolve "hangup"). Default none. */
  signal?: AbortSignal;
  /** Guard against runaway loops: the run ends with "error" after this many nodes. Default 500. */
  maxSteps?: number;
}

/** Runs `flow` for one call. Never rejects: host exceptions end the run with end "error" (after host.hangup). */
export async function runFlow(flow: Flow, host: IvrHost, opts: RunOptions = {}): Promise<IvrOutcome> {
  if (!flow || !(flow.nodes instanceof Map)) throw new TypeError("flow must come from compileFlow");
  // No prototype: a variable named "constructor" or "__proto__" is just a variable.
  const vars: Vars = Object.assign(Object.create(null) as Vars, opts.vars ?? {});
  const maxSteps = opts.maxSteps ?? 500;
  const started = host.now();
  const path: string[] = [];
  let served = false;
  vars.ivr_flow = flow.id;
  vars.ivr_version = String(flow.version);
  const done = (r: Extract<StepResult, { end: string }>): IvrOutcome => {
    vars.ivr_end = r.end;
    vars.ivr_served = served ? "1" : "0";
    const out: IvrOutcome = { flowId: flow.id, version: flow.version, end: r.end, served, vars: { ...vars }, path, durationMs: host.now() - started };
    if (r.queueId) out.queueId = r.queueId;
    if (r.transfer) out.transfer = r.transfer;
    if (r.error) out.error = r.error;
    host.log("ivr_end", { flow: flow.id, version: flow.version, end: r.end, served, steps: path.length });
    return out;
  };
  let id = flow.start;
  for (;;) {
    if (opts.signal?.aborted) return done({ end: "aborted" });
    if (path.length >= maxSteps) {
      host.hangup("ivr_loop");
      return done({ end: "error", error: `more than ${maxSteps} steps` });
    }
    const node = flow.nodes.get(id);
    if (!node) {
      host.hangup("ivr_error");
      return done({ end: "error", error: `no node ${id}` });
    }
    path.push(id);
    vars.ivr_node = id;
    host.log("ivr_node", { node: id, type: node.step.type });
    const ctx: StepContext = { host, vars, nodeId: id, calendars: flow.calendars };
    let r: StepResult;
    try {
      r = await node.step.exec(ctx, node.params);
    } catch (e) {
      host.log("ivr_step_error", { node: id, type: node.step.type, error: (e as Error).message });
      try {
        host.hangup("ivr_error");
      } catch {}
      return done({ end: "error", error: `${id}: ${(e as Error).message}` });
    }
    if (opts.signal?.aborted) return done({ end: "aborted" });
    if ("end" in r) {
      if (node.served && r.end !== "caller_hangup" && r.end !== "error") served = true;
      return done(r);
    }
    if (node.served) served = true;
    const next = node.exits[r.exit];
    if (next === undefined) {
      host.hangup("ivr_error");
      return done({ end: "error", error: `${id}: exit ${r.exit} has no target` });
    }
    id = next;
  }
}

/**
 * Published flows by tenant and flow id. replace() swaps a tenant's set
 * atomically; runs already started hold their own Flow and are unaffected.
 */
export class FlowRegistry {
  private readonly byTenant = new Map<string, Map<string, Flow>>();

  /** Compiles and installs a tenant's published flows; invalid ones are skipped and returned with their error. */
  replace(tenantId: string, defs: FlowDef[]): { flowId: string; error: string }[] {
    if (typeof tenantId !== "string" || !tenantId) throw new TypeError("tenantId required");
    const next = new Map<string, Flow>();
    const errors: { flowId: string; error: string }[] = [];
    for (const d of defs) {
      try {
        next.set(d.id, compileFlow(d));
      } catch (e) {
        errors.push({ flowId: String(d?.id), error: (e as Error).message });
      }
    }
    this.byTenant.set(tenantId, next);
    return errors;
  }

  /** replace() from the config snapshot's FlowConfig entries ({id, version, definition: FlowDef JSON}). */
  replaceFromConfig(tenantId: string, flows: { id?: string | null; version?: number | null; definition?: string | null }[]): { flowId: string; error: string }[] {
    const defs: FlowDef[] = [];
    const errors: { flowId: string; error: string }[] = [];
    for (const f of flows) {
      try {
        const d = JSON.parse(f.definition ?? "") as FlowDef;
        defs.push({ ...d, id: f.id ?? d.id, version: f.version ?? d.version });
      } catch (e) {
        errors.push({ flowId: String(f.id), error: `definition is not JSON: ${(e as Error).message}` });
      }
    }
    return [...errors, ...this.replace(tenantId, defs)];
  }

  get(tenantId: string, flowId: string): Flow | undefined {
    return this.byTenant.get(tenantId)?.get(flowId);
  }

  delete(tenantId: string): void {
    this.byTenant.delete(tenantId);
  }
}
