// The console's SoftphoneSession in real headless Chromium offering Opus only
// (SessionOptions.audioCodec "opus") against core's WebRTC gateway with its
// `opus` option, bridged by the media engine (Opus <-> PCMU transcoding in the
// worker) to a PCMU RTP peer: tones both ways, checked in the page with
// WebAudio and on the RTP side. The test plays control's part in the signalling.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { dominantFrequency, MediaEngine, RtpTester, toneSamples, writeWav } from "../../../core/src/media/index.ts";
import { createWebRtcLeg, shutdownWebRtc, type WebRtcLeg } from "../../../core/src/webrtc/index.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const cleanups: (() => unknown)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
  await shutdownWebRtc();
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The page: the real session module, bundled; the test drives it through window.sb*.
const ENTRY = `
import { SoftphoneSession } from "./session.ts";
import { parseSignal } from "./signal.ts";
const audio = new Audio();
audio.autoplay = true;
document.body.append(audio);
const session = new SoftphoneSession(
  { send: (m) => { window.sbSend(m); return true; }, onState: (s, d) => window.sbState(s, d), audio },
  { voiceProcessing: false, audioCodec: "opus" },
);
window.sbSession = session;
window.sbDeliver = (m) => { const s = parseSignal(m); if (s) session.handle(s); };
// Dominant frequency of what the page plays, from WebAudio (300-3500 Hz, 1 s of analysis).
window.sbHeardPeak = async () => {
  const ctx = new AudioContext();
  const src = ctx.createMediaStreamSource(audio.srcObject);
  const an = ctx.createAnalyser();
  an.fftSize = 8192;
  src.connect(an);
  await new Promise((r) => setTimeout(r, 1000));
  const bins = new Float32Array(an.frequencyBinCount);
  an.getFloatFrequencyData(bins);
  const hz = ctx.sampleRate / an.fftSize;
  let best = 0, bestDb = -Infinity;
  for (let i = Math.floor(300 / hz); i < 3500 / hz; i++) if (bins[i] > bestDb) { bestDb = bins[i]; best = i; }
  await ctx.close();
  return { freq: best * hz, db: bestDb };
};
`;

test("Chromium softphone offering Opus only <-> gateway (opus) <-> engine <-> PCMU peer: tones both ways", { timeout: 60000, skip: fs.existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}` }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-chromium-opus-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const wav = path.join(dir, "tone440.wav");
  writeWav(wav, 48000, [toneSamples(440, 10000, 48000, 0.5)]);
  const js = (await build({ stdin: { contents: ENTRY, resolveDir: here, loader: "ts" }, bundle: true, format: "iife", write: false, target: "chrome120" })).outputFiles[0]!.text;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<!doctype html><html><body><script>${js}</script></body></html>`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  cleanups.push(() => new Promise((r) => server.close(r)));
  const port = (server.address() as { port: number }).port;

  // The media engine as core runs it for a WebRTC session: the agent's engine leg
  // (non-symmetric, like WebRtcSessions) bridged to the customer's PCMU leg.
  const dataDir = path.join(dir, "media");
  const portMin = 42000 + 2 * Math.floor(Math.random() * 2000);
  const engine = await MediaEngine.start({ dataDir, workers: 1, portMin, portMax: portMin + 100 });
  cleanups.push(() => engine.close());
  const customer = await RtpTester.open();
  cleanups.push(() => customer.close());
  const agentLeg = await engine.createLeg("chromium-opus", { symmetric: false });
  const customerLeg = await engine.createLeg("chromium-opus");
  engine.setRemote(customerLeg.legId, "127.0.0.1", customer.port);
  engine.bridge(agentLeg.legId, customerLeg.legId);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${wav}`,
      "--allow-loopback-in-peer-connection",
      "--autoplay-policy=no-user-gesture-required",
    ],
  });
  cleanups.push(() => browser.close());
  const page = await browser.newPage();
  const states: string[] = [];
  let leg: WebRtcLeg | null = null;
  let offer: { sdp: string } | null = null;
  await page.exposeFunction("sbState", (s: string) => {
    states.push(s);
  });
  await page.exposeFunction("sbSend", async (m: { type: string; reqId: string; sdp: string }) => {
    if (m.type !== "webrtc.offer") return;
    offer = m;
    leg = await createWebRtcLeg({ rtpTarget: { port: agentLeg.port }, opus: true });
    cleanups.push(() => leg?.close());
    const sdp = await leg.answerSdp(m.sdp);
    // What WebRtcSessions does: the engine leg takes the negotiated codec.
    engine.setRemote(agentLeg.legId, leg.rtpAddress, leg.rtpPort, { codec: leg.codec, pt: leg.payloadType });
    await page.evaluate((msg) => (window as unknown as { sbDeliver(m: unknown): void }).sbDeliver(msg), { type: "webrtc.answer", reqId: m.reqId, sessionId: "s-1", sdp });
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(() => (window as unknown as { sbSession: { start(): void } }).sbSession.start());
  const end = Date.now() + 15000;
  while (!states.includes("connected") && Date.now() < end) await sleep(50);
  assert.ok(states.includes("connected"), `states: ${states.join(" > ")}`);
  const o = offer as { sdp: string } | null;
  assert.ok(o, "the page offered");
  assert.doesNotMatch(o.sdp, /^a=rtpmap:\d+ PCMU/m, "no PCMU in the offer");
  assert.match(o.sdp, /^a=rtpmap:\d+ opus\/48000\/2/m);
  const l = leg as unknown as WebRtcLeg;
  assert.equal(l.codec, "OPUS");

  customer.sendTone(1000, "127.0.0.1", customerLeg.port);
  await sleep(2000);
  const up = customer.received();
  assert.ok(up.length > 4000, `the customer got ${up.length} samples from Chromium`);
  assert.ok(customer.packets.every((p) => p.pt === 0), "the customer side is PCMU");
  const upF = dominantFrequency(up.subarray(up.length - 4000), [440, 1000]);
  assert.equal(upF.freq, 440);
  assert.ok(upF.ratio > 0.7, `uplink purity ${upF.ratio}`);

  const peak = await page.evaluate(() => (window as unknown as { sbHeardPeak(): Promise<{ freq: number; db: number }> }).sbHeardPeak());
  assert.ok(Math.abs(peak.freq - 1000) < 30, `the page plays ${peak.freq.toFixed(0)} Hz (${peak.db.toFixed(0)} dB)`);
  const st = await page.evaluate(() => (window as unknown as { sbSession: { stats(): Promise<{ codec: string; received: number; sent: number }> } }).sbSession.stats());
  assert.equal(st.codec, "audio/opus");
  assert.ok(st.received > 50 && st.sent > 50, JSON.stringify(st));
  customer.stop();
  const s = await engine.stats(agentLeg.legId);
  assert.equal(s.dropped ?? 0, 0, "every Opus packet from Chromium decoded");
});
