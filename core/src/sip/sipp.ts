// Test helper (not exported from index.ts): run a real SIPp against the stack and always clean up.
import { type ChildProcess, spawn } from "node:child_process";
import dgram from "node:dgram";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SCENARIOS = fileURLToPath(new URL("./testdata/", import.meta.url));

/** A port free on both UDP and TCP right now (small race, fine for tests). */
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

export interface SippRun {
  port: number;
  done: Promise<{ code: number | null; stdout: string; stderr: string; messages: string }>;
  kill(): void;
}

/**
 * Start sipp with `args` (scenario, -i, -p, -m ... are the caller's); adds -nostdin, a message trace and a
 * hard wall-clock limit via timeout(1). `done` resolves with the exit code and the message trace.
 */
export function runSipp(args: string[], limitS = 15): { proc: ChildProcess; done: SippRun["done"]; kill(): void } {
  const dir = mkdtempSync(join(tmpdir(), "sipp-"));
  const proc = spawn("timeout", ["-s", "KILL", String(limitS), "sipp", ...args, "-nostdin", "-trace_msg",
    "-message_file", join(dir, "msg.log"), "-trace_err", "-error_file", join(dir, "err.log")], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  proc.stdout?.on("data", (d) => {
    stdout += d;
  });
  proc.stderr?.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string; messages: string }>((res) => {
    proc.on("close", (code) => {
      let messages = "";
      try {
        for (const f of readdirSync(dir)) messages += readFileSync(join(dir, f), "utf8");
      } catch {}
      rmSync(dir, { recursive: true, force: true });
      res({ code, stdout, stderr, messages });
    });
  });
  return {
    proc,
    done,
    kill() {
      if (proc.exitCode === null && proc.pid !== undefined) {
        try {
          proc.kill("SIGKILL");
        } catch {}
      }
    },
  };
}

/** Wait until something listens on TCP 127.0.0.1:port (SIPp needs a moment to bind). */
export async function waitTcp(port: number, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise<boolean>((res) => {
      const s = net.connect(port, "127.0.0.1");
      s.once("connect", () => {
        s.destroy();
        res(true);
      });
      s.once("error", () => res(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listening on ${port}`);
}

/** Wait until SIPp reports it is listening on UDP (it prints nothing reliable; poll with /proc/net/udp). */
export async function waitUdp(port: number, ms = 5000): Promise<void> {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if (readFileSync("/proc/net/udp", "utf8").includes(`:${hex} `)) return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
      return;
    }
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error(`nothing listening on udp ${port}`);
}
