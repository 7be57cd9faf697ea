import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatSdp, negotiateAudio, parseSdp } from "./index.ts";

const OFFER = [
  "v=0",
  "o=alice 2890844526 2890844526 IN IP4 host.atlanta.example.com",
  "s=-",
  "c=IN IP4 192.0.2.10",
  "t=0 0",
  "m=audio 49170 RTP/AVP 18 8 0 101",
  "a=rtpmap:18 G729/8000",
  "a=rtpmap:101 telephone-event/8000",
  "a=fmtp:101 0-16",
  "a=ptime:20",
  "a=rtcp:49171",
  "m=video 51372 RTP/AVP 31",
  "c=IN IP4 192.0.2.11",
  "a=recvonly",
  "",
].join("\r\n");

describe("sdp", { timeout: 5000 }, () => {
  it("parses and round-trips", () => {
    const s = parseSdp(OFFER);
    assert.ok(s);
    assert.equal(s.origin.username, "alice");
    assert.equal(s.origin.address, "host.atlanta.example.com");
    assert.equal(s.connection, "192.0.2.10");
    assert.equal(s.media.length, 2);
    const a = s.media[0]!;
    assert.deepEqual(a.formats, [18, 8, 0, 101]);
    assert.deepEqual(a.rtpmap.get(101), { encoding: "telephone-event", clockRate: 8000, channels: 1 });
    assert.equal(a.fmtp.get(101), "0-16");
    assert.equal(a.ptime, 20);
    assert.deepEqual(a.attributes, ["rtcp:49171"]);
    assert.equal(a.direction, "sendrecv");
    assert.equal(s.media[1]?.direction, "recvonly");
    assert.equal(s.media[1]?.connection, "192.0.2.11");
    const text = formatSdp(s);
    assert.ok(text.endsWith("\r\n") && !/[^\r]\n/.test(text));
    assert.deepEqual(parseSdp(text), s);
  });

  it("rejects garbage without throwing", () => {
    assert.equal(parseSdp(""), null);
    assert.equal(parseSdp("hello"), null);
    assert.equal(parseSdp("v=1\r\no=a 1 1 IN IP4 1.2.3.4\r\ns=-\r\n"), null);
    assert.equal(parseSdp("v=0\r\no=a 1 1 IN IP4 1.2.3.4\r\ns=-\r\nm=audio x RTP/AVP 0\r\n"), null);
  });

  it("negotiates by preference, static and dynamic PTs, telephone-event", () => {
    const s = parseSdp(OFFER)!;
    const u = negotiateAudio(s, ["PCMU", "PCMA"]);
    assert.equal(u?.codec, "PCMU");
    assert.equal(u?.pt, 0);
    assert.equal(u?.dtmfPt, 101);
    assert.equal(u?.address, "192.0.2.10");
    assert.equal(u?.port, 49170);
    const a = negotiateAudio(s, ["PCMA", "PCMU"]);
    assert.equal(a?.codec, "PCMA");
    assert.equal(a?.pt, 8);
    // dynamic PT mapped to PCMA, no telephone-event, session-level hold
    const dyn = parseSdp("v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\na=sendonly\r\nm=audio 4000 RTP/AVP 96\r\na=rtpmap:96 pcma/8000\r\n")!;
    const d = negotiateAudio(dyn, ["PCMU", "PCMA"]);
    assert.equal(d?.codec, "PCMA");
    assert.equal(d?.pt, 96);
    assert.equal(d?.dtmfPt, null);
    assert.equal(d?.direction, "sendonly");
    // nothing acceptable; port 0 stream skipped
    assert.equal(negotiateAudio(parseSdp(OFFER.replace("18 8 0 101", "18 101"))!, ["PCMU", "PCMA"]), null);
    assert.equal(negotiateAudio(parseSdp(OFFER.replace("audio 49170", "audio 0"))!, ["PCMU"]), null);
    // hold via inactive / 0.0.0.0 keeps the direction for the TU
    const hold = parseSdp(OFFER.replace("a=ptime:20", "a=ptime:20\r\na=inactive"))!;
    assert.equal(negotiateAudio(hold, ["PCMU"])?.direction, "inactive");
  });
});
