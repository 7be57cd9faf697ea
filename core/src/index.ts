// core: the switch. SIP signalling, B2BUA call state and ACD in this
// thread; RTP in media worker threads; a protobuf API for control.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pino, type Logger } from "pino";
import { pb, type switchboard } from "@switchboard/proto";
import { ApiServer, Outbox } from "./api/index.ts";
import { AuthGuard, CallManager, Registrant, Registrar } from "./call/index.ts";
import { ConfigStore } from "./config/index.ts";
import { DEFAULT_IVR_HTTP_DENY, makeFetchHttp, parseAddressList, PromptLibrary, PromptRenderer } from "./ivr/index.ts";
import { MediaEngine } from "./media/index.ts";
import { RecordingPostProcessor } from "./recording/index.ts";
import { shutdownWebRtc, WebRtcSessions } from "./webrtc/index.ts";
import { NonceManager, SipStack, ensureSelfSignedCert } from "./sip/index.ts";

export interface CoreOptions {
  /** Where recordings, the CDR spool and the config cache live. Required. */
  dataDir: string;
  /** SIP bind address (default "127.0.0.1"). */
  sipHost?: string;
  /** SIP port for UDP and TCP (default 5060; 0 = any free port). */
  sipPort?: number;
  /** RFC 3261 T1 in ms (default 500); tests shorten it so 64*T1 timers run out in seconds. */
  sipTimerT1Ms?: number;
  /**
   * SIP over TLS (RFC 3261 §26.2) port: default undefined = TLS off; 0 = any free port. Certificate and key
   * (PEM paths) default to a self-signed pair generated at first start in `<dataDir>/core/tls`.
   */
  sipTlsPort?: number;
  sipTlsCert?: string;
  sipTlsKey?: string;
  /** SIP over WebSocket (RFC 7118, ws://, subprotocol "sip") port: default undefined = off; 0 = any free port. */
  sipWsPort?: number;
  /** SIP over secure WebSocket (wss://) port, with the TLS certificate above: default undefined = off; 0 = any. */
  sipWssPort?: number;
  /** DNS servers for RFC 3263 lookups of trunk hosts ("ip" or "ip:port"; default: the system resolver). */
  dnsServers?: string[];
  /** Protobuf API for control (default 127.0.0.1:5070; port 0 = any). */
  apiHost?: string;
  apiPort?: number;
  /** RTP port range (default 20000-30000). */
  rtpPortMin?: number;
  rtpPortMax?: number;
  /** Media worker threads (default: one per core). */
  mediaWorkers?: number;
  /**
   * SCHED_RR priority of the media workers' packet threads (Linux, needs
   * CAP_SYS_NICE; see core/src/media/README.md). Default 0: normal scheduling.
   */
  mediaRealtimePriority?: number;
  /** pino level (default "info"). */
  logLevel?: string;
  /** How long a browser that lost its connection may take to come back before its call ends (default 30000 ms). */
  webrtcGraceMs?: number;
  /**
   * Accept browsers that offer Opus but no PCMU (the media engine transcodes
   * Opus <-> G.711). Browsers that offer PCMU always get PCMU. Default false.
   */
  webrtcOpus?: boolean;
  /** Digest challenges offered to phones, in order (default ["MD5"]; see Registrar). */
  digestAlgorithms?: Array<"MD5" | "SHA-256">;
  /** Switch-wide calls in progress before 503 (default 0 = unlimited). */
  maxCalls?: number;
  /** Switch-wide new calls per second before 503 (default 0 = unlimited). */
  maxCps?: number;
  /** In-dialog OPTIONS probe of legs silent this long, ms (default 300000; 0 = off; env SIP_DIALOG_PROBE_S). */
  dialogProbeMs?: number;
  /**
   * A configuration to start with (JSON of ConfigSnapshot, e.g. for core
   * standalone in benchmarks or a node without control). Default: the cache.
   */
  configFile?: string;
  /**
   * Addresses IVR http_lookup steps may not connect to, comma-separated IPs
   * or CIDRs (default DEFAULT_IVR_HTTP_DENY: loopback, link-local, multicast,
   * unspecified; "" = no policy).
   */
  ivrHttpDeny?: string;
  /** Exceptions to ivrHttpDeny, same syntax (default "": none). */
  ivrHttpAllow?: string;
  /** Node id in Hello messages (default "core-<pid>"). */
  nodeId?: string;
}

export interface Core {
  sipPort: number;
  /** 0 when off */
  sipTlsPort: number;
  /** 0 when off */
  sipWsPort: number;
  /** 0 when off */
  sipWssPort: number;
  apiPort: number;
  stack: SipStack;
  calls: CallManager;
  config: ConfigStore;
  media: MediaEngine;
  log: Logger;
  close(): Promise<void>;
}

