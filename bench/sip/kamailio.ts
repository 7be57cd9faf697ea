// The anchor: Kamailio (Debian package, 5.6) as a minimal stateful proxy in
// front of the same SIPp uas. tm+rr+sl+maxfwd+textops (+siputils for
// has_totag, pv for $du); 4 children; TLSF allocator with 2 GiB shared memory,
// the settings under which docs/architecture.md measured ~4,000 CPS clean.
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collect, start, stop, waitUdp } from "./procs.ts";

const MODULES = ["/usr/lib/x86_64-linux-gnu/kamailio/modules", "/usr/lib/kamailio/modules"];

export function kamailioAvailable(): boolean {
  return MODULES.some((d) => existsSync(join(d, "tm.so"))) && existsSync("/usr/sbin/kamailio");
}

export function kamailioConfig(port: number, uasPort: number, children = 4): string {
  const mpath = MODULES.find((d) => existsSync(join(d, "tm.so"))) ?? MODULES[0];
  return `#!KAMAILIO
debug=1
log_stderror=yes
children=${children}
listen=udp:127.0.0.1:${port}
disable_tcp=yes
auto_aliases=no
dns=no
rev_dns=no
mpath="${mpath}"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "maxfwd.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "pv.so"

request_route {
  if (!mf_process_maxfwd_header("10")) {
    sl_send_reply("483", "Too Many Hops");
    exit;
  }
  if (has_totag()) {
    # In-dialog (ACK for 2xx, BYE): follow the recorded route (RFC 3261 16.12).
    if (loose_route()) {
      t_relay();
      exit;
    }
    if (is_method("ACK")) {
      if (t_check_trans()) t_relay();
      exit;
    }
    sl_send_reply("404", "Not here");
    exit;
  }
  if (is_method("CANCEL")) {
    if (t_check_trans()) t_relay();
    exit;
  }
  # Absorb retransmissions of requests we already handle.
  t_check_trans();
  record_route();
  $du = "sip:127.0.0.1:${uasPort}";
  if (!t_relay()) sl_reply_error();
  exit;
}
`;
}

export interface Kamailio {
  proc: ChildProcess;
  pid: number;
  port: number;
  output(): string;
  stop(): Promise<void>;
}

export async function startKamailio(port: number, uasPort: number): Promise<Kamailio> {
  const dir = mkdtempSync(join(tmpdir(), "sb-bench-kam-"));
  const cfg = join(dir, "kamailio.cfg");
  writeFileSync(cfg, kamailioConfig(port, uasPort));
  // -DD: stay in the foreground (children still fork), -E: log to stderr.
  const proc = start("/usr/sbin/kamailio", ["-f", cfg, "-DD", "-E", "-x", "tlsf", "-m", "2048", "-M", "16", "-P", join(dir, "k.pid"), "-Y", dir], { cwd: dir });
  const out = collect(proc, 20_000);
  try {
    await Promise.race([
      waitUdp(port, 10_000),
      new Promise<never>((_, rej) => proc.once("exit", (c) => rej(new Error(`kamailio exited (${c}):\n${out.out()}`)))),
    ]);
  } catch (err) {
    await stop(proc, "SIGKILL", 1000);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    proc,
    pid: proc.pid!,
    port,
    output: out.out,
    async stop() {
      await stop(proc, "SIGTERM", 3000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
