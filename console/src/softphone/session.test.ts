// The console's SoftphoneSession against core's real WebRTC gateway, with
// libwebrtc (@roamhq/wrtc, the engine inside Chromium) standing in for the
// browser's RTCPeerConnection and getUserMedia. The session runs in a child
// process (this same file, SB_SOFTPHONE_CHILD=1) because libwebrtc keeps the
// event loop alive and crashes on teardown; the test plays control's part in
// the signalling (docs/webrtc.md) and kills the child at the end.
import assert from "node:assert/strict";
import { type ChildProcess, fork } from "node:child_process";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const self = fileURLToPath(import.meta.url);

if (process.env.SB_SOFTPHONE_CHILD === "1") {
  await runChild();
} else {
  registerTests();
}

// ---------------------------------------------------------------- child: the "browser"
async function runChild(): Promise<void> {
  const { default: wrtc } = await import("@roamhq/wrtc");
  const { SoftphoneSession } = await import("./session.ts");
  const { toneSamples } = await import("../../../core/src/media/index.ts");
  const g = globalThis as Record<string, unknown>;
  g.MediaStream = wrtc.MediaStream;
  g.RTCRtpReceiver = wrtc.RTCRtpReceiver;

  // Microphone: a 440 Hz tone, 10 ms frames at 8 kHz, drift-corrected.
  const source = new wrtc.nonstandard.RTCAudioSource();
  const tone = toneSamples(440, 1000, 8000, 0.5);
  let pos = 0;
  let fed = 0;
  const t0 = performance.now();
  setInterval(() => {
    const due = Math.floor((performance.now() - t0) / 10);
    while (fed < due) {
      const samples = new Int16Array(80);
      for (let i = 0; i < 80; i++) samples[i] = tone[(pos + i) % tone.length]!;
      pos = (pos + 80) % tone.length;
      source.onData({ samples, sampleRate: 8000, bitsPerSample: 16, channelCount: 1, numberOfFrames: 80 });
      fed++;
    }
  }, 5);

  // Speaker: records channel 0 of whatever the session plays.
  const heard: Int16Array[] = [];
  let rate = 48000;
  const audio = {
    set srcObject(stream: { getAudioTracks(): unknown[] }) {
      const sink = new wrtc.nonstandard.RTCAudioSink(stream.getAudioTracks()[0] as MediaStreamTrack);
      sink.ondata = (d: { samples: Int16Array; sampleRate: number; channelCount: number }) => {
        rate = d.sampleRate;
        const out = new Int16Array(d.samples.length / d.channelCount);
        for (let i = 0; i < out.length; i++) out[i] = d.samples[i * d.channelCount]!;
        heard.push(out);
        if (heard.length > 500) heard.shift();
      };
    },
    play: () => Promise.resolve(),
  };

  const send = (m: object) => process.send!(m);
  const session = new SoftphoneSession(
    {
      send: (msg) => {
        send({ ev: "send", msg });
        return true;
      },
      onState: (state, detail) => send({ ev: "state", state, detail }),
      audio: audio as unknown as HTMLAudioElement,
      RTCPeerConnection: wrtc.RTCPeerConnection as unknown as typeof RTCPeerConnection,
      getUserMedia: async () => new wrtc.MediaStream([source.createTrack()]) as unknown as MediaStream,
    },
    {
      voiceProcessing: false,
      answerTimeoutMs: Number(process.env.SB_ANSWER_TIMEOUT_MS ?? 10000),
      resumeSessionId: process.env.SB_RESUME_ID ?? "",
    },
  );
  const { parseSignal } = await import("./signal.ts");
  process.on("message", async (m: { id: number; cmd: string; msg?: unknown; on?: boolean; ms?: number }) => {
    let r: object = {};
    if (m.cmd === "start") session.start();
    else if (m.cmd === "signal") {
      const s = parseSignal(m.msg);
      if (s) session.handle(s);
    } else if (m.cmd === "mute") session.setMuted(m.on === true);
    else if (m.cmd === "stats") r = await session.stats();
    else if (m.cmd === "heard") {
      const n = heard.reduce((a, c) => a + c.length, 0);
      const all = new Int16Array(n);
      let o = 0;
      for (const c of heard) {
        all.set(c, o);
        o += c.length;
      }
      const k = Math.min(n, Math.round(((m.ms ?? 400) * rate) / 1000));
      r = { samples: Array.from(all.subarray(n - k)), rate };
    }
    send({ id: m.id, ...r });
  });
  process.on("disconnect", () => process.kill(process.pid, "SIGKILL"));
}

