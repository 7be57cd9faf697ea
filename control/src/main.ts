// Process entry for control: configuration from the environment (see README).
import { join } from "node:path";
import { startControl } from "./index.ts";

const env = process.env;
const dataDir = env.DATA_DIR ?? "./data";
if (!env.DATABASE_URL) throw new Error("DATABASE_URL is required (npm start provides an embedded PostgreSQL)");
const control = await startControl({
  databaseUrl: env.DATABASE_URL,
  dataDir,
  httpHost: env.HTTP_HOST ?? "127.0.0.1",
  httpPort: Number(env.HTTP_PORT || 8080),
  coreApi: { host: env.CORE_API_HOST ?? "127.0.0.1", port: Number(env.CORE_API_PORT || 5070) },
  consoleDir: join(import.meta.dirname, "..", "..", "console", "dist"),
  logLevel: env.LOG_LEVEL ?? "info",
  sipHost: env.SIP_HOST ?? "127.0.0.1",
  sipPort: Number(env.SIP_PORT || 5060),
});
console.log(JSON.stringify({ level: 30, svc: "control", msg: "control listening", port: control.httpPort }));
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await control.close();
  process.exit(0);
};
process.on("SIGINT", stop);
// Under the platform supervisor: its death closes our stdin; follow it.
if (process.env.SB_SUPERVISED === "1") {
  process.stdin.on("close", stop);
  process.stdin.on("end", stop);
  process.stdin.resume();
}
process.on("SIGTERM", stop);
