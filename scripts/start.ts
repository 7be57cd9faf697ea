// npm start: the whole platform on one machine. Ctrl-C stops everything.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { loadConfig, ROOT, startPlatform } from "./platform.ts";

const cfg = loadConfig();
if (!existsSync(join(ROOT, "console", "dist", "index.html"))) {
  console.log("[platform] building the console (first start)...");
  execFileSync("npm", ["run", "build", "-w", "@switchboard/console"], { cwd: ROOT, stdio: "inherit" });
}
const platform = await startPlatform(cfg);
const c = platform.credentials;
const lines = [
  "",
  "Switchboard is running.",
  `  Console:  ${platform.consoleUrl}`,
  `  SIP:      ${cfg.SIP_HOST}:${cfg.SIP_PORT} (UDP and TCP)`,
  `  Data:     ${cfg.DATA_DIR}${cfg.DATABASE_URL ? "" : " (embedded PostgreSQL in pg/)"}`,
];
if (c) {
  lines.push(`  Demo tenant "${c.tenant}": DID 4000 -> queue support; SIP realm ${c.realm}`);
  for (const [ext, pw] of Object.entries(c.sip)) lines.push(`    SIP extension ${ext}  password ${pw}`);
  for (const [user, pw] of Object.entries(c.console)) lines.push(`    console login ${user}  password ${pw}`);
}
lines.push("Press Ctrl-C to stop.", "");
console.log(lines.join("\n"));
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log("[platform] stopping...");
  await platform.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