// ---------------------------------------------------------------- parent: control + core
function registerTests(): void {
  const cleanups: (() => unknown)[] = [];
  let shutdown: (() => Promise<void>) | null = null;
  after(async () => {
    for (const c of cleanups.reverse()) await c();
    await shutdown?.();
  });

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  async function harness(env: Record<string, string> = {}) {
    const { createWebRtcLeg, shutdownWebRtc } = await import("../../../core/src/webrtc/index.ts");
    const { RtpTester, dominantFrequency, totalPower } = await import("../../../core/src/media/index.ts");
    shutdown = shutdownWebRtc;
    const plain = await RtpTester.open();
    cleanups.push(() => plain.close());
    const child: ChildProcess = fork(self, [], {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, SB_SOFTPHONE_CHILD: "1", ...env },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    cleanups.push(() => child.kill("SIGKILL"));
    const states: string[] = [];
    const offers: { reqId: string; sdp: string; resume?: string }[] = [];
    const byes: string[] = [];
    type Leg = Awaited<ReturnType<typeof createWebRtcLeg>>;
    const legs = new Map<string, Leg>();
    let sessions = 0;
    // What control + core do with an offer (docs/webrtc.md); `reply` can be replaced per test.
    let reply: (o: { reqId: string; sdp: string; resume?: string }) => Promise<object | null> = async (o) => {
      const leg = await createWebRtcLeg({ rtpTarget: { port: plain.port } });
      cleanups.push(() => leg.close());
      const sessionId = `s-${++sessions}`;
      legs.set(sessionId, leg);
      return { type: "webrtc.answer", reqId: o.reqId, sessionId, sdp: await leg.answerSdp(o.sdp) };
    };
    let next = 1;
    const waiters = new Map<number, (m: Record<string, unknown>) => void>();
    child.on("message", (m: Record<string, unknown>) => {
      if (m.ev === "state") states.push(String(m.state));
      else if (m.ev === "send") {
        const msg = m.msg as { type: string; reqId: string; sdp: string; resume?: string; sessionId?: string };
        if (msg.type === "webrtc.bye") byes.push(msg.sessionId ?? "");
        if (msg.type !== "webrtc.offer") return;
        offers.push(msg);
        void reply(msg).then((r) => {
          if (r) child.send({ id: 0, cmd: "signal", msg: r });
        });
      } else if (typeof m.id === "number") waiters.get(m.id)?.(m);
    });
    // biome-ignore lint/suspicious/noExplicitAny: IPC replies are plain JSON
    const ask = (cmd: string, extra: object = {}): Promise<any> =>
      new Promise((resolve) => {
        const id = next++;
        waiters.set(id, resolve);
        child.send({ id, cmd, ...extra });
      });
    const until = async (what: () => boolean, ms: number, label: string) => {
      const end = Date.now() + ms;
      while (!what()) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${label}; states ${states.join(" > ")}`);
        await sleep(20);
      }
    };
    return {
      plain,
      child,
      states,
      offers,
      byes,
      legs,
      ask,
      until,
      setReply: (f: typeof reply) => {
        reply = f;
      },
      dominantFrequency,
      totalPower,
    };
  }

  test("session connects with PCMU, carries tones both ways, mutes", { timeout: 30000 }, async () => {
    const h = await harness();
    await h.ask("start");
    await h.until(() => h.states.includes("connected"), 10000, "connected");
    assert.equal(h.offers.length, 1);
    assert.equal(h.offers[0]!.resume, undefined, "first offer is not a resume");
    assert.match(h.offers[0]!.sdp, /^m=audio .* 0[ \r\n]/m, "offer has PCMU");
    h.plain.sendTone(1000, "127.0.0.1", h.legs.get("s-1")!.rtpPort);
    await sleep(1500);
    const up = h.plain.received();
    assert.ok(up.length > 4000, `plain side got ${up.length} samples`);
    assert.equal(h.dominantFrequency(up.subarray(up.length - 4000), [440, 1000]).freq, 440);
    const heard = await h.ask("heard", { ms: 400 });
    const down = h.dominantFrequency(Int16Array.from(heard.samples), [440, 1000], heard.rate);
    assert.equal(down.freq, 1000);
    assert.ok(down.ratio > 0.8, `downlink purity ${down.ratio}`);
    const st = await h.ask("stats");
    assert.equal(st.codec, "audio/PCMU");
    assert.ok(st.sent > 50 && st.received > 50, JSON.stringify(st));

    await h.ask("mute", { on: true });
    await sleep(600);
    h.plain.clearReceived();
    await sleep(600);
    const muted = h.plain.received();
    assert.ok(h.totalPower(muted) < 1e-4, `muted microphone still sends power ${h.totalPower(muted)}`);
  });

  test("server reports the session lost: the session re-offers with resume and audio flows again", { timeout: 30000 }, async () => {
    const h = await harness();
    await h.ask("start");
    await h.until(() => h.states.includes("connected"), 10000, "connected");
    h.legs.get("s-1")!.close();
    h.child.send({ id: 0, cmd: "signal", msg: { type: "webrtc.state", sessionId: "s-1", state: "disconnected" } });
    await h.until(() => h.offers.length === 2, 5000, "second offer");
    assert.equal(h.offers[1]!.resume, "s-1", "the re-offer names the lost session");
    await h.until(() => h.states.lastIndexOf("connected") > h.states.indexOf("reconnecting"), 10000, "connected again");
    h.plain.clearReceived();
    h.plain.sendTone(1000, "127.0.0.1", h.legs.get("s-2")!.rtpPort);
    await sleep(1200);
    const up = h.plain.received();
    assert.ok(up.length > 2400, `plain side got ${up.length} samples after resume`);
    assert.equal(h.dominantFrequency(up.subarray(up.length - 2400), [440, 1000]).freq, 440);
    const heard = await h.ask("heard", { ms: 300 });
    assert.equal(h.dominantFrequency(Int16Array.from(heard.samples), [440, 1000], heard.rate).freq, 1000);
  });

  test("after a page reload the first offer resumes the stored session; if core no longer has it, a fresh offer follows", { timeout: 30000 }, async () => {
    const h = await harness({ SB_RESUME_ID: "s-before-reload" });
    let fresh = 0;
    h.setReply(async (o) => {
      if (o.resume) return { type: "webrtc.error", reqId: o.reqId, code: "unknown_session", message: "gone" };
      fresh++;
      return null; // the fresh offer is all this test needs to see
    });
    await h.ask("start");
    await h.until(() => fresh === 1, 8000, "a fresh offer");
    assert.equal(h.offers[0]!.resume, "s-before-reload");
    assert.equal(h.offers[1]!.resume, undefined);
  });

  test("refused (not_agent): fails without retrying; unanswered: retries", { timeout: 30000 }, async () => {
    const h = await harness({ SB_ANSWER_TIMEOUT_MS: "400" });
    h.setReply(async (o) => ({ type: "webrtc.error", reqId: o.reqId, code: "not_agent", message: "no agent" }));
    await h.ask("start");
    await h.until(() => h.states.includes("failed"), 8000, "failed");
    await sleep(1500);
    assert.equal(h.offers.length, 1, "not_agent is not retried");

    const h2 = await harness({ SB_ANSWER_TIMEOUT_MS: "400" });
    h2.setReply(async () => null); // control that ignores webrtc.* (today's control)
    await h2.ask("start");
    await h2.until(() => h2.offers.length >= 2, 8000, "a retry after no answer");
    assert.ok(h2.states.includes("failed"));
  });
}
