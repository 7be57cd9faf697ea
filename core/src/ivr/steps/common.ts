// What every step shares: the step contract, parameter readers (they throw
// TypeError with the parameter's name, reported as bad_params on save),
// prompt lists, templates and the play-then-collect helper.
import { MAX_MATCH_INPUT, unsafePattern } from "../pattern.ts";
import type { CalendarDef, CollectResult, IvrHost, IvrOutcome, PromptRef, TransferTarget, Vars } from "../types.ts";

export type StepResult =
  | { exit: string }
  | { end: IvrOutcome["end"]; queueId?: string; transfer?: TransferTarget; error?: string };

export interface StepContext {
  host: IvrHost;
  vars: Vars;
  nodeId: string;
  /** The flow's calendars by name. */
  calendars: Record<string, CalendarDef>;
}

export interface Needs {
  prompts: string[];
  queues: string[];
  calendars: string[];
}

export interface Step<P> {
  type: string;
  /** Validates and normalises params once per flow version (throws TypeError naming the parameter). */
  compile(params: Record<string, unknown>): P;
  /** Exit names the node must map; [] for steps that end the IVR. */
  exits(p: P): string[];
  /** References checked on save. */
  needs(p: P): Needs;
  exec(ctx: StepContext, p: P): Promise<StepResult>;
}

export const CALLER_HANGUP: StepResult = { end: "caller_hangup" };
export const noNeeds = (): Needs => ({ prompts: [], queues: [], calendars: [] });

export function str(params: Record<string, unknown>, key: string, def?: string, max = 2000): string {
  const v = params[key];
  if (v === undefined) {
    if (def === undefined) throw new TypeError(`${key} is required`);
    return def;
  }
  if (typeof v !== "string") throw new TypeError(`${key} must be a string`);
  if (v.length > max) throw new TypeError(`${key} is longer than ${max}`);
  return v;
}

export function optStr(params: Record<string, unknown>, key: string, max = 2000): string | undefined {
  return params[key] === undefined ? undefined : str(params, key, undefined, max);
}

export function int(params: Record<string, unknown>, key: string, def: number | undefined, min: number, max: number): number {
  const v = params[key];
  if (v === undefined) {
    if (def === undefined) throw new TypeError(`${key} is required`);
    return def;
  }
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) throw new TypeError(`${key} must be an integer ${min}..${max}`);
  return v;
}

export function bool(params: Record<string, unknown>, key: string, def: boolean): boolean {
  const v = params[key];
  if (v === undefined) return def;
  if (typeof v !== "boolean") throw new TypeError(`${key} must be true or false`);
  return v;
}

export function regex(src: string, key: string): RegExp {
  const why = unsafePattern(src);
  if (why) throw new TypeError(`${key}: ${why}`);
  try {
    // Anchored: a pattern describes the whole value.
    return new RegExp(`^(?:${src})$`);
  } catch (e) {
    throw new TypeError(`${key}: bad pattern (${(e as Error).message})`);
  }
}

/** A prompt as written in a flow: a prompt name, or an object (text may contain ${var}). */
export type PromptSpec = PromptRef;

const VOICE_RE = /^[a-z]{2,3}([-_][A-Za-z0-9-]{1,16})?$/;

function promptSpec(v: unknown, key: string): PromptSpec {
  if (typeof v === "string") {
    if (!v) throw new TypeError(`${key}: empty prompt name`);
    return { prompt: v };
  }
  if (!v || typeof v !== "object") throw new TypeError(`${key}: a prompt is a name or an object`);
  const o = v as Record<string, unknown>;
  if (typeof o.prompt === "string" && o.prompt) return { prompt: o.prompt };
  if (typeof o.text === "string" && o.text) {
    if (o.text.length > 2000) throw new TypeError(`${key}: text longer than 2000`);
    if (o.voice !== undefined && (typeof o.voice !== "string" || !VOICE_RE.test(o.voice))) throw new TypeError(`${key}: bad voice`);
    return o.voice === undefined ? { text: o.text } : { text: o.text, voice: o.voice as string };
  }
  if (o.say === "number" || o.say === "digits" || o.say === "minutes") {
    if (typeof o.value !== "string") throw new TypeError(`${key}: say needs a string value (a number or \${var})`);
    if (o.lang !== "en" && o.lang !== "zh") throw new TypeError(`${key}: say needs lang "en" or "zh"`);
    return { say: o.say, value: o.value, lang: o.lang };
  }
  if (typeof o.file === "string" && o.file) return { file: o.file };
  throw new TypeError(`${key}: a prompt needs prompt, text, say or file`);
}

