// A real softphone (Debian baresip) run headless: registers an account,
// auto-answers, speaks a sine tone (ausine) and dumps what it hears to WAV
// (sndfile), so tests can check the audio a person would hear.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./ports.ts";

export interface BaresipOptions {
  user: string;
  password: string;
  registrar: string; // host:port of the switch
  toneHz?: number; // sine the phone speaks, default 440
  answer?: "auto" | "manual"; // default auto
  regint?: number; // registration interval s, default 600 (0 = never register: a customer's phone)
  transport?: "udp" | "tcp" | "tls"; // towards the registrar, default udp
}

export class Baresip {
  private proc: ChildProcess | null = null;
  private ctrl: Socket | null = null;
  readonly dir: string;
  readonly dumpDir: string;
  sipPort = 0;
  ctrlPort = 0;
  output = "";

  constructor(private readonly o: BaresipOptions) {
    this.dir = mkdtempSync(join(tmpdir(), "sb-baresip-"));
    this.dumpDir = join(this.dir, "dump");
    mkdirSync(this.dumpDir);
  }

  async start(): Promise<void> {
    this.sipPort = await freePort(2); // baresip also opens TCP on port+1
    this.ctrlPort = await freePort();
    const modules = ["g711", "ausine", "aufile", "aubridge", "sndfile"].map((m) => `module\t\t${m}.so`).join("\n");
    writeFileSync(
      join(this.dir, "config"),
      [
        "poll_method\t\tepoll",
        `sip_listen\t\t127.0.0.1:${this.sipPort}`,
        "net_interface\t\t127.0.0.1",
        "audio_player\t\taubridge,null",
        "audio_alert\t\taubridge,null",
        `audio_source\t\tausine,${this.o.toneHz ?? 440}`,
        "ausrc_srate\t\t48000",
        "ausrc_channels\t\t2",
        "module_path\t\t/usr/lib/baresip/modules",
        modules,
        "module_app\t\taccount.so",
        "module_app\t\tmenu.so",
        "module_app\t\tctrl_tcp.so",
        `ctrl_tcp_listen\t\t127.0.0.1:${this.ctrlPort}`,
        `snd_path\t\t${this.dumpDir}`,
        "",
      ].join("\n"),
    );
    const account =
      `<sip:${this.o.user}@${this.o.registrar};transport=${this.o.transport ?? "udp"}>;auth_pass=${this.o.password};answermode=${this.o.answer ?? "auto"};` +
      `audio_codecs=PCMU,PCMA;regint=${this.o.regint ?? 600}`;
    writeFileSync(join(this.dir, "accounts"), `${account}\n`);
    writeFileSync(join(this.dir, "contacts"), "");
    this.proc = spawn("baresip", ["-f", this.dir], { stdio: ["pipe", "pipe", "pipe"] });
    this.proc.stdout!.on("data", (d) => (this.output += d));
    this.proc.stderr!.on("data", (d) => (this.output += d));
    // ctrl_tcp comes up shortly after start.
    for (let i = 0; i < 50 && !this.ctrl; i++) {
      await new Promise((r) => setTimeout(r, 100));
      this.ctrl = await new Promise<Socket | null>((res) => {
        const s = connect(this.ctrlPort, "127.0.0.1");
        s.once("connect", () => res(s));
        s.once("error", () => res(null));
      });
    }
    this.ctrl?.on("error", () => {});
  }

  /** Send a ctrl_tcp command (netstring-framed JSON). */
  command(command: string, params = ""): void {
    const json = JSON.stringify({ command, params, token: String(Date.now()) });
    this.ctrl?.write(`${Buffer.byteLength(json)}:${json},`);
  }

  /** WAV files sndfile wrote for received (decoded) audio. */
  receivedWavs(): string[] {
    return readdirSync(this.dumpDir)
      .filter((f) => f.endsWith("-dec.wav"))
      .map((f) => join(this.dumpDir, f));
  }

  async stop(): Promise<void> {
    this.ctrl?.destroy();
    const p = this.proc;
    if (p && p.exitCode === null) {
      await new Promise<void>((res) => {
        const t = setTimeout(() => p.kill("SIGKILL"), 3000);
        p.once("exit", () => {
          clearTimeout(t);
          res();
        });
        p.kill("SIGTERM");
      });
    }
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
