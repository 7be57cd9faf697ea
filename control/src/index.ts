// Control plane entry: PostgreSQL (migrations, seed), the core link, and the
// uWebSockets.js HTTP/WS server (REST under /api/v1, events, console files).
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import pino from "pino";
import type { us_listen_socket } from "uWebSockets.js";
import { Auth, type SecurityOptions } from "./auth/sessions.ts";
import { buildConfigSnapshot } from "./config.ts";
import { CoreLink } from "./corelink/index.ts";
import { Db, migrate } from "./db/index.ts";
import { Dispatcher, type DispatcherOptions, type WebhookEvent, enqueue } from "./hooks/index.ts";
import { Spool } from "./hooks/spool.ts";
import { registerAdmin } from "./http/admin.ts";
import { registerApi } from "./http/api.ts";
import { registerCrm } from "./http/crm.ts";
import { registerIntegrations } from "./http/integrations.ts";
import { registerIvr } from "./http/ivr.ts";
import { registerTenants } from "./http/tenants.ts";
import { registerTickets } from "./http/tickets.ts";
import { registerBulk } from "./http/bulk.ts";
import { registerEntities } from "./http/entities.ts";
import { registerCustomRoles } from "./http/customroles.ts";
import { screenPop } from "./http/crm.ts";
import { regions } from "./geo/index.ts";
import { registerSystem } from "./http/system.ts";
import { registerReports } from "./http/reports.ts";
import { registerVoicemail } from "./http/voicemail.ts";
import { startRetentionSweeper } from "./retention/index.ts";
import { registerMonitor, registerRecordingControl } from "./http/monitor.ts";
import { registerDispositions } from "./http/dispositions.ts";
import { registerTransfer } from "./http/transfer.ts";
import { callJson, agentJson } from "./http/live.ts";
import { registerOpenApi } from "./http/openapi.ts";
import { type RouteInfo, Router } from "./http/router.ts";
import { registerStatic } from "./http/static.ts";
import { publishEvent, publishScreenPop, registerEvents } from "./http/ws.ts";
import { pb } from "@switchboard/proto";
import { type DemoCredentials, readDemoCredentials, seedDemo } from "./seed.ts";
import { loadNativeUws } from "./uws.ts";

export { ensureEmbeddedPostgres } from "./db/index.ts";
export type { EmbeddedPostgres } from "./db/index.ts";
export type { DemoCredentials } from "./seed.ts";
export type { AuthUser, Role, SecurityOptions } from "./auth/sessions.ts";
export { ERROR_STATUS, type ErrorCode } from "./http/errors.ts";
import { isDbUnavailable } from "./http/errors.ts";
export { buildOpenApi } from "./http/openapi.ts";
export { sign as signWebhook, WEBHOOK_EVENTS, type WebhookEvent } from "./hooks/index.ts";
export type { RouteInfo } from "./http/router.ts";

export interface ControlOptions {
  /** PostgreSQL connection string (required). */
  databaseUrl: string;
  /** Data folder; recordings are resolved relative to it; demo-credentials.json lives here. */
  dataDir: string;
  /** HTTP bind address. Default "127.0.0.1". */
  httpHost?: string;
  /** HTTP port. Default 8080; 0 = any free port (see Control.httpPort). */
  httpPort?: number;
  /** Core's protobuf TCP server. */
  coreApi: { host: string; port: number };
  /** Built console files (console/dist). Default: none (a hint page is served at "/"). */
  consoleDir?: string;
  /** pino level. Default "info". */
  logLevel?: string;
  /** Seed the demo tenant when the database has no tenant. Default true. */
  seed?: boolean;
  /** SIP host added to the demo tenant's sip_domains. Default "127.0.0.1". */
  sipHost?: string;
  /** SIP port (informational). Default 5060. */
  sipPort?: number;
  /** Login rate-limit/lockout/session settings (defaults in SecurityOptions). */
  security?: SecurityOptions;
  /** Core link reconnect bounds, ms. Defaults 200 / 5000. */
  coreReconnectMinMs?: number;
  coreReconnectMaxMs?: number;
  /** How often due reminders are looked for, ms. Default 1000. */
  reminderTickMs?: number;
  /** How often open WebSockets re-check their session (closed when it ended), ms. Default 30000. */
  wsRecheckMs?: number;
  /** How long start-up waits for an unreachable database, ms. Default 30000. */
  dbWaitMs?: number;
  /** Webhook dispatcher tuning (poll, attempts, backoff, timeouts). Defaults in DispatcherOptions. */
  webhooks?: Omit<DispatcherOptions, "db" | "log">;
}

