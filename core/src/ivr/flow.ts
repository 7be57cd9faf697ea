// Flow validation (on save, in control) and compilation (once per version,
// in core). Validation: known step types with valid params, every declared
// exit mapped to an existing node, every node reachable from start, every
// loop has a way out, referenced prompts/queues/calendars exist.
import { checkCalendar } from "./calendar.ts";
import { STEPS, type Step } from "./steps/index.ts";
import type { CalendarDef, FlowDef, FlowLookups, NodeDef, Problem } from "./types.ts";

const NODE_ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
/** Largest flow accepted. */
export const MAX_NODES = 500;

export interface CompiledNode {
  id: string;
  // biome-ignore lint/suspicious/noExplicitAny: params type differs per step
  step: Step<any>;
  params: unknown;
  exits: Record<string, string>;
  served: boolean;
}

/** A validated, immutable flow version ready to run. */
export interface Flow {
  readonly id: string;
  readonly version: number;
  readonly start: string;
  readonly nodes: ReadonlyMap<string, CompiledNode>;
  readonly calendars: Record<string, CalendarDef>;
  readonly def: FlowDef;
}

export class FlowError extends TypeError {
  constructor(readonly problems: Problem[]) {
    super(`invalid flow: ${problems.map((p) => (p.node ? `${p.node}: ${p.message}` : p.message)).join("; ")}`);
  }
}

interface Analysis {
  problems: Problem[];
  nodes: Map<string, CompiledNode>;
}

function analyse(input: unknown, lookups: FlowLookups | undefined): Analysis {
  const problems: Problem[] = [];
  const nodes = new Map<string, CompiledNode>();
  if (!input || typeof input !== "object" || Array.isArray(input)) return { problems: [{ code: "bad_flow", message: "a flow is an object" }], nodes };
  const def = input as Partial<FlowDef>;
  if (typeof def.id !== "string" || !def.id) problems.push({ code: "bad_flow", message: "id is required" });
  if (!Number.isInteger(def.version) || (def.version as number) < 0) problems.push({ code: "bad_flow", message: "version must be an integer >= 0" });
  if (!def.nodes || typeof def.nodes !== "object" || Array.isArray(def.nodes)) {
    problems.push({ code: "bad_flow", message: "nodes must be an object {id: node}" });
    return { problems, nodes };
  }
  const ids = Object.keys(def.nodes);
  if (ids.length === 0) problems.push({ code: "bad_flow", message: "a flow needs at least one node" });
  if (ids.length > MAX_NODES) problems.push({ code: "bad_flow", message: `at most ${MAX_NODES} nodes` });
  if (typeof def.start !== "string" || !Object.hasOwn(def.nodes, def.start)) problems.push({ code: "no_start", message: `start ${JSON.stringify(def.start)} is not a node` });
  const calendars = (def.calendars ?? {}) as Record<string, unknown>;
  if (typeof calendars !== "object" || Array.isArray(calendars)) problems.push({ code: "bad_flow", message: "calendars must be an object" });
  else {
    for (const [name, cal] of Object.entries(calendars)) {
      for (const msg of checkCalendar(cal)) problems.push({ code: "bad_params", message: `calendar ${name}: ${msg}` });
    }
  }

  for (const id of ids) {
    const n = (def.nodes as Record<string, unknown>)[id] as NodeDef;
    if (!NODE_ID_RE.test(id)) problems.push({ code: "bad_flow", node: id, message: "node ids are 1-64 of A-Z a-z 0-9 _ -" });
    if (!n || typeof n !== "object") {
      problems.push({ code: "bad_flow", node: id, message: "a node is an object" });
      continue;
    }
    const step = STEPS.get(n.type);
    if (!step) {
      problems.push({ code: "unknown_type", node: id, message: `unknown step type ${JSON.stringify(n.type)}` });
      continue;
    }
    let params: unknown;
    try {
      const raw = n.params ?? {};
      if (typeof raw !== "object" || Array.isArray(raw)) throw new TypeError("params must be an object");
      params = step.compile(raw as Record<string, unknown>);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      problems.push({ code: "bad_params", node: id, message: e.message });
      continue;
    }
    const exits = (n.exits ?? {}) as Record<string, string>;
    if (typeof exits !== "object" || Array.isArray(exits)) {
      problems.push({ code: "bad_flow", node: id, message: "exits must be an object {exit: node}" });
      continue;
    }
    const declared = step.exits(params);
    for (const e of declared) {
      const target = exits[e];
      if (target === undefined) problems.push({ code: "missing_exit", node: id, exit: e, message: `exit ${e} has no target` });
      else if (typeof target !== "string" || !Object.hasOwn(def.nodes, target)) {
        problems.push({ code: "unknown_target", node: id, exit: e, message: `exit ${e} goes to unknown node ${JSON.stringify(target)}` });
      }
    }
    for (const e of Object.keys(exits)) {
      if (!declared.includes(e)) problems.push({ code: "unknown_exit", node: id, exit: e, message: `${n.type} has no exit ${e}` });
    }
    const needs = step.needs(params);
    for (const p of needs.prompts) {
      if (lookups?.prompt && !lookups.prompt(p)) problems.push({ code: "unknown_prompt", node: id, message: `prompt ${p} does not exist or is not published` });
    }
    for (const q of needs.queues) {
      if (lookups?.queue && !lookups.queue(q)) problems.push({ code: "unknown_queue", node: id, message: `queue ${q} does not exist` });
    }
    for (const c of needs.calendars) {
      if (!Object.hasOwn(calendars, c) && !lookups?.calendar?.(c)) {
        problems.push({ code: "unknown_calendar", node: id, message: `calendar ${c} is not defined in this flow or the tenant` });
      }
    }
    nodes.set(id, { id, step, params, exits: { ...exits }, served: n.served === true });
  }

  if (typeof def.start === "string" && Object.hasOwn(def.nodes, def.start)) {
    // Reachability from start.
    const seen = new Set<string>([def.start]);
    const todo = [def.start];
    while (todo.length) {
      const cur = todo.pop() as string;
      const n: NodeDef | undefined = (def.nodes as Record<string, NodeDef>)[cur];
      for (const t of Object.values(n?.exits ?? {}) as unknown[]) {
        if (typeof t === "string" && Object.hasOwn(def.nodes as object, t) && !seen.has(t)) {
          seen.add(t);
          todo.push(t);
        }
      }
    }
    for (const id of ids) if (!seen.has(id)) problems.push({ code: "unreachable", node: id, message: "not reachable from start" });
  }
  for (const scc of loops(def.nodes as Record<string, NodeDef>)) {
    const inside = new Set(scc);
    const leaves = scc.some((id) => Object.values((def.nodes as Record<string, NodeDef>)[id]?.exits ?? {}).some((t) => !inside.has(t)));
    if (!leaves) {
      problems.push({ code: "loop_without_exit", node: scc[0], message: `loop ${scc.join(" -> ")} has no way out` });
    }
  }
  return { problems, nodes };
}

