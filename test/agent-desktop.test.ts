// The agent desktop (issue #8) with real peers: headless Chromium logs in as
// agent 1001 with the WebRTC softphone; SIPp customers call DID 4000. A known
// caller pops their record (name, VIP, region); the agent answers with F2,
// opens a ticket for the customer, reads a knowledge-base answer, pauses the
// recording, sets a disposition with notes and hangs up with F4; after-call
// work counts down from the queue's wrap-up time; a supervisor then finds
// the ticket (linked to the customer and the call) and the disposition on the
// CDR through the API, and the agent sees both in the CRM and call records.
// An unknown caller gets the prefilled new-customer form; a reminder pops at
// its time; a message raises the unread badge; a voicemail plays in the page.
// Every screen is checked at 1366x768 for horizontal overflow and saved as a
// screenshot (into SB_ARTIFACTS when set).
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { toneSamples, writeWav } from "../core/src/media/index.ts";
import { Baresip } from "./lib/baresip.ts";
import { launchChromium } from "./lib/browser.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { freePort } from "./lib/ports.ts";
import { RtpPeer } from "./lib/rtp-peer.ts";
import { runSipp } from "./lib/sipp.ts";

const KNOWN = "13912345678";
const UNKNOWN = "13700009999";
const WRAP_UP_S = 20;
const SHOTS = process.env.SB_ARTIFACTS ?? mkdtempSync(join(tmpdir(), "sb-desk-shots-"));

let p: TestPlatform;
let admin: string;
let sup: string;
let agentId = "";
let supportId = "";
let customerId = "";
let browser: Browser;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `desk-${name}.png`) });
}

/** The page fits 1366x768: no horizontal scroll, the frame itself does not scroll. */
async function fits(what: string): Promise<void> {
  const m = (await page.evaluate("({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight })")) as { w: number; h: number };
  assert.ok(m.w <= 1366, `${what}: page is ${m.w} px wide at 1366x768`);
  assert.ok(m.h <= 768, `${what}: page is ${m.h} px high at 1366x768`);
}

async function agentStatus(): Promise<string> {
  const r = await p.api("/api/v1/agents", { token: admin });
  return (r.json.items as Array<{ id: string; status: string }>).find((a) => a.id === agentId)?.status ?? "";
}

before(async () => {
  p = await startTestPlatform();
  admin = await p.login("admin", p.credentials!.console.admin!);
  const queues = (await p.api("/api/v1/queues", { token: admin })).json.items as Array<{ id: string; slug: string }>;
  supportId = queues.find((q) => q.slug === "support")!.id;
  // After-call work of WRAP_UP_S seconds on the queue.
  assert.equal((await p.api(`/api/v1/queues/${supportId}`, { token: admin, method: "PATCH", body: { wrapupS: WRAP_UP_S } })).status, 200);
  agentId = ((await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string }>).find((a) => a.extension === "1001")!.id;
  const c = await p.api("/api/v1/customers", { token: admin, body: { name: "王芳", phones: [KNOWN], company: "深圳市某某科技有限公司", vipLevel: 3, tags: ["老客户"] } });
  assert.equal(c.status, 201, JSON.stringify(c.json));
  customerId = c.json.id;
  const kb = await p.api("/api/v1/kb", { token: admin, body: { title: "退款政策 refund", body: "您好，退款将在3个工作日内原路退回，请注意查收。", tags: ["退款"], published: true } });
  assert.equal(kb.status, 201, JSON.stringify(kb.json));
  assert.equal((await p.api("/api/v1/notices", { token: admin, body: { title: "今晚22点系统维护", body: "维护期间请使用备用话机。" } })).status, 201);
  assert.equal((await p.api("/api/v1/users", { token: admin, body: { username: "sup1", password: "Supervisor-pass-1", role: "supervisor" } })).status, 201);
  sup = await p.login("sup1", "Supervisor-pass-1");

  const dir = mkdtempSync(join(tmpdir(), "sb-desk-"));
  const wav = join(dir, "agent-440.wav");
  writeWav(wav, 48000, [toneSamples(440, 10_000, 48000, 0.5)]);
  browser = await launchChromium([`--use-file-for-fake-audio-capture=${wav}`]);
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, permissions: ["notifications"] });
  // Records the desktop notifications the page shows (the browser's own Notification still runs).
  // (A string: tsx's helpers would not exist in the page.)
  await ctx.addInitScript(`(() => {
    const Real = window.Notification;
    const shown = [];
    window.sbNotes = shown;
    const Wrapped = function (title, opts) {
      shown.push(title + " | " + ((opts && opts.body) || ""));
      return new Real(title, opts);
    };
    Object.defineProperty(Wrapped, "permission", { get: () => Real.permission });
    Wrapped.requestPermission = Real.requestPermission.bind(Real);
    window.Notification = Wrapped;
  })();`);
  page = await ctx.newPage();
}, { timeout: 120_000 });

