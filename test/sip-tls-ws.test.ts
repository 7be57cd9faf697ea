// SIP over TLS (RFC 3261 §26) and over WebSocket (RFC 7118) through the
// running platform: phones on these transports register, take queue calls
// and place calls, and the audio gets through both ways.
//
// Debian's SIPp 3.6.1 is built without OpenSSL ("To use a TLS transport you
// must compile SIPp with OpenSSL"), so the TLS customer and agent are
// baresip (real libre TLS). The WebSocket phone is test/lib/ws-sip.ts.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { dominantFrequency, readWav } from "../core/src/media/index.ts";
import { SipMessage, buildResponse } from "../core/src/sip/index.ts";
import { Baresip } from "./lib/baresip.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { runSipp } from "./lib/sipp.ts";
import { WsSipClient, audioSdp } from "./lib/ws-sip.ts";

const CANDIDATES = [350, 440, 450, 523, 659, 784, 1000, 1400];
let p: TestPlatform;
let admin: string;
let platformAdmin: string;
before(async () => {
  p = await startTestPlatform({ tls: true, ws: true, wss: true });
  admin = await p.login("admin", p.credentials!.console.admin!);
  platformAdmin = await p.login("platform", p.credentials!.console.platform!);
}, { timeout: 120_000 });
after(() => p?.stop(), { timeout: 60_000 });

type AgentRow = { id: string; extension: string; registered: boolean; status: string };
const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as AgentRow[];
const agent = async (ext: string) => (await agents()).find((a) => a.extension === ext)!;
const setState = async (ext: string, status: string) => {
  const r = await p.api(`/api/v1/agents/${(await agent(ext)).id}/state`, { token: admin, body: { status } });
  assert.ok(r.status < 300, `state ${ext} ${status}: ${r.status}`);
};
const counters = async () => (await p.api("/api/v1/system/metrics", { token: platformAdmin })).json.counters as Record<string, number>;
async function cdrsOf(caller: string) {
  const r = await p.api(`/api/v1/cdrs?caller=${caller}`, { token: admin });
  return (r.json.items as Array<Record<string, any>>).filter((c) => c.caller === caller);
}
const wavFreq = (b: Baresip) => {
  const w = readWav(b.receivedWavs()[0]!);
  const ch = w.samples[0]!;
  return dominantFrequency(ch.subarray(Math.floor(w.sampleRate * 0.5), Math.floor(w.sampleRate * 2)), CANDIDATES, w.sampleRate).freq;
};

