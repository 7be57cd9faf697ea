// Call quality in the CDR (issue #4): the customer (SIPp) plays Debian's
// G.711 A-law capture with every tenth packet taken out, the agent is a real
// softphone (baresip, which sends RTCP). The CDR then carries, per side, the
// jitter and loss of what the switch received and the round trip: RTCP's for
// the agent's phone, the SIP 2xx -> ACK one for SIPp (which sends no RTCP).
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Baresip } from "./lib/baresip.ts";
import { launchChromium } from "./lib/browser.ts";
import { type TestPlatform, startTestPlatform, until } from "./lib/platform.ts";
import { freePort } from "./lib/ports.ts";
import { runSipp } from "./lib/sipp.ts";

const PCAP = "/usr/share/sip-tester/g711a.pcap";

/** Copies a classic libpcap file without the records whose index `drop` picks; returns how many it kept. */
function thinPcap(src: string, dst: string, drop: (i: number) => boolean): { kept: number; total: number } {
  const d = readFileSync(src);
  assert.equal(d.readUInt32LE(0), 0xa1b2c3d4, "little-endian libpcap");
  const parts: Buffer[] = [d.subarray(0, 24)];
  let o = 24;
  let i = 0;
  let kept = 0;
  while (o + 16 <= d.length) {
    const len = d.readUInt32LE(o + 8);
    if (!drop(i)) {
      parts.push(d.subarray(o, o + 16 + len));
      kept++;
    }
    o += 16 + len;
    i++;
  }
  writeFileSync(dst, Buffer.concat(parts));
  return { kept, total: i };
}

let p: TestPlatform;
let admin: string;
before(async () => {
  p = await startTestPlatform();
  admin = await p.login("admin", p.credentials!.console.admin!);
}, { timeout: 120_000 });
after(() => p?.stop(), { timeout: 60_000 });

test("jitter, loss and round trip of both sides land in the CDR, the API and the CSV export", { timeout: 120_000, skip: existsSync(PCAP) ? false : `${PCAP} missing (Debian sip-tester)` }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "sb-quality-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // 236 packets of 30 ms; records 5, 15, ..., 235 go: 24 packets, the last of
  // them after the final packet received, so the receiver can count 23.
  const pcap = join(dir, "lossy.pcap");
  const { kept, total } = thinPcap(PCAP, pcap, (i) => i % 10 === 5);
  assert.equal(total - kept, 24);

  const agents = async () => (await p.api("/api/v1/agents", { token: admin })).json.items as Array<{ id: string; extension: string; registered: boolean; status: string }>;
  const phone = new Baresip({ user: "1001", password: p.credentials!.sip["1001"]!, registrar: `127.0.0.1:${p.sipPort}`, toneHz: 440 });
  await phone.start();
  t.after(async () => {
    await phone.stop();
    phone.cleanup();
  });
  await until("phone registered", async () => (await agents()).find((a) => a.extension === "1001")?.registered, 15_000);
  const a1001 = (await agents()).find((a) => a.extension === "1001")!;
  assert.equal((await p.api(`/api/v1/agents/${a1001.id}/state`, { token: admin, body: { status: "ready" } })).status, 200);

  const mediaPort = await freePort(4);
  // 14 s: the capture (7 s) and a few RTCP intervals (5 s +-50 %) for the phone's receiver reports.
  const res = await runSipp({
    scenario: "uac-call-pcap.xml",
    target: `127.0.0.1:${p.sipPort}`,
    service: "4000",
    pauseMs: 14_000,
    vars: { PCAP: pcap },
    keys: { caller: "13700000042" },
    extra: ["-mp", String(mediaPort)],
    timeoutS: 60,
  });
  assert.equal(res.code, 0, res.errors + res.stderr);

  const cdr = await until("CDR", async () => {
    const r = await p.api("/api/v1/cdrs?caller=13700000042", { token: admin });
    return (r.json.items as Array<Record<string, any>>)[0];
  }, 15_000);
  t.diagnostic(`CDR quality: ${JSON.stringify(Object.fromEntries(Object.entries(cdr).filter(([k]) => /^(customer|agent)|^mos$/.test(k))))}`);
  assert.equal(cdr.agentId, a1001.id, "the agent answered");

  // Customer: the thinned capture, as the switch received it.
  assert.ok(cdr.customerLost >= 20 && cdr.customerLost <= 24, `customer lost ${cdr.customerLost} (23 taken out before the last packet)`);
  assert.ok(Math.abs(cdr.customerLossFraction - 0.1) < 0.02, `customer loss fraction ${cdr.customerLossFraction}`);
  assert.ok(cdr.customerJitterMs >= 0 && cdr.customerJitterMs < 30, `customer jitter ${cdr.customerJitterMs} ms`);
  assert.ok(cdr.customerRttMs > 0 && cdr.customerRttMs < 500, `customer round trip (SIP 2xx -> ACK) ${cdr.customerRttMs} ms`);
  // Agent: the phone's steady 20 ms stream on loopback, and its RTCP receiver reports.
  assert.ok(cdr.agentLost >= 0 && cdr.agentLost <= 5, `agent lost ${cdr.agentLost}`);
  assert.ok(cdr.agentLossFraction < 0.01, `agent loss fraction ${cdr.agentLossFraction}`);
  assert.ok(cdr.agentJitterMs >= 0 && cdr.agentJitterMs < 30, `agent jitter ${cdr.agentJitterMs} ms`);
  assert.ok(cdr.agentRttMs > 0 && cdr.agentRttMs < 200, `agent round trip (RTCP) ${cdr.agentRttMs} ms`);
  // 10 % loss costs MOS: G.711 with PLC, Bpl 25.1 -> about 2.9-3.1.
  assert.ok(cdr.mos > 1 && cdr.mos < 3.6, `mos ${cdr.mos}`);

  const one = await p.api(`/api/v1/cdrs/${cdr.callId}`, { token: admin });
  assert.equal(one.json.customerLost, cdr.customerLost);
  const csv = (await p.api("/api/v1/cdrs/export?caller=13700000042", { token: admin })).buf.toString("utf8").replace(/^\ufeff/, "").trim().split("\n");
  const head = csv[0]!.split(",");
  const row = csv[1]!.split(",");
  assert.equal(row[head.indexOf("customerLost")], String(cdr.customerLost));
  assert.equal(row[head.indexOf("agentRttMs")], String(cdr.agentRttMs));

  // The console's call records (通话记录) show both sides: 抖动, 丢包率, 往返时延.
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(p.consoleUrl);
  await page.getByTestId("login-username").fill("admin");
  await page.getByTestId("login-password").fill(p.credentials!.console.admin!);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("tab-cdr").click();
  const cell = page.getByTestId(`cdr-quality-${cdr.callId}`);
  await cell.waitFor({ timeout: 15_000 });
  const customer = (await cell.getByTestId("cdr-quality-customer").textContent()) ?? "";
  const agent = (await cell.getByTestId("cdr-quality-agent").textContent()) ?? "";
  const pct = `${(cdr.customerLossFraction * 100).toFixed(1)} %`;
  assert.match(customer, /^客户 抖动 [\d.]+ ms · 丢包率 [\d.]+ % · 往返时延 [\d.]+ ms$/, customer);
  assert.ok(customer.includes(pct), `${customer} shows ${pct}`);
  assert.match(agent, /^坐席 抖动 [\d.]+ ms · 丢包率 0 % · 往返时延 [\d.]+ ms$/, agent);
  assert.match((await cell.textContent()) ?? "", new RegExp(`MOS ${cdr.mos.toFixed(2)}`));
});
