// IVR data for core: the published flow versions, published prompts and the
// DID -> flow map of a tenant (or of all tenants, for the config snapshot),
// and flow validation against the tenant's prompts and queues. The flow
// schema and validator are core's (core/src/ivr), shared so that what
// control accepts is exactly what core runs.
import type { Db, Tx } from "../db/index.ts";
import { type CalendarDef, checkCalendar, type FlowDef, type Problem, validateFlow } from "../../../core/src/ivr/index.ts";

export type { CalendarDef, FlowDef, Problem } from "../../../core/src/ivr/index.ts";

/** A prompt as published (what core needs to play it). */
export interface PublishedPrompt {
  name: string;
  kind: "tts" | "recording";
  /** Text-to-prompt voice ("en", "zh"); "" for recordings. */
  voice: string;
  text: string;
  /** Recording path relative to control's data folder; "" for tts. */
  audioPath: string;
  revision: number;
}

export interface PublishedIvr {
  tenantId: string;
  /** The published version of every flow that has one (graph with id and version set). */
  flows: FlowDef[];
  prompts: PublishedPrompt[];
  /** DIDs routed to a flow. */
  dids: { number: string; flowId: string }[];
}

// biome-ignore lint/suspicious/noExplicitAny: pg rows
function flowDef(r: any, tenantCals: Record<string, CalendarDef> | undefined): FlowDef {
  const g = r.graph as FlowDef;
  // Tenant business hours join the flow's own calendars (the flow's win on a name clash),
  // so an hours or holiday change applies to new calls without republishing.
  const calendars = { ...(tenantCals ?? {}), ...(g.calendars ?? {}) };
  return { ...g, ...(Object.keys(calendars).length ? { calendars } : {}), id: r.flow_id, version: r.version } as FlowDef;
}

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/**
 * The tenants' business hours (作息时间) with their holidays (节假日) as flow
 * calendars, by tenant and name. Holidays without business hours apply to
 * all of a tenant's calendars. A holiday marked open (调休, a working
 * weekend day) gets the hours of the first weekday that has any.
 */
export async function tenantCalendars(c: Tx, tenantId: string | null): Promise<Map<string, Record<string, CalendarDef>>> {
  const where = tenantId ? "WHERE tenant_id = $1" : "";
  const args = tenantId ? [tenantId] : [];
  const hours = (await c.query(`SELECT id, tenant_id, name, timezone, weekly FROM business_hours ${where} ORDER BY name`, args)).rows;
  const hols = (await c.query(`SELECT tenant_id, business_hours_id, to_char(date, 'YYYY-MM-DD') AS date, open FROM holidays ${where} ORDER BY date`, args)).rows;
  const out = new Map<string, Record<string, CalendarDef>>();
  for (const h of hours) {
    const weekly: CalendarDef["weekly"] = {};
    for (const w of (h.weekly ?? []) as { day: number; start: string; end: string }[]) {
      const d = DAYS[w.day];
      if (!d) continue;
      (weekly[d] ??= []).push([w.start, w.end]);
    }
    const workday = weekly.mon ?? weekly.tue ?? weekly.wed ?? weekly.thu ?? weekly.fri ?? [["09:00", "18:00"]];
    const cal: CalendarDef = { tz: h.timezone || "UTC", weekly, holidays: [], special: {} };
    for (const x of hols) {
      if (x.tenant_id !== h.tenant_id || (x.business_hours_id && x.business_hours_id !== h.id)) continue;
      if (x.open) (cal.special as Record<string, [string, string][]>)[x.date] = workday;
      else cal.holidays?.push(x.date);
    }
    // A calendar core would refuse (unknown zone, inverted range) is left out, so flows naming it do not validate.
    if (checkCalendar(cal).length) continue;
    let t = out.get(h.tenant_id);
    if (!t) {
      t = {};
      out.set(h.tenant_id, t);
    }
    t[h.name] = cal;
  }
  return out;
}

