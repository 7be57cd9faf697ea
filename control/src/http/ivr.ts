// IVR administration under /api/v1/ivr: versioned flows (draft, validate,
// publish, roll back), prompts with a change workflow (request -> approve
// -> publish, IVR 录音修改流程; four eyes: the approver is not the
// requester), and the DID -> flow mapping. Every write is audited; publish,
// rollback, prompt publish and DID changes push a new config to core.
import { mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Type } from "@sinclair/typebox";
import type { AuthUser, Role } from "../auth/sessions.ts";
import type { Tx } from "../db/index.ts";
import { compileFlow, FlowError, PromptRenderer, STEP_CATALOG, simulateFlow } from "../../../core/src/ivr/index.ts";
import { resolveInDataDir } from "../corelink/index.ts";
import { flowForRun, validateForTenant } from "../ivr/index.ts";
import { ADMINS, type ApiDeps, SUPERVISORS, audit, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import type { Ctx, Router } from "./router.ts";

const strict = { additionalProperties: false } as const;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const Uuid = Type.String({ format: "uuid" });
const FlowName = Type.String({ minLength: 1, maxLength: 100 });
const PromptName = Type.String({ pattern: "^[a-z0-9][a-z0-9_.-]{0,63}$", description: "referenced from flows by this name" });
const Voice = Type.String({ pattern: "^[a-z]{2,3}([-_][A-Za-z0-9-]{1,16})?$", description: 'text-to-prompt voice: "en", "zh" (Mandarin)...' });
const Graph = Type.Object(
  {
    start: Type.String({ minLength: 1, maxLength: 64 }),
    nodes: Type.Record(Type.String(), Type.Unknown(), { description: "node id -> {type, params, exits, served}" }),
    calendars: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    name: Type.Optional(Type.String()),
    id: Type.Optional(Type.String({ description: "ignored: set by the server" })),
    version: Type.Optional(Type.Integer({ description: "ignored: set by the server" })),
  },
  { description: "flow graph, see docs (core/src/ivr types.ts FlowDef)" },
);
const Problem = Type.Object({ code: Type.String(), node: Type.Optional(Type.String()), exit: Type.Optional(Type.String()), message: Type.String() });

export const FlowCreate = Type.Object({ name: FlowName, description: Type.Optional(Type.String({ maxLength: 1000 })), graph: Type.Optional(Graph) }, strict);
export const FlowUpdate = Type.Object({ name: Type.Optional(FlowName), description: Type.Optional(Type.String({ maxLength: 1000 })) }, strict);
export const DraftBody = Type.Object({ graph: Graph, note: Type.Optional(Type.String({ maxLength: 500 })) }, strict);
export const PublishBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 500 })) }, strict);
export const RollbackBody = Type.Object(
  { version: Type.Optional(Type.Integer({ minimum: 1, description: "a previously published version; default: the one published before the current" })) },
  strict,
);
export const VersionsQuery = Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1, description: "return this version with its graph" })) });
export const ValidationReply = Type.Object({ version: Type.Integer(), valid: Type.Boolean(), problems: Type.Array(Problem) });
export const PromptCreate = Type.Object(
  {
    name: PromptName,
    kind: Type.Optional(Type.Union([Type.Literal("tts"), Type.Literal("recording")], { default: "tts" })),
    voice: Type.Optional(Voice),
    text: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
    audioBase64: Type.Optional(Type.String({ maxLength: 1_000_000, description: "WAV, 8 kHz mono, 16-bit PCM or G.711" })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  strict,
);
export const ChangeRequest = Type.Object(
  {
    kind: Type.Optional(Type.Union([Type.Literal("tts"), Type.Literal("recording")], { description: "default: the prompt's kind" })),
    voice: Type.Optional(Voice),
    text: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
    audioBase64: Type.Optional(Type.String({ maxLength: 1_000_000, description: "WAV, 8 kHz mono, 16-bit PCM or G.711" })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  strict,
);
export const ChangeDecision = Type.Object(
  { changeId: Type.Optional(Uuid), note: Type.Optional(Type.String({ maxLength: 500 })) },
  strict,
);
export const ChangesQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal("requested"), Type.Literal("approved"), Type.Literal("rejected"), Type.Literal("published")])),
});
export const AudioQuery = Type.Object({ change: Type.Optional(Uuid) });
export const DidFlowBody = Type.Object({ flowId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: "null: back to the DID's queue" })) }, strict);

export const SimulateBody = Type.Object(
  {
    version: Type.Optional(Type.Integer({ minimum: 1, description: "default: the draft, else the published version" })),
    inputs: Type.Optional(Type.Array(Type.String({ pattern: "^[0-9*#A-D]{0,64}$" }), { maxItems: 50, description: 'digits keyed at each input point; "" = silence' })),
    vars: Type.Optional(Type.Record(Type.String({ pattern: "^[A-Za-z_][A-Za-z0-9_.]{0,63}$" }), Type.String({ maxLength: 1000 }))),
    at: Type.Optional(Type.String({ format: "date-time", description: "the clock for business hours; default now" })),
    http: Type.Optional(
      Type.Array(Type.Union([Type.Literal("timeout"), Type.Object({ status: Type.Optional(Type.Integer({ minimum: 100, maximum: 599 })), body: Type.Unknown() })]), {
        maxItems: 20,
        description: "answers to successive http_lookups (nothing is fetched)",
      }),
    ),
    queueStats: Type.Optional(Type.Record(Type.String(), Type.Object({ waiting: Type.Integer(), ewtS: Type.Number(), agentsReady: Type.Integer() }))),
  },
  strict,
);

