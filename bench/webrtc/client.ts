// Browser-less WebRTC clients (@roamhq/wrtc = libwebrtc, the engine inside
// Chromium) for the benchmark. Runs as a child process driven over IPC so its
// CPU (encoding, jitter buffers) is not charged to the server under test.
//
// Messages in:  {type:"open", legs}             -> {type:"offers", sdps}
//               {type:"answers", sdps}          -> {type:"connected", ok, failed}
//               {type:"run", ms}                -> {type:"ran"}   (sends 8 kHz audio, 10 ms frames)
//               {type:"stats"}                  -> {type:"stats", sent, received, lost, codecs}
//               {type:"close"}                  -> exits
import wrtc from "@roamhq/wrtc";
import { loopbackOnly } from "./legs.ts";

const { RTCPeerConnection, nonstandard } = wrtc;

interface Client {
  pc: InstanceType<typeof RTCPeerConnection>;
  source: InstanceType<typeof nonstandard.RTCAudioSource>;
}

const clients: Client[] = [];
const FRAME = 80; // 10 ms at 8 kHz: the unit RTCAudioSource.onData takes
const samples = new Int16Array(FRAME);
for (let i = 0; i < FRAME; i++) samples[i] = Math.round(8000 * Math.sin((2 * Math.PI * 1000 * i) / 8000));
const frame = { samples, sampleRate: 8000, bitsPerSample: 16, channelCount: 1, numberOfFrames: FRAME };

function gathered(pc: Client["pc"]): Promise<void> {
  return new Promise((resolve) => {
    if (pc.iceGatheringState === "complete") return resolve();
    pc.addEventListener("icegatheringstatechange", () => {
      if (pc.iceGatheringState === "complete") resolve();
    });
    setTimeout(resolve, 3000); // use what was gathered by then
  });
}

async function open(n: number): Promise<string[]> {
  const sdps: string[] = [];
  for (let i = 0; i < n; i++) {
    const pc = new RTCPeerConnection({ iceServers: [] });
    const source = new nonstandard.RTCAudioSource();
    pc.addTrack(source.createTrack());
    clients.push({ pc, source });
  }
  await Promise.all(
    clients.map(async (c) => {
      const o = await c.pc.createOffer();
      await c.pc.setLocalDescription(o);
      await gathered(c.pc);
    }),
  );
  for (const c of clients) sdps.push(loopbackOnly(c.pc.localDescription!.sdp));
  return sdps;
}

async function answers(sdps: string[]): Promise<{ ok: number; failed: number }> {
  await Promise.all(clients.map((c, i) => c.pc.setRemoteDescription({ type: "answer", sdp: sdps[i]! })));
  const deadline = Date.now() + 20000;
  for (;;) {
    let ok = 0;
    let failed = 0;
    for (const c of clients) {
      if (c.pc.connectionState === "connected") ok++;
      else if (c.pc.connectionState === "failed" || c.pc.connectionState === "closed") failed++;
    }
    if (ok + failed === clients.length || Date.now() > deadline) return { ok, failed };
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Feeds 10 ms frames to every source, drift-corrected against the clock so
// each client sends exactly ms/20 packets whatever the timer jitter.
function run(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const start = performance.now();
    const total = Math.round(ms / 10);
    let fed = 0;
    const tick = () => {
      const due = Math.min(total, Math.floor((performance.now() - start) / 10) + 1);
      while (fed < due) {
        for (const c of clients) c.source.onData(frame);
        fed++;
      }
      if (fed >= total) {
        clearInterval(timer);
        resolve();
      }
    };
    const timer = setInterval(tick, 5);
    tick();
  });
}

async function stats(): Promise<{ sent: number; received: number; lost: number; codecs: string[] }> {
  let sent = 0;
  let received = 0;
  let lost = 0;
  const codecs = new Set<string>();
  for (const c of clients) {
    const report = await c.pc.getStats();
    const used: string[] = [];
    const mime = new Map<string, string>();
    report.forEach((s: Record<string, unknown>) => {
      if (s.type === "outbound-rtp") sent += Number(s.packetsSent ?? 0);
      else if (s.type === "inbound-rtp") {
        received += Number(s.packetsReceived ?? 0);
        lost += Math.max(0, Number(s.packetsLost ?? 0));
      } else if (s.type === "codec") mime.set(String(s.id), String(s.mimeType));
      if ((s.type === "outbound-rtp" || s.type === "inbound-rtp") && s.codecId) used.push(String(s.codecId));
    });
    // the codec actually used by the RTP streams, not every codec offered
    for (const id of used) codecs.add(mime.get(id) ?? id);
  }
  return { sent, received, lost, codecs: [...codecs] };
}

function reply(m: unknown): void {
  process.send!(m);
}

process.on("message", async (m: { type: string; legs?: number; sdps?: string[]; ms?: number }) => {
  try {
    if (m.type === "open") reply({ type: "offers", sdps: await open(m.legs!) });
    else if (m.type === "answers") reply({ type: "connected", ...(await answers(m.sdps!)) });
    else if (m.type === "run") {
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      await run(m.ms!);
      const c = process.cpuUsage(c0);
      reply({ type: "ran", cpuUs: c.user + c.system, wallMs: performance.now() - w0 });
    } else if (m.type === "stats") reply({ type: "stats", ...(await stats()) });
    else if (m.type === "close") {
      for (const c of clients) c.pc.close();
      process.exit(0);
    }
  } catch (e) {
    reply({ type: "error", message: String(e) });
  }
});
process.on("disconnect", () => process.exit(0));
