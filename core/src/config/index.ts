// Core's view of configuration: the last ConfigSnapshot control pushed,
// indexed for the lookups the call path makes on every request, and cached
// on disk so core keeps switching calls when control is away at start-up.
import type { BlockList } from "node:net";
import { inList, parseAddressList } from "../net/index.ts";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { pb, type switchboard } from "@switchboard/proto";
import { type FlowDef, FlowRegistry, type TenantPrompt } from "../ivr/index.ts";

type ITenant = switchboard.v1.ITenantConfig;
type IAgent = switchboard.v1.IAgentConfig;
type IQueue = switchboard.v1.IQueueConfig;

export interface TenantView {
  id: string;
  name: string;
  realm: string;
  domains: string[];
  recording: "always" | "never" | "on_demand";
  maxConcurrentCalls: number;
  maxCps: number;
  raw: ITenant;
}
export interface TrunkView {
  id: string;
  tenantId: string;
  name: string;
  host: string;
  /** 5060 when not configured (see portGiven) */
  port: number;
  /** false: the trunk gave no port, so RFC 3263 SRV lookups apply to a host name */
  portGiven: boolean;
  transport: "udp" | "tcp" | "tls";
  /** false: no transport configured ("udp" above is the default), so RFC 3263 NAPTR lookups apply */
  transportGiven: boolean;
  username: string;
  password: string;
  callerId: string;
  maxChannels: number;
  register: boolean;
  registerExpires: number;
  /** Sources the carrier sends from (null = none listed: the trunk does not gate inbound calls). */
  inboundSources: BlockList | null;
  /** New calls per second through the trunk, both ways (0 = unlimited). */
  maxCps: number;
}
export interface AgentView {
  id: string;
  tenantId: string;
  jobNumber: string;
  extension: string;
  displayName: string;
  ha1Md5: string;
  ha1Sha256: string;
  queueIds: string[];
  skills: Record<string, number>;
  maxConcurrent: number;
}
export interface QueueView {
  id: string;
  tenantId: string;
  name: string;
  strategy: string;
  ringTimeoutMs: number;
  wrapUpMs: number;
  maxWaitMs: number;
  maxLength: number;
  requiredSkills: string[];
  slTargetMs: number;
  /** Position/EWT announcement period (0 = off) and language. */
  announceEveryMs: number;
  announceLang: "zh" | "en" | "zh_en";
}

const recordingName = (p: number | null | undefined): TenantView["recording"] =>
  p === pb.RecordingPolicy.RECORDING_NEVER ? "never" : p === pb.RecordingPolicy.RECORDING_ON_DEMAND ? "on_demand" : "always";

/** Indexed configuration. Replaced wholesale on every snapshot. */
export class ConfigStore {
  version = 0;
  /** Flows of the last snapshot that did not compile (skipped). */
  flowErrors: Array<{ tenantId: string; flowId: string; error: string }> = [];
  readonly tenants = new Map<string, TenantView>();
  private readonly byDomain = new Map<string, TenantView>();
  private readonly byDid = new Map<string, { tenantId: string; queueId: string; flowId: string }>();
  /** Published IVR flows per tenant (compiled once per version). */
  readonly flows = new FlowRegistry();
  private readonly prompts = new Map<string, TenantPrompt>(); // tenantId\0name
  private readonly lists = new Map<string, { kind: "block" | "vip"; extension: string; expiresMs: number }>(); // tenantId\0number
  private readonly agentsById = new Map<string, AgentView>();
  private readonly agentsByExt = new Map<string, AgentView>(); // tenantId + "\0" + extension
  private readonly queuesById = new Map<string, QueueView>();
  private readonly trunksByTenant = new Map<string, TrunkView[]>();
  private listeners: Array<(store: ConfigStore) => void> = [];

  /**
   * @param cachePath where the last snapshot is kept (default: none).
   */
  constructor(private readonly cachePath: string | null = null) {}

  onChange(fn: (store: ConfigStore) => void): void {
    this.listeners.push(fn);
  }

