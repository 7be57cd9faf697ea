// Media benchmark: N bridged, recorded calls with 20 ms G.711 both ways on ONE
// media worker, driven by a lean load generator in a separate process; the
// same load through rtpengine (userspace) as the anchor, in the same run.
//
//   npx tsx bench/media/index.ts [--calls N] [--seconds S] [--json] [--no-rtpengine]
//        [--no-conference] [--no-recording] [--nice N] [--realtime N] [--node-generator] [--only-rtpengine]
//
// --realtime N: SCHED_RR priority N for the media worker's thread (engine
// option realtimePriority), for rtpengine (--scheduling=rr --priority=N) and
// for the load generator, so relay and anchor are treated alike. On a shared
// host this takes the other jobs' CPU demand out of the measured latency.
//
// Phases: (1) N recorded bridged calls on one worker, (2) the same load through
// rtpengine, (3) a 50-party conference on one worker, (4) the same with the
// room's mix recorded. CPU is read from
// /proc/<pid>/task/<tid>/stat of the media worker thread (and /proc/<pid>/stat
// of rtpengine) over the measuring window after warm-up.
//
// With --json the last line printed is one JSON object (see `summary` below).
// Run time is bounded (hard deadline) and every child process is killed on exit.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { MediaEngine, readWav } from "../../core/src/media/index.ts";
import { RtpEngine, rtpengineBinary } from "./rtpengine.ts";

const HOST = "127.0.0.1";
const here = path.dirname(fileURLToPath(import.meta.url));

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return def;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new TypeError(`--${name} needs a positive number`);
  return v;
}

const calls = Math.floor(arg("calls", 500));
const seconds = arg("seconds", 10);
const json = process.argv.includes("--json");
const withRtpengine = !process.argv.includes("--no-rtpengine");
const onlyRtpengine = process.argv.includes("--only-rtpengine");
const verbose = process.argv.includes("--verbose");
const recording = !process.argv.includes("--no-recording");
// --nice N: scheduling priority for this process and its children (negative needs root).
// On a shared box the numbers otherwise measure the neighbours as much as the relay.
const niceIdx = process.argv.indexOf("--nice");
const nice = niceIdx >= 0 ? Number(process.argv[niceIdx + 1]) : 0;
function applyNice(pid: number | undefined): void {
  if (nice === 0 || pid === undefined) return;
  // Linux nice values are per thread: renice every task (V8's GC helpers and
  // libuv's pool already exist; a scavenge waits for its helpers).
  let tids: number[] = [pid];
  try {
    tids = fs.readdirSync(`/proc/${pid === 0 ? "self" : pid}/task`).map(Number);
  } catch {
    // not Linux: the main thread only
  }
  for (const t of tids) {
    try {
      os.setPriority(t, nice);
    } catch {
      // not permitted: run at normal priority
    }
  }
}
applyNice(0);
// With autogroup scheduling (Linux default) CPU is shared between sessions
// first and nice only orders threads inside one, so set the group's nice too
// (restored on exit).
let autogroupSet = false;
if (nice !== 0) {
  try {
    fs.writeFileSync("/proc/self/autogroup", String(nice));
    autogroupSet = true;
  } catch {
    // no autogroup or not permitted
  }
}
process.on("exit", () => {
  if (autogroupSet) {
    try {
      fs.writeFileSync("/proc/self/autogroup", "0");
    } catch {
      // ignore
    }
  }
});
const rtIdx = process.argv.indexOf("--realtime");
const rtPriority = rtIdx >= 0 ? Number(process.argv[rtIdx + 1]) : 0;
if (!Number.isInteger(rtPriority) || rtPriority < 0 || rtPriority > 99) throw new TypeError("--realtime needs a priority 1-99");
/**
 * SCHED_RR for the load generator (every thread), one above the relays: at
 * equal priority a relay that shares its CPU could hold it for a whole RR
 * time slice (100 ms) and the generator would read that as relay latency.
 */