const READERS: readonly Role[] = SUPERVISORS;
const EDITORS: readonly Role[] = ADMINS;

const iso = (t: unknown) => (t ? new Date(t as string).toISOString() : null);

function idParam(ctx: Ctx, what: string): string {
  const id = ctx.params[0] ?? "";
  if (!UUID_RE.test(id)) throw new ApiError("not_found", `no such ${what}`);
  return id;
}

// biome-ignore lint/suspicious/noExplicitAny: pg rows
type Row = any;

function versionJson(v: Row, withGraph: boolean) {
  return {
    version: v.version,
    state: v.state,
    note: v.note,
    valid: Array.isArray(v.problems) ? v.problems.length === 0 : null,
    problems: v.problems ?? null,
    validatedAt: iso(v.validated_at),
    createdBy: v.created_by,
    createdAt: iso(v.created_at),
    updatedAt: iso(v.updated_at),
    publishedBy: v.published_by,
    publishedAt: iso(v.published_at),
    ...(withGraph ? { graph: { ...v.graph, id: v.flow_id, version: v.version } } : {}),
  };
}

function flowJson(f: Row) {
  return {
    id: f.id,
    name: f.name,
    description: f.description,
    publishedVersion: f.published_version,
    draftVersion: f.draft_version ?? null,
    dids: f.dids ?? [],
    createdAt: iso(f.created_at),
    updatedAt: iso(f.updated_at),
  };
}

function promptJson(p: Row) {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    voice: p.voice,
    text: p.text,
    audioPath: p.audio_path,
    revision: p.revision,
    published: p.revision > 0,
    pendingChanges: p.pending ?? 0,
    createdAt: iso(p.created_at),
    updatedAt: iso(p.updated_at),
  };
}

function changeJson(c: Row) {
  return {
    id: c.id,
    promptId: c.prompt_id,
    promptName: c.prompt_name,
    status: c.status,
    kind: c.kind,
    voice: c.voice,
    text: c.text,
    audioPath: c.audio_path,
    note: c.note,
    requestedBy: c.requested_by,
    requestedAt: iso(c.requested_at),
    decidedBy: c.decided_by,
    decidedAt: iso(c.decided_at),
    decisionNote: c.decision_note,
    publishedBy: c.published_by,
    publishedAt: iso(c.published_at),
  };
}

const FLOW_SELECT = `SELECT f.*,
  (SELECT version FROM ivr_flow_versions v WHERE v.flow_id = f.id AND v.tenant_id = f.tenant_id AND v.state = 'draft') AS draft_version,
  (SELECT coalesce(array_agg(d.number ORDER BY d.number), '{}') FROM dids d WHERE d.tenant_id = f.tenant_id AND d.flow_id = f.id) AS dids
  FROM ivr_flows f`;

async function lockFlow(c: Tx, tenantId: string, id: string): Promise<Row> {
  const f = (await c.query("SELECT * FROM ivr_flows WHERE tenant_id = $1 AND id = $2 FOR UPDATE", [tenantId, id])).rows[0];
  if (!f) throw new ApiError("not_found", "no such flow");
  return f;
}

/** Removes id/version (the server owns them) so stored graphs are the pure graph. */
function pureGraph(g: Record<string, unknown>): Record<string, unknown> {
  const { id: _i, version: _v, ...rest } = g;
  return rest;
}

/** Saves the graph as the flow's draft (a new version number if there is no draft), validated. */
async function saveDraft(c: Tx, tenantId: string, flowId: string, graph: Record<string, unknown>, note: string, userId: string | null) {
  const pure = pureGraph(graph);
  const draft = (await c.query("SELECT version FROM ivr_flow_versions WHERE tenant_id = $1 AND flow_id = $2 AND state = 'draft'", [tenantId, flowId])).rows[0];
  const version: number = draft
    ? draft.version
    : (await c.query("SELECT coalesce(max(version), 0) + 1 AS v FROM ivr_flow_versions WHERE tenant_id = $1 AND flow_id = $2", [tenantId, flowId])).rows[0].v;
  const problems = await validateForTenant(c, tenantId, { ...pure, id: flowId, version });
  if (draft) {
    await c.query(
      `UPDATE ivr_flow_versions SET graph = $4, note = $5, problems = $6, validated_at = now(), updated_at = now()
       WHERE tenant_id = $1 AND flow_id = $2 AND version = $3`,
      [tenantId, flowId, version, JSON.stringify(pure), note, JSON.stringify(problems)],
    );
  } else {
    await c.query(
      `INSERT INTO ivr_flow_versions (tenant_id, flow_id, version, graph, note, problems, validated_at, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,now(),$7)`,
      [tenantId, flowId, version, JSON.stringify(pure), note, JSON.stringify(problems), userId],
    );
  }
  await c.query("UPDATE ivr_flows SET updated_at = now() WHERE tenant_id = $1 AND id = $2", [tenantId, flowId]);
  return { version, problems };
}

