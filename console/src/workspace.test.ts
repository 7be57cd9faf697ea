import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Message, normUserNotice } from "./api.ts";
import { addDueReminder, dialable, kbSnippet, localInput, localToIso, ringNotification, ticketTitleFor, unreadCount, upsertMessage, vipText } from "./workspace.ts";

const msg = (id: string, createdAt: string, readAt: string | null = null, toUserId = "me"): Message => ({ id, fromUserId: "u2", toUserId, body: id, readAt, createdAt });

describe("workspace helpers", { timeout: 5000 }, () => {
  it("vipText: numbers become VIP n, names stay, 0/empty mean regular", () => {
    assert.equal(vipText(3), "VIP 3");
    assert.equal(vipText("金卡"), "金卡");
    for (const v of [0, "0", "", null, undefined]) assert.equal(vipText(v), null);
  });

  it("ringNotification names the customer, VIP and region; an unknown number shows only the number", () => {
    const base = { callId: "c", phase: "offered" as const, caller: "13800138000", callee: "4000", queueId: null, agentId: "a", startMs: 1 };
    const n = ringNotification({ ...base, customer: { name: "张三", vipLevel: 2, region: "广东 深圳" } }, "zh-CN");
    assert.match(n.title, /张三 13800138000/);
    assert.equal(n.body, "VIP 2 · 广东 深圳");
    const u = ringNotification({ ...base, customer: null, region: "北京" }, "en");
    assert.equal(u.title, "Incoming call: 13800138000");
    assert.equal(u.body, "北京");
  });

  it("ticketTitleFor uses the number and the customer's name when known", () => {
    assert.equal(ticketTitleFor({ caller: "13800138000", customer: { name: "张三" } }), "来电工单 13800138000 张三");
    assert.equal(ticketTitleFor({ caller: "13800138000", customer: null }), "来电工单 13800138000");
  });

  it("kbSnippet: short bodies whole, long ones cut around the match", () => {
    assert.equal(kbSnippet("退款 三个工作日", "退款"), "退款 三个工作日");
    const body = `${"开头".repeat(50)}退款政策：七天无理由${"结尾".repeat(50)}`;
    const s = kbSnippet(body, "退款", 30);
    assert.ok(s.includes("退款政策"), s);
    assert.ok(s.startsWith("…") && s.endsWith("…"));
    assert.ok(s.length <= 32);
    assert.ok(kbSnippet(body, "不存在", 30).startsWith("开头"));
  });

  it("dialable strips separators and rejects what control would reject", () => {
    assert.equal(dialable("138-0013 8000"), "13800138000");
    assert.equal(dialable("+86 (10) 1234.5678"), "+861012345678");
    assert.equal(dialable("*72#"), "*72#");
    assert.equal(dialable("1"), null);
    assert.equal(dialable("abc"), null);
    assert.equal(dialable("1".repeat(33)), null);
  });

  it("messages: unread count for me, upsert keeps newest first without duplicates", () => {
    const list = [msg("a", "2026-01-01T10:00:00Z"), msg("b", "2026-01-01T11:00:00Z", "2026-01-01T11:05:00Z"), msg("c", "2026-01-01T12:00:00Z", null, "other")];
    assert.equal(unreadCount(list, "me"), 1);
    const up = upsertMessage(list, msg("d", "2026-01-01T13:00:00Z"));
    assert.deepEqual(up.map((m) => m.id), ["d", "c", "b", "a"]);
    assert.equal(upsertMessage(up, msg("d", "2026-01-01T13:00:00Z")).length, 4);
    assert.equal(unreadCount(up, "me"), 2);
  });

  it("due reminders: once per id, oldest first", () => {
    const r = (id: string, dueAt: string) => ({ id, title: id, dueAt, done: false, customerId: null, ticketId: null });
    let q = addDueReminder([], r("b", "2026-01-01T10:05:00Z"));
    q = addDueReminder(q, r("a", "2026-01-01T10:00:00Z"));
    q = addDueReminder(q, r("b", "2026-01-01T10:05:00Z"));
    assert.deepEqual(q.map((x) => x.id), ["a", "b"]);
  });

  it("datetime-local round trip", () => {
    const now = new Date(2026, 11, 1, 9, 30).getTime();
    assert.equal(localInput(now, 15), "2026-12-01T09:45");
    assert.equal(localToIso("2026-12-01T09:45"), new Date(2026, 11, 1, 9, 45).toISOString());
    assert.equal(localToIso(""), null);
    assert.equal(localToIso("2026-13-01"), null);
  });

  it("user notices pushed by control are recognised; other messages are not", () => {
    const m = normUserNotice({ type: "message", id: "m1", fromUserId: "u1", toUserId: "u2", body: "hi", readAt: null, createdAt: "2026-01-01T00:00:00Z" });
    assert.equal(m?.type, "message");
    const r = normUserNotice({ type: "reminder", id: "r1", title: "回访张三", dueAt: "2026-01-01T00:00:00Z", customerId: "c1", ticketId: null });
    assert.ok(r?.type === "reminder" && r.reminder.title === "回访张三" && r.reminder.customerId === "c1");
    const t = normUserNotice({ type: "ticket", event: "assigned", id: "t1", title: "x", status: "weird" });
    assert.ok(t?.type === "ticket" && t.ticket.status === "open" && t.event === "assigned");
    assert.equal(normUserNotice({ type: "screenpop", id: "x" }), null);
    assert.equal(normUserNotice({ type: "message" }), null);
    assert.equal(normUserNotice(null), null);
  });
});