after(async () => {
  await browser?.close();
  await p?.stop();
}, { timeout: 60_000 });

test("login and the idle desktop fit 1366x768", { timeout: 90_000 }, async () => {
  await page.goto(p.consoleUrl);
  await page.getByTestId("login-username").waitFor();
  await shot("1-login");
  await fits("login");
  await page.getByTestId("login-username").fill("1001");
  await page.getByTestId("login-password").fill(p.credentials!.console["1001"]!);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("device-webrtc").click();
  await page.locator('[data-testid="softphone"][data-state="connected"]').waitFor({ timeout: 30_000 });
  await page.keyboard.press("F8"); // ready (shortcut)
  await until("ready", async () => (await agentStatus()) === "ready", 10_000);
  await page.locator('[data-testid="agent-bar"][data-status="ready"]').waitFor();
  await shot("2-idle");
  await fits("idle desktop");
  // Audio devices: the microphone list comes from enumerateDevices; the choice is remembered.
  const options = page.getByTestId("sp-mic").locator("option");
  assert.ok((await options.count()) >= 2, "the system default and at least one microphone");
  const micId = (await options.nth(1).getAttribute("value"))!;
  await page.getByTestId("sp-mic").selectOption(micId);
  assert.equal(await page.evaluate("localStorage.getItem('sb.mic')"), micId);
  assert.equal(await page.getByTestId("softphone").getAttribute("data-state"), "connected");
  // English fits too.
  await page.keyboard.press("Alt+L");
  await page.getByTestId("tab-crm").filter({ hasText: "Customers" }).waitFor();
  await fits("idle desktop, English");
  await shot("2b-idle-english");
  await page.keyboard.press("Alt+L");
});