function applyRealtime(pid: number | undefined): boolean {
  if (rtPriority === 0 || pid === undefined) return false;
  return spawnSync("chrt", ["-a", "-r", "-p", String(Math.min(99, rtPriority + 1)), String(pid)], { stdio: "ignore" }).status === 0;
}
const warmupMs = Math.min(2000, seconds * 250);
const log = (s: string) => {
  if (!json) process.stdout.write(`${s}\n`);
  else process.stderr.write(`${s}\n`);
};

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
// Hard bound on the whole run: three load phases plus setup/teardown.
const deadline = setTimeout(
  () => {
    process.stderr.write("bench/media: deadline reached, aborting\n");
    killAll();
    process.exit(2);
  },
  (4 * (seconds + 5) + 60 + calls / 20) * 1000,
);
deadline.unref();

// Port ranges per phase, with room to skip ports other programs hold.
const SB_PORTS: [number, number] = [30000, Math.min(60000, 30000 + 8 * calls + 1000)];
const RT_PORTS: [number, number] = [SB_PORTS[1] + 2, Math.min(64000, SB_PORTS[1] + 2 + 8 * calls + 1000)];
const CONF_PORTS: [number, number] = [64000, 65400];

const CLK_TCK = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** utime+stime in seconds from a /proc .../stat file. */
function cpuSeconds(statPath: string): number {
  const s = fs.readFileSync(statPath, "utf8");
  const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) / CLK_TCK;
}

/** [busy, total] jiffies of the whole machine from /proc/stat. */
function hostJiffies(): [number, number] {
  const f = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  return [total - idle, total];
}
let hostBusyPct = Number.NaN;

interface GenResult {
  generator: string;
  streams: number;
  sent: number;
  received: number;
  loss: number;
  deadStreams: number;
  outOfOrder: number;
  ppsSent: number;
  ppsReceivedWindow: number;
  latencyMs: { p50: number; p99: number; p999: number; max: number };
  generatorCpuPct: number;
}

/**
 * The C generator (sendmmsg/recvmmsg) when a C compiler exists: a Node
 * generator needs about as much CPU as the relay it measures, and on a busy
 * 2-core box it, not the relay, drops packets. Falls back to loadgen.ts.
 */
function generatorCommand(): { cmd: string; args: string[]; kind: string } {
  const src = path.join(here, "loadgen.c");
  const stat = fs.statSync(src);
  const bin = path.join(os.tmpdir(), `sb-media-loadgen-${Math.floor(stat.mtimeMs)}`);
  if (!process.argv.includes("--node-generator")) {
    if (fs.existsSync(bin)) return { cmd: bin, args: [HOST], kind: "c" };
    const cc = spawnSync("cc", ["-O2", "-o", bin, src, "-lm"], { encoding: "utf8" });
    if (cc.status === 0) return { cmd: bin, args: [HOST], kind: "c" };
    log(`C load generator unavailable (${(cc.error?.message ?? cc.stderr).slice(0, 200)}); using the Node generator`);
  }
  return { cmd: process.execPath, args: ["--import", "tsx", path.join(here, "loadgen.ts"), HOST], kind: "node" };
}

/** Starts the generator; resolves with its source ports and a function that runs the load. */
async function startGenerator(): Promise<{ ports: [number, number]; run: (targets: Array<[number, number]>, onWindow: (phase: "start" | "end") => void) => Promise<GenResult> }> {
  const g = generatorCommand();
  const child = spawn(g.cmd, g.args, { stdio: ["pipe", "pipe", "inherit"] });
  applyNice(child.pid);
  applyRealtime(child.pid);
  children.add(child);
  child.on("exit", () => children.delete(child));
  let buf = "";
  const lines: string[] = [];
  let wake: (() => void) | null = null;
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (d: string) => {
    buf += d;
    let nl = buf.indexOf("\n");
    while (nl >= 0) {
      lines.push(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
      nl = buf.indexOf("\n");
    }
    wake?.();
  });
  const nextLine = async (timeoutMs: number): Promise<string> => {
    const until = Date.now() + timeoutMs;
    while (lines.length === 0) {
      if (child.exitCode !== null) throw new Error("load generator exited");
      if (Date.now() > until) throw new Error("load generator timed out");
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 100);
      });
    }
    return lines.shift()!;
  };
  const ready = JSON.parse(await nextLine(10000)) as { ports: [number, number] };
  return {
    ports: ready.ports,
    run: async (targets, onWindow) => {
      child.stdin!.write(`CONFIG ${seconds} ${warmupMs} ${targets.length} ${targets.map(([a, b]) => `${a} ${b}`).join(" ")}\n`);
      const t1 = setTimeout(() => onWindow("start"), warmupMs + 5);
      const t2 = setTimeout(() => onWindow("end"), seconds * 1000 + 5);
      try {
        const line = await nextLine(seconds * 1000 + 15000);
        const r = (JSON.parse(line) as { result: GenResult }).result;
        for (const k of ["p50", "p99", "p999"] as const) if (r.latencyMs[k] < 0) r.latencyMs[k] = Number.NaN;
        return r;
      } finally {
        clearTimeout(t1);
        clearTimeout(t2);
        child.kill("SIGKILL");
      }
    },
  };
}

