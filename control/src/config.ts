// Builds the ConfigSnapshot pushed to core from the database (all tenants).
import { pb, type switchboard } from "@switchboard/proto";
import type { Db } from "./db/index.ts";
import { loadAllPublishedIvr } from "./ivr/index.ts";

const RECORDING: Record<string, number> = {
  always: pb.RecordingPolicy.RECORDING_ALWAYS,
  never: pb.RecordingPolicy.RECORDING_NEVER,
  on_demand: pb.RecordingPolicy.RECORDING_ON_DEMAND,
};

let lastVersion = 0;
/** Monotonic snapshot version (ms clock, strictly increasing within a process). */
function nextVersion(): number {
  lastVersion = Math.max(Date.now(), lastVersion + 1);
  return lastVersion;
}

export async function buildConfigSnapshot(db: Db): Promise<switchboard.v1.IConfigSnapshot> {
  const snap = await buildBase(db);
  // Blacklist / VIP entries still in force.
  const lists = await db.tx({ bypass: true }, async (c) =>
    (await c.query("SELECT tenant_id, kind, number, extension, expires_at FROM number_lists WHERE expires_at IS NULL OR expires_at > now() ORDER BY number")).rows,
  );
  const tenantsById = new Map((snap.tenants ?? []).map((t) => [t.id, t]));
  for (const l of lists) {
    const t = tenantsById.get(l.tenant_id);
    if (!t) continue;
    (t.numberLists ??= []).push({ kind: l.kind, number: l.number, extension: l.extension, expiresMs: l.expires_at ? new Date(l.expires_at).getTime() : 0 });
  }
  // Trunks: the carrier connections core dials out through.
  const trunks = await db.tx({ bypass: true }, async (c) =>
    (await c.query("SELECT tenant_id, id, name, host, port, transport, username, password, caller_id, max_channels, register, register_expires, inbound_sources, max_cps FROM trunks WHERE enabled ORDER BY name, id")).rows,
  );
  for (const tr of trunks) {
    const t = tenantsById.get(tr.tenant_id);
    if (!t) continue;
    (t.trunks ??= []).push({
      id: tr.id,
      name: tr.name,
      host: tr.host,
      port: tr.port,
      transport: tr.transport,
      username: tr.username,
      password: tr.password,
      callerId: tr.caller_id,
      maxChannels: tr.max_channels,
      register: tr.register,
      registerExpires: tr.register_expires,
      inboundSources: Array.isArray(tr.inbound_sources) ? tr.inbound_sources : [],
      maxCps: tr.max_cps,
    });
  }
  // IVR: published flow versions, published prompts, DID -> flow.
  const byTenant = new Map((snap.tenants ?? []).map((t) => [t.id, t]));
  for (const ivr of await loadAllPublishedIvr(db)) {
    const t = byTenant.get(ivr.tenantId);
    if (!t) continue;
    t.flows = ivr.flows.map((f) => ({ id: f.id, version: f.version, definition: JSON.stringify(f) }));
    t.prompts = ivr.prompts.map((p) => ({ name: p.name, kind: p.kind, voice: p.voice, text: p.text, file: p.audioPath }));
    const flowOf = new Map(ivr.dids.map((d) => [d.number, d.flowId]));
    for (const d of t.dids ?? []) {
      const f = flowOf.get(d.number ?? "");
      if (f) d.flowId = f;
    }
  }
  return snap;
}

async function buildBase(db: Db): Promise<switchboard.v1.IConfigSnapshot> {
  return db.tx({ bypass: true }, async (c) => {
    const tenants = await c.query(
      "SELECT id, name, sip_domains, recording_policy, max_concurrent_calls, max_cps FROM tenants ORDER BY created_at, id",
    );
    const dids = await c.query("SELECT tenant_id, number, queue_id FROM dids ORDER BY number");
    const queues = await c.query(
      "SELECT tenant_id, id, name, strategy, ring_timeout_s, wrapup_s, max_wait_s, max_length, sl_target_s, required_skills, announce_every_s, announce_lang FROM queues ORDER BY slug",
    );
    const agents = await c.query(
      "SELECT tenant_id, id, job_number, extension, display_name, ha1_md5, ha1_sha256, max_concurrent, skills FROM agents ORDER BY job_number",
    );
    const members = await c.query("SELECT agent_id, queue_id FROM queue_members ORDER BY queue_id");
    const queuesOf = new Map<string, string[]>();
    for (const m of members.rows) {
      const list = queuesOf.get(m.agent_id) ?? [];
      list.push(m.queue_id);
      queuesOf.set(m.agent_id, list);
    }
    const byTenant = new Map<string, switchboard.v1.ITenantConfig>();
    const out: switchboard.v1.ITenantConfig[] = [];
    for (const t of tenants.rows) {
      const tc: switchboard.v1.ITenantConfig = {
        id: t.id,
        name: t.name,
        sipDomains: t.sip_domains,
        dids: [],
        queues: [],
        agents: [],
        recording: RECORDING[t.recording_policy] ?? pb.RecordingPolicy.RECORDING_ALWAYS,
        maxConcurrentCalls: t.max_concurrent_calls,
        maxCps: t.max_cps,
      };
      byTenant.set(t.id, tc);
      out.push(tc);
    }
    for (const d of dids.rows) byTenant.get(d.tenant_id)?.dids?.push({ number: d.number, queueId: d.queue_id ?? "" });
    for (const q of queues.rows) {
      byTenant.get(q.tenant_id)?.queues?.push({
        id: q.id,
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
    }
    for (const a of agents.rows) {
      byTenant.get(a.tenant_id)?.agents?.push({
        id: a.id,
        jobNumber: a.job_number,
        extension: a.extension,
        ha1Md5: a.ha1_md5,
        ha1Sha256: a.ha1_sha256,
        displayName: a.display_name,
        queueIds: queuesOf.get(a.id) ?? [],
        skills: ((a.skills ?? []) as { name: string; level: number }[]).map((k) => ({ name: k.name, level: k.level })),
        maxConcurrent: a.max_concurrent,
      });
    }
    return { version: nextVersion(), tenants: out };
  });
}
