// WebRTC gateway benchmark: node-datachannel (native libdatachannel) vs werift
// (pure TypeScript) as the SERVER side of N two-way PCMU audio legs from
// browser-less clients (@roamhq/wrtc). Each server leg relays to plain RTP; a
// reflector in this process echoes it back, so every packet crosses the
// server twice (client -> WebRTC -> RTP -> reflector -> RTP -> WebRTC -> client).
//
//   npx tsx bench/webrtc/index.ts [--legs N] [--seconds S] [--lib werift|node_datachannel] [--json]
//
// Three processes per candidate: server (measured), clients (wrtc), this one
// (signalling relay + RTP reflector). Loss = 1 - packets the clients received
// back / packets they sent (counted by libwebrtc's getStats after a drain).
// CPU per leg = server process CPU (all threads) over the steady window / N;
// legs_per_core = 1 / that, reported only as measured at zero loss (if the
// run at N lost packets, N is halved and re-run while time allows).
// With --json the LAST line is one JSON object. Run time is bounded (< 2 min)
// and every child is killed on exit.
import { type ChildProcess, fork } from "node:child_process";
import * as dgram from "node:dgram";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { LIBS, type Lib } from "./legs.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const HOST = "127.0.0.1";

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return def;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new TypeError(`--${name} needs a positive number`);
  return v;
}
const legsArg = Math.floor(arg("legs", 200));
const seconds = arg("seconds", 5);
const json = process.argv.includes("--json");
const libIdx = process.argv.indexOf("--lib");
const libs: Lib[] = libIdx >= 0 ? [process.argv[libIdx + 1] as Lib] : [...LIBS];
if (!libs.every((l) => LIBS.includes(l))) throw new TypeError(`--lib must be one of ${LIBS.join(", ")}`);
const started = Date.now();
const HARD_DEADLINE_MS = 115_000;

const log = (s: string) => (json ? process.stderr : process.stdout).write(`${s}\n`);

const children = new Set<ChildProcess>();
function killAll(): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
}
process.on("exit", killAll);
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });
}
const hard = setTimeout(() => {
  log("hard deadline reached: killing children");
  killAll();
  process.exit(2);
}, HARD_DEADLINE_MS);
hard.unref();

function spawnChild(file: string): ChildProcess {
  const c = fork(path.join(here, file), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.add(c);
  c.on("exit", () => children.delete(c));
  return c;
}

// biome-ignore lint/suspicious/noExplicitAny: IPC messages are plain JSON
function ask(c: ChildProcess, msg: unknown, want: string, timeoutMs = 30000): Promise<any> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      c.off("message", on);
      reject(new Error(`timeout waiting for ${want}`));
    }, timeoutMs);
    // biome-ignore lint/suspicious/noExplicitAny: IPC
    const on = (m: any) => {
      if (m.type === want || m.type === "error") {
        clearTimeout(t);
        c.off("message", on);
        if (m.type === "error") reject(new Error(m.message));
        else resolve(m);
      }
    };
    c.on("message", on);
    c.send(msg as object);
  });
}

interface Result {
  legs: number;
  connected: number;
  loss: number;
  sent: number;
  received: number;
  server_cpu_pct: number;
  cpu_per_leg_pct: number;
  cpu_us_per_packet: number;
  legs_per_core: number;
  uplink_loss: number;
  downlink_loss: number;
  server_dropped: number;
  relay_loss: number;
  reflector_to_server_loss: number;
  client_cpu_pct: number;
  client_codecs: string[];
  server_rss_mb: number;
  setup_ms: number;
}

// libwebrtc opens ~60 descriptors per peer connection (one libevent task
// queue each, sockets per interface), so clients are spread over processes.
const LEGS_PER_CLIENT_PROC = 40;