/** Checks a WAV upload is what the media engine plays: RIFF/WAVE, mono, 8 kHz, PCM16 or G.711. */
function checkWav(b64: string): Buffer {
  const buf = Buffer.from(b64, "base64");
  if (buf.length < 44 || buf.toString("latin1", 0, 4) !== "RIFF" || buf.toString("latin1", 8, 12) !== "WAVE") {
    throw new ApiError("validation_failed", "audioBase64: not a WAV file", { field: "audioBase64" });
  }
  let off = 12;
  while (off + 8 <= buf.length) {
    const id = buf.toString("latin1", off, off + 4);
    const size = buf.readUInt32LE(off + 4);
    if (id === "fmt ") {
      const format = buf.readUInt16LE(off + 8);
      const channels = buf.readUInt16LE(off + 10);
      const rate = buf.readUInt32LE(off + 12);
      const bits = buf.readUInt16LE(off + 22);
      const ok = channels === 1 && rate === 8000 && ((format === 1 && bits === 16) || ((format === 6 || format === 7) && bits === 8));
      if (!ok) throw new ApiError("validation_failed", "audioBase64: must be 8 kHz mono, 16-bit PCM or G.711", { field: "audioBase64" });
      return buf;
    }
    off += 8 + size + (size & 1);
  }
  throw new ApiError("validation_failed", "audioBase64: WAV without a fmt chunk", { field: "audioBase64" });
}

function storeAudio(dataDir: string, tenantId: string, changeId: string, wav: Buffer): string {
  const rel = join("prompts", tenantId, `${changeId}.wav`);
  const full = join(dataDir, rel);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(`${full}.tmp`, wav);
  renameSync(`${full}.tmp`, full);
  return rel;
}

interface ChangeInput {
  kind?: "tts" | "recording";
  voice?: string;
  text?: string;
  audioBase64?: string;
  note?: string;
}

/** Inserts a change request for a prompt (content checked against its kind). */
async function requestChange(c: Tx, deps: ApiDeps, tenantId: string, prompt: Row, b: ChangeInput, userId: string | null): Promise<Row> {
  const kind = b.kind ?? prompt.kind;
  if (kind === "tts" && !b.text) throw new ApiError("validation_failed", "text: required for a text-to-prompt", { field: "text" });
  if (kind === "recording" && !b.audioBase64) throw new ApiError("validation_failed", "audioBase64: required for a recording", { field: "audioBase64" });
  const wav = kind === "recording" ? checkWav(b.audioBase64 as string) : null;
  const row = (
    await c.query(
      `INSERT INTO ivr_prompt_changes (tenant_id, prompt_id, kind, voice, text, note, requested_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING *`,
      [tenantId, prompt.id, kind, kind === "tts" ? (b.voice ?? (prompt.voice || "en")) : "", kind === "tts" ? b.text : "", b.note ?? "", userId],
    )
  ).rows[0];
  if (wav) {
    row.audio_path = storeAudio(deps.dataDir, tenantId, row.id, wav);
    await c.query("UPDATE ivr_prompt_changes SET audio_path = $3 WHERE tenant_id = $1 AND id = $2", [tenantId, row.id, row.audio_path]);
  }
  row.prompt_name = prompt.name;
  return row;
}

/** The change a decision applies to: the given one (must belong to the prompt) or the prompt's latest in `status`. */
async function pickChange(c: Tx, tenantId: string, promptId: string, changeId: string | undefined, status: string): Promise<Row> {
  const row = changeId
    ? (await c.query("SELECT * FROM ivr_prompt_changes WHERE tenant_id = $1 AND prompt_id = $2 AND id = $3 FOR UPDATE", [tenantId, promptId, changeId])).rows[0]
    : (
        await c.query(
          "SELECT * FROM ivr_prompt_changes WHERE tenant_id = $1 AND prompt_id = $2 AND status = $3 ORDER BY requested_at DESC LIMIT 1 FOR UPDATE",
          [tenantId, promptId, status],
        )
      ).rows[0];
  if (!row) throw new ApiError("not_found", changeId ? "no such change request" : `no ${status} change request for this prompt`);
  if (row.status !== status) throw new ApiError("conflict", `change request is ${row.status}, not ${status}`);
  return row;
}

