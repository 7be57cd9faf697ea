// The console's SoftphoneSession in real headless Chromium (fake microphone
// playing a 440 Hz tone file) against core's WebRTC gateway: PCMU negotiated,
// tone both ways (checked in the page with WebAudio and on the RTP side),
// RFC 4733 DTMF from the browser's RTCDTMFSender arriving as pt 101, mute.
// The test plays control's part in the signalling (docs/webrtc.md).
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { dominantFrequency, RtpTester, toneSamples, totalPower, writeWav } from "../../../core/src/media/index.ts";
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
  { voiceProcessing: false },
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

test("Chromium softphone <-> core gateway: PCMU, tones both ways, DTMF, mute", { timeout: 60000, skip: fs.existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}` }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-chromium-sp-"));
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

  const plain = await RtpTester.open();
  cleanups.push(() => plain.close());
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
  let offer: { sdp: string; resume?: string } | null = null;
  await page.exposeFunction("sbState", (s: string) => {
    states.push(s);
  });
  await page.exposeFunction("sbSend", async (m: { type: string; reqId: string; sdp: string; resume?: string }) => {
    if (m.type !== "webrtc.offer") return;
    offer = m;
    leg = await createWebRtcLeg({ rtpTarget: { port: plain.port } });
    cleanups.push(() => leg?.close());
    const sdp = await leg.answerSdp(m.sdp);
    await page.evaluate((msg) => (window as unknown as { sbDeliver(m: unknown): void }).sbDeliver(msg), { type: "webrtc.answer", reqId: m.reqId, sessionId: "s-1", sdp });
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(() => (window as unknown as { sbSession: { start(): void } }).sbSession.start());
  const end = Date.now() + 15000;
  while (!states.includes("connected") && Date.now() < end) await sleep(50);
  assert.ok(states.includes("connected"), `states: ${states.join(" > ")}`);
  assert.ok(offer, "the page offered");
  const o = offer as { sdp: string };
  // setCodecPreferences put PCMU first (and telephone-event/8000 next), nothing else.
  assert.match(o.sdp, /^m=audio \d+ UDP\/TLS\/RTP\/SAVPF 0 \d+\r?$/m, "offer lists PCMU then telephone-event only");

  const l = leg as unknown as WebRtcLeg;
  plain.sendTone(1000, "127.0.0.1", l.rtpPort);
  await sleep(1500);
  const up = plain.received();
  assert.ok(up.length > 4000, `plain side got ${up.length} samples from Chromium`);
  const upF = dominantFrequency(up.subarray(up.length - 4000), [440, 1000]);
  assert.equal(upF.freq, 440);
  assert.ok(upF.ratio > 0.7, `uplink purity ${upF.ratio}`);

  const peak = await page.evaluate(() => (window as unknown as { sbHeardPeak(): Promise<{ freq: number; db: number }> }).sbHeardPeak());
  assert.ok(Math.abs(peak.freq - 1000) < 30, `the page plays ${peak.freq.toFixed(0)} Hz (${peak.db.toFixed(0)} dB)`);
  const st = await page.evaluate(() => (window as unknown as { sbSession: { stats(): Promise<{ codec: string; received: number; sent: number }> } }).sbSession.stats());
  assert.equal(st.codec, "audio/PCMU");
  assert.ok(st.received > 50 && st.sent > 50, JSON.stringify(st));

  // DTMF: RTCDTMFSender -> telephone-event at the browser's pt -> pt 101 on the plain side.
  const ok = await page.evaluate(() => (window as unknown as { sbSession: { sendDtmf(d: string): boolean } }).sbSession.sendDtmf("5#"));
  assert.equal(ok, true);
  const dEnd = Date.now() + 4000;
  while (plain.dtmfReceived.length < 2 && Date.now() < dEnd) await sleep(50);
  assert.deepEqual(plain.dtmfReceived, ["5", "#"]);

  // Mute: the microphone track is disabled; Chromium sends silence.
  await page.evaluate(() => (window as unknown as { sbSession: { setMuted(m: boolean): void } }).sbSession.setMuted(true));
  await sleep(500);
  plain.clearReceived();
  await sleep(800);
  const muted = plain.received();
  assert.ok(muted.length > 0, "packets keep flowing while muted");
  assert.ok(totalPower(muted) < 1e-4, `muted power ${totalPower(muted)}`);
});
