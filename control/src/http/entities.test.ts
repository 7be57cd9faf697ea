import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type J, Fixture } from "../testing/fixture.ts";

const fx = new Fixture();
before(() => fx.start({ wsRecheckMs: 200, reminderTickMs: 100 }), { timeout: 60_000 });
after(() => fx.stop(), { timeout: 60_000 });

test("config entities: validation names nested fields, secrets are write-only, writes push config", { timeout: 30_000 }, async () => {
  const admin = fx.tokens.tenant_admin;
  const n = fx.core.received.filter((e) => e.config).length;
  const t = await fx.api("POST", "/api/v1/trunks", admin, { name: "carrier", host: "10.1.2.3", password: "s3cret", transport: "tcp" });
  assert.equal(t.status, 201, t.text);
  assert.equal(t.json.passwordSet, true);
  assert.ok(!t.text.includes("s3cret"));
  assert.ok(!(await fx.api("GET", "/api/v1/trunks", admin)).text.includes("s3cret"));
  assert.equal((await fx.api("POST", "/api/v1/trunks", admin, { name: "carrier", host: "10.1.2.4" })).status, 409);
  assert.equal((await fx.api("POST", "/api/v1/trunks", admin, { name: "x", host: "10.1.2.4", transport: "smoke" })).json.error.field, "transport");
  for (let i = 0; i < 500 && fx.core.received.filter((e) => e.config).length <= n; i++) await new Promise((r) => setTimeout(r, 20));
  assert.ok(fx.core.received.filter((e) => e.config).length > n, "config pushed after a trunk write");

  const bad = await fx.api("POST", "/api/v1/business-hours", admin, { name: "office", weekly: [{ day: 1, start: "9:00", end: "18:00" }] });
  assert.equal(bad.json.error.field, "weekly.0.start");
  const bh = await fx.api("POST", "/api/v1/business-hours", admin, { name: "office", weekly: [{ day: 1, start: "09:00", end: "18:00" }] });
  assert.equal(bh.status, 201, bh.text);
  assert.deepEqual(bh.json.weekly, [{ day: 1, start: "09:00", end: "18:00" }]);
  assert.equal((await fx.api("POST", "/api/v1/holidays", admin, { date: "2026-02-30" })).json.error.field, "date");
  const h = await fx.api("POST", "/api/v1/holidays", admin, { date: "2026-10-01", name: "国庆节", businessHoursId: bh.json.id });
  assert.equal(h.json.date, "2026-10-01");
  assert.equal((await fx.api("GET", `/api/v1/holidays?businessHoursId=${bh.json.id}`, fx.tokens.agent)).json.total, 1);
  assert.equal((await fx.api("POST", "/api/v1/holidays", fx.tokens.other_admin, { date: "2026-10-01", businessHoursId: bh.json.id })).json.error.field, "businessHoursId");

  const vip = await fx.api("POST", "/api/v1/number-lists", fx.tokens.supervisor, { kind: "vip", number: "13800138000", extension: "1001" });
  assert.equal(vip.status, 201, vip.text);
  assert.equal((await fx.api("GET", "/api/v1/number-lists?kind=block", fx.tokens.supervisor)).json.total, 0);
  assert.equal((await fx.api("GET", "/api/v1/number-lists", fx.tokens.agent)).status, 403);
  const patched = await fx.api("PATCH", `/api/v1/number-lists/${vip.json.id}`, fx.tokens.supervisor, { note: "key account" });
  assert.equal(patched.json.note, "key account");
  assert.equal((await fx.api("DELETE", `/api/v1/number-lists/${vip.json.id}`, fx.tokens.supervisor)).status, 200);
});

