// Lean RTP load generator, run as its own process:
//   node --import tsx bench/media/loadgen.ts
// It prints {"ready":true,"ports":[a,b]} (its two source ports), then reads one
// line on stdin: CONFIG <seconds> <warmupMs> <calls> <portA0> <portB0> ...,
// runs, prints {"result":...} and exits. loadgen.c speaks the same protocol.
// Every endpoint sends 20 ms G.711 packets; endpoints are spread over 20
// one-millisecond phase groups so the relay sees a smooth stream instead of a
// burst every 20 ms. Two sockets in total (side A, side B), preallocated
// packet buffers, counters in typed arrays: no object of ours per packet
// (Node's dgram still allocates the received Buffer/rinfo and a send request).
// The send time (performance.now(), float64) and the stream index are written
// into the payload; the relay copies the payload unchanged (same codec), so
// the receiver computes the one-way added latency.
import * as dgram from "node:dgram";
import { performance } from "node:perf_hooks";

interface Config {
  host: string;
  /** per call: [port to send side A's stream to, port to send side B's stream to] */
  targets: Array<[number, number]>;
  seconds: number;
  warmupMs: number;
}

let cfg: Config;
let N = 0; // streams
const GROUPS = 20;
const PKT = 12 + 160;
const HIST_US = 10; // histogram bucket width
const HIST = 100000; // up to 1 s

const bufs: Buffer[] = [];
let seq = new Uint16Array(0);
let ts = new Uint32Array(0);
let ssrc = new Uint32Array(0);
let port = new Uint16Array(0);
let sentN = new Float64Array(0);
let recvN = new Float64Array(0);
const hist = new Uint32Array(HIST);
let measuring = false;
let stopped = false;
let maxLat = 0;
let outOfOrder = 0;
let lastSeqIn = new Int32Array(0);

function setup(c: Config): void {
  cfg = c;
  N = c.targets.length * 2;
  seq = new Uint16Array(N);
  ts = new Uint32Array(N);
  ssrc = new Uint32Array(N);
  port = new Uint16Array(N);
  sentN = new Float64Array(N);
  recvN = new Float64Array(N);
  lastSeqIn = new Int32Array(N).fill(-1);
  for (let i = 0; i < N; i++) {
  const b = Buffer.alloc(PKT, 0xff);
  b[0] = 0x80;
  b[1] = 0; // PCMU
  ssrc[i] = (Math.random() * 0x100000000) >>> 0;
  seq[i] = (Math.random() * 0x10000) & 0xffff;
  ts[i] = (Math.random() * 0x100000000) >>> 0;
  b.writeUInt32BE(ssrc[i]!, 8);
  b.writeUInt32LE(i, 20);
  bufs.push(b);
  const call = cfg.targets[i >> 1]!;
  port[i] = call[i & 1]!;
  }
}

function readConfig(): Promise<Config> {
  return new Promise((resolve) => {
    let buf = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (d: string) => {
      buf += d;
      const nl = buf.indexOf("\n");
      if (nl >= 0) {
        process.stdin.pause();
        const w = buf.slice(0, nl).trim().split(/\s+/);
        const calls = Number(w[3]);
        const targets: Array<[number, number]> = [];
        for (let i = 0; i < calls; i++) targets.push([Number(w[4 + 2 * i]), Number(w[5 + 2 * i])]);
        resolve({ host: process.argv[2] ?? "127.0.0.1", seconds: Number(w[1]), warmupMs: Number(w[2]), targets });
      }
    });
  });
}

function onMessage(msg: Buffer): void {
  if (msg.length < 24) return;
  const now = performance.now();
  const sent = msg.readDoubleLE(12);
  const i = msg.readUInt32LE(20);
  if (i >= N) return;
  recvN[i]!++;
  const s = msg.readUInt16BE(2);
  const last = lastSeqIn[i]!;
  if (last >= 0 && ((s - last) & 0xffff) > 0x8000) outOfOrder++;
  lastSeqIn[i] = s;
  if (!measuring) return;
  const lat = now - sent;
  if (lat > maxLat) maxLat = lat;
  let b = Math.floor((lat * 1000) / HIST_US);
  if (b < 0) b = 0;
  if (b >= HIST) b = HIST - 1;
  hist[b]!++;
}

