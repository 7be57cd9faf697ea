// SIP benchmark: SIPp uac -> switch (core standalone, B2BUA: caller leg
// answered by the queue, agent leg to a registered SIPp uas) at a ramped call
// rate; in the same run the same ramp through Kamailio as a stateful proxy and
// SIPp uac -> uas directly (the load generator's own ceiling). Then calls in
// progress (hold N concurrent calls, memory before/after, no stuck dialogs)
// and an overload step (twice the sustainable rate with MAX_CPS set: 503s
// answered fast, OPTIONS still answered, memory flat afterwards).
//
//   npm run bench:sip -- [--json] [--quick] [--step-s 10] [--rates 100,200,...]
//        [--targets switch,switch-tmpfs,kamailio,direct] [--pause-ms 500] [--hold 10000]
//        [--hold-rate N] [--hold-rounds 2] [--overload-s 40] [--overload-cps N]
//        [--data-dir DIR] [--no-retry] [--cpu-prof DIR] [--budget-s 1500]
//
// Method and measured numbers: docs/bench-sip.md. With --json the last line on
// stdout is one JSON object (progress goes to stderr). Every child process
// (core, SIPp, Kamailio) is killed on exit; the run has a hard deadline.
import os from "node:os";
import { AGENT_EXT, AGENT_PW, agentReady, type CoreChild, canRaiseNofile, DID, DOMAIN, nofileLimit, startCoreChild } from "./core.ts";
import { kamailioAvailable, startKamailio, type Kamailio } from "./kamailio.ts";
import { freePort, HZ, killAll, machineTicks, rssMiB, sleep, threadTicks, treeTicks } from "./procs.ts";
import { discardPair, pinger } from "./peers.ts";
import { registerScenario, uacScenario, uasScenario } from "./scenarios.ts";
import { runUac, startUas, type Uas } from "./sipp.ts";

// ------------------------------------------------------------------ options

const argv = process.argv.slice(2);
const has = (f: string) => argv.includes(f);
function opt(name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}
function num(name: string, def: number): number {
  const v = opt(name);
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new TypeError(`--${name} needs a non-negative number`);
  return n;
}
const quick = has("--quick");
const json = has("--json");
/** Seconds per ramp step (default 10; --quick 2). */
const stepS = num("step-s", quick ? 1.5 : 10);
/** Offered rates, CPS (default 100..20000; --quick 20,40). A target stops at its first step with failures. */
const rates = (opt("rates") ?? (quick ? "25,50" : "100,200,400,600,800,1000,1250,1500,2000,2500,3000,4000,5000,6000,8000,10000,12000,15000,20000"))
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
/** Repeat a failed step once before calling it the ceiling (default on; --no-retry). */
const retry = !has("--no-retry");
/** Which ramps to run (default all four: switch, switch-tmpfs, kamailio, direct; --quick skips switch-tmpfs). */
const targets = new Set((opt("targets") ?? (quick ? "switch,kamailio,direct" : "switch,switch-tmpfs,kamailio,direct")).split(","));
/** Talk time between answer and the caller's BYE, ms (default 500: the agent leg must be up before the caller hangs up). */
const pauseMs = num("pause-ms", quick ? 300 : 500);
/** Calls held concurrently in the calls-in-progress phase (default 10000; --quick 100; 0 = skip). */
const holdCalls = num("hold", quick ? 60 : 10_000);
/** Identical hold rounds on one switch process (default 2; --quick 1): memory after each. */
const holdRounds = Math.max(1, Math.floor(num("hold-rounds", quick ? 1 : 2)));
/** Rate at which the held calls are set up (default: 80% of the switch's zero-fail rate, at most 400). */
const holdRateOpt = num("hold-rate", 0);
/** Overload phase length in s (default 40; --quick 4; 0 = skip). */
const overloadS = num("overload-s", quick ? 3 : 40);
/**
 * MAX_CPS for the overload phase; 2x this is offered. Default: half the ramp's zero-fail rate (rounded
 * down to 50), because a 10 s step overstates what the switch sustains for 40 s with 503s on top
 * (measured: 1,250 clean for 10 s, but MAX_CPS 1,000 offered 2,000 for 40 s collapsed; see docs/bench-sip.md).
 */
const overloadCpsOpt = num("overload-cps", 0);
/**
 * Parent directory of core's DATA_DIR for the "switch" ramp (default the OS temp dir, on disk). The
 * "switch-tmpfs" ramp, the hold and the overload phases use /dev/shm (tmpfs: fdatasync is free), so
 * the per-call CDR fsync does not hide what the signalling path can do; pass --data-dir to override.
 */
