// What recording a three-way call costs the media worker: R rooms of three
// members each sending a 20 ms G.711 tone (RtpTester in this process) on ONE
// worker, with the first member of every room recorded as a call's customer
// (recordConferenceMember: stereo, own audio left, its mix right) or not. The
// anchor is the same rooms unrecorded, measured in the same run: 1 s windows
// alternate recorded / unrecorded, and the worker thread's CPU time
// (/proc/<pid>/task/<tid>/schedstat) is taken per window.
//
//   npx tsx bench/media/member-recording.ts [--rooms R (20)] [--windows N (20 per mode)] [--json]
//
// Prints p50/p99 of worker CPU (ms per second) per mode and the p50 ratio;
// with --json the last line is one JSON object. Loopback only.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { MediaEngine, RtpTester } from "../../core/src/media/index.ts";

const HOST = "127.0.0.1";
const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const rooms = opt("--rooms", 20);
const windows = opt("--windows", 20);
const json = args.includes("--json");

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-member-rec-"));
const portMin = 14000 + 2 * Math.floor(Math.random() * 500);
const engine = await MediaEngine.start({ dataDir, workers: 1, portMin, portMax: portMin + 8 * rooms + 40 });
const testers: RtpTester[] = [];
try {
  const [info] = await engine.workerInfo();
  const stat = `/proc/${process.pid}/task/${info!.tid}/schedstat`;
  const cpuMs = () => Number(fs.readFileSync(stat, "utf8").split(" ")[0]) / 1e6;
  const customers: string[] = [];
  for (let r = 0; r < rooms; r++) {
    for (let i = 0; i < 3; i++) {
      const t = await RtpTester.open(HOST);
      testers.push(t);
      const l = await engine.createLeg(`member-rec-${r}`);
      engine.setRemote(l.legId, HOST, t.port);
      engine.joinConference(`room-${r}`, l.legId);
      t.sendTone([1000, 440, 350][i]!, HOST, l.port);
      if (i === 0) customers.push(l.legId);
    }
  }
  await sleep(1000);
  const per: Record<"off" | "on", number[]> = { off: [], on: [] };
  for (let w = 0; w < windows; w++) {
    for (const mode of ["off", "on"] as const) {
      for (const [r, l] of customers.entries()) engine.recordConferenceMember(l, mode === "on" ? `rec/${r}.wav` : null);
      await sleep(250); // the change reaches the worker; a stopped file is closed
      const c0 = cpuMs();
      const t0 = performance.now();
      await sleep(1000);
      per[mode].push(((cpuMs() - c0) * 1000) / (performance.now() - t0));
    }
  }
  const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(p * a.length))]!;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const summary = {
    rooms,
    windows,
    recorded_p50_ms_per_s: r2(q(per.on, 0.5)),
    recorded_p99_ms_per_s: r2(q(per.on, 0.99)),
    anchor_unrecorded_p50_ms_per_s: r2(q(per.off, 0.5)),
    anchor_unrecorded_p99_ms_per_s: r2(q(per.off, 0.99)),
    ratio_p50: r2(q(per.on, 0.5) / q(per.off, 0.5)),
    load_average_1m: r2(os.loadavg()[0]!),
  };
  console.log(`${rooms} three-member rooms on one worker, worker CPU in ms per s over ${windows} alternating 1 s windows each`);
  console.log(`  customer recorded:   p50 ${summary.recorded_p50_ms_per_s}  p99 ${summary.recorded_p99_ms_per_s}`);
  console.log(`  unrecorded (anchor): p50 ${summary.anchor_unrecorded_p50_ms_per_s}  p99 ${summary.anchor_unrecorded_p99_ms_per_s}`);
  console.log(`  ratio p50 ${summary.ratio_p50} (load average ${summary.load_average_1m})`);
  if (json) console.log(JSON.stringify(summary));
} finally {
  for (const t of testers) t.stop();
  await engine.close();
  for (const t of testers) await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