  /** Load the cached snapshot, if any; returns whether one was loaded. */
  loadCache(): boolean {
    if (!this.cachePath) return false;
    try {
      const snap = pb.ConfigSnapshot.decode(readFileSync(this.cachePath));
      this.apply(snap, false);
      return true;
    } catch {
      return false;
    }
  }

  apply(snap: switchboard.v1.IConfigSnapshot, persist = true): void {
    this.tenants.clear();
    this.byDomain.clear();
    this.byDid.clear();
    this.prompts.clear();
    this.lists.clear();
    this.flowErrors = [];
    this.agentsById.clear();
    this.agentsByExt.clear();
    this.queuesById.clear();
    this.trunksByTenant.clear();
    for (const t of snap.tenants ?? []) {
      if (!t.id) continue;
      const tenantId = t.id;
      const domains = (t.sipDomains ?? []).map((d) => d.toLowerCase());
      const view: TenantView = {
        id: t.id,
        name: t.name ?? "",
        realm: domains[0] ?? t.id,
        domains,
        recording: recordingName(t.recording),
        maxConcurrentCalls: t.maxConcurrentCalls ?? 0,
        maxCps: t.maxCps ?? 0,
        raw: t,
      };
      this.tenants.set(t.id, view);
      for (const d of domains) if (!this.byDomain.has(d)) this.byDomain.set(d, view);
      for (const q of t.queues ?? []) this.addQueue(t.id, q);
      for (const a of t.agents ?? []) this.addAgent(t.id, a);
      for (const d of t.dids ?? []) {
        if (d.number && (d.queueId || d.flowId)) this.byDid.set(d.number, { tenantId: t.id, queueId: d.queueId ?? "", flowId: d.flowId ?? "" });
      }
      const defs: FlowDef[] = [];
      for (const f of t.flows ?? []) {
        try {
          defs.push({ ...(JSON.parse(f.definition ?? "{}") as FlowDef), id: f.id ?? "", version: f.version ?? 0 });
        } catch {
          // a flow that does not parse is skipped; control validated it on publish
        }
      }
      this.flowErrors.push(...this.flows.replace(tenantId, defs).map((e) => ({ tenantId, ...e })));
      const trunks: TrunkView[] = [];
      for (const tr of t.trunks ?? []) {
        if (!tr.id || !tr.host) continue;
        const transport = tr.transport === "tcp" || tr.transport === "tls" ? tr.transport : "udp";
        trunks.push({
          id: tr.id,
          tenantId,
          name: tr.name ?? "",
          host: tr.host,
          port: tr.port || 5060,
          portGiven: !!tr.port,
          transport,
          transportGiven: tr.transport === "udp" || tr.transport === "tcp" || tr.transport === "tls",
          username: tr.username ?? "",
          password: tr.password ?? "",
          callerId: tr.callerId ?? "",
          maxChannels: tr.maxChannels ?? 0,
          register: !!tr.register,
          registerExpires: tr.registerExpires || 3600,
          // Control validated the entries; one that still does not parse is
          // skipped (pushed configuration never stops the switch).
          inboundSources: tr.inboundSources?.length ? parseAddressList(tr.inboundSources, () => {}) : null,
          maxCps: tr.maxCps ?? 0,
        });
      }
      this.trunksByTenant.set(tenantId, trunks);
      for (const l of t.numberLists ?? []) {
        if (!l.number || (l.kind !== "block" && l.kind !== "vip")) continue;
        this.lists.set(`${tenantId}\0${l.number}`, { kind: l.kind, extension: l.extension ?? "", expiresMs: Number(l.expiresMs ?? 0) });
      }
      for (const p of t.prompts ?? []) {
        if (!p.name) continue;
        this.prompts.set(
          `${t.id}\0${p.name}`,
          p.kind === "recording" ? { kind: "recording", file: p.file ?? "" } : { kind: "tts", voice: p.voice || "zh", text: p.text ?? "" },
        );
      }
    }
    this.version = Number(snap.version ?? 0);
    if (persist && this.cachePath) {
      mkdirSync(dirname(this.cachePath), { recursive: true });
      const tmp = `${this.cachePath}.tmp`;
      writeFileSync(tmp, pb.ConfigSnapshot.encode(snap).finish());
      renameSync(tmp, this.cachePath);
    }
    for (const fn of this.listeners) fn(this);
  }