test("known caller: screen pop, answer, ticket, knowledge base, recording pause, disposition, hang up, after-call work", { timeout: 180_000 }, async (t) => {
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const sipp = runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: KNOWN, rtp_port: String(customer.port) }, timeoutS: 90 });

  // Ringing: the screen pop shows who is calling.
  await page.locator('[data-testid="btn-answer"].pulse').waitFor({ timeout: 20_000 });
  const pop = page.getByTestId("screen-pop");
  await pop.getByTestId("pop-customer-name").filter({ hasText: "王芳" }).waitFor({ timeout: 10_000 });
  assert.equal((await pop.getByTestId("pop-vip").textContent())?.trim(), "VIP 3");
  const sp = (await p.api(`/api/v1/screenpop?number=${KNOWN}`, { token: admin })).json;
  const region = sp.region.location ?? sp.region.country;
  assert.ok(region, "the number has a region (归属地)");
  assert.equal((await pop.getByTestId("pop-region").textContent())?.trim(), region);
  const callId = (await pop.getAttribute("data-call-id"))!;
  // The browser notification named the caller.
  const notes = await until("desktop notification", async () => {
    const n = (await page.evaluate("window.sbNotes || []")) as string[];
    return n.find((x) => x.includes("王芳")) ? n : null;
  }, 5000);
  assert.ok(notes.some((x) => x.includes("VIP 3") && x.includes(KNOWN)), notes.join("; "));
  await shot("3-ringing-screen-pop");
  await fits("ringing");

  await page.keyboard.press("F2"); // answer (shortcut)
  await until("on call", async () => (await agentStatus()) === "on_call", 10_000);
  const panel = page.getByTestId("call-panel");
  await panel.waitFor({ timeout: 10_000 });
  assert.equal(await panel.getAttribute("data-call-id"), callId);
  assert.equal(await page.getByTestId("transfer-slot").count(), 1, "a place for the transfer panel");

  // A ticket for this customer, from the call.
  assert.match((await page.getByTestId("ticket-title").inputValue()) ?? "", new RegExp(KNOWN));
  await page.getByTestId("ticket-title").fill("王芳 发票开错，需要重开");
  await page.getByTestId("ticket-body").fill("客户要求重开增值税专用发票");
  await page.getByTestId("ticket-priority").selectOption("high");
  await page.getByTestId("ticket-create").click();
  const ticketId = (await page.getByTestId("ticket-created").getAttribute("data-ticket-id", { timeout: 10_000 }))!;
  await page.getByTestId("customer-open-tickets").filter({ hasText: "发票开错" }).waitFor({ timeout: 5000 });

  // The standard answer (话术) from the knowledge base.
  await page.getByTestId("kb-search").fill("退款");
  await page.getByTestId("kb-item").first().locator("button.kb-title").click({ timeout: 10_000 });
  assert.match((await page.getByTestId("kb-answer").textContent()) ?? "", /3个工作日内原路退回/);

  // Recording paused for sensitive data, then resumed.
  await page.getByTestId("rec-toggle").click();
  await page.getByTestId("rec-paused").waitFor({ timeout: 5000 });
  await page.getByTestId("rec-toggle").click();
  await until("recording resumed", async () => (await page.getByTestId("rec-paused").count()) === 0, 5000);

  // Disposition and notes.
  await page.getByTestId("disp-callback").click();
  await page.getByTestId("disp-notes").fill("客户下周一回访确认发票");
  await page.getByTestId("disp-save").click();
  await page.getByTestId("disp-saved").waitFor({ timeout: 5000 });
  await shot("4-in-call-panels");
  await fits("in call");

  await page.keyboard.press("F4"); // hang up (shortcut)
  const res = await sipp;
  assert.equal(res.code, 0, res.errors + res.stderr);

  // After-call work: a countdown from the queue's wrap-up time, the disposition already there.
  const acw = page.getByTestId("acw-panel");
  await acw.waitFor({ timeout: 10_000 });
  assert.equal(await agentStatus(), "wrap_up");
  const left = Number(await page.getByTestId("acw-left").getAttribute("data-left"));
  assert.ok(left > 0 && left <= WRAP_UP_S, `after-call work left: ${left} s`);
  await page.locator('[data-testid="acw-panel"] [data-testid="disposition"][data-saved="callback"]').waitFor({ timeout: 5000 });
  await page.waitForTimeout(2500);
  const later = Number(await page.getByTestId("acw-left").getAttribute("data-left"));
  assert.ok(later < left, `counts down (${left} -> ${later})`);
  await shot("5-after-call-work");
  await fits("after-call work");
  await page.getByTestId("acw-ready").click(); // end it early
  await until("ready again", async () => (await agentStatus()) === "ready", 10_000);
  await until("panel gone", async () => (await acw.count()) === 0, 5000);

  // A supervisor finds the ticket linked to the customer and the call, and the disposition on the CDR.
  const tickets = (await p.api(`/api/v1/tickets?customerId=${customerId}`, { token: sup })).json.items as Array<Record<string, string>>;
  const ticket = tickets.find((x) => x.id === ticketId);
  assert.ok(ticket, JSON.stringify(tickets));
  assert.equal(ticket.callId, callId);
  assert.equal(ticket.priority, "high");
  assert.equal(ticket.title, "王芳 发票开错，需要重开");
  const cdr = await until("CDR", async () => {
    const r = await p.api(`/api/v1/cdrs?caller=${KNOWN}`, { token: sup });
    return (r.json.items as Array<Record<string, any>>).find((x) => x.callId === callId);
  }, 10_000);
  assert.equal(cdr.agentId, agentId);
  assert.equal(cdr.disposition?.code, "callback");
  assert.equal(cdr.disposition?.label, "需回访");
  assert.equal(cdr.disposition?.notes, "客户下周一回访确认发票");

  // The agent's own views: call records and the CRM record with the ticket and the call's disposition.
  await page.getByTestId("tab-cdr").click();
  await page.getByTestId(`cdr-disp-${callId}`).filter({ hasText: "需回访" }).waitFor({ timeout: 10_000 });
  await fits("call records");
  await page.keyboard.press("Alt+4");
  await page.getByTestId("cust-search").fill(KNOWN);
  await page.getByTestId("cust-search").press("Enter");
  await page.getByTestId("cust-item").filter({ hasText: "王芳" }).click({ timeout: 10_000 });
  const detail = page.getByTestId("customer-detail");
  await detail.locator(`[data-testid="cust-ticket"][data-ticket-id="${ticketId}"]`).waitFor({ timeout: 10_000 });
  await detail.getByTestId("hist-disposition").filter({ hasText: "需回访" }).waitFor({ timeout: 10_000 });
  await page.locator(`[data-testid="ticket-row"][data-ticket-id="${ticketId}"][data-customer-id="${customerId}"]`).waitFor({ timeout: 5000 });
  await shot("6-crm-tickets");
  await fits("CRM");
  await page.keyboard.press("Alt+1");
});