export interface Control {
  httpPort: number;
  demoCredentials: DemoCredentials | null;
  /** The link to core (connection state, counters, config push). */
  core: CoreLink;
  /** Sends a fresh ConfigSnapshot to core (call after any config change). */
  configChanged(): Promise<void>;
  /** Every REST route with its roles and schemas (the OpenAPI source). */
  routes: RouteInfo[];
  /** Webhook dispatcher (counters). */
  webhooks: Dispatcher;
  close(): Promise<void>;
}

export async function startControl(opts: ControlOptions): Promise<Control> {
  if (!opts || typeof opts.databaseUrl !== "string" || !opts.databaseUrl) throw new TypeError("databaseUrl is required");
  if (typeof opts.dataDir !== "string" || !opts.dataDir) throw new TypeError("dataDir is required");
  if (!opts.coreApi || typeof opts.coreApi.host !== "string" || !Number.isInteger(opts.coreApi.port)) {
    throw new TypeError("coreApi {host, port} is required");
  }
  // Refuse to start before touching anything if uWS would run on its JS fallback.
  const uws = loadNativeUws();
  const log = pino({ level: opts.logLevel ?? "info", base: { svc: "control" } });
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const db = new Db(opts.databaseUrl);
  let core: CoreLink | null = null;
  let hooks: Dispatcher | null = null;
  let hookTimer: NodeJS.Timeout | null = null;
  let houseTimer: NodeJS.Timeout | null = null;
  let spoolTimer: NodeJS.Timeout | null = null;
  let wsTimer: NodeJS.Timeout | null = null;
  let reminderTimer: NodeJS.Timeout | null = null;
  let listen: us_listen_socket | false = false;
  try {
    // The database may still be starting (or briefly away): wait for it instead of failing the start.
    const waitUntil = Date.now() + (opts.dbWaitMs ?? 30_000);
    let applied: number[];
    for (let delay = 200; ; delay = Math.min(delay * 2, 2000)) {
      try {
        applied = await migrate(db.pool);
        break;
      } catch (err) {
        if (!isDbUnavailable(err) || Date.now() + delay > waitUntil) throw err;
        log.warn({ err: (err as Error).message }, "database not reachable yet; retrying");
        await new Promise((r) => setTimeout(r, delay));
      }
    }
    if (applied.length) log.info({ applied }, "migrations applied");
    if (opts.seed ?? true) {
      if (await seedDemo(db, dataDir, opts.sipHost ?? "127.0.0.1")) log.info("seeded demo tenant");
    }
    const auth = new Auth(db, opts.security);
    const app = uws.App();
    hooks = new Dispatcher({ db, log: log.child({ mod: "webhooks" }), ...opts.webhooks });
    const dispatcher = hooks;
    // Tenants with at least one active webhook: live events of other tenants skip the database.
    let hookTenants = new Set<string>();
    const refreshHookTenants = async () => {
      try {
        const r = await db.tx({ bypass: true }, (c) => c.query("SELECT DISTINCT tenant_id FROM webhooks WHERE active"));
        hookTenants = new Set(r.rows.map((x) => x.tenant_id as string));
      } catch {}
    };
    await refreshHookTenants();
    regions.warm(); // the region tables load in their worker while we start
    hookTimer = setInterval(refreshHookTenants, 5000);
    hookTimer.unref();
    // Housekeeping: expired sessions, and delivered webhook rows after 30 days (their log goes with them).
    // Due reminders go to their owner's event stream once (notified_at), at most a second late.
    const pushReminders = async () => {
      try {
        const due = await db.tx({ bypass: true }, async (c) =>
          (
            await c.query(
              `UPDATE reminders SET notified_at = now() WHERE id IN (
                 SELECT id FROM reminders WHERE NOT done AND notified_at IS NULL AND due_at <= now() ORDER BY due_at LIMIT 500 FOR UPDATE SKIP LOCKED)
               RETURNING id, user_id, title, due_at, customer_id, ticket_id`,
            )
          ).rows,
        );
        for (const r of due) {
          app.publish(
            `u/${r.user_id}`,
            JSON.stringify({ type: "reminder", id: r.id, title: r.title, dueAt: new Date(r.due_at).toISOString(), customerId: r.customer_id, ticketId: r.ticket_id }),
            false,
          );
        }
      } catch {
        // database away: next tick
      }
    };
    reminderTimer = setInterval(() => void pushReminders(), opts.reminderTickMs ?? 1000);
    reminderTimer.unref();
    const housekeeping = async () => {
      auth.prune();
      try {
        await db.tx({ bypass: true }, async (c) => {
          await c.query("DELETE FROM sessions WHERE expires_at < now()");
          await c.query("DELETE FROM webhook_outbox WHERE status = 'delivered' AND delivered_at < now() - interval '30 days'");
        });
      } catch (err) {
        log.warn({ err }, "housekeeping failed");
      }
    };
    void housekeeping();
    houseTimer = setInterval(housekeeping, 10 * 60_000);
    houseTimer.unref();
    let liveHookChain: Promise<unknown> = Promise.resolve();
    const liveCalls = new Map<string, import("@switchboard/proto").switchboard.v1.ICallStateEvent>();
    const liveToHook = (ev: import("@switchboard/proto").switchboard.v1.IEvent) => {
      let tenantId = "";
      let type: "call.offered" | "call.answered" | "agent.state" | null = null;
      let data: unknown = null;
      if (ev.call) {
        tenantId = ev.call.tenantId ?? "";
        const j = callJson(ev.call);
        type = j.phase === "offered" ? "call.offered" : j.phase === "answered" ? "call.answered" : null;
        data = j;
      } else if (ev.agent) {
        tenantId = ev.agent.tenantId ?? "";
        type = "agent.state";
        data = agentJson(ev.agent);
      }
      if (!type || !hookTenants.has(tenantId)) return;
      const rec: LiveHookRecord = { tenantId, type, data };
      liveHookChain = liveHookChain
        .then(async () => {
          // Behind anything already spooled, to keep the order.
          if (spool.size > 0) return spool.append(rec);
          try {
            if (await enqueueLive(rec)) dispatcher.kick();
          } catch (err) {
            if (isDbUnavailable(err)) spool.append(rec);
            else throw err;
          }
        })
        .catch((err) => log.warn({ err }, "could not enqueue webhook for a live event"));
    };
    // Live events that could not reach the outbox while PostgreSQL was away wait on disk.
    const spool = new Spool<LiveHookRecord>(join(dataDir, "spool", "webhook-events.jsonl"));
    const enqueueLive = (rec: LiveHookRecord) => db.tx({ tenantId: rec.tenantId }, (c) => enqueue(c, rec.tenantId, rec.type, rec.data));
    spoolTimer = setInterval(() => {
      if (spool.size === 0) return;
      liveHookChain = liveHookChain
        .then(() => spool.drain(enqueueLive))
        .then((n) => n && dispatcher.kick())
        .catch(() => undefined); // still away: try again later
    }, 1000);
    spoolTimer.unref();
    core = new CoreLink({
      host: opts.coreApi.host,
      port: opts.coreApi.port,
      db,
      dataDir,
      log: log.child({ mod: "corelink" }),
      buildSnapshot: () => buildConfigSnapshot(db),
      onLiveEvent: (ev) => {
        publishEvent(app, ev);
        liveToHook(ev);
        if (ev.call?.callId) {
          // Live calls (latest state), so a late screen pop never resurrects an ended call or rewinds its phase.
          if (ev.call.phase === pb.CallPhase.CALL_ENDED) liveCalls.delete(ev.call.callId);
          else {
            liveCalls.set(ev.call.callId, ev.call);
            if (liveCalls.size > 100_000) liveCalls.delete(liveCalls.keys().next().value as string);
          }
        }
        // Screen pop: an offered call brings the caller's record to the console.
        const call = ev.call;
        if (call && call.phase === pb.CallPhase.CALL_OFFERED && call.tenantId && call.caller) {
          const tenantId = call.tenantId;
          screenPop(db, tenantId, call.caller, { callId: call.callId ?? "", callee: call.callee ?? "", agentId: call.agentId ?? "" })
            .then((pop) => {
              const ivr = { ...(call.data ?? {}) };
              const region = pop.region.location ?? pop.region.country;
              publishScreenPop(app, tenantId, call.agentId ?? "", { type: "screenpop", callId: call.callId ?? "", agentId: call.agentId ?? "", ivr, ...pop });
              // The same data merged into the call (the console keeps screen-pop fields on the call by callId).
              const now = liveCalls.get(call.callId ?? "");
              if (!now) return; // ended meanwhile
              const c = pop.customer;
              publishScreenPop(app, tenantId, call.agentId ?? "", {
                type: "call",
                ...callJson(now),
                ivr,
                region,
                customer: c
                  ? {
                      id: c.id,
                      name: c.name,
                      phone: call.caller,
                      company: c.company,
                      vipLevel: c.vipLevel,
                      region,
                      tags: c.tags,
                      notes: c.notes,
                      history: pop.history.map((h) => ({ startMs: h.startMs, summary: h.disposition ? `${h.disposition.label}${h.disposition.notes ? `: ${h.disposition.notes}` : ""}` : h.hangupCause, agent: h.agentId })),
                    }
                  : null,
              });
            })
            .catch((err) => log.warn({ err }, "screen pop failed"));
        }
      },
      // Transactional outbox: the webhook rows commit with the CDR or not at all.
      cdrInTx: async (c, cdr, rec) => {
        const tenantId = cdr.tenantId as string;
        const data = pbCdrJson(cdr);
        await enqueue(c, tenantId, "call.ended", data);
        if (cdr.recordingPath) {
          await enqueue(c, tenantId, "recording.ready", {
            callId: cdr.callId,
            bytes: rec?.bytes ?? null,
            sha256: rec?.sha256 ?? null,
            durationMs: rec?.durationMs ?? null,
            url: `/api/v1/recordings/${encodeURIComponent(cdr.callId ?? "")}`,
          });
        }
        if (cdr.vars?.voicemail_path) {
          await enqueue(c, tenantId, "voicemail.recorded", {
            callId: cdr.callId,
            box: cdr.vars.voicemail_box ?? "",
            caller: cdr.caller,
            url: `/api/v1/voicemail/${encodeURIComponent(cdr.callId ?? "")}`,
          });
        }
      },
      onCdr: (cdr) => {
        publishEvent(app, { cdr });
        dispatcher.kick();
      },
      reconnectMinMs: opts.coreReconnectMinMs,
      reconnectMaxMs: opts.coreReconnectMaxMs,
    });
    const router = new Router(app, auth, log.child({ mod: "http" }));
    const link0 = core;
    const deps = {
      db,
      auth,
      core,
      dataDir,
      log: log.child({ mod: "ws" }),
      configChanged: () => void link0.pushConfig(),
      kickHooks: () => {
        dispatcher.kick();
        void refreshHookTenants();
      },
      notifyUser: (userId: string, msg: Record<string, unknown>) => {
        app.publish(`u/${userId}`, JSON.stringify(msg), false);
      },
    };
    registerApi(router, deps);
    registerAdmin(router, deps);
    registerCrm(router, deps);
    registerIntegrations(router, deps, opts.webhooks?.allowPrivateTargets ?? false);
    registerTenants(router, deps);
    registerTickets(router, deps);
    registerBulk(router, deps);
    registerEntities(router, deps, app);
    registerCustomRoles(router, deps);
    registerIvr(router, deps);
    registerSystem(router, deps);
    registerReports(router, deps);
    registerVoicemail(router, deps);
    registerMonitor(router, deps);
    registerRecordingControl(router, deps);
    registerDispositions(router, deps);
    registerTransfer(router, deps);
    registerOpenApi(app, router.routes);
    const recheckSockets = registerEvents(app, deps);
    // Sockets outlive requests: close those whose session ended (logout, expiry, password or role change).
    wsTimer = setInterval(() => void recheckSockets().catch(() => undefined), opts.wsRecheckMs ?? 30_000);
    wsTimer.unref();
    registerStatic(app, opts.consoleDir);

    const host = opts.httpHost ?? "127.0.0.1";
    const port = opts.httpPort ?? 8080;
    listen = await new Promise<us_listen_socket | false>((res) => app.listen(host, port, (s) => res(s)));
    if (!listen) throw new Error(`control could not listen on ${host}:${port}`);
    const httpPort = uws.us_socket_local_port(listen);
    core.start();
    dispatcher.start();
    // Recording retention: at start and hourly (RETENTION_SWEEP_MS overrides, for operators and tests).
    const stopRetention = startRetentionSweeper(db, dataDir, Number(process.env.RETENTION_SWEEP_MS) || 3_600_000, (err) =>
      log.warn({ err }, "retention sweep failed"),
    );
    log.info({ host, port: httpPort, core: opts.coreApi }, "control listening");

    const link = core;
    const sock = listen;
    let closed = false;
    return {
      httpPort,
      demoCredentials: readDemoCredentials(dataDir),
      core: link,
      configChanged: () => link.pushConfig(),
      routes: router.routes,
      webhooks: dispatcher,
      close: async () => {
        if (closed) return;
        closed = true;
        stopRetention();
        if (hookTimer) clearInterval(hookTimer);
        if (houseTimer) clearInterval(houseTimer);
        if (spoolTimer) clearInterval(spoolTimer);
        if (wsTimer) clearInterval(wsTimer);
        if (reminderTimer) clearInterval(reminderTimer);
        await liveHookChain.catch(() => undefined);
        await dispatcher.close();
        uws.us_listen_socket_close(sock);
        (app as unknown as { close(): void }).close(); // in the native build, absent from the typings: closes all sockets
        await link.close();
        await db.close();
      },
    };
  } catch (err) {
    if (listen) uws.us_listen_socket_close(listen);
    if (hookTimer) clearInterval(hookTimer);
    if (houseTimer) clearInterval(houseTimer);
    if (spoolTimer) clearInterval(spoolTimer);
    if (wsTimer) clearInterval(wsTimer);
    if (reminderTimer) clearInterval(reminderTimer);
    await hooks?.close();
    await core?.close();
    await db.close().catch(() => undefined);
    throw err;
  }
}