function openSocket(host: string): Promise<dgram.Socket> {
  return new Promise((resolve, reject) => {
    const s = dgram.createSocket({ type: "udp4", recvBufferSize: 4 << 20, sendBufferSize: 4 << 20 });
    s.once("error", reject);
    s.on("message", onMessage);
    s.bind(0, host, () => {
      s.off("error", reject);
      resolve(s);
    });
  });
}

function pct(p: number): number {
  let total = 0;
  for (let i = 0; i < HIST; i++) total += hist[i]!;
  if (total === 0) return -1;
  const want = Math.ceil(total * p);
  let acc = 0;
  for (let i = 0; i < HIST; i++) {
    acc += hist[i]!;
    if (acc >= want) return ((i + 1) * HIST_US) / 1000;
  }
  return -1;
}

async function main(): Promise<void> {
  const host = process.argv[2] ?? "127.0.0.1";
  const socks = [await openSocket(host), await openSocket(host)];
  // The relay must send side A's streams to ports[0] and side B's to ports[1].
  process.stdout.write(`${JSON.stringify({ ready: true, ports: socks.map((s) => s.address().port) })}\n`);
  setup(await readConfig());
  const groupDue = new Float64Array(GROUPS);
  const t0 = performance.now() + 5;
  for (let g = 0; g < GROUPS; g++) groupDue[g] = t0 + g;
  const end = t0 + cfg.seconds * 1000;
  const cpu0 = process.cpuUsage();
  let cpuAtWarmup = cpu0;
  let sentAtWarmup = 0;
  let recvAtWarmup = 0;
  let sentTotal = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    if (now >= end) return;
    if (!measuring && now >= t0 + cfg.warmupMs) {
      measuring = true;
      cpuAtWarmup = process.cpuUsage();
      sentAtWarmup = sentTotal;
      for (let i = 0; i < N; i++) recvAtWarmup += recvN[i]!;
    }
    for (let g = 0; g < GROUPS; g++) {
      // Catch up at most 3 frames if the timer was late, then resync.
      if (now - groupDue[g]! > 60) groupDue[g] = now;
      while (groupDue[g]! <= now) {
        groupDue[g]! += 20;
        for (let i = g; i < N; i += GROUPS) {
          const b = bufs[i]!;
          seq[i] = (seq[i]! + 1) & 0xffff;
          ts[i] = (ts[i]! + 160) >>> 0;
          b.writeUInt16BE(seq[i]!, 2);
          b.writeUInt32BE(ts[i]!, 4);
          b.writeDoubleLE(performance.now(), 12);
          socks[i & 1]!.send(b, 0, PKT, port[i]!, cfg.host);
          sentN[i]!++;
          sentTotal++;
        }
      }
    }
  }, 1);
  await new Promise((r) => setTimeout(r, end - performance.now()));
  clearInterval(timer);
  const cpu1 = process.cpuUsage(cpuAtWarmup);
  measuring = false;
  stopped = true;
  // Drain what is still in flight.
  await new Promise((r) => setTimeout(r, 400));
  let sent = 0;
  let recv = 0;
  let deadStreams = 0;
  for (let i = 0; i < N; i++) {
    sent += sentN[i]!;
    recv += recvN[i]!;
    if (recvN[i] === 0) deadStreams++;
  }
  const windowS = cfg.seconds - cfg.warmupMs / 1000;
  const result = {
    generator: "node",
    streams: N,
    sent,
    received: recv,
    loss: sent > 0 ? Math.max(0, (sent - recv) / sent) : 0,
    deadStreams,
    outOfOrder,
    ppsSent: (sentTotal - sentAtWarmup) / windowS,
    ppsReceivedWindow: (recv - recvAtWarmup) / windowS,
    latencyMs: { p50: pct(0.5), p99: pct(0.99), p999: pct(0.999), max: maxLat },
    generatorCpuPct: ((cpu1.user + cpu1.system) / 1000 / (windowS * 1000)) * 100,
    stopped,
  };
  process.stdout.write(`${JSON.stringify({ result })}\n`);
  for (const s of socks) s.close();
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
