// Child processes of the benchmark: every one is registered here and killed
// on exit, SIGINT/SIGTERM or an uncaught error, so no SIPp, Kamailio or core
// outlives a run. CPU and memory come from /proc.
import { type ChildProcess, spawn, type SpawnOptions } from "node:child_process";
import dgram from "node:dgram";
import { readFileSync } from "node:fs";
import net from "node:net";

const children = new Set<ChildProcess>();

/** Clock ticks per second for /proc/<pid>/stat utime/stime (Linux: 100). */
export const HZ = 100;

/** Spawn and register a child; it is killed when this process exits. */
export function start(cmd: string, args: string[], opts: SpawnOptions = {}): ChildProcess {
  const p = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], ...opts });
  children.add(p);
  p.once("exit", () => children.delete(p));
  return p;
}

/** SIGKILL a child and all of its descendants (SIPp under timeout(1), Kamailio's workers). */
export function killTree(p: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): void {
  if (p.pid === undefined || p.exitCode !== null || p.signalCode !== null) return;
  for (const pid of [...descendants(p.pid)].reverse()) {
    try {
      process.kill(pid, signal);
    } catch {}
  }
  try {
    p.kill(signal);
  } catch {}
}

/** Wait for a child to exit, at most `ms`; then SIGKILL it (and its descendants). */
export async function stop(p: ChildProcess, signal: NodeJS.Signals = "SIGTERM", ms = 3000): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise<void>((r) => p.once("exit", () => r()));
  killTree(p, signal);
  const t = setTimeout(() => killTree(p, "SIGKILL"), ms);
  await exited;
  clearTimeout(t);
}

export function killAll(): void {
  for (const p of children) killTree(p, "SIGKILL");
}

process.once("exit", killAll);
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(sig, () => {
    killAll();
    process.exit(130);
  });
}

/** The pid and all descendants (via /proc/<pid>/task/<tid>/children). */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    let kids = "";
    try {
      kids = readFileSync(`/proc/${p}/task/${p}/children`, "utf8");
    } catch {
      return;
    }
    for (const k of kids.trim().split(/\s+/)) if (k) walk(Number(k));
  };
  walk(pid);
  return out;
}

/** utime+stime in ticks of one process (all its threads). */
export function cpuTicks(pid: number): number {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    // comm may contain spaces: fields start after the last ')'
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}

/** CPU ticks of one thread (e.g. a Node process's main thread: tid = pid). */
export function threadTicks(pid: number, tid: number): number {
  try {
    const s = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}

/** Busy and total ticks of the whole machine (/proc/stat), for "how loaded was the box". */
export function machineTicks(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = line.reduce((a, b) => a + b, 0);
  const idle = (line[3] ?? 0) + (line[4] ?? 0);
  return { busy: total - idle, total };
}

/** CPU ticks of a process tree (Kamailio's children, SIPp under timeout). */
export function treeTicks(pid: number): number {
  let t = 0;
  for (const p of descendants(pid)) t += cpuTicks(p);
  return t;
}

/** Resident set size in MiB (VmRSS). */
export function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : 0;
  } catch {
    return 0;
  }
}

/** A port free on both UDP and TCP right now (small race; fine on loopback). */
export async function freePort(): Promise<number> {
  for (;;) {
    const u = dgram.createSocket("udp4");
    const port = await new Promise<number>((res) => u.bind(0, "127.0.0.1", () => res(u.address().port)));
    const ok = await new Promise<boolean>((res) => {
      const s = net.createServer();
      s.once("error", () => res(false));
      s.listen(port, "127.0.0.1", () => s.close(() => res(true)));
    });
    await new Promise<void>((r) => u.close(() => r()));
    if (ok) return port;
  }
}

/** Wait until something listens on UDP 127.0.0.1:port (SIPp prints nothing reliable). */
export async function waitUdp(port: number, ms = 5000): Promise<void> {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, "0")} `;
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (readFileSync("/proc/net/udp", "utf8").includes(hex)) return;
    await sleep(30);
  }
  throw new Error(`nothing listening on udp ${port} after ${ms} ms`);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Collect a child's output (bounded: the last `max` characters). */
export function collect(p: ChildProcess, max = 200_000): { out(): string } {
  let buf = "";
  const add = (d: Buffer) => {
    buf += d.toString();
    if (buf.length > max * 2) buf = buf.slice(-max);
  };
  p.stdout?.on("data", add);
  p.stderr?.on("data", add);
  return { out: () => buf.slice(-max) };
}