test("workspace: KB and notices for everyone, reminders private to their owner, messages pushed to the recipient", { timeout: 30_000 }, async () => {
  const sup = fx.tokens.supervisor;
  assert.equal((await fx.api("POST", "/api/v1/kb", sup, { title: "退款流程 refunds", body: "step 1", tags: ["billing"] })).status, 201);
  assert.equal((await fx.api("POST", "/api/v1/kb", fx.tokens.agent, { title: "x" })).status, 403);
  assert.equal((await fx.api("GET", "/api/v1/kb", fx.tokens.agent)).json.total, 1);
  assert.equal((await fx.api("GET", `/api/v1/kb?q=${encodeURIComponent("退款")}`, fx.tokens.agent)).json.total, 1);
  assert.equal((await fx.api("GET", "/api/v1/kb?q=BILLING", fx.tokens.agent)).json.total, 1, "tags are searched");
  assert.equal((await fx.api("GET", "/api/v1/kb?q=nothing-like-this", fx.tokens.agent)).json.total, 0);
  await fx.api("POST", "/api/v1/notices", sup, { title: "old news", expiresAt: "2020-01-01T00:00:00Z" });
  assert.ok(!(await fx.api("GET", "/api/v1/notices", fx.tokens.agent)).text.includes("old news"), "expired notices are hidden from readers");
  assert.ok((await fx.api("GET", "/api/v1/notices", sup)).text.includes("old news"), "but not from their editors");
  assert.equal((await fx.api("POST", "/api/v1/notices", sup, { title: "system upgrade tonight", expiresAt: "2026-12-01T00:00:00+08:00" })).json.expiresAt, "2026-11-30T16:00:00.000Z");

  const rem = await fx.api("POST", "/api/v1/reminders", fx.tokens.agent, { title: "call back 张三", dueAt: "2026-11-23T10:00:00Z" });
  assert.equal(rem.status, 201, rem.text);
  assert.equal((await fx.api("GET", "/api/v1/reminders", fx.tokens.agent)).json.total, 1);
  assert.equal((await fx.api("GET", "/api/v1/reminders", sup)).json.total, 0, "another user's reminders are private");
  assert.equal((await fx.api("GET", `/api/v1/reminders/${rem.json.id}`, sup)).status, 404);
  assert.equal((await fx.api("PATCH", `/api/v1/reminders/${rem.json.id}`, fx.tokens.agent, { done: true })).json.done, true);

  const { WebSocket: WS } = (await import("ws" as string)) as { WebSocket: new (url: string) => J };
  const got: J[] = [];
  const ws = await new Promise<J>((res, rej) => {
    const w = new WS(`ws://127.0.0.1:${fx.control.httpPort}/api/v1/events?token=${fx.tokens.agent}`);
    w.on("message", (m: Buffer) => got.push(JSON.parse(m.toString())));
    w.on("open", () => res(w));
    w.on("error", rej);
  });
  try {
    for (let i = 0; i < 500 && got.length < 1; i++) await new Promise((r) => setTimeout(r, 20));
    const agentUser = (await fx.api("GET", "/api/v1/me", fx.tokens.agent)).json.user.id;
    const m = await fx.api("POST", "/api/v1/messages", sup, { toUserId: agentUser, body: "请接听 4000 队列" });
    assert.equal(m.status, 201, m.text);
    for (let i = 0; i < 500 && !got.some((x) => x.type === "message"); i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(got.find((x) => x.type === "message")?.body, "请接听 4000 队列");
    assert.equal((await fx.api("GET", "/api/v1/messages?unread=true", fx.tokens.agent)).json.items.length, 1);
    assert.equal((await fx.api("POST", `/api/v1/messages/${m.json.id}/read`, sup)).status, 404, "only the recipient marks read");
    assert.equal((await fx.api("POST", `/api/v1/messages/${m.json.id}/read`, fx.tokens.agent)).status, 200);
    assert.equal((await fx.api("GET", "/api/v1/messages?unread=true", fx.tokens.agent)).json.items.length, 0);
    assert.equal((await fx.api("GET", "/api/v1/messages?box=sent", sup)).json.items.length, 1);
    const otherUser = (await fx.api("GET", "/api/v1/me", fx.tokens.other_admin)).json.user.id;
    assert.equal((await fx.api("POST", "/api/v1/messages", sup, { toUserId: otherUser, body: "x" })).json.error.field, "toUserId");
  } finally {
    ws.close();
  }
});

test("an open event stream closes once its session ends", { timeout: 30_000 }, async () => {
  const token = await fx.login("qa", "fixture-password-1", "demo");
  const { WebSocket: WS } = (await import("ws" as string)) as { WebSocket: new (url: string) => J };
  const closed = new Promise<number>((res, rej) => {
    const w = new WS(`ws://127.0.0.1:${fx.control.httpPort}/api/v1/events?token=${token}`);
    w.on("open", async () => {
      await new Promise((r) => setTimeout(r, 300));
      assert.equal((await fx.api("POST", "/api/v1/auth/logout", token)).status, 200);
    });
    w.on("close", (code: number) => res(code));
    w.on("error", rej);
  });
  assert.equal(await closed, 4001);
});

test("due reminders and ticket assignments are pushed to the user's event stream, once", { timeout: 30_000 }, async () => {
  const { WebSocket: WS } = (await import("ws" as string)) as { WebSocket: new (url: string) => J };
  const got: J[] = [];
  const ws = await new Promise<J>((res, rej) => {
    const w = new WS(`ws://127.0.0.1:${fx.control.httpPort}/api/v1/events?token=${fx.tokens.agent}`);
    w.on("message", (m: Buffer) => got.push(JSON.parse(m.toString())));
    w.on("open", () => res(w));
    w.on("error", rej);
  });
  try {
    const soon = new Date(Date.now() + 500).toISOString();
    const rem = await fx.api("POST", "/api/v1/reminders", fx.tokens.agent, { title: "回访 call back", dueAt: soon });
    assert.equal(rem.status, 201, rem.text);
    await fx.api("POST", "/api/v1/reminders", fx.tokens.supervisor, { title: "not yours", dueAt: soon });
    for (let i = 0; i < 500 && !got.some((m) => m.type === "reminder"); i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 400));
    const pushed = got.filter((m) => m.type === "reminder");
    assert.deepEqual(
      pushed.map((m) => m.title),
      ["回访 call back"],
      "once, and only the owner's",
    );
    // Moving it re-arms the push.
    await fx.api("PATCH", `/api/v1/reminders/${rem.json.id}`, fx.tokens.agent, { dueAt: new Date(Date.now() + 300).toISOString() });
    for (let i = 0; i < 500 && got.filter((m) => m.type === "reminder").length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(got.filter((m) => m.type === "reminder").length, 2);
    const me = (await fx.api("GET", "/api/v1/me", fx.tokens.agent)).json.user.id;
    const t = await fx.api("POST", "/api/v1/tickets", fx.tokens.supervisor, { title: "please call", assigneeId: me });
    for (let i = 0; i < 500 && !got.some((m) => m.type === "ticket"); i++) await new Promise((r) => setTimeout(r, 20));
    const tm = got.find((m) => m.type === "ticket");
    assert.equal(tm?.id, t.json.id);
    assert.equal(tm?.event, "assigned");
  } finally {
    ws.close();
  }
});
