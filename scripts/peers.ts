// The real peers the test suites drive, from Debian packages. `npm test`
// installs the missing ones itself when it runs as root on Debian, and
// otherwise says exactly what to install.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** binary -> Debian package */
export const PEERS: Array<{ bin: string; pkg: string; why: string }> = [
  { bin: "sipp", pkg: "sip-tester", why: "SIP load generator and scenario runner" },
  { bin: "baresip", pkg: "baresip", why: "real softphone" },
  { bin: "chromium", pkg: "chromium", why: "headless browser for console tests" },
  { bin: "sox", pkg: "sox", why: "audio checks" },
  { bin: "espeak-ng", pkg: "espeak-ng", why: "text-to-prompt for IVR prompts" },
  { bin: "fc-cjk", pkg: "fonts-wqy-microhei", why: "Chinese glyphs in console screenshots" },
  { bin: "pg_ctl", pkg: "postgresql-15", why: "throwaway PostgreSQL clusters" },
];

function has(bin: string): boolean {
  if (bin === "pg_ctl") return existsSync("/usr/lib/postgresql/15/bin/pg_ctl");
  if (bin === "fc-cjk") return existsSync("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") || existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
  return spawnSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" }).status === 0;
}

export function missingPeers(): typeof PEERS {
  return PEERS.filter((p) => !has(p.bin));
}

/** Returns an error text when peers are missing and could not be installed. */
export function ensurePeers(log: (s: string) => void = console.log): string | null {
  let missing = missingPeers();
  if (missing.length === 0) return null;
  const pkgs = missing.map((p) => p.pkg);
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync("/etc/debian_version") && has("apt-get");
  if (isRoot && isDebian) {
    log(`[peers] installing ${pkgs.join(" ")} ...`);
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
      execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...pkgs], {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    } catch (err) {
      log(`[peers] apt-get failed: ${(err as Error).message}`);
    }
    missing = missingPeers();
    if (missing.length === 0) return null;
  }
  return [
    "Missing test peers: " + missing.map((p) => `${p.bin} (${p.why})`).join(", "),
    `Install them with: sudo apt-get install --no-install-recommends ${missing.map((p) => p.pkg).join(" ")}`,
  ].join("\n");
}