async function runOnce(lib: Lib, n: number, reflector: dgram.Socket, reflectedNow: () => number): Promise<Result> {
  const reflected0 = reflectedNow();
  const server = spawnChild("server.ts");
  const clients: { proc: ChildProcess; legs: number }[] = [];
  for (let left = n; left > 0; left -= LEGS_PER_CLIENT_PROC) clients.push({ proc: spawnChild("client.ts"), legs: Math.min(left, LEGS_PER_CLIENT_PROC) });
  const all = (msg: unknown, want: string, timeoutMs = 30000) => Promise.all(clients.map((c) => ask(c.proc, msg, want, timeoutMs)));
  try {
    const t0 = performance.now();
    const offerSets = await Promise.all(clients.map((c) => ask(c.proc, { type: "open", legs: c.legs }, "offers", 60000)));
    const offers: string[] = offerSets.flatMap((o) => o.sdps);
    const { sdps: answers } = await ask(server, { type: "legs", lib, offers, rtpTarget: reflector.address().port }, "answers", 60000);
    let at = 0;
    const conns = await Promise.all(
      clients.map((c) => {
        const mine = answers.slice(at, at + c.legs);
        at += c.legs;
        return ask(c.proc, { type: "answers", sdps: mine }, "connected", 30000);
      }),
    );
    const conn = { ok: conns.reduce((a, c) => a + c.ok, 0), failed: conns.reduce((a, c) => a + c.failed, 0) };
    await ask(server, { type: "connected" }, "connected", 20000);
    const setupMs = performance.now() - t0;
    log(`  ${lib}: ${conn.ok}/${n} connected (${conn.failed} failed) in ${Math.round(setupMs)} ms`);
    // Warm up 1 s (JIT, jitter buffers), then measure the steady window.
    await all({ type: "run", ms: 1000 }, "ran", 10000);
    await ask(server, { type: "mark" }, "marked");
    const ran = await all({ type: "run", ms: seconds * 1000 }, "ran", seconds * 1000 + 10000);
    const clientCores = ran.reduce((a, r) => a + r.cpuUs / 1000 / r.wallMs, 0);
    const rep = await ask(server, { type: "report" }, "report");
    await new Promise((r) => setTimeout(r, 500)); // drain in-flight packets and jitter buffers
    const after = await ask(server, { type: "report" }, "report");
    const sts = await all({ type: "stats" }, "stats", 30000);
    const st = {
      sent: sts.reduce((a, s) => a + s.sent, 0),
      received: sts.reduce((a, s) => a + s.received, 0),
      codecs: [...new Set(sts.flatMap((s) => s.codecs as string[]))],
    };
    // Where packets went missing: client -> server (uplink), server -> client (downlink).
    const uplinkLoss = st.sent > 0 ? Math.max(0, (st.sent - after.fromPeer) / st.sent) : 0;
    const downlinkLoss = after.toPeer > 0 ? Math.max(0, (after.toPeer - st.received) / after.toPeer) : 0;
    const loss = st.sent > 0 ? Math.max(0, (st.sent - st.received) / st.sent) : 1;
    const cpuFrac = rep.cpuUs / 1000 / rep.wallMs; // cores used by the server
    const perLeg = cpuFrac / n;
    // Packets the server handled in the window: each leg 50 pps in + 50 pps out (x2: WebRTC and RTP sides).
    const pktsInWindow = n * 50 * 2 * (rep.wallMs / 1000);
    return {
      legs: n,
      connected: conn.ok,
      loss: Number(loss.toFixed(6)),
      sent: st.sent,
      received: st.received,
      server_cpu_pct: Number((cpuFrac * 100).toFixed(1)),
      cpu_per_leg_pct: Number((perLeg * 100).toFixed(3)),
      cpu_us_per_packet: Number((rep.cpuUs / pktsInWindow).toFixed(1)),
      legs_per_core: Math.floor(1 / perLeg),
      uplink_loss: Number(uplinkLoss.toFixed(6)),
      downlink_loss: Number(downlinkLoss.toFixed(6)),
      server_dropped: after.dropped,
      relay_loss: after.fromPeer > 0 ? Number(Math.max(0, (after.fromPeer - (reflectedNow() - reflected0)) / after.fromPeer).toFixed(6)) : 0,
      reflector_to_server_loss: Number(Math.max(0, (reflectedNow() - reflected0 - after.toPeer) / Math.max(1, reflectedNow() - reflected0)).toFixed(6)),
      client_cpu_pct: Number((clientCores * 100).toFixed(1)),
      client_codecs: st.codecs,
      server_rss_mb: rep.rssMb,
      setup_ms: Math.round(setupMs),
    };
  } finally {
    const procs = [server, ...clients.map((c) => c.proc)];
    for (const c of procs) {
      try {
        if (c.connected) c.send({ type: "close" });
      } catch {}
    }
    await new Promise((r) => setTimeout(r, 400));
    for (const c of procs) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  }
}

