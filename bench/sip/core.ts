// The switch under test: core standalone as a child process (its own CPU and
// memory, like production), configured from a file, plus a control-side
// protobuf link that makes the agent READY, acks CDRs and asks for snapshots.
import { type ChildProcess, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Deframer, frame, pb, type switchboard } from "@switchboard/proto";
import { collect, freePort, start, stop } from "./procs.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const TENANT = "bench";
export const DID = "5000";
export const AGENT_EXT = "9000";
export const AGENT_PW = "pw";
export const DOMAIN = "127.0.0.1";

/** CDR tallies kept by the control link (a cross-check of SIPp's counts). */
export interface CdrTally {
  total: number;
  /** Bridged to the agent and hung up by the caller. */
  answered: number;
  /** Call start (INVITE at the switch) -> agent bridged, ms, for answered calls since the last take(). */
  connectMs: number[];
  causes: Record<string, number>;
}

export class ControlLink {
  private readonly socket: net.Socket;
  private seq = 0;
  private readonly waiting = new Map<number, (r: switchboard.v1.ICommandResult) => void>();
  private pendingAcks: number[] = [];
  private ackTimer: NodeJS.Timeout | null = null;
  readonly tally: CdrTally = { total: 0, answered: 0, connectMs: [], causes: {} };

  private constructor(socket: net.Socket) {
    this.socket = socket;
    const deframer = new Deframer();
    socket.on("data", (chunk) => deframer.push(chunk, (env) => this.onEnvelope(env)));
    socket.on("error", () => {});
  }

  static async connect(port: number): Promise<ControlLink> {
    const socket = net.connect(port, "127.0.0.1");
    await new Promise<void>((res, rej) => {
      socket.once("connect", () => res());
      socket.once("error", rej);
    });
    socket.setNoDelay(true);
    const link = new ControlLink(socket);
    link.send({ hello: { role: "control", nodeId: "bench", protocolVersion: 1 } });
    return link;
  }

  private send(env: switchboard.v1.IEnvelope): number {
    const seq = ++this.seq;
    this.socket.write(frame({ ...env, seq }));
    return seq;
  }

  private onEnvelope(env: switchboard.v1.Envelope): void {
    if (env.body === "result") {
      const cb = this.waiting.get(Number(env.replyTo));
      this.waiting.delete(Number(env.replyTo));
      cb?.(env.result ?? {});
      return;
    }
    if (env.body !== "event" || !env.event) return;
    const ev = env.event;
    if (ev.cdr) {
      const c = ev.cdr;
      this.tally.total++;
      const cause = c.hangupCause ?? "";
      this.tally.causes[cause] = (this.tally.causes[cause] ?? 0) + 1;
      if (Number(c.answerMs) > 0 && c.agentId && c.hangupSide === "caller") {
        this.tally.answered++;
        this.tally.connectMs.push(Number(c.answerMs) - Number(c.startMs));
      }
    }
    const id = Number(ev.outboxId);
    if (id > 0) {
      // Ack in batches: the spool stays small without a frame per CDR.
      this.pendingAcks.push(id);
      this.ackTimer ??= setTimeout(() => {
        this.ackTimer = null;
        const ids = this.pendingAcks;
        this.pendingAcks = [];
        if (!this.socket.destroyed) this.send({ ack: { outboxIds: ids } });
      }, 20);
    }
  }

  /** Send a command and wait for its result (at most `ms`). */
  command(cmd: switchboard.v1.ICommand, ms = 10_000): Promise<switchboard.v1.ICommandResult> {
    const seq = this.send({ command: cmd });
    return new Promise((res, rej) => {
      const t = setTimeout(() => {
        this.waiting.delete(seq);
        rej(new Error(`command ${JSON.stringify(cmd)} unanswered after ${ms} ms`));
      }, ms);
      this.waiting.set(seq, (r) => {
        clearTimeout(t);
        res(r);
      });
    });
  }

  /** Platform-wide snapshot: calls in progress and counters. */
  async snapshot(ms = 10_000): Promise<{ calls: number; counters: Record<string, number>; rttMs: number }> {
    const t0 = performance.now();
    const r = await this.command({ snapshot: { tenantId: "" } }, ms);
    const counters: Record<string, number> = {};
    for (const [k, v] of Object.entries(r.snapshot?.counters ?? {})) counters[k] = Number(v);
    return { calls: r.snapshot?.calls?.length ?? 0, counters, rttMs: performance.now() - t0 };
  }

  close(): void {
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.socket.destroy();
  }
}

export interface CoreChild {
  proc: ChildProcess;
  pid: number;
  sipPort: number;
  apiPort: number;
  link: ControlLink;
  output(): string;
  stop(): Promise<void>;
}

export interface CoreChildOptions {
  /** Switch-wide limits (0 = none). */
  maxCalls?: number;
  maxCps?: number;
  /**
   * Where core's DATA_DIR (CDR spool, fsync'd per call) is created (default
   * os.tmpdir()). On tmpfs (/dev/shm) fdatasync costs nothing: comparing the
   * two shows what the durable CDR spool costs the call rate.
   */
  dataParent?: string;
  /** Extra node flags for the core process, e.g. ["--cpu-prof", "--cpu-prof-dir=/tmp/p"] (default none). */
  nodeArgs?: string[];
  /**
   * RLIMIT_NOFILE (soft = hard) for the core process, set with prlimit(1) (default: inherited). Only use a
   * value `canRaiseNofile` said yes to: beyond the current hard limit it needs CAP_SYS_RESOURCE.
   */
  nofile?: number;
  /** More environment for core, e.g. { SIP_DIALOG_PROBE_S: "10" } (default none). */
  env?: Record<string, string>;
}

