// Configuration CRUD (agents, queues, DIDs). Every write is audited and
// pushes a new ConfigSnapshot to core (live, no restart).
import { hashPassword, randomPassword, sipHa1 } from "../auth/passwords.ts";
import type { Tx } from "../db/index.ts";
import { ADMINS, type ApiDeps, TENANT_ROLES, agentsWithState, audit, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import type { Ctx, Router } from "./router.ts";
import { Agent, AgentCreate, AgentUpdate, Did, DidCreate, DidUpdate, ListOf, Ok, QueueCreate, QueueUpdate } from "./schemas.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Maps constraint violations to API errors. */
export function pgError(err: unknown, what: string): never {
  const code = (err as { code?: string }).code;
  if (code === "23505") throw new ApiError("conflict", `${what} already exists`);
  if (code === "23503") throw new ApiError("validation_failed", `${what} refers to something that does not exist`);
  throw err;
}

async function checkQueues(c: Tx, tenantId: string, ids: string[], field = "queueIds"): Promise<void> {
  if (!ids.length) return;
  const r = await c.query("SELECT count(*)::int AS n FROM queues WHERE tenant_id = $1 AND id = ANY($2::uuid[])", [tenantId, ids]);
  if (r.rows[0].n !== new Set(ids).size) throw new ApiError("validation_failed", `${field}: unknown queue`, { field });
}

async function setMembership(c: Tx, tenantId: string, agentId: string, queueIds: string[]): Promise<void> {
  await checkQueues(c, tenantId, queueIds);
  await c.query("DELETE FROM queue_members WHERE tenant_id = $1 AND agent_id = $2", [tenantId, agentId]);
  for (const q of new Set(queueIds)) {
    await c.query("INSERT INTO queue_members (tenant_id, queue_id, agent_id) VALUES ($1, $2, $3)", [tenantId, q, agentId]);
  }
}

async function realmOf(c: Tx, tenantId: string): Promise<string> {
  const r = await c.query("SELECT sip_domains FROM tenants WHERE id = $1", [tenantId]);
  const realm = r.rows[0]?.sip_domains?.[0];
  if (!realm) throw new ApiError("conflict", "the tenant has no SIP domain (digest realm) yet");
  return realm;
}

// biome-ignore lint/suspicious/noExplicitAny: a pg row
const queueJson = (q: any) => ({
  id: q.id,
  slug: q.slug,
  name: q.name,
  strategy: q.strategy,
  ringTimeoutS: q.ring_timeout_s,
  wrapupS: q.wrapup_s,
  maxWaitS: q.max_wait_s,
  maxLength: q.max_length,
  slTargetS: q.sl_target_s,
  requiredSkills: q.required_skills ?? [],
  announceEveryS: q.announce_every_s,
  announceLang: q.announce_lang,
});

function idParam(ctx: Ctx, what: string): string {
  const id = ctx.params[0] ?? "";
  if (!UUID_RE.test(id)) throw new ApiError("not_found", `no such ${what}`);
  return id;
}

export function registerAdmin(r: Router, deps: ApiDeps): void {
  const { db } = deps;
  const changed = () => deps.configChanged();

  // ---------------------------------------------------------------- agents
  r.add("post", "/api/v1/agents", { auth: ADMINS, body: AgentCreate, status: 201, summary: "Create an agent (SIP password returned once)", tag: "agents" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as {
      jobNumber: string;
      extension?: string;
      displayName?: string;
      sipPassword?: string;
      consolePassword?: string;
      queueIds?: string[];
      maxConcurrent?: number;
      skills?: { name: string; level: number }[];
    };
    const sipPassword = b.sipPassword ?? randomPassword();
    const extension = b.extension ?? b.jobNumber;
    const pwHash = b.consolePassword ? await hashPassword(b.consolePassword) : null;
    const id = await db
      .tx({ tenantId }, async (c) => {
        const ha1 = sipHa1(extension, await realmOf(c, tenantId), sipPassword);
        const a = await c.query(
          `INSERT INTO agents (tenant_id, job_number, extension, display_name, ha1_md5, ha1_sha256, max_concurrent, skills)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
          [tenantId, b.jobNumber, extension, b.displayName ?? "", ha1.md5, ha1.sha256, b.maxConcurrent ?? 1, JSON.stringify(b.skills ?? [])],
        );
        const agentId = a.rows[0].id as string;
        await setMembership(c, tenantId, agentId, b.queueIds ?? []);
        if (pwHash) {
          await c.query("INSERT INTO users (tenant_id, username, password_hash, role, agent_id) VALUES ($1,$2,$3,'agent',$4)", [
            tenantId,
            b.jobNumber,
            pwHash,
            agentId,
          ]);
        }
        return agentId;
      })
      .catch((e) => pgError(e, "an agent with this job number or extension (or a user with this username)"));
    await audit(db, tenantId, ctx, "agent_create", "agent", id, { jobNumber: b.jobNumber, extension });
    changed();
    return { status: 201, json: { id, jobNumber: b.jobNumber, extension, sipPassword } };
  });

  r.add("get", "/api/v1/agents/:agentId", { auth: TENANT_ROLES, response: Agent, summary: "One agent with live state", tag: "agents" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "agent");
    const a = (await agentsWithState(deps, tenantId)).agents.find((x) => x.id === id);
    if (!a) throw new ApiError("not_found", "no such agent");
    return { json: a };
  });

  r.add("patch", "/api/v1/agents/:agentId", { auth: ADMINS, body: AgentUpdate, response: Ok, summary: "Update an agent", tag: "agents" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "agent");
    const b = ctx.body as { displayName?: string; sipPassword?: string; queueIds?: string[]; maxConcurrent?: number; skills?: { name: string; level: number }[] };
    await db.tx({ tenantId }, async (c) => {
      const cur = await c.query("SELECT extension FROM agents WHERE tenant_id = $1 AND id = $2 FOR UPDATE", [tenantId, id]);
      if (!cur.rowCount) throw new ApiError("not_found", "no such agent");
      if (b.displayName !== undefined) await c.query("UPDATE agents SET display_name = $3 WHERE tenant_id = $1 AND id = $2", [tenantId, id, b.displayName]);
      if (b.maxConcurrent !== undefined) await c.query("UPDATE agents SET max_concurrent = $3 WHERE tenant_id = $1 AND id = $2", [tenantId, id, b.maxConcurrent]);
      if (b.skills !== undefined) await c.query("UPDATE agents SET skills = $3 WHERE tenant_id = $1 AND id = $2", [tenantId, id, JSON.stringify(b.skills)]);
      if (b.sipPassword !== undefined) {
        const ha1 = sipHa1(cur.rows[0].extension, await realmOf(c, tenantId), b.sipPassword);
        await c.query("UPDATE agents SET ha1_md5 = $3, ha1_sha256 = $4 WHERE tenant_id = $1 AND id = $2", [tenantId, id, ha1.md5, ha1.sha256]);
      }
      if (b.queueIds !== undefined) await setMembership(c, tenantId, id, b.queueIds);
    });
    await audit(db, tenantId, ctx, "agent_update", "agent", id, { fields: Object.keys(b) });
    changed();
    return { json: { ok: true } };
  });

  r.add("del", "/api/v1/agents/:agentId", { auth: ADMINS, response: Ok, summary: "Delete an agent (and its console login)", tag: "agents" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "agent");
    await db.tx({ tenantId }, async (c) => {
      await c.query("DELETE FROM users WHERE tenant_id = $1 AND agent_id = $2 AND role = 'agent'", [tenantId, id]);
      const d = await c.query("DELETE FROM agents WHERE tenant_id = $1 AND id = $2", [tenantId, id]);
      if (!d.rowCount) throw new ApiError("not_found", "no such agent");
    });
    await audit(db, tenantId, ctx, "agent_delete", "agent", id);
    changed();
    return { json: { ok: true } };
  });

  // ---------------------------------------------------------------- queues
  r.add("post", "/api/v1/queues", { auth: ADMINS, body: QueueCreate, status: 201, summary: "Create a queue", tag: "queues" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as Record<string, unknown>;
    const row = await db
      .tx({ tenantId }, async (c) =>
        (
          await c.query(
            `INSERT INTO queues (tenant_id, slug, name, strategy, ring_timeout_s, wrapup_s, max_wait_s, max_length, sl_target_s, required_skills)
             VALUES ($1,$2,$3,coalesce($4,'longest_idle'),coalesce($5,20),coalesce($6,0),coalesce($7,0),coalesce($8,0),coalesce($9,15),coalesce($10::text[],'{}')) RETURNING *`,
            [tenantId, b.slug, b.name, b.strategy ?? null, b.ringTimeoutS ?? null, b.wrapupS ?? null, b.maxWaitS ?? null, b.maxLength ?? null, b.slTargetS ?? null, b.requiredSkills ?? null],
          )
        ).rows[0],
      )
      .catch((e) => pgError(e, "a queue with this slug"));
    await audit(db, tenantId, ctx, "queue_create", "queue", row.id, { slug: b.slug });
    changed();
    return { status: 201, json: queueJson(row) };
  });

  r.add("patch", "/api/v1/queues/:queueId", { auth: ADMINS, body: QueueUpdate, summary: "Update a queue", tag: "queues" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "queue");
    const b = ctx.body as Record<string, unknown>;
    const cols: Record<string, string> = {
      name: "name",
      strategy: "strategy",
      ringTimeoutS: "ring_timeout_s",
      wrapupS: "wrapup_s",
      maxWaitS: "max_wait_s",
      maxLength: "max_length",
      slTargetS: "sl_target_s",
      requiredSkills: "required_skills",
      announceEveryS: "announce_every_s",
      announceLang: "announce_lang",
    };
    const sets: string[] = [];
    const args: unknown[] = [tenantId, id];
    for (const [k, col] of Object.entries(cols)) {
      if (b[k] === undefined) continue;
      args.push(b[k]);
      sets.push(`${col} = $${args.length}`);
    }
    const row = await db.tx({ tenantId }, async (c) =>
      (await c.query(`UPDATE queues SET ${sets.length ? sets.join(", ") : "name = name"} WHERE tenant_id = $1 AND id = $2 RETURNING *`, args)).rows[0],
    );
    if (!row) throw new ApiError("not_found", "no such queue");
    await audit(db, tenantId, ctx, "queue_update", "queue", id, { fields: Object.keys(b) });
    changed();
    return { json: queueJson(row) };
  });

  r.add("del", "/api/v1/queues/:queueId", { auth: ADMINS, response: Ok, summary: "Delete a queue (its DIDs stop routing)", tag: "queues" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const id = idParam(ctx, "queue");
    const n = await db.tx({ tenantId }, async (c) => (await c.query("DELETE FROM queues WHERE tenant_id = $1 AND id = $2", [tenantId, id])).rowCount);
    if (!n) throw new ApiError("not_found", "no such queue");
    await audit(db, tenantId, ctx, "queue_delete", "queue", id);
    changed();
    return { json: { ok: true } };
  });

  // ---------------------------------------------------------------- DIDs
  r.add("get", "/api/v1/dids", { auth: TENANT_ROLES, response: ListOf(Did), summary: "The tenant's numbers", tag: "dids" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const rows = await db.tx({ tenantId }, async (c) =>
      (await c.query("SELECT number, queue_id FROM dids WHERE tenant_id = $1 ORDER BY number", [tenantId])).rows,
    );
    return { json: { items: rows.map((d) => ({ number: d.number, queueId: d.queue_id })) } };
  });

  // Numbers belong to the platform's carrier contracts: only the platform admin gives one to a tenant
  // (?tenant=<slug>) or takes it back; a tenant admin routes its own numbers (PATCH).
  r.add("post", "/api/v1/dids", { auth: ["platform_admin"], body: DidCreate, status: 201, response: Did, summary: "Give a number to a tenant (?tenant=<slug>; globally unique)", tag: "dids" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const b = ctx.body as { number: string; queueId: string | null };
    await db
      .tx({ tenantId }, async (c) => {
        if (b.queueId) await checkQueues(c, tenantId, [b.queueId], "queueId");
        // The number is global: look across tenants (bypass) only to answer "taken".
        await c.query("INSERT INTO dids (number, tenant_id, queue_id) VALUES ($1,$2,$3)", [b.number, tenantId, b.queueId]);
      })
      .catch((e) => pgError(e, "this number"));
    await audit(db, tenantId, ctx, "did_create", "did", b.number, { queueId: b.queueId });
    changed();
    return { status: 201, json: { number: b.number, queueId: b.queueId } };
  });

  r.add("patch", "/api/v1/dids/:number", { auth: ADMINS, body: DidUpdate, response: Did, summary: "Route a number to a queue", tag: "dids" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const number = ctx.params[0] as string;
    const b = ctx.body as { queueId: string | null };
    const n = await db.tx({ tenantId }, async (c) => {
      if (b.queueId) await checkQueues(c, tenantId, [b.queueId], "queueId");
      return (await c.query("UPDATE dids SET queue_id = $3 WHERE tenant_id = $1 AND number = $2", [tenantId, number, b.queueId])).rowCount;
    });
    if (!n) throw new ApiError("not_found", "no such number");
    await audit(db, tenantId, ctx, "did_update", "did", number, { queueId: b.queueId });
    changed();
    return { json: { number, queueId: b.queueId } };
  });

  r.add("del", "/api/v1/dids/:number", { auth: ["platform_admin"], response: Ok, summary: "Take a number back from a tenant (?tenant=<slug>)", tag: "dids" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const number = ctx.params[0] as string;
    const n = await db.tx({ tenantId }, async (c) => (await c.query("DELETE FROM dids WHERE tenant_id = $1 AND number = $2", [tenantId, number])).rowCount);
    if (!n) throw new ApiError("not_found", "no such number");
    await audit(db, tenantId, ctx, "did_delete", "did", number);
    changed();
    return { json: { ok: true } };
  });
}