async function main(): Promise<void> {
  const reflector = dgram.createSocket("udp4");
  let reflected = 0;
  reflector.on("message", (msg, rinfo) => {
    reflected++;
    reflector.send(msg, rinfo.port, HOST);
  });
  await new Promise<void>((r) => reflector.bind(0, HOST, () => r()));
  // A burst of N legs' packets must not overflow the reflector's queue.
  reflector.setRecvBufferSize(8 << 20);
  reflector.setSendBufferSize(8 << 20);
  log(`webrtc bench: ${legsArg} legs x ${seconds} s, PCMU 20 ms both ways, ${os.cpus().length} cores, node ${process.version}`);
  const out: Record<string, unknown> = {};
  const best: Partial<Record<Lib, Result & { runs: Result[] }>> = {};
  for (const lib of libs) {
    const runs: Result[] = [];
    let n = legsArg;
    for (;;) {
      const r = await runOnce(lib, n, reflector, () => reflected);
      runs.push(r);
      log(
        `  ${lib}: legs=${r.legs} loss=${(r.loss * 100).toFixed(3)}% server CPU ${r.server_cpu_pct}% = ${r.cpu_per_leg_pct}% of a core per leg (${r.cpu_us_per_packet} us/packet) -> ${r.legs_per_core} legs/core; uplink loss ${(r.uplink_loss * 100).toFixed(3)}%, downlink ${(r.downlink_loss * 100).toFixed(3)}%, server dropped ${r.server_dropped}, to reflector ${(r.relay_loss * 100).toFixed(3)}%, from reflector ${(r.reflector_to_server_loss * 100).toFixed(3)}%; clients' CPU ${r.client_cpu_pct}%; codecs ${r.client_codecs.join(",")}; rss ${r.server_rss_mb} MB`,
      );
      const budgetLeft = HARD_DEADLINE_MS - (Date.now() - started);
      if (r.loss === 0 && r.connected === n) break;
      if (n <= 10 || budgetLeft < 35_000) break;
      n = Math.floor(n / 2);
    }
    const clean = runs.find((r) => r.loss === 0 && r.connected === r.legs);
    const chosenRun = clean ?? runs[runs.length - 1]!;
    best[lib] = { ...chosenRun, runs };
    out[lib] = { ...chosenRun, zero_loss: clean !== undefined, runs: runs.length > 1 ? runs.map((r) => ({ legs: r.legs, loss: r.loss })) : undefined };
  }
  reflector.close();
  const cands = libs.filter((l) => best[l]);
  const score = (l: Lib) => (best[l]!.loss === 0 ? best[l]!.legs_per_core : 0);
  const chosen = cands.reduce((a, b) => (score(b) > score(a) ? b : a));
  const summary = {
    chosen,
    legs_per_core: best[chosen]!.legs_per_core,
    loss: best[chosen]!.loss,
    cpu_per_leg_pct: best[chosen]!.cpu_per_leg_pct,
    legs_tested: best[chosen]!.legs,
    seconds,
    reflected,
    ...out,
  };
  log(`chosen: ${chosen} (${summary.legs_per_core} legs/core at loss ${summary.loss})`);
  if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  clearTimeout(hard);
}

main().then(
  () => process.exit(0),
  (e) => {
    log(`bench failed: ${e instanceof Error ? e.stack : e}`);
    killAll();
    process.exit(1);
  },
);