test("unknown caller: prefilled new-customer form creates the customer", { timeout: 120_000 }, async (t) => {
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  const sipp = runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${p.sipPort}`, service: "4000", keys: { caller: UNKNOWN, rtp_port: String(customer.port) }, timeoutS: 90 });
  await page.locator('[data-testid="btn-answer"].pulse').waitFor({ timeout: 20_000 });
  await page.getByTestId("pop-unknown").waitFor({ timeout: 10_000 });
  assert.equal(await page.getByTestId("pop-new-phone").inputValue(), UNKNOWN, "the caller's number is prefilled");
  await page.getByTestId("btn-answer").click();
  await page.getByTestId("call-panel").waitFor({ timeout: 10_000 });
  await page.getByTestId("pop-new-name").fill("李雷");
  await page.getByTestId("pop-new-company").fill("北京某某贸易公司");
  await page.getByTestId("pop-new-save").click();
  await page.getByTestId("pop-customer-name").filter({ hasText: "李雷" }).waitFor({ timeout: 10_000 });
  const found = (await p.api(`/api/v1/customers?q=${UNKNOWN}`, { token: sup })).json;
  assert.equal(found.total, 1, JSON.stringify(found));
  assert.equal(found.items[0].name, "李雷");
  assert.equal(found.items[0].company, "北京某某贸易公司");
  // A ticket from the same call now links to the new customer.
  await page.getByTestId("ticket-create").click();
  const tid = (await page.getByTestId("ticket-created").getAttribute("data-ticket-id", { timeout: 10_000 }))!;
  const tk = (await p.api(`/api/v1/tickets/${tid}`, { token: sup })).json;
  assert.equal(tk.customerId, found.items[0].id);
  await page.getByTestId("btn-hangup").click();
  assert.equal((await sipp).code, 0);
  await page.getByTestId("acw-panel").waitFor({ timeout: 10_000 });
  await page.getByTestId("acw-ready").click();
  await until("ready again", async () => (await agentStatus()) === "ready", 10_000);
});

test("a reminder pops at its time; a message raises the unread badge; notices are listed", { timeout: 60_000 }, async () => {
  const agentToken = await p.login("1001", p.credentials!.console["1001"]!);
  const dueAt = new Date(Date.now() + 4000).toISOString();
  const rem = await p.api("/api/v1/reminders", { token: agentToken, body: { title: "回访王芳：发票是否收到", dueAt, customerId } });
  assert.equal(rem.status, 201, JSON.stringify(rem.json));
  const card = page.locator(`[data-testid="reminder-card"][data-reminder-id="${rem.json.id}"]`);
  await card.waitFor({ timeout: 15_000 });
  assert.ok(Date.now() >= Date.parse(dueAt) - 1000, "not before its time");
  assert.match((await card.textContent()) ?? "", /回访王芳/);

  const people = (await p.api("/api/v1/directory", { token: sup })).json.items as Array<{ id: string; username: string }>;
  const me = people.find((u) => u.username === "1001")!;
  assert.equal((await p.api("/api/v1/messages", { token: sup, body: { toUserId: me.id, body: "请优先处理王芳的发票工单" } })).status, 201);
  await page.getByTestId("unread-badge").filter({ hasText: "1" }).waitFor({ timeout: 10_000 });
  await page.keyboard.press("Alt+6");
  await page.getByTestId("msg-item").filter({ hasText: "请优先处理王芳的发票工单" }).waitFor({ timeout: 5000 });
  await page.getByTestId("notice-item").filter({ hasText: "今晚22点系统维护" }).waitFor({ timeout: 5000 });
  await shot("7-messages-notices-reminder");
  await fits("messages");
  await page.getByTestId("msg-read").click();
  await until("badge gone", async () => (await page.getByTestId("unread-badge").count()) === 0, 5000);
  // Done: the reminder is closed for good.
  await card.getByTestId("reminder-done").click();
  await until("reminder done", async () => {
    const r = await p.api(`/api/v1/reminders/${rem.json.id}`, { token: agentToken });
    return r.json.done === true;
  }, 5000);
  await until("popup gone", async () => (await card.count()) === 0, 5000);
});

test("voicemail left in the support queue's box plays in the agent's page", { timeout: 120_000 }, async (t) => {
  // DID 4001 goes to an IVR that only takes a message for the support queue.
  const platform = await p.login("platform", p.credentials!.console.platform!);
  const did = await p.api("/api/v1/dids?tenant=demo", { token: platform, body: { number: "4001", queueId: null } });
  assert.equal(did.status, 201, JSON.stringify(did.json));
  const graph = { start: "vm", nodes: { vm: { type: "voicemail", params: { box: supportId, prompts: [{ text: "Please leave a message.", voice: "en" }], maxSeconds: 5 } } } };
  const flow = await p.api("/api/v1/ivr/flows", { token: admin, body: { name: "vm-only", graph } });
  assert.equal(flow.status, 201, JSON.stringify(flow.json));
  const pub = await p.api(`/api/v1/ivr/flows/${flow.json.id}/publish`, { token: admin, body: {} });
  assert.equal(pub.status, 200, JSON.stringify(pub.json));
  assert.equal((await p.api("/api/v1/ivr/dids/4001", { token: admin, method: "PATCH", body: { flowId: flow.json.id } })).status, 200);
  await new Promise((r) => setTimeout(r, 500));
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const res = await runSipp({ scenario: "uac-call-remote-bye.xml", target: `127.0.0.1:${p.sipPort}`, service: "4001", keys: { caller: "13600001234", rtp_port: String(customer.port) }, timeoutS: 60 });
  assert.equal(res.code, 0, res.errors + res.stderr);
  await until("voicemail listed", async () => (await p.api("/api/v1/voicemail", { token: sup })).json.items.length > 0, 10_000);

  await page.keyboard.press("Alt+5");
  const row = page.getByTestId("vm-row").filter({ hasText: "13600001234" });
  await row.waitFor({ timeout: 10_000 });
  await row.getByTestId("vm-play").click();
  const dur = await until("audio loaded", async () => {
    const d = (await row.getByTestId("vm-audio").evaluate((el) => {
      const a = el as HTMLAudioElement;
      return a.readyState >= 1 ? a.duration : 0;
    })) as number;
    return d > 0 ? d : null;
  }, 10_000);
  assert.ok(dur >= 3 && dur <= 7, `the message plays in the page: ${dur} s`);
  await shot("8-voicemail");
  await fits("voicemail");
});

test("click-to-dial from the customer record: the agent's SIP phone rings first, then the customer through the trunk", { timeout: 120_000 }, async (t) => {
  // Agent 1002 works with a SIP phone (baresip, auto-answer): click-to-dial rings that phone first
  // (the browser softphone case is in test/webrtc-agent.test.ts).
  const phone = new Baresip({ user: "1002", password: p.credentials!.sip["1002"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 659 });
  await phone.start();
  t.after(async () => {
    await phone.stop();
    phone.cleanup();
  });
  const a1002 = await until("1002 registered", async () => {
    const list = (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean }>;
    return list.find((a) => a.extension === "1002" && a.registered);
  }, 15_000);
  const carrierPort = await freePort();
  const trunk = await p.api("/api/v1/trunks", {
    token: admin,
    body: { name: "carrier", host: "127.0.0.1", port: carrierPort, username: "trunkuser", password: "trunk-secret", callerId: "4008001234" },
  });
  assert.equal(trunk.status, 201, JSON.stringify(trunk.json));
  const customer = await RtpPeer.open();
  t.after(() => customer.close());
  customer.speak(1000);
  const carrier = runSipp({
    scenario: "uas-trunk.xml",
    target: "",
    localPort: carrierPort,
    vars: { USER: "trunkuser", PASS: "trunk-secret" },
    keys: { rtp_port: String(customer.port) },
    pauseMs: 3000,
    calls: 2, // one from the customer record, one from the ticket
    timeoutS: 90,
  });
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  t.after(() => ctx.close());
  const pg = await ctx.newPage();
  await pg.goto(p.consoleUrl);
  await pg.getByTestId("login-username").fill("1002");
  await pg.getByTestId("login-password").fill(p.credentials!.console["1002"]!);
  await pg.getByTestId("login-submit").click();
  await pg.locator('[data-testid="softphone"][data-device="sip"]').waitFor({ timeout: 10_000 });
  await pg.keyboard.press("Alt+4");
  await pg.getByTestId("cust-search").fill("王芳");
  await pg.getByTestId("cust-search").press("Enter");
  await pg.getByTestId("cust-item").filter({ hasText: "王芳" }).click({ timeout: 10_000 });
  const dial = pg.getByTestId("customer-detail").locator('[data-testid^="dial-"]').first();
  const number = (await dial.getAttribute("data-testid"))!.slice("dial-".length);
  assert.match(number, /13912345678$/);
  await dial.click();
  await pg.getByTestId("toast").filter({ hasText: "正在呼叫" }).waitFor({ timeout: 5000 });
  const outbound = async () =>
    ((await p.api("/api/v1/cdrs?direction=outbound", { token: sup })).json.items as Array<Record<string, any>>).filter((c) => c.callee === number);
  const cdr = (await until("outbound CDR", async () => (await outbound())[0], 30_000, 250))!;
  assert.equal(cdr.agentId, a1002.id);
  assert.ok(cdr.answerMs > 0, JSON.stringify(cdr));
  assert.equal(cdr.caller, "4008001234", "the trunk's caller ID");
  // Again from the customer's ticket in the ticket list.
  await until("1002 free again", async () => {
    const list = (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; status: string }>;
    return !["reserved", "ringing", "on_call"].includes(list.find((a) => a.id === a1002.id)?.status ?? "");
  }, 10_000);
  await pg.locator('[data-testid="ticket-row"]').filter({ hasText: "发票开错" }).getByTestId(`dial-customer-${customerId}`).click();
  const res = await carrier;
  assert.equal(res.code, 0, `the carrier got both calls (valid digest) and hung up after talking: ${res.errors}${res.stderr}`);
  await until("second outbound CDR", async () => (await outbound()).length === 2, 15_000, 250);
  await p.api(`/api/v1/agents/${a1002.id}/state`, { token: admin, body: { status: "logged_out" } });
});

test("supervisor wall fits 1366x768", { timeout: 60_000 }, async () => {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const sp = await ctx.newPage();
  try {
    await sp.goto(p.consoleUrl);
    await sp.getByTestId("login-username").fill("sup1");
    await sp.getByTestId("login-password").fill("Supervisor-pass-1");
    await sp.getByTestId("login-submit").click();
    await sp.getByTestId("tab-wall").click();
    await sp.getByText("1001").first().waitFor({ timeout: 10_000 });
    await sp.screenshot({ path: join(SHOTS, "desk-9-supervisor-wall.png") });
    const w = (await sp.evaluate("document.documentElement.scrollWidth")) as number;
    assert.ok(w <= 1366, `wall is ${w} px wide`);
  } finally {
    await ctx.close();
  }
  // Sign the agent out so nothing else rings it.
  await p.api(`/api/v1/agents/${agentId}/state`, { token: admin, body: { status: "logged_out" } });
});