export function registerIvr(r: Router, deps: ApiDeps): void {
  const { db } = deps;
  let renderer: PromptRenderer | null = null;
  const userOf = (ctx: Ctx) => (ctx.user as AuthUser).id ?? null;

  r.add("get", "/api/v1/ivr/steps", { auth: READERS, summary: "Step catalogue for flow editors: parameters, defaults, exits, examples", tag: "ivr" }, async () => ({
    json: { items: STEP_CATALOG },
  }));

  // ---- flows ----
  r.add("get", "/api/v1/ivr/flows", { auth: READERS, summary: "IVR flows with published and draft versions", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const rows = await db.tx({ tenantId }, async (c) => (await c.query(`${FLOW_SELECT} WHERE f.tenant_id = $1 ORDER BY f.name`, [tenantId])).rows);
    return { json: { items: rows.map(flowJson) } };
  });

  r.add("post", "/api/v1/ivr/flows", { auth: EDITORS, body: FlowCreate, status: 201, summary: "Create a flow (its first draft is the given graph, or a single hang-up node)", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as { name: string; description?: string; graph?: Record<string, unknown> };
    const out = await db.tx({ tenantId }, async (c) => {
      let f: Row;
      try {
        f = (await c.query("INSERT INTO ivr_flows (tenant_id, name, description) VALUES ($1,$2,$3) RETURNING *", [tenantId, b.name, b.description ?? ""])).rows[0];
      } catch (err) {
        if ((err as { code?: string }).code === "23505") throw new ApiError("conflict", `a flow named ${b.name} already exists`);
        throw err;
      }
      const graph = b.graph ?? { start: "start", nodes: { start: { type: "hangup" } } };
      const d = await saveDraft(c, tenantId, f.id, graph, "", userOf(ctx));
      return { f: { ...f, draft_version: d.version }, d };
    });
    await audit(db, tenantId, ctx, "ivr_flow_create", "ivr_flow", out.f.id, { name: b.name, version: out.d.version });
    return { status: 201, json: { ...flowJson(out.f), draft: { version: out.d.version, valid: out.d.problems.length === 0, problems: out.d.problems } } };
  });

  r.add("get", "/api/v1/ivr/flows/:id", { auth: READERS, summary: "A flow with its draft and published graphs", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "flow");
    const out = await db.tx({ tenantId }, async (c) => {
      const f = (await c.query(`${FLOW_SELECT} WHERE f.tenant_id = $1 AND f.id = $2`, [tenantId, id])).rows[0];
      if (!f) return null;
      const vs = (
        await c.query(
          "SELECT * FROM ivr_flow_versions WHERE tenant_id = $1 AND flow_id = $2 AND (state = 'draft' OR version = $3)",
          [tenantId, id, f.published_version ?? 0],
        )
      ).rows;
      return { f, vs };
    });
    if (!out) throw new ApiError("not_found", "no such flow");
    const draft = out.vs.find((v: Row) => v.state === "draft");
    const pub = out.vs.find((v: Row) => v.version === out.f.published_version);
    return { json: { ...flowJson(out.f), draft: draft ? versionJson(draft, true) : null, published: pub ? versionJson(pub, true) : null } };
  });

  r.add("patch", "/api/v1/ivr/flows/:id", { auth: EDITORS, body: FlowUpdate, summary: "Rename / describe a flow", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "flow");
    const b = ctx.body as { name?: string; description?: string };
    const row = await db.tx({ tenantId }, async (c) => {
      try {
        return (
          await c.query(
            "UPDATE ivr_flows SET name = coalesce($3, name), description = coalesce($4, description), updated_at = now() WHERE tenant_id = $1 AND id = $2 RETURNING id",
            [tenantId, id, b.name ?? null, b.description ?? null],
          )
        ).rows[0];
      } catch (err) {
        if ((err as { code?: string }).code === "23505") throw new ApiError("conflict", `a flow named ${b.name} already exists`);
        throw err;
      }
    });
    if (!row) throw new ApiError("not_found", "no such flow");
    await audit(db, tenantId, ctx, "ivr_flow_update", "ivr_flow", id, { fields: Object.keys(b) });
    const f = await db.tx({ tenantId }, async (c) => (await c.query(`${FLOW_SELECT} WHERE f.tenant_id = $1 AND f.id = $2`, [tenantId, id])).rows[0]);
    return { json: flowJson(f) };
  });

  r.add("del", "/api/v1/ivr/flows/:id", { auth: EDITORS, summary: "Delete a flow (refused while a DID routes to it)", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "flow");
    await db.tx({ tenantId }, async (c) => {
      await lockFlow(c, tenantId, id);
      const used = (await c.query("SELECT number FROM dids WHERE tenant_id = $1 AND flow_id = $2 ORDER BY number", [tenantId, id])).rows;
      if (used.length) throw new ApiError("conflict", `DIDs route to this flow: ${used.map((d: Row) => d.number).join(", ")}`);
      await c.query("DELETE FROM ivr_flows WHERE tenant_id = $1 AND id = $2", [tenantId, id]);
    });
    await audit(db, tenantId, ctx, "ivr_flow_delete", "ivr_flow", id);
    return { json: { ok: true } };
  });

  r.add("put", "/api/v1/ivr/flows/:id/draft", { auth: EDITORS, body: DraftBody, response: ValidationReply, summary: "Save the draft (validated on save; problems returned, publish refuses until none)", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "flow");
    const b = ctx.body as { graph: Record<string, unknown>; note?: string };
    const d = await db.tx({ tenantId }, async (c) => {
      await lockFlow(c, tenantId, id);
      return saveDraft(c, tenantId, id, b.graph, b.note ?? "", userOf(ctx));
    });
    await audit(db, tenantId, ctx, "ivr_flow_draft_save", "ivr_flow", id, { version: d.version, problems: d.problems.length });
    return { json: { version: d.version, valid: d.problems.length === 0, problems: d.problems } };
  });

  r.add("post", "/api/v1/ivr/flows/:id/validate", { auth: EDITORS, response: ValidationReply, summary: "Validate the draft again (prompts and queues may have changed)", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "flow");
    const d = await db.tx({ tenantId }, async (c) => {
      await lockFlow(c, tenantId, id);
      const v = (await c.query("SELECT * FROM ivr_flow_versions WHERE tenant_id = $1 AND flow_id = $2 AND state = 'draft'", [tenantId, id])).rows[0];
      if (!v) throw new ApiError("not_found", "this flow has no draft");
      const problems = await validateForTenant(c, tenantId, { ...v.graph, id, version: v.version });
      await c.query("UPDATE ivr_flow_versions SET problems = $4, validated_at = now() WHERE tenant_id = $1 AND flow_id = $2 AND version = $3", [
        tenantId,
        id,
        v.version,
        JSON.stringify(problems),
      ]);
      return { version: v.version as number, problems };
    });
    return { json: { version: d.version, valid: d.problems.length === 0, problems: d.problems } };
  });

  r.add("post", "/api/v1/ivr/flows/:id/publish", { auth: EDITORS, body: PublishBody, summary: "Publish the draft: new calls run it, calls in progress keep their version", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "flow");
    const b = ctx.body as { note?: string };
    const out = await db.tx({ tenantId }, async (c) => {
      const f = await lockFlow(c, tenantId, id);
      const v = (await c.query("SELECT * FROM ivr_flow_versions WHERE tenant_id = $1 AND flow_id = $2 AND state = 'draft'", [tenantId, id])).rows[0];
      if (!v) throw new ApiError("conflict", "nothing to publish: this flow has no draft");
      const problems = await validateForTenant(c, tenantId, { ...v.graph, id, version: v.version });
      if (problems.length) {
        await c.query("UPDATE ivr_flow_versions SET problems = $4, validated_at = now() WHERE tenant_id = $1 AND flow_id = $2 AND version = $3", [
          tenantId,
          id,
          v.version,
          JSON.stringify(problems),
        ]);
        return { problems, version: v.version as number, from: f.published_version };
      }
      await c.query(
        `UPDATE ivr_flow_versions SET state = 'published', problems = '[]', validated_at = now(), published_by = $4, published_at = now(),
           note = CASE WHEN $5 = '' THEN note ELSE $5 END
         WHERE tenant_id = $1 AND flow_id = $2 AND version = $3`,
        [tenantId, id, v.version, userOf(ctx), b.note ?? ""],
      );
      await c.query("UPDATE ivr_flows SET published_version = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2", [tenantId, id, v.version]);
      return { problems, version: v.version as number, from: f.published_version };
    });
    if (out.problems.length) {
      const first = out.problems.slice(0, 3).map((p) => (p.node ? `${p.node}: ${p.message}` : p.message));
      throw new ApiError("validation_failed", `draft ${out.version} has ${out.problems.length} problem(s): ${first.join("; ")}`, { field: "graph" });
    }
    await audit(db, tenantId, ctx, "ivr_flow_publish", "ivr_flow", id, { version: out.version, previous: out.from });
    deps.configChanged();
    return { json: { ok: true, publishedVersion: out.version, previousVersion: out.from } };
  });

  r.add("post", "/api/v1/ivr/flows/:id/rollback", { auth: EDITORS, body: RollbackBody, summary: "Publish an earlier published version again (default: the one before the current)", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "flow");
    const b = ctx.body as { version?: number };
    const out = await db.tx({ tenantId }, async (c) => {
      const f = await lockFlow(c, tenantId, id);
      if (!f.published_version) throw new ApiError("conflict", "this flow was never published");
      let target = b.version;
      if (target === undefined) {
        target = (
          await c.query(
            "SELECT max(version) AS v FROM ivr_flow_versions WHERE tenant_id = $1 AND flow_id = $2 AND state = 'published' AND version < $3",
            [tenantId, id, f.published_version],
          )
        ).rows[0].v;
        if (!target) throw new ApiError("conflict", "no earlier published version to roll back to");
      }
      const v = (await c.query("SELECT * FROM ivr_flow_versions WHERE tenant_id = $1 AND flow_id = $2 AND version = $3", [tenantId, id, target])).rows[0];
      if (!v) throw new ApiError("not_found", `no version ${target}`);
      if (v.state !== "published") throw new ApiError("conflict", `version ${target} was never published (publish the draft instead)`);
      if (target === f.published_version) throw new ApiError("conflict", `version ${target} is already published`);
      // Prompts or queues may have gone since: refuse to route calls into a broken version.
      const problems = await validateForTenant(c, tenantId, { ...v.graph, id, version: v.version });
      if (problems.length) {
        const first = problems.slice(0, 3).map((p) => (p.node ? `${p.node}: ${p.message}` : p.message));
        throw new ApiError("validation_failed", `version ${target} no longer validates: ${first.join("; ")}`, { field: "version" });
      }
      await c.query("UPDATE ivr_flows SET published_version = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2", [tenantId, id, target]);
      return { from: f.published_version as number, to: target };
    });
    await audit(db, tenantId, ctx, "ivr_flow_rollback", "ivr_flow", id, { from: out.from, to: out.to });
    deps.configChanged();
    return { json: { ok: true, publishedVersion: out.to, previousVersion: out.from } };
  });

  r.add("get", "/api/v1/ivr/flows/:id/versions", { auth: READERS, query: VersionsQuery, summary: "Version history (newest first); ?version=N returns that version with its graph", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "flow");
    const q = ctx.q as { version?: number };
    const out = await db.tx({ tenantId }, async (c) => {
      const f = (await c.query("SELECT published_version FROM ivr_flows WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rows[0];
      if (!f) return null;
      const args: unknown[] = [tenantId, id];
      let where = "tenant_id = $1 AND flow_id = $2";
      if (q.version !== undefined) {
        args.push(q.version);
        where += " AND version = $3";
      }
      return { f, vs: (await c.query(`SELECT * FROM ivr_flow_versions WHERE ${where} ORDER BY version DESC`, args)).rows };
    });
    if (!out) throw new ApiError("not_found", "no such flow");
    if (q.version !== undefined) {
      const v = out.vs[0];
      if (!v) throw new ApiError("not_found", `no version ${q.version}`);
      return { json: { ...versionJson(v, true), live: v.version === out.f.published_version } };
    }
    return { json: { items: out.vs.map((v: Row) => ({ ...versionJson(v, false), live: v.version === out.f.published_version })) } };
  });

  r.add("post", "/api/v1/ivr/flows/:id/simulate", { auth: READERS, body: SimulateBody, summary: "Dry run a version with scripted digits, canned lookups and a chosen clock (no call, nothing fetched)", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "flow");
    const b = ctx.body as {
      version?: number;
      inputs?: string[];
      vars?: Record<string, string>;
      at?: string;
      http?: ({ status?: number; body: unknown } | "timeout")[];
      queueStats?: Record<string, { waiting: number; ewtS: number; agentsReady: number }>;
    };
    const def = await db.tx({ tenantId }, async (c) => {
      const f = (await c.query("SELECT published_version FROM ivr_flows WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rows[0];
      if (!f) throw new ApiError("not_found", "no such flow");
      let version = b.version;
      if (version === undefined) {
        const d = (await c.query("SELECT version FROM ivr_flow_versions WHERE tenant_id = $1 AND flow_id = $2 AND state = 'draft'", [tenantId, id])).rows[0];
        version = d?.version ?? f.published_version;
      }
      if (!version) throw new ApiError("not_found", "this flow has no version to run");
      const v = await flowForRun(c, tenantId, id, version);
      if (!v) throw new ApiError("not_found", `no version ${version}`);
      return v;
    });
    let flow: ReturnType<typeof compileFlow>;
    try {
      flow = compileFlow(def);
    } catch (err) {
      if (err instanceof FlowError) throw new ApiError("validation_failed", `version ${def.version} does not compile: ${err.message}`, { field: "version" });
      throw err;
    }
    const out = await simulateFlow(flow, { inputs: b.inputs, vars: b.vars, at: b.at ? Date.parse(b.at) : undefined, http: b.http, queueStats: b.queueStats });
    return { json: { version: def.version, ...out } };
  });

  // ---- DID -> flow ----
  r.add("patch", "/api/v1/ivr/dids/:number", { auth: EDITORS, body: DidFlowBody, summary: "Route a DID to a flow (null: back to its queue); no flowId: just read", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const number = ctx.params[0] as string;
    const b = ctx.body as { flowId?: string | null };
    const row = await db.tx({ tenantId }, async (c) => {
      const d = (await c.query("SELECT number, queue_id, flow_id FROM dids WHERE tenant_id = $1 AND number = $2 FOR UPDATE", [tenantId, number])).rows[0];
      if (!d || b.flowId === undefined) return d;
      if (b.flowId !== null) {
        const f = (await c.query("SELECT published_version FROM ivr_flows WHERE tenant_id = $1 AND id = $2", [tenantId, b.flowId])).rows[0];
        if (!f) throw new ApiError("validation_failed", "flowId: unknown flow", { field: "flowId" });
        if (!f.published_version) throw new ApiError("conflict", "publish the flow before routing a number to it");
      }
      return (await c.query("UPDATE dids SET flow_id = $3 WHERE tenant_id = $1 AND number = $2 RETURNING number, queue_id, flow_id", [tenantId, number, b.flowId])).rows[0];
    });
    if (!row) throw new ApiError("not_found", "no such number");
    if (b.flowId !== undefined) {
      await audit(db, tenantId, ctx, "ivr_did_route", "did", number, { flowId: b.flowId });
      deps.configChanged();
    }
    return { json: { number: row.number, queueId: row.queue_id, flowId: row.flow_id } };
  });

  r.add("get", "/api/v1/ivr/dids", { auth: READERS, summary: "DIDs with their flow and queue", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const rows = await db.tx({ tenantId }, async (c) => (await c.query("SELECT number, queue_id, flow_id FROM dids WHERE tenant_id = $1 ORDER BY number", [tenantId])).rows);
    return { json: { items: rows.map((d: Row) => ({ number: d.number, queueId: d.queue_id, flowId: d.flow_id })) } };
  });

  // ---- prompts ----
  r.add("get", "/api/v1/ivr/prompts", { auth: READERS, summary: "Prompts (published content) with pending change counts", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const rows = await db.tx({ tenantId }, async (c) =>
      (
        await c.query(
          `SELECT p.*, (SELECT count(*)::int FROM ivr_prompt_changes x WHERE x.tenant_id = p.tenant_id AND x.prompt_id = p.id AND x.status IN ('requested','approved')) AS pending
           FROM ivr_prompts p WHERE p.tenant_id = $1 ORDER BY p.name`,
          [tenantId],
        )
      ).rows,
    );
    return { json: { items: rows.map(promptJson) } };
  });

  r.add("post", "/api/v1/ivr/prompts", { auth: READERS, body: PromptCreate, status: 201, summary: "Create a prompt; its content starts as a change request (request -> approve -> publish)", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as ChangeInput & { name: string };
    const kind = b.kind ?? "tts";
    const out = await db.tx({ tenantId }, async (c) => {
      let p: Row;
      try {
        p = (await c.query("INSERT INTO ivr_prompts (tenant_id, name, kind, voice) VALUES ($1,$2,$3,$4) RETURNING *", [tenantId, b.name, kind, kind === "tts" ? (b.voice ?? "en") : ""])).rows[0];
      } catch (err) {
        if ((err as { code?: string }).code === "23505") throw new ApiError("conflict", `a prompt named ${b.name} already exists`);
        throw err;
      }
      const ch = await requestChange(c, deps, tenantId, p, { ...b, kind }, userOf(ctx));
      return { p, ch };
    });
    await audit(db, tenantId, ctx, "ivr_prompt_create", "ivr_prompt", out.p.id, { name: b.name });
    await audit(db, tenantId, ctx, "ivr_prompt_change_request", "ivr_prompt", out.p.id, { changeId: out.ch.id, kind });
    return { status: 201, json: { ...promptJson({ ...out.p, pending: 1 }), change: changeJson(out.ch) } };
  });

  r.add("get", "/api/v1/ivr/prompts/:id", { auth: READERS, summary: "A prompt with its change history (who asked, approved, published, when)", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "prompt");
    const out = await db.tx({ tenantId }, async (c) => {
      const p = (await c.query("SELECT * FROM ivr_prompts WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rows[0];
      if (!p) return null;
      const ch = (await c.query("SELECT * FROM ivr_prompt_changes WHERE tenant_id = $1 AND prompt_id = $2 ORDER BY requested_at DESC", [tenantId, id])).rows;
      return { p, ch };
    });
    if (!out) throw new ApiError("not_found", "no such prompt");
    const pending = out.ch.filter((x: Row) => x.status === "requested" || x.status === "approved").length;
    return { json: { ...promptJson({ ...out.p, pending }), changes: out.ch.map((x: Row) => changeJson({ ...x, prompt_name: out.p.name })) } };
  });

  r.add("post", "/api/v1/ivr/prompts/:id/changes", { auth: READERS, body: ChangeRequest, status: 201, summary: "Request a change of a prompt's recording or text", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "prompt");
    const b = ctx.body as ChangeInput;
    const ch = await db.tx({ tenantId }, async (c) => {
      const p = (await c.query("SELECT * FROM ivr_prompts WHERE tenant_id = $1 AND id = $2 FOR UPDATE", [tenantId, id])).rows[0];
      if (!p) throw new ApiError("not_found", "no such prompt");
      return requestChange(c, deps, tenantId, p, b, userOf(ctx));
    });
    await audit(db, tenantId, ctx, "ivr_prompt_change_request", "ivr_prompt", id, { changeId: ch.id, kind: ch.kind });
    return { status: 201, json: changeJson(ch) };
  });

  r.add("get", "/api/v1/ivr/prompts/:id/audio", { auth: READERS, query: AudioQuery, summary: "Listen to a prompt: the published content, or ?change=<id> before approving it (audio/wav, 8 kHz)", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "prompt");
    const changeId = (ctx.q as { change?: string }).change;
    const src = await db.tx({ tenantId }, async (c) => {
      const p = (await c.query("SELECT * FROM ivr_prompts WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rows[0];
      if (!p) throw new ApiError("not_found", "no such prompt");
      if (!changeId) {
        if (!p.revision) throw new ApiError("not_found", "this prompt is not published yet: pass ?change=<id>");
        return p;
      }
      const x = (await c.query("SELECT * FROM ivr_prompt_changes WHERE tenant_id = $1 AND prompt_id = $2 AND id = $3", [tenantId, id, changeId])).rows[0];
      if (!x) throw new ApiError("not_found", "no such change request");
      return x;
    });
    let full: string | null;
    if (src.kind === "recording") full = resolveInDataDir(deps.dataDir, src.audio_path);
    else {
      renderer ??= new PromptRenderer({ cacheDir: join(deps.dataDir, "prompt-cache") });
      full = await renderer.render(src.text, src.voice || "en");
    }
    if (!full) throw new ApiError("not_found", "audio path is invalid");
    let size: number;
    try {
      size = statSync(full).size;
    } catch {
      throw new ApiError("not_found", "audio file is missing");
    }
    return { file: { path: full, size, contentType: "audio/wav" } };
  });

  const decide = (action: "approve" | "reject") =>
    r.add(
      "post",
      `/api/v1/ivr/prompts/:id/${action}`,
      { auth: EDITORS, body: ChangeDecision, summary: `${action === "approve" ? "Approve" : "Reject"} a requested change (default: the latest requested); not by its requester`, tag: "ivr" },
      async (ctx) => {
        const tenantId = await tenantOf(db, ctx);
        const id = idParam(ctx, "prompt");
        const b = ctx.body as { changeId?: string; note?: string };
        const me = userOf(ctx);
        const ch = await db.tx({ tenantId }, async (c) => {
          const p = (await c.query("SELECT name FROM ivr_prompts WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rows[0];
          if (!p) throw new ApiError("not_found", "no such prompt");
          const x = await pickChange(c, tenantId, id, b.changeId, "requested");
          if (x.requested_by && x.requested_by === me) throw new ApiError("forbidden", "four eyes: the requester may not decide on their own change");
          const u = (
            await c.query(
              "UPDATE ivr_prompt_changes SET status = $3, decided_by = $4, decided_at = now(), decision_note = $5 WHERE tenant_id = $1 AND id = $2 RETURNING *",
              [tenantId, x.id, action === "approve" ? "approved" : "rejected", me, b.note ?? ""],
            )
          ).rows[0];
          u.prompt_name = p.name;
          return u;
        });
        await audit(db, tenantId, ctx, `ivr_prompt_change_${action}`, "ivr_prompt", id, { changeId: ch.id });
        return { json: changeJson(ch) };
      },
    );
  decide("approve");
  decide("reject");

  r.add("post", "/api/v1/ivr/prompts/:id/publish", { auth: EDITORS, body: ChangeDecision, summary: "Publish an approved change (default: the latest approved); new plays use it", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "prompt");
    const b = ctx.body as { changeId?: string };
    const out = await db.tx({ tenantId }, async (c) => {
      const p = (await c.query("SELECT * FROM ivr_prompts WHERE tenant_id = $1 AND id = $2 FOR UPDATE", [tenantId, id])).rows[0];
      if (!p) throw new ApiError("not_found", "no such prompt");
      const x = await pickChange(c, tenantId, id, b.changeId, "approved");
      const np = (
        await c.query(
          `UPDATE ivr_prompts SET kind = $3, voice = $4, text = $5, audio_path = $6, revision = revision + 1, updated_at = now()
           WHERE tenant_id = $1 AND id = $2 RETURNING *`,
          [tenantId, id, x.kind, x.voice, x.text, x.audio_path],
        )
      ).rows[0];
      const u = (
        await c.query("UPDATE ivr_prompt_changes SET status = 'published', published_by = $3, published_at = now() WHERE tenant_id = $1 AND id = $2 RETURNING *", [
          tenantId,
          x.id,
          userOf(ctx),
        ])
      ).rows[0];
      u.prompt_name = p.name;
      return { np, u };
    });
    await audit(db, tenantId, ctx, "ivr_prompt_publish", "ivr_prompt", id, { changeId: out.u.id, revision: out.np.revision });
    deps.configChanged();
    return { json: { ...promptJson(out.np), change: changeJson(out.u) } };
  });

  r.add("get", "/api/v1/ivr/prompt-changes", { auth: READERS, query: ChangesQuery, summary: "Prompt change requests of the tenant (newest first), e.g. ?status=requested for the approval queue", tag: "ivr" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const q = ctx.q as { status?: string };
    const args: unknown[] = [tenantId];
    let where = "x.tenant_id = $1";
    if (q.status) {
      args.push(q.status);
      where += " AND x.status = $2";
    }
    const rows = await db.tx({ tenantId }, async (c) =>
      (
        await c.query(
          `SELECT x.*, p.name AS prompt_name FROM ivr_prompt_changes x JOIN ivr_prompts p ON p.id = x.prompt_id AND p.tenant_id = x.tenant_id
           WHERE ${where} ORDER BY x.requested_at DESC LIMIT 500`,
          args,
        )
      ).rows,
    );
    return { json: { items: rows.map(changeJson) } };
  });
}