async function benchSwitchboard(): Promise<{ gen: GenResult; workerCpuPct: number; processCpuPct: number; legLost: number; recordingSeconds: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-bench-media-"));
  const engine = await MediaEngine.start({ dataDir, workers: 1, portMin: SB_PORTS[0], portMax: SB_PORTS[1], realtimePriority: rtPriority });
  applyNice(0);
  try {
    const gen = await startGenerator();
    const legs: Array<[string, string]> = [];
    const targets: Array<[number, number]> = [];
    for (let i = 0; i < calls; i++) {
      const a = await engine.createLeg(`bench-${i}`);
      const b = await engine.createLeg(`bench-${i}`);
      engine.setRemote(a.legId, HOST, gen.ports[0]);
      engine.setRemote(b.legId, HOST, gen.ports[1]);
      engine.bridge(a.legId, b.legId, recording ? { recordingPath: `rec/call-${i}.wav` } : {});
      legs.push([a.legId, b.legId]);
      targets.push([a.port, b.port]);
    }
    const [info] = await engine.workerInfo();
    const tidStat = `/proc/self/task/${info!.tid}/stat`;
    let w0 = 0;
    let p0 = 0;
    let t0 = 0;
    let workerCpuPct = Number.NaN;
    let processCpuPct = Number.NaN;
    let h0: [number, number] = [0, 0];
    if (rtPriority > 0 && !info!.realtime) log("switchboard: real-time scheduling refused (chrt); running at normal priority");
    log(`switchboard: ${calls} calls bridged${recording ? " + recording" : ""} on 1 worker (tid ${info!.tid}${info!.realtime ? `, SCHED_RR ${rtPriority}` : ""}); load ${seconds}s`);
    const res = await gen.run(targets, (phase) => {
      const now = performance.now();
      if (phase === "start") {
        w0 = cpuSeconds(tidStat);
        p0 = cpuSeconds("/proc/self/stat");
        h0 = hostJiffies();
        t0 = now;
      } else {
        const h1 = hostJiffies();
        hostBusyPct = ((h1[0] - h0[0]) / Math.max(1, h1[1] - h0[1])) * 100;
        const dt = (now - t0) / 1000;
        workerCpuPct = ((cpuSeconds(tidStat) - w0) / dt) * 100;
        processCpuPct = ((cpuSeconds("/proc/self/stat") - p0) / dt) * 100;
      }
    });
    let legLost = 0;
    for (const [a, b] of legs) {
      legLost += (await engine.destroyLeg(a)).lost;
      legLost += (await engine.destroyLeg(b)).lost;
    }
    const recordingSeconds = recording ? readWav(path.join(dataDir, "rec/call-0.wav")).samples[0]!.length / 8000 : 0;
    return { gen: res, workerCpuPct, processCpuPct, legLost, recordingSeconds };
  } finally {
    await engine.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * One 50-party conference on one worker: every member sends 20 ms frames and
 * gets its own N-1 mix back; with `record`, the room's mix is also recorded
 * (recordConference) and the file is checked for length.
 */
async function benchConference(parties: number, record: boolean): Promise<{ cpuPct: number; received: number; sent: number; recordingSeconds: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-bench-conf-"));
  const engine = await MediaEngine.start({ dataDir, workers: 1, portMin: CONF_PORTS[0], portMax: CONF_PORTS[1], realtimePriority: rtPriority });
  try {
    const gen = await startGenerator();
    const legs: string[] = [];
    const targets: Array<[number, number]> = [];
    for (let i = 0; i < parties; i += 2) {
      const pair: number[] = [];
      for (let k = 0; k < 2 && i + k < parties; k++) {
        const l = await engine.createLeg("conference-bench");
        engine.setRemote(l.legId, HOST, gen.ports[k as 0 | 1]);
        engine.joinConference("bench-room", l.legId);
        legs.push(l.legId);
        pair.push(l.port);
      }
      targets.push([pair[0]!, pair[1] ?? pair[0]!]);
    }
    if (record && !engine.recordConference("bench-room", "rec/conference.wav")) throw new Error("conference room missing");
    const [info] = await engine.workerInfo();
    const tidStat = `/proc/self/task/${info!.tid}/stat`;
    let w0 = 0;
    let t0 = 0;
    let cpuPct = Number.NaN;
    log(`conference: ${parties} parties in one room on 1 worker${record ? " + recording of the mix" : ""}; load ${seconds}s`);
    const res = await gen.run(targets, (phase) => {
      const now = performance.now();
      if (phase === "start") {
        w0 = cpuSeconds(tidStat);
        t0 = now;
      } else cpuPct = ((cpuSeconds(tidStat) - w0) / ((now - t0) / 1000)) * 100;
    });
    for (const l of legs) await engine.destroyLeg(l);
    const recordingSeconds = record ? readWav(path.join(dataDir, "rec/conference.wav")).samples[0]!.length / 8000 : 0;
    return { cpuPct, received: res.received, sent: res.sent, recordingSeconds };
  } finally {
    await engine.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchRtpengine(): Promise<{ gen: GenResult; cpuPct: number } | { skipped: string }> {
  const bin = rtpengineBinary();
  if (!bin) return { skipped: "rtpengine binary not found (Debian package rtpengine-daemon)" };
  const ngPort = 22000 + Math.floor(Math.random() * 1000);
  let eng: RtpEngine;
  try {
    eng = await RtpEngine.start(bin, HOST, ngPort, RT_PORTS[0], RT_PORTS[1], 1, rtPriority);
  } catch (e) {
    return { skipped: `rtpengine did not start: ${(e as Error).message}` };
  }
  children.add(eng.proc);
  applyNice(eng.proc.pid);
  try {
    const gen = await startGenerator();
    const targets: Array<[number, number]> = [];
    for (let i = 0; i < calls; i++) targets.push(await eng.setupCall(`bench-${i}`, HOST, gen.ports[0], gen.ports[1]));
    const stat = `/proc/${eng.proc.pid}/stat`;
    let c0 = 0;
    let t0 = 0;
    let cpuPct = Number.NaN;
    log(`rtpengine: ${calls} calls (userspace, --num-threads=1); load ${seconds}s`);
    const res = await gen.run(targets, (phase) => {
      const now = performance.now();
      if (phase === "start") {
        c0 = cpuSeconds(stat);
        t0 = now;
      } else cpuPct = ((cpuSeconds(stat) - c0) / ((now - t0) / 1000)) * 100;
    });
    for (let i = 0; i < calls; i++) await eng.deleteCall(`bench-${i}`);
    return { gen: res, cpuPct };
  } finally {
    eng.stop();
  }
}

const r3 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null);

async function main(): Promise<void> {
  if (onlyRtpengine) {
    const rt = await benchRtpengine();
    log(JSON.stringify(rt));
    return;
  }
  const sb = await benchSwitchboard();
  if (verbose) log(JSON.stringify(sb));
  const g = sb.gen;
  log(
    `  pps relayed ${Math.round(g.ppsReceivedWindow)} (sent ${Math.round(g.ppsSent)}), loss ${(g.loss * 100).toFixed(3)}% (legs report ${sb.legLost} lost), dead streams ${g.deadStreams}`,
  );
  log(`  added latency p50 ${g.latencyMs.p50} ms, p99 ${g.latencyMs.p99} ms, p99.9 ${g.latencyMs.p999} ms, max ${g.latencyMs.max.toFixed(2)} ms`);
  log(`  worker thread CPU ${sb.workerCpuPct.toFixed(1)}% of a core (${(sb.workerCpuPct / calls).toFixed(4)}% per call), whole core process ${sb.processCpuPct.toFixed(1)}%; generator ${g.generatorCpuPct.toFixed(1)}%`);
  log(`  recording of call 0: ${sb.recordingSeconds.toFixed(2)} s stereo; whole machine ${hostBusyPct.toFixed(0)}% busy during the window`);
  let rt: Awaited<ReturnType<typeof benchRtpengine>> | null = null;
  if (withRtpengine) {
    rt = await benchRtpengine();
    if ("skipped" in rt) log(`rtpengine: skipped: ${rt.skipped}`);
    else {
      log(`  pps relayed ${Math.round(rt.gen.ppsReceivedWindow)}, loss ${(rt.gen.loss * 100).toFixed(3)}%, dead streams ${rt.gen.deadStreams}`);
      log(`  added latency p50 ${rt.gen.latencyMs.p50} ms, p99 ${rt.gen.latencyMs.p99} ms, p99.9 ${rt.gen.latencyMs.p999} ms`);
      log(`  rtpengine CPU ${rt.cpuPct.toFixed(1)}% (${(rt.cpuPct / calls).toFixed(4)}% per call)`);
    }
  }
  const rtOk = rt && !("skipped" in rt) ? rt : null;
  let conf: Awaited<ReturnType<typeof benchConference>> | null = null;
  let confRec: Awaited<ReturnType<typeof benchConference>> | null = null;
  if (!process.argv.includes("--no-conference")) {
    conf = await benchConference(50, false);
    log(`  worker thread CPU ${conf.cpuPct.toFixed(1)}% of a core for 50 parties (sent ${conf.sent}, mixed packets back ${conf.received})`);
    confRec = await benchConference(50, true);
    log(`  worker thread CPU ${confRec.cpuPct.toFixed(1)}% of a core for 50 parties with the mix recorded (${confRec.recordingSeconds.toFixed(2)} s of mono WAV)`);
  }
  const summary = {
    calls,
    seconds,
    pps: Math.round(g.ppsReceivedWindow),
    pps_sent: Math.round(g.ppsSent),
    loss: g.loss,
    leg_reported_lost: sb.legLost,
    added_latency_p50_ms: r3(g.latencyMs.p50),
    added_latency_p99_ms: r3(g.latencyMs.p99),
    added_latency_p999_ms: r3(g.latencyMs.p999),
    cpu_worker_pct: r3(sb.workerCpuPct),
    cpu_per_call_pct: r3(sb.workerCpuPct / calls),
    generator_cpu_pct: r3(g.generatorCpuPct),
    generator: g.generator,
    recording,
    rtpengine_cpu_per_call_pct: rtOk ? r3(rtOk.cpuPct / calls) : null,
    rtpengine_loss: rtOk ? rtOk.gen.loss : null,
    rtpengine_added_latency_p50_ms: rtOk ? r3(rtOk.gen.latencyMs.p50) : null,
    rtpengine_added_latency_p99_ms: rtOk ? r3(rtOk.gen.latencyMs.p99) : null,
    rtpengine_note: rt === null ? "disabled with --no-rtpengine" : "skipped" in rt ? rt.skipped : "userspace, --num-threads=1, no recording",
    cpu_ratio_vs_rtpengine: rtOk ? r3(sb.workerCpuPct / rtOk.cpuPct) : null,
    loadavg_1m: r3(os.loadavg()[0]!),
    host_cpu_busy_pct_during_window: r3(hostBusyPct),
    nice,
    realtime_priority: rtPriority,
    cores: os.availableParallelism(),
    conference50_cpu_pct: conf ? r3(conf.cpuPct) : null,
    conference50_recorded_cpu_pct: confRec ? r3(confRec.cpuPct) : null,
    conference_recording_seconds: confRec ? r3(confRec.recordingSeconds) : null,
  };
  if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main()
  .then(() => {
    killAll();
    process.exit(0);
  })
  .catch((e) => {
    process.stderr.write(`bench/media failed: ${(e as Error).stack ?? String(e)}\n`);
    killAll();
    process.exit(1);
  });