test("WebSocket: a browser-style phone registers over ws://, answers a queue call and places a call to an extension", { timeout: 120_000 }, async (t) => {
  assert.ok(p.sipWsPort > 0);
  const ws = await WsSipClient.connect(p.sipWsPort);
  const rtp = await RtpPeer.open();
  t.after(async () => {
    ws.close();
    rtp.close();
    await setState("1002", "logged_out").catch(() => {});
  });
  assert.equal(ws.protocol, "sip", "RFC 7118 §4: the server accepts the sip subprotocol");
  const password = p.credentials!.sip["1002"]!;
  const aor = "sip:1002@127.0.0.1";
  const reg = SipMessage.request("REGISTER", "sip:127.0.0.1", [
    ["Via", ws.via()],
    ["From", `<${aor}>;tag=ws${Date.now()}`],
    ["To", `<${aor}>`],
    ["Call-ID", `reg-${Date.now()}@${ws.host}`],
    ["CSeq", "1 REGISTER"],
    ["Contact", ws.contact("1002")],
    ["Expires", "600"],
    ["Max-Forwards", "70"],
  ]);
  const r = await ws.transaction(reg, { user: "1002", password });
  assert.equal(r.final.status, 200, `REGISTER: ${r.final.status}`);
  await until("1002 registered over WS", async () => (await agent("1002"))?.registered, 10_000);
  await setState("1002", "ready");

  // 1. A customer (SIPp over UDP) calls the DID; the switch rings the WS phone on its WebSocket.
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const call = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 4000, keys: { caller: "13600000032", rtp_port: String(customer.port) }, timeoutS: 40 });
  const invite = await ws.next("INVITE over WS", (m) => m.isRequest && m.method === "INVITE", 20_000);
  assert.match(invite.get("Via")!, /^SIP\/2\.0\/WS /, "the switch's Via names the WS transport (RFC 7118 §5.1)");
  assert.match(invite.get("Contact")!, /;transport=ws>/, "the switch's Contact is reachable over WS");
  assert.equal(invite.requestUri, `sip:1002@${ws.host};transport=ws`, "Request-URI is the registered Contact");
  const toTag = `ws${Date.now()}`;
  const ringing = buildResponse(invite, 180, undefined, toTag);
  ws.send(ringing);
  rtp.sendTo(invite.body);
  rtp.speak(659);
  const ok = buildResponse(invite, 200, undefined, toTag);
  ok.append("Contact", ws.contact("1002"));
  ok.set("Content-Type", "application/sdp");
  ok.body = audioSdp(rtp.port);
  ws.send(ok);
  await ws.next("ACK over WS", (m) => m.isRequest && m.method === "ACK" && m.callId === invite.callId, 10_000);
  const bye = await ws.next("BYE over WS", (m) => m.isRequest && m.method === "BYE" && m.callId === invite.callId, 30_000);
  // The customer hung up now: the audio windows end here (SIPp itself may take a while to exit on a busy box).
  const end = Date.now();
  ws.send(buildResponse(bye, 200));
  const res = await call;
  assert.equal(res.code, 0, res.errors + res.stderr);
  const diag = `customer frames ${customer.frames.length} remote ${JSON.stringify(customer.remote)}; agent frames ${rtp.frames.length} remote ${JSON.stringify(rtp.remote)}; first customer frame ${customer.frames[0] ? customer.frames[0].at - end : "none"} ms, first agent frame ${rtp.frames[0] ? rtp.frames[0].at - end : "none"} ms before end`;
  assert.equal(dominantFrequency(customer.heard(end - 2500, end - 1200), CANDIDATES).freq, 659, `the customer hears the WS agent (${diag})`);
  assert.equal(dominantFrequency(rtp.heard(end - 2500, end - 1200), CANDIDATES).freq, 1000, "the WS agent hears the customer");
  const cdr = (await until("CDR", async () => (await cdrsOf("13600000032"))[0], 10_000)) as Record<string, any>;
  assert.equal(cdr.agentId, (await agent("1002")).id);

  // 2. The WS phone places a call to extension 1001 (a baresip over UDP), digest-authenticated.
  const other = new Baresip({ user: "1001", password: p.credentials!.sip["1001"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 440 });
  t.after(async () => {
    await other.stop();
    other.cleanup();
  });
  await other.start();
  await until("1001 registered", async () => (await agent("1001"))?.registered, 20_000);
  // a fresh media endpoint: RtpPeer keeps answering where its first packets came from (the first call's leg)
  const rtp2 = await RtpPeer.open();
  t.after(() => rtp2.close());
  rtp2.speak(659);
  const callId = `out-${Date.now()}@${ws.host}`;
  const from = `<${aor}>;tag=wsout${Date.now()}`;
  const out = SipMessage.request("INVITE", "sip:1001@127.0.0.1", [
    ["Via", ws.via()],
    ["From", from],
    ["To", "<sip:1001@127.0.0.1>"],
    ["Call-ID", callId],
    ["CSeq", "1 INVITE"],
    ["Contact", ws.contact("1002")],
    ["Max-Forwards", "70"],
    ["Content-Type", "application/sdp"],
  ], audioSdp(rtp2.port));
  const answer = await ws.transaction(out, { user: "1002", password }, 20_000);
  assert.equal(answer.final.status, 200, `INVITE to 1001: ${answer.final.status}`);
  assert.match(answer.final.get("Contact")!, /;transport=ws>/);
  const remoteTarget = /<([^>]+)>/.exec(answer.final.get("Contact")!)![1]!;
  const inDialog = (method: string, seq: number) =>
    SipMessage.request(method, remoteTarget, [
      ["Via", ws.via()],
      ["From", from],
      ["To", answer.final.get("To")!],
      ["Call-ID", callId],
      ["CSeq", `${seq} ${method}`],
      ["Max-Forwards", "70"],
    ]);
  const cseq = out.cseq.seq;
  const ack = inDialog("ACK", cseq);
  ws.send(ack);
  const t0 = Date.now();
  await new Promise((r) => setTimeout(r, 3000));
  assert.equal(dominantFrequency(rtp2.heard(t0 + 1000, t0 + 2800), CANDIDATES).freq, 440, "the WS phone hears 1001");
  const hang = await ws.transaction(inDialog("BYE", cseq + 1));
  assert.equal(hang.final.status, 200);
  await until("1001's dump", () => other.receivedWavs().length > 0, 5000);
  assert.equal(wavFreq(other), 659, "1001 hears the WS phone");
  const [icdr] = (await until("internal CDR", async () => {
    const c = await cdrsOf("1002");
    return c.length > 0 ? c : null;
  }, 10_000)) as Array<Record<string, any>>;
  assert.equal(icdr!.direction, "internal");
  assert.equal(icdr!.callee, "1001");
  assert.equal((await counters()).calls_active, 0);
});

