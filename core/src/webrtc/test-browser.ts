// Test helper (parent side): drives fake-browser.ts, a libwebrtc peer in a
// child process that sends a tone and records what it plays.
import { type ChildProcess, fork } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export interface FakeBrowser {
  /** SIGKILL: the browser vanishes without a word (network cut, crash). */
  kill(): void;
  offer(): Promise<string>;
  answer(offer: string): Promise<string>;
  remote(answer: string): Promise<unknown>;
  connected(): Promise<string>;
  heard(ms: number): Promise<{ samples: Int16Array; rate: number }>;
  stats(): Promise<{ packetsReceived: number; packetsLost: number; codec: string }>;
}

/** A browser-less browser in a child process (fake-browser.ts) that sends toneHz. */
export function fakeBrowser(toneHz: number): FakeBrowser {
  const child: ChildProcess = fork(path.join(here, "fake-browser.ts"), [String(toneHz)], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let next = 1;
  // biome-ignore lint/suspicious/noExplicitAny: IPC replies are plain JSON
  const ask = (cmd: string, extra: object = {}): Promise<any> =>
    new Promise((resolve, reject) => {
      const id = next++;
      // biome-ignore lint/suspicious/noExplicitAny: IPC
      const on = (m: any) => {
        if (m.id !== id) return;
        child.off("message", on);
        if (m.error) reject(new Error(m.error));
        else resolve(m);
      };
      child.on("message", on);
      child.send({ id, cmd, ...extra });
    });
  return {
    kill: () => {
      child.kill("SIGKILL");
    },
    offer: async (): Promise<string> => (await ask("offer")).sdp,
    answer: async (offer: string): Promise<string> => (await ask("answer", { sdp: offer })).sdp,
    remote: (answer: string) => ask("remote", { sdp: answer }),
    connected: async (): Promise<string> => (await ask("connected")).state,
    heard: async (ms: number): Promise<{ samples: Int16Array; rate: number }> => {
      const r = await ask("heard", { ms });
      return { samples: Int16Array.from(r.samples), rate: r.rate };
    },
    stats: (): Promise<{ packetsReceived: number; packetsLost: number; codec: string }> => ask("stats"),
  };
}

