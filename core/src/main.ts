// Process entry for core: configuration from the environment (see README).
import { startCore } from "./index.ts";

const env = process.env;
const num = (v: string | undefined, d: number) => (v === undefined || v === "" ? d : Number(v));
const core = await startCore({
  dataDir: env.DATA_DIR ?? "./data",
  sipHost: env.SIP_HOST ?? "127.0.0.1",
  sipPort: num(env.SIP_PORT, 5060),
  sipTlsPort: env.SIP_TLS_PORT ? Number(env.SIP_TLS_PORT) : undefined,
  sipTlsCert: env.SIP_TLS_CERT || undefined,
  sipTlsKey: env.SIP_TLS_KEY || undefined,
  sipWsPort: env.SIP_WS_PORT ? Number(env.SIP_WS_PORT) : undefined,
  sipWssPort: env.SIP_WSS_PORT ? Number(env.SIP_WSS_PORT) : undefined,
  dnsServers: env.SIP_DNS_SERVERS ? env.SIP_DNS_SERVERS.split(",").map((s) => s.trim()).filter(Boolean) : undefined,
  apiHost: env.CORE_API_HOST ?? "127.0.0.1",
  apiPort: num(env.CORE_API_PORT, 5070),
  rtpPortMin: num(env.RTP_PORT_MIN, 20000),
  rtpPortMax: num(env.RTP_PORT_MAX, 30000),
  mediaWorkers: env.MEDIA_WORKERS ? Number(env.MEDIA_WORKERS) : undefined,
  mediaRealtimePriority: num(env.MEDIA_RT_PRIORITY, 0),
  logLevel: env.LOG_LEVEL ?? "info",
  configFile: env.CORE_CONFIG_FILE || undefined,
  maxCalls: num(env.MAX_CALLS, 0),
  maxCps: num(env.MAX_CPS, 0),
  dialogProbeMs: num(env.SIP_DIALOG_PROBE_S, 300) * 1000,
  webrtcGraceMs: num(env.WEBRTC_GRACE_MS, 30_000),
  ivrHttpDeny: env.IVR_HTTP_DENY,
  ivrHttpAllow: env.IVR_HTTP_ALLOW,
  webrtcOpus: env.WEBRTC_OPUS === "1",
  digestAlgorithms: env.SIP_DIGEST_ALGORITHMS
    ? (env.SIP_DIGEST_ALGORITHMS.split(",").map((s) => s.trim().toUpperCase()) as Array<"MD5" | "SHA-256">)
    : undefined,
});
// The supervisor waits for this line whatever LOG_LEVEL says.
console.log(JSON.stringify({ level: 30, svc: "core", msg: "core listening", sip: core.sipPort, sipTls: core.sipTlsPort, sipWs: core.sipWsPort, sipWss: core.sipWssPort, api: core.apiPort }));
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await core.close();
  process.exit(0);
};
process.on("SIGINT", stop);
// Under the platform supervisor: its death closes our stdin; follow it.
if (process.env.SB_SUPERVISED === "1") {
  process.stdin.on("close", stop);
  process.stdin.on("end", stop);
  process.stdin.resume();
}
process.on("SIGTERM", stop);
