// Test helper, run as a child process: a browser-less WebRTC peer
// (@roamhq/wrtc = libwebrtc, the engine inside Chromium) that sends a tone
// and records what it plays. A child process because libwebrtc keeps the
// event loop alive after close and crashes on teardown; the test kills it.
//
//   fork("fake-browser.ts", [toneHz]); then request/response over IPC:
//   {id, cmd:"offer"} -> {id, sdp}                       browser offers
//   {id, cmd:"answer", sdp} -> {id, sdp}                 browser answers our offer
//   {id, cmd:"remote", sdp} -> {id}                      the answer to its offer
//   {id, cmd:"connected"} -> {id, state}                 waits up to 8 s
//   {id, cmd:"heard", ms} -> {id, samples, rate}         last ms of played audio (channel 0)
//   {id, cmd:"stats"} -> {id, packetsReceived, packetsLost, codec}
import wrtc from "@roamhq/wrtc";
import { toneSamples } from "../media/index.ts";

const { RTCPeerConnection, nonstandard } = wrtc;
const toneHz = Number(process.argv[2] ?? 440);
const pc = new RTCPeerConnection({ iceServers: [] });
const source = new nonstandard.RTCAudioSource();
pc.addTrack(source.createTrack());
const heard: Int16Array[] = [];
let heardRate = 48000;
pc.ontrack = (e: { track: unknown }) => {
  const sink = new nonstandard.RTCAudioSink(e.track);
  sink.ondata = (d: { samples: Int16Array; sampleRate: number; channelCount: number }) => {
    heardRate = d.sampleRate;
    const ch = d.channelCount;
    const out = new Int16Array(d.samples.length / ch);
    for (let i = 0; i < out.length; i++) out[i] = d.samples[i * ch]!;
    heard.push(out);
    if (heard.length > 1000) heard.shift();
  };
};
// 1 s of tone is a whole number of periods for integer Hz, so it loops seamlessly.
const tone = toneSamples(toneHz, 1000, 8000, 0.5);
let pos = 0;
const start = performance.now();
let fed = 0;
setInterval(() => {
  const due = Math.floor((performance.now() - start) / 10);
  while (fed < due) {
    const samples = new Int16Array(80);
    for (let i = 0; i < 80; i++) samples[i] = tone[(pos + i) % tone.length]!;
    pos = (pos + 80) % tone.length;
    source.onData({ samples, sampleRate: 8000, bitsPerSample: 16, channelCount: 1, numberOfFrames: 80 });
    fed++;
  }
}, 5);

function gathered(): Promise<string> {
  return new Promise((resolve) => {
    const done = () => resolve(pc.localDescription!.sdp);
    if (pc.iceGatheringState === "complete") return done();
    pc.addEventListener("icegatheringstatechange", () => pc.iceGatheringState === "complete" && done());
  });
}

async function handle(m: { cmd: string; sdp?: string; ms?: number }): Promise<object> {
  switch (m.cmd) {
    case "offer":
      await pc.setLocalDescription(await pc.createOffer());
      return { sdp: await gathered() };
    case "answer":
      await pc.setRemoteDescription({ type: "offer", sdp: m.sdp! });
      await pc.setLocalDescription(await pc.createAnswer());
      return { sdp: await gathered() };
    case "remote":
      await pc.setRemoteDescription({ type: "answer", sdp: m.sdp! });
      return {};
    case "connected": {
      const until = Date.now() + 8000;
      while (pc.connectionState !== "connected" && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      return { state: pc.connectionState };
    }
    case "heard": {
      let n = 0;
      for (const c of heard) n += c.length;
      const all = new Int16Array(n);
      let o = 0;
      for (const c of heard) {
        all.set(c, o);
        o += c.length;
      }
      const k = Math.min(n, Math.round(((m.ms ?? 500) * heardRate) / 1000));
      return { samples: Array.from(all.subarray(n - k)), rate: heardRate };
    }
    case "stats": {
      const r = await pc.getStats();
      const codecs = new Map<string, string>();
      let out = { packetsReceived: 0, packetsLost: 0, codecId: "" };
      r.forEach((s: Record<string, unknown>) => {
        if (s.type === "codec") codecs.set(String(s.id), String(s.mimeType));
        if (s.type === "inbound-rtp") out = { packetsReceived: Number(s.packetsReceived), packetsLost: Number(s.packetsLost), codecId: String(s.codecId) };
      });
      return { packetsReceived: out.packetsReceived, packetsLost: out.packetsLost, codec: codecs.get(out.codecId) ?? "" };
    }
    default:
      throw new Error(`unknown command ${m.cmd}`);
  }
}

process.on("message", (m: { id: number; cmd: string }) => {
  handle(m).then(
    (r) => process.send!({ id: m.id, ...r }),
    (e) => process.send!({ id: m.id, error: String(e) }),
  );
});
// Parent gone: leave at once (see above for why not a normal exit).
process.on("disconnect", () => process.kill(process.pid, "SIGKILL"));