async function load(c: Tx, tenantId: string | null): Promise<Map<string, PublishedIvr>> {
  const where = tenantId ? "AND f.tenant_id = $1" : "";
  const args = tenantId ? [tenantId] : [];
  const flows = await c.query(
    `SELECT f.tenant_id, v.flow_id, v.version, v.graph FROM ivr_flows f
     JOIN ivr_flow_versions v ON v.flow_id = f.id AND v.version = f.published_version AND v.tenant_id = f.tenant_id
     WHERE f.published_version IS NOT NULL ${where} ORDER BY f.name`,
    args,
  );
  const prompts = await c.query(
    `SELECT tenant_id, name, kind, voice, text, audio_path, revision FROM ivr_prompts f WHERE revision > 0 ${where} ORDER BY name`,
    args,
  );
  const dids = await c.query(`SELECT tenant_id, number, flow_id FROM dids f WHERE flow_id IS NOT NULL ${where} ORDER BY number`, args);
  const cals = await tenantCalendars(c, tenantId);
  const out = new Map<string, PublishedIvr>();
  const of = (t: string) => {
    let x = out.get(t);
    if (!x) {
      x = { tenantId: t, flows: [], prompts: [], dids: [] };
      out.set(t, x);
    }
    return x;
  };
  if (tenantId) of(tenantId);
  for (const r of flows.rows) of(r.tenant_id).flows.push(flowDef(r, cals.get(r.tenant_id)));
  for (const p of prompts.rows) {
    of(p.tenant_id).prompts.push({ name: p.name, kind: p.kind, voice: p.voice, text: p.text, audioPath: p.audio_path, revision: p.revision });
  }
  for (const d of dids.rows) of(d.tenant_id).dids.push({ number: d.number, flowId: d.flow_id });
  return out;
}

/** What core needs to run a tenant's IVR: published flows, published prompts, DID -> flow. */
export async function loadPublishedIvr(db: Db, tenantId: string): Promise<PublishedIvr> {
  if (typeof tenantId !== "string" || !tenantId) throw new TypeError("tenantId required");
  return db.tx({ tenantId }, async (c) => (await load(c, tenantId)).get(tenantId) as PublishedIvr);
}

/** The same for every tenant that has any (platform scope, for the config snapshot). */
export async function loadAllPublishedIvr(db: Db): Promise<PublishedIvr[]> {
  return db.tx({ bypass: true }, async (c) => [...(await load(c, null)).values()]);
}

/** A stored version as core would run it (tenant calendars merged), for dry runs. */
export async function flowForRun(c: Tx, tenantId: string, flowId: string, version: number): Promise<FlowDef | null> {
  const r = (await c.query("SELECT flow_id, version, graph FROM ivr_flow_versions WHERE tenant_id = $1 AND flow_id = $2 AND version = $3", [tenantId, flowId, version])).rows[0];
  if (!r) return null;
  return flowDef(r, (await tenantCalendars(c, tenantId)).get(tenantId));
}

/** Validates a graph against the tenant's published prompts, its queues and its business hours. */
export async function validateForTenant(c: Tx, tenantId: string, graph: unknown): Promise<Problem[]> {
  const cals = (await tenantCalendars(c, tenantId)).get(tenantId) ?? {};
  const prompts = new Set<string>(
    (await c.query("SELECT name FROM ivr_prompts WHERE tenant_id = $1 AND revision > 0", [tenantId])).rows.map((r) => r.name as string),
  );
  const queues = new Set<string>((await c.query("SELECT id FROM queues WHERE tenant_id = $1", [tenantId])).rows.map((r) => r.id as string));
  return validateFlow(graph, { prompt: (n) => prompts.has(n), queue: (q) => queues.has(q), calendar: (n) => Object.hasOwn(cals, n) });
}

/** The IVR part of a TenantConfig (proto FlowConfig / PromptConfig, DidConfig.flow_id), per tenant. */
export interface IvrSnapshotPart {
  flows: { id: string; version: number; definition: string }[];
  prompts: { name: string; kind: string; voice: string; text: string; file: string }[];
  /** DID number -> flow id, for DidConfig.flow_id. */
  didFlows: Map<string, string>;
}

/** Published IVR of every tenant in the shape of the proto's TenantConfig fields (for buildConfigSnapshot). */
export async function ivrSnapshotParts(db: Db): Promise<Map<string, IvrSnapshotPart>> {
  const out = new Map<string, IvrSnapshotPart>();
  for (const t of await loadAllPublishedIvr(db)) {
    out.set(t.tenantId, {
      flows: t.flows.map((f) => ({ id: f.id, version: f.version, definition: JSON.stringify(f) })),
      prompts: t.prompts.map((p) => ({ name: p.name, kind: p.kind, voice: p.voice, text: p.text, file: p.audioPath })),
      didFlows: new Map(t.dids.map((d) => [d.number, d.flowId])),
    });
  }
  return out;
}