test("secure WebSocket: a phone on wss:// (certificate verified) registers and answers a queue call; the switch's Via says WSS", { timeout: 120_000 }, async (t) => {
  assert.ok(p.sipWssPort > 0);
  const before = await counters();
  // the platform's self-signed certificate, generated at first start (SIP_TLS_CERT unset)
  const ca = readFileSync(join(p.config.DATA_DIR, "core", "tls", "sip-tls.crt"));
  const ws = await WsSipClient.connect(p.sipWssPort, { ca });
  const rtp = await RtpPeer.open();
  t.after(async () => {
    ws.close();
    rtp.close();
    await setState("1002", "logged_out").catch(() => {});
  });
  const aor = "sip:1002@127.0.0.1";
  const reg = SipMessage.request("REGISTER", "sip:127.0.0.1", [
    ["Via", ws.via()],
    ["From", `<${aor}>;tag=wss${Date.now()}`],
    ["To", `<${aor}>`],
    ["Call-ID", `regs-${Date.now()}@${ws.host}`],
    ["CSeq", "1 REGISTER"],
    ["Contact", ws.contact("1002")],
    ["Expires", "600"],
    ["Max-Forwards", "70"],
  ]);
  const r = await ws.transaction(reg, { user: "1002", password: p.credentials!.sip["1002"]! });
  assert.equal(r.final.status, 200, `REGISTER: ${r.final.status}`);
  await until("1002 registered over WSS", async () => (await agent("1002"))?.registered, 10_000);
  for (const other of ["1001"]) await setState(other, "logged_out").catch(() => {});
  await setState("1002", "ready");
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const call = runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 4000, keys: { caller: "13600000033", rtp_port: String(customer.port) }, timeoutS: 40 });
  const invite = await ws.next("INVITE over WSS", (m) => m.isRequest && m.method === "INVITE", 20_000);
  assert.match(invite.get("Via")!, new RegExp(`^SIP/2\\.0/WSS 127\\.0\\.0\\.1:${p.sipWssPort};`), "RFC 7118 §5.1: WSS and the wss listener's port");
  const toTag = `wss${Date.now()}`;
  rtp.sendTo(invite.body);
  rtp.speak(784);
  const ok = buildResponse(invite, 200, undefined, toTag);
  ok.append("Contact", ws.contact("1002"));
  ok.set("Content-Type", "application/sdp");
  ok.body = audioSdp(rtp.port);
  ws.send(ok);
  await ws.next("ACK over WSS", (m) => m.isRequest && m.method === "ACK" && m.callId === invite.callId, 10_000);
  const bye = await ws.next("BYE over WSS", (m) => m.isRequest && m.method === "BYE" && m.callId === invite.callId, 30_000);
  // The customer hung up now: the audio windows end here (SIPp itself may take a while to exit on a busy box).
  const end = Date.now();
  ws.send(buildResponse(bye, 200));
  const res = await call;
  assert.equal(res.code, 0, res.errors + res.stderr);
  const trace = [4000, 3500, 3000, 2500, 2000, 1500, 1000].map((ms) => dominantFrequency(customer.heard(end - ms, end - ms + 500), CANDIDATES).freq).join(",");
  assert.equal(dominantFrequency(customer.heard(end - 2500, end - 1200), CANDIDATES).freq, 784, `the customer hears the WSS agent (${trace})`);
  assert.equal(dominantFrequency(rtp.heard(end - 2500, end - 1200), CANDIDATES).freq, 1000, "the WSS agent hears the customer");
  const after = await counters();
  assert.equal(after.sip_wssAccepted! - (before.sip_wssAccepted ?? 0), 1, "one secure WebSocket connection");
});

test("TLS: an agent phone registers over TLS and a customer calling the DID over TLS reaches it, audio both ways", { timeout: 120_000 }, async (t) => {
  assert.ok(p.sipTlsPort > 0);
  const before = await counters();
  const phone = new Baresip({ user: "1001", password: p.credentials!.sip["1001"]!, registrar: `127.0.0.1:${p.sipTlsPort}`, transport: "tls", toneHz: 440 });
  const customer = new Baresip({ user: "13600000031", password: "", registrar: `127.0.0.1:${p.sipTlsPort}`, transport: "tls", toneHz: 1000, regint: 0 });
  t.after(async () => {
    for (const b of [phone, customer]) {
      await b.stop();
      b.cleanup();
    }
    await setState("1001", "logged_out").catch(() => {});
  });
  await phone.start();
  await until("1001 registered over TLS", async () => (await agent("1001"))?.registered, 20_000);
  await setState("1001", "ready");
  await customer.start();
  customer.command("dial", `sip:4000@127.0.0.1:${p.sipTlsPort};transport=tls`);
  await until("the call is answered by 1001", async () => (await p.api("/api/v1/calls", { token: admin })).json.items.some((c: { phase: string; agentId?: string }) => c.phase === "answered"), 20_000);
  await new Promise((r) => setTimeout(r, 3000));
  customer.command("hangup");
  const cdr = (await until("CDR", async () => (await cdrsOf("13600000031"))[0], 15_000)) as Record<string, any>;
  assert.equal(cdr.agentId, (await agent("1001")).id, "bridged to the TLS agent");
  assert.equal(cdr.hangupSide, "caller");
  assert.ok(cdr.answerMs > 0);
  await until("dumps", () => phone.receivedWavs().length > 0 && customer.receivedWavs().length > 0, 5000);
  assert.equal(wavFreq(customer), 440, "the customer hears the agent");
  assert.equal(wavFreq(phone), 1000, "the agent hears the customer");
  const after = await counters();
  // both phones talked to the TLS listener (a fallback to UDP would not count here)
  assert.ok(after.sip_tlsAccepted! - (before.sip_tlsAccepted ?? 0) >= 2, `TLS connections accepted: ${after.sip_tlsAccepted}`);
  assert.equal(after.calls_active, 0);
});