  private addQueue(tenantId: string, q: IQueue): void {
    if (!q.id) return;
    this.queuesById.set(q.id, {
      id: q.id,
      tenantId,
      name: q.name ?? q.id,
      strategy: q.strategy || "longest_idle",
      ringTimeoutMs: (q.ringTimeoutS || 20) * 1000,
      wrapUpMs: (q.wrapupS ?? 0) * 1000,
      maxWaitMs: (q.maxWaitS ?? 0) * 1000,
      maxLength: q.maxLength ?? 0,
      requiredSkills: q.requiredSkills ?? [],
      slTargetMs: (q.slTargetS || 15) * 1000,
      announceEveryMs: (q.announceEveryS ?? 0) * 1000,
      announceLang: q.announceLang === "en" || q.announceLang === "zh_en" ? q.announceLang : "zh",
    });
  }

  private addAgent(tenantId: string, a: IAgent): void {
    if (!a.id) return;
    const skills: Record<string, number> = {};
    for (const s of a.skills ?? []) if (s.name) skills[s.name] = s.level ?? 1;
    const view: AgentView = {
      id: a.id,
      tenantId,
      jobNumber: a.jobNumber ?? "",
      extension: a.extension ?? "",
      displayName: a.displayName ?? "",
      ha1Md5: a.ha1Md5 ?? "",
      ha1Sha256: a.ha1Sha256 ?? "",
      queueIds: a.queueIds ?? [],
      skills,
      maxConcurrent: a.maxConcurrent || 1,
    };
    this.agentsById.set(a.id, view);
    if (view.extension) this.agentsByExt.set(`${tenantId}\0${view.extension}`, view);
  }

  /** RFC 3261 §10.3 step 1 / §16.4: the domain decides whose registrar we are. */
  tenantForDomain(host: string): TenantView | undefined {
    return this.byDomain.get(host.toLowerCase());
  }
  did(number: string): { tenantId: string; queueId: string; flowId: string } | undefined {
    return this.byDid.get(number);
  }
  /** Every trunk of every tenant (outbound registration). */
  allTrunks(): TrunkView[] {
    return [...this.trunksByTenant.values()].flat();
  }
  /** The tenant's outbound trunks, in preference order. */
  trunks(tenantId: string): TrunkView[] {
    return this.trunksByTenant.get(tenantId) ?? [];
  }
  /**
   * The carrier trunk a call to one of the tenant's DIDs arrives on, by its
   * source address. `gated` says whether the tenant restricts inbound calls
   * to its trunks' sources (some trunk lists sources); a gated call with no
   * trunk is refused by the caller of this method.
   */
  inboundTrunk(tenantId: string, source: string): { gated: boolean; trunk: TrunkView | undefined } {
    let gated = false;
    for (const t of this.trunks(tenantId)) {
      if (!t.inboundSources) continue;
      gated = true;
      if (inList(t.inboundSources, source)) return { gated, trunk: t };
    }
    return { gated, trunk: undefined };
  }
  /** Blacklist / VIP entry of a caller number in a tenant, if in force. */
  numberList(tenantId: string, number: string): { kind: "block" | "vip"; extension: string } | undefined {
    const e = this.lists.get(`${tenantId}\0${number}`);
    if (!e || (e.expiresMs && e.expiresMs < Date.now())) return undefined;
    return e;
  }
  /** A tenant prompt by name (recordings have paths relative to DATA_DIR). */
  prompt(tenantId: string, name: string): TenantPrompt | undefined {
    return this.prompts.get(`${tenantId}\0${name}`);
  }
  agent(id: string): AgentView | undefined {
    return this.agentsById.get(id);
  }
  agentByExtension(tenantId: string, ext: string): AgentView | undefined {
    return this.agentsByExt.get(`${tenantId}\0${ext}`);
  }
  queue(id: string): QueueView | undefined {
    return this.queuesById.get(id);
  }
  agents(): IterableIterator<AgentView> {
    return this.agentsById.values();
  }
  queues(): IterableIterator<QueueView> {
    return this.queuesById.values();
  }
}
