// Runs the real SIPp (Debian sip-tester) with a scenario from test/scenarios.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCEN = new URL("../scenarios/", import.meta.url).pathname;

export interface SippResult {
  code: number | null;
  stdout: string;
  stderr: string;
  errors: string;
}

export interface SippOptions {
  scenario: string; // file name in test/scenarios
  target: string; // host:port of the switch ("" for a UAS that waits)
  vars?: Record<string, string>; // {{NAME}} replacements in the scenario
  keys?: Record<string, string>; // -key name value ([name] in the scenario)
  service?: string; // -s (Request-URI user)
  calls?: number; // -m, default 1
  rate?: number; // -r calls per second, default 10
  pauseMs?: number; // -d, the <pause/> length
  transport?: "u1" | "t1"; // default u1 (UDP)
  localPort?: number; // -p
  localIp?: string; // -i, default 127.0.0.1 (any 127.0.0.0/8 address: a second "host" on loopback)
  timeoutS?: number; // global -timeout, default 30
  extra?: string[];
}

export function runSipp(o: SippOptions): Promise<SippResult> {
  const dir = mkdtempSync(join(tmpdir(), "sb-sipp-"));
  let xml = readFileSync(join(SCEN, o.scenario), "utf8");
  for (const [k, v] of Object.entries(o.vars ?? {})) xml = xml.replace(new RegExp(`\\{\\{${k}(\\|[^}]*)?\\}\\}`, "g"), () => v);
  // Placeholders a caller did not set take their default: {{NAME|default}} or "".
  xml = xml.replace(/\{\{[A-Z_]+(?:\|([^}]*))?\}\}/g, (_m, d: string | undefined) => d ?? "");
  const scen = join(dir, o.scenario);
  writeFileSync(scen, xml);
  const errFile = join(dir, "errors.log");
  const args = [
    ...(o.target ? [o.target] : []),
    "-sf", scen,
    "-i", o.localIp ?? "127.0.0.1",
    "-m", String(o.calls ?? 1),
    "-r", String(o.rate ?? 10),
    "-t", o.transport ?? "u1",
    "-timeout", `${o.timeoutS ?? 30}s`,
    "-timeout_error",
    "-nostdin",
    "-trace_err", "-error_file", errFile,
    "-max_recv_loops", "1000",
    ...(o.localPort ? ["-p", String(o.localPort)] : []),
    ...(o.service ? ["-s", o.service] : []),
    ...(o.pauseMs !== undefined ? ["-d", String(o.pauseMs)] : []),
    ...Object.entries(o.keys ?? {}).flatMap(([k, v]) => ["-key", k, v]),
    ...(o.extra ?? []),
  ];
  return new Promise((resolve) => {
    const p = spawn("sipp", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    const kill = setTimeout(() => p.kill("SIGKILL"), ((o.timeoutS ?? 30) + 10) * 1000);
    p.on("exit", (code) => {
      clearTimeout(kill);
      let errors = "";
      try {
        errors = readFileSync(errFile, "utf8");
      } catch {}
      resolve({ code, stdout, stderr, errors });
    });
  });
}