const dataParent = opt("data-dir");
const TMPFS = "/dev/shm";
/** Write a V8 CPU profile of every core process into this directory (node --cpu-prof; default off). */
const cpuProfDir = opt("cpu-prof");
/**
 * After the ramps and the overload phase, wait at most this long for the switch to hold nothing (no call,
 * dialog, transaction, media leg): 64*T1 for transaction timers, the dialog probe (`--probe-s`) plus its
 * timer F for calls whose BYE was lost. What is left then is `stuck_calls_after` (default 90; --quick 40).
 */
const settleS = num("settle-s", quick ? 40 : 90);
/** SIP_DIALOG_PROBE_S of the core under the ramps and the overload phase (default 15; the hold keeps core's 300). */
const probeS = num("probe-s", 15);
/** Rate of the uncounted warm-up before a switch ramp, CPS (default 100; 200 calls at 100). Low for a core under valgrind. */
const warmupRate = num("warmup-rate", 100);
/** Hard limit on the whole run, s (default 1500; --quick 50). */
const budgetS = num("budget-s", quick ? 55 : 1500);

const deadline = Date.now() + budgetS * 1000;
const hardStop = setTimeout(() => {
  process.stderr.write(`bench:sip: budget of ${budgetS} s exceeded, killing everything\n`);
  killAll();
  process.exit(2);
}, (budgetS + 30) * 1000);
hardStop.unref();

const log = (s: string) => (json ? process.stderr : process.stdout).write(`${s}\n`);

// ------------------------------------------------------------------ helpers

