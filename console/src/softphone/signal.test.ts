import assert from "node:assert/strict";
import { test } from "node:test";
import { audioPayloadTypes, dtmfDigits, hasPcmu, isSignal, nextReqId, opusPreference, opusPt, parseSignal, pcmuPreference, resumeDelayMs } from "./signal.ts";

const OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111 0 8 126\r\na=rtpmap:0 PCMU/8000\r\n";

test("parseSignal accepts well-formed server messages only", { timeout: 2000 }, () => {
  assert.deepEqual(parseSignal(JSON.stringify({ type: "webrtc.answer", reqId: "r1", sessionId: "s1", sdp: OFFER })), {
    type: "webrtc.answer",
    reqId: "r1",
    sessionId: "s1",
    sdp: OFFER,
  });
  assert.equal(parseSignal({ type: "webrtc.answer", reqId: "r1", sessionId: "s1", sdp: "v=0" }), null, "answer without audio");
  assert.equal(parseSignal({ type: "webrtc.answer", reqId: "", sessionId: "s1", sdp: OFFER }), null);
  assert.deepEqual(parseSignal({ type: "webrtc.error", reqId: "r2", code: "bad_sdp" }), { type: "webrtc.error", reqId: "r2", code: "bad_sdp", message: "" });
  assert.deepEqual(parseSignal({ type: "webrtc.state", sessionId: "s1", state: "disconnected" }), {
    type: "webrtc.state",
    sessionId: "s1",
    state: "disconnected",
    reason: "",
  });
  assert.equal(parseSignal({ type: "webrtc.state", sessionId: "s1", state: "weird" }), null);
  assert.equal(parseSignal("{not json"), null);
  assert.equal(parseSignal({ type: "call", callId: "c" }), null);
  assert.equal(isSignal("webrtc.answer"), true);
  assert.equal(isSignal("call"), false);
});

test("SDP checks: PCMU offered or not", { timeout: 2000 }, () => {
  assert.deepEqual(audioPayloadTypes(OFFER), [111, 0, 8, 126]);
  assert.equal(hasPcmu(OFFER), true);
  assert.equal(hasPcmu(OFFER.replace(" 0 8 ", " 8 ")), false);
  assert.equal(hasPcmu("v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 0\r\n"), false);
});

test("codec preference: PCMU then telephone-event/8000, nothing else; empty without PCMU", { timeout: 2000 }, () => {
  const caps = [
    { mimeType: "audio/opus", clockRate: 48000 },
    { mimeType: "audio/telephone-event", clockRate: 48000 },
    { mimeType: "audio/PCMA", clockRate: 8000 },
    { mimeType: "audio/telephone-event", clockRate: 8000 },
    { mimeType: "audio/PCMU", clockRate: 8000 },
  ];
  assert.deepEqual(
    pcmuPreference(caps).map((c) => `${c.mimeType}/${c.clockRate}`),
    ["audio/PCMU/8000", "audio/telephone-event/8000"],
  );
  assert.deepEqual(pcmuPreference(caps.filter((c) => c.mimeType !== "audio/PCMU")), []);
});

test("Opus-only preference: opus/48000 then telephone-event/8000; empty without Opus; opusPt", { timeout: 2000 }, () => {
  const caps = [
    { mimeType: "audio/PCMU", clockRate: 8000 },
    { mimeType: "audio/telephone-event", clockRate: 48000 },
    { mimeType: "audio/opus", clockRate: 48000 },
    { mimeType: "audio/telephone-event", clockRate: 8000 },
  ];
  assert.deepEqual(
    opusPreference(caps).map((c) => `${c.mimeType}/${c.clockRate}`),
    ["audio/opus/48000", "audio/telephone-event/8000"],
  );
  assert.deepEqual(opusPreference(caps.filter((c) => c.mimeType !== "audio/opus")), []);
  const withOpus = `${OFFER}a=rtpmap:111 opus/48000/2\r\n`;
  assert.equal(opusPt(withOpus), 111);
  assert.equal(opusPt(OFFER), -1, "no rtpmap for opus");
  assert.equal(opusPt(withOpus.replace(" 111 ", " ")), -1, "an rtpmap without the payload type in m= does not count");
});

test("DTMF digits, resume backoff, request ids", { timeout: 2000 }, () => {
  assert.equal(dtmfDigits("1a#*x 9,"), "1A#*9,");
  assert.deepEqual([0, 1, 2, 3, 4, 5, 9].map(resumeDelayMs), [500, 1000, 2000, 4000, 8000, 8000, 8000]);
  // 30 s of outage is retried at least 5 times
  let t = 0;
  let n = 0;
  while (t + resumeDelayMs(n) <= 30000) t += resumeDelayMs(n++);
  assert.ok(n >= 5, `${n} retries in 30 s`);
  const ids = new Set(Array.from({ length: 100 }, nextReqId));
  assert.equal(ids.size, 100);
});