/** Reads `key` as one prompt or a list of prompts. required=false returns [] when absent. */
export function prompts(params: Record<string, unknown>, key: string, required: boolean): PromptSpec[] {
  const v = params[key];
  if (v === undefined) {
    if (required) throw new TypeError(`${key} is required`);
    return [];
  }
  const list = Array.isArray(v) ? v : [v];
  if (list.length === 0 && required) throw new TypeError(`${key} is empty`);
  if (list.length > 20) throw new TypeError(`${key}: at most 20 prompts`);
  return list.map((x, i) => promptSpec(x, `${key}[${i}]`));
}

export function promptNames(list: PromptSpec[]): string[] {
  const out: string[] = [];
  for (const p of list) if ("prompt" in p) out.push(p.prompt);
  return out;
}

const TEMPLATE_RE = /\$\{([A-Za-z_][A-Za-z0-9_.]*)\}/g;

/** Replaces ${name} with the variable's value ("" if unset); enc escapes each value (e.g. for URLs). */
export function expand(tpl: string, vars: Vars, enc?: (s: string) => string): string {
  return tpl.replace(TEMPLATE_RE, (_m, name: string) => {
    const v = vars[name] ?? "";
    return enc ? enc(v) : v;
  });
}

/** Prompts with templates expanded against the call's variables. */
export function resolvePrompts(list: PromptSpec[], vars: Vars): PromptRef[] {
  return list.map((p) => {
    if ("text" in p) return p.voice === undefined ? { text: expand(p.text, vars) } : { text: expand(p.text, vars), voice: p.voice };
    if ("say" in p) return { say: p.say, value: expand(p.value, vars), lang: p.lang };
    return p;
  });
}

/** Plays (barge-in allowed), then collects. Resolves null if the caller hung up. */
export async function promptAndCollect(
  ctx: StepContext,
  list: PromptSpec[],
  opts: { maxDigits: number; terminator: string; firstDigitTimeoutMs: number; interDigitTimeoutMs: number },
): Promise<CollectResult | null> {
  if (list.length) {
    const r = await ctx.host.play(resolvePrompts(list, ctx.vars), { bargeIn: true });
    if (r === "hangup") return null;
  }
  const got = await ctx.host.collectDigits(opts);
  return got.reason === "hangup" ? null : got;
}

/** Plays without waiting for input; false if the caller hung up. */
export async function say(ctx: StepContext, list: PromptSpec[], bargeIn = false): Promise<boolean> {
  if (!list.length) return true;
  return (await ctx.host.play(resolvePrompts(list, ctx.vars), { bargeIn })) !== "hangup";
}

/** Runs a compiled flow pattern on at most MAX_MATCH_INPUT characters. */
export function testPattern(re: RegExp, s: string): boolean {
  return re.test(s.length > MAX_MATCH_INPUT ? s.slice(0, MAX_MATCH_INPUT) : s);
}

const VAR_RE = /^[A-Za-z_][A-Za-z0-9_.]{0,63}$/;
export function varName(params: Record<string, unknown>, key: string, def?: string): string {
  const v = str(params, key, def, 64);
  if (!VAR_RE.test(v)) throw new TypeError(`${key}: bad variable name ${v}`);
  return v;
}