/** This process's RLIMIT_NOFILE from /proc/self/limits (null where unreadable). */
export function nofileLimit(): { soft: number; hard: number } | null {
  try {
    const m = /Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/.exec(readFileSync("/proc/self/limits", "utf8"));
    if (!m) return null;
    const n = (v: string) => (v === "unlimited" ? Number.POSITIVE_INFINITY : Number(v));
    return { soft: n(m[1]!), hard: n(m[2]!) };
  } catch {
    return null;
  }
}

/** Whether a child can get RLIMIT_NOFILE n (tries `prlimit --nofile=n:n true`). */
export function canRaiseNofile(n: number): boolean {
  const r = spawnSync("prlimit", [`--nofile=${n}:${n}`, "true"], { stdio: "ignore" });
  return r.status === 0;
}

/**
 * Start core standalone with a one-tenant config (DID 5000 -> queue q -> agent 9000) and connect a control link.
 * Retried (3 attempts) when a port picked as free was taken meanwhile.
 */
export async function startCoreChild(o: CoreChildOptions = {}): Promise<CoreChild> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(o);
    } catch (err) {
      if (attempt >= 3 || !String((err as Error).message).includes("EADDRINUSE")) throw err;
    }
  }
}

async function startOnce(o: CoreChildOptions): Promise<CoreChild> {
  const dir = mkdtempSync(join(o.dataParent ?? tmpdir(), "sb-bench-core-"));
  const ha1 = createHash("md5").update(`${AGENT_EXT}:${DOMAIN}:${AGENT_PW}`).digest("hex");
  const config = {
    version: 1,
    tenants: [
      {
        id: TENANT,
        name: "bench",
        sipDomains: [DOMAIN],
        recording: "RECORDING_NEVER",
        dids: [{ number: DID, queueId: "q" }],
        queues: [{ id: "q", name: "bench", strategy: "longest_idle", ringTimeoutS: 30 }],
        agents: [
          { id: "a", jobNumber: AGENT_EXT, extension: AGENT_EXT, ha1Md5: ha1, maxConcurrent: 100_000, queueIds: ["q"] },
        ],
      },
    ],
  };
  const configFile = join(dir, "config.json");
  writeFileSync(configFile, JSON.stringify(config));
  const [sipPort, apiPort, rtpBase] = [await freePort(), await freePort(), 20000 + Math.floor(Math.random() * 20) * 1000];
  const nodeArgv = [...(o.nodeArgs ?? []), "--import", "tsx", "core/src/main.ts"];
  // SB_BENCH_CORE_PREFIX: a command (space-separated) core runs under, e.g. valgrind --tool=callgrind to
  // count instructions per call on a shared box (docs/bench-sip.md); default none.
  const prefix = (process.env.SB_BENCH_CORE_PREFIX ?? "").split(" ").filter((a) => a !== "");
  const nodeCmd = [...prefix, process.execPath, ...nodeArgv];
  // prlimit execs node (same pid), so the bench's process bookkeeping is unchanged
  const [cmd, argv] = o.nofile ? ["prlimit", [`--nofile=${o.nofile}:${o.nofile}`, ...nodeCmd]] : [nodeCmd[0]!, nodeCmd.slice(1)];
  const startMs = prefix.length > 0 ? 900_000 : 20_000;
  const proc = start(cmd as string, argv as string[], {
    cwd: ROOT,
    env: {
      ...process.env,
      SIP_PORT: String(sipPort),
      CORE_API_PORT: String(apiPort),
      // 2 ports per call leg pair... the 10,000-call hold needs 20,000 legs.
      RTP_PORT_MIN: String(rtpBase),
      RTP_PORT_MAX: String(Math.min(65000, rtpBase + 25_000)),
      DATA_DIR: dir,
      LOG_LEVEL: "warn",
      MEDIA_WORKERS: "1",
      CORE_CONFIG_FILE: configFile,
      MAX_CALLS: String(o.maxCalls ?? 0),
      MAX_CPS: String(o.maxCps ?? 0),
      ...o.env,
    },
  });
  const out = collect(proc, 50_000);
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    await new Promise<void>((res, rej) => {
      const t = setTimeout(() => rej(new Error(`core did not start in ${startMs / 1000} s:\n${out.out()}`)), startMs);
      const check = () => {
        if (out.out().includes('"core listening"')) {
          clearTimeout(t);
          proc.stdout?.off("data", check);
          res();
        }
      };
      proc.stdout?.on("data", check);
      proc.once("exit", (code) => {
        clearTimeout(t);
        rej(new Error(`core exited (${code}):\n${out.out()}`));
      });
    });
    const link = await ControlLink.connect(apiPort);
    return {
      proc,
      pid: proc.pid!,
      sipPort,
      apiPort,
      link,
      output: out.out,
      async stop() {
        link.close();
        await stop(proc, "SIGTERM", 5000);
        cleanup();
      },
    };
  } catch (err) {
    await stop(proc, "SIGKILL", 1000);
    cleanup();
    throw err;
  }
}

/** Make the agent READY (as control would after the agent logs in). */
export async function agentReady(link: ControlLink): Promise<void> {
  const r = await link.command({ agentSetState: { tenantId: TENANT, agentId: "a", status: pb.AgentStatus.AGENT_READY } });
  if (!r.ok) throw new Error(`agentSetState failed: ${r.code} ${r.reason}`);
}
