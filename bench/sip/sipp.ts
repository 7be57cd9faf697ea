// Running SIPp for the benchmark: a uac per ramp step (its final screen gives
// calls created/successful/failed and per-message counts; -trace_rtt gives
// every call's setup time), a long-running uas, and a one-shot REGISTER.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collect, killTree, start, treeTicks, waitUdp } from "./procs.ts";

export interface UacRun {
  /** Calls SIPp started. */
  created: number;
  ok: number;
  failed: number;
  /** INVITE -> final response times (rtd 1) in ms, one per call that got one. */
  rtts: number[];
  /** Messages column per scenario row, e.g. "INVITE", "100", "180", "503", "200", "200#2". */
  messages: Record<string, number>;
  retransmissions: number;
  wallMs: number;
  /** CPU of the SIPp process over the run, in ticks. */
  ticks: number;
  /** The tail of SIPp's output when it did not produce a final screen. */
  diagnostic?: string;
}

export interface UacOptions {
  /** host:port the INVITEs go to. */
  target: string;
  /** Request-URI user ([service]). */
  service: string;
  /** Scenario XML text. */
  scenario: string;
  rate: number;
  calls: number;
  /** Simultaneous-call cap (-l). */
  limit: number;
  /** Hard wall-clock limit in s: SIPp is told (-timeout) and killed a little later. */
  limitS: number;
  /** Fail a call waiting longer than this for a response (default 8000 ms). */
  recvTimeoutMs?: number;
  localPort: number;
}

/** Parse SIPp's final screen (printed to stdout on exit with -nostdin). */
export function parseScreen(out: string): Omit<UacRun, "rtts" | "wallMs" | "ticks"> | null {
  // The last screen printed wins (SIPp may print several).
  const at = out.lastIndexOf("Messages  Retrans");
  if (at < 0) return null;
  const tail = out.slice(at);
  const num = (re: RegExp) => {
    const m = re.exec(tail);
    return m ? Number(m[1]) : Number.NaN;
  };
  const created = num(/Outgoing calls created\s+\|\s+\d+\s+\|\s+(\d+)/);
  const ok = num(/Successful call\s+\|\s+\d+\s+\|\s+(\d+)/);
  const failed = num(/Failed call\s+\|\s+\d+\s+\|\s+(\d+)/);
  const messages: Record<string, number> = {};
  let retransmissions = 0;
  const screen = tail.slice(0, tail.indexOf("Test Terminated") > 0 ? tail.indexOf("Test Terminated") : undefined);
  for (const m of screen.matchAll(/^\s*(\S+)\s+(?:-+>|<-+)\s+(?:[EB]-RTD\d+\s+)?(\d+)\s+(\d+)/gm)) {
    let key = m[1]!;
    for (let i = 2; key in messages; i++) key = `${m[1]}#${i}`;
    messages[key] = Number(m[2]);
    retransmissions += Number(m[3]);
  }
  if (!Number.isFinite(ok)) return null;
  return { created: Number.isFinite(created) ? created : ok + (Number.isFinite(failed) ? failed : 0), ok, failed: Number.isFinite(failed) ? failed : 0, messages, retransmissions };
}

/** Run one SIPp uac to completion (or its time limit). */
export async function runUac(o: UacOptions): Promise<UacRun> {
  const dir = mkdtempSync(join(tmpdir(), "sb-bench-uac-"));
  try {
    writeFileSync(join(dir, "uac.xml"), o.scenario);
    const args = [
      "-s", "KILL", String(Math.ceil(o.limitS + 5)), "sipp", o.target,
      "-sf", "uac.xml", "-s", o.service, "-i", "127.0.0.1", "-p", String(o.localPort),
      "-r", String(o.rate), "-m", String(o.calls), "-l", String(o.limit),
      "-timeout", `${Math.ceil(o.limitS)}s`, "-recv_timeout", String(o.recvTimeoutMs ?? 8000),
      "-buff_size", String(4 << 20), "-nostdin", "-trace_rtt", "-rtt_freq", "1",
    ];
    const t0 = Date.now();
    const p = start("timeout", args, { cwd: dir });
    const out = collect(p);
    let ticks = 0;
    // The SIPp child of timeout(1) is gone once it exits: sample its CPU while it runs.
    const sampler = setInterval(() => {
      if (p.pid !== undefined) ticks = Math.max(ticks, treeTicks(p.pid));
    }, 200);
    await new Promise<void>((r) => p.once("close", () => r()));
    clearInterval(sampler);
    const wallMs = Date.now() - t0;
    const screen = parseScreen(out.out());
    const rtts: number[] = [];
    for (const f of readdirSync(dir)) {
      if (!f.endsWith("_rtt.csv")) continue;
      for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
        const [, ms, rtd] = line.split(";");
        if (rtd?.trim() === "1" && ms !== undefined && ms !== "" && Number.isFinite(Number(ms))) rtts.push(Number(ms));
      }
    }
    if (!screen) {
      return { created: 0, ok: 0, failed: o.calls, rtts, messages: {}, retransmissions: 0, wallMs, ticks, diagnostic: out.out().slice(-2000) };
    }
    return { ...screen, rtts, wallMs, ticks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Uas {
  proc: ChildProcess;
  port: number;
  output(): string;
  stop(): void;
}

/** A long-running SIPp uas on `port` with the given scenario (killed after limitS at the latest). */
export async function startUas(port: number, scenario: string, limitS: number): Promise<Uas> {
  const dir = mkdtempSync(join(tmpdir(), "sb-bench-uas-"));
  writeFileSync(join(dir, "uas.xml"), scenario);
  const p = start(
    "timeout",
    ["-s", "KILL", String(Math.ceil(limitS)), "sipp", "-sf", "uas.xml", "-i", "127.0.0.1", "-p", String(port), "-buff_size", String(4 << 20), "-nostdin"],
    { cwd: dir },
  );
  const out = collect(p, 20_000);
  p.once("close", () => rmSync(dir, { recursive: true, force: true }));
  await waitUdp(port);
  return { proc: p, port, output: out.out, stop: () => killTree(p) };
}

/** One REGISTER with digest from `localPort` (SIPp computes the response). Throws unless it got 200. */
export async function register(target: string, localPort: number, scenario: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sb-bench-reg-"));
  try {
    writeFileSync(join(dir, "reg.xml"), scenario);
    const p = start("timeout", ["-s", "KILL", "15", "sipp", target, "-sf", "reg.xml", "-i", "127.0.0.1", "-p", String(localPort), "-m", "1", "-nostdin", "-timeout", "10s"], { cwd: dir });
    const out = collect(p);
    await new Promise<void>((r) => p.once("close", () => r()));
    const s = parseScreen(out.out());
    if (s?.ok !== 1) throw new Error(`REGISTER failed:\n${out.out().slice(-1500)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