function pct(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

interface Step {
  cps: number;
  offered: number;
  completed: number;
  failed: number;
  /** SIPp's own count of successful/failed calls (the switch's is cross-checked with CDRs). */
  sippOk: number;
  sippFailed: number;
  retransmissions: number;
  setupP50: number | null;
  setupP99: number | null;
  /** Switch only: INVITE received -> agent bridged (from CDRs). */
  connectP50?: number | null;
  connectP99?: number | null;
  /** CPU of the system under test (all its processes and threads), % of one core. */
  cpuPct: number;
  /** Switch only: its main (signalling) thread, % of one core. */
  mainThreadPct?: number;
  generatorCpuPct: number;
  /** The whole machine busy, % of all cores (SIPp, the target and everything else share them). */
  machinePct: number;
  wallS: number;
}

function fmt(v: number | null | undefined): string {
  return v === null || v === undefined ? "-" : String(Math.round(v * 10) / 10);
}

function printStep(name: string, s: Step): void {
  log(
    `${name.padEnd(8)} ${String(s.cps).padStart(6)} cps  offered ${String(s.offered).padStart(6)}  completed ${String(s.completed).padStart(6)}  failed ${String(s.failed).padStart(5)}` +
      `  setup p50/p99 ${fmt(s.setupP50)}/${fmt(s.setupP99)} ms` +
      (s.connectP99 !== undefined ? `  agent-bridged p50/p99 ${fmt(s.connectP50)}/${fmt(s.connectP99)} ms` : "") +
      `  retrans ${s.retransmissions}  cpu ${fmt(s.cpuPct)}%` +
      (s.mainThreadPct !== undefined ? ` (main thread ${fmt(s.mainThreadPct)}%)` : "") +
      `  sipp uac ${fmt(s.generatorCpuPct)}%  box ${fmt(s.machinePct)}%  ${fmt(s.wallS)} s`,
  );
}

interface Target {
  name: string;
  hostPort: string;
  /** CPU ticks of the system under test (process tree). */
  ticks(): number;
  /** Ticks of the main thread (switch). */
  mainTicks?(): number;
  /** Switch: true when no call is left in it (a retried step needs a clean start). */
  idle?(): Promise<boolean>;
  /** Switch: wait for calls to end and count completed calls from the CDRs. */
  settle?(created: number): Promise<{ completed: number; connect: number[] }>;
  alive(): boolean;
}

async function ramp(t: Target, uasMediaPort: number, callerMediaPort: number): Promise<{ steps: Step[]; maxZeroFail: number }> {
  const steps: Step[] = [];
  let maxZeroFail = 0;
  let retried = false;
  for (let i = 0; i < rates.length; i++) {
    const cps = rates[i]!;
    if (Date.now() + (stepS * 2 + 20) * 1000 > deadline) {
      log(`${t.name}: stopping the ramp at ${cps} cps (run budget)`);
      break;
    }
    if (!t.alive()) {
      log(`${t.name}: the system under test died`);
      break;
    }
    const calls = Math.max(1, Math.round(cps * stepS));
    const ticks0 = t.ticks();
    const main0 = t.mainTicks?.() ?? 0;
    const box0 = machineTicks();
    const t0 = Date.now();
    const r = await runUac({
      target: t.hostPort,
      service: DID,
      scenario: uacScenario({ mediaPort: callerMediaPort, pauseMs }),
      rate: cps,
      calls,
      limit: Math.max(1000, Math.ceil(cps * (pauseMs / 1000 + 3) * 2)),
      limitS: stepS * 2 + 15,
      localPort: await freePort(),
    });
    const wallS = (Date.now() - t0) / 1000;
    const cpuPct = ((t.ticks() - ticks0) / HZ / wallS) * 100;
    const mainPct = t.mainTicks ? ((t.mainTicks() - main0) / HZ / wallS) * 100 : undefined;
    const box1 = machineTicks();
    const machinePct = ((box1.busy - box0.busy) / Math.max(1, box1.total - box0.total)) * 100;
    let completed = r.ok;
    let connect: number[] | undefined;
    if (t.settle) {
      const s = await t.settle(r.created);
      completed = Math.min(r.ok, s.completed);
      connect = s.connect;
    }
    const offered = Math.max(r.created, calls);
    const step: Step = {
      cps,
      offered,
      completed,
      failed: offered - completed,
      sippOk: r.ok,
      sippFailed: r.failed,
      retransmissions: r.retransmissions,
      setupP50: pct(r.rtts, 50),
      setupP99: pct(r.rtts, 99),
      ...(connect ? { connectP50: pct(connect, 50), connectP99: pct(connect, 99) } : {}),
      cpuPct,
      ...(mainPct !== undefined ? { mainThreadPct: mainPct } : {}),
      generatorCpuPct: (r.ticks / HZ / (r.wallMs / 1000)) * 100,
      machinePct,
      wallS,
    };
    steps.push(step);
    printStep(t.name, step);
    if (r.diagnostic) log(`${t.name}: SIPp produced no final screen:\n${r.diagnostic}`);
    if (step.failed > 0) {
      // The box is shared (neighbours' compilers, disk): a step fails only if it fails twice
      // in a row. Retried once per ramp, only if the target is idle again (no calls left over).
      const idle = t.idle ? await t.idle() : true;
      if (retry && !retried && idle) {
        retried = true;
        log(`${t.name}: ${step.failed} failed at ${cps} cps, repeating the step once`);
        await sleep(3000);
        i--;
        continue;
      }
      break;
    }
    maxZeroFail = cps;
    await sleep(1000);
  }
  void uasMediaPort;
  return { steps, maxZeroFail };
}

// ------------------------------------------------------------------ file descriptors

/**
 * A call in progress holds 4 descriptors in core (RTP + RTCP per leg) besides the SIP and API sockets, so
 * --hold N needs about 4N + 1,000. When the inherited RLIMIT_NOFILE is lower, the core child is started
 * under prlimit(1) with a higher limit if this box allows it (raising the hard limit needs CAP_SYS_RESOURCE).
 */
const fdPlan = (() => {
  const lim = nofileLimit();
  const need = holdCalls * 4 + 1000;
  let raiseTo = 0;
  let raised = false;
  if (lim !== null && lim.soft < need) {
    if (canRaiseNofile(need)) {
      raiseTo = need;
      raised = true;
    } else if (lim.hard > lim.soft && canRaiseNofile(lim.hard)) raiseTo = lim.hard;
  }
  return { soft: lim?.soft ?? null, hard: lim?.hard ?? null, need, raiseTo, raised };
})();

// ------------------------------------------------------------------ the switch

interface SwitchRig {
  core: CoreChild;
  uas: Uas;
  close(): Promise<void>;
}

async function switchRig(uasMediaPort: number, limits: { maxCps?: number; maxCalls?: number } = {}, dir = dataParent ?? TMPFS, uasLimitS = budgetS, env: Record<string, string> = {}): Promise<SwitchRig> {
  const core = await startCoreChild({ ...limits, env, dataParent: dir, nodeArgs: cpuProfDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfDir}`] : [], nofile: fdPlan.raiseTo || undefined });
  let uas: Uas | null = null;
  try {
    const uasPort = await freePort();
    // The switch sends agent INVITEs to the REGISTER's source: register from the uas port first.
    await import("./sipp.ts").then((m) => m.register(`127.0.0.1:${core.sipPort}`, uasPort, registerScenario(AGENT_EXT, AGENT_PW, DOMAIN, 3600)));
    uas = await startUas(uasPort, uasScenario(uasMediaPort), uasLimitS);
    await agentReady(core.link);
    const u = uas;
    return {
      core,
      uas: u,
      async close() {
        u.stop();
        await core.stop();
      },
    };
  } catch (err) {
    uas?.stop();
    await core.stop();
    throw err;
  }
}

/** Wait until the switch has no calls and the CDRs stopped arriving (at most maxMs). */
async function drain(core: CoreChild, maxMs = 15_000): Promise<{ calls: number; counters: Record<string, number> }> {
  const end = Date.now() + maxMs;
  let last = -1;
  let snap = await core.link.snapshot().catch(() => ({ calls: -1, counters: {} as Record<string, number>, rttMs: 0 }));
  while (Date.now() < end) {
    if (snap.calls === 0 && core.link.tally.total === last) break;
    last = core.link.tally.total;
    await sleep(300);
    snap = await core.link.snapshot().catch(() => ({ calls: -1, counters: {} as Record<string, number>, rttMs: 0 }));
  }
  return snap;
}

/** What must be 0 once every call has ended (gauges of core's snapshot counters). */
const CALL_GAUGES = ["calls_active", "calls_ending", "calls_dialogs", "calls_acdCalls", "media_legs", "media_worker_legs", "media_ports_in_use"];
/** Transactions: 0 only 64*T1 (32 s) after the last message; reported, not waited for. */
const TX_GAUGES = ["sip_clientTransactions", "sip_serverTransactions", "sip_pending2xx"];

/**
 * After a phase: wait (at most --settle-s) until no call, dialog or media leg is left; what is left then did
 * not clean itself up. stuckCallsAfter = calls still in the switch at that point.
 */
async function leftovers(core: CoreChild): Promise<{ stuckCallsAfter: number; waitedS: number; gauges: Record<string, number> }> {
  const t0 = Date.now();
  const end = t0 + settleS * 1000;
  let c: Record<string, number> = {};
  for (;;) {
    c = (await core.link.snapshot(20_000).catch(() => ({ counters: {} as Record<string, number> }))).counters;
    if (CALL_GAUGES.every((g) => c[g] === 0) || Date.now() >= end) break;
    await sleep(1000);
  }
  const gauges = Object.fromEntries([...CALL_GAUGES, ...TX_GAUGES].map((g) => [g, c[g] ?? -1]));
  return { stuckCallsAfter: c.calls_active ?? -1, waitedS: Math.round((Date.now() - t0) / 1000), gauges };
}

async function warmUp(core: CoreChild, callerMediaPort: number, rate = warmupRate): Promise<void> {
  const calls = quick ? Math.min(rate, 30) : rate * 2;
  await runUac({ target: `127.0.0.1:${core.sipPort}`, service: DID, scenario: uacScenario({ mediaPort: callerMediaPort, pauseMs: 100 }), rate, calls, limit: 1000, limitS: 20, localPort: await freePort() });
  await drain(core);
}

async function rampSwitch(name: string, dir: string, uasMediaPort: number, callerMediaPort: number) {
  const rig = await switchRig(uasMediaPort, {}, dir, budgetS, { SIP_DIALOG_PROBE_S: String(probeS) });
  try {
    const { core } = rig;
    const t: Target = {
      name,
      hostPort: `127.0.0.1:${core.sipPort}`,
      ticks: () => treeTicks(core.pid),
      mainTicks: () => threadTicks(core.pid, core.pid),
      idle: async () => (await core.link.snapshot().catch(() => ({ calls: -1 }))).calls === 0,
      alive: () => core.proc.exitCode === null && rig.uas.proc.exitCode === null,
      async settle() {
        await drain(core);
        const tally = core.link.tally;
        const out = { completed: tally.answered - answeredSeen, connect: tally.connectMs.slice(connectSeen) };
        answeredSeen = tally.answered;
        connectSeen = tally.connectMs.length;
        return out;
      },
    };
    // Warm-up (JIT, pools), not counted: the first step would otherwise measure compilation.
    await warmUp(core, callerMediaPort);
    let answeredSeen = core.link.tally.answered;
    let connectSeen = core.link.tally.connectMs.length;
    const rssBefore = rssMiB(core.pid);
    const res = await ramp(t, uasMediaPort, callerMediaPort);
    const after = await drain(core);
    const left = await leftovers(core);
    log(`${name}: after the ramp: ${after.calls} calls left after the drain, ${left.stuckCallsAfter} after ${left.waitedS} s more ${JSON.stringify(left.gauges)}`);
    return {
      ...res, rssBeforeMiB: rssBefore, rssAfterMiB: rssMiB(core.pid), callsAfter: after.calls, counters: after.counters, cdrCauses: core.link.tally.causes,
      stuckCallsAfter: left.stuckCallsAfter, leftover: left.gauges,
    };
  } finally {
    await rig.close();
  }
}

// ------------------------------------------------------------------ anchors

async function rampKamailio(uasMediaPort: number, callerMediaPort: number) {
  const uas = await startUas(await freePort(), uasScenario(uasMediaPort), budgetS);
  let kam: Kamailio | null = null;
  try {
    kam = await startKamailio(await freePort(), uas.port);
    const k = kam;
    return await ramp(
      { name: "kamailio", hostPort: `127.0.0.1:${k.port}`, ticks: () => treeTicks(k.pid), alive: () => k.proc.exitCode === null && uas.proc.exitCode === null },
      uasMediaPort,
      callerMediaPort,
    );
  } finally {
    uas.stop();
    await kam?.stop();
  }
}

async function rampDirect(uasMediaPort: number, callerMediaPort: number) {
  const uas = await startUas(await freePort(), uasScenario(uasMediaPort), budgetS);
  try {
    return await ramp(
      { name: "direct", hostPort: `127.0.0.1:${uas.port}`, ticks: () => (uas.proc.pid ? treeTicks(uas.proc.pid) : 0), alive: () => uas.proc.exitCode === null },
      uasMediaPort,
      callerMediaPort,
    );
  } finally {
    uas.stop();
  }
}

// ------------------------------------------------------------------ calls in progress

async function hold(n: number, rate: number, rounds: number, uasMediaPort: number, callerMediaPort: number) {
  // Every call has two media legs (RTP + RTCP socket each) in the switch: 4 fds a call.
  const rig = await switchRig(uasMediaPort);
  const { core } = rig;
  try {
    // Warm-up (JIT, pools) so "before" is not the cold process.
    await warmUp(core, callerMediaPort);
    const rssBefore = rssMiB(core.pid);
    const holdMs = Math.ceil((n / rate) * 1000) + (quick ? 1000 : 5000);
    const out: Array<Record<string, unknown>> = [];
    // Several identical rounds on one process: RSS after round 2 vs round 1
    // separates a leak (grows every round) from heap V8 keeps (stays level).
    for (let round = 1; round <= rounds; round++) {
      const answered0 = core.link.tally.answered;
      const causes0 = { ...core.link.tally.causes };
      let peakCalls = 0;
      let peakRss = 0;
      let snapshotMaxMs = 0;
      let polling = true;
      const poller = (async () => {
        while (polling) {
          const s = await core.link.snapshot(20_000).catch(() => null);
          if (s) {
            peakCalls = Math.max(peakCalls, s.calls);
            snapshotMaxMs = Math.max(snapshotMaxMs, s.rttMs);
          }
          peakRss = Math.max(peakRss, rssMiB(core.pid));
          await sleep(1000);
        }
      })();
      const t0 = Date.now();
      const ticks0 = treeTicks(core.pid);
      const r = await runUac({
        target: `127.0.0.1:${core.sipPort}`,
        service: DID,
        scenario: uacScenario({ mediaPort: callerMediaPort, pauseMs: holdMs }),
        rate,
        calls: n,
        limit: n + 100,
        limitS: (holdMs / 1000) * 2 + 30,
        recvTimeoutMs: 15_000,
        localPort: await freePort(),
      });
      const wallS = (Date.now() - t0) / 1000;
      const cpuPct = ((treeTicks(core.pid) - ticks0) / HZ / wallS) * 100;
      polling = false;
      await poller;
      const after = await drain(core, 30_000);
      await sleep(3000);
      const causes: Record<string, number> = {};
      for (const [k, v] of Object.entries(core.link.tally.causes)) if (v - (causes0[k] ?? 0) > 0) causes[k] = v - (causes0[k] ?? 0);
      const res = {
        round,
        target: n,
        rate,
        peakCalls,
        sippOk: r.ok,
        sippFailed: r.failed,
        cdrAnswered: core.link.tally.answered - answered0,
        rssBeforeMiB: round === 1 ? rssBefore : out[round - 2]!.rssAfterMiB,
        rssPeakMiB: peakRss,
        rssAfterMiB: rssMiB(core.pid),
        callsAfter: after.calls,
        snapshotMaxMs: Math.round(snapshotMaxMs),
        cpuPct: Math.round(cpuPct),
        counters: after.counters,
        cdrCauses: causes,
      };
      out.push(res);
      log(
        `hold     round ${round}: ${n} calls at ${rate} cps: peak ${peakCalls} in progress, sipp ok ${r.ok} failed ${r.failed}, CDR answered ${res.cdrAnswered}; ` +
          `RSS ${res.rssBeforeMiB} -> ${peakRss} (peak) -> ${res.rssAfterMiB} MiB; calls after ${after.calls}; snapshot max ${res.snapshotMaxMs} ms; cpu ${res.cpuPct}%`,
      );
      // A round that left calls behind poisons the next one.
      if (after.calls !== 0 || r.failed > 0) break;
    }
    const first = out[0]!;
    const last = out.at(-1)!;
    return { ...first, rounds: out, rssAfterLastMiB: last.rssAfterMiB, callsAfterLast: last.callsAfter };
  } finally {
    await rig.close();
  }
}

// ------------------------------------------------------------------ overload

async function overload(limitCps: number, seconds: number, uasMediaPort: number, callerMediaPort: number) {
  const rig = await switchRig(uasMediaPort, { maxCps: limitCps }, dataParent ?? TMPFS, budgetS, { SIP_DIALOG_PROBE_S: String(probeS) });
  const { core } = rig;
  const ping = await pinger(core.sipPort);
  try {
    await warmUp(core, callerMediaPort, Math.min(100, limitCps));
    const answered0 = core.link.tally.answered;
    const rssBefore = rssMiB(core.pid);
    const pings: Array<number | null> = [];
    let pinging = true;
    const pinger_ = (async () => {
      while (pinging) {
        pings.push(await ping.ping(2000));
        await sleep(250);
      }
    })();
    const rate = limitCps * 2;
    const ticks0 = treeTicks(core.pid);
    const t0 = Date.now();
    const r = await runUac({
      target: `127.0.0.1:${core.sipPort}`,
      service: DID,
      scenario: uacScenario({ mediaPort: callerMediaPort, pauseMs, accept503: true }),
      rate,
      calls: Math.round(rate * seconds),
      limit: Math.max(1000, Math.ceil(rate * (pauseMs / 1000 + 3) * 2)),
      limitS: seconds * 2 + 20,
      localPort: await freePort(),
    });
    const wallS = (Date.now() - t0) / 1000;
    const cpuPct = ((treeTicks(core.pid) - ticks0) / HZ / wallS) * 100;
    pinging = false;
    await pinger_;
    const after = await drain(core, 20_000);
    await sleep(2000);
    const left = await leftovers(core);
    const answered = pings.filter((p): p is number => p !== null);
    const res = {
      maxCps: limitCps,
      offeredCps: rate,
      seconds,
      offered: r.created,
      sippOk: r.ok,
      sippFailed: r.failed,
      got200: r.messages["200"] ?? 0,
      got503: r.messages["503"] ?? 0,
      rejected503Counter: after.counters.calls_rejected503 ?? null,
      finalP50Ms: pct(r.rtts, 50),
      finalP99Ms: pct(r.rtts, 99),
      optionsSent: pings.length,
      optionsAnswered: answered.length,
      optionsP99Ms: pct(answered, 99),
      optionsMaxMs: answered.length ? Math.round(Math.max(...answered)) : null,
      cpuPct: Math.round(cpuPct),
      rssBeforeMiB: rssBefore,
      rssAfterMiB: rssMiB(core.pid),
      callsAfter: after.calls,
      stuckCallsAfter: left.stuckCallsAfter,
      leftover: left.gauges,
      cdrAnswered: core.link.tally.answered - answered0,
      counters: after.counters,
    };
    log(
      `overload MAX_CPS ${limitCps}, offered ${rate} cps for ${seconds} s: ${res.offered} INVITEs, ${res.got200} answered 200, ${res.got503} got 503, sipp failed ${r.failed}; ` +
        `final response p50/p99 ${fmt(res.finalP50Ms)}/${fmt(res.finalP99Ms)} ms; OPTIONS ${res.optionsAnswered}/${res.optionsSent} answered, p99 ${fmt(res.optionsP99Ms)} ms, max ${fmt(res.optionsMaxMs)} ms; ` +
        `cpu ${res.cpuPct}%; RSS ${rssBefore} -> ${res.rssAfterMiB} MiB; calls after ${after.calls}, stuck after ${left.waitedS} s more ${left.stuckCallsAfter}`,
    );
    return res;
  } finally {
    ping.close();
    await rig.close();
  }
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const media = await discardPair();
  const uasMedia = await discardPair();
  const summary: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "", node: process.version },
    step_s: stepS,
    pause_ms: pauseMs,
  };
  try {
    log(`bench:sip  ${os.cpus().length} CPUs, node ${process.version}, ${stepS} s per step, caller talks ${pauseMs} ms, rates ${rates.join(",")}`);
    summary.nofile = fdPlan;
    if (holdCalls > 0 && fdPlan.soft !== null && fdPlan.soft < fdPlan.need) {
      log(
        `fd limit: --hold ${holdCalls} needs ~${fdPlan.need} descriptors (4 per call), RLIMIT_NOFILE is ${fdPlan.soft}/${fdPlan.hard} (soft/hard); ` +
          (fdPlan.raised ? `core runs under prlimit --nofile=${fdPlan.raiseTo}` : `raising it is not permitted here (needs CAP_SYS_RESOURCE): calls beyond about ${Math.floor(((fdPlan.raiseTo || fdPlan.soft) - 100) / 4)} will get 503 (media_unavailable)`),
      );
    }
    type SwitchRamp = Awaited<ReturnType<typeof rampSwitch>>;
    let sw: SwitchRamp | { error: string } | null = null;
    let swTmpfs: SwitchRamp | { error: string } | null = null;
    /** A phase that fails (e.g. core does not start) is reported in the summary; the run goes on. */
    const phase = async <T>(name: string, f: () => Promise<T>): Promise<T | { error: string }> => {
      try {
        return await f();
      } catch (err) {
        log(`${name} failed: ${(err as Error)?.stack ?? err}`);
        (summary.errors as string[] | undefined) ?? (summary.errors = []);
        (summary.errors as string[]).push(`${name}: ${(err as Error)?.message ?? err}`.slice(0, 2000));
        return { error: String((err as Error)?.message ?? err).slice(0, 2000) };
      }
    };
    if (targets.has("switch")) {
      sw = await phase("switch ramp", () => rampSwitch("switch", dataParent ?? os.tmpdir(), uasMedia.port, media.port));
    }
    if (sw && !("error" in sw)) {
      log(`switch: max ${sw.maxZeroFail} cps with zero failed calls; RSS ${sw.rssBeforeMiB} -> ${sw.rssAfterMiB} MiB; calls left ${sw.callsAfter}`);
      summary.max_cps_zero_fail = sw.maxZeroFail;
      const best = sw.steps.findLast((s) => s.cps === sw!.maxZeroFail && s.failed === 0) ?? sw.steps[0];
      summary.setup_p50_ms = best?.setupP50 ?? null;
      summary.setup_p99_ms = best?.setupP99 ?? null;
      summary.agent_bridged_p99_ms = best?.connectP99 ?? null;
      summary.switch_cpu_pct_at_max = best ? Math.round(best.cpuPct) : null;
      summary.switch_steps = sw.steps;
      summary.switch_calls_left = sw.callsAfter;
      summary.switch_stuck_calls_after = sw.stuckCallsAfter;
      summary.switch_leftover = sw.leftover;
      summary.switch_counters = sw.counters;
      summary.switch_cdr_causes = sw.cdrCauses;
    } else if (sw) summary.max_cps_zero_fail = null;
    if (targets.has("switch-tmpfs")) {
      swTmpfs = await phase("switch-tmpfs ramp", () => rampSwitch("sw-tmpfs", TMPFS, uasMedia.port, media.port));
    }
    if (swTmpfs && !("error" in swTmpfs)) {
      log(`switch, DATA_DIR on tmpfs: max ${swTmpfs.maxZeroFail} cps with zero failed calls; RSS ${swTmpfs.rssBeforeMiB} -> ${swTmpfs.rssAfterMiB} MiB; calls left ${swTmpfs.callsAfter}`);
      summary.max_cps_zero_fail_tmpfs = swTmpfs.maxZeroFail;
      const best = swTmpfs.steps.findLast((s) => s.cps === swTmpfs!.maxZeroFail && s.failed === 0) ?? swTmpfs.steps[0];
      summary.setup_p99_ms_tmpfs = best?.setupP99 ?? null;
      summary.switch_tmpfs_steps = swTmpfs.steps;
      summary.switch_tmpfs_calls_left = swTmpfs.callsAfter;
      summary.switch_tmpfs_stuck_calls_after = swTmpfs.stuckCallsAfter;
      summary.switch_tmpfs_leftover = swTmpfs.leftover;
      summary.switch_tmpfs_rss_after_mib = swTmpfs.rssAfterMiB;
      summary.switch_tmpfs_counters = swTmpfs.counters;
      summary.switch_tmpfs_cdr_causes = swTmpfs.cdrCauses;
    }
    if (targets.has("kamailio")) {
      if (!kamailioAvailable()) {
        log("kamailio: not installed (apt-get install kamailio), skipped");
        summary.kamailio_max_cps_zero_fail = null;
      } else {
        const k = await phase("kamailio ramp", () => rampKamailio(uasMedia.port, media.port));
        if (!("error" in k)) {
          log(`kamailio: max ${k.maxZeroFail} cps with zero failed calls`);
          summary.kamailio_max_cps_zero_fail = k.maxZeroFail;
          summary.kamailio_steps = k.steps;
        } else summary.kamailio_max_cps_zero_fail = null;
      }
    }
    if (targets.has("direct")) {
      const d = await phase("direct ramp", () => rampDirect(uasMedia.port, media.port));
      if (!("error" in d)) {
        log(`direct: SIPp uac -> uas max ${d.maxZeroFail} cps with zero failed calls`);
        summary.sipp_direct_max_cps = d.maxZeroFail;
        summary.direct_steps = d.steps;
      } else summary.sipp_direct_max_cps = null;
    }
    const k = summary.kamailio_max_cps_zero_fail;
    if (typeof k === "number" && k > 0) {
      if (typeof summary.max_cps_zero_fail === "number") summary.ratio_switch_kamailio = Math.round((summary.max_cps_zero_fail / k) * 100) / 100;
      if (typeof summary.max_cps_zero_fail_tmpfs === "number") summary.ratio_switch_tmpfs_kamailio = Math.round((summary.max_cps_zero_fail_tmpfs / k) * 100) / 100;
      log(`ratio switch/kamailio: ${summary.ratio_switch_kamailio ?? "-"} (DATA_DIR on tmpfs: ${summary.ratio_switch_tmpfs_kamailio ?? "-"}; target >= 0.5)`);
    }
    // The phases below run on tmpfs unless --data-dir says otherwise: take that ramp's rate.
    const okRamp = (r: typeof sw) => (r && !("error" in r) ? r.maxZeroFail : 0);
    const sustainable = (dataParent ? okRamp(sw) : okRamp(swTmpfs)) || okRamp(sw) || rates[0] || 100;
    const rate = holdRateOpt || Math.max(10, Math.min(400, Math.floor(sustainable * 0.8)));
    if (holdCalls > 0 && Date.now() + ((holdCalls / rate) * 2 + (quick ? 8 : 30)) * holdRounds * 1000 < deadline) {
      summary.hold = await phase("hold", () => hold(holdCalls, rate, holdRounds, uasMedia.port, media.port));
    }
    if (overloadS > 0 && Date.now() + (overloadS + (quick ? 6 : 30)) * 1000 < deadline) {
      const limit = overloadCpsOpt || Math.max(quick ? 10 : 50, Math.floor(sustainable / 2 / (quick ? 5 : 50)) * (quick ? 5 : 50));
      summary.overload = await phase("overload", () => overload(limit, overloadS, uasMedia.port, media.port));
    }
  } finally {
    media.close();
    uasMedia.close();
    killAll();
  }
  summary.rtp_packets_discarded = media.packets() + uasMedia.packets();
  // Calls the switch still held --settle-s after its ramps / overload phase (the worst of them; null = none ran)
  const stuck = [summary.switch_stuck_calls_after, summary.switch_tmpfs_stuck_calls_after, (summary.overload as { stuckCallsAfter?: number } | undefined)?.stuckCallsAfter]
    .filter((v): v is number => typeof v === "number");
  summary.stuck_calls_after = stuck.length ? Math.max(...stuck) : null;
  if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`bench:sip failed: ${(err as Error)?.stack ?? err}\n`);
    killAll();
    process.exit(1);
  },
);