/** Strongly connected components that are cycles (size > 1, or a node that targets itself). Tarjan, iterative. */
function loops(nodes: Record<string, NodeDef>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  const succ = (id: string) => Object.values(nodes[id]?.exits ?? {}).filter((t) => typeof t === "string" && Object.hasOwn(nodes, t));
  for (const root of Object.keys(nodes)) {
    if (index.has(root)) continue;
    const work: [string, number][] = [[root, 0]];
    while (work.length) {
      const top = work[work.length - 1] as [string, number];
      const [v, i] = top;
      if (i === 0) {
        index.set(v, counter);
        low.set(v, counter);
        counter++;
        stack.push(v);
        onStack.add(v);
      }
      const s = succ(v);
      if (i < s.length) {
        top[1] = i + 1;
        const w = s[i] as string;
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = (work[work.length - 1] as [string, number])[0];
        low.set(parent, Math.min(low.get(parent) as number, low.get(v) as number));
      }
      if (low.get(v) === index.get(v)) {
        const comp: string[] = [];
        for (;;) {
          const w = stack.pop() as string;
          onStack.delete(w);
          comp.push(w);
          if (w === v) break;
        }
        if (comp.length > 1 || succ(v).includes(v)) out.push(comp.reverse());
      }
    }
  }
  return out;
}

/** All problems of a flow ([] = valid). lookups: existence checks for prompts and queues (skipped when absent). */
export function validateFlow(def: unknown, lookups?: FlowLookups): Problem[] {
  return analyse(def, lookups).problems;
}

/** Compiles a flow for running; throws FlowError when it is not valid (references are not checked here). */
export function compileFlow(def: FlowDef): Flow {
  const { problems, nodes } = analyse(def, undefined);
  if (problems.length) throw new FlowError(problems);
  // Deep copy: the running version must not change if the caller mutates its object.
  const frozen = JSON.parse(JSON.stringify(def)) as FlowDef;
  return { id: def.id, version: def.version, start: def.start, nodes, calendars: frozen.calendars ?? {}, def: frozen };
}