interface LiveHookRecord {
  tenantId: string;
  type: WebhookEvent;
  data: unknown;
}

/** One leg's quality under the REST CDR's names (customerJitterMs, ...); nulls when not measured. */
function qualityJson(side: "customer" | "agent", q: import("@switchboard/proto").switchboard.v1.ILegQuality | null | undefined) {
  return {
    [`${side}JitterMs`]: q ? (q.jitterMs ?? 0) : null,
    [`${side}Lost`]: q ? (q.lost ?? 0) : null,
    [`${side}LossFraction`]: q ? (q.lossFraction ?? 0) : null,
    [`${side}RttMs`]: q ? (q.rttMs ?? 0) : null,
  };
}

/** The webhook payload of a CDR (same field names as the REST CDR). */
function pbCdrJson(c: import("@switchboard/proto").switchboard.v1.ICdr) {
  return {
    callId: c.callId ?? "",
    tenantId: c.tenantId ?? "",
    sipCallId: c.sipCallId ?? "",
    direction: c.direction ?? "",
    caller: c.caller ?? "",
    callee: c.callee ?? "",
    startMs: Number(c.startMs ?? 0),
    answerMs: Number(c.answerMs ?? 0),
    endMs: Number(c.endMs ?? 0),
    queueId: c.queueId ?? "",
    queueWaitMs: Number(c.queueWaitMs ?? 0),
    agentId: c.agentId ?? "",
    hangupCause: c.hangupCause ?? "",
    hangupSide: c.hangupSide ?? "",
    sipStatus: c.sipStatus ?? 0,
    mos: c.mos ?? 0,
    ...qualityJson("customer", c.customerQuality),
    ...qualityJson("agent", c.agentQuality),
    recording: c.recordingPath ? `/api/v1/recordings/${encodeURIComponent(c.callId ?? "")}` : null,
  };
}