export async function startCore(opts: CoreOptions): Promise<Core> {
  const log = pino({ level: opts.logLevel ?? "info", base: { svc: "core" } });
  // Parsed before anything starts: a typo in the policy stops start-up (TypeError).
  const denySpec = opts.ivrHttpDeny ?? DEFAULT_IVR_HTTP_DENY;
  const ivrHttp = makeFetchHttp({
    deny: denySpec ? parseAddressList(denySpec) : undefined,
    allow: opts.ivrHttpAllow ? parseAddressList(opts.ivrHttpAllow) : undefined,
  });
  const nodeId = opts.nodeId ?? `core-${process.pid}`;
  const config = new ConfigStore(join(opts.dataDir, "core", "config.pb"));
  if (opts.configFile) {
    const json = JSON.parse(readFileSync(opts.configFile, "utf8")) as Record<string, unknown>;
    config.apply(pb.ConfigSnapshot.fromObject(json), false);
    log.info({ version: config.version, file: opts.configFile }, "configuration loaded from file");
  } else if (config.loadCache()) log.info({ version: config.version }, "configuration loaded from cache");
  const outbox = new Outbox(join(opts.dataDir, "core", "outbox"));
  if (outbox.size) log.warn({ pending: outbox.size }, "unacknowledged CDRs in the spool will be replayed to control");

  const media = await MediaEngine.start({
    host: opts.sipHost ?? "127.0.0.1",
    portMin: opts.rtpPortMin ?? 20000,
    portMax: opts.rtpPortMax ?? 30000,
    workers: opts.mediaWorkers,
    dataDir: opts.dataDir,
    realtimePriority: opts.mediaRealtimePriority ?? 0,
  });
  media.on("workerError", (i: number, err: unknown) => log.error({ worker: i, err }, "media worker failed"));
  if ((opts.mediaRealtimePriority ?? 0) > 0 && (await media.workerInfo()).some((w) => !w.realtime)) {
    log.warn({ priority: opts.mediaRealtimePriority }, "media workers run at normal priority: SCHED_RR refused (needs root or CAP_SYS_NICE, and chrt)");
  }

  // Forward declarations resolved below: the stack needs the call manager
  // for requests, the call manager needs the stack to send.
  let calls: CallManager | null = null;
  let tlsOpt: { key: Buffer; cert: Buffer; port: number | undefined; listen: boolean } | undefined;
  if (opts.sipTlsPort !== undefined || opts.sipWssPort !== undefined) {
    if (opts.sipTlsCert && opts.sipTlsKey) {
      tlsOpt = { key: readFileSync(opts.sipTlsKey), cert: readFileSync(opts.sipTlsCert), port: opts.sipTlsPort, listen: opts.sipTlsPort !== undefined };
    } else {
      const own = ensureSelfSignedCert(join(opts.dataDir, "core", "tls"), opts.sipHost ?? "127.0.0.1");
      if (own.created) log.warn({ cert: own.certPath }, "SIP TLS: generated a self-signed certificate (set SIP_TLS_CERT/SIP_TLS_KEY for one your peers trust)");
      tlsOpt = { key: own.key, cert: own.cert, port: opts.sipTlsPort, listen: opts.sipTlsPort !== undefined };
    }
  }
  const stack = new SipStack({
    host: opts.sipHost ?? "127.0.0.1",
    port: opts.sipPort ?? 5060,
    timerT1Ms: opts.sipTimerT1Ms,
    tls: tlsOpt,
    ws: opts.sipWsPort !== undefined ? { port: opts.sipWsPort } : undefined,
    wss: opts.sipWssPort !== undefined ? { port: opts.sipWssPort } : undefined,
    dns: opts.dnsServers?.length ? { servers: opts.dnsServers } : undefined,
    onRequest: (tx) => calls?.onRequest(tx),
    onAck: (ack) => calls?.onAck(ack),
    onResponseOutsideTransaction: (res, source) => calls?.onResponseOutsideTransaction(res, source),
    onAckTimeout: (res) => calls?.onAckTimeout(res),
  });
  let api: ApiServer | null = null;
  const sink = {
    publish: (ev: switchboard.v1.IEvent) => api?.publish(ev),
    // Before the API is up (journal recovery at start) durable events go
    // straight to the outbox; the API replays it to control on connect.
    publishDurable: (ev: switchboard.v1.IEvent, onDurable?: () => void) => {
      if (api) api.publishDurable(ev, onDurable);
      else {
        outbox.append(ev);
        outbox.whenDurable(() => onDurable?.());
      }
    },
  };
  const guard = new AuthGuard((kind, tenantId, source, user) => {
    log.warn({ kind, tenantId, source, user }, "sip auth");
    // Durable: security events belong in the audit log (spooled like CDRs).
    sink.publishDurable({ security: { tenantId, kind, source, user, tsMs: Date.now() } });
  });
  const registrar = new Registrar(config, new NonceManager(), guard, (tenant, agent, bindings) => {
    sink.publish({
      registration: {
        tenantId: tenant.id,
        extension: agent.extension,
        contact: bindings[0]?.contact ?? "",
        expires: bindings[0] ? Math.round((bindings[0].expiresAt - Date.now()) / 1000) : 0,
        source: bindings[0] ? `${bindings[0].source.address}:${bindings[0].source.port}` : "",
      },
    });
    calls?.registrationChanged(agent);
  }, { digestOrder: opts.digestAlgorithms });
  const postProcessor = new RecordingPostProcessor();
  // Agents' browsers (WebRTC): one persistent session per agent (docs/webrtc.md).
  const webrtc = new WebRtcSessions({
    engine: media,
    onEvent: (ev) => {
      const agent = config.agent(ev.agentId);
      sink.publish({
        webrtc: { tenantId: agent?.tenantId ?? "", agentId: ev.agentId, sessionId: ev.sessionId, state: ev.state, reason: ev.reason },
      });
      calls?.webrtcState(ev);
    },
    leg: { bindAddress: opts.sipHost ?? "127.0.0.1", opus: opts.webrtcOpus ?? false },
    graceMs: opts.webrtcGraceMs ?? 30_000,
  });
  calls = new CallManager(stack, config, registrar, media, sink, {
    log: (m, err) => log.error({ err }, m),
    journalDir: join(opts.dataDir, "core", "active-calls"),
    prompts: new PromptLibrary(new PromptRenderer({ cacheDir: join(opts.dataDir, "prompts", "cache") })),
    dataDir: opts.dataDir,
    postProcessor,
    webrtc,
    webrtcGraceMs: opts.webrtcGraceMs ?? 30_000,
    maxCalls: opts.maxCalls,
    maxCps: opts.maxCps,
    dialogProbeMs: opts.dialogProbeMs,
    ivrHttpFetch: ivrHttp,
  });
  const callManager = calls;
  const registrant = new Registrant(stack, config, (r, trunk) =>
    log.info({ trunk: trunk.name, state: r.state, status: r.status }, "trunk registration"),
  );

  api = new ApiServer(nodeId, outbox, {
    onConfig: (snap) => {
      const first = config.version === 0;
      config.apply(snap);
      log.info({ version: config.version, tenants: config.tenants.size }, "configuration applied");
      // The supervisor (and tests) wait for this line whatever LOG_LEVEL says.
      if (first) console.log(JSON.stringify({ level: 30, svc: "core", msg: "core configured", version: config.version }));
    },
    onCommand: (cmd) => {
      switch (cmd.cmd) {
        case "agentSetState": {
          const c = cmd.agentSetState!;
          return callManager.setAgentState(c.tenantId ?? "", c.agentId ?? "", c.status ?? 0, c.reason ?? "");
        }
        case "originate": {
          const o = cmd.originate!;
          return callManager.originate(o.tenantId ?? "", o.agentId ?? "", o.destination ?? "", o.callerId ?? "");
        }
        case "monitor": {
          const m = cmd.monitor!;
          return callManager.monitor(m.tenantId ?? "", m.callId ?? "", m.agentId ?? "", m.mode ?? "");
        }
        case "hangup":
          return callManager.hangupById(cmd.hangup!.tenantId ?? "", cmd.hangup!.callId ?? "", cmd.hangup!.agentId ?? "");
        case "webrtcOffer": {
          const w = cmd.webrtcOffer!;
          const agent = config.agent(w.agentId ?? "");
          if (!agent || agent.tenantId !== w.tenantId) return { ok: false, code: "not_agent", reason: "no such agent" };
          return webrtc.offer(agent.id, w.sdp ?? "", w.resumeSessionId ?? "").then(
            (r) => ({ ok: true, sessionId: r.sessionId, sdp: r.sdp }),
            (err: Error & { code?: string }) => ({ ok: false, code: err.code ?? "bad_sdp", reason: err.message }),
          );
        }
        case "webrtcBye": {
          const w = cmd.webrtcBye!;
          const agent = config.agent(w.agentId ?? "");
          if (!agent || agent.tenantId !== w.tenantId) return { ok: false, code: "not_found", reason: "no such agent" };
          return Promise.resolve(webrtc.bye(agent.id, w.sessionId ?? "")).then(() => ({ ok: true }));
        }
        case "answerCall": {
          const a = cmd.answerCall!;
          return callManager.answerCall(a.tenantId ?? "", a.agentId ?? "", a.callId ?? "");
        }
        case "holdCall": {
          const h = cmd.holdCall!;
          return callManager.holdCall(h.tenantId ?? "", h.callId ?? "", !!h.on);
        }
        case "transferCall": {
          const x = cmd.transferCall!;
          return callManager.transferCall(x.tenantId ?? "", x.callId ?? "", x.target ? { kind: x.target.kind ?? "", value: x.target.value ?? "" } : null);
        }
        case "consultCall": {
          const x = cmd.consultCall!;
          return callManager.consultCall(x.tenantId ?? "", x.callId ?? "", x.action ?? "", x.target ? { kind: x.target.kind ?? "", value: x.target.value ?? "" } : null);
        }
        case "snapshot": {
          const tenantId = cmd.snapshot!.tenantId ?? "";
          const snapshot = callManager.snapshot(tenantId);
          if (!tenantId) {
            snapshot.counters = counters();
            // What the media workers themselves hold (legs, bound RTP port pairs): the ground truth for "no media
            // leg outlived its call". A worker busy past 1 s leaves these two out rather than stalling the reply.
            return Promise.race([media.workerInfo(), new Promise<null>((r) => setTimeout(() => r(null), 1000).unref())]).then((info) => {
              if (info) {
                snapshot.counters!.media_worker_legs = info.reduce((n, w) => n + w.legs, 0);
                snapshot.counters!.media_ports_in_use = info.reduce((n, w) => n + w.ports, 0);
                // Closed legs' socket pairs kept bound for the next legs (not in use: see media/README.md).
                snapshot.counters!.media_spare_pairs = info.reduce((n, w) => n + w.spares, 0);
              }
              return { ok: true, snapshot };
            });
          }
          return { ok: true, snapshot };
        }
        case "recording": {
          const r = cmd.recording!;
          return callManager.recordingControl(r.tenantId ?? "", r.callId ?? "", !!r.pause);
        }
        default:
          return { ok: false, code: "unsupported", reason: `command ${cmd.cmd} not supported yet` };
      }
    },
  }, (m, err) => log.warn({ err }, m));

  const gcOnSnapshot = process.env.SB_TEST_GC === "1";
  const counters = (): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(stack.counters)) out[`sip_${k}`] = v;
    for (const [k, v] of Object.entries(callManager.counters)) out[`calls_${k}`] = v;
    out.calls_active = callManager.activeCalls;
    // Gauges (not counters): what is alive right now. After a load has stopped and 64*T1 (32 s) has passed,
    // every one of them must be back to 0 (test/sip-overload.test.ts).
    const tx = stack.transactionCount;
    out.sip_clientTransactions = tx.client;
    out.sip_serverTransactions = tx.server;
    out.sip_pending2xx = tx.pending2xx;
    const d = callManager.dialogCounts;
    out.calls_dialogs = d.legs + d.detached;
    out.calls_acdCalls = d.acdCalls;
    // hung up, waiting for the media worker to release their legs
    out.calls_ending = d.ending;
    out.media_legs = media.legCount;
    // Test hook (SB_TEST_GC=1 with node --expose-gc): a full collection first, so heapUsed is what is retained
    // and a test can compare it before and after a load (test/sip-overload.test.ts). Never set in production.
    if (gcOnSnapshot) (globalThis as { gc?: () => void }).gc?.();
    const mem = process.memoryUsage();
    out.mem_rssMiB = Math.round(mem.rss / 1048576);
    out.mem_heapUsedMiB = Math.round(mem.heapUsed / 1048576);
    out.auth_failures = guard.failures;
    out.auth_blocks = guard.blocks;
    out.cdr_spool_pending = outbox.size;
    out.control_links = api?.connected ?? 0;
    out.trunks_registered = registrant.list().filter((r) => r.state === "registered").length;
    return out;
  };

  await stack.start();
  registrant.sync();
  await api.listen(opts.apiHost ?? "127.0.0.1", opts.apiPort ?? 5070);
  log.info({ sip: `${stack.host}:${stack.port}`, tls: stack.tlsPort || "off", ws: stack.wsPort || "off", wss: stack.wssPort || "off", api: api.port }, "core started");

  let closed = false;
  return {
    sipPort: stack.port,
    sipTlsPort: stack.tlsPort,
    sipWsPort: stack.wsPort,
    sipWssPort: stack.wssPort,
    apiPort: api.port,
    stack,
    calls: callManager,
    config,
    media,
    log,
    async close() {
      if (closed) return;
      closed = true;
      registrant.close();
      await callManager.close();
      await webrtc.close();
      registrar.close();
      await stack.close();
      await media.close();
      await postProcessor.close();
      await shutdownWebRtc();
      await api?.close();
      outbox.close();
    },
  };
}

export { pb };
