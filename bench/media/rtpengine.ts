// rtpengine (userspace forwarding, Debian rtpengine-daemon) as the anchor:
// starts the daemon, drives it with the ng control protocol (bencode
// dictionaries over UDP, each message prefixed with a cookie), stops it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import * as dgram from "node:dgram";
import * as fs from "node:fs";

type BValue = string | number | BValue[] | { [k: string]: BValue };

export function bencode(v: BValue): string {
  if (typeof v === "number") return `i${Math.trunc(v)}e`;
  if (typeof v === "string") return `${Buffer.byteLength(v)}:${v}`;
  if (Array.isArray(v)) return `l${v.map(bencode).join("")}e`;
  const keys = Object.keys(v).sort();
  return `d${keys.map((k) => bencode(k) + bencode(v[k]!)).join("")}e`;
}

export function bdecode(s: Buffer): BValue {
  let i = 0;
  const next = (): BValue => {
    const c = s[i]!;
    if (c === 0x69) {
      // i<int>e
      const e = s.indexOf(0x65, i);
      const n = Number(s.toString("latin1", i + 1, e));
      i = e + 1;
      return n;
    }
    if (c === 0x6c) {
      i++;
      const out: BValue[] = [];
      while (s[i] !== 0x65) out.push(next());
      i++;
      return out;
    }
    if (c === 0x64) {
      i++;
      const out: { [k: string]: BValue } = {};
      while (s[i] !== 0x65) {
        const k = next() as string;
        out[k] = next();
      }
      i++;
      return out;
    }
    const colon = s.indexOf(0x3a, i);
    const len = Number(s.toString("latin1", i, colon));
    const str = s.toString("utf8", colon + 1, colon + 1 + len);
    i = colon + 1 + len;
    return str;
  };
  return next();
}

export function rtpengineBinary(): string | null {
  for (const p of ["/usr/bin/rtpengine", "/usr/sbin/rtpengine", "/usr/local/bin/rtpengine"]) if (fs.existsSync(p)) return p;
  const r = spawnSync("sh", ["-c", "command -v rtpengine"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

export class RtpEngine {
  readonly proc: ChildProcess;
  private readonly sock: dgram.Socket;
  private readonly ngPort: number;
  private readonly waiting = new Map<string, (v: { [k: string]: BValue }) => void>();
  private cookie = 1;
  stderr = "";

  private constructor(proc: ChildProcess, sock: dgram.Socket, ngPort: number) {
    this.proc = proc;
    this.sock = sock;
    this.ngPort = ngPort;
    proc.stderr?.on("data", (d: Buffer) => {
      if (this.stderr.length < 20000) this.stderr += d.toString();
    });
    sock.on("message", (m) => {
      const sp = m.indexOf(0x20);
      const cookie = m.toString("latin1", 0, sp);
      const cb = this.waiting.get(cookie);
      if (!cb) return;
      this.waiting.delete(cookie);
      cb(bdecode(m.subarray(sp + 1)) as { [k: string]: BValue });
    });
  }

  /** Starts `rtpengine` in the foreground, userspace only, with `threads` worker threads. */
  /** `rtPriority` > 0: SCHED_RR at that priority for its threads (--scheduling=rr --priority=N). */
  static async start(bin: string, host: string, ngPort: number, portMin: number, portMax: number, threads: number, rtPriority = 0): Promise<RtpEngine> {
    const args = [
      "--foreground",
      "--log-stderr",
      "--config-file=none",
      `--interface=${host}`,
      `--listen-ng=${host}:${ngPort}`,
      `--port-min=${portMin}`,
      `--port-max=${portMax}`,
      `--num-threads=${threads}`,
      "--table=-1",
      "--log-level=4",
      "--timeout=60",
      "--delete-delay=0",
    ];
    if (rtPriority > 0) args.push("--scheduling=rr", `--priority=${rtPriority}`);
    const proc = spawn(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
    const sock = dgram.createSocket("udp4");
    await new Promise<void>((r) => sock.bind(0, host, () => r()));
    const eng = new RtpEngine(proc, sock, ngPort);
    // Wait until it answers a ping.
    const deadline = Date.now() + 5000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`rtpengine exited: ${eng.stderr.slice(-500)}`);
      try {
        const r = await eng.command({ command: "ping" }, 300);
        if (r.result === "pong") return eng;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) {
        eng.stop();
        throw new Error(`rtpengine did not answer ping: ${eng.stderr.slice(-500)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  command(dict: { [k: string]: BValue }, timeoutMs = 2000): Promise<{ [k: string]: BValue }> {
    const cookie = `c${this.cookie++}`;
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => {
        this.waiting.delete(cookie);
        reject(new Error(`ng ${String(dict.command)} timed out`));
      }, timeoutMs);
      this.waiting.set(cookie, (v) => {
        clearTimeout(t);
        resolve(v);
      });
      this.sock.send(`${cookie} ${bencode(dict)}`, this.ngPort, "127.0.0.1");
    });
  }

  /** offer + answer for a two-party PCMU call; returns [port A sends to, port B sends to]. */
  async setupCall(callId: string, host: string, portA: number, portB: number): Promise<[number, number]> {
    const sdp = (port: number) =>
      `v=0\r\no=- 1 1 IN IP4 ${host}\r\ns=-\r\nc=IN IP4 ${host}\r\nt=0 0\r\nm=audio ${port} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=sendrecv\r\n`;
    const offer = await this.command({ command: "offer", "call-id": callId, "from-tag": "a", sdp: sdp(portA) });
    if (offer.result !== "ok") throw new Error(`offer: ${JSON.stringify(offer)}`);
    const answer = await this.command({ command: "answer", "call-id": callId, "from-tag": "a", "to-tag": "b", sdp: sdp(portB) });
    if (answer.result !== "ok") throw new Error(`answer: ${JSON.stringify(answer)}`);
    const portOf = (s: BValue) => Number(/m=audio (\d+)/.exec(String(s))?.[1]);
    // The offer's rewritten SDP goes to B (B sends there); the answer's goes to A.
    return [portOf(answer.sdp!), portOf(offer.sdp!)];
  }

  async deleteCall(callId: string): Promise<void> {
    await this.command({ command: "delete", "call-id": callId, "from-tag": "a" }).catch(() => undefined);
  }

  stop(): void {
    this.sock.close();
    if (this.proc.exitCode === null) this.proc.kill("SIGKILL");
  }
}
