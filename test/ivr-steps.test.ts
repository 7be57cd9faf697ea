// The remaining IVR steps with real calls: business hours from a calendar
// (open, then closed by a holiday on today's date: the controllable clock
// is the calendar), set, callback offer (预约回呼), post-call survey (满意度),
// transfer to an extension, and voicemail recorded from the caller's audio.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { dominantFrequency, readWav } from "../core/src/media/index.ts";
import { Baresip } from "./lib/baresip.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { runSipp } from "./lib/sipp.ts";

const CANDIDATES = [350, 440, 450, 523, 659, 784, 1000, 1400];
let p: TestPlatform;
let admin: string;
let flowId = "";
let supportId = "";
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()); // YYYY-MM-DD

function graph(holidays: string[]) {
  const allDay: [string, string][] = [["00:00", "24:00"]];
  return {
    start: "hours",
    calendars: {
      office: { tz: "Asia/Shanghai", weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay }, holidays },
    },
    nodes: {
      hours: { type: "condition", params: { cases: [{ exit: "open", when: { open: "office" } }] }, exits: { open: "greet", else: "closed" } },
      closed: { type: "voicemail", params: { box: supportId, prompts: [{ text: "We are closed. Please leave a message.", voice: "en" }], maxSeconds: 5 } },
      greet: { type: "set", params: { vars: { greeting: "hello ${caller}" } }, exits: { next: "offer" } },
      offer: {
        type: "callback",
        params: { prompts: [{ text: "Press one to be called back.", voice: "en" }], queue: supportId, acceptDigit: "1", timeoutMs: 2500 },
        exits: { accepted: "survey", declined: "xfer" },
      },
      survey: { type: "survey", params: { prompts: [{ text: "Please rate us from one to five.", voice: "en" }], variable: "survey_score", timeoutMs: 5000 }, exits: { done: "bye", noinput: "bye" } },
      bye: { type: "hangup", params: { prompts: [{ text: "Goodbye.", voice: "en" }] }, served: true },
      xfer: { type: "transfer", params: { extension: "1001" } },
    },
  };
}

async function publish(holidays: string[]) {
  const d = await p.api(`/api/v1/ivr/flows/${flowId}/draft`, { token: admin, method: "PUT", body: { graph: graph(holidays) } });
  assert.equal(d.json.valid, true, JSON.stringify(d.json));
  const pub = await p.api(`/api/v1/ivr/flows/${flowId}/publish`, { token: admin, body: {} });
  assert.equal(pub.status, 200, JSON.stringify(pub.json));
  await new Promise((r) => setTimeout(r, 500));
}

before(async () => {
  p = await startTestPlatform();
  admin = await p.login("admin", p.credentials!.console.admin!);
  supportId = ((await p.api("/api/v1/queues", { token: admin })).json.items as Array<{ id: string; name: string }>).find((q) => q.name.includes("support"))!.id;
  const created = await p.api("/api/v1/ivr/flows", { token: admin, body: { name: "steps", graph: graph([]) } });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const v = await p.api(`/api/v1/ivr/flows/${created.json.id}/validate`, { token: admin, method: "POST" });
  assert.equal(v.json.valid, true, JSON.stringify(v.json));
  flowId = created.json.id;
  assert.equal((await p.api(`/api/v1/ivr/flows/${flowId}/publish`, { token: admin, body: {} })).status, 200);
  assert.equal((await p.api("/api/v1/ivr/dids/4000", { token: admin, method: "PATCH", body: { flowId } })).status, 200);
}, { timeout: 120_000 });
after(() => p?.stop(), { timeout: 60_000 });

async function cdrOf(caller: string) {
  return until(`CDR of ${caller}`, async () => {
    const r = await p.api(`/api/v1/cdrs?caller=${caller}`, { token: admin });
    return (r.json.items as Array<Record<string, any>>).find((c) => c.caller === caller);
  }, 20_000, 250);
}

test("open hours, no callback wanted: set runs and the caller is transferred to extension 1001", { timeout: 90_000 }, async (t) => {
  const phone = new Baresip({ user: "1001", password: p.credentials!.sip["1001"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 440 });
  await phone.start();
  t.after(async () => {
    await phone.stop();
    phone.cleanup();
  });
  const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean }>;
  await until("1001 registered", async () => (await agents()).find((a) => a.extension === "1001")?.registered, 15_000);
  const a1001 = (await agents()).find((a) => a.extension === "1001")!;
  await p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "ready" } });
  t.after(() => p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "logged_out" } }));
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const r = await runSipp({ scenario: "uac-call.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", pauseMs: 9000, keys: { caller: "13100000001", rtp_port: String(customer.port) }, timeoutS: 40 });
  const end = Date.now();
  assert.equal(r.code, 0, r.errors + r.stderr);
  assert.equal(dominantFrequency(customer.heard(end - 1500, end - 300), CANDIDATES).freq, 440, "transferred to the agent");
  const cdr = await cdrOf("13100000001");
  assert.equal(cdr.agentId, a1001.id);
  assert.equal(cdr.vars.greeting, "hello 13100000001");
});

test("callback accepted, then the survey takes a score; the call counts as served", { timeout: 90_000 }, async (t) => {
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: "13100000002", rtp_port: String(customer.port) }, timeoutS: 60 });
  await until("answered", () => customer.remote !== null, 10_000);
  await new Promise((r) => setTimeout(r, 800));
  customer.pressRfc4733("1"); // yes, call me back
  await new Promise((r) => setTimeout(r, 2500));
  customer.pressRfc4733("4"); // survey score
  assert.equal((await sipp).code, 0);
  const cdr = await cdrOf("13100000002");
  assert.equal(cdr.vars.survey_score, "4");
  assert.equal(cdr.vars.callback_number, "13100000002");
  assert.equal(cdr.vars.callback_queue, supportId);
  assert.equal(cdr.ivrServed, true);
  assert.equal(cdr.hangupCause, "ivr_completed");
});

test("closed on a holiday (today): voicemail records what the caller says", { timeout: 90_000 }, async (t) => {
  await publish([today]);
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: "13100000003", rtp_port: String(customer.port) }, timeoutS: 60 });
  assert.equal((await sipp).code, 0);
  const cdr = await cdrOf("13100000003");
  assert.equal(cdr.vars.voicemail_box, supportId);
  assert.ok(cdr.vars.voicemail_path, JSON.stringify(cdr.vars));
  // The voicemail inbox (语音信箱) lists the message and plays it.
  const inbox = await p.api(`/api/v1/voicemail?box=${supportId}`, { token: admin });
  const msg = (inbox.json.items as Array<{ callId: string; caller: string; url: string }>).find((m) => m.callId === cdr.callId);
  assert.ok(msg, JSON.stringify(inbox.json));
  assert.equal(msg.caller, "13100000003");
  const audio = await p.api(msg.url, { token: admin });
  assert.equal(audio.status, 200);
  const vmPath = join(mkdtempSync(join(tmpdir(), "sb-vm-")), "vm.wav");
  writeFileSync(vmPath, audio.buf);
  const wav = readWav(vmPath);
  const secs = wav.samples[0]!.length / wav.sampleRate;
  assert.ok(secs >= 3 && secs <= 7, `voicemail is ${secs} s`);
  assert.equal(dominantFrequency(wav.samples[0]!.subarray(4000), CANDIDATES).freq, 1000, "the message holds the caller's voice");
  await publish([]); // open again for other suites
});
